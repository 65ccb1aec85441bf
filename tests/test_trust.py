"""Briefs a journalist can trust: dates with their basis, disputes only where linked, every sentence accounted for."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot.answering.answers import Answerer
from bot.answering.rendering import plain
from bot.answering.views import TIMELINE_PAGE, Views
from bot.cli import main
from bot.curation.coverage import coverage, sentences, unaccounted
from bot.delivery.changes import ADDED, Change
from bot.delivery.notices import news
from bot.knowledge.loading import Knowledge, load_knowledge
from bot.knowledge.problems import DataError
from tests.conftest import MINIMAL_MEETINGS, DataSet

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.yaml"


# --- dates with their basis --------------------------------------------------------------------------------------


def test_a_dated_fact_must_say_how_its_date_is_known(dataset: DataSet):
    """A date without date_basis is refused, at the fact."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("    date_basis: inferred\n", ""))
    [problem] = dataset.problems()
    assert "meeting-moscow" in problem and "date_basis missing" in problem


def test_a_date_marked_stated_needs_a_quote_that_states_it(dataset: DataSet):
    """date_basis: stated with no quote naming the day is refused."""
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("date_basis: inferred", "date_basis: stated"))
    [problem] = dataset.problems()
    assert "date 6 août 2025 is marked stated but no quote of the fact names it" in problem


def test_a_worked_out_date_stated_as_fact_in_a_summary_is_refused(dataset: DataSet):
    """A day written in a summary that no quote carries must read as approximate."""
    dataset.write(
        "meetings.yaml",
        MINIMAL_MEETINGS.replace("Witkoff a été reçu au Kremlin.", '"Le 6 août 2025, Witkoff a été reçu au Kremlin."'),
    )
    [problem] = dataset.problems()
    assert "meetings.yaml:" in problem and "summary.fr states '6 août' as fact" in problem
    approximate = MINIMAL_MEETINGS.replace(
        "Witkoff a été reçu au Kremlin.", '"Vers le 6 août 2025, Witkoff a été reçu au Kremlin."'
    )
    dataset.write("meetings.yaml", approximate)
    assert dataset.load().by_id["meeting-moscow"]


def test_a_day_the_quote_states_may_be_written_plainly(dataset: DataSet):
    """Citing the passage that carries the date makes the date the article's, and the summary may state it."""
    text = MINIMAL_MEETINGS.replace("Witkoff a été reçu au Kremlin.", '"Le 6 août, Witkoff a été reçu au Kremlin."')
    text = text.replace("date_basis: inferred", "date_basis: stated").replace(
        '        quote: "a été reçu au Kremlin par Vladimir Poutine"\n',
        '        quote: "a été reçu au Kremlin par Vladimir Poutine"\n'
        '      - article: "000"\n        quote: "une rencontre au sommet s’est tenue ce mercredi 6 août à Moscou"\n',
    )
    dataset.write("meetings.yaml", text)
    assert dataset.load().by_id["meeting-moscow"].data.date_basis == "stated"


def test_worked_out_date_reads_as_approximate_in_an_answer(answerer: Answerer):
    """The Saint Petersburg meeting's day is worked out from the article's date: the answer says "vers"."""
    answer = answerer.ask("Quand Witkoff a-t-il rencontré Poutine à Saint-Pétersbourg ?")
    assert "vers le 11 avril 2025" in answer.text
    assert not re.search(r"(?<!vers )le 11 avril 2025", answer.text)
    english = answerer.ask("When did Witkoff meet Putin in Saint Petersburg?")
    assert "c. 11 April 2025" in english.text


def test_worked_out_date_reads_as_approximate_in_the_timeline(answerer: Answerer):
    """/timeline marks worked-out days with "vers" and a month-precision date as a month."""
    views = Views(answerer)
    lines = [item.text for offset in range(0, 200, TIMELINE_PAGE) for item in views.timeline("fr", offset=offset).items]
    petersburg = next(line for line in lines if "Saint-Pétersbourg" in line)
    assert petersburg.startswith("vers le 11 avril 2025 — ")
    assert any(line.startswith("vers novembre 2025 — ") for line in lines)
    assert any(line.startswith("6 août 2025 — ") for line in lines)  # stated by a quote: no "vers"


def test_worked_out_date_reads_as_approximate_in_a_notification(answerer: Answerer):
    """A subscriber told of a fact with a worked-out date reads it as approximate, and its source as undated."""
    fact = answerer.knowledge.by_id["meeting-2025-04-11-saint-petersburg"]
    text = plain("\n".join(news(answerer, [Change(fact, ADDED)], "fr")))
    assert "vers le 11 avril 2025" in text and "Epoch Times, vers le 12 avril 2025" in text


def test_every_stated_date_is_in_a_quote_and_every_day_written_is_checked(knowledge: Knowledge):
    """The real briefs pass the date checks (they run in load) and mark the newest article's month as inferred."""
    visit = knowledge.by_id["meeting-late-2025-announced-visit"].data
    assert (visit.date_basis, visit.date_precision) == ("inferred", "month")


# --- disputes --------------------------------------------------------------------------------------------------


def test_disputes_must_be_linked_both_ways_and_between_articles(dataset: DataSet):
    """A one-way dispute, or one between facts resting on the same article, is refused."""
    second = MINIMAL_MEETINGS.replace("topic: meeting\nfacts:\n", "").replace("meeting-moscow", "meeting-moscow-bis")
    text = (
        MINIMAL_MEETINGS.replace(
            "    places: [moscow]\n", "    places: [moscow]\n    disputes: [meeting-moscow-bis]\n", 1
        )
        + second
    )
    dataset.write("meetings.yaml", text)
    problems = dataset.problems()
    assert any("does not dispute it back" in p for p in problems)
    assert any("both rest on the same articles" in p for p in problems)


def test_no_sources_disagree_lead_over_facts_not_linked_as_a_dispute(answerer: Answerer):
    """Across the development questions, "the sources disagree" leads only an answer showing both linked sides."""
    questions = [entry["q"] for entry in yaml.safe_load(DEV.read_text(encoding="utf-8"))] if DEV.exists() else []
    questions += [
        "Quand expire l'ultimatum ?",
        "When does the ultimatum expire?",
        "Qui a accueilli Witkoff ?",
        "Combien de régions la Russie exige-t-elle ?",
    ]
    for question in questions:
        answer = answerer.ask(question)
        leads_with_dispute = answer.lead.endswith(("Les sources divergent :", "les sources divergent :", "disagree:"))
        assert leads_with_dispute == answer.disputed, question
        if answer.disputed:
            shown = {item.fact_id: {q.source.article for q in item.quotes} for item in answer.items}
            linked = [
                (a, b)
                for a in shown
                for b in answerer.knowledge.by_id[a].data.disputes
                if b in shown and shown[a] != shown[b]
            ]
            assert linked, question
    assert not answerer.ask("Quand expire l'ultimatum ?").disputed
    # With no answer to give first, the warning alone.
    assert answerer.ask("Witkoff rencontrera-t-il Poutine ?").lead == "Les sources divergent :"


def test_a_linked_dispute_shows_both_sides(answerer: Answerer):
    """004's "first visit in over a year" against 000's earlier meetings: both sides, each attributed, after the
    answer, as its article's, and the warning that the sources disagree (it was the warning alone, the "yes" of 000
    unsaid). A value is said before the warning alone."""
    answer = answerer.ask("Witkoff avait-il déjà rencontré Poutine avant ?")
    assert answer.disputed and answer.lead == "Oui selon l'article 000, mais les sources divergent :"
    disputed = answerer.knowledge.by_id["meeting-witkoff-earlier-meetings"]
    assert answerer.compose("?", "fr", [disputed], first="Où : Saint-Pétersbourg.").lead == (
        "Où : Saint-Pétersbourg, mais les sources divergent :"
    )
    cited = {q.source.article for q in answer.quotes}
    assert "004" in cited and "000" in cited


# --- every sentence accounted for --------------------------------------------------------------------------------


def copy_real_data(root: Path) -> tuple[Path, Path]:
    """A copy of the real briefs and corpus to break."""
    briefs, corpus = root / "briefs", root / "corpus"
    shutil.copytree(ROOT / "briefs", briefs)
    shutil.copytree(ROOT / "corpus", corpus)
    return briefs, corpus


def test_every_sentence_of_every_article_is_accounted_for(knowledge: Knowledge):
    """Each sentence is cited by some fact or listed as left out, with a reason."""
    for article in knowledge.articles.values():
        assert sentences(article)
        assert unaccounted(knowledge, article) == [], article.id
    assert coverage(knowledge) == []


def test_sentences_split_at_sentence_ends_not_at_titles():
    """ "M. Witkoff" does not end a sentence; a closing quote stays with its sentence."""
    knowledge = load_knowledge(ROOT / "briefs", ROOT / "corpus")
    texts = [s.text for s in sentences(knowledge.articles["003"])]
    assert texts[2].startswith("M. Witkoff a été filmé") and texts[2].endswith("d’autres questions.")
    assert any(t.endswith("si j’avais été président !!! »") for t in texts)


def test_strict_check_fails_on_an_unaccounted_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """Dropping a left-out entry makes `check --strict` fail, naming the article, the sentence and the file."""
    briefs, corpus = copy_real_data(tmp_path)
    monkeypatch.setenv("BRIEFBOT_BRIEFS", str(briefs))
    monkeypatch.setenv("BRIEFBOT_CORPUS", str(corpus))
    assert main(["check", "--strict"]) == 0
    meta = corpus / "004.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(
            '  - quote: "Vous avez aimé cet article ?"\n    reason: "The outlet\'s appeal to subscribe, not news."\n',
            "",
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["check"]) == 0  # a warning without --strict
    assert main(["check", "--strict"]) == 1
    err = capsys.readouterr().err
    assert "004.yaml" in err and "article 004, sentence 29" in err and "Vous avez aimé cet article ?" in err


def test_a_left_out_quote_must_be_verbatim(tmp_path: Path):
    """A left_out entry that is not in the article is refused like a bad citation."""
    briefs, corpus = copy_real_data(tmp_path)
    meta = corpus / "003.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("Comment pouvez-vous nous aider", "Comment pourriez-vous nous aider"),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        load_knowledge(briefs, corpus)
    assert "left_out quote is not verbatim in article 003" in str(caught.value.problems[0])


# --- the state of play -------------------------------------------------------------------------------------------


def test_brief_leads_with_the_newest_article_and_fits_a_screen(answerer: Answerer):
    """/brief opens with article 004's news, then the open threads, in about 1,000 characters once quotes are folded."""
    answer = Views(answerer).brief("fr")
    first = answer.items[0]
    assert first.quotes[0].source.article == "004" and "Moscou" in first.text
    assert [i.topic for i in answer.items[1:]] == ["deadline", "demand", "sanction", "summit"]
    folded = "\n".join([answer.lead, *(item.text + (f" {item.note}" if item.note else "") for item in answer.items)])
    assert len(folded) <= 1000
    assert all(item.quotes for item in answer.items)  # each with its article and date, in the citation


def test_timeline_pages_hold_every_dated_fact_oldest_first(answerer: Answerer):
    """/timeline pages through every dated fact, oldest first, each page with a "more" offset until the last."""
    views = Views(answerer)
    dated = [f.id for f in answerer.knowledge.facts if f.data.date]
    seen, offset, pages = [], 0, 0
    while offset is not None:
        page = views.timeline("en", offset=offset)
        assert 0 < len(page.items) <= TIMELINE_PAGE
        seen += [item.fact_id for item in page.items]
        offset, pages = page.paging.next_offset, pages + 1
    assert sorted(seen) == sorted(dated) and pages > 1
    days = [answerer.knowledge.by_id[i].data.date for i in seen]
    assert days == sorted(days)


def test_latest_news_questions_answer_with_the_newest_article(answerer: Answerer):
    """ "quoi de neuf ?" and "latest on Witkoff?" answer from article 004; a subject question does not."""
    for question in ("quoi de neuf ?", "latest on Witkoff?", "Quelles sont les dernières nouvelles ?", "Du nouveau ?"):
        answer = answerer.ask(question)
        assert answer.found and {q.source.article for q in answer.quotes} == {"004"}, question
        assert "004" in answer.lead
    assert "004" not in {q.source.article for q in answerer.ask("Quand expire l'ultimatum ?").quotes}


def test_news_of_what_the_story_holds_nothing_on_is_declined(answerer: Answerer):
    """ "Any news on the Gaza hostage negotiations?": no fact holds it, "hostage" is no word of the briefs; the newest
    article's facts were given as if they were the news asked for. Asked in English, the news is in English."""
    assert not answerer.ask("Any news on the Gaza hostage negotiations?").found
    assert answerer.ask("Latest on Witkoff?").lead.startswith("The latest")  # "Latest" opens it: it is no name
    assert answerer.ask("Any news on the summit?").lead.startswith("The latest")


def test_new_before_a_noun_is_no_news_request(answerer: Answerer):
    """ "Le nom du nouveau missile" asks a name the articles do not give: no "latest news" answer, a decline."""
    answer = answerer.ask("Quel est le nom du nouveau missile russe ?")
    assert not answer.found and "004" not in answer.lead


# --- honest labels -------------------------------------------------------------------------------------------------


def test_our_titles_are_not_presented_as_the_outlets(answerer: Answerer):
    """A citation names the outlet or "article NNN", never a title we wrote; /sources marks our titles."""
    answer = answerer.ask("Combien de temps a duré la rencontre du 6 août ?")
    ours = {a.meta.title for a in answerer.knowledge.articles.values() if a.meta.title_is_editorial}
    assert answer.quotes and not any(title in answer.text for title in ours)
    assert "[000] article 000, vers le 6 août 2025" in answer.text
    petersburg = answerer.ask("Que s'est-il passé à Saint-Pétersbourg ?")
    assert "[003] Epoch Times, vers le 12 avril 2025" in petersburg.text
    listing = Views(answerer).sources("en")
    line = next(item.text for item in listing.items if item.fact_id == "003")
    assert "(our title: the article has none)" in line and "Epoch Times" in line
    assert "our title" not in next(item.text for item in listing.items if item.fact_id == "004")


def test_latest_as_an_adjective_is_not_a_news_request(answerer: Answerer):
    """ "How many … in the latest strikes?" asks a number, "what were Russia's latest missile announcements about?"
    asks about them: neither is answered with the newest article's facts; "latest" alone or before what it is on
    is the news."""
    for question in ("latest on Witkoff?", "What's the latest?", "most recent developments on the summit"):
        assert answerer.ask(question, lang="en").lead.startswith("The latest"), question
    number = answerer.ask("How many civilians died in the latest strikes on Kyiv?", lang="en")
    assert not number.lead.startswith("The latest")
    missiles = answerer.ask("What were Russia's latest missile announcements about?", lang="en")
    assert not missiles.lead.startswith("The latest") and "001" in {q.source.article for q in missiles.quotes}


@pytest.mark.parametrize(
    ("field", "refusal"),
    [
        ("by_phone: true", "by_phone is set but no quote of the fact says the contact was by phone"),
        ("unsettled: [place]", "unsettled is set but no quote of the fact says it is not yet set"),
    ],
)
def test_what_a_fact_says_of_its_meeting_needs_a_quote_that_says_so(dataset: DataSet, field: str, refusal: str):
    """A call, or a place not yet set, claimed of a fact whose quotes say nothing of it is refused, at the field."""
    dataset.write(
        "meetings.yaml", MINIMAL_MEETINGS.replace("    people: [witkoff]\n", f"    {field}\n    people: [witkoff]\n")
    )
    [problem] = dataset.problems()
    assert "meetings.yaml:7:" in problem and refusal in problem


def test_a_call_for_something_is_no_phone_call(dataset: DataSet):
    """ "Appeler à un dialogue" is a call for something: it does not back by_phone."""
    calling_for = MINIMAL_MEETINGS.replace("    people: [witkoff]\n", "    by_phone: true\n    people: [witkoff]\n")
    calling_for = calling_for.replace(
        '      - article: "000"\n        quote: "a été reçu au Kremlin par Vladimir Poutine"',
        '      - article: "002"\n        quote: "qui continue d’appeler à un dialogue direct avec Vladimir Poutine"',
    )
    dataset.write("meetings.yaml", calling_for)
    [problem] = dataset.problems()
    assert "by_phone is set but no quote" in problem
