"""`briefbot run` as operators start it: a process long-polling a Bot API (here the fake one)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from .fakeapi import TOKEN, FakeBotApi
from .test_telegram import fake  # noqa: F401 - the fixture


async def start_bot(fake: FakeBotApi, db: Path, token: str = TOKEN, **settings: str) -> asyncio.subprocess.Process:  # noqa: F811
    """Start `python -m bot run` against the fake server, with its database at db."""
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
        sys.executable, "-m", "bot", "run", env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )


async def test_run_answers_a_question_end_to_end(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """The bot process publishes its menus, answers a question, and stops cleanly on SIGTERM; the token is never logged."""
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


async def test_kill_during_a_broadcast_then_restart_loses_nobody(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """kill -9 half-way through an announcement to 300 subscribers; the restarted bot finishes it.

    Every subscriber gets the message; at most the one in flight at the kill arrives twice.
    """
    from collections import Counter

    from bot.clock import utcnow
    from bot.store import Store

    db = tmp_path / "bot.sqlite3"
    store = Store(db)
    for chat in range(1, 301):
        store.subscribe(chat, ["all"], lang="fr" if chat % 2 else "en", chat_type="private", now=utcnow())
    store.close()
    settings = {"BRIEFBOT_ADMINS": "999", "BRIEFBOT_SEND_RATE": "100"}

    def deliveries() -> Counter:
        return Counter(int(c.params["chat_id"]) for c in fake.sent() if int(c.params["chat_id"]) != 999)

    first = await start_bot(fake, db, **settings)
    try:
        await fake.wait_for(lambda: any(c.method == "setMyCommands" for c in fake.calls), timeout=30)
        fake.text("/announce Conférence de presse à 18 h", chat_id=999, user_id=999)
        await fake.wait_for(lambda: len(deliveries()) >= 60, timeout=30)
    finally:
        first.kill()
        await first.wait()
    at_kill = len(deliveries())
    assert at_kill < 300, "the broadcast finished before the kill: nothing was tested"
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
    assert sum(n - 1 for n in counts.values()) <= 1, f"sent twice: {[c for c, n in counts.items() if n > 1]}"
    stats = Store(db, readonly=True).stats()
    assert stats.outbox["pending"] == 0 and stats.outbox["sent"] == 300
