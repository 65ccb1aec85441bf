"""What changed in the briefs since subscribers were last told: facts added, facts whose content changed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from bot.knowledge.loading import Fact, Knowledge
from bot.knowledge.text import squash

ADDED, CHANGED = "added", "changed"


@dataclass(frozen=True, slots=True)
class Change:
    """A fact that is new, or whose content changed."""

    fact: Fact
    kind: str


def fingerprint(fact: Fact) -> str:
    """A digest of what a fact says: the same however its YAML is laid out, indented, ordered or wrapped."""
    content = _normalized(fact.data.model_dump(mode="json"))
    return hashlib.sha256(json.dumps([fact.topic, content], sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _normalized(value: object) -> object:
    """The same value with every string's white space collapsed (a re-wrapped line says the same thing)."""
    if isinstance(value, str):
        return squash(value)
    if isinstance(value, dict):
        return {key: _normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalized(item) for item in value]
    return value


def changes(knowledge: Knowledge, published: dict[str, str]) -> list[Change]:
    """The facts of knowledge that are not in published (fact id -> fingerprint), or differ from it."""
    found: list[Change] = []
    for fact in knowledge.facts:
        before = published.get(fact.id)
        if before is None:
            found.append(Change(fact, ADDED))
        elif before != fingerprint(fact):
            found.append(Change(fact, CHANGED))
    return found
