"""An unusable database (read-only, under a file, a folder, not a database) is one sentence from every command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.clock import utcnow
from bot.delivery.store import Store

COMMANDS = {
    "run": ["run"],
    "subscribers": ["subscribers", "--db", "{db}"],
    "outbox --retry-failed": ["outbox", "--retry-failed", "--db", "{db}"],
}


def _database(path: Path) -> None:
    store = Store(path)
    store.subscribe(1, ["all"], lang="fr", chat_type="private", now=utcnow())
    store.close()


def read_only(target: Path) -> list[str]:
    """A command prefix that runs with target read-only: chmod for a normal user, a read-only bind mount for root."""
    if os.geteuid() != 0:
        target.chmod(0o555 if target.is_dir() else 0o444)
        return []
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'
    prefix = ["unshare", "-m", "sh", "-c", script, "sh", str(target)]
    if (
        not shutil.which("unshare")
        or subprocess.run([*prefix, "true"], capture_output=True, timeout=30).returncode != 0
    ):
        pytest.skip(
            "running as root where a private read-only mount (unshare -m) is not allowed: "
            "cannot make a path read-only for root"
        )
    return prefix


def setup(case: str, tmp_path: Path) -> tuple[Path, list[str], str]:
    """Break a database path one way; return it, a command prefix, and what the sentence must say."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "bot.sqlite3"
    match case:
        case "read-only file":
            _database(db)
            return db, read_only(db), "read-only"
        case "read-only folder":
            return db, read_only(folder), "read-only"
        case "under a regular file":
            (folder / "plain").write_text("x")
            return folder / "plain" / "bot.sqlite3", [], "is a file, not a folder"
        case "a directory":
            db.mkdir()
            return db, [], "is a folder, not a database file"
        case "not a database":
            db.write_bytes(b"this is a text file, not SQLite\n" * 200)
            return db, [], "is not a SQLite database"
    raise AssertionError(case)


@pytest.mark.parametrize(
    "case", ["read-only file", "read-only folder", "under a regular file", "a directory", "not a database"]
)
def test_an_unusable_database_is_one_sentence_naming_the_path(case: str, tmp_path: Path):
    db, prefix, says = setup(case, tmp_path)
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
        "BRIEFBOT_DB": str(db),
        "NO_PROXY": "127.0.0.1",
    }
    for name, args in COMMANDS.items():
        if case == "read-only folder" and name != "run":
            continue  # there is no database there yet: those commands say so (tested elsewhere)
        argv = [*prefix, sys.executable, "-m", "bot", *(a.format(db=db) for a in args)]
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
        if name == "subscribers" and case == "read-only file":
            assert done.returncode == 0 and "Subscribers: 1 active" in done.stdout, (
                done.stderr
            )  # reading needs no write
            continue
        assert done.returncode == 1, (name, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, (name, done.stderr)
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and str(db) in lines[0] and says in lines[0], (name, done.stderr)
