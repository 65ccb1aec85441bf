"""Follow-ups: a chat's last question, kept a few minutes, reads "et combien de temps ?", "et lui ?", "and Trump?"."""

from __future__ import annotations

import io
import json
import sys

import pytest

from bot.answering.answers import Answerer
from bot.answering.followup import Contexts, Conversation, is_follow_up
from bot.cli import main
from tests.fakeapi import BOT, FakeBotApi, bot_message
from tests.tg.test_app import fake, reply_to, running  # noqa: F401 - fixtures shared with the Telegram tests

SAINT_PETERSBURG = "Quand Witkoff a-t-il rencontré Poutine à Saint-Pétersbourg ?"
NOT_YES_OR_NO_FR = "Je ne trouve pas de oui ou de non net dans les articles"


def test_a_length_follow_up_is_read_against_the_previous_meeting(answerer: Answerer):
    """'et combien de temps ?' after the April meeting asks that meeting's length, which the articles do not give."""
    talk = Conversation(answerer)
    assert talk.ask(1, SAINT_PETERSBURG).found
    answer = talk.ask(1, "et combien de temps ?")
    assert not answer.found
    assert answer.lead.startswith(
        "Les articles ne disent pas combien de temps a duré la rencontre de Saint-Pétersbourg."
    )
    assert answer.suggestions  # the nearest facts are offered


def test_a_when_follow_up_keeps_asking_about_what_is_to_come(answerer: Answerer):
    """'et quand ?' after 'où se tiendra le sommet ?' asks when it will be held: not the day it was reported."""
    talk = Conversation(answerer)
    assert talk.ask(1, "Où se tiendra le sommet entre Trump et Poutine ?").found
    assert (
        talk.ask(1, "et quand ?").lead == "Quand : non confirmé ; possible « dès la semaine prochaine » (article 002)."
    )  # no day reported
    # a follow-up bringing its own event asks about that one, past
    assert talk.ask(1, "et la rencontre du 6 août, quand ?").lead.startswith("Quand : mercredi 6 août 2025")


def test_a_length_follow_up_of_the_moscow_meeting_is_answered(answerer: Answerer):
    """The same follow-up after the 6 August meeting gets its three hours, first."""
    talk = Conversation(answerer)
    talk.ask(1, "Witkoff a rencontré Poutine à Moscou le 6 août : où ?")
    answer = talk.ask(1, "et combien de temps ?")
    assert answer.found and answer.lead.startswith("Durée : près de trois heures")


def test_a_month_in_a_follow_up_replaces_the_day_before(answerer: Answerer):
    """ "and the April one?" after the 6 August meeting's length asks the April meeting's, which is not given."""
    talk = Conversation(answerer)
    assert talk.ask(1, "How long was the August 6 meeting?").found
    answer = talk.ask(1, "and the april one?")
    assert not answer.found
    assert answer.lead == "The articles do not say how long the meeting in April lasted. They say:"


def test_a_yes_no_follow_up_is_checked_against_its_own_figures(answerer: Answerer):
    """ "Did they meet in May?" after a yes for April asks about May, not the first question's month."""
    talk = Conversation(answerer)
    assert talk.ask(1, "Did Witkoff meet Putin in April?").lead == "Yes."
    assert talk.ask(1, "Did they meet in May?").lead != "Yes."


def test_a_pronoun_follow_up_asks_about_the_person_just_named(answerer: Answerer):
    """'et lui ?' after 'who welcomed Witkoff' is about Dmitriev."""
    talk = Conversation(answerer)
    assert "Dmitriev" in talk.ask(1, "Qui a accueilli Witkoff à Moscou ?").lead
    answer = talk.ask(1, "et lui ?")
    assert answer.found and answer.items[0].fact_id == "dmitriev"


def test_a_person_follow_up_swaps_the_person(answerer: Answerer):
    """'and Trump?' after a question about Putin's ultimatum reading keeps the topic and asks about Trump."""
    talk = Conversation(answerer)
    talk.ask(1, "Who is Peskov?")
    answer = talk.ask(1, "and Medvedev?")
    assert answer.found and answer.items[0].fact_id == "medvedev"


def test_a_follow_up_naming_someone_by_title_asks_about_them(answerer: Answerer):
    """'and the Russian president?' after "Who is Peskov?" reads the title as the name it stands for."""
    talk = Conversation(answerer)
    talk.ask(1, "Who is Peskov?")
    answer = talk.ask(1, "and the Russian president?")
    assert [item.fact_id for item in answer.items] == ["putin"]


def test_a_subject_pronoun_is_who_was_asked_about_before(answerer: Answerer):
    """ "Did he meet Zelensky too?" after "Did Witkoff meet Putin in Moscow?" asks whether Witkoff met Zelensky: no
    fact reports it, so no "Yes"; he did meet Dmitriev. Only a question on someone's words makes the person named
    next a speaker."""
    for person, lead in (
        ("Zelensky", "I find no clear yes or no in the articles; here is what they say:"),
        ("Dmitriev", "Yes."),
    ):
        talk = Conversation(answerer)
        talk.ask(1, "Did Witkoff meet Putin in Moscow?")
        assert talk.ask(1, f"Did he meet {person} too?").lead == lead
    talk = Conversation(answerer)
    talk.ask(1, "Witkoff a-t-il rencontré Poutine ?")
    assert talk.ask(1, "Et a-t-il rencontré Zelensky ?").lead != "Oui."


def test_he_is_the_one_taking_part_not_whose_envoy(answerer: Answerer):
    """After "When did Trump's envoy meet Putin?" or "…the US envoy…", "he" is the envoy (Witkoff), not Trump; and a
    title in a follow-up on someone's words asks for that person's words."""
    for before in ("When did Trump's envoy meet Putin?", "When did the US envoy meet Putin?"):
        talk = Conversation(answerer)
        talk.ask(1, before)
        answer = talk.ask(1, "Did he meet Dmitriev too?")
        assert answer.items[0].fact_id == "meeting-2025-08-06-dmitriev"
    talk = Conversation(answerer)
    talk.ask(1, "What did Zelensky say?")
    assert talk.ask(1, "And the US president?").items[0].fact_id.startswith("statement-trump")


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("Qui est Peskov ?", "Quand Trump a-t-il annoncé un sommet avec Poutine ?"),
        ("Où Witkoff a-t-il rencontré Poutine en avril ?", "Witkoff a-t-il rencontré Poutine à Moscou ?"),
        ("Qui est Zelensky ?", "Witkoff a-t-il rencontré Poutine ?"),
        ("Qu'a dit Peskov ?", "Y a-t-il aussi des sanctions prévues ?"),
        ("Qui a rencontré Poutine ?", "La Russie a-t-elle aussi accepté un cessez-le-feu ?"),
        ("Witkoff a-t-il rencontré Poutine ?", "Le président russe a-t-il aussi rencontré Dmitriev ?"),
        ("Witkoff a-t-il rencontré Poutine ?", "Quand ont-ils trouvé un accord pour un sommet ?"),  # no "aussi"
        ("Did Witkoff meet Putin?", "Did they agree on a ceasefire?"),
    ],
)
def test_a_question_naming_its_subject_is_no_follow_up(answerer: Answerer, before: str, question: str):
    """ "Trump a-t-il…" holds "il" but names its subject, as do "la Russie a-t-elle aussi…" and "le président russe
    a-t-il aussi…"; "y a-t-il aussi…" has none: each is answered as if asked alone."""
    talk = Conversation(answerer)
    talk.ask(1, before)
    assert talk.ask(1, question).text == answerer.ask(question).text


def test_they_and_he_stand_for_those_asked_about_before(answerer: Answerer):
    """ "Did they meet in Moscow?" after "Did Witkoff and Putin meet?" asks it of both; "a-t-il aussi rencontré
    Dmitriev ?" after a question naming the envoy by title asks it of Witkoff."""
    talk = Conversation(answerer)
    talk.ask(1, "Did Witkoff and Putin meet?")
    assert talk.ask(1, "Did they also meet in Moscow?").lead == "Yes."
    talk = Conversation(answerer)
    talk.ask(1, "L'émissaire américain a-t-il rencontré Poutine ?")
    assert talk.ask(1, "A-t-il aussi rencontré Dmitriev ?").lead == "Oui."


@pytest.mark.parametrize(
    ("before", "question", "lead"),
    [
        ("When did Witkoff meet Putin?", "What did they discuss?", ""),  # no date
        ("Qu'a dit Zelensky ?", "L'a-t-il aussi rencontré ?", NOT_YES_OR_NO_FR),  # whom "l'" stands for is unsaid
        ("Did Witkoff meet Putin in Saint Petersburg?", "Did he also meet Dmitriev there?", ""),  # there: not Moscow
    ],
)
def test_a_pronoun_question_is_its_own_with_the_pronoun_resolved(
    answerer: Answerer, before: str, question: str, lead: str
):
    """A question whose subject is a pronoun keeps its own aspect and words; "there" keeps the previous place; an
    object pronoun still stands for someone unnamed."""
    talk = Conversation(answerer)
    talk.ask(1, before)
    answer = talk.ask(1, question)
    assert answer.lead.startswith(lead) and answer.lead not in ("Yes.", "Oui.")
    assert not answer.lead.startswith(("When", "Quand"))  # its own aspect: not the date the question before asked


def test_a_follow_up_asks_its_own_question_not_the_one_before(answerer: Answerer):
    """What the previous question asked (a name, the noun after "qui est le") is not asked again by "et quand ?"."""
    talk = Conversation(answerer)
    talk.ask(1, "Quel est le nom du conseiller diplomatique de Poutine ?")
    reading = talk.contexts.get(1).reading  # type: ignore[union-attr]
    assert reading.names_asked
    talk.ask(1, "et quand a-t-il parlé du sommet ?")
    follow = talk.contexts.get(1).reading  # type: ignore[union-attr]
    assert not follow.names_asked and follow.head is None and "date" in follow.aspects


def test_a_complete_question_starts_afresh_and_chats_are_separate(answerer: Answerer):
    """A new full question ignores the last one; another chat has no context at all."""
    talk = Conversation(answerer)
    talk.ask(1, SAINT_PETERSBURG)
    assert talk.ask(1, "Quand expire l'ultimatum ?").items[0].topic == "deadline"
    assert not is_follow_up(
        "Quand expire l'ultimatum fixé par Trump ?", answerer.matcher.read("Quand expire l'ultimatum fixé par Trump ?")
    )
    talk.ask(2, SAINT_PETERSBURG)
    assert not talk.ask(3, "et combien de temps ?").lead.startswith(
        "Les articles ne disent pas combien de temps a duré la rencontre"
    )


def test_contexts_expire_and_stay_bounded():
    """A context is forgotten after its time to live, and the least recently used chat goes first past the limit."""
    now = [0.0]
    contexts = Contexts(ttl=300, size=2, clock=lambda: now[0])
    reading = object()
    contexts.put(1, reading, ())  # type: ignore[arg-type]
    contexts.put(2, reading, ())  # type: ignore[arg-type]
    assert contexts.get(1) is not None  # 1 is now the most recently used
    contexts.put(3, reading, ())  # type: ignore[arg-type]
    assert contexts.get(2) is None and len(contexts) == 2
    now[0] = 301.0
    assert contexts.get(1) is None and contexts.get(3) is None


def test_chat_jsonl_is_one_conversation(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """`chat --jsonl` answers one JSON object per line, each line following on from the ones before."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{SAINT_PETERSBURG}\net combien de temps ?\n\n"))
    assert main(["chat", "--jsonl", "--today", "2026-11-21"]) == 0
    replies = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(replies) == 3
    assert replies[0]["found"] and replies[0]["citations"]
    assert not replies[1]["found"] and "Saint-Pétersbourg" in replies[1]["answer"]
    assert not replies[2]["found"]


def test_ask_jsonl_answers_each_line_alone(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """`ask --jsonl` keeps no context: the follow-up alone is not read as being about Saint Petersburg."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{SAINT_PETERSBURG}\net combien de temps ?\n"))
    assert main(["ask", "--jsonl", "--today", "2026-11-21"]) == 0
    replies = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "Saint-Pétersbourg" not in replies[1]["answer"].split("\n")[0]


async def test_follow_up_in_a_private_chat(running: FakeBotApi):  # noqa: F811
    """In private, 'et lui ?' follows on from the previous question."""
    await reply_to(running, "Qui a accueilli Witkoff à Moscou ?")
    text = await reply_to(running, "et lui ?")
    assert "fonds souverain" in text


async def test_follow_up_in_a_group_needs_a_reply_to_the_bot(running: FakeBotApi):  # noqa: F811
    """In a group a follow-up replying to the bot is read in context; a mention alone starts afresh."""
    first = await reply_to(
        running, f"@{BOT['username']} Qui a accueilli Witkoff à Moscou ?", chat_id=-100, chat_type="group"
    )
    assert "Dmitriev" in first
    replied = bot_message(-100, chat_type="group", date=0)
    text = await reply_to(running, "et lui ?", chat_id=-100, chat_type="group", reply_to=replied)
    assert "fonds souverain" in text
    alone = await reply_to(running, f"@{BOT['username']} et lui ?", chat_id=-100, chat_type="group")
    assert "fonds souverain" not in alone


def test_an_exactly_follow_up_asks_the_previous_question_to_the_letter(answerer: Answerer):
    """After "when did they meet in Saint Petersburg?", "and exactly?" wants a stated day, which the articles lack."""
    from bot.answering.followup import Conversation

    conversation = Conversation(answerer)
    first = conversation.ask("chat", "When did Witkoff meet Putin in Saint Petersburg?")
    assert first.found and "c. 11 April 2025" in first.lead
    exact = conversation.ask("chat", "and exactly?")
    assert not exact.found
    assert exact.lead.startswith("The articles do not give the exact date of the meeting in Saint Petersburg.")


def test_a_follow_up_on_other_people_is_no_longer_about_a_call(answerer: Answerer):
    """After "how long did Trump and Zelensky talk on the phone?", "and Witkoff and Putin?" asks how long those two
    talked: their meeting in person answers it; "et combien de temps ?" after a call question stays on the call."""
    talk = Conversation(answerer)
    talk.ask(1, "How long did Trump and Zelensky talk on the phone?")
    assert talk.ask(1, "and Witkoff and Putin?").lead.startswith("How long: nearly three hours")
    talk.ask(2, "Où a eu lieu l'appel entre Trump et Zelensky ?")
    assert not talk.ask(2, "et combien de temps ?").found


def test_a_speech_follow_up_asks_what_the_new_person_said(answerer: Answerer):
    """ "Qu'a dit Zelensky ?" then "et Trump ?": Trump's own statements come first."""
    talk = Conversation(answerer)
    talk.ask(1, "Qu'a dit Zelensky ?")
    first = talk.ask(1, "et Trump ?").items[0]
    assert first.fact_id.startswith("statement-trump")


def test_a_demand_follow_up_asks_the_new_partys_demands(answerer: Answerer):
    """ "Qu'exige la Russie ?" then "et l'Ukraine ?": Ukraine's demands; "et pour la paix ?" stays with Russia's."""
    by = answerer.knowledge.by_id
    talk = Conversation(answerer)
    talk.ask(1, "Qu'exige la Russie ?")
    assert "ukraine" in by[talk.ask(1, "et l'Ukraine ?").items[0].fact_id].data.by
    talk.ask(2, "Qu'exige la Russie ?")
    assert "russia" in by[talk.ask(2, "et pour la paix ?").items[0].fact_id].data.by
    talk.ask(3, "Qu'exige la Russie ?")  # Kyiv is whom Russia's demands are made of: still Russia's
    assert "russia" in by[talk.ask(3, "et à Kiev ?").items[0].fact_id].data.by


@pytest.mark.parametrize(
    ("before", "follow_up", "lead"),
    [
        ("Witkoff a-t-il rencontré Poutine à Moscou ?", "et qui d'autre ?", "Qui : Kirill Dmitriev."),
        ("Who did Witkoff meet in Moscow?", "and who else was there?", "Who: Kirill Dmitriev."),
    ],
)
def test_who_else_sets_aside_whom_the_last_answer_named(answerer: Answerer, before: str, follow_up: str, lead: str):
    """ "And who else?" asks for someone other than the person the last answer named and those its question named
    but its subject: after Putin, Dmitriev, who welcomed Witkoff in Moscow."""
    talk = Conversation(answerer)
    talk.ask(1, before)
    assert talk.ask(1, follow_up).lead == lead


async def test_who_else_follows_on_through_telegram(running: FakeBotApi):  # noqa: F811
    """Through the application on the fake Bot API, "and who else was there?" follows on from the question before."""
    assert "Putin" in await reply_to(running, "Who did Witkoff meet in Moscow?")
    assert (await reply_to(running, "and who else was there?")).startswith("<b>Who: Kirill Dmitriev.</b>")


def test_who_else_never_names_again_whom_the_last_answer_named(answerer: Answerer):
    """After "Qui : Iouri Ouchakov.", "and who else?" may find no one else, but never answers Ushakov again; after
    Zelensky as the one Trump called, "and who else was on the call?" does not answer Zelensky."""
    talk = Conversation(answerer)
    assert talk.ask(1, "Who said the dialogue was very useful and constructive?").lead == "Who: Yuri Ushakov."
    assert "Ushakov" not in talk.ask(1, "and who else?").lead
    assert talk.ask(2, "Who did Trump call?").lead == "Who: Volodymyr Zelensky."
    assert "Zelensky" not in talk.ask(2, "and who else was on the call?").lead


def test_there_in_a_follow_up_is_where_the_question_before_was(answerer: Answerer):
    """ "Will Zelensky be there?" after questions on the summit asks whether he will be at the summit, which the
    articles do not settle (he is excluded for now): not a "Yes." from his entry in the registry."""
    talk = Conversation(answerer)
    talk.ask(1, "When will the summit take place?")
    assert talk.ask(1, "will Zelensky be there?").lead not in ("Yes.", "Yes, but unconfirmed:")
    assert answerer.ask("Is Zelensky?").lead != "Yes."  # a name alone asks nothing a fact confirms


def test_a_rate_follow_up_asks_its_own_rate(answerer: Answerer):
    """After "how many deaths per week?", "and per day?" asks per day, which a weekly count does not answer."""
    from bot.answering.followup import Conversation

    talk = Conversation(answerer)
    assert talk.ask(1, "How many deaths per week according to Trump?").lead == "How many: thousands a week."
    assert "a week" not in talk.ask(1, "and per day?").lead
