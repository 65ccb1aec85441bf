"""The curator's workflow: ingest an article, draft facts from it, and report what the briefs leave out."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.curation.coverage import coverage
from bot.curation.drafting import draft, sentences, trim
from bot.curation.ingest import ingest
from bot.knowledge.loading import Knowledge, load_knowledge
from bot.knowledge.text import fold
from tests.conftest import BRIEFS, CORPUS, DataSet
from tests.curation.articles import documents, write_source


def drafted_facts(text: str) -> list[tuple[str, dict]]:
    """(topic, fact) for every fact of a draft."""
    return [(doc["topic"], fact) for doc in documents(text) for fact in doc["facts"]]


class TestSentences:
    def test_split_keeps_abbreviations_and_is_verbatim(self):
        """ "M. Poutine" does not end a sentence; each sentence is a slice of the text."""
        text = "M. Witkoff a vu M. Poutine à 14h30 (11h30 GMT). « Très utile », dit-il.\nPuis il est parti !"
        found = sentences(text)
        assert found == [
            "M. Witkoff a vu M. Poutine à 14h30 (11h30 GMT).",
            "« Très utile », dit-il.",
            "Puis il est parti !",
        ]
        assert all(sentence in text for sentence in found)

    def test_trim_cuts_long_sentences_at_a_word_boundary(self):
        """A long sentence is cut to at most 300 characters, between words, and stays a substring."""
        sentence = "Selon l’agence officielle russe, " + "l’entretien a duré près de trois heures, " * 12
        quote = trim(sentence)
        assert len(quote) <= 300 and sentence.startswith(quote)
        assert sentence[len(quote)] in " ," and not quote.endswith(",")
        assert trim("Court.") == "Court."


class TestDraft:
    def test_draft_of_article_000_cites_verbatim_and_names_people(self, knowledge: Knowledge):
        """Every quote is verbatim; each fact names the registry people its sentence names."""
        article = knowledge.articles["000"]
        facts = drafted_facts(draft(article, knowledge))
        assert len(facts) >= 5
        for _, fact in facts:
            quote = fact["citations"][0]["quote"]
            assert article.contains(quote) and len(quote) <= 300
            assert fact["citations"][0]["article"] == "000"
            assert fact["title"]["en"].startswith("TODO") and fact["summary"]["fr"].startswith("TODO")
            for person in fact["people"]:
                names = (knowledge.people[person].name.fr, *knowledge.people[person].aliases)
                assert any(f" {fold(name)} " in f" {fold(quote)} " for name in names), (person, quote)
        by_quote = {fact["citations"][0]["quote"]: fact for _, fact in facts}
        ouchakov = next(fact for quote, fact in by_quote.items() if "Iouri Ouchakov" in quote)
        assert ouchakov["people"] == ["putin", "ushakov"]

    def test_the_ultimatum_sentence_is_a_deadline(self, knowledge: Knowledge):
        """The sentence on the ultimatum's expiry is drafted as a deadline, due on the day it names."""
        facts = drafted_facts(draft(knowledge.articles["000"], knowledge))
        deadlines = [fact for topic, fact in facts if topic == "deadline"]
        sentence = "l’expiration de l’ultimatum fixé par Donald Trump"
        ultimatum = next(f for f in deadlines if sentence in f["citations"][0]["quote"])
        assert ultimatum["due"] == dt.date(2025, 8, 6) and ultimatum["people"] == ["trump"]
        assert ultimatum["id"] == "deadline-000-01"

    def test_dates_topics_and_speakers(self, dataset: DataSet, tmp_path: Path):
        """One stated day makes a deadline; two days leave it undated (so not a deadline); a quote gets a speaker."""
        ingest(write_source(tmp_path), dataset.corpus, title="T", outlet=None, published=dt.date(2025, 8, 20))
        knowledge = dataset.load()
        text = draft(knowledge.articles["005"], knowledge)
        facts = {fact["citations"][0]["quote"][:12]: (topic, fact) for topic, fact in drafted_facts(text)}
        topic, fact = facts["Donald Trump"]
        assert (topic, fact["due"]) == ("deadline", dt.date(2025, 9, 1))
        topic, fact = facts["L’ultimatum "]
        assert topic != "deadline" and "date" not in fact and "reads like a deadline" in fact["summary"]["en"]
        topic, fact = facts["M. Poutine a"]
        assert topic == "sanction" and fact["people"] == []  # Poutine is not in this data set's registry
        assert all(knowledge.articles["005"].contains(f["citations"][0]["quote"]) for _, f in facts.values())

    def test_every_draft_loads_as_brief_files(self, tmp_path: Path):
        """Each article's draft, one file per topic beside the real briefs, loads unedited: TODO text is valid."""
        briefs = tmp_path / "briefs"
        shutil.copytree(BRIEFS, briefs)
        knowledge = load_knowledge(BRIEFS, CORPUS)
        count = 0
        for article in knowledge.articles.values():
            for doc in documents(draft(article, knowledge)):
                count += len(doc["facts"])
                text = yaml.safe_dump(doc, allow_unicode=True)
                (briefs / f"draft-{article.id}-{doc['topic']}.yaml").write_text(text, encoding="utf-8")
        loaded = load_knowledge(briefs, CORPUS)
        assert len(loaded.facts) == len(knowledge.facts) + count
        assert {t.topic for t in loaded.facts} >= {"deadline", "statement", "meeting", "demand", "context"}
        todo = [p for p in coverage(loaded) if "TODO placeholder" in p.message]
        assert len(todo) == count

    def test_curation_never_imports_telegram(self):
        """The curator's modules stay part of the core."""
        code = (
            "import sys, bot.curation.ingest, bot.curation.drafting, bot.curation.coverage\n"
            "assert not any(m.split('.')[0] == 'telegram' for m in sys.modules)\n"
        )
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
        assert run.returncode == 0, run.stderr


class TestCommands:
    def test_ingest_draft_check(self, dataset: DataSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
        """ingest names the next step, draft prints or writes YAML, check warns but passes unless --strict."""
        data = ["--briefs", str(dataset.briefs), "--corpus", str(dataset.corpus)]
        source = write_source(tmp_path)
        assert (
            main(
                [
                    "ingest",
                    str(source),
                    "--title",
                    "Nouvel ultimatum",
                    "--editorial-title",
                    "--date",
                    "2025-08-20",
                    "--inferred",
                    "--note",
                    "Undated.",
                    "--corpus",
                    str(dataset.corpus),
                ]
            )
            == 0
        )
        out = capsys.readouterr().out
        assert f"added {dataset.corpus / '005.txt'}" in out and f"briefbot draft 005 --corpus {dataset.corpus}" in out
        meta = dataset.load().articles["005"].meta
        assert (meta.date_basis, meta.date_note, meta.title_is_editorial) == ("inferred", "Undated.", True)

        assert main(["draft", "005", *data]) == 0
        printed = capsys.readouterr().out
        assert printed.startswith("# Draft facts from article 005") and documents(printed)[0]["topic"] == "deadline"
        target = tmp_path / "draft.yaml"
        assert main(["draft", "005", "-o", str(target), *data]) == 0
        assert target.read_text(encoding="utf-8") == printed
        assert main(["draft", "005", "-o", str(target), *data]) == 1
        assert "already exists" in capsys.readouterr().err

        assert main(["check", *data]) == 0
        captured = capsys.readouterr()
        assert captured.out.startswith("ok: 6 articles")
        warnings = captured.err.splitlines()
        assert all(line.startswith("warning: ") for line in warnings)
        assert any("article 005 is cited by no fact" in line for line in warnings)
        assert main(["check", "--strict", "-q", *data]) == 1
        assert capsys.readouterr().out == ""

    def test_refusals_are_one_sentence(self, dataset: DataSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
        """A duplicate ingest and an unknown draft id exit 1 with one line on stderr."""
        ingest_000 = ["ingest", str(CORPUS / "000.txt"), "--title", "T", "--date", "2025-08-06"]
        assert main([*ingest_000, "--corpus", str(dataset.corpus)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("briefbot ingest: ") and "article 000" in err and err.count("\n") == 1
        assert main(["draft", "999", "--briefs", str(dataset.briefs), "--corpus", str(dataset.corpus)]) == 1
        err = capsys.readouterr().err
        assert err == "briefbot draft: there is no article '999' in the corpus (known: 000, 001, 002, 003, 004).\n"
