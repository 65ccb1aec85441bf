"""What the briefs leave out: articles no fact cites, people no fact names, placeholders left."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.curation.drafting import TODO
from bot.knowledge.corpus import Article
from bot.knowledge.dates import format_date, states_day
from bot.knowledge.loading import PERSON, Knowledge, named_people
from bot.knowledge.problems import Problem
from bot.knowledge.schema import DeadlineFact, DemandFact
from bot.knowledge.text import squash
from bot.knowledge.yamlsource import read_yaml


def coverage(knowledge: Knowledge) -> list[Problem]:
    """Warn about what the briefs leave out: articles no fact cites, people no fact names, TODOs left."""
    return [
        *_uncited_articles(knowledge),
        *_unnamed_people(knowledge),
        *_placeholders(knowledge),
        *_undated_deadlines(knowledge),
        *_demands_of_no_one(knowledge),
        *_unaccounted_sentences(knowledge),
    ]


def _uncited_articles(knowledge: Knowledge) -> list[Problem]:
    """Each article that no fact cites (a person's registry entry does not count), at its metadata."""
    cited = {c.article for fact in knowledge.facts if fact.topic != PERSON for c in fact.citations}
    problems = []
    for ident in sorted(knowledge.articles.keys() - cited):
        meta_path = knowledge.articles[ident].path.with_suffix(".yaml")
        doc, _ = read_yaml(meta_path)
        line = doc.line_of(("id",)) if doc else None
        problems.append(Problem(meta_path, line, f"article {ident} is cited by no fact; see `briefbot draft {ident}`"))
    return problems


def _unnamed_people(knowledge: Knowledge) -> list[Problem]:
    """Each registry person that no fact names but their own, at their entry in the registry."""
    named = {person for fact in knowledge.facts if fact.topic != PERSON for _, person in named_people(fact)}
    return [
        Problem(fact.path, fact.line, f"person {fact.id!r} is named by no fact (people, speaker or set_by)")
        for fact in knowledge.facts
        if fact.topic == PERSON and fact.id not in named
    ]


def _placeholders(knowledge: Knowledge) -> list[Problem]:
    """Each fact whose title or summary is still a draft's TODO placeholder."""
    problems = []
    for fact in knowledge.facts:
        for field_name in ("title", "summary"):
            text = getattr(fact.data, field_name)
            lang = next((lang for lang in ("fr", "en") if text.get(lang).startswith(TODO)), None)
            if lang:
                message = f"{fact.topic} {fact.id!r}: {field_name}.{lang} is still a {TODO} placeholder"
                problems.append(Problem(fact.path, fact.line_of(field_name, lang), message))
                break
    return problems


def _demands_of_no_one(knowledge: Knowledge) -> list[Problem]:
    """Each demand fact that does not say whose demand it is: a question naming a party cannot set it aside."""
    return [
        Problem(fact.path, fact.line, f"demand {fact.id!r}: add `by:`, whose demand or position it states")
        for fact in knowledge.facts
        if isinstance(fact.data, DemandFact) and not fact.data.by
    ]


def _undated_deadlines(knowledge: Knowledge) -> list[Problem]:
    """Each deadline whose due day no quote of the fact names: a reader could not check it."""
    problems = []
    for fact in knowledge.facts:
        data = fact.data
        if isinstance(data, DeadlineFact) and not any(
            states_day(c.quote, data.due.day, data.due.month) for c in data.citations
        ):
            message = (
                f"deadline {fact.id!r}: due date {format_date(data.due, 'fr')} is named by no quote of the fact; "
                "cite the passage that names it"
            )
            problems.append(Problem(fact.path, fact.line_of("due"), message))
    return problems


# A sentence ends at . ! ? or … (with any closing quote) before a capital or an opening quote; "M." is a title.
_BOUNDARY = re.compile(r"(?<!\bM\.)(?<=[.!?…])(?:\s*[»”\"’])?\s+(?=[«“\"‘]?\s*[A-ZÀ-ÖØ-Þ])")
MIN_OVERLAP = 10  # characters a quote must share with a sentence to count as citing it


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: its number, its text, and where it lies in the article's squashed text."""

    number: int
    text: str
    start: int
    end: int


def sentences(article: Article) -> list[Sentence]:
    """Split an article into sentences: each line is a paragraph, each paragraph splits at sentence ends."""
    found: list[Sentence] = []
    cursor = 0
    for line in article.text.splitlines():
        for piece in _split(line):
            text = squash(piece)
            start = article.squashed.find(text, cursor)
            if not text or start < 0:
                continue
            cursor = start + len(text)
            found.append(Sentence(len(found) + 1, text, start, cursor))
    return found


def _split(paragraph: str) -> list[str]:
    """Cut a paragraph at its sentence ends, keeping closing quotes with the sentence they close."""
    pieces, last = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        pieces.append(paragraph[last : match.start() + len(match.group(0).rstrip())])
        last = match.end()
    pieces.append(paragraph[last:])
    return [p.strip() for p in pieces if p.strip()]


def unaccounted(knowledge: Knowledge, article: Article) -> list[Sentence]:
    """The sentences of an article that no fact cites and its metadata does not list as left out."""
    spans = [
        (start, start + len(quote))
        for fact in knowledge.facts
        if fact.topic != PERSON
        for c in fact.citations
        if c.article == article.id
        for quote in [squash(c.quote)]
        for start in _occurrences(article.squashed, quote)
    ]
    left_out = [squash(item.quote) for item in article.meta.left_out]
    return [
        s
        for s in sentences(article)
        if not any(min(s.end, end) - max(s.start, start) >= min(MIN_OVERLAP, s.end - s.start) for start, end in spans)
        and not any(quote in s.text for quote in left_out)
    ]


def _occurrences(text: str, part: str) -> list[int]:
    """Every index at which part occurs in text."""
    found, index = [], text.find(part)
    while index >= 0 and part:
        found.append(index)
        index = text.find(part, index + 1)
    return found


def _unaccounted_sentences(knowledge: Knowledge) -> list[Problem]:
    """Each sentence no fact cites and no metadata lists as left out, at its article's metadata."""
    problems = []
    cited = {c.article for fact in knowledge.facts if fact.topic != PERSON for c in fact.citations}
    for ident in sorted(knowledge.articles.keys() & cited):  # an article no fact cites is reported once, above
        article = knowledge.articles[ident]
        meta_path = article.path.with_suffix(".yaml")
        doc, _ = read_yaml(meta_path)
        line = doc.line_of(("left_out",)) or doc.line_of(("id",)) if doc else None
        for sentence in unaccounted(knowledge, article):
            message = (
                f"article {ident}, sentence {sentence.number} is cited by no fact and not listed in left_out: "
                f"{_shorten(sentence.text)!r}; cite it, or add it to left_out with a reason"
            )
            problems.append(Problem(meta_path, line, message))
    return problems


def _shorten(text: str, limit: int = 90) -> str:
    """The start of a sentence, enough to find it."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
