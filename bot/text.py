"""Text folding and tokenizing shared by the loader, the matcher and the renderers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+")
# Apostrophes and dashes split words ("l'ultimatum", "cessez-le-feu"): fold them to spaces.
_SEPARATORS = str.maketrans({"\u2019": " ", "\u2018": " ", "'": " ", "\u00a0": " ", "-": " ", "\u2013": " ", "œ": "oe", "Œ": "oe", "æ": "ae"})


def squash(text: str) -> str:
    """Collapse every run of white space (no-break spaces included) to one space."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return a case- and accent-free form of text, with punctuation turned into spaces."""
    # Decomposed accents fall away with everything else outside ASCII, which words never keep anyway.
    text = unicodedata.normalize("NFKD", text.translate(_SEPARATORS).casefold()).encode("ascii", "ignore").decode()
    return " ".join(_WORD.findall(text))


def words(text: str) -> list[str]:
    """Split text into folded words."""
    return fold(text).split()


_RAW_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def lemmas(word: str) -> tuple[str, ...]:
    """Folded French and English dictionary forms of a lowercase word: "rencontrées" -> ("rencontrer",).

    simplemma is read lazily (its dictionaries take a second to load) and the word itself is never returned.
    """
    import simplemma  # noqa: PLC0415 - loaded on first use: `briefbot check` never needs it

    found = {fold(simplemma.lemmatize(word, lang=lang)) for lang in ("fr", "en")}
    found.discard(fold(word))
    found.discard("")
    return tuple(sorted(w for w in found if " " not in w))


def raw_words(text: str) -> list[str]:
    """Split text into lowercase words that keep their accents (what a lemmatizer needs)."""
    return _RAW_WORD.findall(text.translate(_SEPARATORS).casefold())
