"""`briefbot check` and the loader refuse bad data with file, line and a sentence; nothing loads half-way."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.knowledge.loading import Knowledge
from tests.conftest import MINIMAL_DEMANDS, MINIMAL_MEETINGS, MINIMAL_PLACES, DataSet


def test_minimal_dataset_loads(dataset: DataSet):
    """The fixture itself is valid, so each test below breaks exactly one thing."""
    knowledge = dataset.load()
    assert [f.id for f in knowledge.facts] == ["meeting-moscow", "witkoff"]


def test_yaml_syntax_error_names_file_and_line(dataset: DataSet):
    """A YAML syntax error is reported at its line."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("    date: 2025-08-06\n", "    date: [2025-08-06\n"))
    [problem] = dataset.problems()
    assert "meetings.yaml:" in problem and "YAML syntax error" in problem
    line = int(problem.split("meetings.yaml:")[1].split(":")[0])
    assert line in (6, 7)


def test_unknown_field_is_refused_at_its_line(dataset: DataSet):
    """A misspelt field is named, with the line it is on."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("    date:", "    dat:"))
    [problem] = dataset.problems()
    assert problem.endswith("meetings.yaml:6: fact 'meeting-moscow': unknown field 'dat'")


def test_missing_field_is_refused(dataset: DataSet):
    """A fact without a summary is refused."""
    text = MINIMAL_MEETINGS.replace(
        "    summary: {fr: Witkoff a été reçu au Kremlin., en: Witkoff was received at the Kremlin.}\n", ""
    )
    dataset.write("meetings.yaml", text)
    [problem] = dataset.problems()
    assert "missing field 'summary'" in problem and "meetings.yaml:3:" in problem


def test_duplicate_id_is_refused_with_both_places(dataset: DataSet):
    """Two facts with one id: the second is refused and the first is named."""
    dataset.write("more.yaml", MINIMAL_MEETINGS)
    [problem] = dataset.problems()
    assert "more.yaml:3: duplicate id 'meeting-moscow'" in problem
    assert "meetings.yaml:3" in problem


def test_an_id_too_long_for_a_button_is_refused(dataset: DataSet):
    """A fact's id rides in its button, which Telegram limits to 64 bytes: a longer id is refused at its line."""
    long_id = "meeting-" + "m" * 60
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("meeting-moscow", long_id))
    [problem] = dataset.problems()
    assert f"meetings.yaml:3: fact '{long_id}'" in problem and "at most 62 characters" in problem


def test_duplicate_key_is_refused(dataset: DataSet):
    """YAML would keep the last of two equal keys silently; the loader names it."""
    dataset.write(
        "meetings.yaml",
        MINIMAL_MEETINGS.replace("    date: 2025-08-06\n", "    date: 2025-08-06\n    date: 2025-08-07\n"),
    )
    [problem] = dataset.problems()
    assert "meetings.yaml:7: key 'date' is given twice" in problem


def test_citation_of_unknown_article_is_refused(dataset: DataSet):
    """A citation must name an article of the corpus."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace('article: "000"', 'article: "042"'))
    [problem] = dataset.problems()
    assert "meetings.yaml:10:" in problem and "unknown article '042'" in problem


def test_unquoted_article_id_gets_a_hint(dataset: DataSet):
    """YAML reads 000 as the number 0: the error says to quote it."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace('article: "000"', "article: 000"))
    [problem] = dataset.problems()
    assert 'quote ids such as "000"' in problem


def test_quote_not_verbatim_shows_the_closest_passage(dataset: DataSet):
    """A paraphrased quote is refused, and the article's closest passage is shown to fix it."""
    dataset.write(
        "meetings.yaml",
        MINIMAL_MEETINGS.replace(
            "a été reçu au Kremlin par Vladimir Poutine", "a été accueilli au Kremlin par Vladimir Poutine"
        ),
    )
    [problem] = dataset.problems()
    assert "meetings.yaml:11:" in problem
    assert "not verbatim in article 000" in problem
    assert "closest passage: 'a été reçu au Kremlin par Vladimir Poutine" in problem


def test_quote_may_differ_only_in_white_space(dataset: DataSet):
    """Folding a long quote over lines in YAML keeps it verbatim."""
    dataset.write(
        "meetings.yaml",
        MINIMAL_MEETINGS.replace(
            "a été reçu au Kremlin par Vladimir Poutine", "a été reçu  au\\n Kremlin par Vladimir Poutine"
        ),
    )
    assert dataset.load().facts


def test_typographic_apostrophe_matters(dataset: DataSet):
    """A straight apostrophe where the article has a curly one is not verbatim."""
    dataset.write(
        "people.yaml", dataset.briefs.joinpath("people.yaml").read_text().replace("L’émissaire", "L'émissaire")
    )
    [problem] = dataset.problems()
    assert "people.yaml:8:" in problem and "not verbatim" in problem


def test_words_in_guillemets_must_be_the_articles_own(dataset: DataSet):
    """A French summary's « … » reads as the article's words: paraphrased, it is refused at its line; verbatim (up to
    the apostrophe's typography and an opening capital), or from an article the summary names, it loads."""
    paraphrased = "Witkoff a été « accueilli au Kremlin »."
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("Witkoff a été reçu au Kremlin.", f'"{paraphrased}"'))
    [problem] = dataset.problems()
    assert "meetings.yaml:5:" in problem
    assert "summary sets 'accueilli au Kremlin' in guillemets" in problem
    for verbatim in ("Witkoff a « été reçu au Kremlin »", "« A été reçu au Kremlin »"):
        dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("Witkoff a été reçu au Kremlin.", f'"{verbatim}"'))
        assert dataset.load().facts, verbatim


def test_unknown_person_is_refused(dataset: DataSet):
    """A fact naming someone absent from people.yaml is refused."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("people: [witkoff]", "people: [witkoff, lavrov]"))
    [problem] = dataset.problems()
    assert "meetings.yaml:7:" in problem and "unknown person 'lavrov'" in problem


def test_a_place_lies_within_a_known_place(dataset: DataSet):
    """`within` names the place a place lies in: an unknown one is named with file and line; known ones chain."""
    dataset.write(
        "places.yaml", MINIMAL_PLACES.replace("aliases: [Moscou, Moscow]}", "aliases: [Moscou], within: russia}")
    )
    [problem] = dataset.problems()
    assert "places.yaml:2:" in problem and "within unknown place 'russia'" in problem
    russia = "  - {id: russia, name: {fr: Russie, en: Russia}}\n"
    kremlin = "  - {id: kremlin, name: {fr: Kremlin, en: Kremlin}, within: moscow}\n"
    dataset.write(
        "places.yaml", MINIMAL_PLACES.replace("aliases: [Moscou, Moscow]}", "within: russia}") + russia + kremlin
    )
    assert dataset.load().enclosing("kremlin") == ["moscow", "russia"]


def test_who_met_must_be_among_the_facts_people(dataset: DataSet):
    """`met` says who met in the contact a fact reports: someone not among its people is named with file and line."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("    places:", "    met: [witkoff, putin]\n    places:"))
    [problem] = dataset.problems()
    assert "meetings.yaml:8:" in problem and "met names 'putin', who is not among its people" in problem


def test_unknown_place_and_disputed_fact_are_refused(dataset: DataSet):
    """Places and disputes must name known entries too."""
    text = MINIMAL_MEETINGS.replace("places: [moscow]", "places: [osaka]\n    disputes: [meeting-nowhere]")
    dataset.write("meetings.yaml", text)
    problems = dataset.problems()
    assert any("unknown place 'osaka'" in p for p in problems)
    assert any("disputes unknown fact 'meeting-nowhere'" in p for p in problems)


def test_fact_without_citation_is_refused(dataset: DataSet):
    """Every fact cites at least one article."""
    text = MINIMAL_MEETINGS.split("    citations:")[0] + "    citations: []\n"
    dataset.write("meetings.yaml", text)
    [problem] = dataset.problems()
    assert "meetings.yaml:9:" in problem and "fact has no citation" in problem


def test_changed_article_text_is_refused(dataset: DataSet):
    """An article whose text no longer matches its recorded hash is refused."""
    path = dataset.corpus / "002.txt"
    path.write_bytes(path.read_bytes().replace(b"Osaka", b"Tokyo"))
    [problem] = dataset.problems()
    assert "002.yaml:" in problem and "has changed since it was added" in problem


def test_article_without_metadata_is_refused(dataset: DataSet):
    """A text dropped into corpus/ without metadata is named."""
    (dataset.corpus / "005.txt").write_text("Nouvel article.", encoding="utf-8")
    [problem] = dataset.problems()
    assert "005.txt" in problem and "no metadata" in problem


def test_all_problems_are_reported_at_once(dataset: DataSet):
    """Problems in two files are both reported, not only the first."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("    date:", "    dat:"))
    dataset.write("other.yaml", "topic: summit\nfacts: [\n")
    problems = dataset.problems()
    assert len(problems) == 2


def test_check_command_exit_codes(dataset: DataSet, capsys: pytest.CaptureFixture[str]):
    """check prints a one-line summary and exits 0, or the problems and exits 1."""
    args = ["check", "--briefs", str(dataset.briefs), "--corpus", str(dataset.corpus)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: 5 articles, 2 facts") and out.count("\n") == 1
    assert "2 quotes verified" in out
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("    date:", "    dat:"))
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "unknown field 'dat'" in err and "check failed: 1 problem" in err


def test_real_data_passes_check(knowledge):
    """The project's own briefs and corpus load cleanly (a bad edit fails CI here)."""
    assert len(knowledge.facts) >= 80
    assert knowledge.quote_count >= len(knowledge.facts)


def test_schema_file_is_up_to_date():
    """briefs/schema.json is the schema generated from the models (run `briefbot schema -o briefs/schema.json`)."""
    import json

    from bot.knowledge.schema import json_schema
    from tests.conftest import BRIEFS

    assert json.loads((BRIEFS / "schema.json").read_text(encoding="utf-8")) == json_schema()


def test_whose_demand_and_a_persons_country_must_be_known_places(dataset: DataSet):
    """A demand's party (by) and a person's country are place ids: an unknown one is named with its file and line."""
    dataset.write(
        "demands.yaml",
        MINIMAL_DEMANDS.replace("    citations:", "    by: [russia]\n    citations:"),
    )
    dataset.write(
        "people.yaml",
        dataset.briefs.joinpath("people.yaml").read_text().replace("    aliases:", "    country: usa\n    aliases:"),
    )
    problems = dataset.problems()
    assert any("demands.yaml:6:" in p and "unknown place 'russia' in by" in p for p in problems)
    assert any("people.yaml:4:" in p and "unknown place 'usa' in country" in p for p in problems)
    assert len(problems) == 2


def test_where_a_statement_was_made_must_be_a_known_place(dataset: DataSet):
    """A statement's `where` is a place id: an unknown one is named with its file and line."""
    statements = """topic: statement
facts:
  - id: statement-witkoff
    title: {fr: Déclaration, en: Statement}
    summary: {fr: Witkoff a été reçu., en: Witkoff was received.}
    speaker: witkoff
    where: paris
    citations:
      - article: "000"
        quote: "a été reçu au Kremlin par Vladimir Poutine"
"""
    dataset.write("statements.yaml", statements)
    assert [p.split("/")[-1] for p in dataset.problems()] == [
        "statements.yaml:7: statement 'statement-witkoff': unknown place 'paris' in where (add it to places.yaml)"
    ]
    dataset.write("statements.yaml", statements.replace("where: paris", "where: moscow"))
    assert dataset.load().by_id["statement-witkoff"].data.where == "moscow"


def test_name_words_stand_for_the_person_or_place_and_what_holds_them(knowledge: Knowledge):
    registry = knowledge.named_by_word
    assert {"putin", "russia"} <= registry["poutine"]  # the person, and the country they act for
    assert {"kremlin", "moscow", "russia"} <= registry["kremlin"]  # the venue, its city, its country
    assert "vladimir" not in registry  # a first name is shared: only the word ending a name stands for someone
    assert {"witkoff", "putin", "zelensky"} <= knowledge.surnames
    assert "kremlin" not in knowledge.surnames  # a place is no one's surname
    assert {"vladimir", "putin", "poutine", "kirill"} <= knowledge.name_words  # given names too, every spelling
    assert "kremlin" not in knowledge.name_words


def test_a_dates_words_must_be_in_a_quote_of_the_fact(dataset: DataSet):
    """date_words are shown as the article's own: words in none of the fact's quotes are named with file and line;
    on a date the quotes state they are refused as such."""
    inferred = MINIMAL_MEETINGS.replace(
        "    date_basis: inferred\n", "    date_basis: inferred\n    date_words: {fr: hier, en: yesterday}\n"
    )
    dataset.write("meetings.yaml", inferred)
    problems = [p.split("/")[-1] for p in dataset.problems()]
    assert problems == [
        "meetings.yaml:13: meeting 'meeting-moscow': date_words 'hier' is in none of its quotes; give the article's "
        "own words for the date"
    ]
    dataset.write("meetings.yaml", inferred.replace("date_basis: inferred", "date_basis: stated"))
    assert any("date_words given for a date that is neither inferred nor unsettled" in p for p in dataset.problems())
    dataset.write("meetings.yaml", inferred.replace("fr: hier", "fr: reçu au Kremlin"))
    assert dataset.load().by_id["meeting-moscow"].data.date_words.fr == "reçu au Kremlin"
