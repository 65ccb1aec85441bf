"""What every handler reaches through its context: the services the Application was built with, typed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from telegram.ext import Application, ApplicationHandlerStop, CallbackContext, ContextTypes, ExtBot, JobQueue

from bot.answering.followup import Contexts
from bot.answering.served import ServedBriefs
from bot.conversation.flood import FloodGate
from bot.delivery.courier import Courier
from bot.delivery.leader import Election
from bot.delivery.publisher import Publisher

T = TypeVar("T")
TICK_SECONDS = 30.0  # how often reminders and digests are looked for


@dataclass
class BotData:
    """The Application's bot_data: PTB makes it with no arguments, build_application sets the services at once."""

    briefs: ServedBriefs = field(init=False, repr=False)
    """The briefs being served (replaced on reload): readers are answered from them."""
    publisher: Publisher = field(init=False, repr=False)
    """Decides who hears what and queues it in the outbox."""
    courier: Courier = field(init=False, repr=False)
    """Delivers the outbox."""
    admins: frozenset[int] = frozenset()
    """The operators' Telegram user ids."""
    flood: FloodGate = field(default_factory=FloodGate)
    """The per-user flood gate."""
    contexts: Contexts = field(default_factory=Contexts)
    """Each chat's last question, against which follow-ups are read."""
    tick_seconds: float = TICK_SECONDS
    heartbeat: Path | None = None
    """A file touched at each tick: `briefbot health` reads its age."""
    election: Election | None = None
    """Several processes on one PostgreSQL database: which one sends (None: this one, alone)."""
    campaign: asyncio.Task[None] | None = None


BriefContext = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]
"""The context every handler gets: context.bot_data is the BotData above."""
BriefApplication = Application[ExtBot[Any], BriefContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[Any]]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)


def needed(part: T | None) -> T:
    """The part of an update a handler is registered for (its message, chat, button press…).

    Telegram leaves these optional on every update; an update without the part was not meant for this handler,
    so handling stops there quietly rather than failing on None.
    """
    if part is None:
        raise ApplicationHandlerStop
    return part
