"""`briefbot run` as operators start it: a process long-polling a Bot API (here the fake one)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from pathlib import Path

import pytest

from bot.clock import utcnow
from bot.delivery.store import Store
from tests.fakeapi import TOKEN, FakeBotApi
from tests.tg.test_app import fake  # noqa: F401 - the fixture


async def start_bot(
    fake: FakeBotApi, db: Path, *options: str, token: str = TOKEN, preexec_fn=None, **settings: str
) -> asyncio.subprocess.Process:  # noqa: F811, ANN001
    """Start `python -m bot run [options]` against the fake server, with its database at db."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "NO_PROXY": "127.0.0.1",
        "BRIEFBOT_LOG_LEVEL": "INFO",
        "BRIEFBOT_DB": str(db),
        **settings,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        *options,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=preexec_fn,
    )


async def test_run_answers_a_question_end_to_end(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """The bot process publishes its menus, answers a question, stops cleanly on SIGTERM; the token is never logged."""
    process = await start_bot(fake, tmp_path / "bot.sqlite3")
    try:
        await fake.wait_for(lambda: any(c.method == "setMyCommands" for c in fake.calls), timeout=30)
        fake.text("Quand expire l'ultimatum ?")
        await fake.wait_for(lambda: bool(fake.sent()), timeout=30)
        assert "8 août 2025" in fake.sent()[0].params["text"]
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0
    assert TOKEN not in stderr.decode() and TOKEN.split(":")[1] not in stderr.decode()


async def test_rejected_token_is_one_sentence(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """A token the server refuses ends the process with a sentence, not a traceback, and without the token."""
    wrong = "999999:WRONG-TOKEN-abcdefghijklmnopqrstu"
    process = await start_bot(fake, tmp_path / "bot.sqlite3", token=wrong)
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    text = stderr.decode()
    assert process.returncode == 1
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in text
    assert "Traceback" not in text and wrong not in text


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["kill -9", "SIGTERM"])
async def test_stopping_during_a_broadcast_then_restarting_loses_nobody(
    fake: FakeBotApi, tmp_path: Path, stop: signal.Signals
):  # noqa: F811
    """Stop a bot half-way through an announcement to 300 subscribers; the restarted bot finishes it.

    After kill -9, at most the window (messages claimed and not yet recorded) arrives twice. SIGTERM is a clean
    stop: the messages in flight are finished and recorded, nothing is sent twice, the rest waits in the outbox.
    """
    db = tmp_path / "bot.sqlite3"
    store = Store(db)
    for chat in range(1, 301):
        store.subscribe(chat, ["all"], lang="fr" if chat % 2 else "en", chat_type="private", now=utcnow())
    store.close()
    window = 8
    settings = {"BRIEFBOT_ADMINS": "999", "BRIEFBOT_SEND_RATE": "100", "BRIEFBOT_SEND_WINDOW": str(window)}

    def deliveries() -> Counter:
        return Counter(int(c.params["chat_id"]) for c in fake.sent() if int(c.params["chat_id"]) != 999)

    first = await start_bot(fake, db, **settings)
    try:
        await fake.wait_for(lambda: any(c.method == "setMyCommands" for c in fake.calls), timeout=30)
        fake.text("/announce Conférence de presse à 18 h", chat_id=999, user_id=999)
        await fake.wait_for(lambda: len(deliveries()) >= 60, timeout=30)
    finally:
        first.send_signal(stop)
        await asyncio.wait_for(first.communicate(), 30)
    at_stop = sum(deliveries().values())
    assert at_stop < 300, "the broadcast finished before the stop: nothing was tested"
    if stop == signal.SIGTERM:
        assert first.returncode == 0
        stats = Store(db, readonly=True).stats()
        assert stats.outbox["sent"] == at_stop and stats.outbox["pending"] == 300 - at_stop
    second = await start_bot(fake, db, **settings)
    try:
        await fake.wait_for(lambda: len(deliveries()) == 300, timeout=60)
        await fake.settle(0.5)
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.communicate(), 30)
    assert second.returncode == 0
    counts = deliveries()
    assert set(counts) == set(range(1, 301))
    twice = [chat for chat, n in counts.items() if n > 1]
    assert len(twice) <= (window if stop == signal.SIGKILL else 0) and max(counts.values()) <= 2, f"sent twice: {twice}"
    stats = Store(db, readonly=True).stats()
    assert stats.outbox["pending"] == 0 and stats.outbox["sent"] == 300


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_mode_checks_the_secret_on_every_request(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """`run --webhook-url` registers the webhook with a secret; updates posted with it are answered, others refused."""
    import aiohttp

    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    process = await start_bot(
        fake,
        tmp_path / "bot.sqlite3",
        "--webhook-url",
        url,
        "--port",
        str(port),
        BRIEFBOT_WEBHOOK_SECRET="s3cret-token",
    )
    try:
        await fake.wait_for(lambda: any(c.method == "setWebhook" for c in fake.calls), timeout=30)
        hook = next(c for c in fake.calls if c.method == "setWebhook")
        assert hook.params["url"] == url and hook.params["secret_token"] == "s3cret-token"
        update = {"update_id": 1, "message": fake.message("Quand expire l'ultimatum ?")}
        async with aiohttp.ClientSession() as session:
            for _ in range(50):  # the server starts listening just after setWebhook
                try:
                    async with session.post(
                        url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
                    ) as refused:
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert refused.status == 403
            async with session.post(url, json={**update, "update_id": 2}) as missing:
                assert missing.status == 403
            await fake.settle(0.5)
            assert fake.sent() == []
            async with session.post(
                url, json={**update, "update_id": 3}, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            ) as accepted:
                assert accepted.status == 200
        await fake.wait_for(lambda: bool(fake.sent()), timeout=10)
        assert "8 août 2025" in fake.sent()[0].params["text"] and len(fake.sent()) == 1
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0


async def test_json_logs_one_line_per_event_with_ids_and_no_text_or_token(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """BRIEFBOT_LOG_FORMAT=json: every stderr line is a JSON object; an update's line has its ids, not its text."""
    import json

    db = tmp_path / "bot.sqlite3"
    process = await start_bot(fake, db, BRIEFBOT_LOG_FORMAT="json")
    try:
        await fake.wait_for(lambda: any(c.method == "setMyCommands" for c in fake.calls), timeout=30)
        fake.text("Quelle est la position secrète de Lavrov ?", chat_id=4242, user_id=77)
        await fake.wait_for(lambda: bool(fake.sent()), timeout=30)
        await asyncio.sleep(1.5)  # let the first tick touch the heartbeat
        health = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "health", "--db", str(db), stdout=asyncio.subprocess.PIPE
        )
        assert await health.wait() == 0
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    lines = stderr.decode().splitlines()
    events = [json.loads(line) for line in lines]  # every line parses
    update = next(e for e in events if e["message"].startswith("update:"))
    assert update["chat_id"] == 4242 and update["user_id"] == 77 and "update_id" in update
    assert "Lavrov" not in stderr.decode() and TOKEN.split(":")[1] not in stderr.decode()
    assert any("stopped" in e["message"] for e in events)


async def test_a_full_disk_stops_the_broadcast_without_sending_anything_twice(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """`briefbot run` under a file-size limit (a full disk): the courier stops when it cannot record deliveries, tells
    the operator, and nobody gets the announcement twice; restarted with room, it finishes the broadcast."""
    import resource

    db = tmp_path / "bot.sqlite3"
    store = Store(db)
    with store.transaction():
        for chat in range(1, 401):
            store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    store.close()
    limit = db.stat().st_size + FULL_DISK_ROOM
    settings = {"BRIEFBOT_ADMINS": "999", "BRIEFBOT_SEND_RATE": "200", "BRIEFBOT_SEND_WINDOW": "8"}

    def full_disk() -> None:  # in the child, before exec: no file may grow past `limit` bytes
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    def deliveries() -> Counter:
        return Counter(int(c.params["chat_id"]) for c in fake.sent() if int(c.params["chat_id"]) != 999)

    process = await start_bot(fake, db, preexec_fn=full_disk, **settings)
    try:
        await fake.wait_for(lambda: any(c.method == "setMyCommands" for c in fake.calls), timeout=30)
        fake.text("/announce Conférence de presse à 18 h", chat_id=999, user_id=999)
        await fake.wait_for(lambda: any("database" in c.params["text"] for c in fake.sent(999)), timeout=30)
        await fake.settle(4.0)  # a courier that loops would send the same messages again here
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    counts = deliveries()
    assert 0 < sum(counts.values()) < 400, f"{sum(counts.values())} delivered: the disk did not fill mid-broadcast"
    assert max(counts.values()) == 1, f"sent twice on a full disk: {[c for c, n in counts.items() if n > 1]}"
    assert "refused a write" in stderr.decode() and "Traceback" not in stderr.decode()
    before = sum(counts.values())
    second = await start_bot(fake, db, **settings)
    try:
        await fake.wait_for(lambda: len(deliveries()) == 400, timeout=60)
        await fake.settle(0.5)
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.communicate(), 30)
    counts = deliveries()
    assert set(counts) == set(range(1, 401))
    # The messages sent on the full disk whose delivery could not be recorded go again at the restart: at most the
    # window.
    assert sum(counts.values()) - 400 <= 8 and sum(counts.values()) >= before


FULL_DISK_ROOM = (
    300_000  # bytes a file may grow past the database's size: enough to queue the broadcast, not to deliver it
)
