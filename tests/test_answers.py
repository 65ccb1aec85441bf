"""Answers are short, cited verbatim, dated, and written relative to today."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import MAX_CITATIONS, MAX_TEXT, Answerer
from bot.knowledge import Knowledge
from bot.text import squash
from bot.views import Views

QUESTIONS = [
    "Que demande la Russie ?",
    "Salut ! Tu peux me résumer la rencontre Witkoff-Poutine du 6 août ?",
    "sanctions ?",
    "Which two limited ceasefires did Kyiv and Moscow provisionally accept?",
    "What did Zelensky say after his call with Trump and European leaders?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_quote_is_verbatim_in_its_article(answerer: Answerer, knowledge: Knowledge, question: str):
    """Whatever is asked, each quote shown appears word for word in the article it is attributed to."""
    answer = answerer.ask(question)
    assert answer.found
    for quote in answer.quotes:
        assert squash(quote.quote) in squash(knowledge.articles[quote.source.article].text)


@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_fit_a_phone(answerer: Answerer, question: str):
    """At most 1,500 characters of text and six citations."""
    answer = answerer.ask(question)
    assert len(answer.text) <= MAX_TEXT
    assert 1 <= len(answer.quotes) <= MAX_CITATIONS


def test_citations_carry_article_title_and_date(answerer: Answerer):
    """Each citation names its article and date, and says when the date was inferred."""
    answer = answerer.ask("Quel prix Trump rêve-t-il de recevoir ?")
    source = answer.quotes[0].source
    assert source.article == "004"
    assert source.date_label == "novembre 2025"
    assert "[004]" in answer.text and "vers novembre 2025" in answer.text


def test_deadline_tense_follows_today(knowledge: Knowledge):
    """The 8 August 2025 deadline reads as passed after it, and as coming before it."""
    after = Answerer(knowledge, today=dt.date(2026, 11, 21)).ask("Quand expire l'ultimatum ?")
    assert "est passée" in after.text
    before = Answerer(knowledge, today=dt.date(2025, 8, 6)).ask("Quand expire l'ultimatum ?")
    assert "dans 2 jours" in before.text and "passée" not in before.text
    english = Answerer(knowledge, today=dt.date(2025, 8, 8)).ask("When does the ultimatum expire?")
    assert "falls today" in english.text


def test_decline_offers_headline_suggestions(answerer: Answerer):
    """A decline says so plainly and offers up to three things it can answer."""
    answer = answerer.ask("Who won the 2022 World Cup?")
    assert answer.text.startswith("The articles do not mention World Cup.")
    assert len(answer.suggestions) == 3


def test_json_form_follows_the_eval_contract(answerer: Answerer):
    """to_dict has found, answer and citations with article and quote, plus language and facts."""
    data = answerer.ask("Qui est Alexey Overchuk ?").to_dict()
    assert data["found"] is True
    assert data["citations"][0]["article"] == "003"
    assert "vice-premier ministre" in data["citations"][0]["quote"]
    assert data["language"] == "fr" and data["facts"][0]["id"] == "overchuk"


def test_brief_gives_one_line_per_main_topic(answerer: Answerer):
    """/brief covers the meeting, the deadline, the demands, the sanctions and the summit, each cited once."""
    answer = Views(answerer).brief("fr")
    assert [i.topic for i in answer.items] == ["meeting", "deadline", "demand", "sanction", "summit"]
    assert all(len(i.quotes) == 1 for i in answer.items)
    assert len(answer.text) <= MAX_TEXT


def test_digest_pages_through_a_topic(answerer: Answerer):
    """A topic digest shows a page of facts and where the next page starts."""
    views = Views(answerer)
    first = views.digest("meeting", "en")
    assert first.lead.startswith("Meetings (1–5/")
    assert first.meta["next_offset"] == 5
    second = views.digest("meeting", "en", offset=5)
    assert not {i.fact_id for i in first.items} & {i.fact_id for i in second.items}


def test_timeline_is_in_date_order(answerer: Answerer):
    """Dated facts come oldest first."""
    dates = [i.date for i in Views(answerer).timeline("fr").items]
    assert dates == sorted(dates) and len(dates) > 5


def test_source_lists_the_facts_drawn_from_it(answerer: Answerer):
    """/source 003 names the outlet and the facts citing it; an unknown id gives None."""
    views = Views(answerer)
    answer = views.source("3", "en")
    assert "Epoch Times" in answer.lead
    assert any(i.fact_id == "overchuk" for i in answer.items)
    assert views.source("999", "en") is None
