"""The questions a long message asks, each on its own."""

from __future__ import annotations

import pytest

from bot.answering.parts import question_parts, stands_for_another
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
