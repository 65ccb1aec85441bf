"""An interactive terminal conversation with the same answers and commands as the Telegram bot."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from bot.answering.answers import Answer, Answerer
from bot.answering.followup import Conversation
from bot.answering.views import Views
from bot.conversation.commands import BY_NAME, help_text, parse_command
from bot.messages import MAX_QUESTION, language, say

PROMPT = "› "
TERMINAL = "terminal"  # the one chat a terminal conversation is


def reply_to(line: str, views: Views, lang: str, conversation: Conversation | None = None) -> str:
    """Return the bot's reply to one line typed by the reader; questions follow on from the last one."""
    text = line.strip()
    if not text:
        return ""
    if len(text) > MAX_QUESTION:
        return say("too_long", lang)
    command = parse_command(text)
    if command is None:
        return (conversation or Conversation(views.answerer)).ask(TERMINAL, text, lang=lang).text
    name, arg = command
    if name in ("help", "start"):
        return help_text(lang)
    found = BY_NAME.get(name)
    if found is None or found.run is None:  # a Telegram-only command has nothing to run in a terminal
        return say("unknown", lang, name=name)
    answer = found.run(views, arg, lang)
    if answer is None:
        return say("no_source", lang, arg=arg)
    return answer.text


def run_chat(
    answerer: Answerer, lines: Iterable[str], out: TextIO, *, lang: str = "fr", interactive: bool = True
) -> None:
    """Answer each line until the input ends or the reader types /quit."""
    views = Views(answerer)
    conversation = Conversation(answerer)
    if interactive:
        out.write(help_text(lang) + "\n\n/quit — " + say("help_quit", lang) + "\n" + PROMPT)
        out.flush()
    for line in lines:
        if line.strip() in ("/quit", "/exit"):
            break
        reply = reply_to(line, views, lang, conversation)
        if reply:
            out.write(reply + "\n\n")
        if interactive:
            out.write(PROMPT)
        out.flush()


def run_jsonl(answerer: Answerer, lines: Iterable[str], out: TextIO, *, lang: str | None = None) -> None:
    """One JSON answer per input line (the `ask --jsonl` contract), the whole input being one conversation."""
    conversation = Conversation(answerer)
    for line in lines:
        text = line.strip()[:MAX_QUESTION]
        command = parse_command(text) if text else None
        answer: Answer | None = None
        found = BY_NAME.get(command[0]) if command else None
        if command and found is not None and found.run is not None:
            answer = found.run(Views(answerer), command[1], language(lang))
        if answer is None:
            answer = conversation.ask(TERMINAL, text, lang=lang)
        out.write(json.dumps(answer.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
