"""Throughput and latency of the bot process against a fake Bot API, side by side with a bare echo bot.

    python benchmarks/updates.py [--updates 1000]

Starts the fake Bot API of the tests on 127.0.0.1, then for each bot (`briefbot run`, and an echo bot built
on the same python-telegram-bot set-up) pushes N text updates, each from its own chat, and waits for every
reply, alternating the two bots over several runs. Reports answered updates per second, the median and p99 time
from update to reply, and the bot process's peak memory (VmHWM). Loopback only; the run is bounded by --updates
and a timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# tests/ is not installed: it is importable once the project root is on sys.path, just above.
from tests.fakeapi import TOKEN, FakeBotApi  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev.yaml"
ECHO = """
import os
from telegram.ext import ApplicationBuilder, MessageHandler, filters
async def echo(update, context):
    await update.effective_message.reply_text(update.effective_message.text)
app = (ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]).base_url(os.environ["TELEGRAM_API_BASE_URL"])
       .concurrent_updates(int(os.environ.get("BRIEFBOT_CONCURRENCY", "8"))).build())
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling()
"""


async def measure(command: list[str], questions: list[str], count: int, concurrency: int = 8) -> dict[str, float]:
    """Run one bot process against a fresh fake server and time `count` updates."""
    fake = FakeBotApi()
    await fake.start()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "NO_PROXY": "127.0.0.1",
        "BRIEFBOT_LOG_LEVEL": "WARNING",
        "BRIEFBOT_CONCURRENCY": str(concurrency),
    }
    process = await asyncio.create_subprocess_exec(*command, env=env, stderr=asyncio.subprocess.DEVNULL)
    try:
        await fake.wait_for(lambda: any(c.method == "deleteWebhook" for c in fake.calls), timeout=60)
        await asyncio.sleep(0.5)  # let the first long poll start
        pushed: dict[str, float] = {}
        start = time.monotonic()
        for number in range(count):
            chat = 10_000 + number
            pushed[str(chat)] = time.monotonic()
            fake.text(questions[number % len(questions)], chat_id=chat, user_id=chat)
        await fake.wait_for(lambda: len({c.params["chat_id"] for c in fake.sent()}) >= count, timeout=300)
        replies = {}
        for call in fake.sent():
            replies.setdefault(call.params["chat_id"], call.at)
        elapsed = max(replies.values()) - start
        latencies = sorted(replies[chat] - pushed[chat] for chat in pushed)
        peak = _peak_memory(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 60)
        await fake.stop()
    return {
        "rate": count / elapsed,
        "median": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "peak_mb": peak,
    }


def _peak_memory(pid: int) -> float:
    """Peak resident memory of a process in MiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent updates, the same for both bots")
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs of each bot, alternating; the median run is reported"
    )
    args = parser.parse_args()
    questions = (
        [item["q"] for item in yaml.safe_load(DEV.read_text(encoding="utf-8"))]
        if DEV.exists()
        else ["Quand expire l'ultimatum ?"]
    )
    runs: dict[str, list[dict[str, float]]] = {"briefbot": [], "echo bot": []}
    for _ in range(args.repeats):  # alternate, so a slow spell of the machine hits both alike
        runs["briefbot"].append(
            await measure([sys.executable, "-m", "bot", "run"], questions, args.updates, args.concurrency)
        )
        runs["echo bot"].append(await measure([sys.executable, "-c", ECHO], questions, args.updates, args.concurrency))
    ours, echo = (
        sorted(runs[name], key=lambda row: row["rate"])[len(runs[name]) // 2] for name in ("briefbot", "echo bot")
    )
    print(
        f"{args.updates} updates, one chat each, {args.concurrency} at a time, long polling a fake Bot API on 127.0.0.1"
    )
    print(
        f"median of {args.repeats} alternating runs each; all rates: "
        + "; ".join(f"{n} " + ", ".join(f"{r['rate']:.0f}" for r in rows) for n, rows in runs.items())
    )
    print(f"{'':14}{'updates/s':>11}{'median':>11}{'p99':>11}{'peak RSS':>11}")
    for name, row in (("briefbot", ours), ("echo bot", echo)):
        print(
            f"{name:14}{row['rate']:>11.1f}{row['median'] * 1000:>9.1f}ms"
            f"{row['p99'] * 1000:>9.1f}ms{row['peak_mb']:>8.1f}MiB"
        )
    print(f"throughput ratio briefbot/echo: {ours['rate'] / echo['rate']:.2f} (target >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
