"""The SQLite store: migrations, subscriptions, the outbox's states, and a database that outlives its process."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from bot.delivery.store import MIGRATIONS, Message, Status, Store

NOW = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(database: str) -> Store:
    """A fresh store: SQLite in memory, then PostgreSQL."""
    return Store(database)


def test_new_database_is_migrated_in_wal_mode(tmp_path: Path):
    """A file database gets every migration once, WAL journaling, and keeps its rows when reopened."""
    path = tmp_path / "data" / "bot.sqlite3"
    store = Store(path)
    assert store.version == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.subscribe(7, ["meeting"], lang="en", chat_type="private", now=NOW)
    store.close()
    again = Store(path)
    assert again.version == len(MIGRATIONS)
    assert again.subscriber(7).topics == {"meeting"}


def test_a_later_migration_runs_once_on_an_old_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Adding a migration upgrades existing databases in place, and only once."""
    path = tmp_path / "bot.sqlite3"
    Store(path).close()
    runs: list[int] = []

    def m002_note(db: sqlite3.Connection) -> None:
        runs.append(1)
        db.execute("ALTER TABLE subscribers ADD COLUMN note TEXT")

    monkeypatch.setattr("bot.delivery.store.MIGRATIONS", [*MIGRATIONS, m002_note])
    Store(path).close()
    store = Store(path)
    assert runs == [1] and store.version == len(MIGRATIONS) + 1
    assert "note" in [row[1] for row in store.db.execute("PRAGMA table_info(subscribers)")]


def test_failed_migration_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A migration that breaks half-way is rolled back whole: no half-applied schema, version unchanged."""
    path = tmp_path / "bot.sqlite3"
    Store(path).close()

    def m002_broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr("bot.delivery.store.MIGRATIONS", [*MIGRATIONS, m002_broken])
    with pytest.raises(RuntimeError):
        Store(path)
    monkeypatch.setattr("bot.delivery.store.MIGRATIONS", MIGRATIONS)
    store = Store(path)
    assert store.version == len(MIGRATIONS)
    assert store.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0


def test_subscribe_adds_topics_and_repeating_it_is_harmless(store: Store):
    """Subscribing twice keeps one subscriber; topics accumulate; language follows the latest command."""
    store.subscribe(1, ["meeting"], lang="fr", chat_type="private", now=NOW)
    subscriber = store.subscribe(1, ["meeting", "person:putin"], lang="en", chat_type="private", now=NOW)
    assert subscriber.topics == {"meeting", "person:putin"} and subscriber.lang == "en"
    assert len(store.subscribers()) == 1


def test_unsubscribing_from_everything_forgets_the_chat_and_its_pending_messages(store: Store):
    """The last topic gone, the chat is forgotten and what was queued for it is dropped, not sent."""
    store.subscribe(1, ["meeting", "sanction"], lang="fr", chat_type="private", now=NOW)
    store.queue([Message(1, "update", "x")], now=NOW)
    assert store.unsubscribe(1, ["meeting"]).topics == {"sanction"}
    assert store.due(NOW)
    assert store.unsubscribe(1, ["sanction"]) is None
    assert store.due(NOW) == [] and store.stats().outbox["dropped"] == 1


def test_retired_chat_gets_nothing_and_can_come_back(store: Store):
    """A chat that blocked the bot is kept as blocked (for /stats), out of the audience, until it subscribes again."""
    store.subscribe(1, ["all"], lang="fr", chat_type="private", now=NOW)
    store.queue([Message(1, "update", "x")], now=NOW)
    store.retire(1, Status.BLOCKED, "Forbidden: bot was blocked by the user")
    assert store.subscribers() == [] and store.due(NOW) == []
    assert store.stats().subscribers["blocked"] == 1
    assert store.subscribe(1, ["meeting"], lang="fr", chat_type="private", now=NOW).status == "active"


def test_chat_migration_moves_subscription_and_pending_messages(store: Store):
    """A group that became a supergroup keeps its topics and its queue under the new id."""
    store.subscribe(-5, ["summit"], lang="fr", chat_type="group", now=NOW)
    store.queue([Message(-5, "update", "x")], now=NOW)
    store.migrate_chat(-5, -1005)
    assert store.subscriber(-5) is None
    assert store.subscriber(-1005).topics == {"summit"}
    assert [row.chat_id for row in store.due(NOW)] == [-1005]


def test_outbox_row_lifecycle(store: Store):
    """Pending in order; postponed rows wait; sent and failed rows leave the queue; failed can be retried."""
    store.subscribe(1, ["all"], lang="fr", chat_type="private", now=NOW)
    store.queue([Message(1, "update", "a"), Message(1, "update", "b"), Message(2, "admin", "c")], now=NOW)
    first, second, third = store.due(NOW)
    assert [first.text, second.text, third.text] == ["a", "b", "c"]
    store.postpone(second.id, NOW + dt.timedelta(seconds=30), "network")
    store.mark_sent(first.id, NOW)
    store.fail(third.id, "Bad Request: message is too long")
    assert store.due(NOW) == [] and store.next_due() == NOW + dt.timedelta(seconds=30)
    assert [r.text for r in store.due(NOW + dt.timedelta(seconds=31))] == ["b"]
    assert store.subscriber(1).last_delivered_at == NOW
    assert store.outbox("failed")[0].error == "Bad Request: message is too long"
    assert store.retry_failed(NOW) == 1 and len(store.due(NOW + dt.timedelta(seconds=31))) == 2


def test_transaction_is_all_or_nothing(store: Store):
    """An error inside a transaction leaves nothing of it behind."""
    with pytest.raises(RuntimeError), store.transaction():
        store.queue([Message(1, "update", "a")], now=NOW)
        raise RuntimeError
    assert store.due(NOW) == []


def test_readonly_store_reads_while_a_writer_has_it_open(tmp_path: Path):
    """The operator's CLI opens the database read-only beside the running bot."""
    path = tmp_path / "bot.sqlite3"
    writer = Store(path)
    writer.subscribe(3, ["deadline"], lang="fr", chat_type="private", now=NOW)
    reader = Store(path, readonly=True)
    assert reader.stats().topics == {"deadline": 1}
    with pytest.raises(sqlite3.OperationalError):
        reader.subscribe(4, ["meeting"], lang="fr", chat_type="private", now=NOW)


def test_operator_commands_read_the_database_without_the_bot(tmp_path: Path, capsys: pytest.CaptureFixture):
    """`subscribers`, `outbox` and `backup` work on the file alone; a backup is a working database."""
    from bot.cli import main

    path = tmp_path / "bot.sqlite3"
    store = Store(path)
    store.subscribe(1, ["meeting", "person:putin"], lang="fr", chat_type="private", now=NOW)
    store.queue([Message(1, "update", "x"), Message(1, "update", "y")], now=NOW)
    store.fail(store.due(NOW)[0].id, "Bad Request: message is too long")
    assert main(["subscribers", "--db", str(path)]) == 0
    assert "1 active" in capsys.readouterr().out
    assert main(["outbox", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 pending" in out and "1 failed" in out and "message is too long" in out
    assert main(["backup", str(tmp_path / "copy.sqlite3"), "--db", str(path)]) == 0
    assert Store(tmp_path / "copy.sqlite3").subscriber(1).topics == {"meeting", "person:putin"}
    assert main(["backup", str(tmp_path / "copy.sqlite3"), "--db", str(path)]) == 1  # never overwrites
    assert main(["outbox", "--retry-failed", "--db", str(path)]) == 0
    assert len(store.due(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1))) == 2
    assert main(["subscribers", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "no database" in capsys.readouterr().err


def test_health_needs_a_recent_heartbeat(tmp_path: Path, capsys: pytest.CaptureFixture):
    """`briefbot health` fails without a heartbeat file or with a stale one, and passes with a fresh one."""
    import os
    import time

    from bot.cli import main

    db = tmp_path / "bot.sqlite3"
    assert main(["health", "--db", str(db)]) == 1
    beat = tmp_path / "briefbot.alive"
    beat.touch()
    assert main(["health", "--db", str(db)]) == 0
    os.utime(beat, (time.time() - 600, time.time() - 600))
    assert main(["health", "--db", str(db)]) == 1
    assert "600 s ago" in capsys.readouterr().err


def test_prune_forgets_old_history_but_not_pending_or_recent_failures(store: Store):
    """Retention: sent, dropped and failed messages older than the cut are deleted in bounded batches; pending stay."""
    from bot.delivery.store import Message

    old, recent = NOW - dt.timedelta(days=40), NOW - dt.timedelta(days=1)
    store.queue([Message(1, "update", f"old {i}") for i in range(5)], now=old)
    store.queue([Message(2, "update", "recent failure")], now=recent)
    rows = store.due(NOW, limit=10)
    for row in rows[:3]:
        store.mark_sent(row.id, old)
    store.fail(rows[3].id, "Bad Request")
    store.fail(rows[5].id, "Bad Request: recent")
    assert store.prune(NOW - dt.timedelta(days=30), limit=2) == 2  # bounded
    assert store.prune(NOW - dt.timedelta(days=30)) == 2
    assert store.stats().outbox == {"pending": 1, "sent": 0, "failed": 1, "dropped": 0}
    assert [r.error for r in store.outbox("failed")] == ["Bad Request: recent"]
