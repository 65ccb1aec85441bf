"""Dates written for readers, in French and English, and relative to today."""

from __future__ import annotations

import datetime as dt

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def format_date(day: dt.date, lang: str, *, precision: str = "day") -> str:
    """Write a date as "6 août 2025" / "6 August 2025" (or the month alone)."""
    months = _MONTHS_EN if lang == "en" else _MONTHS_FR
    month = f"{months[day.month - 1]} {day.year}"
    if precision == "month":
        return month
    first = "1er" if lang != "en" and day.day == 1 else str(day.day)
    return f"{first} {month}"


def deadline_status(due: dt.date, today: dt.date, lang: str) -> str:
    """Say whether a deadline has passed or how far off it is, as of today."""
    when = format_date(due, lang)
    days = (due - today).days
    if lang == "en":
        if days < 0:
            return f"This deadline passed on {when} ({_span(-days, 'en')} ago)."
        if days == 0:
            return f"This deadline falls today, {when}."
        return f"This deadline falls on {when}, in {_span(days, 'en')}."
    if days < 0:
        return f"Cette échéance est passée : {when} (il y a {_span(-days, 'fr')})."
    if days == 0:
        return f"Cette échéance tombe aujourd'hui, {when}."
    return f"Échéance le {when}, dans {_span(days, 'fr')}."


def _span(days: int, lang: str) -> str:
    """Write a number of days, in months or years past two months."""
    if days >= 730:
        count, unit = days // 365, ("years", "ans")
    elif days >= 60:
        count, unit = days // 30, ("months", "mois")
    else:
        count, unit = days, ("days" if days != 1 else "day", "jours" if days != 1 else "jour")
    return f"{count} {unit[0] if lang == 'en' else unit[1]}"
