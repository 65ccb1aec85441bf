"""Answers as Telegram HTML: escaped text, quotes in expandable blockquotes, split to fit messages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial
from html import escape as _html_escape
from html import unescape

from bot.answering.answers import Answer, CitedQuote, source_label
from bot.messages import say

escape = partial(_html_escape, quote=False)  # Telegram needs only <, > and & escaped outside tags
MAX_MESSAGE = 4096  # Telegram's limit, in UTF-16 code units of the text after entity parsing
MARGIN = 96  # room left for what Telegram counts differently from us


def render(answer: Answer) -> list[str]:
    """Render an answer as one or more HTML messages, split between facts or quotes, never inside a tag."""
    units: list[tuple[str, str]] = [("", f"<b>{escape(answer.lead)}</b>")] if answer.lead else []
    if not answer.found:
        units += [("\n", f"• {escape(s.label)}") for s in answer.suggestions]
        return split(units)
    bullet = "• " if len(answer.items) > 1 else ""
    for item in answer.items:
        text = bullet + escape(item.text) + (f" <i>{escape(item.note)}</i>" if item.note else "")
        units.append(("\n\n", text))
        units += [("\n", _quote(q, answer.lang)) for q in item.quotes]
    return split(units)


def _quote(quote: CitedQuote, lang: str) -> str:
    """A verbatim quote and the article it comes from, in an expandable blockquote."""
    source = escape(source_label(quote.source, lang))
    quoted = say("quoted", lang, quote=escape(quote.quote))
    return f"<blockquote expandable>{quoted}\n— <i>{source}</i></blockquote>"


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts two)."""
    return len(text.encode("utf-16-le")) // 2


def plain(html_text: str) -> str:
    """The text Telegram shows for a piece of our HTML."""
    return unescape(_TAG.sub("", html_text))


def split(units: list[tuple[str, str]], *, limit: int = MAX_MESSAGE - MARGIN) -> list[str]:
    """Pack (separator, balanced HTML) units into messages under limit, in UTF-16 units.

    Units are whole lines or blockquotes, so a message never ends inside a tag. A unit too long for one
    message loses its markup and is cut between words, then escaped, so no entity is ever cut in two.
    """
    pieces = (
        (separator, piece)
        for separator, unit in units
        for piece in ([unit] if utf16_length(unit) <= limit else _cut(plain(unit), limit))
    )
    return pack(pieces, limit=limit)


def pack(pieces: Iterable[tuple[str, str]], *, limit: int) -> list[str]:
    """Join (separator, piece) pairs into as few messages as fit under limit UTF-16 units, in order.

    Each piece must fit alone; a piece that does not fit after the current message starts the next one.
    """
    messages: list[str] = []
    current = ""
    for separator, piece in pieces:
        candidate = f"{current}{separator}{piece}" if current else piece
        if current and utf16_length(candidate) > limit:
            messages.append(current)
            current = piece
        else:
            current = candidate
    return [*messages, current] if current else messages


def _cut(text: str, limit: int) -> list[str]:
    """Cut plain text into escaped chunks under limit, between words where possible."""
    chunks: list[str] = []
    room = limit // 6  # escaping can grow "&" sixfold ("&amp;" plus margin)
    while text:
        if len(text) <= room:
            chunks.append(escape(text))
            break
        cut = text.rfind(" ", 0, room)
        cut = cut if cut > room // 2 else room
        chunks.append(escape(text[:cut]))
        text = text[cut:].lstrip()
    return chunks


_TAG = re.compile(r"<[^>]+>")
