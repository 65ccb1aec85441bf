"""The questions a long message asks, each on its own."""

from __future__ import annotations

import pytest

from bot.answering.answers import Answerer
from bot.answering.parts import per_person, question_parts, stands_for_another, without_remark
from bot.knowledge.text import fold


def test_a_clause_saying_why_is_no_part_and_joined_questions_are_two():
    """ "Bonjour, je prépare une note : …": the remark is left out; "…, et combien de temps… ?" is a second question."""
    message = "Bonjour, je prépare une note : qui a reçu Witkoff, et combien de temps a duré l'entretien ?"
    assert question_parts(message) == ("qui a reçu Witkoff", "combien de temps a duré l'entretien ?")
    assert question_parts("Hi — I'm prepping a show. When does the ultimatum expire? Who set it?") == (
        "When does the ultimatum expire?",
        "Who set it?",
    )


@pytest.mark.parametrize(
    "question",
    ["Qui a reçu Witkoff à Moscou ?", "When and where did Witkoff meet Putin?", "witkoff putin date et lieu"],
)
def test_one_question_has_no_parts(question: str):
    """A message asking one thing, or "when and where" of one event, is answered whole."""
    assert question_parts(question) == ()


def test_a_question_opened_by_and_is_a_part():
    """ "Et qui est Dmitri Peskov ?": a leading "et", "and" joins it to the one before; it still asks."""
    assert question_parts("Quand expire l'ultimatum ? Et qui est Dmitri Peskov ?") == (
        "Quand expire l'ultimatum ?",
        "Et qui est Dmitri Peskov ?",
    )


def test_a_part_leaning_on_another_is_told():
    """ "What is his role?", "quel poste il occupe ?": whom they ask of, another part names."""
    assert stands_for_another(fold("what is his role?").split(), named=False)
    assert stands_for_another(fold("quel poste il occupe exactement ?").split(), named=False)
    assert not stands_for_another(fold("what is Dmitriev's role?").split(), named=True)


def test_two_people_named_together_are_asked_of_each(answerer: Answerer):
    """ "Who are Peskov and Ushakov?" asks who Peskov is and who Ushakov is; two words that are not both people are
    no pair ("Trump and the Kremlin")."""
    named = answerer.matcher.index.person_named
    assert per_person("Who are Peskov and Ushakov?", named) == ("Who are Peskov?", "Who are Ushakov?")
    assert (
        per_person("Quels sont les rôles de Dmitriev et Ouchakov ?", named)[1] == "Quels sont les rôles de Ouchakov ?"
    )
    assert per_person("What did Trump and the Kremlin say?", named) == ()


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Who are Peskov and Ushakov?", ("Kremlin spokesman", "adviser")),
        ("Quels sont les rôles de Dmitriev et Ouchakov ?", ("fonds souverain", "conseiller diplomatique")),
        ("What did Peskov and Ushakov say about the 6 August talks?", ("substantial", "constructive")),
    ],
)
def test_a_question_of_two_people_no_fact_names_together_answers_each(
    answerer: Answerer, question: str, said: tuple[str, str]
):
    """No fact names both, and each has their own: both are answered (all three were declined). Of their meeting,
    only a fact naming both answers: "Quand Trump et Poutine se sont-ils rencontrés ?" is not split."""
    answer = answerer.ask(question)
    assert answer.found and all(words in answer.text for words in said)
    assert answerer.ask("Quand Trump et Poutine se sont-ils rencontrés ?").lead == "Quand : 2019."


def test_a_part_the_articles_answer_neither_yes_nor_no_answers_nothing(answerer: Answerer):
    """ "Who owns Ria Novosti and is Tass state-run?": neither part is answered; the second got "the articles do not
    answer yes or no" over the ultimatum's fact, which answers nothing, and the message was answered with it."""
    assert not answerer.ask("Who owns Ria Novosti and is Tass state-run?").found


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("La durée de 3h, c'est sourcé par qui ? faut que je cite l'agence", "La durée de 3h, c'est sourcé par qui ?"),
        (
            "Dmitriev il a vu Witkoff avant ou après Poutine ? j'ai deux versions",
            "Dmitriev il a vu Witkoff avant ou après Poutine ?",
        ),
        ("zelensky dans le sommet ? oui/non", "zelensky dans le sommet ? oui/non"),  # a tag asks
        ("What did Trump post on Truth? the 'Russia has to get moving' one", None),  # a quote says which
        ("Qui a reçu Witkoff ? Et combien de temps a duré la rencontre ?", None),  # a second question
    ],
)
def test_a_remark_after_the_question_is_left_out(message: str, asked: str | None):
    """What a reader adds after the last question mark, asking nothing, is no word to match: "j'ai deux versions" made
    "Dmitriev il a vu Witkoff avant ou après Poutine ?" a decline. Not a tag, a quote saying which, a question."""
    assert without_remark(message) == (asked or message)


def test_a_question_with_a_remark_is_answered_as_the_question(answerer: Answerer):
    """The answer is the question's, and says it was asked as typed."""
    answer = answerer.ask("Dmitriev il a vu Witkoff avant ou après Poutine ? j'ai deux versions")
    assert answer.found and "Dmitriev" in answer.text.split("\n")[0]
    assert answer.question == "Dmitriev il a vu Witkoff avant ou après Poutine ? j'ai deux versions"


def test_two_people_set_side_by_side_are_asked_of_each(answerer: Answerer):
    """ "Ushakov vs Peskov: how did each describe the talks?" asks each, as "Ushakov and Peskov" does; it was
    declined, no fact naming both."""
    named = answerer.matcher.index.person_named
    assert per_person("Ushakov vs Peskov: how did each describe the talks?", named) == (
        "Ushakov: how did each describe the talks?",
        "Peskov: how did each describe the talks?",
    )
    assert answerer.ask("Ushakov vs Peskov: how did each describe the Witkoff talks?").found


def test_a_second_question_may_say_how_near_its_figure_is():
    """ "When did Russia's invasion start and roughly how many people has the war killed?" asks two things; the second
    was not read as a question ("roughly" before "how many"), and the first line gave only the year."""
    assert question_parts("When did Russia's invasion start and roughly how many people has the war killed?") == (
        "When did Russia's invasion start",
        "roughly how many people has the war killed?",
    )
