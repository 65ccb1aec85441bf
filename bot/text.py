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
