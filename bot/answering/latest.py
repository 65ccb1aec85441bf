"""The "latest news" intent: a reader asking what is new gets the newest article's facts, whatever the topic."""

from __future__ import annotations

import re

from bot.knowledge.loading import PERSON, Fact, Knowledge
from bot.knowledge.text import fold

# Asked of any topic or person: "quoi de neuf ?", "du nouveau sur Witkoff ?", "latest on Witkoff?", "what's new?".
# "Du nouveau" is news only before "sur", "concernant"… or at the end: "le nom du nouveau missile" asks a name.
_LATEST = re.compile(
    r"\b(quoi de neuf|du nouveau(?= sur | concernant | cote | dans | pour | avec |$)|"
    r"dernieres? (nouvelles?|infos?|informations?|actualites?|developpements?)|"
    r"derniere (nouvelle|info|information|actualite)|les plus recent(e?s)?|whats new|what s new|what is new|"
    r"any news|recent news|(latest|most recent|newest)(?= (on|about|regarding|with|from|in|news|updates?|"
    r"developments?|info|information|headlines?)\b|$))\b"
)
# "Latest", "most recent", "newest" are the news alone, or before what they are on: "Russia's latest missile
# announcements" asks about those.
# Every phrase of _LATEST holds one of these: the pattern, slow to try at every position, runs only when one is there.
_LATEST_WORDS = ("neuf", "nouveau", "dernier", "recent", "latest", "new")
LATEST_SIZE = 3  # facts in a "latest" answer: the newest development and what goes with it


def asks_latest(question: str) -> bool:
    """Tell whether a question asks for the latest news rather than about one subject."""
    folded = fold(question)
    return any(word in folded for word in _LATEST_WORDS) and bool(_LATEST.search(folded))


def news_subject(question: str) -> list[str]:
    """What a question asks the news of, its words folded: "the gaza hostage negotiations" of "any news on…"."""
    return _LATEST.sub(" ", fold(question)).split()


def newest_article(knowledge: Knowledge) -> str | None:
    """The id of the most recent article (by its publication date, inferred or not)."""
    articles = knowledge.articles.values()
    return max(articles, key=lambda a: (a.meta.published, a.id)).id if articles else None


def latest_facts(knowledge: Knowledge, question: str = "", *, limit: int = LATEST_SIZE) -> list[Fact]:
    """The newest article's facts, headline first; only those naming a person the question names, if it names one."""
    newest = newest_article(knowledge)
    facts = [f for f in knowledge.facts if f.topic != PERSON and any(c.article == newest for c in f.citations)]
    named = _people_named(knowledge, question)
    if named:
        facts = [f for f in facts if named & set(f.data.people)]
    return sorted(facts, key=lambda f: (not f.data.headline, f.topic != "meeting"))[:limit]


def _people_named(knowledge: Knowledge, question: str) -> set[str]:
    """The registry ids of the people a question names, by name or alias."""
    words = f" {fold(question)} "
    return {
        person.id for person in knowledge.people.values() if any(f" {fold(name)} " in words for name in person.names)
    }
