"""The ``briefbot`` command: ask, check, chat and the operator's tools."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import logging
import os
import signal
import sys
from pathlib import Path

from bot import __version__
from bot.config import (
    DataPaths,
    database,
    default_briefs_dir,
    default_corpus_dir,
    default_db_path,
    heartbeat_path,
    pid_path,
)
from bot.knowledge.loading import Knowledge, load_knowledge
from bot.knowledge.problems import DataError

log = logging.getLogger("briefbot")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=getattr(args, "log_level", "WARNING"), stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description=__doc__)
    parser.add_argument("--version", action="version", version=f"briefbot {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = _command(commands, "check", cmd_check, "validate corpus and briefs (exit 1 on any problem)")
    check.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    check.add_argument("--strict", action="store_true", help="exit 1 on coverage warnings too")

    ask = _command(commands, "ask", cmd_ask, "answer a question (or one per line on stdin with --jsonl)")
    ask.add_argument("question", nargs="*", help="the question (quotes optional)")
    form = ask.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    form.add_argument("--jsonl", action="store_true", help="read questions from stdin, one JSON answer per line")
    ask.add_argument("--lang", choices=("fr", "en"), help="answer language when the question shows none")
    ask.add_argument("--today", type=_iso_date, help="pin today's date (YYYY-MM-DD) for dates relative to now")

    chat = _command(
        commands, "chat", cmd_chat, "talk to the bot in the terminal (same answers and commands as Telegram)"
    )
    chat.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="language of help and of answers to questions that show none"
    )
    chat.add_argument("--today", type=_iso_date, help="pin today's date (YYYY-MM-DD)")
    chat.add_argument(
        "--jsonl",
        action="store_true",
        help="one JSON answer per stdin line, as `ask --jsonl`, the input being one conversation",
    )

    run = _command(
        commands, "run", cmd_run, "serve the Telegram bot (long polling, or a webhook); configured from the environment"
    )
    run.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)
    run.add_argument(
        "--webhook-url",
        help="receive updates by webhook at this public HTTPS URL (its path is served locally) instead of polling",
    )
    run.add_argument(
        "--listen", default=None, help="webhook: address to listen on (default: $BRIEFBOT_LISTEN or 127.0.0.1)"
    )
    run.add_argument(
        "--port", type=int, default=None, help="webhook: port to listen on (default: $BRIEFBOT_PORT or 8443)"
    )

    health = commands.add_parser(
        "health", help="exit 0 if a running bot ticked recently (for HEALTHCHECK and monitoring)"
    )
    health.add_argument(
        "--db",
        type=Path,
        default=None,
        help="the bot's database (default: $BRIEFBOT_DB); the heartbeat file is beside it",
    )
    health.add_argument(
        "--max-age", type=float, default=120.0, help="seconds since the last tick still counted as alive (default 120)"
    )
    health.set_defaults(run=cmd_health)

    backup = commands.add_parser(
        "backup", help="copy the subscriber database to FILE, consistently, even while the bot runs"
    )
    backup.add_argument("file", type=Path, help="where to write the copy")
    backup.add_argument(
        "--db", type=Path, default=None, help="database (default: $BRIEFBOT_DB or data/briefbot.sqlite3)"
    )
    backup.set_defaults(run=cmd_backup)

    reload = _command(
        commands, "reload", cmd_reload, "check the briefs, then have the running bot reload them (SIGHUP)"
    )
    reload.add_argument(
        "--db",
        type=Path,
        default=None,
        help="the running bot's database (default: $BRIEFBOT_DB); its pid file is beside it",
    )

    subscribers = commands.add_parser(
        "subscribers", help="count subscribers by status, topic and mode (bot running or not)"
    )
    subscribers.add_argument(
        "--db", type=database, default=None, help="database (default: $BRIEFBOT_DB or data/briefbot.sqlite3)"
    )
    subscribers.set_defaults(run=cmd_subscribers)
    outbox = commands.add_parser("outbox", help="deliveries pending and failed (bot running or not)")
    outbox.add_argument(
        "--db", type=database, default=None, help="database (default: $BRIEFBOT_DB or data/briefbot.sqlite3)"
    )
    outbox.add_argument("--limit", type=int, default=20, help="failed messages to list (default 20)")
    outbox.add_argument(
        "--retry-failed", action="store_true", help="put failed messages back in the queue (after fixing the cause)"
    )
    outbox.set_defaults(run=cmd_outbox)

    schema = _command(commands, "schema", cmd_schema, "print the JSON Schema of brief files")
    schema.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")

    ingest = commands.add_parser(
        "ingest", help="add an article to the corpus", description="add an article to the corpus"
    )
    ingest.add_argument("file", type=Path, help="the article as received (UTF-8 text)")
    ingest.add_argument("--title", required=True, help="the article's own title")
    ingest.add_argument("--editorial-title", action="store_true", help="the article has no title: --title is yours")
    ingest.add_argument("--outlet", help="the outlet, only where the article names itself")
    ingest.add_argument("--date", required=True, type=_iso_date, help="publication date (YYYY-MM-DD)")
    ingest.add_argument("--month", action="store_true", help="only the month of --date is known")
    ingest.add_argument(
        "--inferred", action="store_true", help="the date is inferred, not stated (say how with --note)"
    )
    ingest.add_argument("--note", help="how the date was established")
    ingest.add_argument("--id", help="article id (default: the next free three-digit number)")
    ingest.add_argument(
        "--corpus", type=Path, default=None, help="corpus folder (default: $BRIEFBOT_CORPUS or ./corpus)"
    )
    ingest.set_defaults(run=cmd_ingest)

    draft = _command(commands, "draft", cmd_draft, "propose facts from an article, as YAML to edit into briefs/")
    draft.add_argument("article", help="article id, e.g. 005")
    draft.add_argument("-o", "--output", type=Path, help="write to this new file instead of stdout")
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
    from bot.answering.answers import Answerer

    try:
        return Answerer(_load(args), today=args.today)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return None


def cmd_check(args: argparse.Namespace) -> int:
    """Validate the data and print a one-line summary and coverage warnings, or every problem."""
    try:
        knowledge = _load(args)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"check failed: {len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    from bot.curation.coverage import coverage

    warnings = coverage(knowledge)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not args.quiet:
        print(f"ok: {knowledge.summary()}")
    return 1 if args.strict and warnings else 0


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
        print('briefbot ask: give a question, e.g. briefbot ask "Quand expire l\'ultimatum ?"', file=sys.stderr)
        return 2
    answer = answerer.ask(question, lang=args.lang)
    print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) if args.json else answer.text)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    """Run the terminal conversation on stdin and stdout."""
    from bot.conversation.chat import run_chat, run_jsonl

    answerer = _answerer(args)
    if answerer is None:
        return 1
    if args.jsonl:
        run_jsonl(answerer, sys.stdin, sys.stdout, lang=args.lang)
        return 0
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
        # Logging is set up even so, in the format asked for if that much is readable: JSON from the first line.
        setup_logging("INFO", "json" if os.environ.get("BRIEFBOT_LOG_FORMAT", "").lower() == "json" else "text")
        log.error("briefbot run: %s", exc)
        return 2
    setup_logging(settings.log_level, settings.log_format, secrets=(settings.token or "", settings.webhook_secret))
    if not settings.token:
        log.error("briefbot run: set TELEGRAM_BOT_TOKEN to the token @BotFather gave you (see the README).")
        return 2
    args.briefs = args.briefs or settings.data.briefs
    args.corpus = args.corpus or settings.data.corpus
    from bot.answering.answers import Answerer

    try:
        answerer = Answerer(_load(args), today=args.today)
    except DataError as exc:
        for problem in exc.problems:
            log.error("%s", problem)
        log.error(
            "briefbot run: %d problem(s) in the data; fix them (see `briefbot check`) and start again",
            len(exc.problems),
        )
        return 1
    from telegram.error import InvalidToken, NetworkError

    from bot.delivery.dialect import redacted as db_redacted
    from bot.delivery.leader import Election
    from bot.delivery.store import Store, StoreUnavailable
    from bot.tg.app import build_application

    try:
        store = Store(settings.db, checkpoint_in_thread=True)  # each tick checkpoints in a worker thread
    except StoreUnavailable as exc:
        print(f"briefbot run: {exc}", file=sys.stderr)
        return 1
    app = build_application(
        answerer,
        token=settings.token,
        base_url=settings.api_base_url,
        concurrency=settings.concurrency,
        store=store,
        data=DataPaths(args.briefs, args.corpus),
        admins=settings.admins,
        send_rate=settings.send_rate,
        send_window=settings.send_window,
        paid_broadcast=settings.paid_broadcast,
        outbox_days=settings.outbox_days,
        heartbeat=heartbeat_path(settings.db),
        election=Election(settings.db) if store.postgres else None,  # several processes may share it: one sends
    )
    try:
        # Ask who we are before serving: a bad token or an unreachable server is one sentence, not PTB's traceback.
        asyncio.run(_introduce(app))
    except InvalidToken:
        log.error("briefbot run: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.")
        return 1
    except NetworkError as exc:
        log.error("briefbot run: cannot reach the Bot API at %s: %s", redact(settings.api_base_url), redact(str(exc)))
        return 1
    log.info(
        "briefbot %s serving %s; subscribers in %s",
        __version__,
        answerer.knowledge.summary(),
        db_redacted(str(settings.db)),
    )
    if settings.send_rate > 30 and not settings.paid_broadcast:
        log.warning(
            "BRIEFBOT_SEND_RATE is %g a second: Telegram allows about 30 without BRIEFBOT_PAID_BROADCAST=1",
            settings.send_rate,
        )
    # The knowledge base is read-only from here: keep the garbage collector from walking it on every pass.
    gc.collect()
    gc.freeze()
    pidfile = pid_path(settings.db)
    pidfile.parent.mkdir(parents=True, exist_ok=True)  # data/ may not exist yet when the database is PostgreSQL
    pidfile.write_text(f"{os.getpid()}\n")
    try:
        if args.webhook_url:
            _serve_webhook(app, args, settings)
        else:
            app.run_polling(drop_pending_updates=False)
    finally:
        pidfile.unlink(missing_ok=True)
        store.close()
    log.info("stopped; undelivered messages stay in the outbox for the next start")
    return 0


def _serve_webhook(app, args: argparse.Namespace, settings) -> None:  # noqa: ANN001 - telegram Application, Settings
    """Serve updates posted by Telegram to --webhook-url; each request must carry the secret token."""
    from urllib.parse import urlsplit

    from telegram.error import TelegramError

    from bot.tg.webhook import serve_webhook

    listen = args.listen or settings.listen
    port = args.port or settings.port
    log.info(
        "webhook: listening on %s:%d%s for %s", listen, port, urlsplit(args.webhook_url).path or "/", args.webhook_url
    )
    try:
        asyncio.run(serve_webhook(app, url=args.webhook_url, secret=settings.webhook_secret, listen=listen, port=port))
    except (TelegramError, OSError) as exc:  # setWebhook refused, or the port is taken: one sentence, not a traceback
        log.error("briefbot run: cannot serve the webhook at %s (%s:%d): %s", args.webhook_url, listen, port, exc)
        raise SystemExit(1) from None


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
    from bot.knowledge.schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Copy an article into the corpus with its metadata, then name the next step."""
    from bot.curation.ingest import CurationError, ingest

    try:
        text_path = ingest(
            args.file,
            args.corpus or default_corpus_dir(),
            title=args.title,
            outlet=args.outlet,
            published=args.date,
            date_basis="inferred" if args.inferred else "stated",
            precision="month" if args.month else "day",
            article_id=args.id,
            note=args.note,
            editorial_title=args.editorial_title,
        )
    except CurationError as exc:
        print(f"briefbot ingest: {exc}", file=sys.stderr)
        return 1
    print(f"added {text_path}\nadded {text_path.with_suffix('.yaml')}")
    corpus = f" --corpus {args.corpus}" if args.corpus else ""
    print(f"next: briefbot draft {text_path.stem}{corpus}, then edit the facts into briefs/ and run briefbot check")
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    """Print, or write to a new file, the facts drafted from one article."""
    from bot.curation.drafting import draft

    try:
        knowledge = _load(args)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    article = knowledge.articles.get(args.article)
    if article is None:
        known = ", ".join(sorted(knowledge.articles))
        print(f"briefbot draft: there is no article {args.article!r} in the corpus (known: {known}).", file=sys.stderr)
        return 1
    text = draft(article, knowledge)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        # Never overwrite: the file may hold a curator's edits of an earlier draft.
        with args.output.open("x", encoding="utf-8") as out:
            out.write(text)
    except FileExistsError:
        print(f"briefbot draft: {args.output} already exists; name another file or remove it.", file=sys.stderr)
        return 1
    print(f"wrote {args.output}")
    return 0


def _open_store(args: argparse.Namespace, *, readonly: bool = True):  # a Store, imported lazily
    """Open the database the options name, or say there is none yet and return None."""
    from bot.delivery.store import Store, StoreUnavailable, unusable

    path = args.db or default_db_path()
    if isinstance(path, Path) and not path.exists():
        reason = unusable(path) if not path.parent.is_dir() else None
        print(
            reason
            or f"no database at {path} yet: it is created when `briefbot run` starts (set BRIEFBOT_DB to point elsewhere)",
            file=sys.stderr,
        )
        return None
    try:
        return Store(path, readonly=readonly)
    except StoreUnavailable as exc:
        print(exc, file=sys.stderr)
        return None


def cmd_subscribers(args: argparse.Namespace) -> int:
    """Print subscriber counts from the database (safe while the bot runs: WAL lets readers in)."""
    from bot.delivery.notices import subscriber_report

    store = _open_store(args)
    if store is None:
        return 1
    try:
        print(subscriber_report(store.stats()))
    finally:
        store.close()
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    """Print what is pending and what failed; optionally queue the failed messages again."""
    from bot.clock import utcnow
    from bot.delivery.notices import delivery_report
    from bot.delivery.store import FAILED

    store = _open_store(args, readonly=not args.retry_failed)
    if store is None:
        return 1
    try:
        if args.retry_failed:
            print(f"{store.retry_failed(utcnow())} failed message(s) queued again")
        print(delivery_report(store.stats()))
        oldest = store.next_due()
        if oldest is not None:
            print(f"oldest pending: due since {oldest:%Y-%m-%d %H:%M:%S} UTC")
        for row in store.outbox(FAILED, limit=args.limit):
            print(
                f"failed #{row.id} to chat {row.chat_id} ({row.kind}, {row.attempts} attempt(s), queued {row.created_at:%Y-%m-%d %H:%M}): {row.error}"
            )
    finally:
        store.close()
    return 0


def cmd_reload(args: argparse.Namespace) -> int:
    """Check the data the bot will load, then signal the running bot to reload it."""
    if cmd_check(argparse.Namespace(**{**vars(args), "quiet": True, "strict": False})) != 0:
        print("briefbot reload: not signalled; the running bot keeps its current briefs", file=sys.stderr)
        return 1
    pidfile = pid_path(args.db or default_db_path())
    try:
        pid = int(pidfile.read_text().strip())
        os.kill(pid, signal.SIGHUP)
    except (FileNotFoundError, ValueError, ProcessLookupError):
        print(f"briefbot reload: no running bot found (no live process in {pidfile})", file=sys.stderr)
        return 1
    print(
        f"briefbot reload: data checked; bot (pid {pid}) asked to reload; subscribers will be notified of what changed"
    )
    return 0


def cmd_health(args: argparse.Namespace) -> int:
    """Tell whether the bot is alive: its heartbeat file was touched by a tick within --max-age seconds."""
    import time

    beat = heartbeat_path(args.db or default_db_path())
    try:
        age = time.time() - beat.stat().st_mtime
    except FileNotFoundError:
        print(f"unhealthy: no heartbeat at {beat} (is `briefbot run` started with this database?)", file=sys.stderr)
        return 1
    if age > args.max_age:
        print(f"unhealthy: last heartbeat {age:.0f} s ago (more than {args.max_age:.0f} s)", file=sys.stderr)
        return 1
    print(f"healthy: last heartbeat {age:.0f} s ago")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the database with SQLite's online backup (consistent while the bot writes)."""
    from bot.delivery.store import StoreUnavailable

    store = _open_store(args)
    if store is None:
        return 1
    try:
        if args.file.exists():
            print(f"briefbot backup: {args.file} exists; choose a new file", file=sys.stderr)
            return 1
        store.backup(args.file)
    except StoreUnavailable as exc:  # PostgreSQL: pg_dump is the tool
        print(f"briefbot backup: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"backed up {args.db or default_db_path()} to {args.file}")
    return 0
