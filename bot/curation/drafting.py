"""Draft candidate facts from an article, as YAML brief files for a curator to edit."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

from bot.knowledge.corpus import Article
from bot.knowledge.dates import FOLDED_MONTHS_FR
from bot.knowledge.loading import PERSON, Knowledge
from bot.knowledge.text import fold

TODO = "TODO"
QUOTE_LIMIT = 300

# What a brief records, folded as `bot.knowledge.text.fold` writes it; each topic's words are matched as whole phrases.
VOCABULARY: dict[str, tuple[str, ...]] = {
    "deadline": (
        "ultimatum",
        "delai",
        "delais",
        "echeance",
        "date butoir",
        "date limite",
        "d ici",
        "expire",
        "expirer",
        "expiration",
        "expirait",
    ),
    "sanction": (
        "sanction",
        "sanctions",
        "droits de douane",
        "tarifs douaniers",
        "secondaires",
        "petrole",
        "petrolier",
        "petroliers",
    ),
    "demand": (
        "exige",
        "exigent",
        "exigence",
        "exigences",
        "reclame",
        "reclament",
        "demande",
        "demandes",
        "condition",
        "conditions",
        "retrait",
        "reconnaissance",
        "neutralite",
        "territoires",
        "territoriales",
    ),
    "ceasefire": ("cessez le feu", "treve"),
    "summit": ("sommet",),
    "meeting": ("rencontre", "rencontrer", "entretien", "entretenir", "recu", "reunion", "pourparlers"),
}
_MONTHS = FOLDED_MONTHS_FR
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_DATE_WORD = re.compile(rf"\b(?:{'|'.join((*_MONTHS, *_WEEKDAYS))}|hier|202\d)\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er)? ({'|'.join(_MONTHS)})(?: (\d{{4}}))?\b")
_QUOTED = re.compile(r"«[^»]+»|“[^”]+”|\"[^\"]+\"")
# A sentence ends at . ! ? … (and a closing quote) before white space, unless an abbreviation ends there.
_END = re.compile(r"[.!?…]+[»”\"]?(?=\s)")
_ABBREVIATIONS = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "cf", "p", "av"})


@dataclass(frozen=True)
class Candidate:
    """A sentence a brief might record, with the topic, date and people it seems to carry."""

    number: int
    quote: str
    topic: str
    date: dt.date | None
    people: tuple[str, ...]
    reads_like: str | None = None


def draft(article: Article, knowledge: Knowledge) -> str:
    """Propose facts from article's sentences as YAML brief files for a curator to edit."""
    found = candidates(article, knowledge)
    files = {fact.topic: fact.path.name for fact in knowledge.facts if fact.topic != PERSON}
    header = (
        f"# Draft facts from article {article.id}, written by `briefbot draft {article.id}`.\n"
        f"# Article: {article.meta.title}\n"
        "# Each sentence below names a date, a person, a quote or a topic's words. Write every TODO title\n"
        "# and summary, check dates, people and ids, drop what a brief need not record, then move the facts\n"
        "# into the brief file named above each topic and run `briefbot check`. Quotes are verbatim\n"
        "# sentences of the article: shorten them if you like, but keep them verbatim.\n"
    )
    documents = []
    for topic in (*VOCABULARY, "statement", "context"):
        facts = [_fact(c, article, knowledge) for c in found if c.topic == topic]
        if facts:
            target = files.get(topic, f"a new brief file of topic {topic}")
            body = yaml.safe_dump({"topic": topic, "facts": facts}, allow_unicode=True, sort_keys=False, width=100)
            documents.append(f"# Move into {target}\n{body}")
    if not documents:
        return header + "# No sentence of this article carries a date, a person, a quote or a topic's words.\n"
    return header + "---\n".join(documents)


def candidates(article: Article, knowledge: Knowledge) -> list[Candidate]:
    """Keep the article's sentences that carry a date, a person, a quote or a topic's words."""
    aliases = _aliases(knowledge)
    year = article.meta.published.year
    found = []
    for number, sentence in enumerate(sentences(article.text), start=1):
        quote = trim(sentence)
        if len(quote) < 15:  # the shortest quote a citation takes
            continue
        folded = fold(quote)
        people = _people(folded, aliases)
        date = _date(folded, year)
        scores = {topic: sum(_has(folded, word) for word in words) for topic, words in VOCABULARY.items()}
        scores["statement"] = len(_QUOTED.findall(quote))
        if not (any(scores.values()) or people or _DATE_WORD.search(folded)):
            continue
        best = max(scores, key=scores.__getitem__) if any(scores.values()) else None
        # A deadline needs its due date and a statement its speaker: without them the fact cannot load.
        fitting = [t for t, score in scores.items() if score and _fits(t, date, people)]
        topic = max(fitting, key=scores.__getitem__, default="context")
        assert article.contains(quote), quote
        found.append(Candidate(number, quote, topic, date, people, best if best != topic else None))
    return found


def sentences(text: str) -> list[str]:
    """Split text into sentences, each a verbatim slice of it; a line break always ends one."""
    found = []
    for paragraph in text.splitlines():
        start = 0
        for match in _END.finditer(paragraph):
            words = paragraph[start : match.start()].split()
            last = words[-1].lstrip('(«“"') if words else ""
            following = paragraph[match.end() :].lstrip()[:1]
            if last in _ABBREVIATIONS or len(last) == 1 and last.isupper():
                continue
            if following.isupper() or following.isdigit() or following in '«“"—–-':
                found.append(paragraph[start : match.end()].strip())
                start = match.end()
        found.append(paragraph[start:].strip())
    return [sentence for sentence in found if sentence]


def trim(sentence: str, limit: int = QUOTE_LIMIT) -> str:
    """Cut a sentence to at most limit characters at a word boundary, keeping it verbatim."""
    if len(sentence) <= limit:
        return sentence
    match = re.match(rf".{{0,{limit - 1}}}\S(?=\s)", sentence, re.DOTALL)
    return match.group(0).rstrip(" ,;:–—-(«“\"'") if match else sentence[:limit]


def _fact(candidate: Candidate, article: Article, knowledge: Knowledge) -> dict[str, object]:
    """Turn a candidate into a fact entry whose wording is left for the curator to write."""
    slug = "-".join(fold(article.id).split())
    ident = f"{candidate.topic}-{slug}-{candidate.number:02d}"
    while ident in knowledge.by_id:
        ident += "-new"
    hint = {
        "deadline": " (check due: the date found in the sentence)",
        "statement": " (check speaker: the first person the sentence names)",
    }.get(candidate.topic, "")
    if candidate.reads_like:
        missing = {"deadline": "due date", "statement": "speaker"}[candidate.reads_like]
        hint = f" (reads like a {candidate.reads_like}, but the sentence gives no {missing} for one)"
    fact: dict[str, object] = {
        "id": ident,
        "title": {"fr": f"{TODO} titre : {_shorten(candidate.quote)}", "en": f"{TODO}: English title"},
        "summary": {
            "fr": f"{TODO} résumé (article {article.id}) : {candidate.quote}",
            "en": f"{TODO}: English summary{hint}",
        },
    }
    if candidate.date:
        # A deadline's date is when it falls due (the field it cannot load without); other facts say when.
        fact["due" if candidate.topic == "deadline" else "date"] = candidate.date
        if candidate.topic != "deadline":  # the draft's date is read from the sentence it quotes
            fact["date_basis"] = "stated"
    if candidate.topic == "statement":
        fact["speaker"] = candidate.people[0]
    fact["people"] = list(candidate.people)
    fact["citations"] = [{"article": article.id, "quote": candidate.quote}]
    return fact


def _shorten(quote: str) -> str:
    """The opening words of a quote, to start a title from."""
    short = trim(quote, 60)
    return short if short == quote else f"{short}…"


def _aliases(knowledge: Knowledge) -> list[tuple[str, str]]:
    """(folded name, person id) for every name and alias in the registry."""
    return [
        (folded, person.id) for person in knowledge.people.values() for name in person.names if (folded := fold(name))
    ]


def _people(folded: str, aliases: list[tuple[str, str]]) -> tuple[str, ...]:
    """The registry ids named in a folded sentence, in the order they first appear."""
    padded = f" {folded} "
    first: dict[str, int] = {}
    for name, person in aliases:
        at = padded.find(f" {name} ")
        if at >= 0:
            first[person] = min(at, first.get(person, at))
    return tuple(sorted(first, key=first.__getitem__))


def _date(folded: str, year: int) -> dt.date | None:
    """The one day a folded sentence names ("6 aout", "1er mars 2025"), in the given year unless it says."""
    days = set()
    for day, month, stated in _DAY_MONTH.findall(folded):
        try:
            days.add(dt.date(int(stated or year), _MONTHS.index(month) + 1, int(day)))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


def _has(folded: str, phrase: str) -> bool:
    """Tell whether a folded phrase stands as whole words in a folded sentence."""
    return f" {phrase} " in f" {folded} "


def _fits(topic: str, date: dt.date | None, people: tuple[str, ...]) -> bool:
    """Tell whether a fact of topic can be drafted with what the sentence gave."""
    return {"deadline": date is not None, "statement": bool(people)}.get(topic, True)
