"""What the publisher's jobs did: a publication of news, a reload of the briefs, a scheduler pass."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Publication:
    """What a comparison of the briefs with what subscribers were told found and queued."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    recipients: int = 0
    messages: int = 0
    kept: int = 0  # items kept for digest subscribers


@dataclass(frozen=True, slots=True)
class Reload:
    """The outcome of reloading the briefs: refused with its problems, or served and published."""

    ok: bool
    problems: tuple[str, ...] = ()
    summary: str = ""
    publication: Publication = field(default_factory=Publication)


@dataclass(frozen=True, slots=True)
class Tick:
    """What a scheduler pass queued: reminder and digest messages."""

    reminders: int = 0
    digests: int = 0
