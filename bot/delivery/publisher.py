"""Decides who hears what (news of the briefs, reminders, digests, announcements) and queues it in the outbox."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Generator
from functools import partial
from typing import TypeVar
from zoneinfo import ZoneInfo

from bot.answering.served import ServedBriefs
from bot.clock import utcnow
from bot.delivery import notices
from bot.delivery.changes import ADDED, Change, changes, fingerprint
from bot.delivery.outcomes import Publication, Reload, Tick
from bot.delivery.schedule import next_digest, reminders_due
from bot.delivery.store import Message, Mode, Reader, Store, Subscriber
from bot.delivery.subscriptions import covers
from bot.knowledge.loading import Fact

log = logging.getLogger(__name__)
T = TypeVar("T")


class Publisher:
    """Turns events into outbox messages; each decision and its messages are written in one transaction."""

    def __init__(
        self,
        briefs: ServedBriefs,
        store: Store,
        *,
        admins: frozenset[int] = frozenset(),
        clock: Callable[[], dt.datetime] = utcnow,
        keep: dt.timedelta = dt.timedelta(days=30),
    ) -> None:
        self.briefs = briefs  # read at each job: a reload replaces what they serve
        self.keep = keep  # how long the outbox remembers messages that are no longer pending
        self.store = store
        self.admins = admins
        self.clock = clock
        self.on_queue: Callable[[], None] = lambda: None  # set by the courier: wake up, there is mail
        self.publishes = True  # False in a process that is not the sender: news is decided once, by the sender
        self._publishing = asyncio.Lock()

    def audience(self) -> list[Subscriber]:
        """Subscribers who get notifications now: active (Telegram still delivers) and not muted."""
        return [s for s in self.store.subscribers() if not s.muted]

    def publish(self, now: dt.datetime | None = None) -> Publication:
        """Compare the briefs served with what subscribers were told, and queue news for those it concerns.

        The first time (no published state yet) the briefs become the reference silently: nobody
        subscribed to them is owed the whole corpus as news.
        """
        return _drain(self._publish(now or self.clock()))

    async def publish_async(self, now: dt.datetime | None = None) -> Publication:
        """publish(), a batch of subscribers at a time, letting the event loop answer readers in between."""
        async with self._publishing:  # two reloads at once must not both tell subscribers the same news
            return await _run(self._publish(now or self.clock()))

    def _publish(self, now: dt.datetime) -> Generator[None, None, Publication]:
        """The fan-out of news, in batches (yielding between them); decided and made visible in its last transaction."""
        answerer = self.briefs.answerer
        knowledge = answerer.knowledge
        published = self.store.published()
        found = changes(knowledge, published) if published else []
        composed: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        recipients = queued = kept_count = 0
        job = self.store.open_publication(now) if found else None
        for page in self.store.readers(BATCH) if found else ():
            messages: list[Message] = []
            kept: list[tuple[int, str]] = []
            for reader in page:
                mine = [c for c in found if covers(reader.topics, c.fact)]
                if not mine:
                    continue
                recipients += 1
                key = (reader.lang, tuple(c.fact.id for c in mine))
                if key not in composed:  # subscribers with the same language and topics share one text
                    composed[key] = notices.news(answerer, mine, reader.lang)
                if reader.mode is Mode.DIGEST:
                    kept += [(reader.chat_id, part) for part in composed[key]]
                else:
                    messages += [Message(reader.chat_id, "update", part) for part in composed[key]]
            with self.store.transaction():
                self.store.queue(messages, now=now, publication=job)
                self.store.add_digest_items(kept, now, publication=job)
            queued += len(messages)
            kept_count += len(kept)
            yield
        with self.store.transaction():
            self.store.record_published({fact.id: fingerprint(fact) for fact in knowledge.facts}, now)
            if job is not None:
                self.store.close_publication(job)
        if queued:
            self.on_queue()
        return Publication(_ids(found, ADDED), _ids(found, "changed"), recipients, queued, kept_count)

    def tick(self, now: dt.datetime | None = None) -> Tick:
        """Queue the deadline reminders and the daily digests whose time has come."""
        now = now or self.clock()
        return Tick(_drain(self._reminders(now)), self._digests(now))

    async def tick_async(self, now: dt.datetime | None = None) -> Tick:
        """tick(), the reminders' fan-out in batches letting the event loop answer readers between; prune the outbox."""
        now = now or self.clock()
        done = Tick(await _run(self._reminders(now)), self._digests(now))
        if pruned := self.store.prune(now - self.keep):  # a bounded batch per tick: the history shrinks without a stall
            log.info("outbox: forgot %d message(s) older than %d days", pruned, self.keep.days)
        await asyncio.to_thread(self.store.checkpoint)
        return done

    def _reminders(self, now: dt.datetime) -> Generator[None, None, int]:
        """Queue each due reminder once, to the subscribers its deadline concerns, whatever their delivery mode."""
        queued = 0
        answerer = self.briefs.answerer
        for due in reminders_due(answerer.knowledge, now):
            if self.store.reminder_queued(due.fact.id, due.due_at, due.ahead):
                continue
            job = self.store.open_publication(now)
            sent, audience = yield from self._fan_out(
                job,
                "reminder",
                partial(_concerned, due.fact),
                partial(notices.reminder, answerer, due.fact, due.due_at, now),
                now,
            )
            queued += sent
            with self.store.transaction():
                self.store.record_reminder(due.fact.id, due.due_at, due.ahead, audience, now)
                self.store.close_publication(job)
        if queued:
            self.on_queue()
        return queued

    def _digests(self, now: dt.datetime) -> int:
        """Batch what each digest subscriber's day brought into their digest, at their hour."""
        queued = 0
        for subscriber in self.store.digests_due(now):
            day = now.astimezone(ZoneInfo(subscriber.timezone)).date()
            with self.store.transaction():
                texts = self.store.take_digest(subscriber.chat_id)
                parts = notices.digest(texts, day, subscriber.lang) if texts and not subscriber.muted else []
                self.store.queue([Message(subscriber.chat_id, "digest", part) for part in parts], now=now)
                self.store.close_digest(
                    subscriber.chat_id, next_digest(subscriber.digest_time or "08:00", subscriber.timezone, now)
                )
            queued += len(parts)
        if queued:
            self.on_queue()
        return queued

    def announce(self, text: str, now: dt.datetime | None = None) -> int:
        """Queue an operator's announcement to every subscriber who is not muted; return how many chats."""
        return _drain(self._announce(text, now or self.clock()))

    async def announce_async(self, text: str, now: dt.datetime | None = None) -> int:
        """announce(), a batch of subscribers at a time, letting the event loop answer readers in between."""
        return await _run(self._announce(text, now or self.clock()))

    def _fan_out(
        self,
        job: int,
        kind: str,
        hears: Callable[[Reader], bool],
        compose: Callable[[str], list[str]],
        now: dt.datetime,
    ) -> Generator[None, None, tuple[int, int]]:
        """Queue one text per language to every reader who hears it, a batch at a time: (messages queued, readers)."""
        texts: dict[str, list[str]] = {}  # composed once per language, not once per reader
        queued = readers = 0
        for page in self.store.readers(BATCH):
            mine = [reader for reader in page if hears(reader)]
            for lang in {reader.lang for reader in mine} - set(texts):
                texts[lang] = compose(lang)
            queued += self.store.queue(
                [Message(reader.chat_id, kind, part) for reader in mine for part in texts[reader.lang]],
                now=now,
                publication=job,
            )
            readers += len(mine)
            yield
        return queued, readers

    def _announce(self, text: str, now: dt.datetime) -> Generator[None, None, int]:
        job = self.store.open_publication(now)
        queued, chats = yield from self._fan_out(
            job, "announcement", lambda reader: True, lambda lang: notices.announcement(text, lang), now
        )
        self.store.close_publication(job)
        if queued:
            self.on_queue()
        return chats

    def alert_admins(self, text: str, *, besides: int | None = None) -> None:
        """Tell the operators something went wrong (through the outbox, so it survives a restart)."""
        admins = [a for a in sorted(self.admins) if a != besides]
        if admins:
            self.store.queue(
                [Message(a, "admin", part) for a in admins for part in notices.announcement(text, "en")],
                now=self.clock(),
            )
            self.on_queue()


async def reload(briefs: ServedBriefs, publisher: Publisher) -> Reload:
    """Load the briefs again and serve them if they pass every check; then publish what changed (the sender only)."""
    loaded = await briefs.reload()
    if not loaded.ok:
        return Reload(False, loaded.problems)
    publication = await publisher.publish_async() if publisher.publishes else Publication()
    log.info(
        "reloaded: %s; %d added, %d changed, %d messages queued",
        loaded.summary,
        len(publication.added),
        len(publication.changed),
        publication.messages,
    )
    return Reload(True, summary=loaded.summary, publication=publication)


BATCH = (
    200  # subscribers per transaction of a fan-out: under 20 ms of work on a busy machine, the longest the loop waits
)


def _drain(steps: Generator[None, None, T]) -> T:
    """Run a batched job to its end at once (tests, the command line)."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            value: T = done.value  # StopIteration is not generic: its value is what the generator returned
            return value


async def _run(steps: Generator[None, None, T]) -> T:
    """Run a batched job, giving the event loop a turn between batches."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            value: T = done.value  # StopIteration is not generic: its value is what the generator returned
            return value
        await asyncio.sleep(0)


def _concerned(fact: Fact, reader: Reader) -> bool:
    """Whether a reader's topics cover a fact."""
    return covers(reader.topics, fact)


def _ids(found: list[Change], kind: str) -> tuple[str, ...]:
    """The ids of the changes of one kind."""
    return tuple(c.fact.id for c in found if c.kind == kind)
