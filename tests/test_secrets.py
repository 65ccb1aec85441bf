"""Secrets never logged, whatever the level: the token, the webhook secret, and readers' text."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from pathlib import Path

import pytest

from bot.logs import RedactToken, SummarizeLibraryDebug, summarize
from tests.fakeapi import TOKEN, FakeBotApi, post_webhook_update
from tests.test_run import free_port, start_bot
from tests.tg.test_app import fake  # noqa: F401 - the fixture

SECRET = "webhook-s3cret-value-42"
READER_TEXT = "Quelle est la position secrète de Lavrov ?"


def _record(msg: str, *args: object, name: str = "bot", level: int = logging.WARNING) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


def _formatted(record: logging.LogRecord) -> str:
    SummarizeLibraryDebug().filter(record)
    RedactToken([SECRET]).filter(record)
    return record.getMessage()


def test_exception_argument_carrying_the_token_is_redacted():
    """A Bot API error whose text quotes the request path, passed as a log argument, loses the token."""
    error = RuntimeError(f"Not Found: /bot{TOKEN}/setMyCommands")
    line = _formatted(_record("could not set the %s command menu for %s: %s", "fr", "default", error))
    assert TOKEN not in line and TOKEN.split(":")[1] not in line and "<token>" in line


def test_webhook_secret_is_redacted_anywhere():
    """The webhook secret is hidden in messages and arguments alike."""
    assert SECRET not in _formatted(_record(f"header {SECRET}")) and SECRET not in _formatted(
        _record("%s", {"secret_token": SECRET})
    )


def test_library_debug_lines_show_kind_ids_and_sizes_not_text():
    """PTB's debug lines (request parameters, whole updates) keep ids and sizes, lose the text."""
    update = {"update_id": 7, "message": {"message_id": 1, "chat": {"id": 42}, "from": {"id": 43}, "text": READER_TEXT}}
    line = _formatted(
        _record(
            "Call to Bot API endpoint `%s` finished with return value `%s`",
            "getUpdates",
            [update],
            name="telegram.Bot",
            level=logging.DEBUG,
        )
    )
    assert READER_TEXT not in line and "update 7: message chat=42 from=43" in line
    params = _formatted(
        _record(
            "Calling Bot API endpoint `%s` with parameters `%s`",
            "sendMessage",
            {"chat_id": 42, "text": READER_TEXT},
            name="telegram.Bot",
            level=logging.DEBUG,
        )
    )
    assert READER_TEXT not in params and "chat_id: 42" in params and f"<{len(READER_TEXT)} characters>" in params
    assert summarize(b"abc") == "<3 bytes>"


def echo_path(method: str, params: dict) -> tuple[int, dict] | None:
    """The fake Bot API refuses command menus with an error that quotes the request path, token included."""
    if method == "setMyCommands":
        return 400, {"error_code": 400, "description": f"Bad Request: no route /bot{TOKEN}/{method} (secret {SECRET})"}
    return None


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_debug_logs_hold_no_token_no_secret_no_reader_text(fake: FakeBotApi, tmp_path: Path, mode: str):  # noqa: F811
    """At DEBUG, with a Bot API echoing the path in its errors, no log line has the token, secret or readers' text."""
    fake.fail = echo_path
    options: list[str] = []
    url = ""
    if mode == "webhook":
        port = free_port()
        url = f"http://127.0.0.1:{port}/hook"
        options = ["--webhook-url", url, "--port", str(port)]
    process = await start_bot(
        fake,
        tmp_path / "bot.sqlite3",
        *options,
        BRIEFBOT_LOG_LEVEL="DEBUG",
        BRIEFBOT_WEBHOOK_SECRET=SECRET,
        BRIEFBOT_LOG_FORMAT="json",
    )
    try:
        ready = "setWebhook" if mode == "webhook" else "deleteWebhook"
        await fake.wait_for(lambda: any(c.method == ready for c in fake.calls), timeout=30)
        if mode == "webhook":
            update = {"update_id": 1, "message": fake.message(READER_TEXT)}
            await post_webhook_update(url, update, SECRET, tries=50)
        else:
            fake.text(READER_TEXT)
        await fake.wait_for(lambda: bool(fake.sent()), timeout=30)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    text = stderr.decode()
    events = [json.loads(line) for line in text.splitlines()]  # JSON from the first line to the last
    assert any(e["level"] == "DEBUG" for e in events), "DEBUG was not on: nothing was tested"
    assert any("could not set the" in e["message"] and "<token>" in e["message"] for e in events)
    assert TOKEN not in text and TOKEN.split(":")[1] not in text and SECRET not in text
    assert "Lavrov" not in text


def test_mapping_arguments_are_redacted_and_still_format():
    """A record formatted with %(name)s keeps working, its values redacted."""
    record = logging.LogRecord(
        "bot",
        logging.WARNING,
        __file__,
        1,
        "path %(path)s code %(code)d",
        ({"path": f"/bot{TOKEN}/x", "code": 400},),
        None,
    )
    line = _formatted(record)
    assert line == "path /bot<token>/x code 400"


@pytest.mark.parametrize("case", ["unreachable", "bad data", "bad setting"])
async def test_json_logs_are_json_from_the_first_line(fake: FakeBotApi, tmp_path: Path, case: str):  # noqa: F811
    """BRIEFBOT_LOG_FORMAT=json: start-up failures (Bot API unreachable, bad briefs or settings) are JSON lines too."""
    from tests.tg.test_subscribe import copy_data

    data = copy_data(tmp_path)
    settings = {"BRIEFBOT_LOG_FORMAT": "json", "BRIEFBOT_BRIEFS": str(data.briefs), "BRIEFBOT_CORPUS": str(data.corpus)}
    if case == "unreachable":
        settings["TELEGRAM_API_BASE_URL"] = f"http://127.0.0.1:{free_port()}/bot"
        expected = "cannot reach the Bot API"
    elif case == "bad data":
        (data.briefs / "bad.yaml").write_text(
            "topic: meeting\nfacts:\n  - id: m\n    date: 2025-02-30\n", encoding="utf-8"
        )
        expected = "bad.yaml:4: YAML error: impossible date"
    else:
        settings["BRIEFBOT_SEND_RATE"] = "fast"
        expected = "BRIEFBOT_SEND_RATE"
    process = await start_bot(fake, tmp_path / "bot.sqlite3", **settings)
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    lines = stderr.decode().splitlines()
    assert process.returncode in (1, 2) and lines
    events = [json.loads(line) for line in lines]
    assert any(expected in e["message"] and e["level"] == "ERROR" for e in events)
    assert TOKEN.split(":")[1] not in stderr.decode()


def test_an_uncaught_crash_is_a_json_line_without_secrets():
    """Even a crash nobody caught is logged in the chosen format, token and secret redacted."""
    import subprocess
    import sys

    code = (
        "from bot.logs import setup_logging\n"
        f"setup_logging('INFO', 'json', secrets=[{SECRET!r}])\n"
        f"raise RuntimeError('{SECRET} /bot{TOKEN}/x')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    (line,) = result.stderr.splitlines()
    event = json.loads(line)
    assert result.returncode == 1 and event["level"] == "CRITICAL" and "RuntimeError" in event["error"]
    assert SECRET not in line and TOKEN not in line
