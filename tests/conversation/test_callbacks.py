"""Hostile input parsed, not trusted: forged button data, group members who are not administrators."""

from __future__ import annotations

import logging

import pytest

from bot.conversation.callbacks import KINDS, DigestPage, ExampleQuestion, FactButton, TimelinePage, TopicToggle, parse
from tests.fakeapi import FakeBotApi, bot_message
from tests.tg.test_app import fake, running  # noqa: F401 - fixtures
from tests.tg.test_subscribe import service  # noqa: F401 - fixture

FORGED = [
    "m:nosuchtopic:0",
    "m::0",
    "m:__class__:0",
    "e:²",
    "m:meeting:²",
    "m:meeting:-1",
    "m:meeting:99999999",
    "e:",
    "f:",
    "f:__class__",
    "f:../x",
    "s:nosuch",
    "s:",
    "x:1",
    "e",
    "",
    "m:meeting",
    "e:٣",
    "f:" + "a" * 70,
    "t:",
    "t:²",
    "t:-1",
    "t:12:3",
    "t:99999999",
]


@pytest.mark.parametrize("data", FORGED)
def test_parser_refuses_what_the_bot_did_not_produce(data: str):
    """Forged or malformed button data parses to None, never raises."""
    assert parse(data) is None


@pytest.mark.parametrize(
    "button",
    [
        ExampleQuestion(3),
        FactButton("meeting-moscow"),
        FactButton("m" * 62),  # the longest id the schema accepts
        DigestPage("meeting", 5),
        DigestPage("person", 10),
        TopicToggle("all"),
        TimelinePage(12),
    ],
)
def test_parser_reads_back_what_the_bot_encodes(button):
    """Every kind round-trips, within Telegram's 64 bytes."""
    data = button.encode()
    assert parse(data) == button and len(data.encode()) <= 64


def test_every_kind_has_its_own_prefix():
    """Two kinds sharing a prefix would shadow each other."""
    assert len({kind.prefix for kind in KINDS}) == len(KINDS)


async def test_forged_buttons_get_a_polite_answer_and_no_traceback(
    running: FakeBotApi, caplog: pytest.LogCaptureFixture
):  # noqa: F811
    """Each forged press is answered with a short note (no message sent, no error logged); the bot keeps answering."""
    caplog.set_level(logging.INFO)
    for number, data in enumerate(FORGED):
        running.press(data, user_id=100 + number)  # one reader each: the flood gate allows five presses a reader
    await running.wait_for(lambda: sum(c.method == "answerCallbackQuery" for c in running.calls) == len(FORGED))
    answers = [c for c in running.calls if c.method == "answerCallbackQuery"]
    assert all("plus valable" in c.params.get("text", "") for c in answers)
    assert running.sent() == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    running.press("m:meeting:5")  # a genuine one still works
    await running.wait_for(lambda: bool(running.sent()))
    assert "Rencontres (6–" in running.sent()[-1].params["text"]


# --- groups and operators ------------------------------------------------------------------------------------

GROUP, MEMBER, GROUP_ADMIN, OWNER = -500, 7, 8, 9


def group_text(fake: FakeBotApi, text: str, user_id: int) -> None:  # noqa: F811
    """A command typed in the group by user_id."""
    fake.text(text, chat_id=GROUP, user_id=user_id, chat_type="supergroup")


async def group_reply(fake: FakeBotApi, text: str, user_id: int) -> str:  # noqa: F811
    """The bot's reply in the group to text typed by user_id."""
    before = len(fake.sent(GROUP))
    group_text(fake, text, user_id)
    await fake.wait_for(lambda: len(fake.sent(GROUP)) > before)
    return fake.sent(GROUP)[before].params["text"]


@pytest.fixture
def group(service):
    """The running bot, with a group where 8 is an administrator and 9 the owner; others are plain members."""
    service.fake.members.update({(GROUP, GROUP_ADMIN): "administrator", (GROUP, OWNER): "creator"})
    return service


@pytest.mark.parametrize(
    "command",
    [
        "/subscribe sanctions",
        "/unsubscribe",
        "/mute",
        "/unmute",
        "/digest 08:00",
        "/digest off",
        "/unsubscribe sanctions",
    ],
)
async def test_group_member_cannot_change_the_group_subscription(group, command: str):
    """A plain member's subscription command in a group is refused (after asking getChatMember); nothing changes."""
    group.store.subscribe(GROUP, ["summit"], lang="fr", chat_type="supergroup", now=group.clock())
    before = group.store.subscriber(GROUP)
    assert "Seuls les administrateurs du groupe" in await group_reply(group.fake, command, MEMBER)
    assert group.store.subscriber(GROUP) == before
    assert any(c.method == "getChatMember" and c.params["user_id"] == str(MEMBER) for c in group.fake.calls)


async def test_group_administrators_change_the_group_subscription(group):
    """The group's administrators and owner subscribe, mute and unsubscribe it."""
    assert "C'est noté" in await group_reply(group.fake, "/subscribe sanctions", GROUP_ADMIN)
    assert group.store.subscriber(GROUP).topics == frozenset({"sanction"})
    assert "pause" in await group_reply(group.fake, "/mute", OWNER)
    assert group.store.subscriber(GROUP).muted
    assert "désabonné" in await group_reply(group.fake, "/unsubscribe", GROUP_ADMIN)
    assert group.store.subscriber(GROUP) is None


async def test_group_member_cannot_toggle_a_topic_button(group):
    """A topic button pressed by a plain member in a group is refused with an alert; the subscription is unchanged."""
    group.fake.press("s:sanction", user_id=MEMBER, message=bot_message(GROUP, chat_type="supergroup"))
    await group.fake.wait_for(lambda: any(c.method == "answerCallbackQuery" for c in group.fake.calls))
    answer = next(c for c in group.fake.calls if c.method == "answerCallbackQuery")
    assert "Seuls les administrateurs" in answer.params["text"] and answer.params["show_alert"] == "true"
    assert group.store.subscriber(GROUP) is None


async def test_anyone_in_a_group_may_read_its_subscription(group):
    """/subscriptions only reads: any member gets the answer."""
    group.store.subscribe(GROUP, ["summit"], lang="fr", chat_type="supergroup", now=group.clock())
    assert "Vous recevez" in await group_reply(group.fake, "/subscriptions", MEMBER)


@pytest.mark.parametrize("command", ["/stats", "/reload", "/announce hello"])
async def test_operator_commands_in_a_group_point_to_a_private_chat(group, command: str):
    """An operator's /stats, /reload or /announce in a group gets a short note; nothing is shown or done there."""
    from tests.tg.test_subscribe import ADMIN

    group.subscribe(1, "all")
    reply = await group_reply(group.fake, command, ADMIN)
    assert "message privé" in reply
    await group.fake.settle()
    assert len(group.fake.sent(GROUP)) == 1 and group.fake.sent(1) == []
    assert not any("Subscribers" in c.params["text"] or "Rechargement" in c.params["text"] for c in group.fake.sent())


# --- updates python-telegram-bot cannot parse -------------------------------------------------------------------

OLD_POLL = {
    "id": "p1",
    "question": "q?",
    "options": [{"text": "a", "voter_count": 0, "persistent_id": "o1"}],
    "total_voter_count": 0,
    "is_closed": False,
    "is_anonymous": True,
    "type": "regular",
    "allows_multiple_answers": False,
}  # no allows_revoting: an older Bot API server


async def test_unparseable_update_is_logged_once_and_skipped(running: FakeBotApi, caplog: pytest.LogCaptureFixture):  # noqa: F811
    """A poll without allows_revoting is skipped with one warning; the next message is answered; nothing CRITICAL."""
    caplog.set_level(logging.DEBUG)
    running.push({"poll": OLD_POLL})
    running.text("Quand expire l'ultimatum ?")
    await running.wait_for(lambda: bool(running.sent()))
    await running.settle(1.5)  # a stalled poller would log the same failure again and again meanwhile
    assert "8 août 2025" in running.sent()[0].params["text"]
    skipped = [r for r in caplog.records if "skipped an update" in r.getMessage()]
    assert len(skipped) == 1 and "poll" in skipped[0].getMessage()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert running.unconfirmed == []  # the offset moved past both updates


async def test_anonymous_group_administrator_may_subscribe_the_group(group):
    """A message sent as the group itself (only its administrators can) changes the subscription without asking."""
    message = group.fake.message("/subscribe sanctions", chat_id=GROUP, user_id=1087968824, chat_type="supergroup")
    message["sender_chat"] = {"id": GROUP, "type": "supergroup", "title": "Group"}
    group.fake.push({"message": message})
    await group.fake.wait_for(lambda: bool(group.fake.sent(GROUP)))
    assert "C'est noté" in group.fake.sent(GROUP)[0].params["text"]
    assert group.store.subscriber(GROUP).topics == frozenset({"sanction"})


async def test_group_change_is_refused_when_telegram_cannot_say_who_administers(group):
    """If getChatMember fails, the change is refused (the safe side), even for an administrator."""
    group.fake.fail = lambda method, params: (
        (400, {"error_code": 400, "description": "Bad Request: member not found"})
        if method == "getChatMember"
        else None
    )
    assert "Seuls les administrateurs" in await group_reply(group.fake, "/subscribe sanctions", GROUP_ADMIN)
    assert group.store.subscriber(GROUP) is None
