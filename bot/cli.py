"""The ``briefbot`` command: ask, check, chat and the operator's tools."""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

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

if TYPE_CHECKING:
    from telegram.ext import Application

    from bot.answering.answers import Answerer
    from bot.config import Settings
    from bot.delivery.store import Store

log = logging.getLogger("briefbot")
LANGUAGES = click.Choice(["fr", "en"])


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code (2 for a usage error, as before)."""
    logging.basicConfig(level="WARNING", stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    try:
        # standalone_mode=False: the command's return value is the exit code, and tests call main() in-process.
        result = cli.main(args=argv, prog_name="briefbot", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:  # Ctrl-C or end of input at a prompt
        return 130
    return result if isinstance(result, int) else 0


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """An option's YYYY-MM-DD date, or a usage error naming the value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not a date (YYYY-MM-DD): {value!r}", ctx, param) from None


def db_option(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | str | None:
    """A --db value: a PostgreSQL URL as it is, else a SQLite file's path."""
    return None if value is None else database(value)


# The database the reporting commands read: a SQLite file or a PostgreSQL URL.
database_option = click.option(
    "--db",
    metavar="DB",
    callback=db_option,
    default=None,
    help="database (default: $BRIEFBOT_DB or data/briefbot.sqlite3)",
)


PATH = click.Path(path_type=Path)


def data_options(command: Any) -> Any:
    """Add the data-folder options, --briefs and --corpus."""
    command = click.option(
        "--corpus", type=PATH, default=None, help="corpus folder (default: $BRIEFBOT_CORPUS or ./corpus)"
    )(command)
    return click.option(
        "--briefs", type=PATH, default=None, help="briefs folder (default: $BRIEFBOT_BRIEFS or ./briefs)"
    )(command)


@click.group(
    name="briefbot",
    help=__doc__,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
)
@click.version_option(__version__, prog_name="briefbot", message="%(prog)s %(version)s")
def cli() -> None:
    """The ``briefbot`` command: ask, check, chat and the operator's tools."""


def _load(briefs: Path | None, corpus: Path | None) -> Knowledge:
    """Load the knowledge named by the options; DataError propagates."""
    return load_knowledge(briefs or default_briefs_dir(), corpus or default_corpus_dir())


def _answerer(briefs: Path | None, corpus: Path | None, today: dt.date | None) -> Answerer | None:
    """Build an answerer over the data the options name; on bad data, print the problems and return None."""
    from bot.answering.answers import Answerer

    try:
        return Answerer(_load(briefs, corpus), today=today)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return None


@cli.command(
    "check",
    help="validate corpus and briefs (exit 1 on any problem)",
    short_help="validate corpus and briefs (exit 1 on any problem)",
)
@data_options
@click.option("-q", "--quiet", is_flag=True, help="print problems only")
@click.option("--strict", is_flag=True, help="exit 1 on coverage warnings too")
def cmd_check(briefs: Path | None, corpus: Path | None, quiet: bool, strict: bool) -> int:
    """Validate the data and print a one-line summary and coverage warnings, or every problem."""
    return _check(briefs, corpus, quiet=quiet, strict=strict)


def _check(briefs: Path | None, corpus: Path | None, *, quiet: bool, strict: bool) -> int:
    """What `check` does, for `reload` too."""
    try:
        knowledge = _load(briefs, corpus)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"check failed: {len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    from bot.curation.coverage import coverage

    warnings = coverage(knowledge)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not quiet:
        print(f"ok: {knowledge.summary()}")
    return 1 if strict and warnings else 0


@cli.command(
    "ask",
    help="answer a question (or one per line on stdin with --jsonl)\n\nQUESTION: the question (quotes optional).",
    short_help="answer a question (or one per line on stdin with --jsonl)",
)
@data_options
@click.argument("question", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="print the answer as one JSON object")
@click.option("--jsonl", is_flag=True, help="read questions from stdin, one JSON answer per line")
@click.option("--lang", type=LANGUAGES, default=None, help="answer language when the question shows none")
@click.option(
    "--today",
    metavar="YYYY-MM-DD",
    callback=iso_date,
    default=None,
    help="pin today's date (YYYY-MM-DD) for dates relative to now",
)
def cmd_ask(
    briefs: Path | None,
    corpus: Path | None,
    question: tuple[str, ...],
    as_json: bool,
    jsonl: bool,
    lang: str | None,
    today: dt.date | None,
) -> int:
    """Answer one question, or a stream of them with --jsonl."""
    if as_json and jsonl:
        raise click.UsageError("--json and --jsonl are alternatives: give one")
    answerer = _answerer(briefs, corpus, today)
    if answerer is None:
        return 1
    if jsonl:
        for line in sys.stdin:
            answer = answerer.ask(line.strip(), lang=lang)
            print(json.dumps(answer.to_dict(), ensure_ascii=False), flush=True)
        return 0
    text = " ".join(question).strip()
    if not text:
        print('briefbot ask: give a question, e.g. briefbot ask "Quand expire l\'ultimatum ?"', file=sys.stderr)
        return 2
    answer = answerer.ask(text, lang=lang)
    print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) if as_json else answer.text)
    return 0


@cli.command(
    "chat",
    help="talk to the bot in the terminal (same answers and commands as Telegram)",
    short_help="talk to the bot in the terminal (same answers and commands as Telegram)",
)
@data_options
@click.option(
    "--lang",
    type=LANGUAGES,
    default="fr",
    show_default=True,
    help="language of help and of answers to questions that show none",
)
@click.option("--today", metavar="YYYY-MM-DD", callback=iso_date, default=None, help="pin today's date (YYYY-MM-DD)")
@click.option(
    "--jsonl", is_flag=True, help="one JSON answer per stdin line, as `ask --jsonl`, the input being one conversation"
)
def cmd_chat(briefs: Path | None, corpus: Path | None, lang: str, today: dt.date | None, jsonl: bool) -> int:
    """Run the terminal conversation on stdin and stdout."""
    from bot.conversation.chat import run_chat, run_jsonl

    answerer = _answerer(briefs, corpus, today)
    if answerer is None:
        return 1
    if jsonl:
        run_jsonl(answerer, sys.stdin, sys.stdout, lang=lang)
        return 0
    try:
        run_chat(answerer, sys.stdin, sys.stdout, lang=lang, interactive=sys.stdin.isatty())
    except KeyboardInterrupt:
        print()
    return 0


@cli.command(
    "run",
    help="serve the Telegram bot (long polling, or a webhook); configured from the environment",
    short_help="serve the Telegram bot (long polling, or a webhook); configured from the environment",
)
@data_options
@click.option("--today", metavar="YYYY-MM-DD", callback=iso_date, default=None, hidden=True)
@click.option(
    "--webhook-url",
    default=None,
    help="receive updates by webhook at this public HTTPS URL (its path is served locally) instead of polling",
)
@click.option("--listen", default=None, help="webhook: address to listen on (default: $BRIEFBOT_LISTEN or 127.0.0.1)")
@click.option("--port", type=int, default=None, help="webhook: port to listen on (default: $BRIEFBOT_PORT or 8443)")
def cmd_run(
    briefs: Path | None,
    corpus: Path | None,
    today: dt.date | None,
    webhook_url: str | None,
    listen: str | None,
    port: int | None,
) -> int:
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
    briefs = briefs or settings.data.briefs
    corpus = corpus or settings.data.corpus
    from bot.answering.answers import Answerer

    try:
        answerer = Answerer(_load(briefs, corpus), today=today)
    except DataError as exc:
        for problem in exc.problems:
            log.error("%s", problem)
        log.error(
            "briefbot run: %d problem(s) in the data; fix them (see `briefbot check`) and start again",
            len(exc.problems),
        )
        return 1
    import asyncio

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
        data=DataPaths(briefs, corpus),
        admins=settings.admins,
        send_rate=settings.send_rate,
        send_window=settings.send_window,
        paid_broadcast=settings.paid_broadcast,
        outbox_days=settings.outbox_days,
        heartbeat=heartbeat_path(settings.db),
        election=Election(str(settings.db)) if store.postgres else None,  # several processes may share it: one sends
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
        if webhook_url:
            _serve_webhook(app, settings, url=webhook_url, listen=listen, port=port)
        else:
            app.run_polling(drop_pending_updates=False)
    finally:
        pidfile.unlink(missing_ok=True)
        store.close()
    log.info("stopped; undelivered messages stay in the outbox for the next start")
    return 0


def _serve_webhook(
    app: Application[Any, Any, Any, Any, Any, Any],
    settings: Settings,
    *,
    url: str,
    listen: str | None,
    port: int | None,
) -> None:
    """Serve updates posted by Telegram to --webhook-url; each request must carry the secret token."""
    import asyncio
    from urllib.parse import urlsplit

    from telegram.error import TelegramError

    from bot.tg.webhook import serve_webhook

    listen = listen or settings.listen
    port = port or settings.port
    log.info("webhook: listening on %s:%d%s for %s", listen, port, urlsplit(url).path or "/", url)
    try:
        asyncio.run(serve_webhook(app, url=url, secret=settings.webhook_secret, listen=listen, port=port))
    except (TelegramError, OSError) as exc:  # setWebhook refused, or the port is taken: one sentence, not a traceback
        log.error("briefbot run: cannot serve the webhook at %s (%s:%d): %s", url, listen, port, exc)
        raise SystemExit(1) from None


async def _introduce(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Call getMe once with the configured token and server, then close the connection."""
    async with app.bot:
        await app.bot.get_me()


@cli.command("schema", help="print the JSON Schema of brief files", short_help="print the JSON Schema of brief files")
@data_options
@click.option("-o", "--output", type=PATH, default=None, help="write to this file instead of stdout")
def cmd_schema(briefs: Path | None, corpus: Path | None, output: Path | None) -> int:
    """Print or write the JSON Schema for brief files."""
    from bot.knowledge.schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


@cli.command(
    "ingest",
    help="add an article to the corpus\n\nFILE: the article as received (UTF-8 text).",
    short_help="add an article to the corpus",
)
@click.argument("file", type=PATH)
@click.option("--title", required=True, help="the article's own title")
@click.option("--editorial-title", is_flag=True, help="the article has no title: --title is yours")
@click.option("--outlet", default=None, help="the outlet, only where the article names itself")
@click.option(
    "--date", "published", required=True, metavar="YYYY-MM-DD", callback=iso_date, help="publication date (YYYY-MM-DD)"
)
@click.option("--month", is_flag=True, help="only the month of --date is known")
@click.option("--inferred", is_flag=True, help="the date is inferred, not stated (say how with --note)")
@click.option("--note", default=None, help="how the date was established")
@click.option("--id", "article_id", default=None, help="article id (default: the next free three-digit number)")
@click.option("--corpus", type=PATH, default=None, help="corpus folder (default: $BRIEFBOT_CORPUS or ./corpus)")
def cmd_ingest(
    file: Path,
    title: str,
    editorial_title: bool,
    outlet: str | None,
    published: dt.date,
    month: bool,
    inferred: bool,
    note: str | None,
    article_id: str | None,
    corpus: Path | None,
) -> int:
    """Copy an article into the corpus with its metadata, then name the next step."""
    from bot.curation.ingest import CurationError, ingest

    try:
        text_path = ingest(
            file,
            corpus or default_corpus_dir(),
            title=title,
            outlet=outlet,
            published=published,
            date_basis="inferred" if inferred else "stated",
            precision="month" if month else "day",
            article_id=article_id,
            note=note,
            editorial_title=editorial_title,
        )
    except CurationError as exc:
        print(f"briefbot ingest: {exc}", file=sys.stderr)
        return 1
    print(f"added {text_path}\nadded {text_path.with_suffix('.yaml')}")
    corpus_option = f" --corpus {corpus}" if corpus else ""
    print(
        f"next: briefbot draft {text_path.stem}{corpus_option}, then edit the facts into briefs/ and run briefbot check"
    )
    return 0


@cli.command(
    "draft",
    help="propose facts from an article, as YAML to edit into briefs/\n\nARTICLE: article id, e.g. 005.",
    short_help="propose facts from an article, as YAML to edit into briefs/",
)
@data_options
@click.argument("article")
@click.option("-o", "--output", type=PATH, default=None, help="write to this new file instead of stdout")
def cmd_draft(briefs: Path | None, corpus: Path | None, article: str, output: Path | None) -> int:
    """Print, or write to a new file, the facts drafted from one article."""
    from bot.curation.drafting import draft

    try:
        knowledge = _load(briefs, corpus)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    found = knowledge.articles.get(article)
    if found is None:
        known = ", ".join(sorted(knowledge.articles))
        print(f"briefbot draft: there is no article {article!r} in the corpus (known: {known}).", file=sys.stderr)
        return 1
    text = draft(found, knowledge)
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        # Never overwrite: the file may hold a curator's edits of an earlier draft.
        with output.open("x", encoding="utf-8") as out:
            out.write(text)
    except FileExistsError:
        print(f"briefbot draft: {output} already exists; name another file or remove it.", file=sys.stderr)
        return 1
    print(f"wrote {output}")
    return 0


def _open_store(db: Path | str | None, *, readonly: bool = True) -> Store | None:
    """Open the database the options name, or say there is none yet and return None."""
    from bot.delivery.store import Store, StoreUnavailable, unusable

    path = db or default_db_path()
    if isinstance(path, Path) and not path.exists():
        reason = unusable(path) if not path.parent.is_dir() else None
        print(
            reason
            or f"no database at {path} yet: it is created when `briefbot run` starts"
            " (set BRIEFBOT_DB to point elsewhere)",
            file=sys.stderr,
        )
        return None
    try:
        return Store(path, readonly=readonly)
    except StoreUnavailable as exc:
        print(exc, file=sys.stderr)
        return None


@cli.command(
    "subscribers",
    help="count subscribers by status, topic and mode (bot running or not)",
    short_help="count subscribers by status, topic and mode (bot running or not)",
)
@database_option
def cmd_subscribers(db: Path | str | None) -> int:
    """Print subscriber counts from the database (safe while the bot runs: WAL lets readers in)."""
    from bot.delivery.notices import subscriber_report

    store = _open_store(db)
    if store is None:
        return 1
    try:
        print(subscriber_report(store.stats()))
    finally:
        store.close()
    return 0


@cli.command(
    "outbox",
    help="deliveries pending and failed (bot running or not)",
    short_help="deliveries pending and failed (bot running or not)",
)
@database_option
@click.option("--limit", type=int, default=20, show_default=True, help="failed messages to list")
@click.option("--retry-failed", is_flag=True, help="put failed messages back in the queue (after fixing the cause)")
def cmd_outbox(db: Path | str | None, limit: int, retry_failed: bool) -> int:
    """Print what is pending and what failed; optionally queue the failed messages again."""
    from bot.clock import utcnow
    from bot.delivery.notices import delivery_report
    from bot.delivery.store import FAILED

    store = _open_store(db, readonly=not retry_failed)
    if store is None:
        return 1
    try:
        if retry_failed:
            print(f"{store.retry_failed(utcnow())} failed message(s) queued again")
        print(delivery_report(store.stats()))
        oldest = store.next_due()
        if oldest is not None:
            print(f"oldest pending: due since {oldest:%Y-%m-%d %H:%M:%S} UTC")
        for row in store.outbox(FAILED, limit=limit):
            print(
                f"failed #{row.id} to chat {row.chat_id} ({row.kind}, {row.attempts} attempt(s),"
                f" queued {row.created_at:%Y-%m-%d %H:%M}): {row.error}"
            )
    finally:
        store.close()
    return 0


@cli.command(
    "reload",
    help="check the briefs, then have the running bot reload them (SIGHUP)",
    short_help="check the briefs, then have the running bot reload them (SIGHUP)",
)
@data_options
@click.option(
    "--db",
    type=PATH,
    default=None,
    help="the running bot's database (default: $BRIEFBOT_DB); its pid file is beside it",
)
def cmd_reload(briefs: Path | None, corpus: Path | None, db: Path | None) -> int:
    """Check the data the bot will load, then signal the running bot to reload it."""
    if _check(briefs, corpus, quiet=True, strict=False) != 0:
        print("briefbot reload: not signalled; the running bot keeps its current briefs", file=sys.stderr)
        return 1
    pidfile = pid_path(db or default_db_path())
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


@cli.command(
    "health",
    help="exit 0 if a running bot ticked recently (for HEALTHCHECK and monitoring)",
    short_help="exit 0 if a running bot ticked recently (for HEALTHCHECK and monitoring)",
)
@click.option(
    "--db", type=PATH, default=None, help="the bot's database (default: $BRIEFBOT_DB); the heartbeat file is beside it"
)
@click.option(
    "--max-age", type=float, default=120.0, help="seconds since the last tick still counted as alive (default 120)"
)
def cmd_health(db: Path | None, max_age: float) -> int:
    """Tell whether the bot is alive: its heartbeat file was touched by a tick within --max-age seconds."""
    import time

    beat = heartbeat_path(db or default_db_path())
    try:
        age = time.time() - beat.stat().st_mtime
    except FileNotFoundError:
        print(f"unhealthy: no heartbeat at {beat} (is `briefbot run` started with this database?)", file=sys.stderr)
        return 1
    if age > max_age:
        print(f"unhealthy: last heartbeat {age:.0f} s ago (more than {max_age:.0f} s)", file=sys.stderr)
        return 1
    print(f"healthy: last heartbeat {age:.0f} s ago")
    return 0


@cli.command(
    "backup",
    help="copy the subscriber database to FILE, consistently, even while the bot runs",
    short_help="copy the subscriber database to FILE, consistently, even while the bot runs",
)
@click.argument("file", type=PATH)
@click.option("--db", type=PATH, default=None, help="database (default: $BRIEFBOT_DB or data/briefbot.sqlite3)")
def cmd_backup(file: Path, db: Path | None) -> int:
    """Copy the database with SQLite's online backup (consistent while the bot writes)."""
    from bot.delivery.store import StoreUnavailable

    store = _open_store(db)
    if store is None:
        return 1
    try:
        if file.exists():
            print(f"briefbot backup: {file} exists; choose a new file", file=sys.stderr)
            return 1
        store.backup(file)
    except StoreUnavailable as exc:  # PostgreSQL: pg_dump is the tool
        print(f"briefbot backup: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"backed up {db or default_db_path()} to {file}")
    return 0
