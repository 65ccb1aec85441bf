"""The corpus holds the seed articles byte for byte, with honest metadata."""

from __future__ import annotations

import pytest

from bot.knowledge.loading import Knowledge
from tests.conftest import CORPUS, SEEDS


def test_every_seed_is_in_the_corpus_byte_for_byte():
    """Each article text is exactly the seed it was taken from."""
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds is not beside the project")
    for seed in seeds:
        copy = CORPUS / f"{seed.name[:3]}.txt"
        assert copy.read_bytes() == seed.read_bytes(), f"{copy} differs from {seed}"


def test_metadata_names_the_seed_and_is_loaded(knowledge: Knowledge):
    """Every article loads with an id, a title, a language and a date basis."""
    assert sorted(knowledge.articles) == ["000", "001", "002", "003", "004"]
    for article in knowledge.articles.values():
        assert article.meta.seed and article.meta.seed.startswith(article.id)
        assert article.meta.language == "fr"
        assert article.meta.date_basis in {"stated", "inferred"}


def test_undated_articles_say_how_their_date_was_inferred(knowledge: Knowledge):
    """An inferred date always comes with a note explaining it."""
    for article in knowledge.articles.values():
        if article.meta.date_basis == "inferred":
            assert article.meta.date_note, article.id


def test_outlet_is_given_only_where_the_article_names_itself(knowledge: Knowledge):
    """An outlet in the metadata appears in the article's own text."""
    for article in knowledge.articles.values():
        if article.meta.outlet:
            assert article.meta.outlet in article.text
