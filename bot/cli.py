"""The ``briefbot`` command: ask, check, chat and the operator's tools."""

from __future__ import annotations

import argparse
import asyncio
import gc
import datetime as dt
import json
import logging
import sys
from pathlib import Path

from bot import __version__
from bot.config import default_briefs_dir, default_corpus_dir
from bot.knowledge import Knowledge, load_knowledge
from bot.problems import DataError

log = logging.getLogger("briefbot")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=getattr(args, "log_level", "WARNING"), stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description=__doc__)
    parser.add_argument("--version", action="version", version=f"briefbot {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = _command(commands, "check", cmd_check, "validate corpus and briefs (exit 1 on any problem)")
    check.add_argument("-q", "--quiet", action="store_true", help="print problems only")

    ask = _command(commands, "ask", cmd_ask, "answer a question (or one per line on stdin with --jsonl)")
    ask.add_argument("question", nargs="*", help="the question (quotes optional)")
    form = ask.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    form.add_argument("--jsonl", action="store_true", help="read questions from stdin, one JSON answer per line")
    ask.add_argument("--lang", choices=("fr", "en"), help="answer language when the question shows none")
    ask.add_argument("--today", type=_iso_date, help="pin today's date (YYYY-MM-DD) for dates relative to now")

    chat = _command(commands, "chat", cmd_chat, "talk to the bot in the terminal (same answers and commands as Telegram)")
    chat.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of help and of answers to questions that show none")
    chat.add_argument("--today", type=_iso_date, help="pin today's date (YYYY-MM-DD)")

    run = _command(commands, "run", cmd_run, "serve the Telegram bot (long polling); configured from the environment")
    run.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)

    schema = _command(commands, "schema", cmd_schema, "print the JSON Schema of brief files")
    schema.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    return parser


def _command(commands, name: str, run, help_text: str) -> argparse.ArgumentParser:  # noqa: ANN001
    """Add a subcommand that takes the data-folder options."""
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.add_argument("--briefs", type=Path, default=None, help="briefs folder (default: $BRIEFBOT_BRIEFS or ./briefs)")
    sub.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: $BRIEFBOT_CORPUS or ./corpus)")
    sub.set_defaults(run=run)
    return sub


def _load(args: argparse.Namespace) -> Knowledge:
    """Load the knowledge named by the options; DataError propagates."""
    return load_knowledge(args.briefs or default_briefs_dir(), args.corpus or default_corpus_dir())


def _answerer(args: argparse.Namespace):  # noqa: ANN202 - Answerer | None, imported lazily
    """Build an answerer over the data the options name; on bad data, print the problems and return None."""
    from bot.answers import Answerer

    try:
        return Answerer(_load(args), today=args.today)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return None


def cmd_check(args: argparse.Namespace) -> int:
    """Validate the data and print a one-line summary, or every problem."""
    try:
        knowledge = _load(args)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"check failed: {len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"ok: {knowledge.summary()}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question, or a stream of them with --jsonl."""
    answerer = _answerer(args)
    if answerer is None:
        return 1
    if args.jsonl:
        for line in sys.stdin:
            answer = answerer.ask(line.strip(), lang=args.lang)
            print(json.dumps(answer.to_dict(), ensure_ascii=False), flush=True)
        return 0
    question = " ".join(args.question).strip()
    if not question:
        print("briefbot ask: give a question, e.g. briefbot ask \"Quand expire l'ultimatum ?\"", file=sys.stderr)
        return 2
    answer = answerer.ask(question, lang=args.lang)
    print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) if args.json else answer.text)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    """Run the terminal conversation on stdin and stdout."""
    from bot.chat import run_chat

    answerer = _answerer(args)
    if answerer is None:
        return 1
    try:
        run_chat(answerer, sys.stdin, sys.stdout, lang=args.lang, interactive=sys.stdin.isatty())
    except KeyboardInterrupt:
        print()
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Serve the bot on Telegram until stopped."""
    from bot.config import load_settings
    from bot.logs import redact, setup_logging

    try:
        settings = load_settings()
    except ValueError as exc:
        print(f"briefbot run: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level)
    if not settings.token:
        print("briefbot run: set TELEGRAM_BOT_TOKEN to the token @BotFather gave you (see the README).", file=sys.stderr)
        return 2
    args.briefs = args.briefs or settings.data.briefs
    args.corpus = args.corpus or settings.data.corpus
    answerer = _answerer(args)
    if answerer is None:
        return 1
    from telegram.error import InvalidToken, NetworkError

    from bot.tg.app import build_application

    app = build_application(answerer, token=settings.token, base_url=settings.api_base_url, concurrency=settings.concurrency)
    try:
        # Ask who we are before polling: a bad token or an unreachable server is one sentence, not PTB's traceback.
        asyncio.run(_introduce(app))
    except InvalidToken:
        print("briefbot run: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.", file=sys.stderr)
        return 1
    except NetworkError as exc:
        print(f"briefbot run: cannot reach the Bot API at {redact(settings.api_base_url)}: {redact(str(exc))}", file=sys.stderr)
        return 1
    log.info("briefbot %s serving %s", __version__, answerer.knowledge.summary())
    # The knowledge base is read-only from here: keep the garbage collector from walking it on every pass.
    gc.collect()
    gc.freeze()
    app.run_polling(drop_pending_updates=False)
    return 0


async def _introduce(app) -> None:  # noqa: ANN001 - a telegram Application, imported lazily
    """Call getMe once with the configured token and server, then close the connection."""
    async with app.bot:
        await app.bot.get_me()


def _iso_date(text: str) -> dt.date:
    """Parse a YYYY-MM-DD date for argparse."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_schema(args: argparse.Namespace) -> int:
    """Print or write the JSON Schema for brief files."""
    from bot.schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
