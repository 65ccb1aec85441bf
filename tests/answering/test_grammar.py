"""A question's grammar read from its words alone: its language, whether it asks yes or no, the days and figures it
names."""

from __future__ import annotations

import pytest

from bot.answering.grammar import detect_language, is_yes_no
from bot.knowledge.text import fold


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Quand expire l'ultimatum ?", "fr"),
        ("When does it expire?", "en"),
        ("Osaka?", None),
        ("Où ?", "fr"),
        ("sanctions india oil", "en"),  # no marker word: words only one dictionary has
        ("sanctions inde petrole", "fr"),
        ("Who set an ultimatum?", "en"),  # "ultimatum" is French too: the opening interrogative tells
        ("ultimatum deadline date?", "en"),
    ],
)
def test_language_detection(question: str, lang: str | None):
    """French and English are told apart; a bare name gives no sign."""
    from bot.knowledge.text import words

    assert detect_language(words(question), question) == lang


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("Que risque Moscou si rien ne bouge d'ici le 8 août ?", ()),
        ("What happens if Russia does nothing by August 8?", ()),
        ("Qu'a dit Poutine le 6 août, avant le 8 août ?", ((8, 6),)),
    ],
)
def test_a_day_named_as_a_limit_is_not_the_day_asked_about(question: str, days: tuple[tuple[int, int], ...]):
    """ "d'ici le 8 août", "by August 8" bound what is asked; "le 6 août" names its day."""
    from bot.answering.grammar import days_named
    from bot.knowledge.text import fold

    assert days_named(fold(question)) == days


@pytest.mark.parametrize(
    "question", ["So were the sanctions dropped?", "And did Witkoff meet Putin?", "Alors, est-il venu ?"]
)
def test_a_discourse_marker_before_the_auxiliary_still_asks_yes_or_no(question: str):
    """ "So", "and", "alors" opening a question do not hide its auxiliary."""
    assert is_yes_no(question)


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Can you tell me who welcomed Witkoff?", False),
        ("can you remind me what exactly Zelensky said?", False),
        ("Est-ce que tu peux me dire quand expire l'ultimatum ?", False),
        ("Est-ce que vous pouvez me dire quelle est la date de la rencontre ?", False),
        ("est-ce que tu peux me dire quelles régions la Russie réclame ?", False),
        ("Can you confirm that Witkoff met Putin?", True),  # what is asked is still whether
        ("Can you tell me if Putin met Witkoff?", True),
        # asked to tell, not whether it can: "Yes." answered the first two
        ("Can you summarize the August 6 meeting?", False),
        ("Could you give me a summary of the summit?", False),
        ("Peux-tu me résumer le sommet ?", False),
        ("Can you tell me about the deadline?", False),
    ],
)
def test_a_request_opening_a_question_asks_what_follows(question: str, yes_no: bool):
    """ "Can you tell me who…" asks who, not whether the bot can: only a request of whether asks yes or no."""
    assert is_yes_no(question) is yes_no


@pytest.mark.parametrize(
    "question",
    [
        "Did Witkoff meet Putin in Moscow or not?",
        "Poutine a-t-il reçu Witkoff, oui ou non ?",
        "Zelensky viendra-t-il ou pas ?",
    ],
)
def test_or_not_still_asks_yes_or_no(question: str):
    """ "… or not?", "oui ou non ?", "ou pas ?" offer no alternative: the question still asks whether."""
    assert is_yes_no(question)


def test_figures_named_are_numbers_counting_something_and_months():
    """Digits, number words before what they count, an article before a unit, months (not the verb "may")."""
    from bot.answering.grammar import figures_named

    def named(text: str) -> frozenset[str]:
        return figures_named(fold(text).split())

    assert named("a-t-il duré moins d'une heure ?") == {"1 heure"}
    assert named("le 6 août 2025") == {"6", "2025", "month:8"}
    assert named("did they meet in May?") == {"month:5"}
    assert named("may Witkoff meet Putin?") == set()
    assert named("un sommet à trois avec Zelensky") == set()
    assert named("deux sous-marins") == {"2"}
    assert named("did it last 3 hours?") == named("did it last three hours?") == {"3"}
    assert named("at the end of August") == named("fin août") == {"month:8", "part:late:8"}  # which part of it
    assert named("début août") == {"month:8", "part:early:8"}
    assert figures_named(fold("des milliers par semaine").split(), every_number=True) == {"milliers"}
