"""What subscribers are sent: news of the briefs, deadline reminders, digests, announcements; as Telegram HTML."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.answering.answers import Answerer
from bot.answering.rendering import MARGIN, MAX_MESSAGE, escape, pack, render, split, utf16_length
from bot.delivery.changes import CHANGED, Change
from bot.delivery.outcomes import Reload
from bot.delivery.store import Stats
from bot.knowledge.dates import format_date
from bot.knowledge.loading import Fact
from bot.messages import language as _l
from bot.messages import say


def news(answerer: Answerer, found: list[Change], lang: str) -> list[str]:
    """Tell a subscriber what is new or updated, each fact cited (with the other side of any dispute)."""
    lang = _l(lang)
    updated = {c.fact.id for c in found if c.kind == CHANGED}
    answer = answerer.compose("news", lang, [c.fact for c in found], lead="", quotes_per_item=1)
    shown = {item.fact_id for item in answer.items}
    missing = [c for c in found if c.fact.id not in shown]
    total = len(found)
    lead = say("news_partial", lang, shown=total - len(missing), total=total) if missing else say("news", lang)
    mark = say("updated", lang)
    items = tuple(replace(i, text=f"{mark} {i.text}") if i.fact_id in updated else i for i in answer.items)
    return render(replace(answer, lead=lead, items=items))


def reminder(answerer: Answerer, fact: Fact, due_at: dt.datetime, now: dt.datetime, lang: str) -> list[str]:
    """Remind a subscriber that a deadline is near, with the deadline fact and its source."""
    lang = _l(lang)
    lead = say("reminder", lang, left=_left(due_at - now, lang))
    return render(answerer.compose("reminder", lang, [fact], lead=lead, quotes_per_item=1))


def _left(span: dt.timedelta, lang: str) -> str:
    """A time left, rounded: "1 jour", "5 heures", "40 minutes"."""
    minutes = max(1, round(span.total_seconds() / 60))
    if minutes >= 20 * 60:
        count, unit = round(minutes / 1440) or 1, "day"
    elif minutes >= 60:
        count, unit = round(minutes / 60), "hour"
    else:
        count, unit = minutes, "minute"
    return say(f"left_{unit}{'s' if count > 1 else ''}", lang, count=count)


def digest(texts: list[str], day: dt.date, lang: str) -> list[str]:
    """Batch the notifications kept for a digest subscriber into as few messages as fit."""
    lang = _l(lang)
    head = f"<b>{escape(say('digest_head', lang, day=format_date(day, lang)))}</b>"
    return split([("", head), *(("\n\n", text) for text in texts)])


def announcement(text: str, lang: str) -> list[str]:
    """An operator's announcement, escaped, under a heading."""
    return split([("", f"<b>{say('announcement', lang)}</b>"), ("\n\n", escape(text))])


def reload_report(outcome: Reload, lang: str, *, limit: int = 10) -> str:
    """Tell an operator what a reload did, or why it was refused (the first problems, with file and line)."""
    if not outcome.ok:
        shown = [f"• {p}" for p in outcome.problems[:limit]]
        if len(outcome.problems) > limit:
            shown.append(f"… +{len(outcome.problems) - limit}")
        return say("reload_refused", lang, count=len(outcome.problems), problems="\n".join(shown))
    done = outcome.publication
    return say(
        "reload_ok",
        lang,
        summary=outcome.summary,
        added=len(done.added),
        changed=len(done.changed),
        messages=done.messages,
        recipients=done.recipients,
        kept=done.kept,
    )


def chunks(text: str, *, limit: int = MAX_MESSAGE - MARGIN) -> list[str]:
    """Cut plain text into messages under Telegram's limit in UTF-16 units (emoji count two), between lines."""
    return pack((("\n", piece) for line in text.split("\n") for piece in _hard_cut(line, limit)), limit=limit)


def _hard_cut(line: str, limit: int) -> list[str]:
    """A line too long for one message, cut where it overflows (plain text has no markup to keep whole)."""
    pieces = []
    while utf16_length(line) > limit:
        cut = max(_fit(line, limit), 1)  # a limit under one character still moves on
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line]


def _fit(line: str, limit: int) -> int:
    """How many characters of line fit in limit UTF-16 units."""
    used = 0
    for index, char in enumerate(line):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(line)


def stats_report(stats: Stats) -> str:
    """Subscribers and deliveries in a few lines, for /stats."""
    return f"{subscriber_report(stats)}\n{delivery_report(stats)}"


def subscriber_report(stats: Stats) -> str:
    """Subscribers by status, topic and mode (also `briefbot subscribers`)."""
    counts = stats.subscribers
    return "\n".join(
        [
            f"Subscribers: {counts['active']} active ({stats.muted} muted), "
            f"{counts['blocked']} blocked, {counts['gone']} gone",
            "By topic: " + (", ".join(f"{topic} {count}" for topic, count in stats.topics.items()) or "none"),
            "By mode: " + (", ".join(f"{mode} {count}" for mode, count in sorted(stats.modes.items())) or "none"),
        ]
    )


def delivery_report(stats: Stats) -> str:
    """Messages by status (also `briefbot outbox`)."""
    return (
        "Deliveries: "
        + ", ".join(f"{count} {status}" for status, count in stats.outbox.items())
        + f"; {stats.digest_items} kept for digests"
    )
