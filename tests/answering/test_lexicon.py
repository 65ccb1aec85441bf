"""The matcher's vocabulary: what a fact's words deny, and what hedges them."""

from __future__ import annotations

from bot.answering.lexicon import denying_clauses, hedges


def test_a_negation_denies_what_follows_it_in_its_clause():
    """ "…, sans que leur nature soit précisée" denies the nature, not what the clause before it says."""
    (denied,) = denying_clauses("Moscou aurait envoyé des signaux, sans que leur nature soit précisée.")
    assert "precisee" in denied and "signaux" not in denied and "envoye" not in denied


def test_a_french_negation_brackets_its_verb():
    """ "Poutine ne contrôle pas Kherson": the verb between "ne" and "pas" is denied."""
    (denied,) = denying_clauses("Poutine ne contrôle pas Kherson.")
    assert {"controle", "kherson"} <= denied and "poutine" not in denied


def test_a_refusal_denies_its_whole_clause():
    """ "Conditions jugées inacceptables par Kiev": the conditions are refused, wherever they stand."""
    (denied,) = denying_clauses("Moscou pose des conditions jugées inacceptables par Kiev : cession de territoires.")
    assert {"conditions", "pose", "kiev"} <= denied and "territoires" not in denied


def test_hedges():
    """ "Aurait", "reportedly", what someone expects: said as reported or possible, not as done."""
    assert hedges(["moscou", "aurait", "envoye"]) and hedges(["diplomats", "expect"])
    assert not hedges(["witkoff", "a", "ete", "recu"])
