"""The curator's tools: add an article to the corpus, draft facts from it, and find what the briefs leave out."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.corpus import Article, sha256_of
from bot.knowledge import PERSON, Knowledge, named_people
from bot.problems import Problem
from bot.schema import ArticleMeta
from bot.text import fold
from bot.yamlsource import read_yaml

TODO = "TODO"
QUOTE_LIMIT = 300

# What a brief records, folded as `bot.text.fold` writes it; each topic's words are matched as whole phrases.
VOCABULARY: dict[str, tuple[str, ...]] = {
    "deadline": ("ultimatum", "delai", "delais", "echeance", "date butoir", "date limite", "d ici", "expire",
                 "expirer", "expiration", "expirait"),
    "sanction": ("sanction", "sanctions", "droits de douane", "tarifs douaniers", "secondaires", "petrole",
                 "petrolier", "petroliers"),
    "demand": ("exige", "exigent", "exigence", "exigences", "reclame", "reclament", "demande", "demandes",
               "condition", "conditions", "retrait", "reconnaissance", "neutralite", "territoires", "territoriales"),
    "ceasefire": ("cessez le feu", "treve"),
    "summit": ("sommet",),
    "meeting": ("rencontre", "rencontrer", "entretien", "entretenir", "recu", "reunion", "pourparlers"),
}
_MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
           "novembre", "decembre")
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_DATE_WORD = re.compile(rf"\b(?:{'|'.join((*_MONTHS, *_WEEKDAYS))}|hier|202\d)\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er)? ({'|'.join(_MONTHS)})(?: (\d{{4}}))?\b")
_QUOTED = re.compile(r"«[^»]+»|“[^”]+”|\"[^\"]+\"")
# A sentence ends at . ! ? … (and a closing quote) before white space, unless an abbreviation ends there.
_END = re.compile(r"[.!?…]+[»”\"]?(?=\s)")
_ABBREVIATIONS = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "cf", "p", "av"})


class CurationError(Exception):
    """A curator's request was refused; the message says why in one sentence."""


# --------------------------------------------------------------------------------------------- ingest


def ingest(
    source: Path,
    corpus_dir: Path,
    *,
    title: str,
    outlet: str | None,
    published: dt.date,
    language: str = "fr",
    date_basis: str = "stated",
    precision: str = "day",
    article_id: str | None = None,
    note: str | None = None,
    editorial_title: bool = False,
) -> Path:
    """Copy source into the corpus byte for byte, with its metadata; return the path of the copy."""
    raw = _read_article(source)
    if not corpus_dir.is_dir():
        raise CurationError(f"the corpus folder {corpus_dir} does not exist")
    for path in sorted(corpus_dir.glob("*.txt")):
        if sha256_of(path.read_bytes()) == sha256_of(raw):
            raise CurationError(f"{source} is already in the corpus as article {path.stem} ({path})")
    ident = article_id or next_article_id(corpus_dir)
    text_path, meta_path = corpus_dir / f"{ident}.txt", corpus_dir / f"{ident}.yaml"
    if text_path.exists() or meta_path.exists():
        raise CurationError(f"article id {ident!r} is taken: {corpus_dir} already holds {ident}.txt or {ident}.yaml")
    fields = {
        "id": ident, "seed": source.name, "sha256": sha256_of(raw), "title": title,
        "title_is_editorial": editorial_title, "outlet": outlet, "language": language, "published": published,
        "date_precision": precision, "date_basis": date_basis, "date_note": note,
    }
    try:
        meta = ArticleMeta(**fields)
    except ValidationError as exc:
        reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise CurationError(f"the metadata would not be valid: {reasons}") from None
    _write_new({text_path: raw, meta_path: metadata_yaml(meta).encode("utf-8")})
    return text_path


def next_article_id(corpus_dir: Path) -> str:
    """Return the three-digit id after the highest numbered article (ids of removed articles are not reused)."""
    numbers = [int(path.stem) for path in corpus_dir.iterdir() if path.stem.isdigit()]
    return f"{max(numbers, default=-1) + 1:03d}"


def metadata_yaml(meta: ArticleMeta) -> str:
    """Write an article's metadata in the corpus's style: a header comment, then one field a line."""
    lines = [
        f"# Metadata for {meta.id}.txt (text kept byte-for-byte as received).",
        f"id: {json.dumps(meta.id)}",
        f"seed: {_scalar(meta.seed)}",
        f"sha256: {meta.sha256}",
        f"title: {json.dumps(meta.title, ensure_ascii=False)}",
        f"title_is_editorial: {str(meta.title_is_editorial).lower()}",
        f"outlet: {_scalar(meta.outlet)}",
        f"language: {meta.language}",
        f"published: {meta.published.isoformat()}",
    ]
    if meta.date_precision != "day":
        lines.append(f"date_precision: {meta.date_precision}")
    lines.append(f"date_basis: {meta.date_basis}")
    if meta.date_note:
        lines.append(_folded("date_note", meta.date_note))
    text = "\n".join(lines) + "\n"
    assert ArticleMeta.model_validate(yaml.safe_load(text)) == meta, text
    return text


def _read_article(source: Path) -> bytes:
    """Read an article as received; refuse what is unreadable, empty or not UTF-8."""
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise CurationError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CurationError(
            f"{source} is not UTF-8 text (byte {exc.start} is {raw[exc.start]:#04x}); "
            "convert it first, e.g. iconv -f windows-1252 -t utf-8"
        ) from None
    if not text.strip():
        raise CurationError(f"{source} is empty")
    return raw


def _scalar(value: str | None) -> str:
    """Write a string as a plain YAML scalar when it reads back the same, else double-quoted."""
    if value is None:
        return "null"
    try:
        plain = yaml.safe_load(f"key: {value}") == {"key": value}
    except yaml.YAMLError:
        plain = False
    return value if plain else json.dumps(value, ensure_ascii=False)


def _folded(key: str, value: str) -> str:
    """Write a long string as a folded block (`>-`) when it reads back the same, else double-quoted."""
    wrapped = textwrap.wrap(value, 88, break_long_words=False, break_on_hyphens=False)
    block = f"{key}: >-\n" + "\n".join(f"  {line}" for line in wrapped)
    try:
        if yaml.safe_load(block) == {key: value}:
            return block
    except yaml.YAMLError:
        pass
    return f"{key}: {json.dumps(value, ensure_ascii=False)}"


def _write_new(files: dict[Path, bytes]) -> None:
    """Write new files next to their names, then move them in; on failure remove all of them."""
    parts = {path: path.with_name(path.name + ".part") for path in files}
    moved: list[Path] = []
    try:
        for path, data in files.items():
            parts[path].write_bytes(data)
        for path in files:
            os.replace(parts[path], path)
            moved.append(path)
    except OSError as exc:
        for path in [*parts.values(), *moved]:
            path.unlink(missing_ok=True)
        raise CurationError(f"cannot write to {next(iter(files)).parent}: {exc.strerror or exc}") from None


# ---------------------------------------------------------------------------------------------- draft


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
            last = words[-1].lstrip("(«“\"") if words else ""
            following = paragraph[match.end() :].lstrip()[:1]
            if last in _ABBREVIATIONS or len(last) == 1 and last.isupper():
                continue
            if following.isupper() or following.isdigit() or following in "«“\"—–-":
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


def _fact(candidate: Candidate, article: Article, knowledge: Knowledge) -> dict:
    """Turn a candidate into a fact entry whose wording is left for the curator to write."""
    slug = "-".join(fold(article.id).split())
    ident = f"{candidate.topic}-{slug}-{candidate.number:02d}"
    while ident in knowledge.by_id:
        ident += "-new"
    hint = {"deadline": " (check due: the date found in the sentence)",
            "statement": " (check speaker: the first person the sentence names)"}.get(candidate.topic, "")
    if candidate.reads_like:
        missing = {"deadline": "due date", "statement": "speaker"}[candidate.reads_like]
        hint = f" (reads like a {candidate.reads_like}, but the sentence gives no {missing} for one)"
    fact: dict = {
        "id": ident,
        "title": {"fr": f"{TODO} titre : {_shorten(candidate.quote)}", "en": f"{TODO}: English title"},
        "summary": {"fr": f"{TODO} résumé (article {article.id}) : {candidate.quote}",
                    "en": f"{TODO}: English summary{hint}"},
    }
    if candidate.date:
        # A deadline's date is when it falls due (the field it cannot load without); other facts say when.
        fact["due" if candidate.topic == "deadline" else "date"] = candidate.date
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
        (folded, person.id)
        for person in knowledge.people.values()
        for name in (person.name.fr, person.name.en, *person.aliases)
        if (folded := fold(name))
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


# ------------------------------------------------------------------------------------------- coverage


def coverage(knowledge: Knowledge) -> list[Problem]:
    """Warn about what the briefs leave out: articles no fact cites, people no fact names, TODOs left."""
    return [*_uncited_articles(knowledge), *_unnamed_people(knowledge), *_placeholders(knowledge)]


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
