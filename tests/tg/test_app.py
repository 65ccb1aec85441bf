"""End to end: the real python-telegram-bot Application, long polling a fake Bot API on 127.0.0.1."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from telegram import CallbackQuery, Chat, InaccessibleMessage, Update, User
from telegram.ext import ApplicationHandlerStop

from bot.answering.answers import Answerer
from bot.answering.rendering import MAX_MESSAGE, utf16_length
from bot.conversation.commands import BY_NAME
from bot.conversation.flood import FloodGate
from bot.tg.app import build_application, set_command_menus
from bot.tg.state import needed
from tests.fakeapi import BOT, FakeBotApi, bot_message

ALLOWED_TAGS = {"b", "i", "u", "s", "a", "code", "pre", "blockquote"}


class TagChecker(HTMLParser):
    """Fails on tags Telegram does not know and on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        assert tag in ALLOWED_TAGS, f"tag <{tag}> is not Telegram HTML"
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"


def assert_telegram_html(text: str) -> None:
    """Parseable, balanced, known tags only, and within Telegram's length."""
    checker = TagChecker()
    checker.feed(text)
    checker.close()
    assert not checker.stack, f"unclosed {checker.stack}"
    assert 0 < utf16_length(text) <= MAX_MESSAGE


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    """A fake Bot API server, listening."""
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def running(fake: FakeBotApi, answerer: Answerer) -> AsyncIterator[FakeBotApi]:
    """The bot's Application long-polling the fake server."""
    app = build_application(answerer, token=fake.token, base_url=fake.base_url, flood=FloodGate(rate=1.0, burst=5))
    async with app:
        await app.start()
        await app.updater.start_polling(timeout=1, poll_interval=0)
        yield fake
        await app.updater.stop()
        await app.stop()


async def reply_to(fake: FakeBotApi, text: str, **kwargs) -> str:
    """Send a message and return the text of the bot's first reply."""
    before = len(fake.sent())
    fake.text(text, **kwargs)
    await fake.wait_for(lambda: len(fake.sent()) > before)
    return fake.sent()[before].params["text"]


async def test_start_shows_help_and_example_buttons(running: FakeBotApi):
    """/start explains the bot and offers example questions as buttons."""
    text = await reply_to(running, "/start")
    assert "/brief" in text and "Chaque réponse cite" in text
    buttons = running.sent()[-1].json("reply_markup")["inline_keyboard"]
    assert buttons[0][0]["text"] == "Quand expire l'ultimatum ?"
    assert_telegram_html(text)


async def test_question_with_typo_gets_a_cited_answer(running: FakeBotApi):
    """A French question with typos is answered with quotes in expandable blockquotes, previews off."""
    text = await reply_to(running, "combien de temps a dure la reunion witkof poutin ?")
    call = running.sent()[-1]
    assert "trois heures" in text
    assert "<blockquote expandable>" in text and "[000]" in text
    assert call.params["parse_mode"] == "HTML"
    assert json.loads(call.params["link_preview_options"]) == {"is_disabled": True}
    assert_telegram_html(text)


async def test_english_question_gets_english_lead(running: FakeBotApi):
    """An English question is answered in English even from a French-speaking account."""
    text = await reply_to(running, "Who announced the Trump-Putin summit agreement?", lang="fr")
    assert "According to" in text or "agreement" in text
    assert_telegram_html(text)


async def test_off_topic_is_declined_with_suggestion_buttons(running: FakeBotApi):
    """An off-topic question gets a decline and up to three suggestions as buttons."""
    text = await reply_to(running, "Who won the 2022 World Cup?", lang="en")
    assert text.startswith("<b>The articles do not mention World Cup.")
    rows = running.sent()[-1].json("reply_markup")["inline_keyboard"]
    assert 1 <= len(rows) <= 3 and rows[0][0]["callback_data"].startswith("f:")


async def test_group_message_without_mention_gets_no_reply(running: FakeBotApi):
    """In a group the bot stays quiet unless called."""
    running.text("Quand expire l'ultimatum ?", chat_id=-100, chat_type="supergroup")
    await running.settle()
    assert running.sent(-100) == []
    text = await reply_to(
        running, f"@{BOT['username']} quand expire l'ultimatum ?", chat_id=-100, chat_type="supergroup"
    )
    assert "8 août" in text


async def test_group_command_addressed_to_the_bot(running: FakeBotApi):
    """/brief@BotName is answered in a group; a command for another bot is not."""
    running.text("/brief@OtherBot", chat_id=-100, chat_type="group")
    await running.settle()
    assert running.sent(-100) == []
    text = await reply_to(running, f"/brief@{BOT['username']}", chat_id=-100, chat_type="group")
    assert text.startswith("<b>L'essentiel")
    assert_telegram_html(text)


async def test_reply_to_the_bot_in_a_group_is_answered(running: FakeBotApi):
    """Replying to one of the bot's messages counts as calling it."""
    replied = bot_message(-100, chat_type="group", date=0)
    text = await reply_to(running, "qui est peskov ?", chat_id=-100, chat_type="group", reply_to=replied)
    assert "porte-parole" in text


async def test_inline_query_offers_a_card(running: FakeBotApi):
    """@bot question in any chat offers the cited answer as an article card."""
    running.push(
        {
            "inline_query": {
                "id": "iq1",
                "from": {"id": 42, "is_bot": False, "first_name": "R"},
                "query": "ultimatum",
                "offset": "",
            }
        }
    )
    await running.wait_for(lambda: any(c.method == "answerInlineQuery" for c in running.calls))
    call = next(c for c in running.calls if c.method == "answerInlineQuery")
    [card] = call.json("results")
    assert card["type"] == "article"
    content = card["input_message_content"]
    assert content["parse_mode"] == "HTML" and "8 août" in content["message_text"]
    assert_telegram_html(content["message_text"])


async def test_button_press_answers_the_callback_and_sends_the_fact(running: FakeBotApi):
    """Pressing an example button acknowledges the press and sends its answer."""
    await reply_to(running, "/start")
    start = running.sent()[-1]
    before = len(running.sent())
    running.press("e:0", message=bot_message(text=start.params["text"]))
    await running.wait_for(lambda: len(running.sent()) > before)
    assert any(c.method == "answerCallbackQuery" for c in running.calls)
    assert "8 août" in running.sent()[-1].params["text"]


async def test_digest_offers_a_more_button_that_pages(running: FakeBotApi):
    """/meetings shows a page and a "more" button leading to the next page."""
    await reply_to(running, "/meetings")
    markup = running.sent()[-1].json("reply_markup")
    more = markup["inline_keyboard"][-1][0]
    assert more["callback_data"] == "m:meeting:5"


async def test_timeline_more_button_shows_the_next_page(running: FakeBotApi):
    """/timeline sends one page with a "more" button; pressing it sends the next page, oldest first."""
    await reply_to(running, "/timeline")
    first = running.sent()[-1]
    more = first.json("reply_markup")["inline_keyboard"][-1][0]
    assert more["callback_data"].startswith("t:") and "Chronologie (1–" in first.params["text"]
    before = len(running.sent())
    running.press(more["callback_data"], message=bot_message(text=first.params["text"]))
    await running.wait_for(lambda: len(running.sent()) > before)
    offset = int(more["callback_data"][2:])
    assert f"Chronologie ({offset + 1}–" in running.sent()[-1].params["text"]


async def test_edited_message_does_not_run_again(running: FakeBotApi):
    """An edited message is ignored."""
    message = running.message("/brief")
    running.push({"edited_message": {**message, "edit_date": 1}})
    await running.settle()
    assert running.sent() == []


async def test_non_text_gets_a_hint(running: FakeBotApi):
    """A sticker gets a one-line hint."""
    message = running.message("x")
    del message["text"]
    message["sticker"] = {
        "file_id": "s",
        "file_unique_id": "s",
        "type": "regular",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
    }
    before = len(running.sent())
    running.push({"message": message})
    await running.wait_for(lambda: len(running.sent()) > before)
    assert "texte" in running.sent()[-1].params["text"]


@pytest.mark.parametrize(
    "text",
    ["<b>ultimatum</b> & <script>alert(1)</script>", "\u200f\u200bultimatum\u200e 🙂🙂", "x" * 4096, "/"],
)
async def test_odd_input_gets_a_sensible_reply_and_valid_html(running: FakeBotApi, text: str):
    """HTML-looking, RTL/zero-width, maximal and empty-command messages never break the markup."""
    reply = await reply_to(running, text)
    assert_telegram_html(reply)
    assert "<script>" not in reply


async def test_unknown_command_points_to_help(running: FakeBotApi):
    """An unknown command in private gets a pointer to /help."""
    assert "/help" in await reply_to(running, "/frobnicate")


async def test_flood_is_slowed_for_the_sender_only(running: FakeBotApi):
    """Twenty messages at once from one user: a few answers and one polite warning; another user is unaffected."""
    for _ in range(20):
        running.text("ultimatum ?", chat_id=7, user_id=7)
    await running.wait_for(lambda: len(running.sent(7)) >= 6)
    await running.settle(0.5)
    replies = [c.params["text"] for c in running.sent(7)]
    assert sum("Doucement" in r for r in replies) == 1
    assert len(replies) == 6  # five within the burst, one warning
    assert "8 août" in await reply_to(running, "ultimatum ?", chat_id=8, user_id=8)


async def test_failed_send_gets_an_apology_and_the_bot_keeps_running(
    running: FakeBotApi, caplog: pytest.LogCaptureFixture
):
    """An error while answering is logged with its traceback, the user gets an apology, and the bot goes on."""
    failures = {"left": 1}

    def fail_once(method: str, params: dict):
        if method == "sendMessage" and failures["left"]:
            failures["left"] -= 1
            return 500, {"error_code": 500, "description": "Internal Server Error"}
        return None

    running.fail = fail_once
    running.text("qui est ouchakov ?")
    await running.wait_for(lambda: any("Désolé" in c.params["text"] for c in running.sent()))
    assert any("error while handling update" in r.message for r in caplog.records)
    assert "8 août" in await reply_to(running, "quand expire l'ultimatum ?")


async def test_command_menus_in_french_and_english(fake: FakeBotApi, answerer: Answerer):
    """post_init publishes the menu per language and scope, and a refused menu does not stop the bot."""
    app = build_application(answerer, token=fake.token, base_url=fake.base_url)
    async with app:
        await set_command_menus(app)
        calls = [c for c in fake.calls if c.method == "setMyCommands"]
        assert {c.params.get("language_code") for c in calls} == {None, "en"}
        english = next(c for c in calls if c.params.get("language_code") == "en")
        assert {
            "command": "brief",
            "description": "The state of play in a few lines (or /brief topic)",
        } in english.json("commands")
        fake.fail = lambda method, params: (
            (400, {"error_code": 400, "description": "Bad Request: refused"}) if method == "setMyCommands" else None
        )
        await set_command_menus(app)  # logs and carries on


# --- buttons under messages Telegram no longer shows the bot (over 48 hours old: an InaccessibleMessage) -------------


def old_button(data: str, *, chat_id: int = 42, chat_type: str = "private") -> dict:
    """A button press under a message Telegram no longer shows: it sends the message with date 0."""
    chat = {"id": chat_id, "type": chat_type, **({"title": "G"} if chat_type != "private" else {})}
    user = {"id": 42, "is_bot": False, "first_name": "R", "language_code": "fr"}
    message = {"message_id": 5, "date": 0, "chat": chat}
    return {
        "callback_query": {"id": f"cb-{data}", "from": user, "chat_instance": "ci", "data": data, "message": message}
    }


async def test_button_under_an_old_message_answers_in_its_chat_without_quoting_it(running: FakeBotApi):
    """In a group, the answer goes to the chat, not as a reply to a message Telegram would say it cannot find."""
    running.push(old_button("e:0", chat_id=-100, chat_type="supergroup"))
    await running.wait_for(lambda: bool(running.sent(-100)))
    call = running.sent(-100)[-1]
    assert "8 août" in call.params["text"] and "reply_parameters" not in call.params
    assert any(c.method == "answerCallbackQuery" for c in running.calls)


# PTB warns that effective_message ignores an InaccessibleMessage: that is the very case this test sends.
@pytest.mark.filterwarnings("ignore:`update.callback_query` is not `None`:telegram.warnings.PTBUserWarning")
async def test_button_with_an_inaccessible_message_is_answered(
    fake: FakeBotApi, answerer: Answerer, caplog: pytest.LogCaptureFixture
):
    """A press whose message is an InaccessibleMessage (no reply_html) gets its answer in the chat; nothing fails."""
    app = build_application(answerer, token=fake.token, base_url=fake.base_url)
    async with app:
        user = User(42, "R", False, language_code="fr")
        query = CallbackQuery("cb", user, "ci", data="t:0", message=InaccessibleMessage(Chat(42, "private"), 5))
        query.set_bot(app.bot)
        await app.process_update(Update(1, callback_query=query))
    assert "Chronologie (1–" in fake.sent(42)[-1].params["text"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_topic_button_under_an_old_message_sends_the_new_state(running: FakeBotApi):
    """A topic toggle cannot edit a message Telegram no longer shows: the new state comes as a new message."""
    running.push(old_button("s:meeting"))
    await running.wait_for(lambda: bool(running.sent(42)))
    assert "Rencontres" in running.sent(42)[-1].params["text"]
    assert not any(c.method == "editMessageText" for c in running.calls)


async def test_a_command_listed_without_an_action_points_to_help(
    running: FakeBotApi, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """A table command with no action (run is None) gets the unknown-command note, not an apology for a crash."""
    monkeypatch.setitem(BY_NAME, "brief", replace(BY_NAME["brief"], run=None))
    assert await reply_to(running, "/brief") == "Commande inconnue : /brief. Tapez /help pour la liste."
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_needed_gives_the_part_or_stops_handling_quietly():
    """A handler's part of the update is returned as is; a missing one stops handling (no error, no reply)."""
    chat = Chat(42, "private")
    assert needed(chat) is chat
    with pytest.raises(ApplicationHandlerStop):
        needed(None)
