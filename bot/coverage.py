"""What the briefs leave out: articles no fact cites, people no fact names, placeholders left."""

from __future__ import annotations

from bot.dates import format_date, states_day
from bot.drafting import TODO
from bot.knowledge import PERSON, Knowledge, named_people
from bot.problems import Problem
from bot.schema import DeadlineFact
from bot.yamlsource import read_yaml


def coverage(knowledge: Knowledge) -> list[Problem]:
    """Warn about what the briefs leave out: articles no fact cites, people no fact names, TODOs left."""
    return [*_uncited_articles(knowledge), *_unnamed_people(knowledge), *_placeholders(knowledge), *_undated_deadlines(knowledge)]


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


def _undated_deadlines(knowledge: Knowledge) -> list[Problem]:
    """Each deadline whose due day no quote of the fact names: a reader could not check it."""
    problems = []
    for fact in knowledge.facts:
        data = fact.data
        if isinstance(data, DeadlineFact) and not any(states_day(c.quote, data.due.day, data.due.month) for c in data.citations):
            message = f"deadline {fact.id!r}: due date {format_date(data.due, 'fr')} is named by no quote of the fact; cite the passage that names it"
            problems.append(Problem(fact.path, fact.line_of("due"), message))
    return problems
