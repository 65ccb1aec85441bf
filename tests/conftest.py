"""Shared fixtures: the real data, an answerer pinned to a date, and small data sets to break."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.answering.answers import Answerer
from bot.config import PROJECT_ROOT
from bot.knowledge.loading import Knowledge, load_knowledge
from bot.knowledge.problems import DataError

BRIEFS = PROJECT_ROOT / "briefs"
CORPUS = PROJECT_ROOT / "corpus"
SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"
TODAY = dt.date(2026, 11, 21)


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    """The project's own corpus and briefs, loaded once."""
    return load_knowledge(BRIEFS, CORPUS)


@pytest.fixture(scope="session")
def answerer(knowledge: Knowledge) -> Answerer:
    """An answerer over the real data, with today pinned."""
    return Answerer(knowledge, today=TODAY)


MINIMAL_PEOPLE = """\
people:
  - id: witkoff
    name: {fr: Steve Witkoff, en: Steve Witkoff}
    aliases: [Witkoff]
    role: {fr: émissaire américain, en: US envoy}
    citations:
      - article: "000"
        quote: "L’émissaire spécial américain, Steve Witkoff"
"""
MINIMAL_PLACES = """\
places:
  - {id: moscow, name: {fr: Moscou, en: Moscow}, aliases: [Moscou, Moscow]}
"""
MINIMAL_DEMANDS = """\
topic: demand
facts:
  - id: demand-moscow
    title: {fr: Exigence, en: Demand}
    summary: {fr: Witkoff a été reçu., en: Witkoff was received.}
    citations:
      - article: "000"
        quote: "a été reçu au Kremlin par Vladimir Poutine"
"""
MINIMAL_MEETINGS = """\
topic: meeting
facts:
  - id: meeting-moscow
    title: {fr: Rencontre à Moscou, en: Meeting in Moscow}
    summary: {fr: Witkoff a été reçu au Kremlin., en: Witkoff was received at the Kremlin.}
    date: 2025-08-06
    people: [witkoff]
    places: [moscow]
    citations:
      - article: "000"
        quote: "a été reçu au Kremlin par Vladimir Poutine"
    date_basis: inferred
"""


class DataSet:
    """A small, valid copy of the data in a temporary folder, for tests to break one file at a time."""

    def __init__(self, root: Path) -> None:
        self.briefs = root / "briefs"
        self.corpus = root / "corpus"
        shutil.copytree(CORPUS, self.corpus)
        self.briefs.mkdir()
        self.write("people.yaml", MINIMAL_PEOPLE)
        self.write("places.yaml", MINIMAL_PLACES)
        self.write("meetings.yaml", MINIMAL_MEETINGS)

    def write(self, name: str, text: str) -> Path:
        """Write a brief file (dedented) and return its path."""
        path = self.briefs / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def load(self) -> Knowledge:
        """Load this data set."""
        return load_knowledge(self.briefs, self.corpus)

    def problems(self) -> list[str]:
        """Load this data set, which must fail, and return its problems as strings."""
        with pytest.raises(DataError) as caught:
            self.load()
        return [str(p) for p in caught.value.problems]


@pytest.fixture
def dataset(tmp_path: Path) -> DataSet:
    """A fresh small data set."""
    return DataSet(tmp_path)


TEST_DATABASE_URL = os.environ.get("BRIEFBOT_TEST_DATABASE_URL", "")


def postgres_schema_url(url: str) -> Iterator[str]:
    """A fresh, empty schema on the test server, as a URL whose connections use it; dropped afterwards."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> Iterator[str]:
    """A clean database for a test: SQLite in memory, then PostgreSQL (a new schema at $BRIEFBOT_TEST_DATABASE_URL)."""
    if request.param == "sqlite":
        yield ":memory:"
        return
    if not TEST_DATABASE_URL:
        pytest.skip("PostgreSQL: set BRIEFBOT_TEST_DATABASE_URL to a server's URL (.ci/run starts one)")
    yield from postgres_schema_url(TEST_DATABASE_URL)
