"""Thin Telegram handlers: read the update, ask the core, send rendered HTML with buttons."""

from __future__ import annotations

import logging
from uuid import uuid4

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.ext import ApplicationHandlerStop

from bot.answering.answers import Answer, Answerer
from bot.answering.followup import Conversation
from bot.answering.rendering import escape, plain, render
from bot.answering.views import TIMELINE, Views
from bot.conversation.callbacks import DigestPage, ExampleQuestion, FactButton, TimelinePage, parse
from bot.conversation.commands import BY_NAME, EXAMPLES, help_text, parse_command
from bot.messages import MAX_QUESTION, language, say
from bot.tg.state import BriefContext, needed

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def user_lang(update: Update) -> str:
    """The reader's language from their Telegram settings: English or French (the default)."""
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return language(code).value  # a plain str: it is stored with the subscriber


def answerer_of(context: BriefContext) -> Answerer:
    """The answerer over the briefs currently served."""
    return context.bot_data.briefs.answerer


async def send(message: Message, answer: Answer, markup: InlineKeyboardMarkup | None = None) -> None:
    """Reply with an answer, split into several messages if needed; buttons go on the last."""
    parts = render(answer)
    for number, part in enumerate(parts, start=1):
        await message.reply_html(
            part, link_preview_options=NO_PREVIEW, reply_markup=markup if number == len(parts) else None
        )


async def send_to_chat(bot: Bot, chat_id: int, answer: Answer, markup: InlineKeyboardMarkup | None = None) -> None:
    """Send an answer to a chat without replying to a message (one Telegram no longer shows the bot)."""
    parts = render(answer)
    for number, part in enumerate(parts, start=1):
        await bot.send_message(
            chat_id,
            part,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_markup=markup if number == len(parts) else None,
        )


def keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Buttons for what the reader may want next: suggestions after a decline, the next page of a digest."""
    rows: list[list[InlineKeyboardButton]] = []
    for suggestion in answer.suggestions:
        rows.append(
            [InlineKeyboardButton(suggestion.label[:60], callback_data=FactButton(suggestion.fact_id).encode())]
        )
    paging = answer.paging
    if paging is not None and paging.next_offset is not None:
        next_offset = paging.next_offset
        page = TimelinePage(next_offset) if paging.topic == TIMELINE else DigestPage(paging.topic, next_offset)
        rows.append([InlineKeyboardButton(say("more", answer.lang), callback_data=page.encode())])
    return InlineKeyboardMarkup(rows) if rows else None


def context_of(update: object) -> dict[str, int | None]:
    """The ids a log line about this update carries (never its text)."""
    if not isinstance(update, Update):
        return {}
    chat, user = update.effective_chat, update.effective_user
    return {"update_id": update.update_id, "chat_id": chat.id if chat else None, "user_id": user.id if user else None}


def _kind(update: Update) -> str:
    """What an update is, for the log: a command's name, or the kind and size of what was sent."""
    message = update.message
    if message is not None and message.text:
        parsed = parse_command(message.text)
        return f"command /{parsed[0][:32]}" if parsed else f"text ({len(message.text)} characters)"
    for kind in ("message", "edited_message", "callback_query", "inline_query", "my_chat_member"):
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


async def flood_guard(update: object, context: BriefContext) -> None:
    """Log the update (ids and kind only), and stop handling it when its sender goes faster than the gate allows."""
    if not isinstance(update, Update):
        return
    log.info("update: %s", _kind(update), extra=context_of(update))
    user = update.effective_user
    gate = context.bot_data.flood
    if user is None or gate.allow(user.id):
        return
    if update.effective_message and gate.first_refusal(user.id):
        await update.effective_message.reply_text(say("slow", user_lang(update)))
    raise ApplicationHandlerStop


async def start(update: Update, context: BriefContext) -> None:
    """Say what the bot knows and how to ask, with example questions as buttons."""
    lang = user_lang(update)
    buttons = [
        [InlineKeyboardButton(q, callback_data=ExampleQuestion(i).encode())] for i, q in enumerate(EXAMPLES[lang])
    ]
    await needed(update.effective_message).reply_html(
        escape(help_text(lang, subscriptions=True)),
        reply_markup=InlineKeyboardMarkup(buttons),
        link_preview_options=NO_PREVIEW,
    )


async def command(update: Update, context: BriefContext) -> None:
    """Run one of the table's commands (/brief, /meetings, /source 003…)."""
    message = needed(update.effective_message)
    parsed = parse_command(message.text or "")
    if parsed is None:
        return
    name, arg = parsed
    lang = user_lang(update)
    run = BY_NAME[name].run if name in BY_NAME else None
    if run is None:  # a command the table lists for help only (Telegram handles it elsewhere, or not at all)
        await message.reply_text(say("unknown", lang, name=name[:32]))
        return
    answer = run(Views(answerer_of(context)), arg[:200], lang)
    if answer is None:
        await message.reply_text(say("no_source", lang, arg=arg[:40]))
        return
    await send(message, answer, keyboard(answer))


async def unknown_command(update: Update, context: BriefContext) -> None:
    """Point to /help for a command the bot does not have (private chats only: groups have other bots)."""
    message = needed(update.effective_message)
    parsed = parse_command(message.text or "/")
    name = parsed[0][:32] if parsed else ""
    await message.reply_text(say("unknown", user_lang(update), name=name))


async def question(update: Update, context: BriefContext) -> None:
    """Answer a free-text question: any text in private, a mention or a reply to the bot in groups."""
    message = needed(update.effective_message)
    text = message.text or ""
    replied = False
    if message.chat.type != ChatType.PRIVATE:
        mention = f"@{context.bot.username}".lower()
        replied = bool(
            message.reply_to_message
            and message.reply_to_message.from_user
            and message.reply_to_message.from_user.id == context.bot.id
        )
        if mention not in text.lower() and not replied:
            return
        text = text.replace(f"@{context.bot.username}", " ")
    lang = user_lang(update)
    if len(text) > MAX_QUESTION:
        await message.reply_text(say("too_long", lang))
        return
    # A follow-up ("et où ?") is read against the chat's last question: in private, or in a group in reply to the bot.
    contexts = context.bot_data.contexts
    follow = message.chat.type == ChatType.PRIVATE or replied
    answer = Conversation(answerer_of(context), contexts).ask(message.chat.id, text, lang=lang, follow=follow)
    await send(message, answer, keyboard(answer))


async def non_text(update: Update, context: BriefContext) -> None:
    """Answer a sticker, photo or voice message with a one-line hint."""
    await needed(update.effective_message).reply_text(say("non_text", user_lang(update)))


async def button(update: Update, context: BriefContext) -> None:
    """Handle a button press: an example question, a suggested fact, or the next page of a digest."""
    query = needed(update.callback_query)
    lang = user_lang(update)
    answerer = answerer_of(context)
    answer: Answer | None = None
    match parse(query.data):
        case ExampleQuestion(index=index) if index < len(EXAMPLES[lang]):
            answer = answerer.ask(EXAMPLES[lang][index], lang=lang)
        case FactButton(fact_id=fact_id) if fact_id in answerer.knowledge.by_id:
            fact = answerer.knowledge.by_id[fact_id]
            answer = answerer.compose(fact.data.title.get(lang), lang, [fact])
        case DigestPage(topic=topic, offset=offset):
            answer = Views(answerer).digest(topic, lang, offset=offset)
        case TimelinePage(offset=offset):
            answer = Views(answerer).timeline(lang, offset=offset)
    if answer is None:  # forged, or a button from briefs since reloaded
        await refuse_button(update)
        return
    await query.answer()
    shown = query.message
    if isinstance(shown, Message) and shown.is_accessible:
        await send(shown, answer, keyboard(answer))
    elif shown is not None:  # a message Telegram no longer shows the bot (over 48 hours old): answer in its chat
        await send_to_chat(context.bot, shown.chat.id, answer, keyboard(answer))


async def refuse_button(update: Update) -> None:
    """Answer a button whose data the bot did not produce (or no longer knows) with a short note; log its size only."""
    query = needed(update.callback_query)
    log.info(
        "button refused: %d bytes of data the bot did not produce",
        len((query.data or "").encode()),
        extra=context_of(update),
    )
    await query.answer(say("stale_button", user_lang(update)))


async def inline_query(update: Update, context: BriefContext) -> None:
    """Offer the cited answer to `@bot question` as a card to share in any chat."""
    query = needed(update.inline_query)
    text = query.query.strip()[:MAX_QUESTION]
    if not text:
        await query.answer([], cache_time=5)
        return
    answer = answerer_of(context).ask(text, lang=user_lang(update))
    first = render(answer)[0]
    title = answer.items[0].title if answer.found else answer.lead
    card = InlineQueryResultArticle(
        id=str(uuid4()),
        title=title[:100],
        description=plain(first)[:200],
        input_message_content=InputTextMessageContent(
            first, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )
    await query.answer([card], cache_time=60)


async def error_handler(update: object, context: BriefContext) -> None:
    """Log the error with its traceback (the token redacted by the log filter), and apologise to the user."""
    log.error(
        "error while handling update %s",
        getattr(update, "update_id", "?"),
        exc_info=context.error,
        extra=context_of(update),
    )
    if isinstance(update, Update) and update.effective_message:
        try:
            await update.effective_message.reply_text(say("sorry", user_lang(update)))
        except Exception:  # noqa: BLE001 - the apology is best effort; the error is already logged
            log.warning("could not send the apology")
