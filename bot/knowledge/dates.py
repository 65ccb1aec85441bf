"""Dates written for readers, in French and English, and relative to today."""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from bot.knowledge.text import fold
from bot.messages import say

# Month names as briefs write them, read from the catalogue so parsing and writing agree (briefs are fr or en).
_MONTHS_FR = tuple(say(f"month_{number}", "fr") for number in range(1, 13))
_MONTHS_EN = tuple(say(f"month_{number}", "en") for number in range(1, 13))
# Folded (no case, no accents), as questions and article sentences are read: "aout", "decembre".
FOLDED_MONTHS_FR = tuple(fold(month) for month in _MONTHS_FR)
FOLDED_MONTHS_EN = tuple(fold(month) for month in _MONTHS_EN)
FOLDED_MONTHS = frozenset((*FOLDED_MONTHS_FR, *FOLDED_MONTHS_EN))
WEEKDAY_NUMBERS = {fold(say(f"weekday_{number}", lang)): number for number in range(7) for lang in ("fr", "en")}
FOLDED_WEEKDAYS = frozenset(WEEKDAY_NUMBERS)


def format_date(day: dt.date, lang: str, *, precision: str = "day", weekday: bool = False) -> str:
    """Write a date as "6 août 2025" / "6 August 2025" (or the month alone); weekday: "mercredi 6 août 2025"."""
    month = say(f"month_{day.month}", lang)
    if precision == "month":
        return say("date_month", lang, month=month, year=day.year)
    first = say("first_day", lang) if day.day == 1 else str(day.day)
    written = say("date_day", lang, day=first, month=month, year=day.year)
    return (
        say("date_weekday", lang, weekday=say(f"weekday_{day.weekday()}", lang), date=written) if weekday else written
    )


class Dated(Protocol):
    """What fact_date reads from a fact: its date, how it is known, how precise it is."""

    # Read-only: a fact narrows them (Literal["stated", "inferred"]), which a settable attribute could not.
    @property
    def date(self) -> dt.date | None: ...
    @property
    def date_basis(self) -> str | None: ...
    @property
    def date_precision(self) -> str: ...


def approximate(label: str, lang: str, *, precision: str = "day") -> str:
    """Mark a written date as worked out: "vers le 11 avril 2025" / "c. 11 April 2025"."""
    return say("approx_day" if precision == "day" else "approx_month", lang, date=label)


def fact_date(fact: Dated, lang: str) -> str | None:
    """A fact's date as a reader should see it: approximate when worked out, a month when only the month is known."""
    if fact.date is None:
        return None
    label = format_date(fact.date, lang, precision=fact.date_precision)
    return approximate(label, lang, precision=fact.date_precision) if fact.date_basis == "inferred" else label


# Day-precise dates as briefs write them: "11 avril", "1er août", "11 April", "April 11".
_FR = "|".join(_MONTHS_FR)
_EN = "|".join(_MONTHS_EN)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_FR}|{_EN})\b|\b({_EN})\s+(\d{{1,2}})\b", re.IGNORECASE)
# Words that mark the date after them as approximate.
_APPROX = re.compile(
    r"(?:\bvers(?: le)?|\bc\.|\baround|\babout|\bautour du|\bprobablement le|\bprobably on)\s*$", re.IGNORECASE
)


def day_mentions(text: str) -> list[tuple[int, int, bool]]:
    """(day, month, marked approximate) for each day-precise date written in text."""
    found = []
    for match in _DAY_MONTH.finditer(text):
        day, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        month = _month_number(name)
        if month and 1 <= int(day) <= 31:
            found.append((int(day), month, bool(_APPROX.search(text[: match.start()]))))
    return found


def states_day(text: str, day: int, month: int) -> bool:
    """Tell whether text (a quote) names this day of this month."""
    return any(d == day and m == month for d, m, _ in day_mentions(text))


def states_month(text: str, month: int) -> bool:
    """Tell whether text names this month."""
    names = (_MONTHS_FR[month - 1], _MONTHS_EN[month - 1])
    return any(re.search(rf"\b{name}\b", text, re.IGNORECASE) for name in names)


def _month_number(name: str) -> int | None:
    """1–12 for a French or English month name."""
    lowered = name.lower()
    for months in (_MONTHS_FR, _MONTHS_EN):
        for index, month in enumerate(months):
            if month.lower() == lowered:
                return index + 1
    return None


def deadline_status(due: dt.date, today: dt.date, lang: str) -> str:
    """Say whether a deadline has passed or how far off it is, as of today."""
    when = format_date(due, lang)
    days = (due - today).days
    if days < 0:
        return say("deadline_passed", lang, when=when, ago=_span(-days, lang))
    if days == 0:
        return say("deadline_today", lang, when=when)
    return say("deadline_ahead", lang, when=when, left=_span(days, lang))


def _span(days: int, lang: str) -> str:
    """Write a number of days, in months or years past two months."""
    if days >= 730:
        return say("span_years", lang, count=days // 365)
    if days >= 60:
        return say("span_months", lang, count=days // 30)
    return say("span_days" if days != 1 else "span_day", lang, count=days)
