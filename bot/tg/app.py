"""Build the python-telegram-bot Application: handlers in order, command menus, shared objects."""

from __future__ import annotations

import logging

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeDefault
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.answers import Answerer
from bot.commands import COMMANDS
from bot.flood import FloodGate
from bot.tg import handlers
from bot.tg.handlers import ANSWERER_KEY, FLOOD_KEY

log = logging.getLogger(__name__)

# Only new messages: an edited message must not run a command or a question again.
NEW = filters.UpdateType.MESSAGE
PRIVATE = filters.ChatType.PRIVATE


def build_application(
    answerer: Answerer, *, token: str, base_url: str, flood: FloodGate | None = None, concurrency: int = 8
) -> Application:
    """An Application serving answerer; base_url points at Telegram or at a self-hosted or fake Bot API."""
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .post_init(set_command_menus)
        .concurrent_updates(concurrency)
        .build()
    )
    app.bot_data[ANSWERER_KEY] = answerer
    app.bot_data[FLOOD_KEY] = flood or FloodGate()
    add_handlers(app)
    return app


def add_handlers(app: Application) -> None:
    """Register every handler. Order matters: the flood guard first (group -1), then commands before text."""
    app.add_handler(TypeHandler(object, handlers.flood_guard), group=-1)
    app.add_handler(CommandHandler(["start", "help"], handlers.start, filters=NEW))
    app.add_handler(CommandHandler([c.name for c in COMMANDS], handlers.command, filters=NEW))
    app.add_handler(MessageHandler(NEW & PRIVATE & filters.COMMAND, handlers.unknown_command))
    app.add_handler(MessageHandler(NEW & filters.TEXT & ~filters.COMMAND, handlers.question))
    app.add_handler(MessageHandler(NEW & PRIVATE & ~filters.TEXT, handlers.non_text))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline_query))
    app.add_error_handler(handlers.error_handler)


async def set_command_menus(app: Application) -> None:
    """Publish the command menu in French (default) and English, in private and group chats."""
    for lang in ("fr", "en"):
        commands = [BotCommand("help", "Aide et exemples" if lang == "fr" else "Help and examples")]
        commands += [BotCommand(c.name, c.describe(lang)[:256]) for c in COMMANDS]
        code = None if lang == "fr" else "en"
        for scope in (BotCommandScopeDefault(), BotCommandScopeAllGroupChats()):
            try:
                await app.bot.set_my_commands(commands, scope=scope, language_code=code)
            except TelegramError as exc:  # a refused menu is cosmetic: log it and serve anyway
                log.warning("could not set the %s command menu: %s", lang, exc)

