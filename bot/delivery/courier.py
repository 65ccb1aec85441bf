"""Delivers the outbox within Telegram's limits, several sends in flight, each claimed first; what each outcome does."""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import logging
import math
import time
from bisect import insort
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

from bot.answering.rendering import escape
from bot.clock import utcnow
from bot.delivery.store import DB_ERRORS, OutboxRow, Status, Store
from bot.messages import say

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
WINDOW = 16  # messages claimed and not yet recorded, at most: what a kill -9 can make arrive twice
FLUSH_EVERY = 0.5  # seconds an outcome may wait to be written with others
STORE_RETRY = 30.0
STORE_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, OSError)  # the database refusing, or the disk under it
CATCH_UP = 0.003  # seconds the pacing may make up after a late wake-up (see _pace)
GRID_SLOTS = 8  # slots it may make up after a wait for the send log (see _pace)


MARGIN = 0.012  # seconds added to Telegram's one-second window: measuring error; each message's lateness comes on top
FAST_MARGIN = 0.03  # past 100 a second: a slot is shorter than the loop's own jitter
MAX_LATE = 1.0  # seconds: the most one late message holds its slot past the window (a hung send holds one slot)
LATE_HALF_LIFE = 2.0  # seconds: how fast the lateness seen recently stops being assumed for unanswered messages
ROUND_TRIPS = 256  # answers the fastest round trip is taken over
SLOWER = 0.95  # after a 429: pace at 95% of the current rate (multiplicative decrease) ...
RECOVER = 0.01  # ... then win back 1% of the rate a second (additive increase)
SLOWEST = 0.7  # and never below 70% of the rate


class Sent:
    """One message sent: when it left, and its round trip once answered."""

    __slots__ = ("at", "rtt")

    def __init__(self, at: float) -> None:
        self.at = at
        self.rtt: float | None = None


class SendLog:
    """When the bot last sent messages (broadcasts and replies alike) and how late each may have reached Telegram:
    no second, as Telegram counts it, may hold more than `rate`.

    Telegram counts a message when it arrives, not when it leaves: a send held up on the way (a busy event loop,
    a loaded machine, a slow network) arrives bunched with the ones after it. So each message holds a slot for
    one second plus a margin plus its own lateness, measured from its round trip: how much longer it took than
    the fastest recent one (an upper bound on how late it arrived). A message not yet answered is assumed as
    late as it has been out, or as the recent ones were, whichever is more. After a 429 the pace slows by 5%
    and comes back by 1% a second (AIMD). The courier paces itself evenly; this is the hard stop behind it,
    which also counts the replies to readers that go straight to Telegram.
    """

    def __init__(self, rate: float, margin: float | None = None) -> None:
        self.cap = max(1, math.floor(rate))
        self.margin = (MARGIN if rate <= 100 else FAST_MARGIN) if margin is None else margin
        self._times: deque[Sent] = deque()  # sent less than a window ago, in the order they went: all counted
        self._lingering: list[Sent] = []  # sent longer ago and counted still, for their lateness (few: the late ones)
        self._fastest: deque[tuple[int, float]] = deque()  # (answer number, round trip), increasing: a sliding minimum
        self._answers = 0
        self._late = 0.0  # the most recent lateness seen, decaying (at _late_at)
        self._late_at = 0.0
        self._speed = 1.0  # fraction of the rate allowed now (AIMD), as of _speed_at
        self._speed_at = 0.0

    def note(self, at: float | None = None) -> Sent:
        """Count one message sent now; answer it with `answered` when its round trip ends."""
        sent = Sent(time.monotonic() if at is None else at)
        self._times.append(sent)
        return sent

    def answered(self, sent: Sent, at: float | None = None, *, sample: bool = True) -> None:
        """The message came back (accepted or not): its round trip gives its lateness.

        sample: a round trip of a delivered broadcast, which may be the fastest (a refusal comes back faster).
        """
        now = time.monotonic() if at is None else at
        sent.rtt = now - sent.at
        if sample:
            self._answers += 1
            fastest = self._fastest
            while fastest and fastest[-1][1] >= sent.rtt:
                fastest.pop()
            fastest.append((self._answers, sent.rtt))
            if fastest[0][0] <= self._answers - ROUND_TRIPS:
                fastest.popleft()
        late = self._lateness(sent, now)
        if late >= self._recent_late(now):
            self._late, self._late_at = late, now

    def flooded(self, at: float | None = None) -> None:
        """Telegram answered 429: slow down a little (on top of its retry_after pause)."""
        now = time.monotonic() if at is None else at
        self._speed, self._speed_at = max(SLOWEST, self.speed(now) * SLOWER), now

    def speed(self, now: float) -> float:
        """The fraction of the rate allowed now (1 until a 429, then back to 1 at RECOVER a second)."""
        return min(1.0, self._speed + RECOVER * max(0.0, now - self._speed_at))

    @property
    def fastest(self) -> float:
        """The fastest round trip among the recent answers (0 before any)."""
        return self._fastest[0][1] if self._fastest else 0.0

    def wait(self, now: float) -> float:
        """Seconds until one more message may go without `cap` of them in any second as Telegram counts (0: now)."""
        times = self._times
        window = (1.0 + self.margin) / self.speed(now)
        while times and times[0].at + window <= now:
            self._lingering.append(times.popleft())
        # Each message counts until its own end (a late one does not keep later ones counted). The count is exact
        # and cheap at 1,000 a second: only the lingering ones and the oldest recent ones have their end computed,
        # inline (_lateness's arithmetic: this runs once per send).
        fastest, assumed = self.fastest, self._recent_late(now) + self.fastest
        lingering: list[Sent] = []
        ends: list[float] = []
        for sent in self._lingering:
            late = (sent.rtt if sent.rtt is not None else max(now - sent.at, assumed)) - fastest
            if (end := sent.at + min(max(late, 0.0), MAX_LATE) + window) > now:
                lingering.append(sent)
                ends.append(end)
        self._lingering = lingering
        extra = len(times) + len(ends) - self.cap
        if extra < 0:
            return 0.0
        # The next may go once fewer than `cap` still count: at the (extra + 1)th earliest end.
        ends.sort()
        del ends[extra + 1 :]
        for sent in times:  # in the order they went, each ending no sooner than `window` after it went
            if len(ends) > extra and sent.at + window >= ends[extra]:
                break  # this one and every later one end after the ones kept
            late = (sent.rtt if sent.rtt is not None else max(now - sent.at, assumed)) - fastest
            insort(ends, sent.at + min(max(late, 0.0), MAX_LATE) + window)
            del ends[extra + 1 :]
        return max(0.0, ends[extra] - now)

    def _lateness(self, sent: Sent, now: float) -> float:
        """How late this message may have reached Telegram (seconds, at most MAX_LATE)."""
        if sent.rtt is not None:
            return min(max(0.0, sent.rtt - self.fastest), MAX_LATE)
        return min(max(now - sent.at - self.fastest, self._recent_late(now), 0.0), MAX_LATE)

    def _recent_late(self, now: float) -> float:
        """The lateness seen lately, halving every LATE_HALF_LIFE seconds."""
        return self._late * math.pow(0.5, max(0.0, now - self._late_at) / LATE_HALF_LIFE)


@dataclass(frozen=True, slots=True)
class _Outcome:
    """An outcome not yet written to the database, and what to write."""

    row: OutboxRow
    delivery: Delivery
    at: dt.datetime
    action: str  # "sent", "postpone", "fail", "retire", "migrate"
    until: dt.datetime | None = None


class Courier:
    """Sends due outbox messages in queue order, up to `window` claimed at once, paced evenly at `rate` a second.

    Every message is claimed in the database (time, attempt) before it is sent, in batches, and its outcome is
    recorded after, in batches: at any moment at most `window` messages are claimed and unrecorded, so a kill -9
    makes at most that many arrive twice, and a message whose claim could not be settled is never sent again by
    this process. A database that refuses writes stops sending (the operators are told) until it accepts them.

    Several sends are in flight to fill the rate at the Bot API's round trip, never two to one chat; the gap
    between two messages to one chat is kept, and a flood wait holds every chat. Replies to readers do not go
    through it: they are not held behind a broadcast.
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
        window: int = WINDOW,
        admins: frozenset[int] = frozenset(),
        flush_every: float = FLUSH_EVERY,
        sends: SendLog | None = None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.clock = clock
        self.private_gap = private_gap
        self.group_gap = group_gap
        self.max_attempts = max_attempts
        self.backoff = backoff  # seconds to wait after a network error, by failed attempts before this one
        self.window = max(1, window)
        self.admins = admins
        self.flush_every = flush_every
        self.sends = sends or SendLog(rate)  # shared with the replies' path in production
        # Evenly spaced, the send log's margin under the limit (a burst ends in a 429); slower after a 429.
        self.interval = (1.0 + self.sends.margin) / rate
        # Past 200 a second a slot is shorter than the loop's own jitter: make up more (the send log still caps each
        # second).
        self.catch_up = CATCH_UP if self.interval > 0.005 else 0.02
        self._next_slot = 0.0
        self._ready_at: dict[int, float] = {}  # chat id -> monotonic time it may get its next message
        self._paused_until = 0.0  # a flood wait or a network backoff holds every chat
        self._queue: list[OutboxRow] = []  # claimed, not yet sent, in queue order
        self._flight: dict[int, OutboxRow] = {}  # chat id -> the message being sent to it
        self._done: list[_Outcome] = []  # outcomes not yet written
        self._done_since = 0.0
        self._release: list[int] = []  # claimed, not sent, to put back (their chat must wait for an earlier one)
        self._look = True  # the outbox may hold due messages we have not claimed
        self._fresh = True  # claims left by an earlier run are released by the first write
        self._down_since: float | None = None  # when the database first refused a write, while it does
        self._store_failures = 0
        self._retry_store_at = 0.0
        self._tasks: set[asyncio.Task[None]] = set()
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    @property
    def healthy(self) -> bool:
        """Whether the database accepts the courier's writes (else nothing is sent)."""
        return self._down_since is None

    def wake(self) -> None:
        """Look at the outbox now (something was queued)."""
        self._look = True
        self._wake.set()

    def start(self) -> None:
        """Run the delivery loop in the background."""
        self._stopping = False
        self._task = asyncio.create_task(self.run(), name="courier")

    async def stop(self) -> None:
        """Finish the messages in flight and record them, then stop; whatever is still pending stays in the outbox."""
        self._stopping = True
        self._wake.set()
        if self._task:
            await self._task
            self._task = None
        if self._tasks:  # operator alerts still going out
            await asyncio.wait(set(self._tasks), timeout=5)
        if close := getattr(self.transport, "close", None):
            await close()

    async def run(self) -> None:
        """Deliver until stopped, sleeping while there is nothing to send."""
        while not (self._stopping and not self._flight):
            try:
                if self.healthy or time.monotonic() >= self._retry_store_at:
                    self._sync()
                if not self._stopping and self.healthy:
                    await self._dispatch()
            except Exception:  # a failure here must not end deliveries for good: log it and come back
                log.exception("outbox delivery pass failed")
                self._pause(1.0)
            await self._nap()
        self._close()

    # --- the database: outcomes written and messages claimed, one transaction ---------------------------

    def _sync(self) -> None:
        """Write the outcomes that are due to be, and claim more messages when there is room in the window."""
        now = time.monotonic()
        room = self.window - len(self._queue) - len(self._flight)
        claim = not self._stopping and self._look and room >= max(1, self.window // 2)
        flush = bool(self._done) and (
            len(self._done) >= max(1, self.window // 2)
            or now - self._done_since >= self.flush_every
            or not self._flight
        )
        if not (claim or flush or self._release or self._fresh or not self.healthy):
            return
        try:
            with self.store.transaction():
                if self._fresh and (stale := self.store.release_claims()):
                    log.warning(
                        "%d message(s) claimed by a run that stopped without recording them: sending them again",
                        stale,
                    )
                for outcome in self._done:
                    self._record(outcome)
                self.store.release(self._release)
                rows = self.store.claim(self.clock(), room) if claim else []
        except STORE_ERRORS as exc:
            self._store_failed(exc)
            return
        self._fresh = False
        self._done.clear()
        self._release.clear()
        self._queue.extend(rows)
        if claim:
            self._look = len(rows) == room  # a full batch: there may be more
        if not self.healthy:
            self._store_back()

    def _record(self, outcome: _Outcome) -> None:
        """Write one outcome (inside the sync transaction)."""
        row, delivery = outcome.row, outcome.delivery
        match outcome.action:
            case "sent":
                self.store.mark_sent(row.id, outcome.at)
            case "postpone":
                self.store.postpone(row.id, outcome.until or outcome.at, delivery.detail)
            case "fail":
                self.store.fail(row.id, delivery.detail or delivery.outcome.value)
            case "retire":
                self.store.retire(
                    row.chat_id, Status.BLOCKED if delivery.outcome is Outcome.BLOCKED else Status.GONE, delivery.detail
                )
            case "migrate":
                assert delivery.new_chat_id is not None, "a move is decided only with the new id"
                self.store.migrate_chat(row.chat_id, delivery.new_chat_id)
                self.store.postpone(row.id, outcome.at, delivery.detail)

    def _close(self) -> None:
        """Record what was sent and put back what was claimed but not sent (a clean stop sends nothing twice)."""
        self._release += [row.id for row in self._queue]
        self._queue.clear()
        try:
            with self.store.transaction():
                for outcome in self._done:
                    self._record(outcome)
                self.store.release(self._release)
        except STORE_ERRORS as exc:
            log.error(
                "stopping: could not record %d outcome(s) (%s); "
                "those messages stay claimed and go again at the next start",
                len(self._done),
                exc,
            )
            return
        self._done.clear()
        self._release.clear()

    def _store_failed(self, exc: BaseException) -> None:
        """Stop sending while the database refuses writes; tell the operators once; try again with backoff."""
        self._store_failures += 1
        wait = min(2.0 ** (self._store_failures - 1), STORE_RETRY)
        self._retry_store_at = time.monotonic() + wait
        if self._down_since is None:
            self._down_since = time.monotonic()
            log.error(
                "the database refused a write (%s): sending stopped until it accepts writes again; "
                "%d message(s) in flight",
                exc,
                len(self._flight) + len(self._done),
            )
            self._alert(say("store_down", "en", error=str(exc)[:200]))
        else:
            log.warning("the database still refuses writes (%s); next try in %.0f s", exc, wait)

    def _store_back(self) -> None:
        """The database accepts writes again: resume sending and say so."""
        down = time.monotonic() - (self._down_since or time.monotonic())
        self._down_since = None
        self._store_failures = 0
        self._look = True
        log.warning("the database accepts writes again after %.0f s: sending resumes", down)
        self._alert(say("store_back", "en", seconds=round(down)))

    def _alert(self, text: str) -> None:
        """Tell the operators directly, not through the outbox (the database may be what is failing)."""
        for admin in sorted(self.admins):
            self._spawn(self._tell(admin, text))

    async def _tell(self, chat_id: int, text: str) -> None:
        try:
            delivery = await self.transport.send(chat_id, escape(text))
        except Exception as exc:  # noqa: BLE001 - an alert that cannot go out is logged, nothing more
            delivery = Delivery(Outcome.RETRY, repr(exc))
        if delivery.outcome is not Outcome.SENT:
            log.error("could not alert operator %d: %s", chat_id, delivery.detail)

    # --- sending --------------------------------------------------------------------------------------

    async def _dispatch(self) -> None:
        """Start sends while the window has room, one per pacing slot, never two in flight to one chat."""
        while not self._stopping and self.healthy and len(self._flight) < self.window:
            if time.monotonic() < self._paused_until or self._sendable() is None:
                return
            await self._pace()
            row = self._sendable()  # again: a flood wait or an outcome may have come in while we waited
            if self._stopping or not self.healthy or row is None or time.monotonic() < self._paused_until:
                return
            self._queue.remove(row)
            self._flight[row.chat_id] = row
            self._spawn(self._send(row, self.sends.note()))

    def _sendable(self) -> OutboxRow | None:
        """The first claimed message whose chat may receive now (a chat's messages go in order)."""
        now = time.monotonic()
        waiting: set[int] = set()
        for row in self._queue:
            chat = row.chat_id
            if chat in waiting or chat in self._flight or now < self._ready_at.get(chat, 0.0):
                waiting.add(chat)
                continue
            return row
        return None

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)  # keep a reference until it ends
        task.add_done_callback(self._tasks.discard)

    async def _send(self, row: OutboxRow, sent: Sent) -> None:
        try:
            delivery = await self.transport.send(row.chat_id, row.text)
        except Exception as exc:  # noqa: BLE001 - every outcome must be recorded, whatever the error
            log.exception("sending message %d failed unexpectedly", row.id)
            delivery = Delivery(Outcome.RETRY, f"{type(exc).__name__}: {exc}")
        self.sends.answered(sent, sample=delivery.outcome is Outcome.SENT)
        self._settle(row, delivery)
        self._wake.set()

    def _settle(self, row: OutboxRow, delivery: Delivery) -> None:
        """Decide what an outcome means (in memory at once; written with the next batch)."""
        del self._flight[row.chat_id]
        self._ready_at[row.chat_id] = time.monotonic() + (
            self.group_gap if row.chat_id < 0 else self.private_gap
        )  # groups: negative ids
        now = self.clock()
        action, until = "", None
        match delivery.outcome:
            case Outcome.SENT:
                action = "sent"
            case Outcome.FLOOD:
                wait = max(delivery.retry_after, 1.0)
                log.warning("flood limit: waiting %.0f s before message %d", wait, row.id)
                self._pause(wait)
                self.sends.flooded()
                insort(self._queue, row, key=lambda r: r.id)  # not sent: still claimed, first in line for its chat
                return
            case Outcome.RETRY:
                if row.attempts >= self.max_attempts:
                    log.error(
                        "message %d to chat %d failed after %d attempts: %s",
                        row.id,
                        row.chat_id,
                        row.attempts,
                        delivery.detail,
                    )
                    action = "fail"
                else:
                    wait = self.backoff(row.attempts - 1)
                    log.warning("network error on message %d, retrying in %.0f s: %s", row.id, wait, delivery.detail)
                    self._pause(wait)
                    action, until = "postpone", now + dt.timedelta(seconds=wait)
                    self._hold(row.chat_id)
            case Outcome.BLOCKED | Outcome.GONE:
                log.info("chat %d is %s (%s): unsubscribed", row.chat_id, delivery.outcome.value, delivery.detail)
                action = "retire"
                self._queue = [r for r in self._queue if r.chat_id != row.chat_id]  # retire drops them
            case Outcome.MIGRATED:
                if delivery.new_chat_id is None or row.attempts >= self.max_attempts:
                    action = "fail"
                else:
                    log.info("chat %d moved to %d", row.chat_id, delivery.new_chat_id)
                    action = "migrate"
                    self._hold(row.chat_id)
            case Outcome.REJECTED:
                log.error(
                    "message %d to chat %d refused by Telegram, not retried: %s", row.id, row.chat_id, delivery.detail
                )
                action = "fail"
        if not self._done:
            self._done_since = time.monotonic()
        self._done.append(_Outcome(row, delivery, now, action, until))
        if action != "sent":
            self._look = True  # the next claim must see this outcome written first, and what it freed

    def _hold(self, chat_id: int) -> None:
        """A chat's message was put off: its later claimed messages go back to wait behind it."""
        held = [r for r in self._queue if r.chat_id == chat_id]
        if held:
            self._queue = [r for r in self._queue if r.chat_id != chat_id]
            self._release += [r.id for r in held]

    async def _pace(self) -> None:
        """Wait for the next slot: one message every interval overall, on a steady grid, and room in the second."""
        held = False  # by the send log (a late message's slot), not by the grid
        while (wait := max(grid := self._next_slot - (now := time.monotonic()), self.sends.wait(now))) > 0:
            held = wait > grid
            await asyncio.sleep(wait)
        # The grid may fall at most catch_up behind the actual sends: late wake-ups are made up (or the rate would
        # drop by the loop's overhead), but never by more than that, so the grid alone spreads any rate+1 messages
        # over at least the send log's window less 3 ms (20 ms past 200 a second). A wait for the send log (a late
        # message still counted) is made up too, up to GRID_SLOTS slots: the send log alone still caps every second, and
        # a late message then costs its own lateness once, not again for every message after it. After a 429 the
        # grid slows with the send log (AIMD).
        now = time.monotonic()
        behind = GRID_SLOTS * self.interval if held else self.catch_up
        self._next_slot = max(self._next_slot, now - behind) + self.interval / self.sends.speed(now)

    def _pause(self, seconds: float) -> None:
        """Hold every send for a while."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def _nap(self) -> None:
        """Sleep until something is queued or settled, a pause or a chat's gap ends, a write is due, or IDLE passes."""
        now = time.monotonic()
        self._prune(now)
        delays = [IDLE]
        if self._done and self.healthy:
            delays.append(self._done_since + self.flush_every - now)
        if not self.healthy:
            delays.append(self._retry_store_at - now)
        elif self._queue and not self._stopping:
            if self._paused_until > now:
                delays.append(self._paused_until - now)
            elif len(self._flight) < self.window:
                ready = [self._ready_at.get(r.chat_id, 0.0) for r in self._queue if r.chat_id not in self._flight]
                if ready:
                    delays.append(min(ready) - now)
        elif not self._flight and not self._stopping:
            delays.append(self._until_due())
        if (
            self._look
            and not self._stopping
            and self.healthy
            and len(self._queue) + len(self._flight) <= self.window // 2
        ):
            delays.append(0.0)
        delay = min(delays)
        if delay <= 0:
            await asyncio.sleep(0)  # let the sends in flight run
            return
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), delay)
        except TimeoutError:
            self._look = True

    def _until_due(self) -> float:
        """Seconds until the next postponed message comes due (IDLE if none)."""
        try:
            ahead = self.store.next_after(self.clock())
        except DB_ERRORS:
            return IDLE
        return IDLE if ahead is None else max((ahead - self.clock()).total_seconds(), 0.01)

    def _prune(self, now: float) -> None:
        """Forget chats whose gap is over, so the map stays as small as the chats in flight."""
        if len(self._ready_at) > 1024:
            self._ready_at = {chat: t for chat, t in self._ready_at.items() if t > now}
