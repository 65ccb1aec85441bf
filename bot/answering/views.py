"""The bot's commands as answers: /brief, topic digests, people, timeline and sources (no Telegram here)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.answering.answers import Answer, Answerer, Item, Paging
from bot.answering.latest import latest_facts
from bot.knowledge.dates import fact_date
from bot.knowledge.loading import PERSON, Fact
from bot.knowledge.schema import MAIN_TOPICS
from bot.knowledge.text import fold
from bot.messages import Lang, say
from bot.messages import language as _l

# The topics a reader can ask a digest of, with their names in each language (the catalogue's "topic_" keys).
TOPIC_NAMES: dict[str, dict[str, str]] = {
    topic: {lang: say(f"topic_{topic}", lang) for lang in Lang}
    for topic in ("meeting", "deadline", "demand", "sanction", "summit", "ceasefire", "statement", "context", PERSON)
}
# What /brief walks through, in this order.
BRIEF_TOPICS = MAIN_TOPICS
# Words readers use for each topic in "/brief TOPIC" (folded, singular or plural, fr or en).
TOPIC_WORDS = {
    "meeting": ("meeting", "meetings", "rencontre", "rencontres", "reunion", "reunions"),
    "deadline": ("deadline", "deadlines", "ultimatum", "echeance", "echeances", "delai"),
    "demand": ("demand", "demands", "exigence", "exigences", "demande", "demandes", "position", "positions"),
    "sanction": ("sanction", "sanctions"),
    "summit": ("summit", "sommet"),
    "ceasefire": ("ceasefire", "ceasefires", "cessez le feu", "treve"),
    "statement": ("statement", "statements", "declaration", "declarations", "quotes"),
    "context": ("context", "contexte"),
    PERSON: ("people", "person", "personnes", "qui", "who"),
}
DIGEST_SIZE = 5
TIMELINE = "timeline"  # the paging key of /timeline (the others are topic keys)
TIMELINE_PAGE = 12  # dated facts per /timeline message: about one phone screen
OPEN_TOPICS = MAIN_TOPICS[1:]  # what /brief lists as still open, after the newest news: all but the meetings


@dataclass(frozen=True)
class Views:
    """Builds the command answers over one answerer."""

    answerer: Answerer

    @property
    def facts(self) -> tuple[Fact, ...]:
        """All facts of the loaded briefs."""
        return self.answerer.knowledge.facts

    def brief(self, lang: str, topic: str | None = None) -> Answer:
        """The state of play: one headline fact per main topic, or one topic's digest."""
        if topic:
            key = topic_of(topic)
            if key is None:
                return self.answerer.ask(topic, lang=lang)
            return self.digest(key, lang)
        newest = self.latest()[:1]
        heads = [*newest, *(h for t in OPEN_TOPICS if (h := self._headline(t)) and h not in newest)]
        lead = say("brief_lead", lang)
        answer = self.answerer.compose("/brief", lang, heads, lead=lead, quotes_per_item=1, headlines=True)
        return replace(
            answer,
            items=tuple(_dated(item, self.answerer.knowledge.by_id[item.fact_id], lang) for item in answer.items),
        )

    def latest(self) -> list[Fact]:
        """The facts of the newest article, headline first: the latest development the sources report."""
        return latest_facts(self.answerer.knowledge)

    def digest(self, topic: str, lang: str, *, offset: int = 0) -> Answer:
        """A topic's facts, headline first, a page at a time."""
        facts = self.topic_facts(topic)
        page = facts[offset : offset + DIGEST_SIZE]
        name = TOPIC_NAMES[topic][_l(lang)]
        lead = f"{name} ({offset + 1}–{offset + len(page)}/{len(facts)})" if page else name
        if not page:
            return self.answerer.decline(f"/{topic}", lang)
        answer = self.answerer.compose(f"/{topic}", lang, page, lead=lead, quotes_per_item=1, headlines=True)
        return replace(answer, paging=Paging.of(topic, offset, len(page), len(facts)))

    def topic_facts(self, topic: str) -> list[Fact]:
        """The facts of a topic, headline facts first, then by date, newest first."""
        facts = [f for f in self.facts if f.topic == topic]
        return sorted(facts, key=lambda f: (not f.data.headline, -(f.data.date.toordinal() if f.data.date else 0)))

    def people(self, lang: str, name: str | None = None) -> Answer:
        """Who is who, or one person's role when a name is given."""
        if name:
            # The matcher's input, not reader text: asked in French or English, the languages the matcher reads.
            return self.answerer.ask(f"qui est {name}" if _l(lang) == "fr" else f"who is {name}", lang=lang)
        people = self.answerer.knowledge.people.values()
        items = tuple(
            Item(p.id, PERSON, p.name.get(lang), f"{p.name.get(lang)} — {p.role.get(lang)}", None, ()) for p in people
        )
        return _listing("/people", lang, TOPIC_NAMES[PERSON][_l(lang)], items)

    def timeline(self, lang: str, *, offset: int = 0) -> Answer:
        """Every dated event, oldest first, a page at a time; worked-out dates read as approximate."""
        dated = sorted((f for f in self.facts if f.data.date), key=lambda f: (f.data.date, f.id))
        page = dated[offset : offset + TIMELINE_PAGE]
        items = tuple(
            Item(
                f.id,
                f.topic,
                f.data.title.get(lang),
                f"{fact_date(f.data, lang)} — {f.data.title.get(lang)} [{_articles(f)}]",
                None,
                (),
                f.data.date,
            )
            for f in page
        )
        name = say("timeline", lang)
        lead = f"{name} ({offset + 1}–{offset + len(page)}/{len(dated)})" if page else name
        answer = _listing("/timeline", lang, lead, items)
        return replace(answer, paging=Paging.of(TIMELINE, offset, len(page), len(dated)))

    def sources(self, lang: str) -> Answer:
        """The articles: id, title, outlet, date."""
        items = tuple(
            Item(a.id, "source", a.meta.title, self._describe_article(a.id, lang), None, ())
            for a in sorted(self.answerer.knowledge.articles.values(), key=lambda a: a.meta.published)
        )
        return _listing("/sources", lang, say("sources", lang), items)

    def source(self, article_id: str, lang: str) -> Answer | None:
        """One article's metadata and the facts drawn from it; None for an unknown id."""
        article = self.answerer.knowledge.articles.get(article_id.strip().zfill(3))
        if article is None:
            return None
        drawn = [f for f in self.facts if any(c.article == article.id for c in f.citations)]
        lead = self._describe_article(article.id, lang)
        if article.meta.date_note:
            lead += "\n" + article.meta.date_note
        lines = tuple(Item(f.id, f.topic, f.data.title.get(lang), f.data.title.get(lang), None, ()) for f in drawn)
        count = say("source_facts", lang, count=len(drawn))
        return _listing(f"/source {article.id}", lang, f"{lead}\n{count}", lines)

    def _describe_article(self, article_id: str, lang: str) -> str:
        """One line naming an article."""
        source = self.answerer.source(article_id, lang)
        outlet = source.outlet or say("outlet_unnamed", lang)
        inferred = say("date_inferred", lang) if source.date_inferred else ""
        ours = say("title_ours", lang)
        title = f"{source.title}{ours if source.title_is_editorial else ''}"
        return f"[{source.article}] {title} — {outlet}, {source.date_label}{inferred}"

    def _headline(self, topic: str) -> Fact | None:
        """The fact that sums up a topic."""
        facts = self.topic_facts(topic)
        return facts[0] if facts else None


def topic_of(word: str) -> str | None:
    """Map a reader's word ("rencontres", "sanctions", "summit") to a topic key."""
    folded = fold(word)
    for topic, words in TOPIC_WORDS.items():
        if folded in words or folded == topic:
            return topic
    return None


def _articles(fact: Fact) -> str:
    """The ids of the articles a fact cites, in order: "000, 001"."""
    return ", ".join(sorted({c.article for c in fact.citations}))


def _dated(item: Item, fact: Fact, lang: str) -> Item:
    """Put a fact's date (approximate when worked out) before its title, unless the title already gives it."""
    when = fact_date(fact.data, lang)
    if when is None or when.removeprefix(say("approx_day", lang, date="")) in item.text:
        return item
    return replace(item, text=f"{when} — {item.text}")


def _listing(question: str, lang: str, lead: str, items: tuple[Item, ...]) -> Answer:
    """An answer that lists things rather than citing them."""
    return Answer(question, lang, True, lead, items)
