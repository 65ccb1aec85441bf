"""When things happen: deadline moments, the reminders they call for, and daily digest times."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from bot.knowledge.loading import Fact, Knowledge
from bot.knowledge.schema import DeadlineFact

# How long before a deadline its subscribers are reminded, longest first.
REMINDERS: tuple[tuple[str, dt.timedelta], ...] = (("1d", dt.timedelta(days=1)), ("1h", dt.timedelta(hours=1)))

_CLOCK = re.compile(r"^(?P<h>[01]?\d|2[0-3])\s*(?:[:h.]\s*(?P<m>[0-5]\d)?)?$")


@dataclass(frozen=True, slots=True)
class Reminder:
    """A deadline reminder that is due: which fact, when it falls due, how far ahead ("1d" or "1h")."""

    fact: Fact
    due_at: dt.datetime
    ahead: str


def deadline_moment(data: DeadlineFact) -> dt.datetime:
    """When a deadline falls due: its date and time in its time zone, or the end of its day when no time is given."""
    zone = ZoneInfo(data.timezone)
    if data.due_time:
        hour, minute = map(int, data.due_time.split(":"))
        return dt.datetime.combine(data.due, dt.time(hour, minute), zone)
    return dt.datetime.combine(data.due + dt.timedelta(days=1), dt.time(0, 0), zone)


def reminders_due(knowledge: Knowledge, now: dt.datetime) -> Iterator[Reminder]:
    """For each deadline still ahead, the reminder whose time has come (the nearer one wins if both have)."""
    for fact in knowledge.facts:
        if not isinstance(fact.data, DeadlineFact):
            continue
        due_at = deadline_moment(fact.data)
        if due_at <= now:
            continue  # past deadlines never trigger reminders
        passed = [name for name, ahead in REMINDERS if due_at - ahead <= now]
        if passed:
            yield Reminder(fact, due_at, passed[-1])


def parse_clock(text: str) -> str | None:
    """Read a time of day as readers type it ("8h", "08:30", "20h15", "7") into "HH:MM"; None if it is not one."""
    match = _CLOCK.match(text.strip().lower())
    if not match:
        return None
    return f"{int(match['h']):02d}:{int(match['m'] or 0):02d}"


def zone(name: str) -> str | None:
    """The IANA time zone a reader means ("europe/paris", "UTC"), spelled as the database spells it, or None."""
    return _zones().get(name.strip().lower())


@cache
def _zones() -> dict[str, str]:
    """Every IANA time zone name, by its lower-case form."""
    return {name.lower(): name for name in available_timezones()}


def next_digest(at: str, timezone: str, now: dt.datetime) -> dt.datetime:
    """The next moment after now when the local clock in timezone reads `at` (HH:MM), in UTC."""
    tz = ZoneInfo(timezone)
    hour, minute = map(int, at.split(":"))
    local = now.astimezone(tz)
    candidate = dt.datetime.combine(local.date(), dt.time(hour, minute), tz)
    if candidate <= local:
        candidate = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(hour, minute), tz)
    return candidate.astimezone(dt.UTC)
