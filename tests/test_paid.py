"""Paid broadcasts: the setting, and the courier's sends carrying allow_paid_broadcast to the Bot API."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clock import utcnow
from bot.config import load_settings
from bot.delivery.store import Message, Store
from bot.tg.app import build_application, start_services, stop_services
from tests.fakeapi import FakeBotApi
from tests.tg.test_app import fake  # noqa: F401 - fixture


def test_paid_broadcasts_raise_the_default_rate_and_window():
    """BRIEFBOT_PAID_BROADCAST=1 sends at up to 1,000 a second, with a window that fills it at a 200 ms round trip."""
    plain = load_settings({})
    assert (plain.paid_broadcast, plain.send_rate, plain.send_window) == (False, 30.0, 16)
    paid = load_settings({"BRIEFBOT_PAID_BROADCAST": "1"})
    assert (paid.paid_broadcast, paid.send_rate, paid.send_window) == (True, 1000.0, 200)
    tuned = load_settings({"BRIEFBOT_PAID_BROADCAST": "yes", "BRIEFBOT_SEND_RATE": "300", "BRIEFBOT_SEND_WINDOW": "40"})
    assert (tuned.send_rate, tuned.send_window) == (300.0, 40)
    with pytest.raises(ValueError, match="BRIEFBOT_PAID_BROADCAST"):
        load_settings({"BRIEFBOT_PAID_BROADCAST": "maybe"})


@pytest.mark.parametrize("paid", [True, False])
async def test_the_courier_asks_for_paid_broadcast_only_when_set(
    fake: FakeBotApi, answerer, tmp_path: Path, paid: bool
):  # noqa: F811
    store = Store(tmp_path / "bot.sqlite3")
    for chat in (1, 2):
        store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    app = build_application(
        answerer, token=fake.token, base_url=fake.base_url, store=store, paid_broadcast=paid, send_rate=100
    )
    async with app:
        await start_services(app)
        store.queue([Message(chat, "announcement", "hello") for chat in (1, 2)], now=utcnow())
        app.bot_data.courier.wake()
        await fake.wait_for(lambda: len(fake.sent()) == 2, timeout=10)
        await stop_services(app)
    assert all((c.params.get("allow_paid_broadcast") == "true") is paid for c in fake.sent())
    assert store.stats().outbox["sent"] == 2
