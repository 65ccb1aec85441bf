"""Logging set-up that never writes the bot token, whatever logs it (httpx URLs, error texts)."""

from __future__ import annotations

import json
import logging
import re

_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


class RedactToken(logging.Filter):
    """Replace anything shaped like a bot token in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in args)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


def redact(text: str) -> str:
    """Hide bot tokens in text."""
    return _TOKEN.sub("<token>", text)


CONTEXT = ("update_id", "chat_id", "user_id")
"""Fields handlers attach to a record with extra=: which update and chat an event concerns."""


class OneLine(logging.Formatter):
    """Text logs, one line per event: context fields appended, a traceback folded onto the same line."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)  # includes the traceback on following lines, if any
        context = " ".join(f"{key}={getattr(record, key)}" for key in CONTEXT if getattr(record, key, None) is not None)
        head, _, trace = line.partition("\n")
        return " ".join(part for part in (head, context, trace.replace("\n", " ⏎ ") if trace else "") if part)


class JsonLines(logging.Formatter):
    """JSON logs, one object per line, for log collectors: time, level, logger, message, context, error."""

    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        event.update({key: getattr(record, key) for key in CONTEXT if getattr(record, key, None) is not None})
        if record.exc_info:
            event["error"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(event, ensure_ascii=False)


def setup_logging(level: str = "INFO", fmt: str = "text") -> None:
    """One line per event on stderr, as text or JSON; httpx request lines (which carry the token) only at WARNING."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if fmt == "json" else OneLine())
    handler.addFilter(RedactToken())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
