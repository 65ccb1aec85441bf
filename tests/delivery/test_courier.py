"""The courier against a scripted transport: order, per-chat gaps, and what it does with each outcome."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from bot.clock import utcnow
from bot.delivery.courier import Courier, Delivery, Outcome
from bot.delivery.store import Message, Store


class ScriptedTransport:
    """Answers each send from a script keyed by chat (default: sent), and records what was sent when."""

    def __init__(self, script: dict[int, list[Delivery]] | None = None) -> None:
        self.script = script or {}
        self.sent: list[tuple[int, str, float]] = []
        self.attempts: list[int] = []
        self.gate: asyncio.Event | None = None

    async def send(self, chat_id: int, text: str) -> Delivery:
        self.attempts.append(chat_id)
        if self.gate is not None:
            await self.gate.wait()
        queue = self.script.get(chat_id)
        outcome = queue.pop(0) if queue else Delivery(Outcome.SENT)
        if outcome.outcome is Outcome.SENT:
            self.sent.append((chat_id, text, time.monotonic()))
        return outcome


@pytest.fixture
def store(database: str) -> Store:
    store = Store(database)
    for chat in (1, 2, 3):
        store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    return store


async def deliver(store: Store, transport: ScriptedTransport, until: Callable[[], bool], **options) -> Courier:
    """Run a courier until the condition holds (or fail after 5 s), then stop it."""
    courier = Courier(store, transport, private_gap=0.2, group_gap=0.4, **options)
    courier.start()
    try:
        deadline = time.monotonic() + 5
        while not until():
            assert time.monotonic() < deadline, f"stuck; sent {transport.sent}, attempts {transport.attempts}"
            await asyncio.sleep(0.01)
    finally:
        await courier.stop()
    return courier


def queue(store: Store, *items: tuple[int, str]) -> None:
    store.queue([Message(chat, "update", text) for chat, text in items], now=utcnow())


async def test_messages_go_in_order_with_a_gap_per_chat_that_does_not_hold_others(store: Store):
    """Two messages to chat 1 are spaced by its gap; chat 2's message is not kept waiting behind them."""
    queue(store, (1, "1a"), (1, "1b"), (2, "2a"))
    transport = ScriptedTransport()
    await deliver(store, transport, lambda: len(transport.sent) == 3)
    assert [text for _, text, _ in transport.sent] == ["1a", "2a", "1b"]
    times = {text: at for _, text, at in transport.sent}
    assert times["1b"] - times["1a"] >= 0.19
    assert store.stats().outbox["sent"] == 3 and store.due(utcnow()) == []


async def test_flood_wait_is_honoured_then_the_same_message_goes(store: Store):
    """A 429 holds every send for retry_after, then the same message is sent first."""
    queue(store, (1, "first"), (2, "second"))
    transport = ScriptedTransport({1: [Delivery(Outcome.FLOOD, "Flood control exceeded", retry_after=1)]})
    started = time.monotonic()
    await deliver(store, transport, lambda: len(transport.sent) == 2)
    assert [text for _, text, _ in transport.sent] == ["first", "second"]
    assert transport.sent[0][2] - started >= 0.95
    assert store.outbox("sent")[-1].attempts == 1  # a flood wait is not a failed attempt


async def test_network_errors_back_off_then_fail_without_blocking_the_rest(store: Store):
    """A message that keeps failing on the network is retried, then marked failed; the next one goes."""
    queue(store, (1, "doomed"), (2, "fine"))
    transport = ScriptedTransport({1: [Delivery(Outcome.RETRY, "TimedOut")] * 3})
    await deliver(
        store,
        transport,
        lambda: bool(transport.sent and store.outbox("failed")),
        max_attempts=3,
        backoff=lambda n: 0.05,
    )
    assert transport.attempts.count(1) == 3 and [text for _, text, _ in transport.sent] == ["fine"]
    (failed,) = store.outbox("failed")
    assert failed.text == "doomed" and failed.attempts == 3 and failed.error == "TimedOut"


async def test_network_error_then_success_is_delivered_once_and_in_order(store: Store):
    """A transient network error delays the message, and the chat's next message waits behind it."""
    queue(store, (1, "part 1"), (1, "part 2"))
    transport = ScriptedTransport({1: [Delivery(Outcome.RETRY, "ConnectError")]})
    await deliver(store, transport, lambda: len(transport.sent) == 2, backoff=lambda n: 0.05)
    assert transport.attempts == [1, 1, 1] and [text for _, text, _ in transport.sent] == ["part 1", "part 2"]


async def test_blocked_chat_is_unsubscribed_and_its_queue_dropped(store: Store):
    """Forbidden retires the chat: its other messages are dropped, not retried; other chats are served."""
    queue(store, (1, "a"), (1, "b"), (2, "c"))
    transport = ScriptedTransport({1: [Delivery(Outcome.BLOCKED, "Forbidden: bot was blocked by the user")]})
    await deliver(store, transport, lambda: len(transport.sent) == 1)
    assert transport.attempts == [1, 2]
    assert store.subscriber(1).status == "blocked"
    assert store.stats().outbox == {"pending": 0, "sent": 1, "failed": 0, "dropped": 2}


async def test_rejected_message_is_failed_at_once(store: Store):
    """A message Telegram will never accept is not retried forever: one attempt, marked failed."""
    queue(store, (1, "bad"), (1, "good"))
    transport = ScriptedTransport({1: [Delivery(Outcome.REJECTED, "Bad Request: message is too long")]})
    await deliver(store, transport, lambda: len(transport.sent) == 1)
    assert transport.attempts == [1, 1] and store.outbox("failed")[0].text == "bad"


async def test_migrated_group_is_followed(store: Store):
    """A group that became a supergroup gets the message under its new id, and keeps its subscription."""
    store.subscribe(-5, ["summit"], lang="fr", chat_type="group", now=utcnow())
    queue(store, (-5, "hello"))
    transport = ScriptedTransport({-5: [Delivery(Outcome.MIGRATED, "Group migrated", new_chat_id=-1005)]})
    await deliver(store, transport, lambda: bool(transport.sent))
    assert transport.sent[0][0] == -1005 and store.subscriber(-1005).topics == {"summit"}


async def test_stop_lets_the_message_in_flight_finish_and_leaves_the_rest_pending(store: Store):
    """Stopping waits for the send under way (and records it), and sends nothing more."""
    queue(store, (1, "in flight"), (2, "next"))
    transport = ScriptedTransport()
    transport.gate = asyncio.Event()
    courier = Courier(store, transport)
    courier.start()
    while not transport.attempts:
        await asyncio.sleep(0.01)
    stopping = asyncio.create_task(courier.stop())
    await asyncio.sleep(0.05)
    assert not stopping.done()
    transport.gate.set()
    await stopping
    assert [text for _, text, _ in transport.sent] == ["in flight"]
    assert [row.text for row in store.due(utcnow())] == ["next"]


async def test_a_crashing_transport_does_not_end_deliveries(store: Store):
    """An unexpected error is logged and the courier comes back; the message is still delivered."""
    queue(store, (1, "survivor"))
    transport = ScriptedTransport()
    calls = {"n": 0}
    original = transport.send

    async def flaky(chat_id: int, text: str) -> Delivery:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        return await original(chat_id, text)

    transport.send = flaky  # type: ignore[method-assign]
    await deliver(store, transport, lambda: bool(transport.sent))
    assert store.stats().outbox["sent"] == 1


async def test_wakes_up_for_newly_queued_messages(store: Store):
    """An idle courier sends a message as soon as it is told one was queued, not at its next poll."""
    transport = ScriptedTransport()
    courier = Courier(store, transport)
    courier.start()
    await asyncio.sleep(0.05)
    started = time.monotonic()
    queue(store, (3, "news"))
    courier.wake()
    while not transport.sent:
        await asyncio.sleep(0.005)
    await courier.stop()
    assert time.monotonic() - started < 1.0


class RefusingStore(Store):
    """A real store whose writes can be made to fail, as on a full disk or a database locked by another process."""

    refuse = False

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.refuse and not self.db.in_transaction:
            raise sqlite3.OperationalError("database or disk is full")
        with super().transaction() as db:
            yield db


async def test_a_store_that_refuses_writes_stops_sending_and_alerts_then_resumes():
    """The transport succeeds but the store cannot record it: each message goes at most once, the operators hear of it,
    and delivery resumes (each message exactly once) when the store accepts writes again."""
    store = RefusingStore(":memory:")
    chats = range(1, 41)
    for chat in chats:
        store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    queue(store, *[(chat, f"news {chat}") for chat in chats])
    transport = ScriptedTransport()
    original = transport.send

    async def send_then_break(chat_id: int, text: str) -> Delivery:
        if len(transport.sent) == 5:
            store.refuse = True  # from the sixth send on, no write succeeds
        return await original(chat_id, text)

    transport.send = send_then_break  # type: ignore[method-assign]
    courier = Courier(store, transport, rate=200, window=8, admins=frozenset({999}))
    courier.start()
    try:
        await asyncio.sleep(2.5)  # long enough for a looping courier to send the same messages many times
        counts = Counter(chat for chat, _, _ in transport.sent if chat != 999)
        assert counts and max(counts.values()) == 1, counts
        assert sum(counts.values()) <= 5 + 8  # what was sent before the failure, and at most the window after
        assert not courier.healthy
        alerts = [text for chat, text, _ in transport.sent if chat == 999]
        assert len(alerts) == 1 and "database" in alerts[0]
        store.refuse = False
        deadline = time.monotonic() + 10
        while len({c for c, _, _ in transport.sent if c != 999}) < len(chats):
            assert time.monotonic() < deadline, "delivery did not resume"
            await asyncio.sleep(0.02)
    finally:
        await courier.stop()
    counts = Counter(chat for chat, _, _ in transport.sent if chat != 999)
    assert set(counts) == set(chats) and max(counts.values()) == 1
    assert courier.healthy and "again" in [text for chat, text, _ in transport.sent if chat == 999][-1]
    assert store.stats().outbox["sent"] == len(chats) and store.stats().outbox["pending"] == 0


async def test_claims_left_by_a_crash_are_sent_again_once(store: Store):
    """A message claimed by a run that died before recording it is sent by the next run (nothing lost)."""
    queue(store, (1, "a"), (2, "b"))
    claimed = store.claim(utcnow(), 1)
    assert [row.text for row in claimed] == ["a"] and store.outbox("pending", limit=5)[-1].in_flight
    assert [row.text for row in store.due(utcnow())] == ["b"]  # a claimed message is nobody else's to send
    transport = ScriptedTransport()
    await deliver(store, transport, lambda: len(transport.sent) == 2)
    assert sorted(text for _, text, _ in transport.sent) == ["a", "b"]
    assert store.stats().outbox["sent"] == 2


class SlowTransport(ScriptedTransport):
    """A transport with a round trip: records when each send started and ended, and how many were in flight."""

    def __init__(self, latency: float, script: dict[int, list[Delivery]] | None = None) -> None:
        super().__init__(script)
        self.latency = latency
        self.flight: Counter = Counter()
        self.most = 0
        self.overlap: list[int] = []  # chats that had two sends in flight at once
        self.spans: list[tuple[int, float, float, Outcome]] = []

    async def send(self, chat_id: int, text: str) -> Delivery:
        started = time.monotonic()
        self.flight[chat_id] += 1
        if self.flight[chat_id] > 1:
            self.overlap.append(chat_id)
        self.most = max(self.most, sum(self.flight.values()))
        await asyncio.sleep(self.latency)
        self.flight[chat_id] -= 1
        delivery = await super().send(chat_id, text)
        self.spans.append((chat_id, started, time.monotonic(), delivery.outcome))
        return delivery


async def test_several_sends_in_flight_never_two_to_one_chat_with_order_and_gaps_kept(database: str):
    """At a 100 ms round trip the courier keeps several sends in flight (bounded by the window), but one per chat:
    each chat's three messages arrive in order, its gap apart."""
    store = Store(database)
    for chat in range(1, 21):
        store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    queue(store, *[(chat, f"{chat}/{part}") for part in range(3) for chat in range(1, 21)])
    transport = SlowTransport(0.1)
    await deliver(store, transport, lambda: len(transport.sent) == 60, rate=100, window=6)
    assert 3 <= transport.most <= 6 and transport.overlap == []
    for chat in range(1, 21):
        mine = [(text, at) for c, text, at in transport.sent if c == chat]
        assert [text for text, _ in mine] == [f"{chat}/{part}" for part in range(3)]
        starts = sorted(start for c, start, _, _ in transport.spans if c == chat)
        ends = sorted(end for c, _, end, _ in transport.spans if c == chat)
        assert all(later - end >= 0.19 for end, later in zip(ends, starts[1:], strict=False))  # private_gap 0.2
    assert store.stats().outbox["sent"] == 60


async def test_a_flood_wait_holds_every_chat_while_others_are_in_flight(database: str):
    """A 429 on one send pauses all sending for retry_after, even with other sends under way; then all go, once."""
    store = Store(database)
    for chat in range(1, 13):
        store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    queue(store, *[(chat, f"m{chat}") for chat in range(1, 13)])
    transport = SlowTransport(0.05, {3: [Delivery(Outcome.FLOOD, "Too Many Requests", retry_after=1)]})
    await deliver(store, transport, lambda: len(transport.sent) == 12, rate=100, window=4)
    flood_end = next(end for chat, _, end, outcome in transport.spans if outcome is Outcome.FLOOD)
    # (a send decided just before the 429 came back may start a moment after it)
    started_during = [chat for chat, start, _, _ in transport.spans if flood_end + 0.05 < start < flood_end + 0.95]
    assert started_during == []
    assert sorted(c for c, _, _ in transport.sent) == list(range(1, 13))


async def test_replies_counted_in_the_send_log_take_slots_from_the_broadcast(store: Store):
    """Messages sent outside the courier (replies) count toward the second's limit: the courier waits for room."""
    from bot.delivery.courier import SendLog

    queue(store, *[(chat, "news") for chat in (1, 2, 3)])
    sends = SendLog(3)  # three messages a second at most, replies included
    for _ in range(3):
        sends.note()  # three replies just went out
    transport = ScriptedTransport()
    started = time.monotonic()
    await deliver(store, transport, lambda: len(transport.sent) == 3, rate=1000, sends=sends)
    assert transport.sent[0][2] - started >= 1.0  # the first broadcast message waited for the replies' second to pass


async def test_a_database_locked_by_another_process_holds_sending_until_it_is_free(tmp_path):
    """Another connection holds BEGIN EXCLUSIVE: the courier sends nothing (it cannot claim) and resumes, each
    message once, when the lock is released."""
    path = tmp_path / "bot.sqlite3"
    store = Store(path)
    for chat in range(1, 6):
        store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    queue(store, *[(chat, f"m{chat}") for chat in range(1, 6)])
    store.db.execute("PRAGMA busy_timeout = 100")  # fail fast in a test (5 s in production)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    transport = ScriptedTransport()
    courier = Courier(store, transport, rate=100, admins=frozenset({999}))
    courier.start()
    try:
        await asyncio.sleep(1.0)
        assert [c for c, _, _ in transport.sent if c != 999] == [] and not courier.healthy
        other.execute("ROLLBACK")
        deadline = time.monotonic() + 10
        while len([c for c, _, _ in transport.sent if c != 999]) < 5:
            assert time.monotonic() < deadline, "delivery did not resume after the lock"
            await asyncio.sleep(0.02)
    finally:
        other.close()
        await courier.stop()
    assert sorted(c for c, _, _ in transport.sent if c != 999) == [1, 2, 3, 4, 5]
    assert store.stats().outbox["sent"] == 5


def test_a_late_message_holds_its_slot_for_its_lateness():
    """A message whose round trip was 100 ms longer than the fastest may have reached Telegram 100 ms late: the
    message `rate` places after it waits that much longer (a fixed guard would let it go after 1.035 s)."""
    from bot.delivery.courier import SendLog

    sends = SendLog(3, margin=0.01)
    late = sends.note(at=0.0)
    sends.answered(late, at=0.15)
    for at in (0.1, 0.2):
        sends.answered(sends.note(at=at), at=at + 0.05)
    assert sends.wait(1.05) == pytest.approx(0.06)  # 0 + 1 s + 10 ms margin + 100 ms late
    assert sends.wait(1.11) == 0.0
    on_time = SendLog(3, margin=0.01)
    for at in (0.0, 0.1, 0.2):
        on_time.answered(on_time.note(at=at), at=at + 0.05)
    assert on_time.wait(1.01) == 0.0  # the same sends, none late: one second and the margin


def test_a_message_not_yet_answered_holds_its_slot_while_it_is_out():
    """Unanswered, a message may still be on its way: it counts as late as it has been out (up to MAX_LATE)."""
    from bot.delivery.courier import MAX_LATE, SendLog

    def two_sent(answer_first: bool) -> SendLog:
        sends = SendLog(2, margin=0.01)
        first = sends.note(at=0.0)
        if answer_first:
            sends.answered(first, at=0.05)
        for at in (0.1, 1.2):
            sends.answered(sends.note(at=at), at=at + 0.05)
        return sends

    assert two_sent(answer_first=True).wait(1.3) == 0.0  # the first counted until 1.01
    out = two_sent(answer_first=False)
    assert out.wait(1.3) == pytest.approx(MAX_LATE + 0.01 - 0.3)  # still out at 1.3: counted until 0 + 1.01 + MAX_LATE


def test_a_429_slows_the_pace_then_it_recovers():
    """AIMD: after a 429 the send log allows 5% less, then wins back 1% a second."""
    from bot.delivery.courier import SendLog

    def three_sent() -> SendLog:
        sends = SendLog(3, margin=0.0)
        for at in (0.0, 0.1, 0.2):
            sends.answered(sends.note(at=at), at=at + 0.05)
        return sends

    assert three_sent().wait(1.0) == 0.0
    sends = three_sent()
    sends.flooded(at=0.5)
    assert sends.speed(0.5) == pytest.approx(0.95)
    assert sends.wait(1.0) > 0.04  # the first slot is held 1 / 0.955 s now
    sends.flooded(at=0.5)
    assert sends.speed(0.5) == pytest.approx(0.95 * 0.95)
    assert sends.speed(11.0) == 1.0


class JitteryTransport(ScriptedTransport):
    """A Bot API with a sliding-second count at its end: most sends arrive 5 ms after they leave, some 90 ms."""

    def __init__(self, late: set[int]) -> None:
        super().__init__()
        self.late = late
        self.arrivals: list[float] = []

    async def send(self, chat_id: int, text: str) -> Delivery:
        await asyncio.sleep(0.09 if chat_id in self.late else 0.005)
        self.arrivals.append(time.monotonic())
        await asyncio.sleep(0.02)
        return await super().send(chat_id, text)


async def test_sends_held_up_on_the_way_never_put_more_than_the_rate_in_a_second_at_arrival(database: str):
    """Two sends reach the Bot API 85 ms later than the others (a loaded machine): the sends `rate` places after
    them wait for it, so no second at the arrival end holds more than `rate` (a fixed 35 ms guard let 11 in)."""
    store = Store(database)
    for chat in range(1, 26):
        store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    queue(store, *[(chat, f"m{chat}") for chat in range(1, 26)])
    transport = JitteryTransport(late={3, 4, 14})
    courier = await deliver(store, transport, lambda: len(transport.sent) == 25, rate=10, window=6)
    arrivals = sorted(transport.arrivals)
    busiest = max(sum(1 for b in arrivals if a - 1.0 < b <= a) for a in arrivals)
    assert busiest <= 10, f"{busiest} arrivals in one second"
    assert courier.sends.fastest == pytest.approx(0.025, abs=0.02)


async def test_a_flood_wait_slows_the_courier_pace(store: Store):
    """A 429 pauses every send for retry_after and, after it, the pace is slower than the rate for a while."""
    queue(store, (1, "first"), (2, "second"))
    transport = ScriptedTransport({1: [Delivery(Outcome.FLOOD, "Too Many Requests", retry_after=1)]})
    courier = await deliver(store, transport, lambda: len(transport.sent) == 2)
    assert courier.sends.speed(time.monotonic()) < 0.97


def test_a_late_message_holds_only_its_own_slot():
    """A late message keeps counting until its own end; later messages on time stop counting at theirs."""
    from bot.delivery.courier import SendLog

    sends = SendLog(2, margin=0.0)
    sends.answered(sends.note(at=0.0), at=0.55)  # 500 ms later than the fastest
    for at in (0.1, 0.2):
        sends.answered(sends.note(at=at), at=at + 0.05)
    assert sends.wait(1.15) == pytest.approx(0.05)  # the late one and the one at 0.2 count; 0.2's ends at 1.2


def test_past_100_a_second_a_late_message_still_holds_only_its_own_slot():
    """At 1,000 a second the count is exact too: one message 500 ms late does not keep the 999 after it counted
    (a count in which it did would hold the next send until it ends, 1.5 s)."""
    from bot.delivery.courier import SendLog

    sends = SendLog(1000, margin=0.0)
    sends.answered(sends.note(at=0.0), at=0.55)  # 500 ms later than the fastest
    for i in range(1, 1000):
        at = i / 1000
        sends.answered(sends.note(at=at), at=at + 0.05)
    assert sends.wait(1.0005) == pytest.approx(0.0005)  # a thousand count; the one sent at 1 ms ends at 1.001
    assert sends.wait(1.2) == 0.0  # the late one and the 799 sent after 0.2 count: room for 200 more
    for _ in range(200):
        sends.note(at=1.2)
    assert sends.wait(1.2) == pytest.approx(0.001)  # a thousand count: the one sent at 0.201 ends first, at 1.201
    assert sends.fastest == pytest.approx(0.05)
