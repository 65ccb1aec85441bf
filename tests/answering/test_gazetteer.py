"""The table of the world's places a question may name in lowercase."""

from __future__ import annotations

from collections import Counter

from bot.answering.gazetteer import COUNTRIES
from bot.answering.lexicon import STOPWORDS
from bot.knowledge.text import fold
from bot.messages import MESSAGES


def test_every_word_is_folded_and_names_one_place():
    """Questions are matched folded: a word with an accent or a capital would never match, and a word naming two
    places would decline with the wrong one."""
    words = [word for words in COUNTRIES.values() for word in words]
    assert [word for word in words if fold(word) != word] == []
    assert [word for word, count in Counter(words).items() if count > 1] == []


def test_every_place_has_a_name_in_each_language():
    """A decline names the place in the reader's language: the catalogue has it for each."""
    assert [place for place in COUNTRIES for lang in ("fr", "en") if f"country_{place}" not in MESSAGES[lang]] == []


def test_no_word_is_a_function_word():
    """A function word ("la", "du") in every question would read as a place the articles lack."""
    assert [word for words in COUNTRIES.values() for word in words if word in STOPWORDS] == []
