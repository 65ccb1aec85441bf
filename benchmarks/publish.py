"""How long publishing news to N subscribers takes, how long it holds the event loop, and what memory it needs;
and whether the courier's outbox query stays flat with a long sent history.

    python benchmarks/publish.py [--sizes 1000,10000,100000] [--history 1000000]

For each size: a fresh SQLite database in a temporary folder with N subscribers to everything (languages
alternating), the project's briefs loaded, and a published state in which one fact differs, so one reload
notifies everyone. It runs the bot's own `Publisher.publish_async` (what `/reload`, SIGHUP and start-up use)
while a probe coroutine wakes every 5 ms on the same event loop, then `announce_async`, and reports:
  - queueing time: from the start of the call to the last message queued (and visible to the courier);
  - longest stall: the longest the probe waited past its 5 ms (what a reader's update would wait);
  - memory: the process's peak resident memory during the call, above what it was before.
Then the outbox: `Store.claim` (the courier's query) timed with no history and with --history sent rows.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bot.answering.answers import Answerer
from bot.answering.served import ServedBriefs
from bot.clock import iso, utcnow
from bot.delivery.changes import fingerprint
from bot.delivery.publisher import Publisher
from bot.delivery.store import Store
from bot.knowledge.loading import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
PAGE = 4096


def rss() -> int:
    """Resident memory of this process, in bytes."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE


def fill(store: Store, count: int) -> None:
    """count subscribers to everything, chat ids 1..count, in one transaction."""
    now = iso(utcnow())
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO subscribers (chat_id, lang, created_at) VALUES (?, ?, ?)",
            [(c, "fr" if c % 2 else "en", now) for c in range(1, count + 1)],
        )
        db.executemany(
            "INSERT INTO subscriptions (chat_id, topic) VALUES (?, 'all')", [(c,) for c in range(1, count + 1)]
        )


async def probed(call) -> dict[str, float]:  # noqa: ANN001 - an awaitable factory
    """Run call() while a probe measures the event loop's longest stall and the peak memory."""
    stop = asyncio.Event()
    base = rss()
    stats = {"stall": 0.0, "peak": base}

    async def probe() -> None:
        while not stop.is_set():
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            stats["stall"] = max(stats["stall"], time.perf_counter() - before - 0.005)
            stats["peak"] = max(stats["peak"], rss())

    task = asyncio.create_task(probe())
    await asyncio.sleep(0.01)
    started = time.perf_counter()
    result = await call()
    elapsed = time.perf_counter() - started
    stop.set()
    await task
    return {"time": elapsed, "stall": stats["stall"], "memory": (stats["peak"] - base) / 2**20, "result": result}


async def one_size(count: int, knowledge, folder: Path) -> None:  # noqa: ANN001
    store = Store(folder / f"publish-{count}.sqlite3", checkpoint_in_thread=True)  # as `briefbot run` opens it
    fill(store, count)
    publisher = Publisher(ServedBriefs(Answerer(knowledge)), store)
    prints = {fact.id: fingerprint(fact) for fact in knowledge.facts}
    changed = knowledge.facts[0].id
    store.record_published({**prints, changed: "something else"}, utcnow())
    news = await probed(lambda: publisher.publish_async())
    assert news["result"].messages >= count, news["result"]
    await asyncio.to_thread(store.checkpoint)  # what the bot's tick does every 30 s
    announce = await probed(lambda: publisher.announce_async("Conférence de presse à 18 h"))
    queued = store.stats().outbox["pending"]
    for name, run in (("news (reload)", news), ("announcement", announce)):
        print(f"{count:>8} {name:<14} {run['time']:>8.2f} s {run['stall'] * 1000:>9.1f} ms {run['memory']:>8.1f} MB")
    store.close()
    assert queued >= 2 * count


def claim_timing(folder: Path, history: int) -> None:
    """The courier's claim query with no history, then with `history` sent rows before the pending ones."""
    from bot.delivery.store import Message

    for sent in (0, history):
        store = Store(folder / f"history-{sent}.sqlite3")
        now = utcnow()
        at = iso(now)
        with store.transaction() as db:
            db.executemany(
                "INSERT INTO outbox (chat_id, kind, text, status, created_at, not_before, sent_at)"
                " VALUES (?, 'update', 'x', 'sent', ?, ?, ?)",
                ((i % 50_000 + 1, at, at, at) for i in range(sent)),
            )
        store.queue([Message(c, "update", "pending") for c in range(1, 1001)], now=now)
        times = []
        for _ in range(20):
            started = time.perf_counter()
            rows = store.claim(now, 100)
            times.append(time.perf_counter() - started)
            store.release([r.id for r in rows])
        plan = " / ".join(
            row[3]
            for row in store.db.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM outbox"
                " WHERE status = 'pending' AND claimed_at IS NULL ORDER BY id LIMIT 100"
            )
        )
        print(
            f"claim of 100 with {sent:>9,} sent rows in history: median {statistics.median(times) * 1000:.2f} ms, "
            f"max {max(times) * 1000:.2f} ms ({plan})"
        )
        store.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--history", type=int, default=1_000_000)
    args = parser.parse_args()
    knowledge = load_knowledge(ROOT / "briefs", ROOT / "corpus")
    with tempfile.TemporaryDirectory(prefix="briefbot-publish-") as name:
        folder = Path(name)
        print(f"{'subs':>8} {'what':<14} {'queueing':>10} {'longest stall':>12} {'memory':>10}")
        for count in (int(x) for x in args.sizes.split(",")):
            await one_size(count, knowledge, folder)
        claim_timing(folder, args.history)


if __name__ == "__main__":
    asyncio.run(main())
