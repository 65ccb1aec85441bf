"""Hostile input parsed, not trusted: forged button data, group members who are not administrators."""

from __future__ import annotations

import logging

import pytest

from bot.callbacks import KINDS, DigestPage, ExampleQuestion, FactButton, TopicToggle, parse

from .fakeapi import BOT, FakeBotApi
from .test_telegram import fake, running  # noqa: F401 - fixtures

FORGED = ["m:nosuchtopic:0", "m::0", "m:__class__:0", "e:²", "m:meeting:²", "m:meeting:-1", "m:meeting:99999999",
          "e:", "f:", "f:__class__", "f:../x", "s:nosuch", "s:", "x:1", "e", "", "m:meeting", "e:٣", "f:" + "a" * 70]


@pytest.mark.parametrize("data", FORGED)
def test_parser_refuses_what_the_bot_did_not_produce(data: str):
    """Forged or malformed button data parses to None, never raises."""
    assert parse(data) is None


@pytest.mark.parametrize("button", [ExampleQuestion(3), FactButton("meeting-moscow"), DigestPage("meeting", 5), DigestPage("person", 10), TopicToggle("all")])
def test_parser_reads_back_what_the_bot_encodes(button):
    """Every kind round-trips, within Telegram's 64 bytes."""
    data = button.encode()
    assert parse(data) == button and len(data.encode()) <= 64


def test_every_kind_has_its_own_prefix():
    """Two kinds sharing a prefix would shadow each other."""
    assert len({kind.prefix for kind in KINDS}) == len(KINDS)


def callback(fake: FakeBotApi, data: str, *, chat_id: int = 42) -> None:  # noqa: F811
    """Push a button press with this data."""
    message = {"message_id": 5, "date": 0, "chat": {"id": chat_id, "type": "private"}, "from": BOT, "text": "…"}
    user = {"id": chat_id, "is_bot": False, "first_name": "R", "language_code": "fr"}
    fake.push({"callback_query": {"id": f"cb-{data}", "from": user, "chat_instance": "ci", "data": data, "message": message}})


async def test_forged_buttons_get_a_polite_answer_and_no_traceback(running: FakeBotApi, caplog: pytest.LogCaptureFixture):  # noqa: F811
    """Each forged press is answered with a short note (no message sent, no error logged); the bot keeps answering."""
    caplog.set_level(logging.INFO)
    for number, data in enumerate(FORGED):
        callback(running, data, chat_id=100 + number)  # one reader each: the flood gate allows five presses a reader
    await running.wait_for(lambda: sum(c.method == "answerCallbackQuery" for c in running.calls) == len(FORGED))
    answers = [c for c in running.calls if c.method == "answerCallbackQuery"]
    assert all("plus valable" in c.params.get("text", "") for c in answers)
    assert running.sent() == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    callback(running, "m:meeting:5")  # a genuine one still works
    await running.wait_for(lambda: bool(running.sent()))
    assert "Rencontres (6–" in running.sent()[-1].params["text"]
