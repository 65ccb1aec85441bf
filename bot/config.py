"""Where the data lives and how the bot is configured, read from the environment once."""

from __future__ import annotations

import math
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(target: object) -> bool:
    """Whether a BRIEFBOT_DB value names a PostgreSQL database (a URL) rather than a SQLite file."""
    return str(target).startswith(POSTGRES_SCHEMES)


def default_briefs_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The briefs folder: $BRIEFBOT_BRIEFS, else the project's own briefs/."""
    return Path(environ.get("BRIEFBOT_BRIEFS") or PROJECT_ROOT / "briefs")


def default_corpus_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The corpus folder: $BRIEFBOT_CORPUS, else the project's own corpus/."""
    return Path(environ.get("BRIEFBOT_CORPUS") or PROJECT_ROOT / "corpus")


def database(value: str) -> Path | str:
    """A BRIEFBOT_DB or --db value: a PostgreSQL URL as it is, else a SQLite file's path."""
    return value if is_postgres(value) else Path(value)


def default_db_path(environ: Mapping[str, str] = os.environ) -> Path | str:
    """The subscriber database: $BRIEFBOT_DB (a file or a postgresql:// URL), else data/briefbot.sqlite3 here."""
    return database(environ.get("BRIEFBOT_DB") or str(PROJECT_ROOT / "data" / "briefbot.sqlite3"))


def _local(db: Path | str, name: str) -> Path:
    """A file of this process: in $BRIEFBOT_RUN_DIR, else beside a SQLite database or in the project's data/ folder."""
    if folder := os.environ.get("BRIEFBOT_RUN_DIR"):
        return Path(folder) / name
    return PROJECT_ROOT / "data" / name if isinstance(db, str) else db.with_name(name)


def pid_path(db: Path | str) -> Path:
    """Where `briefbot run` writes its process id, for `briefbot reload`: beside the database."""
    return _local(db, "briefbot.pid")


def heartbeat_path(db: Path | str) -> Path:
    """The file the running bot touches at every tick, for `briefbot health`: beside the database."""
    return _local(db, "briefbot.alive")


@dataclass(frozen=True)
class DataPaths:
    """The two folders the knowledge is loaded from."""

    briefs: Path
    corpus: Path


TELEGRAM_API = "https://api.telegram.org/bot"


@dataclass(frozen=True)
class Settings:
    """What `briefbot run` needs, read from the environment."""

    token: str | None
    api_base_url: str
    admins: frozenset[int]
    data: DataPaths
    log_level: str
    db: Path | str  # a SQLite file, or a PostgreSQL URL
    log_format: str = "text"
    concurrency: int = 8
    send_rate: float = 30.0
    send_window: int = 16
    paid_broadcast: bool = False
    outbox_days: int = 30
    webhook_secret: str = ""
    listen: str = "127.0.0.1"
    port: int = 8443


def load_settings(environ: Mapping[str, str] = os.environ) -> Settings:
    """Read the bot's settings; unknown admin ids are a ValueError naming the variable."""
    admins: set[int] = set()
    for part in environ.get("BRIEFBOT_ADMINS", "").replace(";", ",").split(","):
        if part.strip():
            try:
                admins.add(int(part))
            except ValueError:
                raise ValueError(f"BRIEFBOT_ADMINS: {part.strip()!r} is not a Telegram user id") from None
    return Settings(
        token=environ.get("TELEGRAM_BOT_TOKEN") or None,
        api_base_url=environ.get("TELEGRAM_API_BASE_URL") or TELEGRAM_API,
        admins=frozenset(admins),
        data=DataPaths(default_briefs_dir(environ), default_corpus_dir(environ)),
        log_level=(environ.get("BRIEFBOT_LOG_LEVEL") or "INFO").upper(),
        db=default_db_path(environ),
        log_format=_choice(environ, "BRIEFBOT_LOG_FORMAT", ("text", "json")),
        concurrency=_positive(environ, "BRIEFBOT_CONCURRENCY", 8),
        send_rate=(
            rate := _rate(
                environ, "BRIEFBOT_SEND_RATE", 1000.0 if (paid := _flag(environ, "BRIEFBOT_PAID_BROADCAST")) else 30.0
            )
        ),
        # Enough in flight for a 200 ms round trip at the rate (16 at least): the window bounds kill -9 duplicates.
        send_window=_positive(environ, "BRIEFBOT_SEND_WINDOW", max(16, math.ceil(rate * 0.2))),
        paid_broadcast=paid,
        outbox_days=_positive(environ, "BRIEFBOT_OUTBOX_DAYS", 30),
        webhook_secret=_secret(environ),
        listen=environ.get("BRIEFBOT_LISTEN") or "127.0.0.1",
        port=_positive(environ, "BRIEFBOT_PORT", 8443),
    )


def _positive(environ: Mapping[str, str], name: str, default: int) -> int:
    """A positive integer setting, or a ValueError naming the variable."""
    raw = environ.get(name) or str(default)
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{name}: {raw!r} is not a positive whole number")
    return int(raw)


def _flag(environ: Mapping[str, str], name: str) -> bool:
    """A yes/no setting (1, true, yes, on / 0, false, no, off, or unset), or a ValueError naming the variable."""
    raw = (environ.get(name) or "0").strip().lower()
    if raw not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
        raise ValueError(f"{name}: {raw!r} is not yes or no (1/0, true/false)")
    return raw in ("1", "true", "yes", "on")


def _rate(environ: Mapping[str, str], name: str, default: float) -> float:
    """A positive number setting (messages a second), or a ValueError naming the variable."""
    raw = environ.get(name) or str(default)
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value <= 1000:
        raise ValueError(f"{name}: {raw!r} is not a rate between 0 and 1000 messages a second")
    return value


def _choice(environ: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str:
    """One of choices (the first by default), or a ValueError naming the variable."""
    raw = (environ.get(name) or choices[0]).lower()
    if raw not in choices:
        raise ValueError(f"{name}: {raw!r} is not one of {', '.join(choices)}")
    return raw


def _secret(environ: Mapping[str, str]) -> str:
    """The webhook secret: $BRIEFBOT_WEBHOOK_SECRET, else a fresh random one (setWebhook sends it at every start)."""
    secret = environ.get("BRIEFBOT_WEBHOOK_SECRET") or secrets.token_urlsafe(32)
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ValueError("BRIEFBOT_WEBHOOK_SECRET: use 1 to 256 letters, digits, _ or - (Telegram's rule)")
    return secret
