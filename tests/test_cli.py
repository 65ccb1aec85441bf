"""The briefbot command: ask (text, --json, --jsonl), chat, and bad data stopping with a sentence."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest

from bot.cli import main
from tests.conftest import MINIMAL_MEETINGS, DataSet


def test_ask_prints_a_readable_answer(capsys: pytest.CaptureFixture[str]):
    """ask prints the lead and cited quotes."""
    assert main(["ask", "--today", "2026-11-21", "Quand", "expire", "l'ultimatum", "?"]) == 0
    out = capsys.readouterr().out
    assert "8 août 2025" in out.splitlines()[0]  # the lead gives the date
    assert re.search(r"^  « [^»]+ » — \[00[0-4]\] article 00[0-4]", out, re.MULTILINE), out


def test_ask_json(capsys: pytest.CaptureFixture[str]):
    """--json prints one object with found, answer and citations."""
    assert main(["ask", "--json", "who is ushakov"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["found"] is True and data["language"] == "en"
    assert {c["article"] for c in data["citations"]} <= {"000", "001", "002", "003", "004"}


def test_ask_jsonl_answers_one_line_per_question(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """--jsonl reads questions from stdin and writes exactly one JSON line each, in order, even for blank lines."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("Osaka?\n\nWho won the 2022 World Cup?\n"))
    assert main(["ask", "--jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    replies = [json.loads(line) for line in lines]
    assert [r["found"] for r in replies] == [True, False, False]
    assert replies[0]["question"] == "Osaka?"


def test_ask_without_question_is_a_usage_error(capsys: pytest.CaptureFixture[str]):
    """An empty ask exits 2 with an example."""
    assert main(["ask"]) == 2
    assert "briefbot ask" in capsys.readouterr().err


def test_ask_refuses_bad_data_without_traceback(dataset: DataSet, capsys: pytest.CaptureFixture[str]):
    """With a broken brief, ask loads nothing and names the problem."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("    date:", "    dat:"))
    assert main(["ask", "--briefs", str(dataset.briefs), "--corpus", str(dataset.corpus), "Witkoff ?"]) == 1
    err = capsys.readouterr().err
    assert "unknown field 'dat'" in err and "Traceback" not in err


def test_chat_answers_commands_and_questions(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """The terminal chat runs /help, /brief, /sources, /source, a question and an unknown command."""
    script = "/help\n/brief\n/sources\n/source 002\nqui est ouchakov\n/nope\n/quit\nnever read\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(script))
    assert main(["chat", "--today", "2026-11-21"]) == 0
    out = capsys.readouterr().out
    assert "/meetings" in out  # the help lists the commands
    assert "L'essentiel, du plus récent" in out
    assert "[004] Paix en Ukraine" in out
    assert "faits tirés de cet article" in out
    assert "conseiller diplomatique" in out
    assert "Commande inconnue : /nope" in out
    assert "never read" not in out


def test_console_script_runs_as_a_process():
    """`python -m bot check` works from a shell, as CI calls it."""
    run = subprocess.run([sys.executable, "-m", "bot", "check"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ok: 5 articles")


def test_core_never_imports_telegram():
    """The core modules load without python-telegram-bot, so they stay testable alone."""
    code = (
        "import sys\n"
        "import bot.cli, bot.answering.answers, bot.answering.matching, bot.answering.views\n"
        "import bot.conversation.chat, bot.knowledge.loading\n"
        "assert not any(m == 'telegram' or m.startswith('telegram.') for m in sys.modules), 'telegram imported'\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]):
    """`briefbot --help` exits 0 and names each command with its help."""
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("ask", "backup", "chat", "check", "draft", "health", "ingest", "outbox", "reload", "run", "schema"):
        assert re.search(rf"^  {command} +\S", out, re.MULTILINE), command
    assert "validate corpus and briefs" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", "--today", "2025-13-01", "Osaka?"], "not a date (YYYY-MM-DD): '2025-13-01'"),
        (["ask", "--json", "--jsonl"], "--json and --jsonl are alternatives"),
        (["ask", "--lang", "de", "Osaka?"], "'de' is not one of"),
        (["nope"], "No such command 'nope'"),
        ([], "Usage: briefbot"),
    ],
)
def test_usage_errors_exit_2_with_a_sentence(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]):
    """A bad option or command exits 2 and says what was wrong, without a traceback."""
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert message in captured.err + captured.out and "Traceback" not in captured.err
