"""Ingest: an article copied into the corpus byte for byte, with metadata that loads; bad input refused."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from bot.curation.ingest import CurationError, ingest
from tests.conftest import CORPUS, DataSet
from tests.curation.articles import write_source


def ingest_plain(
    source: Path, dataset: DataSet, *, published: dt.date = dt.date(2025, 1, 2), article_id: str | None = None
) -> Path:
    """Ingest source into the data set's corpus with a plain title and no outlet."""
    return ingest(source, dataset.corpus, title="T", outlet=None, published=published, article_id=article_id)


def corpus_files(dataset: DataSet) -> list[str]:
    """The names of the files in the data set's corpus folder."""
    return sorted(path.name for path in dataset.corpus.iterdir())


class TestIngest:
    def test_copies_the_text_byte_for_byte_with_loadable_metadata(self, dataset: DataSet, tmp_path: Path):
        """The copy is identical (CRLF and no-break spaces kept) and the loader accepts its metadata."""
        source = write_source(tmp_path)
        title = "Nouvel ultimatum : « dernier délai »"
        path = ingest(
            source,
            dataset.corpus,
            title=title,
            outlet="Le Monde",
            published=dt.date(2025, 8, 20),
            date_basis="inferred",
            precision="month",
            note="Undated; speaks of 1 September 2025 as ahead.",
        )
        assert path == dataset.corpus / "005.txt"
        assert path.read_bytes() == source.read_bytes()
        meta_text = path.with_suffix(".yaml").read_text(encoding="utf-8")
        assert meta_text.startswith("# Metadata for 005.txt") and 'id: "005"' in meta_text
        meta = dataset.load().articles["005"].meta
        assert (meta.seed, meta.title, meta.outlet) == ("received.txt", title, "Le Monde")
        assert (meta.published, meta.date_precision, meta.date_basis) == (dt.date(2025, 8, 20), "month", "inferred")
        assert meta.date_note == "Undated; speaks of 1 September 2025 as ahead." and meta.title_is_editorial is False

    @pytest.mark.parametrize("outlet", [None, "yes", "Epoch Times", "L'Obs: édition #2", "2025"])
    def test_metadata_reads_back_whatever_the_values(self, dataset: DataSet, tmp_path: Path, outlet: str | None):
        """Values YAML would misread (a bare yes, a colon, a hash, digits) are quoted; the rest stay plain."""
        note = 'A "quoted" note: with # and  two spaces,\nand a line break.'
        day = dt.date(2025, 1, 2)
        ingest(write_source(tmp_path), dataset.corpus, title="T: #1", outlet=outlet, published=day, note=note)
        meta = dataset.load().articles["005"].meta
        assert (meta.outlet, meta.title, meta.date_note, meta.date_precision) == (outlet, "T: #1", note, "day")

    def test_takes_the_id_given(self, dataset: DataSet, tmp_path: Path):
        """--id names the article; the next free number follows the highest one."""
        assert ingest_plain(write_source(tmp_path), dataset, article_id="120").name == "120.txt"
        other = write_source(tmp_path, "Un autre texte sur Poutine.", "other.txt")
        assert ingest_plain(other, dataset).name == "121.txt"

    def test_refuses_a_text_already_in_the_corpus(self, dataset: DataSet, tmp_path: Path):
        """The same bytes under another name are refused, naming the article; nothing is written."""
        source = tmp_path / "copy.txt"
        shutil.copyfile(CORPUS / "002.txt", source)
        before = corpus_files(dataset)
        with pytest.raises(CurationError, match="already in the corpus as article 002"):
            ingest_plain(source, dataset, published=dt.date(2025, 8, 7))
        assert corpus_files(dataset) == before

    @pytest.mark.parametrize(
        ("data", "reason"),
        [("café".encode("latin-1"), "not UTF-8 text (byte 3 is 0xe9)"), (b"", "is empty"), (b" \r\n\t", "is empty")],
    )
    def test_refuses_unreadable_text(self, dataset: DataSet, tmp_path: Path, data: bytes, reason: str):
        """Latin-1, empty and blank files are refused with the reason; nothing is written."""
        source = tmp_path / "bad.txt"
        source.write_bytes(data)
        before = corpus_files(dataset)
        with pytest.raises(CurationError, match=re.escape(reason)):
            ingest_plain(source, dataset)
        assert corpus_files(dataset) == before

    @pytest.mark.parametrize(("article_id", "reason"), [("003", "is taken"), ("no/slash", "would not be valid")])
    def test_refuses_a_taken_or_invalid_id(self, dataset: DataSet, tmp_path: Path, article_id: str, reason: str):
        """An id already in the corpus, or one the schema refuses, writes nothing."""
        before = corpus_files(dataset)
        with pytest.raises(CurationError, match=reason):
            ingest_plain(write_source(tmp_path), dataset, article_id=article_id)
        assert corpus_files(dataset) == before
        assert (CORPUS / "003.txt").read_bytes() == (dataset.corpus / "003.txt").read_bytes()
