"""Subscriptions end to end: the real Application, SQLite store and courier against the fake Bot API."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.answering.answers import Answerer
from bot.answering.served import ServedBriefs
from bot.config import DataPaths
from bot.conversation.flood import FloodGate
from bot.delivery.publisher import Publisher, reload
from bot.delivery.schedule import deadline_moment
from bot.delivery.store import Store
from bot.knowledge.loading import load_knowledge
from bot.tg.app import build_application, start_services, stop_services
from bot.tg.state import BriefApplication
from tests.conftest import BRIEFS, CORPUS
from tests.fakeapi import BOT, FakeBotApi
from tests.tg.test_app import assert_telegram_html, fake, reply_to  # noqa: F401 - fixture

ADMIN, OTHER_ADMIN = 99, 98
START = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)
NEW_SANCTION = """\
topic: sanction
facts:
  - id: sanction-test-new-threat
    title: {fr: Nouvelle menace de sanctions, en: New sanctions threat}
    summary:
      fr: Trump brandit de nouvelles sanctions contre Moscou.
      en: Trump brandishes new sanctions against Moscow.
    people: [trump]
    citations:
      - article: "001"
        quote: >-
          qui a mis en garde contre des sanctions supplémentaires si la Russie ne parvenait pas à un accord de paix
"""
DEADLINES = """\
topic: deadline
facts:
  - id: deadline-test-ahead
    title: {fr: Échéance test à venir, en: Upcoming test deadline}
    summary:
      fr: Une échéance de test tombe vers le 22 novembre 2026 à 18 h.
      en: A test deadline falls c. 22 November 2026 at 6 pm.
    due: 2026-11-22
    due_time: "18:00"
    citations:
      - article: "001"
        quote: >-
          qui a mis en garde contre des sanctions supplémentaires si la Russie ne parvenait pas à un accord de paix
"""


class Clock:
    """A clock tests move by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class Service:
    """The running bot and what tests look at."""

    fake: FakeBotApi
    app: BriefApplication
    clock: Clock
    data: DataPaths

    @property
    def publisher(self) -> Publisher:
        return self.app.bot_data.publisher

    @property
    def briefs(self) -> ServedBriefs:
        return self.app.bot_data.briefs

    @property
    def store(self) -> Store:
        return self.publisher.store

    def subscribe(self, chat_id: int, *topics: str, lang: str = "fr") -> None:
        self.store.subscribe(chat_id, topics, lang=lang, chat_type="private", now=self.clock())

    def add_brief(self, name: str, text: str) -> None:
        (self.data.briefs / name).write_text(text, encoding="utf-8")


def copy_data(root: Path, extra: dict[str, str] | None = None) -> DataPaths:
    """The project's briefs and corpus, copied so a test can change them (plus extra brief files)."""
    data = DataPaths(root / "briefs", root / "corpus")
    shutil.copytree(BRIEFS, data.briefs)
    shutil.copytree(CORPUS, data.corpus)
    for name, text in (extra or {}).items():
        (data.briefs / name).write_text(text, encoding="utf-8")
    return data


async def serve(fake: FakeBotApi, data: DataPaths, db: Path) -> AsyncIterator[Service]:  # noqa: F811
    """Run the Application with its services (publisher, courier) over data, long-polling the fake."""
    clock = Clock(START)
    answerer = Answerer(load_knowledge(data.briefs, data.corpus))
    app = build_application(
        answerer,
        token=fake.token,
        base_url=fake.base_url,
        store=Store(db),
        data=data,
        admins=frozenset({ADMIN, OTHER_ADMIN}),
        clock=clock,
        tick_seconds=3600,
        flood=FloodGate(rate=100, burst=100),
    )
    async with app:
        await app.start()
        await start_services(app)
        await app.updater.start_polling(timeout=1, poll_interval=0)
        yield Service(fake, app, clock, data)
        await app.updater.stop()
        await stop_services(app)
        await app.stop()


@pytest.fixture
async def service(fake: FakeBotApi, tmp_path: Path) -> AsyncIterator[Service]:  # noqa: F811
    """The bot over a copy of the real data."""
    async for running in serve(fake, copy_data(tmp_path), tmp_path / "bot.sqlite3"):
        yield running


def texts(fake: FakeBotApi, chat_id: int) -> list[str]:
    """What a chat received."""
    return [c.params["text"] for c in fake.sent(chat_id)]


# --- subscribing ---------------------------------------------------------------------------------------


async def test_subscribe_and_unsubscribe_by_command(service: Service):
    """Topics and people by name; the reply says what you get; /unsubscribe removes one topic, then all."""
    reply = await reply_to(service.fake, "/subscribe sanctions Vladimir Poutine")
    assert "Sanctions" in reply and "Vladimir Poutine" in reply and "/digest" in reply
    assert service.store.subscriber(42).topics == {"sanction", "person:putin"}
    assert "Cricket" not in await reply_to(service.fake, "/subscribe cricket")
    assert "cricket" in texts(service.fake, 42)[-1] and service.store.subscriber(42).topics == {
        "sanction",
        "person:putin",
    }
    assert "Vladimir Poutine" in await reply_to(service.fake, "/unsubscribe sanctions")
    assert service.store.subscriber(42).topics == {"person:putin"}
    assert "désabonné" in await reply_to(service.fake, "/unsubscribe")
    assert service.store.subscriber(42) is None


async def test_subscribe_with_buttons_in_english(service: Service):
    """/subscribe alone offers topic buttons; a press subscribes, the buttons tick it; a second press undoes it."""
    await reply_to(service.fake, "/subscribe", lang="en")
    buttons = [b for row in service.fake.sent(42)[-1].json("reply_markup")["inline_keyboard"] for b in row]
    assert [b["callback_data"] for b in buttons] == [
        "s:meeting",
        "s:deadline",
        "s:demand",
        "s:sanction",
        "s:summit",
        "s:all",
    ]
    service.fake.press("s:meeting", lang="en")
    await service.fake.wait_for(lambda: any(c.method == "editMessageText" for c in service.fake.calls))
    edit = next(c for c in service.fake.calls if c.method == "editMessageText")
    assert "You get: Meetings" in edit.params["text"]
    assert any(b["text"] == "✅ Meetings" for row in edit.json("reply_markup")["inline_keyboard"] for b in row)
    assert service.store.subscriber(42).lang == "en" and service.store.subscriber(42).topics == {"meeting"}
    service.fake.press("s:meeting", lang="en")
    await service.fake.wait_for(lambda: sum(c.method == "editMessageText" for c in service.fake.calls) == 2)
    assert service.store.subscriber(42) is None


async def test_subscriptions_digest_and_mute_commands(service: Service):
    """/subscriptions shows topics and mode; /digest sets the hour (time zone optional); /mute pauses."""
    assert "Vous n'êtes abonné à rien" in await reply_to(service.fake, "/subscriptions")
    await reply_to(service.fake, "/subscribe summit")
    assert "22 novembre 2026, 07:30" in await reply_to(service.fake, "/digest 7h30")  # Paris time, next morning
    assert "America/New_York" in await reply_to(service.fake, "/digest 9:00 america/new_york")
    assert "Fuseau horaire inconnu" in await reply_to(service.fake, "/digest 9:00 Mars/Olympus")
    assert "Indiquez une heure" in await reply_to(service.fake, "/digest plus tard")
    assert "En pause" not in await reply_to(service.fake, "/subscriptions")
    await reply_to(service.fake, "/mute")
    status = await reply_to(service.fake, "/subscriptions")
    assert "Sommet Trump–Poutine" in status and "à 09:00 (America/New_York)" in status and "En pause" in status
    await reply_to(service.fake, "/unmute")
    assert not service.store.subscriber(42).muted


# --- reloads -----------------------------------------------------------------------------------------------


async def test_reload_notifies_exactly_the_matching_subscribers_in_their_language(service: Service):
    """A new sanction fact naming Trump reaches sanctions and Trump subscribers, in French or English; no one else."""
    service.subscribe(1, "sanction")
    service.subscribe(2, "sanction", lang="en")
    service.subscribe(3, "person:trump", lang="en")
    service.subscribe(4, "meeting")
    service.subscribe(5, "all")
    service.store.set_muted(5, True)
    service.add_brief("sanctions-new.yaml", NEW_SANCTION)
    report = await reply_to(service.fake, "/reload", chat_id=ADMIN, user_id=ADMIN)
    assert "Rechargement" in report
    await service.fake.wait_for(lambda: any("rechargés" in t for t in texts(service.fake, ADMIN)))
    assert "1 faits ajoutés" in texts(service.fake, ADMIN)[-1]
    await service.fake.wait_for(lambda: all(texts(service.fake, chat) for chat in (1, 2, 3)))
    await service.fake.settle()
    (french,), (english,), (trump,) = (texts(service.fake, chat) for chat in (1, 2, 3))
    assert (
        french.startswith("<b>🆕 Du nouveau dans les briefs :</b>") and "Trump brandit de nouvelles sanctions" in french
    )
    assert (
        english.startswith("<b>🆕 New in the briefs:</b>")
        and "Trump brandishes new sanctions" in english
        and trump == english
    )
    assert "si la Russie ne parvenait pas à un accord de paix" in french
    assert_telegram_html(french)
    assert texts(service.fake, 4) == [] and texts(service.fake, 5) == []
    # Asked again, the bot now answers from the new briefs.
    assert "Trump brandit" in await reply_to(service.fake, "nouvelle menace de sanctions de trump contre moscou ?")


async def test_invalid_reload_keeps_the_old_briefs_and_notifies_nobody(service: Service):
    """A brief with a made-up quote is refused with its file and line; the other admin is told; no subscriber hears."""
    service.subscribe(1, "all")
    served = service.briefs.answerer
    service.add_brief("sanctions-new.yaml", NEW_SANCTION.replace("sanctions supplémentaires", "sanctions sévères"))
    service.fake.text("/reload", chat_id=ADMIN, user_id=ADMIN)
    await service.fake.wait_for(lambda: any("refusé" in t for t in texts(service.fake, ADMIN)))
    refusal = texts(service.fake, ADMIN)[-1]
    assert "briefs/sanctions-new.yaml:" in refusal and "Je garde les briefs précédents" in refusal
    await service.fake.wait_for(lambda: bool(texts(service.fake, OTHER_ADMIN)))
    assert "Reload refused" in texts(service.fake, OTHER_ADMIN)[0]
    await service.fake.settle()
    assert texts(service.fake, 1) == [] and service.briefs.answerer is served


async def test_admin_commands_refuse_others_politely_and_log_it(service: Service, caplog: pytest.LogCaptureFixture):
    """/reload, /announce and /stats from a non-admin: a polite refusal, and the attempt in the log."""
    caplog.set_level(logging.WARNING)
    for command in ("/reload", "/announce hello", "/stats"):
        assert "réservée aux administrateurs" in await reply_to(service.fake, command, chat_id=7, user_id=7)
    assert sum("refused /" in r.message and "user 7" in r.message for r in caplog.records) == 3


# --- digests and reminders ------------------------------------------------------------------------------------


async def test_digest_is_sent_at_its_hour_batched(service: Service):
    """News for a digest subscriber waits for their hour (time injected), then arrives as one message."""
    await reply_to(service.fake, "/subscribe sanctions")
    await reply_to(service.fake, "/digest 08:00")
    before = len(texts(service.fake, 42))
    service.add_brief("sanctions-new.yaml", NEW_SANCTION)
    assert (await reload(service.briefs, service.publisher)).publication.kept == 1
    service.clock.now = dt.datetime(2026, 11, 22, 6, 59, tzinfo=dt.UTC)
    assert service.publisher.tick().digests == 0
    await service.fake.settle()
    assert len(texts(service.fake, 42)) == before
    service.clock.now = dt.datetime(2026, 11, 22, 7, 0, 30, tzinfo=dt.UTC)  # 08:00 in Paris
    assert service.publisher.tick().digests == 1
    await service.fake.wait_for(lambda: len(texts(service.fake, 42)) > before)
    digest = texts(service.fake, 42)[-1]
    assert "Votre résumé du 22 novembre 2026" in digest and "Trump brandit de nouvelles sanctions" in digest


async def test_deadline_reminder_fires_for_a_future_deadline_not_a_past_one(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """A day before a future deadline its subscribers are reminded, once; the past ultimatum never reminds anyone."""
    data = copy_data(tmp_path, {"deadlines-test.yaml": DEADLINES})
    async for service in serve(fake, data, tmp_path / "bot.sqlite3"):
        service.subscribe(1, "deadline")
        service.subscribe(2, "summit")
        due = deadline_moment(service.briefs.answerer.knowledge.by_id["deadline-test-ahead"].data)
        service.clock.now = due - dt.timedelta(hours=23)
        assert service.publisher.tick().reminders == 1
        assert service.publisher.tick().reminders == 0
        await fake.wait_for(lambda: bool(texts(fake, 1)))
        (reminder,) = texts(fake, 1)
        assert (
            "Rappel : échéance dans 1 jour" in reminder
            and "Une échéance de test tombe vers le 22 novembre 2026" in reminder
        )
        assert "8 août 2025" not in reminder  # the ultimatum's deadline is long past
        await fake.settle()
        assert texts(fake, 2) == []


# --- delivery ----------------------------------------------------------------------------------------------------


async def test_blocked_user_is_unsubscribed_and_others_still_served(service: Service):
    """Forbidden from Telegram retires the chat; the announcement reaches the others; /stats counts it blocked."""
    for chat in (7, 8, 9):
        service.subscribe(chat, "all")
    blocked = {"method": "sendMessage", "chat_id": "8"}
    service.fake.fail = lambda method, params: (
        (403, {"error_code": 403, "description": "Forbidden: bot was blocked by the user"})
        if method == blocked["method"] and params.get("chat_id") == blocked["chat_id"]
        else None
    )
    assert "3 abonnés" in await reply_to(service.fake, "/announce Mise à jour ce soir", chat_id=ADMIN, user_id=ADMIN)
    await service.fake.wait_for(lambda: bool(texts(service.fake, 7) and texts(service.fake, 9)))
    await service.fake.wait_for(lambda: service.store.subscriber(8).status == "blocked")
    assert "Mise à jour ce soir" in texts(service.fake, 9)[0]
    stats = await reply_to(service.fake, "/stats", chat_id=ADMIN, user_id=ADMIN)
    assert "2 active (0 muted), 1 blocked" in stats and "all 2" in stats


async def test_flood_429_is_waited_out_and_the_message_delivered(service: Service):
    """A 429 with retry_after is honoured: the same message is sent again after the wait, and arrives once."""
    service.subscribe(7, "all")
    refused: list[float] = []

    def flood_once(method: str, params: dict):
        if method == "sendMessage" and params.get("chat_id") == "7" and not refused:
            refused.append(service.fake.calls[-1].at)
            return 429, {
                "error_code": 429,
                "description": "Too Many Requests: retry after 1",
                "parameters": {"retry_after": 1},
            }
        return None

    service.fake.fail = flood_once
    service.publisher.announce("Point presse à 18 h")
    await service.fake.wait_for(lambda: len(service.fake.sent(7)) == 2, timeout=15)
    first, second = service.fake.sent(7)
    assert second.at - first.at >= 1.0
    await service.fake.wait_for(lambda: service.store.stats().outbox["sent"] == 1)
    assert service.store.stats().outbox["pending"] == 0


async def test_group_that_became_a_supergroup_is_followed(service: Service):
    """ChatMigrated: the subscription moves to the new id, and the message is delivered there."""
    service.store.subscribe(-100, ["summit"], lang="fr", chat_type="group", now=service.clock())
    service.fake.fail = lambda method, params: (
        (
            400,
            {
                "error_code": 400,
                "description": "Bad Request: group chat was upgraded to a supergroup chat",
                "parameters": {"migrate_to_chat_id": -1001234},
            },
        )
        if method == "sendMessage" and params.get("chat_id") == "-100"
        else None
    )
    service.publisher.announce("Sommet confirmé")
    await service.fake.wait_for(lambda: bool(service.fake.sent(-1001234)))
    assert service.store.subscriber(-1001234).topics == {"summit"} and service.store.subscriber(-100) is None


async def test_user_blocking_the_bot_is_unsubscribed_at_once(service: Service):
    """A my_chat_member update saying the bot was blocked retires the chat before anything is sent to it."""
    service.subscribe(42, "all")
    user = {"id": 42, "is_bot": False, "first_name": "R"}
    member = {"user": BOT, "status": "kicked", "until_date": 0}
    service.fake.push(
        {
            "my_chat_member": {
                "chat": {"id": 42, "type": "private"},
                "from": user,
                "date": 0,
                "old_chat_member": {"user": BOT, "status": "member"},
                "new_chat_member": member,
            }
        }
    )
    await service.fake.wait_for(lambda: service.store.subscriber(42).status == "blocked")
