"""Text folding and tokenizing shared by the loader, the matcher and the renderers."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+")
# Apostrophes and dashes split words ("l'ultimatum", "cessez-le-feu"): fold them to spaces.
# English negative contractions read as what they say ("won't" is not the verb "won"), before apostrophes split words.
_CONTRACTIONS = (
    (
        re.compile(r"\b(won|can)[\u2019']t\b", re.IGNORECASE),
        lambda m: {"won": "will", "can": "can"}[m[1].lower()] + " not",
    ),
    (re.compile(r"n[\u2019']t\b", re.IGNORECASE), lambda m: " not"),
)
_SEPARATORS = str.maketrans(
    {"\u2019": " ", "\u2018": " ", "'": " ", "\u00a0": " ", "-": " ", "\u2013": " ", "œ": "oe", "Œ": "oe", "æ": "ae"}
)


def squash(text: str) -> str:
    """Collapse every run of white space (no-break spaces included) to one space."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return a case- and accent-free form of text, with punctuation turned into spaces."""
    if "'" in text or "\u2019" in text:
        for pattern, spelled in _CONTRACTIONS:
            text = pattern.sub(spelled, text)
    # Decomposed accents fall away with everything else outside ASCII, which words never keep anyway.
    text = unicodedata.normalize("NFKD", text.translate(_SEPARATORS).casefold()).encode("ascii", "ignore").decode()
    return " ".join(_WORD.findall(text))


def surname(name: str) -> str:
    """The last word of a name, folded: how a quote most often names someone."""
    words = fold(name).split()
    return words[-1] if words else ""


def words(text: str) -> list[str]:
    """Split text into folded words."""
    return fold(text).split()


_RAW_WORD = re.compile(r"[^\W_]+")


# Lemmas of the briefs' and articles' words, read from a cache file at start-up (see preload_lemmas).
_PRELOADED: dict[str, tuple[str, ...]] = {}


@lru_cache(maxsize=65536)
def lemmas(word: str) -> tuple[str, ...]:
    """Folded French and English dictionary forms of a lowercase word: "rencontrées" -> ("rencontrer",).

    simplemma is read lazily (its dictionaries take a second to load) and the word itself is never returned.
    """
    if word in _PRELOADED:
        return _PRELOADED[word]
    import simplemma  # noqa: PLC0415 - loaded on first use: `briefbot check` never needs it

    found = {fold(simplemma.lemmatize(word, lang=lang)) for lang in ("fr", "en")}
    found.discard(fold(word))
    found.discard("")
    return tuple(sorted(w for w in found if " " not in w))


@lru_cache(maxsize=65536)
def known_in(word: str, lang: str) -> bool:
    """Tell whether a lowercase word is in simplemma's dictionary of lang."""
    import simplemma  # noqa: PLC0415 - loaded with the lemmas, on first use

    return bool(simplemma.is_known(word, lang=lang))


@lru_cache(maxsize=65536)
def english_stem(word: str) -> str | None:
    """The Snowball stem of a lowercase word of simplemma's English dictionary: "arrival", "arriving" -> "arriv". None
    for any other word: the English stemmer would cut a French word where no French ending is ("déployé")."""
    if not known_in(word, "en"):
        return None
    return str(_english_stemmer().stemWord(word))


@lru_cache(maxsize=1)
def _english_stemmer() -> Any:
    """Snowball's English stemmer, built once."""
    import snowballstemmer  # noqa: PLC0415 - only questions need it

    return snowballstemmer.stemmer("english")


def among(word: str, words: frozenset[str]) -> bool:
    """Tell whether a folded word, or one of its dictionary forms, is one of words.

    A form the words hold as a form of another of theirs is not one: "founded" is of "found", the verb, which a set
    holding "find" and "found" holds as "find" ("founded" is no everyday verb).
    """
    return word in words or any(form in words and words.isdisjoint(lemmas(form)) for form in lemmas(word))


def raw_words(text: str) -> list[str]:
    """Split text into lowercase words that keep their accents (what a lemmatizer needs)."""
    return _RAW_WORD.findall(text.translate(_SEPARATORS).casefold())


def preload_lemmas(words: Iterable[str]) -> None:
    """Know the lemmas of words without loading simplemma: from a cache file keyed by the words, else computed, saved.

    Loading simplemma's dictionaries costs a second at every start; the briefs' and articles' words change rarely,
    so their lemmas are kept in the temporary directory. A question word they do not hold still loads simplemma.
    """
    vocabulary = sorted(set(words))
    key = hashlib.sha256("\n".join([version("simplemma"), *vocabulary]).encode()).hexdigest()[:24]
    path = Path(tempfile.gettempdir()) / f"briefbot-lemmas-{key}.json"
    try:
        table = {word: tuple(found) for word, found in json.loads(path.read_text(encoding="utf-8")).items()}
        if table.keys() != set(vocabulary):
            raise ValueError(path)
    except (OSError, ValueError, AttributeError, TypeError):  # no cache yet, or one that is not ours: compute it
        table = {word: lemmas(word) for word in vocabulary}
        try:
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
            partial.replace(path)  # atomic: a parallel start reads the whole file or none
        except OSError:
            pass  # a read-only temporary directory only costs the second next time
    _PRELOADED.update(table)
