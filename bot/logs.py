"""Logging set-up that never writes the bot token, the webhook secret or readers' text, whatever the level."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType

_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")
_PLAIN = (int, float, bool, type(None))
_SAFE_KEYS = frozenset({"update_id", "chat_id", "user_id", "message_id", "offset", "limit", "timeout", "id", "method"})
_SHORT = 64  # a string argument of a library debug line longer than this is summarized, not written


class RedactToken(logging.Filter):
    """Hide the bot token (anything shaped like one) and the given secrets in a record's message, arguments, traceback.

    Arguments that are not numbers are formatted first: an exception passed as an argument carries its text
    (a Bot API error may quote the request path, token included), which a filter of strings alone would miss.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s and len(s) >= 4)

    def redact(self, text: str) -> str:
        """Hide tokens and secrets in text."""
        text = redact(text)
        for secret in self.secrets:
            text = text.replace(secret, "<secret>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(str(record.msg))
        _map_args(record, lambda _, a: a if isinstance(a, _PLAIN) else self.redact(str(a)))
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class SummarizeLibraryDebug(logging.Filter):
    """Library debug lines (PTB logs request parameters and whole updates) keep their shape, not their text.

    Each argument becomes a summary: an update's kind, ids and length; a dict's keys with numbers and ids kept and
    text replaced by its length. Applied to DEBUG records of the telegram loggers, before redaction.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno <= logging.DEBUG and record.name.startswith("telegram"):
            _map_args(record, lambda key, a: summarize(a) if key is None else _field(key, a))
        return True


def _map_args(record: logging.LogRecord, change: Callable[[str | None, object], object]) -> None:
    """Apply change to each argument of a record: positional ones (key None), or the values of a mapping."""
    if isinstance(record.args, Mapping):  # "%(name)s" formatting, or one dict logged with "%s"
        record.args = {key: change(str(key), value) for key, value in record.args.items()}
    elif isinstance(record.args, tuple):
        record.args = tuple(change(None, value) for value in record.args)


def summarize(value: object) -> object:
    """What a log line may say about a value from Telegram: kind, ids and sizes, never the text."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, str):
        return value if len(value) <= _SHORT and "\n" not in value else f"<{len(value)} characters>"
    if isinstance(value, bytes | bytearray):
        return f"<{len(value)} bytes>"
    if hasattr(value, "to_dict") and hasattr(value, "update_id"):  # a telegram Update, without importing telegram
        value = value.to_dict()
    if isinstance(value, dict):
        if "update_id" in value:
            return describe_update(value)
        return "{" + ", ".join(f"{k}: {_field(str(k), v)}" for k, v in list(value.items())[:20]) + "}"
    if isinstance(value, list | tuple):
        shown = ", ".join(str(summarize(v)) for v in value[:10])
        return f"[{shown}{', …' if len(value) > 10 else ''}] ({len(value)} items)"
    return f"<{type(value).__name__}>"


def _field(key: str, value: object) -> object:
    """A dict entry for the log: numbers and ids as they are, anything else as its size."""
    if isinstance(value, _PLAIN) or (key in _SAFE_KEYS and isinstance(value, str) and len(value) <= 32):
        return value
    if isinstance(value, str):
        return f"<{len(value)} characters>"
    return summarize(value)


def _id_of(value: object) -> object:
    """The "id" of a JSON object, None for anything else."""
    return value.get("id") if isinstance(value, dict) else None


def describe_update(data: dict[str, object]) -> str:
    """An update for the log: id, kind, chat and sender ids, size: "update 7: message chat=42 from=42 (88 bytes)"."""
    kind = next((k for k in data if k != "update_id"), "empty")
    body = data.get(kind)
    if not isinstance(body, dict):
        body = {}
    chat = _id_of(body.get("chat"))
    sender = _id_of(body.get("from"))
    ids = " ".join(f"{name}={ident}" for name, ident in (("chat", chat), ("from", sender)) if isinstance(ident, int))
    size = len(json.dumps(data, ensure_ascii=False, default=str))
    return f"update {data.get('update_id')}: {kind}{' ' + ids if ids else ''} ({size} bytes)"


def _log_uncaught(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """Log an exception nobody caught, in the log's format, instead of Python's bare traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    logging.getLogger("briefbot").critical("uncaught error; stopping", exc_info=(kind, error, trace))


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


def setup_logging(level: str = "INFO", fmt: str = "text", *, secrets: Iterable[str] = ()) -> None:
    """One line per event on stderr, as text or JSON, secrets redacted; httpx request lines (token!) only at WARNING."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if fmt == "json" else OneLine())
    handler.addFilter(SummarizeLibraryDebug())
    handler.addFilter(RedactToken(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.captureWarnings(True)  # library warnings go through the same handler: one format from the first line
    sys.excepthook = _log_uncaught  # and so does a crash, redacted like the rest
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
