"""The subscriber database: subscribers, their topics, the outbox and what has been decided, in SQLite."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from bot.clock import from_iso, iso, read_iso
from bot.config import is_postgres
from bot.delivery.dialect import Connection, PgConnection, Record, redacted

DEFAULT_TIMEZONE = "Europe/Paris"


class Status(StrEnum):
    """Whether Telegram still delivers to a subscriber: "blocked" and "gone" receive nothing."""

    ACTIVE = "active"
    BLOCKED = "blocked"  # Telegram said Forbidden: the user blocked the bot, or it left the group
    GONE = "gone"  # chat not found


class Mode(StrEnum):
    """How a subscriber gets news: as it comes, or in one digest a day."""

    IMMEDIATE = "immediate"
    DIGEST = "digest"


# Rows of a publication still being queued are invisible to the courier and to digests until it is done.
VISIBLE = "(publication IS NULL OR publication IN (SELECT id FROM publications WHERE done = 1))"
# Status of an outbox row. Only "pending" rows are ever sent; "sent" is set after Telegram accepted the message.
PENDING, SENT, FAILED, DROPPED = "pending", "sent", "failed", "dropped"

# PostgreSQL: processes starting together take turns to migrate (held until the transaction ends).
MIGRATION_LOCK = "SELECT pg_advisory_xact_lock(hashtext('briefbot.migrate.' || current_schema()))"
Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = []
migration = MIGRATIONS.append  # each migration runs once, in order; PRAGMA user_version counts those applied


def _script(db: Connection, script: str) -> None:
    """Run SQL statements one by one: executescript() would commit the migration's transaction half-way."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_initial(db: Connection) -> None:
    """Subscribers, their topics, the outbox, digest items kept, reminders decided and the facts already announced."""
    _script(
        db,
        """
        CREATE TABLE subscribers (
            chat_id INTEGER PRIMARY KEY,
            chat_type TEXT NOT NULL DEFAULT 'private',
            lang TEXT NOT NULL DEFAULT 'fr',
            mode TEXT NOT NULL DEFAULT 'immediate' CHECK (mode IN ('immediate', 'digest')),
            digest_time TEXT,
            timezone TEXT NOT NULL DEFAULT 'Europe/Paris',
            next_digest_at TEXT,
            muted INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'gone')),
            created_at TEXT NOT NULL,
            last_delivered_at TEXT
        );
        CREATE TABLE subscriptions (
            chat_id INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
            topic TEXT NOT NULL,
            PRIMARY KEY (chat_id, topic)
        );
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            not_before TEXT NOT NULL,
            sent_at TEXT,
            error TEXT
        );
        CREATE INDEX outbox_pending ON outbox (not_before, id) WHERE status = 'pending';
        CREATE INDEX outbox_chat ON outbox (chat_id, status);
        CREATE TABLE digest_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE reminders (
            fact_id TEXT NOT NULL,
            due_at TEXT NOT NULL,
            ahead TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            recipients INTEGER NOT NULL,
            PRIMARY KEY (fact_id, due_at, ahead)
        );
        CREATE TABLE published_facts (
            fact_id TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            published_at TEXT NOT NULL
        );
        """,
    )


@migration
def m002_claims(db: Connection) -> None:
    """Claims: a pending message the courier took to send carries the time it was claimed (it may have gone out).

    The partial index holds only what the courier may still claim, so finding the next messages does not walk
    past the sent history.
    """
    _script(
        db,
        """
        ALTER TABLE outbox ADD COLUMN claimed_at TEXT;
        CREATE INDEX outbox_claimable ON outbox (id) WHERE status = 'pending' AND claimed_at IS NULL
        """,
    )


@migration
def m003_publications(db: Connection) -> None:
    """Publications queued in batches: their messages and digest items wait, unseen, until the publication is done.

    A fan-out to 100,000 subscribers is written in short transactions, so the bot keeps answering; the last one
    records the decision and marks the publication done, which is what lets the courier see its messages. A
    publication a crash left open is removed at the next start and decided again: nothing lost, nothing twice.
    """
    _script(
        db,
        """
        CREATE TABLE publications (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0
        );
        ALTER TABLE outbox ADD COLUMN publication INTEGER;
        ALTER TABLE digest_items ADD COLUMN publication INTEGER;
        CREATE INDEX outbox_history ON outbox (status, id) WHERE status != 'pending'
        """,
    )


@dataclass(frozen=True, slots=True)
class Reader:
    """What a fan-out needs of a subscriber who gets notifications (active, not muted), read without dates."""

    chat_id: int
    lang: str
    topics: frozenset[str]
    mode: Mode


@dataclass(frozen=True, slots=True)
class Subscriber:
    """A chat that subscribed, what it gets and how."""

    chat_id: int
    chat_type: str
    lang: str
    topics: frozenset[str]
    mode: Mode
    digest_time: str | None
    timezone: str
    next_digest_at: dt.datetime | None
    muted: bool
    status: Status
    created_at: dt.datetime
    last_delivered_at: dt.datetime | None

    @property
    def is_group(self) -> bool:
        """Groups get fewer messages a minute from Telegram than private chats."""
        return self.chat_type != "private"


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """One Telegram message waiting in, or gone through, the outbox."""

    id: int
    chat_id: int
    kind: str
    text: str
    status: str
    attempts: int
    created_at: dt.datetime
    not_before: dt.datetime
    sent_at: dt.datetime | None
    error: str | None
    claimed_at: dt.datetime | None = None  # set while the courier holds it: it may have gone out

    @property
    def in_flight(self) -> bool:
        """Claimed by a courier and not yet settled: sent or not, nobody may send it again."""
        return self.status == PENDING and self.claimed_at is not None


@dataclass(frozen=True, slots=True)
class Message:
    """A message to queue: for whom, of what kind, its HTML text."""

    chat_id: int
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts an operator wants: subscribers by status and topic, deliveries by status."""

    subscribers: dict[str, int]
    topics: dict[str, int]
    modes: dict[str, int]
    muted: int
    outbox: dict[str, int]
    digest_items: int


try:  # the errors a database may raise: SQLite's, and PostgreSQL's when psycopg is installed
    import psycopg

    DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, psycopg.Error)
except ImportError:  # pragma: no cover - SQLite only
    DB_ERRORS = (sqlite3.Error,)


class StoreUnavailable(Exception):
    """The database cannot be used; the message is one sentence naming the path and the fix."""


def unusable(path: Path, exc: BaseException | None = None) -> str | None:
    """Why a database path cannot serve, as one sentence with the fix; None when nothing is visibly wrong."""
    text = str(exc or "").lower()
    if path.is_dir():
        return f"{path} is a folder, not a database file: set BRIEFBOT_DB to a file, e.g. {path / 'briefbot.sqlite3'}"
    for parent in path.parents:
        if parent.exists() and not parent.is_dir():
            return (
                f"cannot create the database {path}: {parent} is a file, not a folder; "
                "set BRIEFBOT_DB to a path in a folder"
            )
    if "not a database" in text or "malformed" in text:
        return (
            f"{path} is not a SQLite database ({exc}): "
            "set BRIEFBOT_DB to the bot's database, or move this file away to start a new one"
        )
    if path.exists() and not os.access(path, os.W_OK) or "readonly" in text and path.exists():
        return (
            f"{path} is read-only: make it writable for the bot's user (chmod u+w, or a read-write mount) "
            "or set BRIEFBOT_DB elsewhere"
        )
    folder = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
    if folder is not None and not os.access(folder, os.W_OK):
        return (
            f"cannot use the database {path}: the folder {folder} is read-only (SQLite writes its -wal and -shm files "
            "beside the database); make it writable for the bot's user or set BRIEFBOT_DB to a writable place"
        )
    if exc is not None:
        return (
            f"cannot use the database {path} ({exc}): check BRIEFBOT_DB, the file's permissions and the free disk space"
        )
    return None


class Store:
    """The database behind subscriptions and deliveries (SQLite, or PostgreSQL for a URL); one transaction a write."""

    db: Connection

    def __init__(self, path: Path | str, *, readonly: bool = False, checkpoint_in_thread: bool = False) -> None:
        self.path = path
        self.postgres = is_postgres(path)
        if self.postgres:
            self._open_postgres(str(path), readonly)
            return
        try:
            self._open(path, readonly, checkpoint_in_thread)
        except (sqlite3.Error, OSError) as exc:
            if str(path) == ":memory:":
                raise
            raise StoreUnavailable(unusable(Path(path), exc)) from exc

    def _open(self, path: Path | str, readonly: bool, checkpoint_in_thread: bool) -> None:
        """Connect, set the connection up, migrate (or check the file is a database, read-only)."""
        if readonly:
            self.db = db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        else:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = db = sqlite3.connect(path, isolation_level=None)  # transactions are explicit: see transaction()
            self.db.execute("PRAGMA journal_mode = WAL")
            # Durable against a crash of the process (what a kill -9 is); an fsync on every commit is not needed.
            self.db.execute("PRAGMA synchronous = NORMAL")
            if checkpoint_in_thread:  # a checkpoint in a commit on the event loop stalls it 100 ms and more
                self.db.execute("PRAGMA wal_autocheckpoint = 0")
        db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA busy_timeout = 5000")  # the CLI may read while the bot writes
        if not readonly:
            self.migrate()
            with self.transaction():  # a read-only file or mount fails here, at start, not at the first delivery
                self.db.execute(f"PRAGMA user_version = {self.version}")
        else:
            self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a file that is no database fails here

    def _open_postgres(self, url: str, readonly: bool) -> None:
        """Connect to PostgreSQL and migrate (read-only: every transaction of this connection only reads)."""
        try:
            import psycopg
        except ImportError as exc:
            raise StoreUnavailable(
                "BRIEFBOT_DB is a PostgreSQL URL but psycopg is not installed: "
                f"pip install 'briefbot[postgresql]' ({exc})"
            ) from exc
        try:
            self.db = PgConnection(url, connect_timeout=10)
            if readonly:
                self.db.execute("SET default_transaction_read_only = on")
            else:
                self.migrate()
        except psycopg.Error as exc:
            raise StoreUnavailable(
                f"cannot use the database {redacted(url)} ({str(exc).strip()}): "
                "check BRIEFBOT_DB, the server and the user's rights"
            ) from exc

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database, on a connection of its own (call it in a worker thread)."""
        if str(self.path) == ":memory:" or self.postgres:  # PostgreSQL checkpoints by itself
            return
        own = sqlite3.connect(self.path, timeout=5)
        try:
            own.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            own.close()

    def backup(self, target: Path) -> None:
        """Copy the whole database to target with SQLite's online backup (consistent while others write)."""
        if not isinstance(self.db, sqlite3.Connection):
            raise StoreUnavailable("briefbot backup copies a SQLite file; back PostgreSQL up with pg_dump")
        copy = sqlite3.connect(target)
        try:
            self.db.backup(copy)
        finally:
            copy.close()

    @property
    def version(self) -> int:
        """How many migrations the database has had."""
        if self.postgres:
            row = self.db.execute("SELECT max(version) FROM schema_version").fetchone()
            return int(row[0] or 0)
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply the migrations this database has not had yet, each in its own transaction."""
        if self.postgres:  # PRAGMA user_version's counterpart; processes starting together migrate one after the other
            with self.transaction():
                self.db.execute(MIGRATION_LOCK)
                self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        for number, step in enumerate(MIGRATIONS, start=1):
            if number <= self.version:
                continue
            with self.transaction():
                if self.postgres:
                    self.db.execute(MIGRATION_LOCK)
                    if number <= self.version:  # another process applied it while this one waited
                        continue
                step(self.db)
                if self.postgres:
                    self.db.execute("INSERT INTO schema_version VALUES (?)", (number,))
                else:
                    self.db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Run a block as one transaction: all of it is written, or none of it."""
        if self.db.in_transaction:  # nested: the outer block commits
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            # A failed COMMIT (disk full, locked) leaves the transaction open: roll back, or every later write
            # would nest in it and never be committed. SQLite may already have rolled back by itself.
            if self.db.in_transaction:
                with suppress(*DB_ERRORS):
                    self.db.execute("ROLLBACK")
            raise

    # --- subscribers ------------------------------------------------------------------------------

    def subscribe(
        self, chat_id: int, topics: Iterable[str], *, lang: str, chat_type: str, now: dt.datetime
    ) -> Subscriber:
        """Add topics to a chat's subscription (creating it, or reviving a blocked one); return it."""
        with self.transaction() as db:
            db.execute(
                """INSERT INTO subscribers (chat_id, chat_type, lang, created_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (chat_id) DO UPDATE
                   SET lang = excluded.lang, chat_type = excluded.chat_type, status = 'active'""",
                (chat_id, chat_type, lang, iso(now)),
            )
            db.executemany(
                "INSERT OR IGNORE INTO subscriptions (chat_id, topic) VALUES (?, ?)", [(chat_id, t) for t in topics]
            )
        subscriber = self.subscriber(chat_id)
        assert subscriber is not None, "the chat was just written"
        return subscriber

    def unsubscribe(self, chat_id: int, topics: Iterable[str] | None = None) -> Subscriber | None:
        """Remove some topics, or all; a chat left with none is forgotten, with its pending messages."""
        with self.transaction() as db:
            if topics is None:
                db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
            else:
                db.executemany(
                    "DELETE FROM subscriptions WHERE chat_id = ? AND topic = ?", [(chat_id, t) for t in topics]
                )
            left = db.execute("SELECT count(*) FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone()[0]
            if not left:
                db.execute("DELETE FROM subscribers WHERE chat_id = ?", (chat_id,))
                db.execute(
                    "UPDATE outbox SET status = 'dropped', error = 'unsubscribed'"
                    " WHERE chat_id = ? AND status = 'pending' AND kind != 'admin'",
                    (chat_id,),
                )
        return self.subscriber(chat_id)

    def subscriber(self, chat_id: int) -> Subscriber | None:
        """One chat's subscription, or None."""
        row = self.db.execute("SELECT * FROM subscribers WHERE chat_id = ?", (chat_id,)).fetchone()
        return self._subscriber(row) if row else None

    def subscribers(self, *, active_only: bool = True) -> list[Subscriber]:
        """Every subscriber (those Telegram still delivers to, by default), oldest first."""
        where = "WHERE status = 'active'" if active_only else ""
        topics: dict[int, set[str]] = {}
        for chat_id, topic in self.db.execute("SELECT chat_id, topic FROM subscriptions"):
            topics.setdefault(chat_id, set()).add(topic)
        rows = self.db.execute(f"SELECT * FROM subscribers {where} ORDER BY created_at, chat_id")
        return [self._subscriber(row, topics.get(row["chat_id"], ())) for row in rows]

    def set_digest(
        self, chat_id: int, at: str | None, timezone: str | None, next_at: dt.datetime | None, *, now: dt.datetime
    ) -> None:
        """Switch a chat to a daily digest at `at` (HH:MM, in timezone), or back to immediate delivery (None)."""
        with self.transaction() as db:
            if at is None:
                db.execute(
                    "UPDATE subscribers SET mode = 'immediate', digest_time = NULL, next_digest_at = NULL"
                    " WHERE chat_id = ?",
                    (chat_id,),
                )
                self._flush_digest(chat_id, now)
            else:
                db.execute(
                    "UPDATE subscribers SET mode = 'digest', digest_time = ?, timezone = ?, next_digest_at = ?"
                    " WHERE chat_id = ?",
                    (at, timezone or DEFAULT_TIMEZONE, iso(next_at) if next_at else None, chat_id),
                )

    def set_muted(self, chat_id: int, muted: bool) -> None:
        """Mute or unmute a chat's notifications."""
        with self.transaction() as db:
            db.execute("UPDATE subscribers SET muted = ? WHERE chat_id = ?", (int(muted), chat_id))

    def retire(self, chat_id: int, status: Status, reason: str) -> None:
        """Stop delivering to a chat Telegram refuses (blocked the bot, deleted): drop what was pending for it."""
        with self.transaction() as db:
            db.execute("UPDATE subscribers SET status = ? WHERE chat_id = ?", (status.value, chat_id))
            db.execute(
                "UPDATE outbox SET status = 'dropped', error = ? WHERE chat_id = ? AND status = 'pending'",
                (reason[:500], chat_id),
            )

    def migrate_chat(self, old: int, new: int) -> None:
        """Follow a group that became a supergroup: its subscription and pending messages move to the new id."""
        with self.transaction() as db:
            if self.subscriber(new) is None:
                db.execute("UPDATE subscribers SET chat_id = ?, chat_type = 'supergroup' WHERE chat_id = ?", (new, old))
            else:  # already subscribed under the new id: keep that one
                db.execute("DELETE FROM subscribers WHERE chat_id = ?", (old,))
            db.execute("UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND status = 'pending'", (new, old))

    # --- the outbox -------------------------------------------------------------------------------

    def queue(self, messages: Iterable[Message], *, now: dt.datetime, publication: int | None = None) -> int:
        """Queue messages for delivery (inside the caller's transaction, if any); return how many."""
        at = iso(now)
        rows = [(m.chat_id, m.kind, m.text, at, at, publication) for m in messages]
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO outbox (chat_id, kind, text, created_at, not_before, publication)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def open_publication(self, now: dt.datetime) -> int:
        """Start a publication queued in batches; its rows stay invisible until close_publication."""
        with self.transaction() as db:
            row = db.execute("INSERT INTO publications (started_at) VALUES (?) RETURNING id", (iso(now),)).fetchone()
            return int(row[0])

    def close_publication(self, publication: int) -> None:
        """Make a publication's messages and digest items visible (in the transaction that records its decision)."""
        with self.transaction() as db:
            db.execute("UPDATE publications SET done = 1 WHERE id = ?", (publication,))

    def abandon_publications(self) -> int:
        """Remove what publications left open by a crash had queued (they are decided again); return how many."""
        with self.transaction() as db:
            open_ = [row[0] for row in db.execute("SELECT id FROM publications WHERE done = 0")]
            for publication in open_:
                db.execute("DELETE FROM outbox WHERE publication = ?", (publication,))
                db.execute("DELETE FROM digest_items WHERE publication = ?", (publication,))
                db.execute("DELETE FROM publications WHERE id = ?", (publication,))
        return len(open_)

    def readers(self, batch: int = 2000) -> Iterator[list[Reader]]:
        """Subscribers who get notifications (active, not muted), by chat id, a page at a time (lazily, no dates)."""
        after = -(2**63)
        page = """SELECT chat_id, lang, mode FROM subscribers WHERE status = 'active' AND muted = 0 AND chat_id > ?
                  ORDER BY chat_id LIMIT ?"""
        topics_of = "SELECT chat_id, topic FROM subscriptions WHERE chat_id BETWEEN ? AND ?"
        while True:
            rows = self.db.execute(page, (after, batch)).fetchall()
            if not rows:
                return
            topics: dict[int, set[str]] = {}
            for chat_id, topic in self.db.execute(topics_of, (rows[0][0], rows[-1][0])):
                topics.setdefault(chat_id, set()).add(topic)
            yield [
                Reader(chat_id, lang, frozenset(topics.get(chat_id, ())), Mode(mode))
                for chat_id, lang, mode in rows
                if chat_id in topics
            ]
            after = rows[-1][0]

    def due(self, now: dt.datetime, *, limit: int = 200) -> list[OutboxRow]:
        """Pending messages whose time has come and that no courier holds, in the order they were queued.

        A message behind a postponed one to the same chat waits for it: parts of a notice arrive in order.
        """
        query = f"""SELECT * FROM outbox AS o WHERE status = 'pending' AND claimed_at IS NULL AND not_before <= :now
                   AND {VISIBLE}
                   AND NOT EXISTS (SELECT 1 FROM outbox AS p WHERE p.chat_id = o.chat_id AND p.status = 'pending'
                                   AND p.id < o.id AND p.not_before > :now)
                   ORDER BY id LIMIT :limit"""
        return [self._outbox_row(row) for row in self.db.execute(query, {"now": iso(now), "limit": limit})]

    def claim(self, now: dt.datetime, limit: int) -> list[OutboxRow]:
        """Take the next due messages for sending: each marked claimed (time, one more attempt) before it goes out."""
        query = f"""SELECT id, chat_id, kind, text, attempts FROM outbox AS o
                   WHERE status = 'pending' AND claimed_at IS NULL AND not_before <= :now AND {VISIBLE}
                   AND NOT EXISTS (SELECT 1 FROM outbox AS p WHERE p.chat_id = o.chat_id AND p.status = 'pending'
                                   AND p.id < o.id AND p.not_before > :now)
                   ORDER BY id LIMIT :limit"""
        with self.transaction() as db:
            found = db.execute(query, {"now": iso(now), "limit": limit}).fetchall()
            db.executemany(
                "UPDATE outbox SET claimed_at = ?, attempts = attempts + 1 WHERE id = ?",
                [(iso(now), r[0]) for r in found],
            )
        # Only what sending needs is read (parsing three dates a row cost more than the claim at 1,000 a second).
        return [
            OutboxRow(i, chat, kind, text, PENDING, attempts + 1, now, now, None, None, now)
            for i, chat, kind, text, attempts in found
        ]

    def release(self, row_ids: Iterable[int], *, unsent: bool = True) -> None:
        """Put claimed messages back in the queue; `unsent` when they surely did not go out (the attempt taken back)."""
        undo = 1 if unsent else 0
        with self.transaction() as db:
            db.executemany(
                "UPDATE outbox SET claimed_at = NULL, attempts = CASE WHEN attempts > 0 THEN attempts - ? ELSE 0 END"
                " WHERE id = ? AND status = 'pending'",
                [(undo, i) for i in row_ids],
            )

    def release_claims(self) -> int:
        """Put back every claim left by a courier that stopped without settling it (a crash): return how many.

        Those messages may have gone out: sending them again is the price of losing none (at most the window).
        """
        with self.transaction() as db:
            return db.execute(
                "UPDATE outbox SET claimed_at = NULL WHERE status = 'pending' AND claimed_at IS NOT NULL"
            ).rowcount

    def next_due(self) -> dt.datetime | None:
        """When the earliest pending message may be sent."""
        value = self.db.execute("SELECT min(not_before) FROM outbox WHERE status = 'pending'").fetchone()[0]
        return from_iso(value) if value else None

    def next_after(self, now: dt.datetime) -> dt.datetime | None:
        """When the next postponed message, not claimed, comes due (after now)."""
        query = "SELECT min(not_before) FROM outbox WHERE status = 'pending' AND claimed_at IS NULL AND not_before > ?"
        value = self.db.execute(query, (iso(now),)).fetchone()[0]
        return from_iso(value) if value else None

    def mark_sent(self, row_id: int, now: dt.datetime) -> None:
        """Record that Telegram accepted a message."""
        with self.transaction() as db:
            db.execute("UPDATE outbox SET status = 'sent', sent_at = ?, error = NULL WHERE id = ?", (iso(now), row_id))
            db.execute(
                "UPDATE subscribers SET last_delivered_at = ?"
                " WHERE chat_id = (SELECT chat_id FROM outbox WHERE id = ?)",
                (iso(now), row_id),
            )

    def postpone(self, row_id: int, until: dt.datetime, error: str) -> None:
        """Try a message again later (its claim is released; the failed try was counted when it was claimed)."""
        with self.transaction() as db:
            db.execute(
                "UPDATE outbox SET not_before = ?, error = ?, claimed_at = NULL WHERE id = ?",
                (iso(until), error[:500], row_id),
            )

    def fail(self, row_id: int, error: str) -> None:
        """Give up on a message Telegram will never accept; it stays visible to `briefbot outbox`."""
        with self.transaction() as db:
            db.execute("UPDATE outbox SET status = 'failed', error = ? WHERE id = ?", (error[:500], row_id))

    def retry_failed(self, now: dt.datetime) -> int:
        """Put every failed message back in the queue (after an operator fixed the cause); return how many."""
        with self.transaction() as db:
            return db.execute(
                "UPDATE outbox SET status = 'pending', attempts = 0, claimed_at = NULL, not_before = ?"
                " WHERE status = 'failed'",
                (iso(now),),
            ).rowcount

    def prune(self, before: dt.datetime, *, limit: int = 5000) -> int:
        """Forget delivered, dropped and failed messages queued before `before`, oldest first, at most `limit`."""
        query = """DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE status IN ('sent', 'dropped', 'failed')
                   AND created_at < ? ORDER BY id LIMIT ?)"""
        with self.transaction() as db:
            return db.execute(query, (iso(before), limit)).rowcount

    def outbox(self, status: str, *, limit: int = 20) -> list[OutboxRow]:
        """The latest messages of one status."""
        query = "SELECT * FROM outbox WHERE status = ? ORDER BY id DESC LIMIT ?"
        return [self._outbox_row(row) for row in self.db.execute(query, (status, limit))]

    # --- digests and reminders --------------------------------------------------------------------

    def add_digest_items(
        self, items: Iterable[tuple[int, str]], now: dt.datetime, *, publication: int | None = None
    ) -> None:
        """Keep notifications for digest subscribers until their hour: (chat_id, HTML text)."""
        with self.transaction() as db:
            rows = [(c, t, iso(now), publication) for c, t in items]
            db.executemany(
                "INSERT INTO digest_items (chat_id, text, created_at, publication) VALUES (?, ?, ?, ?)", rows
            )

    def digests_due(self, now: dt.datetime) -> list[Subscriber]:
        """Digest subscribers whose hour has come."""
        query = (
            "SELECT * FROM subscribers WHERE mode = 'digest' AND status = 'active' AND next_digest_at <= ?"
            " ORDER BY next_digest_at"
        )
        return [self._subscriber(row) for row in self.db.execute(query, (iso(now),))]

    def take_digest(self, chat_id: int) -> list[str]:
        """The texts kept for a chat's digest, oldest first (removed by close_digest in the same transaction)."""
        query = f"SELECT text FROM digest_items WHERE chat_id = ? AND {VISIBLE} ORDER BY id"
        return [row[0] for row in self.db.execute(query, (chat_id,))]

    def close_digest(self, chat_id: int, next_at: dt.datetime) -> None:
        """Forget a chat's kept items and set its next digest time (call inside the transaction that queued them)."""
        with self.transaction() as db:
            db.execute(f"DELETE FROM digest_items WHERE chat_id = ? AND {VISIBLE}", (chat_id,))
            db.execute("UPDATE subscribers SET next_digest_at = ? WHERE chat_id = ?", (iso(next_at), chat_id))

    def _flush_digest(self, chat_id: int, now: dt.datetime) -> None:
        """Move a chat's kept digest items to the outbox (when it leaves digest mode)."""
        texts = self.take_digest(chat_id)
        self.db.execute(f"DELETE FROM digest_items WHERE chat_id = ? AND {VISIBLE}", (chat_id,))
        self.queue((Message(chat_id, "update", text) for text in texts), now=now)

    def reminder_queued(self, fact_id: str, due_at: dt.datetime, ahead: str) -> bool:
        """Whether this reminder was already decided (and so must not be queued again)."""
        query = "SELECT 1 FROM reminders WHERE fact_id = ? AND due_at = ? AND ahead = ?"
        return self.db.execute(query, (fact_id, iso(due_at), ahead)).fetchone() is not None

    def record_reminder(self, fact_id: str, due_at: dt.datetime, ahead: str, recipients: int, now: dt.datetime) -> None:
        """Note that a reminder was queued (inside the transaction that queued it)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reminders VALUES (?, ?, ?, ?, ?)", (fact_id, iso(due_at), ahead, iso(now), recipients)
            )

    def published(self) -> dict[str, str]:
        """The facts subscribers were told about (or that were there before anyone subscribed): id -> fingerprint."""
        return dict(self.db.execute("SELECT fact_id, fingerprint FROM published_facts").fetchall())

    def record_published(self, fingerprints: dict[str, str], now: dt.datetime) -> None:
        """Make fingerprints the published state (inside the transaction that queued the notifications)."""
        with self.transaction() as db:
            db.execute("DELETE FROM published_facts")
            db.executemany(
                "INSERT INTO published_facts VALUES (?, ?, ?)", [(f, p, iso(now)) for f, p in fingerprints.items()]
            )

    # --- counts -------------------------------------------------------------------------------------

    def stats(self) -> Stats:
        """Subscribers by status, topic and mode; messages by status; digest items kept."""
        db = self.db
        statuses = dict(db.execute("SELECT status, count(*) FROM subscribers GROUP BY status").fetchall())
        topics = dict(
            db.execute(
                "SELECT topic, count(*) FROM subscriptions JOIN subscribers USING (chat_id) WHERE status = 'active'"
                " GROUP BY topic ORDER BY count(*) DESC, topic"
            ).fetchall()
        )
        modes = dict(
            db.execute("SELECT mode, count(*) FROM subscribers WHERE status = 'active' GROUP BY mode").fetchall()
        )
        muted = db.execute("SELECT count(*) FROM subscribers WHERE status = 'active' AND muted = 1").fetchone()[0]
        outbox = dict(db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
        items = db.execute("SELECT count(*) FROM digest_items").fetchone()[0]
        return Stats(
            {s.value: statuses.get(s.value, 0) for s in Status},
            topics,
            modes,
            muted,
            {s: outbox.get(s, 0) for s in (PENDING, SENT, FAILED, DROPPED)},
            items,
        )

    # --- rows to values -----------------------------------------------------------------------------

    def _subscriber(self, row: Record, topics: Iterable[str] | None = None) -> Subscriber:
        if topics is None:
            topics = [
                r[0] for r in self.db.execute("SELECT topic FROM subscriptions WHERE chat_id = ?", (row["chat_id"],))
            ]
        return Subscriber(
            chat_id=row["chat_id"],
            chat_type=row["chat_type"],
            lang=row["lang"],
            topics=frozenset(topics),
            mode=Mode(row["mode"]),
            digest_time=row["digest_time"],
            timezone=row["timezone"],
            next_digest_at=from_iso(row["next_digest_at"]),
            muted=bool(row["muted"]),
            status=Status(row["status"]),
            created_at=read_iso(row["created_at"]),
            last_delivered_at=from_iso(row["last_delivered_at"]),
        )

    @staticmethod
    def _outbox_row(row: Record) -> OutboxRow:
        return OutboxRow(
            id=row["id"],
            chat_id=row["chat_id"],
            kind=row["kind"],
            text=row["text"],
            status=row["status"],
            attempts=row["attempts"],
            created_at=read_iso(row["created_at"]),
            not_before=read_iso(row["not_before"]),
            sent_at=from_iso(row["sent_at"]),
            error=row["error"],
            # Read-only, not migrated. keys(): `in` on a sqlite3.Row looks at its values, not its column names.
            claimed_at=from_iso(row["claimed_at"]) if "claimed_at" in row.keys() else None,  # noqa: SIM118
        )
