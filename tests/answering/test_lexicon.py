"""The matcher's vocabulary: what a fact's words deny, what hedges them, and who they have speak."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answering.doers import speaks
from bot.answering.lexicon import (
    advising_clauses,
    asks_if_lasted,
    broke_down,
    clock_times,
    denies,
    denying_clauses,
    hedges,
    went_on,
)
from bot.knowledge.loading import Knowledge
from bot.knowledge.schema import Text


def test_without_denies_only_what_follows_it():
    """ "Reçu au Kremlin sans annonce majeure" denies the announcement, not the reception."""
    (denied,) = denying_clauses("Witkoff a été reçu au Kremlin sans annonce majeure.")
    assert "annonce" in denied and "recu" not in denied


def test_a_negation_denies_its_whole_clause_not_the_one_beside_it():
    """ "Le lieu n'est pas précisé": the place is what is denied; "…, sans que leur nature soit précisée" says
    nothing of the clause before it."""
    (denied,) = denying_clauses("Le lieu du sommet n'est pas encore précisé.")
    assert {"lieu", "sommet", "precise"} <= denied
    (denied,) = denying_clauses("Moscou aurait envoyé des signaux, sans que leur nature soit précisée.")
    assert "signaux" not in denied and "envoye" not in denied


def test_what_a_summary_says_of_its_article_denies_nothing_of_the_event():
    """ "Selon l'article 000, qui ne dit pas de qui il tient l'information, Moscou aurait…": the article does not say
    who reported it; that denies neither that Moscow sent signals nor that anyone said so."""
    assert (
        denying_clauses("Selon l'article 000, qui ne dit pas de qui il tient l'information, Moscou aurait agi.") == ()
    )
    assert denying_clauses("According to article 000, which does not say who reported it, Moscow acted.") == ()
    (denied,) = denying_clauses("Moscou, qui ne dit rien, a agi.")  # a clause of the event's own is still read
    assert "dit" in denied


def test_a_refusal_denies_its_whole_clause():
    """ "Conditions jugées inacceptables par Kiev": the conditions are refused, wherever they stand."""
    (denied,) = denying_clauses("Moscou pose des conditions jugées inacceptables par Kiev : cession de territoires.")
    assert {"conditions", "pose", "kiev"} <= denied and "territoires" not in denied


def test_a_dash_breaks_a_clause_only_when_spaced():
    """ "The Trump–Putin summit" is one phrase: a refusal before the names denies the summit after them; a spaced dash
    still ends a clause."""
    (denied,) = denying_clauses("Zelensky remains excluded from the planned Trump–Putin summit.")
    assert {"excluded", "summit"} <= denied
    (denied,) = denying_clauses("Zelensky reste exclu du sommet – les Européens appellent Trump.")
    assert "sommet" in denied and "europeens" not in denied


def test_what_a_demand_asks_is_no_refusal():
    """ "Poutine a demandé que l'Ukraine soit exclue de l'OTAN" states a demand, not a refusal; nor does the noun
    naming it ("Ukraine's formal exclusion from NATO"). "Zelensky reste exclu du sommet" refuses him a part."""
    assert denying_clauses("Poutine a demandé que l'Ukraine soit formellement exclue de l'OTAN.") == ()
    assert denying_clauses("Putin demanded that Ukraine be formally excluded from NATO.") == ()
    assert denying_clauses("Article 003 lists Ukraine's formal exclusion from NATO.") == ()
    (denied,) = denying_clauses("Zelensky reste pour l'heure exclu de l'initiative de sommet.")
    assert "sommet" in denied
    # A question is read alike: it asks whether Putin demands it, not whether he refuses it.
    assert not denies(["poutine", "exige", "ukraine", "exclue", "otan"])
    assert denies(["russie", "refuse", "sommet"])


def test_hedges():
    """ "Aurait", "reportedly", what someone expects: said as reported or possible, not as done."""
    assert hedges(["moscou", "aurait", "envoye"]) and hedges(["diplomats", "expect"])
    assert not hedges(["witkoff", "a", "ete", "recu"])


def test_a_condition_and_a_reported_clause_deny_nothing_of_the_main_one():
    """ "… si la Russie ne parvenait pas…" is a condition; "Peskov told the media that no breakthrough was expected"
    does not deny that he spoke; "même si" concedes, and its clause denies."""
    assert denying_clauses("Trump menace de sanctions si la Russie ne parvenait pas à un accord.") == ()
    (denied,) = denying_clauses("Peskov told Russian state media that no breakthrough was expected.")
    assert "breakthrough" in denied and "media" not in denied
    (denied,) = denying_clauses("Poutine veut quatre régions, même si Moscou n'en contrôle complètement aucune.")
    assert "controle" in denied


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky a insisté sur l'importance de ne pas être trompé, ni par la Russie, ni par les États-Unis.",
        "Zelensky: don't be deceived on the details.",
        "He insisted on not being deceived, neither by Russia nor by the United States.",
        "He urged them not to be deceived by Russia.",
    ],
)
def test_a_negated_infinitive_advises_and_denies_nothing(text: str):
    """What someone urges or fears ("ne pas être trompé") is no denial; its "ni…" clauses carry it on."""
    assert denying_clauses(text) == ()
    (advised,) = advising_clauses(text)
    assert {"russie", "russia", "details"} & advised


@pytest.mark.parametrize(
    ("text", "less"),
    [
        (
            "le Kremlin semble plus soucieux de sceller un accord avec Washington que de négocier avec l'Ukraine",
            "negocier",
        ),
        ("the Kremlin seems keener to seal a deal with Washington than to negotiate with Ukraine", "negotiate"),
    ],
)
def test_what_a_comparison_prefers_less_advises(text: str, less: str):
    """The clause after "que de", "than" is what is preferred less: neither wanted nor refused, so neither yes nor
    no rests on it; the preferred clause is left as it is."""
    assert denying_clauses(text) == ()
    (advised,) = advising_clauses(text)
    assert less in advised and "washington" not in advised


@pytest.mark.parametrize(
    "text",
    [
        "Poutine ne s'est pas engagé à conclure un accord.",
        "Moscow is not negotiating in good faith.",
        "He did not commit.",
    ],
)
def test_a_conjugated_verb_negated_is_denied(text: str):
    """ "ne … pas" around a verb, or "not" after an auxiliary, denies: not advice."""
    assert denying_clauses(text) and advising_clauses(text) == ()


def test_times_of_day_are_read_with_their_zone():
    """ "14h30 (11h30 GMT)" names 14:30 (no zone) and 11:30 GMT; "2:30 pm" is 14:30; a date is no time."""
    assert clock_times("le convoi a quitté le Kremlin aux alentours de 14h30 (11h30 GMT)") == {
        (14, 30, ""),
        (11, 30, "gmt"),
    }
    assert clock_times("at about 2:30 pm local time") == {(14, 30, "local")}
    assert clock_times("le 6 août 2025, à 16h") == {(16, 0, "")}
    assert clock_times("à 11h30 (GMT) ?") == {(11, 30, "gmt")}


def test_a_breakdown_on_a_condition_is_none():
    """ "Both deals collapsed" says they broke down; "sanctions if Russia failed to reach a deal" does not."""
    assert broke_down("According to article 003, both limited deals collapsed almost immediately.")
    assert broke_down("l'accord s'est effondré presque immédiatement")
    assert not broke_down("Trump warned of additional sanctions if Russia failed to reach a peace deal.")
    assert not broke_down("Kyiv and Moscow provisionally accepted two limited ceasefires.")


def test_holding_asks_of_lasting_only_with_nothing_after_it():
    """ "Did the truce hold?" asks whether it lasted; "did they hold talks?" whether they met. Respecting asks it
    whatever follows."""
    assert asks_if_lasted(("truce", "hold"))
    assert asks_if_lasted(("treve", "tenu"))
    assert not asks_if_lasted(("kyiv", "moscow", "hold", "talks"))
    assert asks_if_lasted(("russia", "respected", "truce"))


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        ("Selon l'article 003, M. Poutine a demandé que l'Ukraine soit exclue de l'OTAN.", True),
        ("Selon Vladimir Poutine, le sommet aura lieu.", True),
        ("Witkoff a été reçu par Vladimir Poutine pour des discussions qualifiées de « constructives ».", False),
        ("Witkoff's announced visit is the first in over a year.", False),
        ("Zelensky appelle à un dialogue avec Vladimir Poutine et souligne l'urgence d'un sommet.", False),
    ],
)
def test_someone_speaks_as_the_subject_of_a_verb_of_speech(knowledge: Knowledge, summary: str, said: bool):
    """A fact has someone speak where they are the subject of a verb of speech in the active, right before it but
    for function words, or the one a claim is according to; not a name before a participle used as an adjective,
    a possessive, or the clause before "et"."""
    fact = next(f for f in knowledge.facts if f.topic == "meeting")
    fact = replace(fact, data=fact.data.model_copy(update={"summary": Text(fr=summary, en=summary)}))
    person = "witkoff" if "Witkoff's" in summary else "putin"
    assert speaks(knowledge.people[person], fact) is said


def test_what_went_on_is_said_in_a_clause_neither_conditional_nor_denied():
    """ "La Russie a continué ses frappes" says they went on; "si les combats persistent", "ne se poursuit pas" do
    not, nor a clause going on about something other than what is asked."""
    assert went_on("Selon l'article 001, la Russie a continué ses frappes en Ukraine.", {"frappes"})
    assert went_on("According to article 004, fighting persists along the front line.", {"fighting", "fight"})
    assert not went_on("Des sanctions suivront si les combats persistent.", {"combats"})
    assert not went_on("Le dialogue ne se poursuit pas.", {"dialogue"})
    # What went on is something else: Moscow setting conditions, not arms deliveries.
    text = "Moscou continue de poser des conditions jugées inacceptables : fin des livraisons d'armes occidentales."
    assert not went_on(text, {"livraisons", "armes"})


def test_a_gloss_in_brackets_belongs_to_its_clause():
    """ "Russia turned down a trilateral (three-way) format including Zelensky" refuses the three-way format; a
    bracket ending the clause left "three-way" and Zelensky outside the refusal."""
    (refused,) = denying_clauses("Russia turned down a trilateral (three-way) format including Zelensky.")
    assert {"three", "way", "zelensky"} <= refused


def test_a_gloss_negating_of_its_own_stands_apart():
    """ "Un haut responsable russe (non nommé)" does not deny the call it is part of."""
    clauses = denying_clauses("Un échange téléphonique aurait eu lieu avec un haut responsable russe (non nommé).")
    assert not any("echange" in clause for clause in clauses)


def test_a_count_of_hours_is_no_time_of_day():
    """ "3 hours" read as 3:00 ("3 h"), a time no fact gives."""
    assert clock_times("did the meeting last about 3 hours?") == frozenset()
    assert clock_times("à 14h, puis 14h30 (11h30 GMT)") == {(14, 0, ""), (14, 30, ""), (11, 30, "gmt")}
