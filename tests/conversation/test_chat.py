"""The terminal conversation: what a command the terminal cannot run gets, in the chat and in `ask --jsonl`."""

from __future__ import annotations

import io
import json

import pytest

from bot.answering.answers import Answerer
from bot.answering.views import Views
from bot.conversation import chat
from bot.conversation.commands import BY_NAME, Command
from bot.messages import say

TELEGRAM_ONLY = Command("subscribe")  # no `run`: Telegram only


@pytest.fixture
def with_telegram_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command table with a command that has nothing to run in a terminal."""
    monkeypatch.setattr(chat, "BY_NAME", {**BY_NAME, TELEGRAM_ONLY.name: TELEGRAM_ONLY})


def test_a_command_without_run_is_unknown_in_the_terminal(answerer: Answerer, with_telegram_only: None):
    """A Telegram-only command typed in the terminal chat is answered as unknown, not a crash."""
    reply = chat.reply_to("/subscribe sanctions", Views(answerer), "fr")
    assert reply == say("unknown", "fr", name="subscribe")


def test_a_command_without_run_is_read_as_a_question_in_jsonl(answerer: Answerer, with_telegram_only: None):
    """In `ask --jsonl` a Telegram-only command gets one JSON answer line like any text, not a crash."""
    out = io.StringIO()
    chat.run_jsonl(answerer, ["/subscribe sanctions", "/brief"], out, lang="fr")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    brief = BY_NAME["brief"].run
    assert brief is not None
    assert len(lines) == 2
    assert lines[0]["question"] == "/subscribe sanctions"
    assert lines[1]["answer"] == brief(Views(answerer), "", "fr").text  # the commands after it still run
