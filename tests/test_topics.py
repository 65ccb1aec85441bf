"""Topic keys have one definition (bot.knowledge.schema); the tables keyed by topic follow it."""

from __future__ import annotations

from bot.answering.views import BRIEF_TOPICS, OPEN_TOPICS, TOPIC_NAMES, TOPIC_WORDS
from bot.conversation.callbacks import SUBSCRIPTION_TOPICS
from bot.delivery.subscriptions import ALL
from bot.delivery.subscriptions import TOPICS as SUBSCRIBABLE
from bot.knowledge.loading import PERSON
from bot.knowledge.schema import MAIN_TOPICS, TOPICS


def test_every_topic_has_a_name_and_words_in_both_languages() -> None:
    """A topic added to the schema without its names would break /brief TOPIC and the digests."""
    assert set(TOPIC_NAMES) == set(TOPIC_WORDS) == {*TOPICS, PERSON}
    assert all(set(names) == {"fr", "en"} for names in TOPIC_NAMES.values())


def test_brief_and_subscriptions_offer_the_main_topics() -> None:
    """/brief walks, and subscribers choose from, the same main topics, all of them real topics."""
    assert set(MAIN_TOPICS) <= set(TOPICS)
    assert BRIEF_TOPICS == SUBSCRIBABLE == MAIN_TOPICS and set(OPEN_TOPICS) < set(MAIN_TOPICS)
    assert frozenset((*MAIN_TOPICS, ALL)) == SUBSCRIPTION_TOPICS
