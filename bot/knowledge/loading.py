"""Load and validate corpus and briefs as one unit: all of it loads, or nothing does."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from rapidfuzz import fuzz

from bot.knowledge.corpus import Article, sha256_of
from bot.knowledge.dates import day_mentions, format_date, states_day, states_month
from bot.knowledge.problems import DataError, Problem
from bot.knowledge.schema import (
    ArticleMeta,
    Citation,
    DeadlineFact,
    DemandFact,
    FactBase,
    FactsFile,
    MeetingFact,
    PeopleFile,
    Person,
    Place,
    PlacesFile,
    StatementFact,
    Text,
    file_model,
)
from bot.knowledge.text import fold, squash, surname
from bot.knowledge.yamlsource import MAX_TEXT_BYTES, Location, YamlDocument, read_limited, read_yaml

PERSON = "person"
M = TypeVar("M", bound=BaseModel)
MAX_PROBLEMS_PER_FILE = 50  # past this, more lines help nobody fix the file
CLOSEST_QUOTE_CHARS = 400  # how much of a quote not found verbatim is aligned with the article, and shown


def _clip(text: str) -> str:
    """text, cut to CLOSEST_QUOTE_CHARS characters with an ellipsis, for a problem's message."""
    return text if len(text) <= CLOSEST_QUOTE_CHARS else text[:CLOSEST_QUOTE_CHARS] + "…"


@dataclass(frozen=True)
class Fact:
    """A fact of the briefs with its topic and where it was written."""

    topic: str
    data: FactBase
    source: YamlDocument = field(repr=False, compare=False)
    loc: Location = field(default=(), repr=False, compare=False)

    @property
    def path(self) -> Path:
        """The brief file the fact was written in."""
        return self.source.path

    @property
    def line(self) -> int | None:
        """The line of the fact's entry."""
        return self.source.line_of(self.loc)

    def line_of(self, *parts: str | int) -> int | None:
        """The line of a value inside the fact's entry."""
        return self.source.line_of((*self.loc, *parts))

    @property
    def id(self) -> str:
        """The fact id."""
        return self.data.id

    @property
    def citations(self) -> list[Citation]:
        """The fact's citations."""
        return self.data.citations


@dataclass(frozen=True)
class Knowledge:
    """Everything the bot knows: articles, facts, people and places, validated together."""

    articles: dict[str, Article]
    facts: tuple[Fact, ...]
    people: dict[str, Person]
    places: dict[str, Place]
    by_id: dict[str, Fact] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {fact.id: fact for fact in self.facts})

    def enclosing(self, place: str) -> list[str]:
        """The places a place lies in, nearest first: the presidential library, then Saint Petersburg, then Russia."""
        found: list[str] = []
        while (entry := self.places.get(place)) is not None and entry.within and entry.within not in found:
            place = entry.within
            found.append(place)
        return found

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The surnames of everyone the briefs know, folded, under every name and alias."""
        return frozenset(surname(name) for person in self.people.values() for name in person.names)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every folded word of every person's names and aliases, given names included."""
        return frozenset(
            word for person in self.people.values() for name in person.names for word in fold(name).split()
        )

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Every folded word of every person's titles: "minister", "foreign", "porte", "parole"…"""
        return frozenset(
            word for person in self.people.values() for title in person.titles for word in fold(title).split()
        )

    @cached_property
    def venues(self) -> frozenset[str]:
        """The places people met or are to meet at (the first place of each fact naming who met): a meeting may be
        "de Saint-Pétersbourg", and no summit "de Chine" or "d'Israël"."""
        return frozenset(fact.data.places[0] for fact in self.facts if fact.data.met and fact.data.places)

    @cached_property
    def named_by_word(self) -> dict[str, frozenset[str]]:
        """Each folded word ending a person's or place's name, with what it stands for: the person and their country,
        or the place and the places it lies in ("Kremlin" is in Moscow, in Russia)."""
        named: dict[str, set[str]] = {}
        for person in self.people.values():
            for name in person.names:
                if last := surname(name):
                    named.setdefault(last, set()).update({person.id, *([person.country] if person.country else [])})
        for place in self.places.values():
            for name in place.names:
                if last := surname(name):
                    named.setdefault(last, set()).update({place.id, *self.enclosing(place.id)})
        return {word: frozenset(ids) for word, ids in named.items()}

    @property
    def quote_count(self) -> int:
        """How many citations the facts carry (each one checked verbatim)."""
        return sum(len(fact.citations) for fact in self.facts)

    def summary(self) -> str:
        """A one-line account of what was loaded."""
        return (
            f"{len(self.articles)} articles, {len(self.facts)} facts "
            f"({len(self.people)} people), {self.quote_count} quotes verified"
        )


def load_knowledge(briefs_dir: Path, corpus_dir: Path) -> Knowledge:
    """Load corpus and briefs; raise DataError naming every problem, file and line."""
    problems: list[Problem] = []
    articles = _load_articles(corpus_dir, problems)
    facts, people, places = _load_briefs(briefs_dir, problems)
    knowledge = Knowledge(articles, tuple(facts), people, places)
    if not problems:
        problems.extend(_check_references(knowledge))
    if problems:
        raise DataError(problems)
    return knowledge


def _load_articles(corpus_dir: Path, problems: list[Problem]) -> dict[str, Article]:
    """Read every article text and its metadata file from corpus_dir."""
    articles: dict[str, Article] = {}
    if not corpus_dir.is_dir():
        problems.append(Problem(corpus_dir, None, "corpus folder not found"))
        return articles
    texts = {path.stem: path for path in sorted(corpus_dir.glob("*.txt"))}
    metas = {path.stem: path for path in sorted(corpus_dir.glob("*.yaml"))}
    for stem in sorted(texts.keys() - metas.keys()):
        problems.append(Problem(texts[stem], None, f"no metadata: add {stem}.yaml beside it"))
    for stem in sorted(metas.keys() - texts.keys()):
        problems.append(Problem(metas[stem], None, f"no article text: add {stem}.txt beside it"))
    for stem in sorted(texts.keys() & metas.keys()):
        doc, found = read_yaml(metas[stem])
        problems.extend(found)
        if doc is None:
            continue
        meta = _validate(doc, ArticleMeta, problems)
        if meta is None:
            continue
        raw, unreadable = read_limited(texts[stem], MAX_TEXT_BYTES)
        if raw is None:
            problems.extend([unreadable] if unreadable else [])
            continue
        if meta.id != stem:
            problems.append(
                Problem(doc.path, doc.line_of(("id",)), f"id {meta.id!r} does not match the file name {stem!r}")
            )
        elif sha256_of(raw) != meta.sha256:
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of(("sha256",)),
                    f"{stem}.txt has changed since it was added: its SHA-256 is {sha256_of(raw)}; "
                    "article texts stay as received",
                )
            )
        else:
            try:
                articles[meta.id] = Article(meta, raw.decode("utf-8"), texts[stem])
            except UnicodeDecodeError as exc:
                problems.append(Problem(texts[stem], None, f"not UTF-8 text: {exc}"))
                continue
            for index, item in enumerate(meta.left_out):
                if not articles[meta.id].contains(item.quote):
                    line = doc.line_of(("left_out", index, "quote"))
                    problems.append(
                        Problem(doc.path, line, f"left_out quote is not verbatim in article {stem}: {item.quote!r}")
                    )
    if not texts and not metas:
        problems.append(Problem(corpus_dir, None, "no articles in the corpus folder"))
    return articles


def _load_briefs(briefs_dir: Path, problems: list[Problem]) -> tuple[list[Fact], dict[str, Person], dict[str, Place]]:
    """Read every brief file in briefs_dir into facts, people and places."""
    facts: list[Fact] = []
    people: dict[str, Person] = {}
    places: dict[str, Place] = {}
    where: dict[str, tuple[Path, int | None]] = {}  # each place's file and the line of its `within`
    paths = sorted([*briefs_dir.glob("*.yaml"), *briefs_dir.glob("*.yml")]) if briefs_dir.is_dir() else []
    if not paths:
        problems.append(Problem(briefs_dir, None, "no brief files (*.yaml) found"))
    seen: dict[str, tuple[Path, int | None]] = {}
    for path in paths:
        doc, found = read_yaml(path)
        problems.extend(found)
        if doc is None:
            continue
        try:
            parsed = _validate(doc, file_model(doc.data), problems)
        except Exception as exc:  # noqa: BLE001 - whatever the file holds, name it rather than crash the load
            problems.append(Problem(path, None, f"cannot be validated: {type(exc).__name__}: {str(exc)[:200]}"))
            continue
        entries: Iterable[tuple[str, FactBase | Person | Place, Location]]
        if isinstance(parsed, PeopleFile):
            entries = [(PERSON, p, ("people", i)) for i, p in enumerate(parsed.people)]
        elif isinstance(parsed, PlacesFile):
            entries = [("place", p, ("places", i)) for i, p in enumerate(parsed.places)]
        elif isinstance(parsed, FactsFile):
            entries = [(parsed.topic, f, ("facts", i)) for i, f in enumerate(parsed.facts)]
        else:
            continue
        for kind, entry, loc in entries:
            line = doc.line_of(loc)
            if entry.id in seen:
                first_path, first_line = seen[entry.id]
                problems.append(
                    Problem(path, line, f"duplicate id {entry.id!r}: already used at {first_path}:{first_line}")
                )
                continue
            seen[entry.id] = (path, line)
            if isinstance(entry, Place):
                places[entry.id] = entry
                where[entry.id] = (path, doc.line_of((*loc, "within")))
            elif isinstance(entry, Person):
                people[entry.id] = entry
                facts.append(Fact(PERSON, person_fact(entry), doc, loc))
            else:
                facts.append(Fact(kind, entry, doc, loc))
    for place in places.values():
        if place.within is not None and place.within not in places:
            path, line = where[place.id]
            problems.append(Problem(path, line, f"place {place.id!r}: within unknown place {place.within!r}"))
    return facts, people, places


def person_fact(person: Person) -> FactBase:
    """Turn a registry entry into the fact that answers "who is …"."""
    return FactBase(
        id=person.id,
        title=person.name,
        summary=Text(fr=f"{person.name.fr} : {person.role.fr}", en=f"{person.name.en}: {person.role.en}"),
        people=[person.id],
        keywords=[*person.aliases, *person.keywords],
        citations=person.citations,
    )


def _validate(doc: YamlDocument, model: type[M], problems: list[Problem]) -> M | None:
    """Validate doc.data against model; turn each pydantic error into a Problem at its line."""
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        errors = exc.errors()
        for error in errors[:MAX_PROBLEMS_PER_FILE]:
            loc = _yaml_location(error["loc"])
            problems.append(Problem(doc.path, doc.line_of(loc), _describe(doc, loc, error)))
        if len(errors) > MAX_PROBLEMS_PER_FILE:
            problems.append(
                Problem(doc.path, None, f"… and {len(errors) - MAX_PROBLEMS_PER_FILE} more problems in this file")
            )
        return None


def _yaml_location(loc: tuple[int | str, ...]) -> Location:
    """Drop the model names pydantic inserts for unions and tagged types from an error location."""
    return tuple(part for part in loc if isinstance(part, int) or not part[:1].isupper() and "[" not in part)


def _describe(doc: YamlDocument, loc: Location, error: ErrorDetails) -> str:
    """Phrase a pydantic error for a curator: which entry, which field, what is wrong."""
    where = ".".join(str(part) for part in loc) or "file"
    entry = _entry_id(doc.data, loc)
    prefix = f"{entry}: " if entry else ""
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"{prefix}unknown field {loc[-1]!r}"
    if kind == "missing":
        return f"{prefix}missing field {loc[-1]!r}"
    if kind == "too_short" and loc and loc[-1] == "citations":
        return f"{prefix}fact has no citation: every fact cites an article with a verbatim quote"
    if kind == "string_type" and loc and loc[-1] in ("article", "id"):
        return f'{prefix}{where}: must be a string; quote ids such as "000" (YAML reads 000 as a number)'
    return f"{prefix}{where}: {error['msg']}"


def _entry_id(data: object, loc: Location) -> str | None:
    """Return "fact 'id'" for the list entry that loc points into, if it has an id."""
    if len(loc) >= 2 and isinstance(data, dict) and isinstance(loc[1], int):
        items = data.get(loc[0])
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            ident = items[loc[1]].get("id")
            kind = {"people": "person", "places": "place"}.get(str(loc[0]), "fact")
            return f"{kind} {ident!r}" if ident else f"{kind} #{loc[1] + 1}"
    return None


def _check_references(knowledge: Knowledge) -> Iterator[Problem]:
    """Check what crosses files: articles cited, quotes verbatim, people, places and disputes named."""
    for fact in knowledge.facts:
        label = f"{fact.topic} {fact.id!r}"
        for index, citation in enumerate(fact.citations):
            article = knowledge.articles.get(citation.article)
            if article is None:
                known = ", ".join(sorted(knowledge.articles))
                line = fact.line_of("citations", index, "article")
                yield Problem(fact.path, line, f"{label}: cites unknown article {citation.article!r} (known: {known})")
            elif not article.contains(citation.quote):
                closest = closest_passage(citation.quote, article.text)
                yield Problem(
                    fact.path,
                    fact.line_of("citations", index, "quote"),
                    f"{label}: quote is not verbatim in article {article.id}: {_clip(citation.quote)!r}; "
                    f"closest passage: {closest!r}",
                )
        for field_name, wanted in ((f, p) for f, p in named_people(fact) if p not in knowledge.people):
            line = fact.line_of(field_name)
            yield Problem(
                fact.path, line, f"{label}: unknown person {wanted!r} in {field_name} (add it to people.yaml)"
            )
        for absent in [p for p in fact.data.met if p not in fact.data.people]:
            yield Problem(fact.path, fact.line_of("met"), f"{label}: met names {absent!r}, who is not among its people")
        for field_name, place in named_places(fact, knowledge):
            if place not in knowledge.places:
                line = fact.line_of(field_name)
                yield Problem(
                    fact.path, line, f"{label}: unknown place {place!r} in {field_name} (add it to places.yaml)"
                )
        for other in fact.data.disputes:
            if other not in knowledge.by_id or other == fact.id:
                yield Problem(fact.path, fact.line_of("disputes"), f"{label}: disputes unknown fact {other!r}")
                continue
            rival = knowledge.by_id[other]
            if fact.id not in rival.data.disputes:
                yield Problem(
                    fact.path, fact.line_of("disputes"), f"{label}: disputes {other!r}, which does not dispute it back"
                )
            if {c.article for c in fact.citations} == {c.article for c in rival.citations}:
                yield Problem(
                    fact.path,
                    fact.line_of("disputes"),
                    f"{label}: disputes {other!r} but both rest on the same articles; a dispute is between articles",
                )
        if fact.topic != PERSON:
            yield from _check_dates(fact, label)
        yield from _check_claims(fact, label)
        yield from _check_quoted_words(fact, knowledge, label)
        yield from _check_date_words(fact, label)


def _check_date_words(fact: Fact, label: str) -> Iterator[Problem]:
    """Refuse an article's words for a date (date_words) that none of the fact's quotes holds verbatim: readers are
    shown them as the article's."""
    words = fact.data.date_words
    if words is not None and not any(
        _apostrophes(squash(words.fr)) in _apostrophes(squash(c.quote)) for c in fact.citations
    ):
        yield Problem(
            fact.path,
            fact.line_of("date_words", "fr"),
            f"{label}: date_words {words.fr!r} is in none of its quotes; give the article's own words for the date",
        )


# Words a French title or summary sets in guillemets: « très productive ».
_GUILLEMETS = re.compile(r"«\s*([^«»]+?)\s*»")
_ARTICLE_ID = re.compile(r"\b\d{3}\b")  # "l'article 004 diffère": a summary may quote an article it names


def _check_quoted_words(fact: Fact, knowledge: Knowledge, label: str) -> Iterator[Problem]:
    """Refuse words a French title or summary sets in guillemets that no article it cites or names holds verbatim:
    a reader takes them for the article's own. Up to white space, the apostrophe's typography and an opening capital.
    (English titles and summaries translate: their quotation marks cannot be the French articles' words.)"""
    for field_name in ("title", "summary"):
        text = getattr(fact.data, field_name).fr
        named = {c.article for c in fact.citations} | set(_ARTICLE_ID.findall(text))
        articles = [_apostrophes(knowledge.articles[a].squashed) for a in sorted(named) if a in knowledge.articles]
        for match in _GUILLEMETS.finditer(text):
            words = _apostrophes(squash(match.group(1)))
            if not any(words in article or words[:1].lower() + words[1:] in article for article in articles):
                yield Problem(
                    fact.path,
                    fact.line_of(field_name, "fr"),
                    f"{label}: {field_name} sets {match.group(1)!r} in guillemets, but no article it cites or names "
                    "holds those words verbatim; quote the article's own words, or drop the guillemets",
                )


def _apostrophes(text: str) -> str:
    """Text with its typographic apostrophes typed plain."""
    return text.replace("\u2019", "'")


# In a folded quote, that a contact was a call ("téléphonique", "coup de fil"): not "appel" alone, which may be a
# call for something ("appeler à").
PHONE_WORDS = re.compile(r"telephon|\bphone|coup de fil")


# In a folded quote, that something is not yet set: "lieu encore non précisé", "calendrier non confirmé".
UNSETTLED_WORDS = re.compile(r"non precis|pas encore|non confirm|non fixe|pas ete fixe|inconnu|indetermin")


def _check_claims(fact: Fact, label: str) -> Iterator[Problem]:
    """Refuse a field that claims what no quote of the fact says: a meeting by phone, a place or date not yet set."""
    data = fact.data
    claims = (
        ("by_phone", isinstance(data, MeetingFact) and data.by_phone, PHONE_WORDS, "the contact was by phone"),
        ("unsettled", bool(data.unsettled), UNSETTLED_WORDS, "it is not yet set"),
    )
    for field_name, claimed, said, what in claims:
        if claimed and not any(said.search(fold(c.quote)) for c in fact.citations):
            yield Problem(
                fact.path,
                fact.line_of(field_name),
                f"{label}: {field_name} is set but no quote of the fact says {what}; "
                f"cite the passage that does, or leave {field_name} out",
            )


def _check_dates(fact: Fact, label: str) -> Iterator[Problem]:
    """Refuse a date shown as the article's that no quote of the fact states."""
    data = fact.data
    quotes = [c.quote for c in data.citations]
    if data.date is not None and data.date_basis == "stated":
        day, month = data.date.day, data.date.month
        said = any(
            states_month(q, month) if data.date_precision == "month" else states_day(q, day, month) for q in quotes
        )
        if not said:
            when = format_date(data.date, "fr", precision=data.date_precision)
            yield Problem(
                fact.path,
                fact.line_of("date_basis"),
                f"{label}: date {when} is marked stated but no quote of the fact names it; "
                "cite the passage that does, or mark it date_basis: inferred",
            )
    for field_name in ("title", "summary"):
        for lang in ("fr", "en"):
            for day, month, approximate in day_mentions(getattr(data, field_name).get(lang)):
                if not approximate and not any(states_day(q, day, month) for q in quotes):
                    when = format_date(dt.date(2000, month, day), lang, precision="day").removesuffix(" 2000")
                    yield Problem(
                        fact.path,
                        fact.line_of(field_name, lang),
                        f"{label}: {field_name}.{lang} states {when!r} as fact but no quote of the fact names it; "
                        'cite the passage that does, or write it as worked out ("vers le …", "c. …") '
                        "with date_basis: inferred",
                    )


def named_people(fact: Fact) -> list[tuple[str, str]]:
    """(field, person id) for everyone a fact names: its people, a statement's speaker, a deadline's author."""
    data = fact.data
    named = [("people", p) for p in data.people]
    if isinstance(data, StatementFact):
        named.append(("speaker", data.speaker))
    if isinstance(data, DeadlineFact) and data.set_by:
        named.append(("set_by", data.set_by))
    return named


def named_places(fact: Fact, knowledge: Knowledge) -> list[tuple[str, str]]:
    """(field, place id) for every place a fact names: its places, whose demand it is, a person's country."""
    data = fact.data
    named = [("places", p) for p in data.places]
    if isinstance(data, DemandFact):
        named += [("by", p) for p in data.by]
    if isinstance(data, StatementFact) and data.where:
        named.append(("where", data.where))
    person = knowledge.people.get(fact.id) if fact.topic == PERSON else None
    if person is not None and person.country:
        named.append(("country", person.country))
    return named


def people_of(fact: Fact) -> frozenset[str]:
    """The ids of everyone a fact names."""
    return frozenset(person for _, person in named_people(fact))


def closest_passage(quote: str, text: str) -> str:
    """Return the passage of text that best matches quote, to help a curator fix it."""
    # The alignment costs the product of both lengths: a real quote is a clause, so its start is enough to place it.
    alignment = fuzz.partial_ratio_alignment(quote[:CLOSEST_QUOTE_CHARS], text)
    if alignment is None:
        return ""
    start, end = alignment.dest_start, alignment.dest_end
    # The alignment may cut words in two; keep whole words only.
    while 0 < start < end and text[start - 1].isalnum():
        start += 1
    while end > start and end < len(text) and text[end].isalnum():
        end -= 1
    return text[start:end].strip(" ,;:")
