"""How fast an /announce reaches every subscriber under Telegram's overall send limit, and whether any is lost.

    python benchmarks/broadcast.py [--subscribers 1000] [--limit 30] [--repeats 1] [--latency 0] [--paid] [--window N]

Starts the fake Bot API of the tests on 127.0.0.1, made to enforce Telegram's overall limit on sendMessage:
at most --limit accepted calls in any sliding 1.0-second window; any call beyond that is answered HTTP 429
"Too Many Requests: retry after 1" and counted (the one-message-a-second-per-chat rule is left out: each
subscriber gets a single message). A fresh SQLite database in a temporary folder gets --subscribers
subscribers (chat ids 1..N, topic "all", languages alternating fr/en); `briefbot run` (python -m bot run) is
started on it with BRIEFBOT_SEND_RATE unset (30 a second) and an administrator who is no subscriber; once it
polls, the administrator sends `/announce ...`, and the script waits until every subscriber has been
accepted one announcement (or a timeout), settles a moment for late duplicates, then stops the bot with
SIGTERM and checks that it exits 0.

Reports, per run and as the median run (by rate):
  - span: from the first to the last accepted announcement to a subscriber, and the rate over it
    (accepted / span); also the rate over the whole window, from the /announce to the last delivery;
  - 429s: sendMessage calls the fake refused, and the courier's flood waits (its log warnings);
  - pauses: gaps of more than 0.5 s between two accepted deliveries (what the 429s cost);
  - lost (subscribers accepted no announcement) and duplicated (accepted more than one);
  - the outbox afterwards, from the database (sent / pending / failed / dropped).
Target: a rate of at least 90% of --limit with no 429s, nothing lost or duplicated. Exits 1 if anything was
lost or the bot did not exit 0. --latency adds a delay (seconds) to every accepted sendMessage, to see the
effect of a real Bot API round trip (the courier keeps several sends in flight to fill the rate anyway).
--paid starts the bot with BRIEFBOT_PAID_BROADCAST=1 (1,000 a second; use --limit 1000) and counts the sends
that carried allow_paid_broadcast; --window sets BRIEFBOT_SEND_WINDOW.
Loopback only; each run is bounded by a timeout. Run from anywhere: the project root is put on sys.path.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter, deque
from pathlib import Path
from typing import Any

from bot.clock import utcnow
from bot.delivery.store import Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# tests/ is not installed: it is importable once the project root is on sys.path, just above.
from tests.fakeapi import TOKEN, FakeBotApi  # noqa: E402

ADMIN = 999_999
MARK = "Benchmark broadcast"
TOO_MANY = {"error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}}
WINDOW = 1.0  # seconds: Telegram's overall limit, as a sliding window
PAUSE = 0.5  # a gap longer than this between two deliveries counts as a pause


class OverallLimit:
    """The fake's `fail` hook: accept at most `limit` sendMessage calls in any sliding window, refuse the rest (429).

    The fake records every call before asking the hook, so what was accepted is kept here, not read from its calls.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.recent: deque[float] = deque()  # times of the accepted calls of the last WINDOW
        self.accepted: list[tuple[int, float, str]] = []  # (chat_id, monotonic time, text)
        self.refused: list[tuple[int, float]] = []
        self.paid = 0  # accepted calls that asked for a paid broadcast
        self.reached: set[int] = (
            set()
        )  # chats accepted an announcement (kept here: counting in the list is O(n) a call)

    def __call__(self, method: str, params: dict[str, Any]) -> tuple[int, dict] | None:
        if method != "sendMessage":
            return None
        now = time.monotonic()
        while self.recent and self.recent[0] <= now - WINDOW:
            self.recent.popleft()
        chat_id = int(params.get("chat_id", 0))
        if len(self.recent) >= self.limit:
            self.refused.append((chat_id, now))
            return 429, TOO_MANY
        self.recent.append(now)
        self.accepted.append((chat_id, now, str(params.get("text", ""))))
        self.paid += params.get("allow_paid_broadcast") == "true"
        if MARK in self.accepted[-1][2]:
            self.reached.add(chat_id)
        return None


class SlowFakeBotApi(FakeBotApi):
    """The fake Bot API, with an optional delay on accepted sendMessage calls and the time of the first long poll."""

    latency: float = 0.0
    polling: asyncio.Event | None = None

    async def _result(self, method: str, params: dict) -> Any:
        if method == "getUpdates" and self.polling is not None:
            self.polling.set()
        if method == "sendMessage" and self.latency:
            await asyncio.sleep(self.latency)
        return await super()._result(method, params)


def make_db(path: Path, count: int) -> None:
    """A fresh database with `count` private subscribers to everything, chat ids 1..count."""
    store = Store(path)
    now = utcnow()
    with store.transaction():
        for chat_id in range(1, count + 1):
            store.subscribe(chat_id, ["all"], lang="fr" if chat_id % 2 else "en", chat_type="private", now=now)
    store.close()


async def measure(
    subscribers: int, limit: int, latency: float, timeout: float, extra: dict[str, str]
) -> dict[str, Any]:
    """One broadcast to `subscribers` chats through a fresh bot process, fake server and database."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = time.process_time()
    with tempfile.TemporaryDirectory(prefix="briefbot-broadcast-") as folder:
        db = Path(folder) / "briefbot.sqlite3"
        make_db(db, subscribers)
        hook = OverallLimit(limit)
        fake = SlowFakeBotApi(fail=hook)
        fake.latency = latency
        fake.polling = asyncio.Event()
        await fake.start()
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "BRIEFBOT_DB": str(db),
            "BRIEFBOT_ADMINS": str(ADMIN),
            "NO_PROXY": "127.0.0.1",
            "BRIEFBOT_LOG_LEVEL": "WARNING",
        }
        env.pop("BRIEFBOT_SEND_RATE", None)
        env.update(extra)
        log_path = Path(folder) / "bot.log"
        with log_path.open("wb") as log_file:
            profile = ["-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]] if os.environ.get("BENCH_PROFILE") else []
            process = await asyncio.create_subprocess_exec(
                sys.executable, *profile, "-m", "bot", "run", cwd=ROOT, env=env, stderr=log_file
            )
            completed = False
            try:
                await fake.wait_for(lambda: any(c.method == "setMyCommands" for c in fake.calls), timeout=60)
                await asyncio.wait_for(fake.polling.wait(), 60)
                await asyncio.sleep(0.3)  # let the long poll settle
                announced = time.monotonic()
                fake.text(f"/announce {MARK}", chat_id=ADMIN, user_id=ADMIN)

                def delivered() -> int:
                    return len(hook.reached) - (ADMIN in hook.reached)

                try:
                    await fake.wait_for(lambda: delivered() >= subscribers, timeout=timeout)
                    completed = True
                except AssertionError:
                    pass
                await asyncio.sleep(1.5)  # a late retry or a duplicate would show up here
            finally:
                process.send_signal(signal.SIGTERM)
                try:
                    code = await asyncio.wait_for(process.wait(), 60)
                except TimeoutError:
                    process.kill()
                    code = await process.wait()
                await fake.stop()
        stats = Store(db, readonly=True)
        try:
            outbox = stats.stats().outbox
        finally:
            stats.close()
        log = log_path.read_text(encoding="utf-8", errors="replace")

    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    bot_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    ours = [(chat, at) for chat, at, text in hook.accepted if 1 <= chat <= subscribers and MARK in text]
    per_chat = Counter(chat for chat, _ in ours)
    times = sorted(at for _, at in ours)
    first, last = (times[0], times[-1]) if times else (announced, announced)
    span = last - first
    gaps = [b - a for a, b in itertools.pairwise(times)]
    pauses = [g for g in gaps if g > PAUSE]
    return {
        "delivered": len(ours),
        "span": span,
        "rate": len(ours) / span if span > 0 else 0.0,
        "whole": len(ours) / (last - announced) if last > announced else 0.0,
        "first_after": first - announced,
        "refused": len(hook.refused),
        "paid": hook.paid,
        "bot_cpu": bot_cpu,  # CPU seconds of the bot process, start-up included
        "harness_cpu": time.process_time() - own,  # this script and the fake Bot API
        "refused_at": [round(at - first, 3) for _, at in hook.refused][:5],  # seconds after the first delivery
        "flood_waits": log.count("flood limit: waiting"),
        "gave_up": log.count("Rate limit hit after maximum"),
        "pauses": len(pauses),
        "paused": sum(pauses),
        "median_gap": statistics.median(gaps) if gaps else 0.0,
        "lost": sum(1 for chat in range(1, subscribers + 1) if per_chat[chat] == 0),
        "duplicated": sum(1 for n in per_chat.values() if n > 1),
        "other_sends": len(hook.accepted) - len(ours),
        "outbox": outbox,
        "exit": code,
        "completed": completed,
        "errors": [
            line for line in log.splitlines() if " ERROR " in line or "Traceback" in line or " WARNING " in line
        ][:5],
    }


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument(
        "--limit", type=int, default=30, help="accepted sendMessage calls in any sliding 1 s window (Telegram: 30)"
    )
    parser.add_argument("--repeats", type=int, default=1, help="runs; the median run (by rate) is reported")
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds added to each accepted sendMessage (a Bot API round trip)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds to wait for every delivery (default: 3x the ideal time + 30)",
    )
    parser.add_argument(
        "--paid", action="store_true", help="BRIEFBOT_PAID_BROADCAST=1: allow_paid_broadcast, up to 1,000 a second"
    )
    parser.add_argument("--window", type=int, default=None, help="BRIEFBOT_SEND_WINDOW (default: the bot's own)")
    args = parser.parse_args()
    extra = {"BRIEFBOT_PAID_BROADCAST": "1"} if args.paid else {}
    if args.window:
        extra["BRIEFBOT_SEND_WINDOW"] = str(args.window)
    timeout = args.timeout or args.subscribers / args.limit * 3 + 30
    runs = []
    for number in range(args.repeats):
        started = time.monotonic()
        run = await measure(args.subscribers, args.limit, args.latency, timeout, extra)
        run["wall"] = time.monotonic() - started
        runs.append(run)
        print(
            f"run {number + 1}: {run['rate']:.1f}/s, {run['refused']} x 429, {run['lost']} lost, "
            f"{run['duplicated']} duplicated, {run['paid']} paid, {run['wall']:.0f} s; "
            f"CPU: bot {run['bot_cpu']:.1f} s, fake+harness {run['harness_cpu']:.1f} s",
            file=sys.stderr,
        )

    print(
        f"/announce to {args.subscribers} subscribers; "
        f"fake Bot API allows {args.limit} sendMessage per sliding {WINDOW:.0f} s"
        + (f", {args.latency * 1000:.0f} ms per accepted send" if args.latency else "")
        + f"; {args.repeats} run(s)"
    )
    header = (
        f"{'run':>6}{'span':>8}{'rate/s':>8}{'whole/s':>9}{'1st':>7}{'gap':>7}"
        f"{'429s':>6}{'floods':>7}{'pauses':>7}{'lost':>6}{'dupes':>6}  outbox sent/pend/fail/drop  exit"
    )
    print(header)
    ordered = sorted(runs, key=lambda r: r["rate"])
    median = ordered[len(ordered) // 2]
    rows = [(str(i + 1), r) for i, r in enumerate(runs)] + ([("median", median)] if len(runs) > 1 else [])
    for name, r in rows:
        o = r["outbox"]
        print(
            f"{name:>6}{r['span']:>7.1f}s{r['rate']:>8.1f}{r['whole']:>9.1f}"
            f"{r['first_after']:>6.2f}s{r['median_gap'] * 1000:>5.1f}ms"
            f"{r['refused']:>6}{r['flood_waits']:>7}{r['pauses']:>7}{r['lost']:>6}{r['duplicated']:>6}"
            f"  {o['sent']:>4}/{o['pending']}/{o['failed']}/{o['dropped']:<14}{r['exit']:>4}"
        )
    for number, r in enumerate(runs, 1):
        if r["refused_at"]:
            print(f"  run {number}: 429s at {r['refused_at']} s after the first delivery")
    for r in runs:
        for line in r["errors"]:
            print(f"  bot log: {line[:200]}")
    lost = max(r["lost"] for r in runs)
    bad_exit = any(r["exit"] != 0 for r in runs)
    target = 0.9 * args.limit
    verdict = "PASS" if median["rate"] >= target and not lost and not bad_exit and not median["refused"] else "FAIL"
    print(
        f"{verdict}: median rate {median['rate']:.1f}/s = {median['rate'] / args.limit:.0%} of the limit "
        f"(target >= {target:.0f}/s), "
        f"{median['refused']} x 429 ({median['pauses']} pauses, {median['paused']:.1f} s), lost {lost}, "
        f"duplicated {max(r['duplicated'] for r in runs)}, bot exit {'0' if not bad_exit else 'NON-ZERO'}"
    )
    return 1 if lost or bad_exit else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
