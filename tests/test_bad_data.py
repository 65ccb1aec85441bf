"""Bad briefs an unlucky operator may write: each a located problem in `check`, `/reload`, SIGHUP, never a traceback."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.answering.rendering import MAX_MESSAGE, utf16_length
from bot.cli import main
from bot.delivery.notices import chunks
from bot.knowledge.loading import MAX_PROBLEMS_PER_FILE
from bot.knowledge.problems import DataError
from bot.knowledge.yamlsource import MAX_NODES, MAX_TEXT_BYTES, MAX_YAML_BYTES
from bot.tg.app import reload_on_signal
from tests.conftest import DataSet
from tests.fakeapi import FakeBotApi
from tests.tg.test_app import fake  # noqa: F401 - the fixture
from tests.tg.test_subscribe import ADMIN, OTHER_ADMIN, Service, copy_data, serve, texts

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n" for prev, name in zip("abcdefghi", "bcdefghij", strict=True)
)


def _write(text: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(text, encoding="utf-8")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _huge(path: Path) -> None:
    path.write_text("topic: context\nfacts:\n" + "  - x\n" * (MAX_YAML_BYTES // 6 + 10), encoding="utf-8")


# (id, how to make briefs/bad.yaml, line expected in the problem or None, words expected)
BAD_BRIEFS = [
    (
        "impossible-date",
        _write("topic: meeting\nfacts:\n  - id: m\n    date: 2025-02-30\n"),
        4,
        "impossible date '2025-02-30'",
    ),
    ("recursive-alias", _write("topic: context\nfacts: &a [*a]\n"), 2, "aliases"),
    ("billion-laughs", _write(LAUGHS), 1, "aliases"),
    ("merge-key", _write("topic: context\nbase: &b {id: x}\nfacts: [{<<: *b}]\n"), 2, "aliases"),
    ("huge-number", _write("topic: context\nfacts:\n  - id: " + "9" * 5000 + "\n"), 3, "refused"),
    ("too-many-values", _write("topic: context\nfacts: [" + "1, " * MAX_NODES + "1]\n"), 2, "values in one file"),
    ("deep-nesting", _write("topic: context\nfacts: " + "[" * 200 + "]" * 200 + "\n"), 2, "nested more than"),
    ("fifo", _fifo, None, "not a regular file"),
    ("folder", lambda path: path.mkdir(), None, "not a regular file"),
    ("over-size-limit", _huge, None, "file too large"),
    ("not-utf8", lambda path: path.write_bytes(b"topic: context\nfacts: [\xff]\n"), None, "not UTF-8"),
]
IDS = [case[0] for case in BAD_BRIEFS]


@pytest.mark.parametrize(("name", "make", "line", "words"), BAD_BRIEFS, ids=IDS)
def test_bad_brief_is_a_located_problem(
    dataset: DataSet, name: str, make: Callable[[Path], None], line: int | None, words: str
):
    """Loading names the file (and line where there is one) of each bad brief, without a traceback; a fifo or a
    folder is refused before it is opened, so the load returns rather than wait on it."""
    make(dataset.briefs / "bad.yaml")
    with pytest.raises(DataError) as caught:
        dataset.load()
    (problem,) = [p for p in caught.value.problems if p.path.name == "bad.yaml"]
    assert words in problem.message and problem.line == line


@pytest.mark.parametrize(("name", "make", "line", "words"), BAD_BRIEFS, ids=IDS)
def test_check_prints_the_problem_not_a_traceback(
    dataset: DataSet,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: Callable[[Path], None],
    line: int | None,
    words: str,
):
    """`briefbot check` exits 1 with the file:line and the reason on stderr (a FIFO does not hang it)."""
    make(dataset.briefs / "bad.yaml")
    assert main(["check", "--briefs", str(dataset.briefs), "--corpus", str(dataset.corpus)]) == 1
    err = capsys.readouterr().err
    where = f"bad.yaml:{line}:" if line else "bad.yaml:"
    assert where in err and words in err and "Traceback" not in err


def test_problems_of_one_file_are_capped(dataset: DataSet):
    """A file with thousands of wrong entries gives the first fifty problems and a count, not thousands of lines."""
    dataset.write("bad.yaml", "topic: context\nfacts: [" + "1, " * 5000 + "1]\n")
    with pytest.raises(DataError) as caught:
        dataset.load()
    mine = [p for p in caught.value.problems if p.path.name == "bad.yaml"]
    assert len(mine) == MAX_PROBLEMS_PER_FILE + 1 and "4951 more problems" in mine[-1].message


def test_oversized_or_special_article_text_is_named(dataset: DataSet):
    """An article text over the size limit, or a FIFO in its place, is a problem naming the file."""
    text = dataset.corpus / "000.txt"
    text.write_bytes(b"x" * (MAX_TEXT_BYTES + 1))
    (dataset.corpus / "001.txt").unlink()
    os.mkfifo(dataset.corpus / "001.txt")
    with pytest.raises(DataError) as caught:
        dataset.load()
    messages = {p.path.name: p.message for p in caught.value.problems}
    assert "file too large" in messages["000.txt"] and "not a regular file" in messages["001.txt"]


def test_chunks_fit_telegram_in_utf16_units():
    """A report of emoji-laden lines is cut into messages under 4,096 UTF-16 units, losing nothing."""
    report = "\n".join(f"• problem {i}: « {'😀' * 150} »" for i in range(20)) + "\n" + "😀" * 5000
    parts = chunks(report)
    assert len(parts) > 1 and all(0 < utf16_length(part) <= MAX_MESSAGE for part in parts)
    assert "".join(parts).replace("\n", "") == report.replace("\n", "")


# --- /reload and SIGHUP in the running bot --------------------------------------------------------------------


@pytest.fixture
async def service(fake: FakeBotApi, tmp_path: Path) -> AsyncIterator[Service]:  # noqa: F811
    """The bot over a copy of the real data."""
    async for running in serve(fake, copy_data(tmp_path), tmp_path / "bot.sqlite3"):
        yield running


@pytest.mark.parametrize(("name", "make", "line", "words"), BAD_BRIEFS, ids=IDS)
async def test_reload_reports_the_problem_to_every_operator(
    service: Service, name: str, make: Callable[[Path], None], line: int | None, words: str
):
    """/reload answers the caller with the problem and alerts the other operator; the old briefs stay served."""
    served = service.briefs.answerer
    make(service.data.briefs / "bad.yaml")
    service.fake.text("/reload", chat_id=ADMIN, user_id=ADMIN)
    await service.fake.wait_for(lambda: any("refusé" in t for t in texts(service.fake, ADMIN)))
    await service.fake.wait_for(lambda: bool(texts(service.fake, OTHER_ADMIN)))
    where = f"briefs/bad.yaml:{line}:" if line else "briefs/bad.yaml:"
    for chat in (ADMIN, OTHER_ADMIN):
        said = "\n".join(texts(service.fake, chat))
        assert where in said and words in said
        assert all(utf16_length(t) <= MAX_MESSAGE for t in texts(service.fake, chat))
    assert service.briefs.answerer is served


@pytest.mark.parametrize(("name", "make", "line", "words"), BAD_BRIEFS, ids=IDS)
async def test_sighup_reports_the_problem_to_every_operator(
    service: Service, name: str, make: Callable[[Path], None], line: int | None, words: str
):
    """What SIGHUP runs (reload_on_signal) tells every operator which file is wrong and why."""
    make(service.data.briefs / "bad.yaml")
    await reload_on_signal(service.app)
    for chat in (ADMIN, OTHER_ADMIN):
        await service.fake.wait_for(lambda chat=chat: bool(texts(service.fake, chat)))
        said = "\n".join(texts(service.fake, chat))
        assert "Reload refused" in said and "briefs/bad.yaml" in said and words in said


async def test_long_refusal_with_emoji_quotes_is_split_under_the_limit(service: Service):
    """A refusal of 4,000 characters of emoji quotes (over 4,096 UTF-16 units) reaches the caller in a few messages."""
    quote = "😀" * 300
    facts = "".join(
        f"  - id: emoji-{i}\n    title: {{fr: T, en: T}}\n    summary: {{fr: S, en: S}}\n"
        f'    citations:\n      - {{article: "000", quote: "{quote}"}}\n'
        for i in range(10)
    )
    (service.data.briefs / "emoji.yaml").write_text(f"topic: context\nfacts:\n{facts}", encoding="utf-8")
    service.fake.text("/reload", chat_id=ADMIN, user_id=ADMIN)
    await service.fake.wait_for(lambda: sum("emoji-" in t for t in texts(service.fake, ADMIN)) >= 2)
    await service.fake.settle()
    replies = [t for t in texts(service.fake, ADMIN) if "emoji-" in t]
    assert all(utf16_length(t) <= MAX_MESSAGE for t in replies)
    assert sum(t.count("emoji-") for t in replies) == 10


async def test_sighup_to_the_process_tells_the_operators(fake: FakeBotApi, tmp_path: Path):  # noqa: F811
    """`kill -HUP` on `briefbot run` with an impossible date in a brief: both operators get the file and line."""
    import asyncio
    import signal

    from tests.test_run import start_bot

    data = copy_data(tmp_path)
    admins = f"{ADMIN},{OTHER_ADMIN}"
    process = await start_bot(
        fake,
        tmp_path / "bot.sqlite3",
        BRIEFBOT_ADMINS=admins,
        BRIEFBOT_BRIEFS=str(data.briefs),
        BRIEFBOT_CORPUS=str(data.corpus),
    )
    try:
        # deleteWebhook comes after post_init, which installs the SIGHUP handler
        await fake.wait_for(lambda: any(c.method == "deleteWebhook" for c in fake.calls), timeout=30)
        (data.briefs / "bad.yaml").write_text(
            "topic: meeting\nfacts:\n  - id: m\n    date: 2025-02-30\n", encoding="utf-8"
        )
        process.send_signal(signal.SIGHUP)
        await fake.wait_for(lambda: bool(texts(fake, ADMIN)) and bool(texts(fake, OTHER_ADMIN)), timeout=30)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    for chat in (ADMIN, OTHER_ADMIN):
        assert "briefs/bad.yaml:4: YAML error: impossible date" in texts(fake, chat)[0]
    assert "Traceback" not in stderr.decode()


def test_long_quote_not_verbatim_is_named_and_clipped(dataset: DataSet):
    """A 100,000-character quote not in the article is a problem like any other, its text clipped in the message."""
    quote = "Witkoff a été reçu au Kremlin " * 3400
    dataset.write(
        "long.yaml",
        f"topic: context\nfacts:\n  - id: long\n    title: {{fr: T, en: T}}\n    summary: {{fr: S, en: S}}\n"
        f'    citations:\n      - {{article: "000", quote: "{quote}"}}\n',
    )
    with pytest.raises(DataError) as caught:
        dataset.load()
    (problem,) = [p for p in caught.value.problems if p.path.name == "long.yaml"]
    assert "not verbatim" in problem.message and problem.line == 7 and len(problem.message) < 2000
