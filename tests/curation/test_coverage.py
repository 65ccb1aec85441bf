"""Coverage: what the briefs leave out of the articles (uncited articles, unnamed people)."""

from __future__ import annotations

from bot.curation.coverage import coverage
from tests.conftest import MINIMAL_DEMANDS, MINIMAL_MEETINGS, MINIMAL_PEOPLE, DataSet


class TestCoverage:
    def test_reports_uncited_articles_and_unnamed_people(self, dataset: DataSet):
        """Articles 001-004 and a registry person no fact names are reported, each at its file and line."""
        people = dataset.write(
            "people.yaml",
            MINIMAL_PEOPLE
            + """\
  - id: putin
    name: {fr: Vladimir Poutine, en: Vladimir Putin}
    role: {fr: président russe, en: President of Russia}
    citations:
      - article: "001"
        quote: "le président russe Vladimir Poutine"
""",
        )
        found = [
            str(problem) for problem in coverage(dataset.load()) if ", sentence " not in str(problem)
        ]  # see test_trust
        articles = [f"{dataset.corpus / f'00{n}.yaml'}:2: article 00{n} is cited by no fact" for n in range(1, 5)]
        assert [line.split(";")[0] for line in found[:4]] == articles
        assert found[4:] == [f"{people}:9: person 'putin' is named by no fact (people, speaker or set_by)"]

    def test_a_speaker_counts_as_named(self, dataset: DataSet):
        """A person named only as a statement's speaker is not reported."""
        dataset.write(
            "statements.yaml",
            """\
            topic: statement
            facts:
              - id: statement-witkoff
                title: {fr: Witkoff parle, en: Witkoff speaks}
                summary: {fr: Witkoff a parlé., en: Witkoff spoke.}
                speaker: witkoff
                citations:
                  - {article: "000", quote: "a été reçu au Kremlin par Vladimir Poutine"}
            """,
        )
        dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("people: [witkoff]", "people: []"))
        assert not [p for p in coverage(dataset.load()) if "person" in p.message]

    def test_reports_nothing_when_everything_is_covered(self, dataset: DataSet):
        """With only article 000, cited, and its one person named, there is nothing to say."""
        for path in dataset.corpus.iterdir():
            if path.stem != "000":
                path.unlink()
        # Sentences of 000 the small data set does not cite are reported too (see test_trust); nothing else is.
        assert [str(p) for p in coverage(dataset.load()) if ", sentence " not in str(p)] == []


def test_a_demand_that_says_not_whose_it_is_is_reported(dataset: DataSet):
    """A demand fact without `by` is reported at its entry: a question naming a party could not set it aside."""
    demands = dataset.write("demands.yaml", MINIMAL_DEMANDS)
    found = [str(problem) for problem in coverage(dataset.load())]
    assert f"{demands}:3: demand 'demand-moscow': add `by:`, whose demand or position it states" in found
