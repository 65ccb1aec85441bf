"""Moments as the database stores them: UTC, in one fixed-width text form so text order is time order."""

from __future__ import annotations

import datetime as dt

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utcnow() -> dt.datetime:
    """The current moment, in UTC (the default clock; tests inject their own)."""
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    """Write an aware moment as fixed-width UTC text, e.g. 2026-11-21T08:00:00.000000Z."""
    return moment.astimezone(dt.UTC).strftime(_FORMAT)


def read_iso(text: str) -> dt.datetime:
    """Read a moment written by iso() that is always there (a NOT NULL column)."""
    return dt.datetime.strptime(text, _FORMAT).replace(tzinfo=dt.UTC)


def from_iso(text: str | None) -> dt.datetime | None:
    """Read a moment written by iso(), or nothing."""
    return read_iso(text) if text else None
