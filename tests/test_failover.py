"""Two `briefbot run --webhook-url` processes, one PostgreSQL database: both answer, one sends, the other takes over."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from collections.abc import Iterator

import pytest

from bot.clock import utcnow
from bot.delivery.store import Store
from tests.conftest import TEST_DATABASE_URL, postgres_schema_url
from tests.fakeapi import FakeBotApi, post_webhook_update
from tests.test_run import free_port, start_bot
from tests.tg.test_app import fake  # noqa: F401 - the fixture

SECRET = "failover-secret"
WINDOW = 8


@pytest.fixture
def shared_database() -> Iterator[str]:
    """A clean PostgreSQL schema for the processes to share (skipped without a test server)."""
    if not TEST_DATABASE_URL:
        pytest.skip("PostgreSQL: set BRIEFBOT_TEST_DATABASE_URL to a server's URL (.ci/run starts one)")
    yield from postgres_schema_url(TEST_DATABASE_URL)


def test_one_election_at_a_time_holds_the_lock_and_another_takes_it_when_it_goes(shared_database: str):
    """Two processes stand: the first holds the sender's lock, the second does not; the first closes (or dies, which
    closes its connection) and the second's next attempt takes it."""
    from bot.delivery.leader import Election

    first, second = Election(shared_database), Election(shared_database)
    try:
        assert first.attempt() is True and second.attempt() is False
        assert first.attempt() is True and second.attempt() is False  # holding is checked, not taken twice
        first.close()
        assert second.attempt() is True and first.attempt() is False
    finally:
        first.close()
        second.close()


def test_processes_starting_together_migrate_once(shared_database: str):
    """Migrations take an advisory lock: two stores opening a new database at once leave one history, not two."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        stores = list(pool.map(Store, [shared_database, shared_database]))
    from bot.delivery.store import MIGRATIONS

    assert [s.version for s in stores] == [len(MIGRATIONS)] * 2
    assert stores[0].db.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    for store in stores:
        store.close()


async def post_update(url: str, update: dict) -> None:
    """Deliver an update to a process's webhook with the processes' secret."""
    await post_webhook_update(url, update, SECRET)


async def test_the_second_process_takes_over_a_broadcast_when_the_sender_is_killed(
    fake: FakeBotApi, shared_database: str
):  # noqa: F811
    """Process A is elected the sender; an announcement posted to B (which only answers) goes out through A; A is
    killed with SIGKILL half-way; B takes the lock within seconds and finishes: every subscriber gets it, at most
    the window twice."""
    store = Store(shared_database)
    with store.transaction():
        for chat in range(1, 301):
            store.subscribe(chat, ["all"], lang="fr" if chat % 2 else "en", chat_type="private", now=utcnow())
    settings = {
        "BRIEFBOT_ADMINS": "999",
        "BRIEFBOT_SEND_RATE": "60",
        "BRIEFBOT_SEND_WINDOW": str(WINDOW),
        "BRIEFBOT_WEBHOOK_SECRET": SECRET,
    }

    def deliveries() -> Counter:
        return Counter(int(c.params["chat_id"]) for c in fake.sent() if int(c.params["chat_id"]) != 999)

    port_a, port_b = free_port(), free_port()
    hook_a, hook_b = f"http://127.0.0.1:{port_a}/hook", f"http://127.0.0.1:{port_b}/hook"
    first = await start_bot(fake, shared_database, "--webhook-url", hook_a, "--port", str(port_a), **settings)  # type: ignore[arg-type]
    second = None
    try:
        await fake.wait_for(lambda: any(c.method == "setWebhook" for c in fake.calls), timeout=30)
        await post_update(hook_a, {"update_id": 1, "message": fake.message("/start", chat_id=7, user_id=7)})  # A is up
        await fake.wait_for(lambda: bool(fake.sent(7)), timeout=30)
        second = await start_bot(fake, shared_database, "--webhook-url", hook_b, "--port", str(port_b), **settings)  # type: ignore[arg-type]
        await post_update(
            hook_b, {"update_id": 2, "message": fake.message("Quand expire l'ultimatum ?", chat_id=8, user_id=8)}
        )
        await fake.wait_for(lambda: bool(fake.sent(8)), timeout=30)  # B answers readers too
        assert "8 août 2025" in fake.sent(8)[0].params["text"]
        await post_update(
            hook_b,
            {
                "update_id": 3,
                "message": fake.message("/announce Conférence de presse à 18 h", chat_id=999, user_id=999),
            },
        )
        await fake.wait_for(lambda: sum(deliveries().values()) >= 60, timeout=30)
        first.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        await asyncio.wait_for(first.communicate(), 30)
        at_kill = sum(deliveries().values())
        assert at_kill < 300, "the broadcast finished before the kill: nothing was tested"
        await fake.wait_for(lambda: sum(deliveries().values()) > at_kill + WINDOW, timeout=30)
        resumed = time.monotonic() - killed
        await fake.wait_for(lambda: len(deliveries()) == 300, timeout=60)
        await fake.settle(0.5)
    finally:
        if first.returncode is None:
            first.kill()
        print("A:", (await first.communicate())[1].decode()[-3000:])
        if second is not None:
            second.send_signal(signal.SIGTERM)
            _, stderr = await asyncio.wait_for(second.communicate(), 30)
    assert second.returncode == 0
    assert "elected the sender" in stderr.decode()
    assert resumed < 15, f"B resumed the broadcast {resumed:.1f} s after A died"
    counts = deliveries()
    print(
        f"killed after {at_kill} deliveries; B resumed {resumed:.1f} s later; {sum(counts.values()) - 300} sent twice"
    )
    assert set(counts) == set(range(1, 301))
    twice = [chat for chat, n in counts.items() if n > 1]
    assert len(twice) <= WINDOW and max(counts.values()) <= 2, f"sent twice: {twice}"
    stats = store.stats()
    assert stats.outbox["pending"] == 0 and stats.outbox["sent"] == 300
    store.close()


def test_a_store_whose_connection_the_server_cut_reconnects_for_the_next_statement(shared_database: str):
    """The server ends the store's session (a restart, an administrator): the statement under way fails with a
    database error the courier knows, nothing half-written stays, and the next transaction works on a new connection."""
    import psycopg

    from bot.delivery.store import DB_ERRORS, Message

    store = Store(shared_database)
    store.subscribe(1, ["all"], lang="fr", chat_type="private", now=utcnow())
    pid = store.db.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(shared_database, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(DB_ERRORS), store.transaction():
        store.queue([Message(1, "update", "lost with the connection")], now=utcnow())
    store.queue([Message(1, "update", "after")], now=utcnow())
    assert [row.text for row in store.due(utcnow())] == ["after"]
    store.close()
