"""Delivers the outbox, one message at a time, within Telegram's limits; what it does with each outcome."""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from bot.clock import utcnow
from bot.store import BLOCKED, GONE, OutboxRow, Store

log = logging.getLogger(__name__)


class Outcome(enum.Enum):
    """What became of one attempt to send a message."""

    SENT = "sent"
    FLOOD = "flood"  # too many requests: wait retry_after, then send the same message
    RETRY = "retry"  # network trouble: try again later, with backoff
    BLOCKED = "blocked"  # the user blocked the bot, or it was removed from the group
    GONE = "gone"  # the chat no longer exists
    MIGRATED = "migrated"  # the group became a supergroup with a new id
    REJECTED = "rejected"  # Telegram will never accept this message: do not retry it


@dataclass(frozen=True, slots=True)
class Delivery:
    """The outcome of one send, with what is needed to act on it."""

    outcome: Outcome
    detail: str = ""
    retry_after: float = 0.0
    new_chat_id: int | None = None


class Transport(Protocol):
    """Sends one HTML message to one chat (Telegram in production, a fake in tests)."""

    async def send(self, chat_id: int, text: str) -> Delivery: ...


MAX_ATTEMPTS = 8  # network failures before a message is marked failed (about four minutes of backoff)
MAX_BACKOFF = 300.0
PRIVATE_GAP = 1.0  # Telegram: about one message a second per chat
GROUP_GAP = 3.0  # and twenty a minute per group
IDLE = 5.0  # look at the outbox at least this often (for postponed messages)


class Courier:
    """Sends due outbox messages in queue order, one in flight, so a crash can repeat at most that one.

    It spaces messages evenly at `rate` a second overall (Telegram's broadcast limit is about 30), keeps the
    gap between two messages to one chat, waits out flood limits and backs off on network errors. Replies to
    readers do not go through it: they are not held behind a broadcast.
    """

    def __init__(
        self,
        store: Store,
        transport: Transport,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
        private_gap: float = PRIVATE_GAP,
        group_gap: float = GROUP_GAP,
        max_attempts: int = MAX_ATTEMPTS,
        backoff: Callable[[int], float] = lambda attempts: min(2.0**attempts, MAX_BACKOFF),
        rate: float = 30.0,
    ) -> None:
        self.store = store
        self.transport = transport
        self.clock = clock
        self.private_gap = private_gap
        self.group_gap = group_gap
        self.max_attempts = max_attempts
        self.backoff = backoff  # seconds to wait after a network error, by attempts already made
        self.interval = 1.02 / rate  # evenly spaced, 2% under the limit for network jitter: a burst ends in a 429
        self._next_slot = 0.0
        self._ready_at: dict[int, float] = {}  # chat id -> monotonic time it may get its next message
        self._paused_until = 0.0  # a flood wait or a network backoff holds every chat
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task | None = None

    def wake(self) -> None:
        """Look at the outbox now (something was queued)."""
        self._wake.set()

    def start(self) -> None:
        """Run the delivery loop in the background."""
        self._stopping = False
        self._task = asyncio.create_task(self.run(), name="courier")

    async def stop(self) -> None:
        """Finish the message in flight, then stop; whatever is still pending stays in the outbox."""
        self._stopping = True
        self._wake.set()
        if self._task:
            await self._task
            self._task = None

    async def run(self) -> None:
        """Deliver until stopped, sleeping while there is nothing to send."""
        while not self._stopping:
            try:
                sent = await self.deliver_due()
            except Exception:  # a failure here must not end deliveries for good: log it and come back
                log.exception("outbox delivery pass failed")
                sent = 0
                self._pause(1.0)
            if not self._stopping and not sent:
                await self._nap()

    async def deliver_due(self) -> int:
        """Send the messages that are due and whose chat may receive now; return how many were sent."""
        sent = 0
        waiting: set[int] = set()  # chats skipped in this pass: their later messages must wait too, to keep order
        for row in self.store.due(self.clock()):
            if self._stopping or time.monotonic() < self._paused_until:
                break
            if row.chat_id in waiting or time.monotonic() < self._ready_at.get(row.chat_id, 0.0):
                waiting.add(row.chat_id)
                continue
            await self._pace()
            delivery = await self.transport.send(row.chat_id, row.text)
            gap = self.group_gap if row.chat_id < 0 else self.private_gap  # Telegram gives groups negative ids
            self._ready_at[row.chat_id] = time.monotonic() + gap
            if self._settle(row, delivery):
                sent += 1
            elif delivery.outcome in (Outcome.FLOOD, Outcome.RETRY):
                break  # the row stays first in line; wait before anything else is sent
        return sent

    def _settle(self, row: OutboxRow, delivery: Delivery) -> bool:
        """Record the outcome of a send in the outbox; True when the message was delivered."""
        now = self.clock()
        match delivery.outcome:
            case Outcome.SENT:
                self.store.mark_sent(row.id, now)
                return True
            case Outcome.FLOOD:
                wait = max(delivery.retry_after, 1.0)
                log.warning("flood limit: waiting %.0f s before message %d", wait, row.id)
                self._pause(wait)  # the row stays first in line, due as before: the pause alone holds it
            case Outcome.RETRY:
                if row.attempts + 1 >= self.max_attempts:
                    log.error("message %d to chat %d failed after %d attempts: %s", row.id, row.chat_id, row.attempts + 1, delivery.detail)
                    self.store.fail(row.id, delivery.detail)
                else:
                    wait = self.backoff(row.attempts)
                    log.warning("network error on message %d, retrying in %.0f s: %s", row.id, wait, delivery.detail)
                    self._pause(wait)
                    self.store.postpone(row.id, now + dt.timedelta(seconds=wait), delivery.detail)
            case Outcome.BLOCKED | Outcome.GONE:
                log.info("chat %d is %s (%s): unsubscribed", row.chat_id, delivery.outcome.value, delivery.detail)
                self.store.retire(row.chat_id, BLOCKED if delivery.outcome is Outcome.BLOCKED else GONE, delivery.detail)
            case Outcome.MIGRATED:
                if delivery.new_chat_id is None or row.attempts + 1 >= self.max_attempts:
                    self.store.fail(row.id, delivery.detail or "migrated without a new chat id")
                else:
                    log.info("chat %d moved to %d", row.chat_id, delivery.new_chat_id)
                    self.store.migrate_chat(row.chat_id, delivery.new_chat_id)
                    self.store.postpone(row.id, now, delivery.detail)
            case Outcome.REJECTED:
                log.error("message %d to chat %d refused by Telegram, not retried: %s", row.id, row.chat_id, delivery.detail)
                self.store.fail(row.id, delivery.detail)
        return False

    async def _pace(self) -> None:
        """Wait for the next sending slot: one message every 1/rate seconds overall."""
        now = time.monotonic()
        if self._next_slot > now:
            await asyncio.sleep(self._next_slot - now)
        # From the moment we actually send, never catching up: a late wake-up followed by a short gap would put
        # 31 messages in some second.
        self._next_slot = time.monotonic() + self.interval

    def _pause(self, seconds: float) -> None:
        """Hold every send for a while."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def _nap(self) -> None:
        """Sleep until something is queued, a pause ends, a postponed message or a waiting chat comes due, or IDLE passes."""
        now = time.monotonic()
        self._prune(now)
        if self._paused_until > now:
            delay = self._paused_until - now
        else:
            delay = IDLE
            next_due = self.store.next_due()
            if next_due is not None:
                ahead = (next_due - self.clock()).total_seconds()
                if ahead > 0:
                    delay = min(delay, ahead)
                else:  # due but not sent: its chat is waiting out its gap
                    delay = min([t - now for t in self._ready_at.values() if t > now], default=0.05)
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), max(delay, 0.01))
        except TimeoutError:
            pass

    def _prune(self, now: float) -> None:
        """Forget chats whose gap is over, so the map stays as small as the chats in flight."""
        if len(self._ready_at) > 1024:
            self._ready_at = {chat: t for chat, t in self._ready_at.items() if t > now}
