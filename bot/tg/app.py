"""Build the python-telegram-bot Application: handlers in order, command menus, the services behind them."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.answering.answers import Answerer
from bot.answering.served import ServedBriefs
from bot.clock import utcnow
from bot.config import DataPaths
from bot.conversation.commands import ADMIN_COMMANDS, COMMANDS, SUBSCRIPTION_COMMANDS, Command
from bot.conversation.flood import FloodGate
from bot.delivery import notices
from bot.delivery.courier import Courier, SendLog
from bot.delivery.leader import Election
from bot.delivery.publisher import Publisher
from bot.delivery.publisher import reload as reload_briefs
from bot.delivery.store import Store
from bot.messages import DEFAULT, Lang, say
from bot.tg import handlers, subscribe
from bot.tg.state import CONTEXT_TYPES, TICK_SECONDS, BriefApplication, BriefContext
from bot.tg.transport import SendCounter, TelegramTransport
from bot.tg.updates import ReadableUpdatesRequest

log = logging.getLogger(__name__)

# Only new messages: an edited message must not run a command or a question again.
NEW = filters.UpdateType.MESSAGE
PRIVATE = filters.ChatType.PRIVATE


def build_application(
    answerer: Answerer,
    *,
    token: str,
    base_url: str,
    flood: FloodGate | None = None,
    concurrency: int = 8,
    store: Store | None = None,
    data: DataPaths | None = None,
    admins: frozenset[int] = frozenset(),
    clock: Callable[[], dt.datetime] = utcnow,
    send_rate: float = 30.0,
    send_window: int = 16,
    paid_broadcast: bool = False,
    outbox_days: int = 30,
    tick_seconds: float = TICK_SECONDS,
    heartbeat: Path | None = None,
    election: Election | None = None,
) -> BriefApplication:
    """An Application serving answerer and delivering subscriptions; base_url points at Telegram or a fake."""
    app = (
        ApplicationBuilder()
        .context_types(CONTEXT_TYPES)
        .token(token)
        .base_url(base_url)
        .post_init(_post_init)
        .post_stop(stop_services)
        .concurrent_updates(concurrency)
        .get_updates_request(ReadableUpdatesRequest(connection_pool_size=1))
        .rate_limiter(SendCounter(sends := SendLog(send_rate)))
        .build()
    )
    briefs = ServedBriefs(answerer, data=data)
    publisher = Publisher(
        briefs, store or Store(":memory:"), admins=admins, clock=clock, keep=dt.timedelta(days=outbox_days)
    )
    transport = TelegramTransport(
        token, base_url, paid=paid_broadcast, connections=send_window + len(admins)
    )  # one per send in flight
    courier = Courier(
        publisher.store, transport, clock=clock, rate=send_rate, window=send_window, admins=admins, sends=sends
    )
    publisher.on_queue = courier.wake
    state = app.bot_data
    state.briefs, state.publisher, state.courier = briefs, publisher, courier
    state.admins, state.flood, state.tick_seconds = admins, flood or FloodGate(), tick_seconds
    state.heartbeat, state.election = heartbeat, election
    add_handlers(app)
    return app


def add_handlers(app: BriefApplication) -> None:
    """Register every handler. Order matters: the flood guard first (group -1), then commands before text."""
    app.add_handler(TypeHandler(object, handlers.flood_guard), group=-1)
    app.add_handler(CommandHandler(["start", "help"], handlers.start, filters=NEW))
    app.add_handler(CommandHandler([c.name for c in COMMANDS], handlers.command, filters=NEW))
    app.add_handler(CommandHandler("subscribe", subscribe.subscribe, filters=NEW))
    app.add_handler(CommandHandler("unsubscribe", subscribe.unsubscribe, filters=NEW))
    app.add_handler(CommandHandler("subscriptions", subscribe.subscriptions, filters=NEW))
    app.add_handler(CommandHandler("digest", subscribe.digest, filters=NEW))
    app.add_handler(CommandHandler(["mute", "unmute"], subscribe.mute, filters=NEW))
    app.add_handler(CommandHandler("reload", subscribe.reload, filters=NEW))
    app.add_handler(CommandHandler("announce", subscribe.announce, filters=NEW))
    app.add_handler(CommandHandler("stats", subscribe.stats, filters=NEW))
    # Any other command, in private: point to /help (groups have other bots' commands).
    app.add_handler(MessageHandler(NEW & PRIVATE & filters.COMMAND, handlers.unknown_command))
    app.add_handler(MessageHandler(NEW & filters.TEXT & ~filters.COMMAND, handlers.question))
    app.add_handler(MessageHandler(NEW & PRIVATE & ~filters.TEXT, handlers.non_text))
    app.add_handler(CallbackQueryHandler(subscribe.toggle, pattern=r"^s:"))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline_query))
    app.add_handler(ChatMemberHandler(subscribe.membership, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(handlers.error_handler)


async def _post_init(app: BriefApplication) -> None:
    """After getMe, before polling: menus, subscription services, and SIGHUP to reload."""
    await set_command_menus(app)
    await start_services(app)
    try:
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: app.create_task(reload_on_signal(app)))
    except (NotImplementedError, AttributeError, RuntimeError):  # no SIGHUP on this platform
        log.info("SIGHUP is not available here: reload with /reload")


async def start_services(app: BriefApplication) -> None:
    """Send from this process (alone on its database), or stand in the election of the one process that sends."""
    election = app.bot_data.election
    if election is None:
        await lead(app)
    else:
        app.bot_data.publisher.publishes = False  # until elected: news is decided by the sender only
        app.bot_data.campaign = asyncio.create_task(campaign(app, election), name="election")


async def campaign(app: BriefApplication, election: Election) -> None:
    """Try for the sender's lock every round; once held, send; a process that loses it stops (to be started again)."""
    while True:
        was = election.held
        held = await asyncio.to_thread(election.attempt)
        if held and not was:
            log.info("elected the sender: this process runs the courier, reminders, digests and news")
            app.bot_data.publisher.publishes = True
            await lead(app)
        elif was and not held:
            # Another process may already be sending: stopping (the courier records what is in flight) is safer
            # than sending on; the supervisor starts this process again and it stands in the next election.
            log.error("no longer the sender: stopping this process")
            os.kill(os.getpid(), signal.SIGTERM)
            return
        if app.bot_data.heartbeat:  # every process, sender or not, shows it is alive
            app.bot_data.heartbeat.touch()
        await asyncio.sleep(election.every)


async def lead(app: BriefApplication) -> None:
    """Publish what changed while the bot was down, start delivering the outbox, and schedule the ticks."""
    publisher = app.bot_data.publisher
    if abandoned := publisher.store.abandon_publications():
        log.warning("%d publication(s) interrupted by a stop were not queued: deciding them again", abandoned)
    done = await publisher.publish_async()
    if done.messages or done.kept:
        log.info("briefs changed since the last run: %d messages queued, %d kept for digests", done.messages, done.kept)
    app.bot_data.courier.start()
    if app.job_queue is not None:
        # Reminders and digests are worked out from the database and the briefs at each tick, so a restart loses none.
        app.job_queue.run_repeating(
            _tick, interval=app.bot_data.tick_seconds, first=1, name="tick", job_kwargs={"misfire_grace_time": 60}
        )


async def stop_services(app: BriefApplication) -> None:
    """Let the message in flight finish; what is still pending stays in the outbox for the next run."""
    state = app.bot_data
    if state.campaign is not None:
        state.campaign.cancel()
        state.campaign = None
    await state.courier.stop()
    if state.election is not None:  # after the courier recorded what was in flight: then another may send
        state.election.close()


async def _tick(context: BriefContext) -> None:
    """Queue the reminders and digests whose time has come; touch the heartbeat file."""
    await context.bot_data.publisher.tick_async()
    if context.bot_data.heartbeat:
        context.bot_data.heartbeat.touch()


async def reload_on_signal(app: BriefApplication) -> None:
    """Reload on SIGHUP (or `briefbot reload`); if the new briefs fail their checks, tell the operators why."""
    publisher = app.bot_data.publisher
    outcome = await reload_briefs(app.bot_data.briefs, publisher)
    if not outcome.ok:
        publisher.alert_admins(notices.reload_report(outcome, "en"))


async def set_command_menus(app: BriefApplication) -> None:
    """Publish the command menu in French (default) and English, in private and group chats; operators get theirs."""
    for lang in Lang:
        code = None if lang is DEFAULT else lang.value
        public = _menu(lang, (*COMMANDS, *SUBSCRIPTION_COMMANDS))
        scopes = [(BotCommandScopeDefault(), public), (BotCommandScopeAllGroupChats(), public)]
        scopes += [
            (BotCommandScopeChat(admin), public + _menu(lang, ADMIN_COMMANDS, help_entry=False))
            for admin in sorted(app.bot_data.admins)
        ]
        for scope, commands in scopes:
            try:
                await app.bot.set_my_commands(commands, scope=scope, language_code=code)
            except TelegramError as exc:  # a refused menu is cosmetic: log it and serve anyway
                log.warning("could not set the %s command menu for %s: %s", lang, scope.type, exc)


def _menu(lang: str, commands: tuple[Command, ...], *, help_entry: bool = True) -> list[BotCommand]:
    """Menu entries in lang, /help first."""
    entries = [BotCommand("help", say("cmd_help", lang))] if help_entry else []
    return entries + [BotCommand(c.name, c.describe(lang)[:256]) for c in commands]
