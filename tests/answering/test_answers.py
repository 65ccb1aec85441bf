"""Answers are short, cited verbatim, dated, and written relative to today."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from bot.answering.answers import MAX_CITATIONS, MAX_TEXT, Answerer
from bot.answering.grammar import is_yes_no
from bot.answering.index import states_exact_count
from bot.answering.views import Views
from bot.knowledge.loading import Knowledge
from bot.knowledge.schema import StatementFact
from bot.knowledge.text import fold, squash

NOT_YES_OR_NO_FR = "Je ne trouve pas de oui ou de non net dans les articles"
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
    assert source.date_label == "vers novembre 2025"
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


def test_several_facts_open_on_the_best_not_on_a_heading(answerer: Answerer):
    """With no value to lead with, the best fact is the first line: a heading such as "here is what the sources say"
    would take the phone's first line and answer nothing."""
    answer = answerer.ask("What did Bloomberg reveal about Witkoff?")
    assert len(answer.items) > 1 and answer.lead == ""
    assert answer.text.split("\n")[0] == "• " + answer.items[0].text


def test_a_capital_named_as_an_actor_finds_its_countrys_facts(answerer: Answerer):
    """ "Quelles trêves partielles Washington a-t-il obtenues ?": the fact names the Trump administration, whose country
    its places list (Washington stands for the United States), so it is about what the question names."""
    answer = answerer.ask("Quelles trêves partielles Washington a-t-il obtenues de Kiev et de Moscou ?")
    assert answer.found and answer.items[0].fact_id == "ceasefire-limited-truces-accepted"


def test_a_claim_filed_under_two_topics_is_offered_once(answerer: Answerer):
    """The briefs file "Trump briefs his European counterparts" as context and as a meeting's sequel: declining
    which leaders he briefed offers it once, not as two buttons saying the same."""
    answer = answerer.ask("Quels dirigeants européens Trump a-t-il briefés après la visite de Witkoff ?")
    assert answer.lead.startswith("Les articles ne donnent pas de nom.")
    labels = [s.label for s in answer.suggestions]
    assert "Trump informe ses homologues européens" in labels
    assert len(labels) == len(set(labels))


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
    assert first.paging.next_offset == 5
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


# --- Fit before confidence: what the question names and asks must be what the fact holds ----------------------------


def declined(answerer: Answerer, question: str, lead: str, offered: str | None = None) -> None:
    """Assert that question is declined with a lead starting with lead, offering the fact offered if given."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(lead)
    assert offered is None or offered in {s.fact_id for s in answer.suggestions}


def test_a_question_about_another_event_is_declined_saying_what_is_not_said(answerer: Answerer):
    """The April meeting's length is not in the articles; the 6 August length is offered, not given as the answer."""
    declined(
        answerer,
        "How long did the 11 April meeting last?",
        "The articles do not say how long the meeting of 11 April lasted.",
        "meeting-2025-08-06-duration",
    )
    declined(
        answerer,
        "Combien de temps a duré la rencontre de Saint-Pétersbourg ?",
        "Les articles ne disent pas combien de temps a duré la rencontre de Saint-Pétersbourg.",
    )
    # The venue within the city named beside it does not make two places of one meeting.
    declined(
        answerer,
        "Combien de temps a duré l'entretien à la bibliothèque présidentielle de Saint-Pétersbourg ?",
        "Les articles ne disent pas combien de temps a duré la rencontre de Saint-Pétersbourg.",
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Who reacted is named as who said nothing (see test_a_country_no_fact_has_speak_is_named_as_unheard).
        (
            "Comment la Chine a-t-elle réagi au sommet Trump-Poutine ?",
            "Les articles ne rapportent aucun propos de Chine.",
        ),
        ("How did Beijing react to the Witkoff–Putin meeting?", "The articles report nothing China said."),
        ("Who represented Ukraine at the Geneva talks?", "The articles do not say that about the meeting in Geneva."),
        ("Comment Israël a-t-il réagi au sommet ?", "Les articles ne rapportent aucun propos d'Israël."),
        ("Le sommet aura-t-il lieu à Genève ?", "Les articles ne disent pas où aura lieu le sommet."),  # asked
    ],
)
def test_what_is_not_said_of_an_event_names_where_it_was_not_who_acted(answerer: Answerer, question: str, said: str):
    """A country named as who reacted or who was represented is not where the event was: "the summit in China" and
    "the meeting in Geneva and Ukraine" said what no one asked."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.text.startswith(said)
    assert not any(
        f"{event} in {place}" in answer.text for event in ("summit", "meeting") for place in ("China", "Israel")
    )
    assert not any(
        f"{event} en {place}" in answer.text for event in ("sommet", "rencontre") for place in ("Chine", "Israël")
    )


def test_an_exact_date_needs_a_day_the_quotes_state(answerer: Answerer):
    """The April meeting's day is worked out ("hier"): asked exactly, it is declined; the Moscow day is stated."""
    declined(
        answerer,
        "On what exact date did Witkoff meet Putin in Saint Petersburg?",
        "The articles do not give the exact date of the meeting in Saint Petersburg.",
        "meeting-2025-04-11-saint-petersburg",
    )
    stated = answerer.ask("Quelle est la date exacte de la rencontre de Witkoff et Poutine à Moscou ?")
    assert stated.found and "6 août 2025" in stated.text.split("\n")[0]
    plain = answerer.ask("When did Witkoff meet Putin in Saint Petersburg?")
    assert plain.found and "c. 11 April 2025" in plain.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which European leaders were on the call with Trump and Zelensky?", "The articles give no name."),
        ("quels homologues européens Trump a-t-il informés ?", "Les articles ne donnent pas de nom."),
        ("Quels signaux Moscou a-t-elle envoyés à Washington ?", "Les articles ne le précisent pas."),
        ("What signals did Moscow send to Washington?", "The articles do not say which."),  # "sent certain signals"
        # "Moscou émettant de nouvelles exigences": new ones, not which
        (
            "Quelles nouvelles exigences Moscou a-t-elle posées sur l'accord en mer Noire ?",
            "Les articles ne le précisent",
        ),
        # "un haut responsable russe (non nommé)", "des responsables anonymes": who they are, the articles do not say
        ("nom du haut responsable russe dans l'appel revele par bloomberg", "Les articles ne donnent pas de nom."),
        ("Qui était le haut responsable russe au téléphone avec Witkoff ?", "Les articles ne donnent pas de nom."),
        ("Quel haut responsable russe Witkoff a-t-il eu au téléphone ?", "Les articles ne donnent pas de nom."),
        ("Who was the senior Russian official on Witkoff's embarrassing call?", "The articles give no name."),
        ("Which officials did Bloomberg quote on formal negotiations?", "The articles give no name."),
    ],
)
def test_which_ones_of_what_the_articles_say_only_some_is_declined(answerer: Answerer, question: str, said: str):
    """ "Plusieurs dirigeants européens", "certains de ses homologues", "certains signaux": the articles say there were
    some, not which; asked which, the bot says so rather than listing the facts as if they answered."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(said)
    assert answerer.ask("quels territoires la russie exige-t-elle ?").found  # they are listed: Donetsk, Luhansk…
    # Who welcomed Witkoff the articles say (Dmitriev): a call with an unnamed official ranked first is no ground to
    # say they name no one.
    assert not answerer.ask("Quel responsable russe a accueilli Witkoff ?").lead.startswith("Les articles")
    # Who spoke with the unnamed official, or who cited the anonymous ones, the articles say.
    assert answerer.ask("Who had an embarrassing phone call with a Russian official?").lead.startswith("Who: Steve")
    assert answerer.ask("Which outlet reported Witkoff's embarrassing phone call?").found


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Quel missile à capacité nucléaire la Russie a-t-elle annoncé ?", "Les articles ne le précisent pas."),
        ("Sur quel réseau social Dmitriev a-t-il écrit que le dialogue prévaudra ?", "Les articles ne le précisent"),
        ("Which social network did Dmitriev post on?", "The articles do not say which."),
        ("Which specific countries are targeted by the secondary sanctions?", "The articles do not say which."),
        ("What is the name of the sovereign fund Dmitriev heads?", "The articles do not give that name."),
        ("Comment s'appelle le fonds souverain que dirige Dmitriev ?", "Les articles ne donnent pas ce nom."),
        # Their names, asked with no "which": "plusieurs dirigeants européens" names none.
        ("noms des dirigeants européens de l'appel Trump Zelensky", "Les articles ne le précisent pas."),
    ],
)
def test_which_one_of_a_kind_the_articles_leave_unnamed_is_declined(answerer: Answerer, question: str, said: str):
    """ "Des missiles à capacité nucléaire", "sur les réseaux sociaux", "les pays qui commercent avec la Russie": the
    articles speak of the kind with no name beside it; asked which one, the bot says they do not say."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(said)


def test_which_one_of_a_kind_the_articles_name_is_answered(answerer: Answerer):
    """A name or a place beside the kind answers which ("sa plateforme Truth", Saint Petersburg); without "which one"
    or a word insisting, "which countries" may ask what kind of countries, which the articles say."""
    assert "Truth" in answerer.ask("On which platform did Trump write that Russia must get moving?").text
    assert "Saint-Pétersbourg" in answerer.ask("Dans quelle ville Witkoff a-t-il rencontré Poutine en avril ?").lead
    assert "trade with Russia" in answerer.ask("Which countries would face secondary sanctions?").text
    assert answerer.ask("What missiles did Russia announce?").found


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Salut, petite fiche à préparer pour demain matin : tu peux me dire qui a accueilli Witkoff à Moscou, et "
            "quel rôle il a joué ensuite ?",
            "Qui : Kirill Dmitriev.",
        ),
        (
            "Hi! Writing a quick explainer for tonight's show. Who is Yuri Ushakov and what did he make of the talks?",
            "Yuri Ushakov: Vladimir Putin's foreign-policy",
        ),
    ],
)
def test_a_long_message_is_answered_part_by_part(answerer: Answerer, question: str, said: str):
    """Declined whole (a remark and two questions weigh as one), a message is answered by its parts that get a first
    line; a part leaning on another ("quel rôle il a joué", "what did he make of…") is not read alone."""
    answer = answerer.ask(question)
    assert answer.found
    assert answer.text.startswith(said)


def test_two_questions_each_with_a_first_line_are_answered_apart(answerer: Answerer):
    """ "When does the ultimatum expire, and how long did the Kremlin meeting last?": read whole, its aspects mixed
    (the meeting's 6 August answered "when"); each part leads with its own value, each part's best fact first."""
    answer = answerer.ask("When does the ultimatum expire, and how long did the Kremlin meeting last?")
    assert answer.lead == "When: Friday 8 August 2025.\nHow long: nearly three hours (about three hours per 001)."
    both = answerer.ask("Deux questions : quand expire l'ultimatum ? Et qui est Dmitri Peskov ?")
    assert both.lead.startswith("Quand : vendredi 8 août 2025.") and "Dmitri Peskov : porte-parole" in both.text


def test_a_part_read_alone_needs_a_first_line(answerer: Answerer):
    """ "When did the Geneva talks happen and who attended them?": read alone, its first part matches the plan
    lightened since Geneva, which says neither when nor who; the message stays declined."""
    assert not answerer.ask("When did the Geneva talks happen and who attended them?").found


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("pouvez-vous me dire qui a accueilli Witkoff à Moscou ?", "Qui : Kirill Dmitriev."),  # not Tass "disant"…
        ("tu peux me rappeler combien de temps a duré la rencontre du 6 août ?", "Durée : près de trois heures"),
        ("Pouvez-vous me dire si Poutine a accepté un cessez-le-feu ?", "Je ne trouve pas de oui ou de non"),
    ],
)
def test_a_french_request_to_say_is_no_word_to_match(answerer: Answerer, question: str, lead: str):
    """ "Pouvez-vous me dire qui…", "tu peux me rappeler…": "dire" asks the bot, not what someone said (the first got
    Tass's report first, the last "no words of Putin's")."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    "question", ["Le sommet aura-t-il lieu ?", "Le sommet Trump-Poutine aura-t-il bien lieu en août ?"]
)
def test_avoir_lieu_asks_whether_it_happens_not_where(answerer: Answerer, question: str):
    """The "lieu" of "aura-t-il lieu ?" is not the place of "lieu encore non précisé": that fact gave "Non."; the
    summit agreed in principle, possibly next week, settles nothing yet."""
    assert answerer.ask(question).lead.startswith("Je ne trouve pas de oui ou de non net dans les articles")
    # Of a fact whose "lieu" is the idiom too, it still answers: "une guerre qui n'aurait pas eu lieu".
    assert answerer.ask("Selon Trump, la guerre aurait-elle eu lieu s'il avait été président ?").lead == "Non."


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("When and where did Trump and Putin last meet in person?", "When: 2019. Where: Osaka."),
        ("Quand Trump et Poutine se sont-ils vus en personne pour la dernière fois ?", "Quand : 2019."),
    ],
)
def test_a_meeting_of_which_only_the_year_is_known_is_dated_by_it(answerer: Answerer, question: str, lead: str):
    """ "La dernière rencontre… remonte à 2019": the year answers when (the lead gave only the place, or nothing); not
    for a question on something else the fact mentions ("when did Trump's second term begin?")."""
    assert answerer.ask(question).lead == lead
    assert "2019" not in answerer.ask("When did Trump's second term begin?").lead
    assert "2019" not in answerer.ask("When did Trump and Putin last talk?").lead  # a call may be later


def test_how_someone_reacted_is_theirs_to_say(answerer: Answerer):
    """ "Comment Medvedev a-t-il réagi au déploiement ?": no fact has him say anything (the US reaction to Russia's
    missiles answered); "how did Trump sum up the talks?" leads with his words, not others' "constructive"."""
    answer = answerer.ask("Comment Medvedev a-t-il réagi au déploiement des sous-marins ?")
    assert not answer.found and answer.lead.startswith("Les articles ne rapportent pas de propos de Dmitri Medvedev")
    assert "Donald Trump" in answerer.ask("How did Trump sum up the Witkoff–Putin talks?").items[0].text


def test_asking_for_is_demanding(answerer: Answerer):
    """ "What is Russia asking for?", "asking of Russia": what a party demands (both were declined, "ask" being the
    reader's word of a request); the reader's own "can I ask for…" is still no demand."""
    assert "Donetsk" in answerer.ask("What is Russia asking for?").text
    assert (
        "lasting" in answerer.ask("What is Ukraine asking of Russia?").text
        or "durable" in answerer.ask("What is Ukraine asking of Russia?").text
    )
    assert not answerer.ask("Can I ask for a summary?").lead.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How is Witkoff described differently in 000 and 004?", "businessman"),
        ("Comment Kirill Dmitriev est-il présenté d'un article à l'autre ?", "fonds souverain"),
        ("How do the lists of Russian demands differ between the two articles?", "NATO"),
    ],
)
def test_a_comparison_is_answered_with_what_each_says(answerer: Answerer, question: str, said: str):
    """ "Differently", "d'un article à l'autre", "differ": how the reader will read the facts, no fact's words (the
    three were declined); each article's account follows."""
    answer = answerer.ask(question)
    assert answer.found and said in answer.text
    assert answerer.ask("Did Russia change its demands?").lead != "No."  # asked yes or no, "change" is what is asked


def test_the_weather_is_not_in_the_articles(answerer: Answerer):
    """ "Il fait beau à Moscou ?": "beau" is not the "beaucoup" of a fact on the peace plan."""
    assert not answerer.ask("Il fait beau à Moscou ?").found


@pytest.mark.parametrize(
    "question",
    ["Quel est le nom du porte-parole du Kremlin ?", "nom du porte-parole du Kremlin", "porte-parole du kremlin nom"],
)
def test_the_name_of_whom_a_title_names_is_their_entry(answerer: Answerer, question: str):
    """ "Le nom du porte-parole du Kremlin": the title names Peskov; "nom" is no word of a fact (all three were
    declined, while "comment s'appelle…" was answered)."""
    assert answerer.ask(question).text.startswith("Dmitri Peskov : porte-parole du Kremlin.")


def test_an_unknown_person_is_declined_by_name(answerer: Answerer):
    """A person the sources never mention is named in the decline."""
    declined(answerer, "Qu'a dit Olaf Scholz sur les sanctions ?", "Les articles ne parlent pas d'Olaf Scholz.")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("que pense le chancelier allemand du sommet trump poutine", "Les articles ne parlent pas de l'Allemagne."),
        ("le canada a-t-il réagi au sommet ?", "Les articles ne parlent pas du Canada."),
        ("les pays-bas ont-ils sanctionné la russie ?", "Les articles ne parlent pas des Pays-Bas."),
        ("what did the british prime minister say?", "The articles do not mention the United Kingdom."),
        ("is budapest hosting the trump putin summit", "The articles do not mention Hungary."),
        ("Qu'a déclaré le chancelier allemand Friedrich Merz ?", "Les articles ne parlent pas de Friedrich Merz."),
        ("What tariffs hit Indian goods?", "The articles do not mention India."),
        ("Quelle est la position de l'Inde ?", "Les articles ne parlent pas de l'Inde."),
        ("Les pourparlers d'Istanbul ont-ils abouti ?", "Les articles ne parlent pas d'Istanbul."),
        ("Did North Korea send troops?", "The articles do not mention North Korea."),  # the whole name, as typed
    ],
)
def test_a_place_the_articles_never_mention_is_declined_in_any_case(answerer: Answerer, question: str, said: str):
    """A country, its capital or its people typed in lowercase is declined as a capitalised name is, by the place's
    name in the reader's language; a capitalised name the briefs do not know is named instead, as the country where
    it is the country's or its people's ("Indian"), as typed where it is a city ("Istanbul")."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(said)


@pytest.mark.parametrize(
    "question",
    [
        "qu'a dit overchuk en chine ?",
        "la derniere rencontre trump poutine au japon ?",
        "sanctions iran",
        "zelensky etait il en france ?",
    ],
)
def test_a_place_the_briefs_mention_is_no_unknown_name(answerer: Answerer, question: str):
    """China, Iran and Japan (the 2019 G20 in Osaka) are in the briefs, and France by Paris, where the articles place
    Zelensky: their words are no name the articles lack."""
    assert not answerer.matcher.read(question).unknown_names


@pytest.mark.parametrize(
    "question",
    ["Quel âge a Vladimir Poutine ?", "What languages does Putin speak?", "Donne-moi une recette de bortsch"],
)
def test_an_unrelated_topic_is_declined(answerer: Answerer, question: str):
    """A question about people the briefs know but on a topic they do not hold is declined."""
    assert not answerer.ask(question).found


# --- The answer first ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # a day the articles state comes with its weekday ("ce mercredi 6 août"), a day worked out without
        (
            "Quand Witkoff a-t-il rencontré Poutine ?",
            "Quand : « hier » selon l'article 003 (vers le 11 avril 2025) ; mercredi 6 août 2025",
        ),
        ("Quel jour de la semaine Witkoff a-t-il été reçu au Kremlin ?", "Quand : mercredi 6 août 2025."),
        ("What was the duration of the 6 August meeting?", "How long: nearly three hours"),
        ("Où Witkoff a-t-il rencontré Poutine le 11 avril ?", "Où : bibliothèque présidentielle, Saint-Pétersbourg."),
        ("How long did Witkoff's meeting with Putin in Moscow last?", "How long: nearly three hours"),
        ("Who welcomed Witkoff when he arrived in Moscow?", "Who: Kirill Dmitriev."),
        (
            "Combien de sous-marins nucléaires les États-Unis ont-ils déployés ?",
            "Combien : deux sous-marins nucléaires",
        ),
    ],
)
def test_the_first_line_answers_what_is_asked(answerer: Answerer, question: str, first: str):
    """Date, place, length, person and number come first, in the reader's language, before the cited facts."""
    answer = answerer.ask(question)
    assert answer.found
    assert first in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Who welcomed Witkoff when he landed in Moscow?", "Who: Kirill Dmitriev."),  # "welcomed … on arriving"
        ("Who tasked Witkoff with opening a backchannel to Moscow?", "Who: the White House."),
        ("Who confirmed Witkoff's trip to Moscow?", "Who: Dmitry Peskov."),
        ("Qui a décidé de déployer les sous-marins ?", "Qui : Donald Trump."),
        # a title stands for whom it names: a fact naming Witkoff holds "l'émissaire américain"
        ("Qui a accueilli l'émissaire américain à son arrivée à Moscou ?", "Qui : Kirill Dmitriev."),
        # "quel conseiller…" asks who, as "qui…" does: a noun for a person by role (PERSON_NOUNS)
        ("Quel conseiller de Poutine a parlé d'un dialogue constructif ?", "Qui : Iouri Ouchakov."),
    ],
)
def test_who_did_the_very_verb_asked_is_named_from_a_fact_in_other_words(answerer: Answerer, question: str, first: str):
    """A fact holding most of a "who" question and its very verb names who did it, though it words the rest
    otherwise ("landed", "backchannel", "trip"): the name comes first, not "here is what the sources say"."""
    assert answerer.ask(question).lead == first


def test_a_title_asked_about_is_not_read_as_its_name(answerer: Answerer):
    """ "Qui est l'envoyé de Trump ?" asks whom the title names: Witkoff's entry answers, not every fact naming him."""
    answer = answerer.ask("qui est l'envoyé de Trump ?")
    assert [item.fact_id for item in answer.items] == ["witkoff"]


@pytest.mark.parametrize(
    "question",
    [
        "qui a gagné le prix Nobel de la paix ?",  # "Trump rêve du Nobel": he won nothing
        "Who described the phone call as very embarrassing?",  # Bloomberg did; Witkoff is only named in it
        "Who said the dialogue will fail?",  # Dmitriev said it will prevail
    ],
)
def test_who_is_not_named_from_a_fact_without_the_verb_asked(answerer: Answerer, question: str):
    """Most of the question held, but not its verb, or only "said": no one is named as the answer."""
    assert not answerer.ask(question).lead.startswith(("Who:", "Qui :"))


@pytest.mark.parametrize(
    "question",
    [
        "Quelle agence a rapporté la durée de l'entretien au Kremlin ?",
        "Which news agency reported when the US convoy left the Kremlin?",
    ],
)
def test_which_noun_is_asked_not_the_aspect_of_its_clause(answerer: Answerer, question: str):
    """ "Quelle agence … la durée": the agency is asked, not a length; no length or date is given as the answer."""
    answer = answerer.ask(question)
    assert answer.found
    assert not answer.lead.startswith(("Durée", "How long", "Quand", "When"))


def test_when_something_will_happen_is_not_the_day_it_was_reported(answerer: Answerer):
    """ "Quand se tiendra le sommet ?": the articles say only when it was announced, and that its date is not
    confirmed: no day answers it. A deadline ahead still answers with its day."""
    summit = answerer.ask("Quand se tiendra le sommet entre Trump et Poutine ?")
    assert summit.found and summit.lead == "Quand : non confirmé ; possible « dès la semaine prochaine » (article 002)."
    assert answerer.ask("Quand les sanctions seront-elles appliquées ?").lead.startswith("Quand : vendredi 8 août 2025")
    # Asked what date "has been fixed", the verb is past; its being set is what it asks, not when it was announced.
    fixed = answerer.ask("What date has been fixed for the Trump–Putin summit?")
    assert fixed.lead == "When: not confirmed; possibly “as early as next week” (article 002)."
    assert answerer.ask("When was the summit announced?").lead.startswith("When: “on the eve of")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("When did Trump first issue his ultimatum to Russia?", "The articles do not say when it was set"),
        ("When did Trump first announce his ultimatum to Russia?", "The articles do not say when it was set"),
        ("Quand l'ultimatum a-t-il été lancé ?", "Les articles ne disent pas quand il a été fixé"),
        ("Quand expire l'ultimatum fixé par Trump ?", "Quand : vendredi 8 août 2025"),  # its falling due is asked
        ("Quelle est la date limite fixée par Trump ?", "Quand : vendredi 8 août 2025"),
        ("Le sommet a été annoncé à quel moment par rapport à l'ultimatum ?", "Quand : « à la veille"),  # the summit's
    ],
)
def test_when_the_ultimatum_was_set_is_not_the_day_it_falls_due(answerer: Answerer, question: str, lead: str):
    """A deadline's brief holds the day it falls due: asked when it was issued, the bot says the articles do not
    tell, not "8 August", nor the day of the summit announced then."""
    assert answerer.ask(question).lead.startswith(lead)


def test_where_something_will_happen_is_not_where_a_past_meeting_was(answerer: Answerer):
    """ "Quelle ville accueillera le sommet ?": not the Kremlin of 6 August ("une rencontre au sommet s'est tenue…"),
    but the summit to come, whose place is not yet set; a visit to come still has its place."""
    summit = answerer.ask("Quelle ville accueillera le sommet ?")
    assert summit.lead == "Où : non précisé (article 002)."
    assert all(item.fact_id != "meeting-2025-08-06-kremlin" for item in summit.items)
    assert answerer.ask("Où ira Witkoff ?").lead == "Où : Moscou."


def test_a_trailing_and_when_is_asked_too(answerer: Answerer):
    """ "Quelles sanctions …, et quand ?": a date is asked besides the sanctions."""
    assert answerer.ask("Quelles sanctions menacent la Russie, et quand ?").lead.startswith("Quand : ")


def test_yes_no_questions_lead_with_yes_no_or_what_is_said(answerer: Answerer):
    """A yes/no question gets Oui or Non when the best fact states it, else: no clear yes or no in the articles."""
    assert answerer.ask("Trump a-t-il informé les Européens ?").lead == "Oui."
    assert answerer.ask("Did Russia accept a trilateral format including Zelensky?").lead == "No."
    unsure = answerer.ask("Poutine a-t-il accepté un cessez-le-feu de 30 jours ?")
    assert unsure.found and unsure.lead.startswith("Je ne trouve pas de oui ou de non net dans les articles")


@pytest.mark.parametrize(
    "question", ["Les sanctions ont-elles finalement été appliquées le 8 août ?", "Did Trump end up winning the Nobel?"]
)
def test_how_it_turned_out_unsettled_is_declined(answerer: Answerer, question: str):
    """ "Finalement", "in the end": the articles that do not settle the outcome say so, and offer what they say."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(
        ("Les articles ne disent pas ce qu'il en a été finalement", "The articles do not say how")
    )
    assert answer.suggestions


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Quel a été le résultat du sommet Trump-Poutine ?", "summit"),  # a fact says its day is not yet set
        ("What was decided at the Trump-Putin summit?", "summit"),
        ("What came out of the Putin–Zelensky meeting?", "summit"),  # no fact reports them met
        ("what came out of the summit?", "summit"),  # the summit's facts hold the question's only word
        ("Quel a été le résultat de la rencontre Poutine-Zelensky ?", "meeting"),
        ("Le sommet a-t-il donné des résultats ?", "summit"),  # asked yes or no, whatever else it names
        ("How did the Trump–Putin summit go in the end?", "summit"),  # how it turned out, as "in the end" asks
        ("Comment s'est finalement passé le sommet Trump-Poutine ?", "summit"),
    ],
)
def test_what_came_of_an_event_not_held_is_declined(answerer: Answerer, question: str, topic: str):
    """What came of a summit the articles only announce, or of a meeting they report no one held, is what they do not
    say; they offer what they do say of it, the facts on its topic first."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(("Les articles ne disent pas ce qu'il en a été", "The articles do not say how"))
    assert answerer.knowledge.by_id[answer.suggestions[0].fact_id].topic == topic


@pytest.mark.parametrize(
    "question",
    [
        "What was the outcome of the Witkoff-Putin meeting?",  # held: its outcome is reported
        "Quel a été le résultat de la rencontre du 6 août ?",
        "What will come out of the summit?",  # asks a forecast, which the articles make
        "Quelle est la date du sommet ?",  # no result asked
        "Quels résultats sont attendus du sommet ?",  # what is expected of it
        "Qui a décidé d'organiser le sommet ?",  # who, not what came of it
        "What has been decided about the summit's location?",  # its place, which a fact says is not yet set
        "What came out of the contacts before the summit announcement?",  # a fact on them holds it
        "What outcome does Zelensky hope for from a summit?",  # a wish
        "Quels résultats Trump attend-il du sommet ?",
        "What came out of the Witkoff-Putin summit meeting?",  # theirs, held on 6 August
        "Quel a été le résultat des négociations sur le sommet ?",  # what came of something else it names
        "How did the Witkoff-Putin meeting go in the end?",  # held: how it went is reported
    ],
)
def test_what_came_of_an_event_held_or_to_come_is_not_declined_so(answerer: Answerer, question: str):
    """The rule is for an outcome asked of an event not held: one held, or a forecast, is answered as before."""
    answer = answerer.ask(question)
    assert answer.meta.get("declined_because") != "unsettled"
    assert not answer.lead.startswith(("Les articles ne disent pas ce qu'il en a été", "The articles do not say how"))


def test_how_it_turned_out_settled_is_answered(answerer: Answerer):
    """An outcome a fact settles is answered as any yes/no question: Russia declined the trilateral format."""
    answer = answerer.ask("Did Russia eventually accept a trilateral format including Zelensky?")
    assert answer.found and answer.lead == "No."


def test_yes_rests_on_what_the_fact_states_not_its_keywords(dataset):
    """Keywords say what a fact is about: a question whose verb only a keyword holds gets no "Yes"; stated, it does."""
    from tests.conftest import MINIMAL_MEETINGS

    # "Feted", not "snubbed": a refusal asked of ("was he snubbed?") a fact denying none gets "No.", keywords or not.
    dataset.write("meetings.yaml", MINIMAL_MEETINGS.replace("    people:", "    keywords: [feted]\n    people:"))
    answerer = Answerer(dataset.load())
    assert answerer.ask("Was Witkoff received at the Kremlin?").lead == "Yes."
    feted = answerer.ask("Was Witkoff feted at the Kremlin?")
    assert feted.found and feted.lead.startswith("I find no clear yes or no in the articles")


def _received(dataset, summary_en: str, summary_fr: str = "Witkoff a été reçu au Kremlin.") -> Answerer:
    """An answerer over the minimal meeting, its summary replaced."""
    from tests.conftest import MINIMAL_MEETINGS

    meeting = MINIMAL_MEETINGS.replace("Witkoff was received at the Kremlin.", f'"{summary_en}"')
    dataset.write("meetings.yaml", meeting.replace("Witkoff a été reçu au Kremlin.", f'"{summary_fr}"'))
    return Answerer(dataset.load())


def test_no_rests_on_a_clause_denying_what_is_asked(dataset):
    """A denial in a side clause ("without…") or another party's refusal is no "No": the clause must say what the
    question asks."""
    aside = _received(dataset, "Witkoff was received at the Kremlin, without the content of the talks being disclosed.")
    assert aside.ask("Was Witkoff received at the Kremlin?").lead == "Yes."
    denied = aside.ask("Was the content of the talks disclosed?")
    assert denied.found and denied.lead == "No."
    refused = _received(dataset, "Witkoff set conditions that Moscow deems unacceptable: a limited Ukrainian army.")
    limited = refused.ask("Did Witkoff ask for a limited Ukrainian army?")
    assert limited.found and limited.lead != "No."
    assert refused.ask("Did Moscow accept the conditions Witkoff set?").lead == "No."


def test_without_denies_what_follows_it_and_an_expectation_hedges(dataset):
    """ "… received without major announcements" does not deny the reception; "n'a pas été reçu" denies it; an
    expectation is a hedge, for "No" as for "Yes", unless the question asks about the expectation itself."""
    expected = _received(dataset, "Diplomats expect Witkoff to be received at the Kremlin without major announcements.")
    assert expected.ask("Will Witkoff be received at the Kremlin?").lead == "Yes, but unconfirmed:"
    assert expected.ask("Do diplomats expect major announcements from Witkoff at the Kremlin?").lead == "No."
    assert expected.ask("Will Witkoff's reception at the Kremlin bring major announcements?").lead.startswith(
        ("No, but unconfirmed:", "I find no clear yes or no in the articles")
    )
    refused = _received(dataset, "Witkoff was not received at the Kremlin.", "Witkoff n'a pas été reçu au Kremlin.")
    assert refused.ask("Witkoff a-t-il été reçu au Kremlin ?").lead == "Non."


def test_yes_keeps_the_facts_hedge(dataset):
    """ "Reportedly", "aurait": yes as the article has it, unconfirmed; and no settled outcome."""
    answerer = _received(dataset, "Witkoff was reportedly received at the Kremlin.")
    assert answerer.ask("Was Witkoff received at the Kremlin?").lead == "Yes, but unconfirmed:"
    assert not answerer.ask("Was Witkoff received at the Kremlin in the end?").found


def test_a_summary_not_saying_who_reported_it_is_no_denial(answerer: Answerer):
    """ "Moscow reportedly sent certain signals", in a summary adding that its article does not say who reported it:
    whether someone said Moscow sent them is not denied ("No, but unconfirmed" was the answer)."""
    lead = answerer.ask("Did the Kremlin say Moscow sent signals to Washington?").lead
    assert not lead.startswith("No")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Sait-on combien de temps a duré la rencontre du 6 août ?", "Oui. Durée : près de trois heures"),
        ("Do we know how long the 6 August meeting lasted?", "Yes. How long: nearly three hours"),
        ("Sait-on où aura lieu le sommet ?", "Non."),  # "le lieu n'est pas encore précisé"
        ("Did Trump inform the Europeans when the meeting ended?", "Yes."),  # asks yes or no; "when" is a clause
    ],
)
def test_asked_whether_something_is_known_yes_comes_with_it(answerer: Answerer, question: str, lead: str):
    """ "Sait-on où…", "do we know how long…": yes with the value when a fact gives it, never a bare yes."""
    answer = answerer.ask(question)
    assert answer.found and answer.lead.startswith(lead)


def test_a_name_leads_only_from_what_the_fact_states(dataset):
    """ "Qui : X" rests on the fact's own words as "Oui" does: a question whose verb only a keyword holds gets the
    facts, not a name as the answer."""
    from tests.conftest import MINIMAL_MEETINGS, MINIMAL_PEOPLE

    putin = """  - id: putin
    name: {fr: Vladimir Poutine, en: Vladimir Putin}
    aliases: [Poutine, Putin]
    role: {fr: président russe, en: Russian president}
    citations:
      - article: "000"
        quote: "Vladimir Poutine"
"""
    dataset.write("people.yaml", MINIMAL_PEOPLE + putin)
    meeting = MINIMAL_MEETINGS.replace("people: [witkoff]", "keywords: [snubbed]\n    people: [witkoff, putin]")
    meeting = meeting.replace("received at the Kremlin.", "received at the Kremlin by Putin.")
    dataset.write("meetings.yaml", meeting)
    answerer = Answerer(dataset.load())
    assert answerer.ask("Who received Witkoff at the Kremlin?").lead == "Who: Vladimir Putin."
    snubbed = answerer.ask("Who snubbed Witkoff at the Kremlin?")
    assert snubbed.found and "Putin" not in snubbed.lead
    summary = "summary: {fr: Witkoff et Poutine ont eu des échanges constructifs., en: They had constructive talks.}"
    dataset.write("meetings.yaml", re.sub(r"summary: \{.*\}", summary, meeting))
    answerer = Answerer(dataset.load())
    assert answerer.ask("Qui a eu des échanges constructifs avec Witkoff ?").lead == "Qui : Vladimir Poutine."
    # "construit" only shares a stem with "constructifs": no name is given as who built it
    built = answerer.ask("Qui a construit le Kremlin avec Witkoff ?")
    assert "Poutine" not in built.lead


def test_a_place_named_as_the_venue_is_not_answered_with_its_country(answerer: Answerer):
    """ "Where in Saint Petersburg…": the question names the city; the venue within it answers, a country never."""
    answer = answerer.ask("Where in Saint Petersburg did Witkoff see Putin?")
    assert answer.found and answer.lead == "Where: presidential library."


def test_who_did_it_is_not_who_said_so(answerer: Answerer):
    """Ushakov announced the summit the US side proposed: he answers who announced it, not who proposed it."""
    proposed = answerer.ask("Who proposed holding a Trump-Putin summit?")
    assert proposed.found and "Ushakov" not in proposed.lead
    assert answerer.ask("Qui a annoncé l'accord de principe sur le sommet ?").lead == "Qui : Iouri Ouchakov."


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("L'ultimatum de Trump avait-il déjà expiré lors de la rencontre du 6 août ?", "Non."),  # due on the 8th
        ("Had the deadline expired by August 6?", "No."),  # "by" a day: the day asked
        ("L'ultimatum expire-t-il le 8 août ?", "Oui."),
        ("L'ultimatum expirait-il le 7 août ?", "Non."),
        ("L'ultimatum de Washington expirait-il le 15 août ?", "Non."),  # it expired on the 8th, not then
        ("Had the ultimatum expired on August 10?", "Yes."),  # …but it had by then
        ("L'ultimatum avait-il expiré avant le 8 août ?", "Non."),  # before the 8th: by the 7th
    ],
)
def test_whether_a_deadline_had_expired_is_read_from_its_day(answerer: Answerer, question: str, lead: str):
    """A question on whether a deadline expired on a day, or had by then, is answered from the deadline's day, not
    from a fact on what else happened that day."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Comment Iouri Ouchakov a-t-il qualifié le dialogue avec Witkoff ?",
            "Iouri Ouchakov : « très utile et constructif ».",
        ),
        ("How did Peskov describe the August 6 talks?", "Dmitry Peskov: “important, substantial and very useful”."),
        (
            "Comment le porte-parole du Kremlin a-t-il qualifié les discussions ?",
            "Dmitri Peskov : « importantes, substantielles et très utiles ».",
        ),
    ],
)
def test_how_someone_described_it_leads_with_their_words(answerer: Answerer, question: str, lead: str):
    """ "Comment X a-t-il qualifié…", "how did X describe…" are answered first by the words X's statement quotes."""
    assert answerer.ask(question).lead == lead


def test_the_words_lead_only_from_the_speaker_asked(answerer: Answerer):
    """Where the best fact is not a statement of the one asked about, its quoted words are not put in their mouth."""
    assert not answerer.ask("How did Zelensky describe the talks with Witkoff?").lead.startswith("Dmitry Peskov")


@pytest.mark.parametrize(
    "question",
    [
        "Comment Peskov a-t-il qualifié Witkoff ?",  # he described the talks, not Witkoff
        "Comment Trump a-t-il qualifié Poutine ?",  # nor did Trump's "très productive" describe Putin
        "Comment Zelensky a-t-il qualifié la pression ?",  # "a noté que « … »": words that describe nothing
    ],
)
def test_the_words_lead_only_where_they_describe_what_is_asked(answerer: Answerer, question: str):
    """The quoted words lead only where the summary describes something with them ("a qualifié les discussions
    d'« … »") and what it describes is what the question names."""
    assert " : « " not in answerer.ask(question).lead


def test_the_truces_accepted_are_told_with_their_collapse(answerer: Answerer):
    """Article 003 tells of the two limited truces accepted and, next, of their collapse: the fact on the first says
    the second, so an answer on what became of them does not stop at the "early success"."""
    answer = answerer.ask("What happened to the two limited ceasefires?")
    assert answer.found and "collapsed almost immediately" in answer.text.split("\n")[0]
    assert answerer.ask("Les deux cessez-le-feu se sont-ils effondrés ?").lead == "Oui."


def test_what_collapsed_did_not_hold(answerer: Answerer):
    """A truce that "collapsed almost immediately" did not hold, last, or stay respected: a plain "no", not "the
    articles do not answer yes or no". "Hold" with an object asks of a meeting ("hold talks"), not of lasting."""
    assert answerer.ask("Did the Black Sea ceasefire hold?").lead == "No."
    assert answerer.ask("Les cessez-le-feu restreints ont-ils tenu ?").lead == "Non."
    assert answerer.ask("La trêve en mer Noire a-t-elle été respectée ?").lead == "Non."
    assert answerer.ask("Did the energy truce collapse?").lead == "Yes."
    assert answerer.ask("Did Kyiv and Moscow hold talks on a ceasefire?").lead != "No."
    # Respected by whom: a collapse amid mutual accusations does not say who broke it.
    assert answerer.ask("L'accord sur la mer Noire a-t-il été respecté par Moscou ?").lead != "Non."


def test_a_verb_after_to_be_to_is_no_passive(answerer: Answerer):
    """ "Steve Witkoff is to travel to Moscow": "is to travel" is no passive, so Witkoff is who travels, not Trump."""
    assert answerer.ask("Will Trump travel to Moscow?").lead != "Yes."
    assert answerer.ask("Will Witkoff travel to Moscow?").lead == "Yes."


def test_what_went_on_did_not_stop(answerer: Answerer):
    """Russia "kept up its strikes", Zelensky "continue d'appeler à un dialogue": asked whether they stopped, no."""
    assert answerer.ask("Did Russia stop striking civilian infrastructure?").lead == "No."
    assert answerer.ask("Zelensky a-t-il cessé d'appeler à un dialogue direct avec Poutine ?").lead == "Non."
    assert answerer.ask("Zelensky continue-t-il d'appeler à un dialogue direct avec Poutine ?").lead != "Non."
    assert answerer.ask("Were Western arms deliveries halted?").lead != "No."  # Moscow "keeps setting conditions"
    # "Arrêter" is French's everyday verb of stopping.
    assert answerer.ask("Est-ce que la Russie a arrêté ses frappes pendant les discussions ?").lead == "Non."


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Le convoi américain a-t-il quitté le Kremlin à 14h30 GMT ?", "Non."),  # 14h30 local, 11h30 GMT
        ("Le convoi a-t-il quitté le Kremlin vers 11h30 heure locale ?", "Non."),
        ("Le convoi américain a-t-il quitté le Kremlin à 16h ?", "Non."),
    ],
)
def test_a_time_of_day_is_compared_in_the_zone_asked(answerer: Answerer, question: str, lead: str):
    """A fact giving another time in the zone a question names answers no: "vers 14h30 (11h30 GMT)"."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    "question",
    [
        "Did the meeting start at 11:30?",  # the time given is the convoy's leaving, not the meeting's start
        "La rencontre a-t-elle commencé à 11h30 heure de Moscou ?",
        "Did the convoy leave the Kremlin at 2:30?",  # 2:30 may be 14:30
    ],
)
def test_a_time_of_something_else_or_ambiguous_is_no_no(answerer: Answerer, question: str):
    """Only a fact stating what is asked, at another time in the zone asked, answers no."""
    assert answerer.ask(question).lead not in ("No.", "Non.")


def test_what_time_leads_with_the_time_of_what_is_asked(answerer: Answerer):
    """ "À quelle heure…" leads with the time as the fact words it, hedge and zone kept; not the time of another
    thing (the convoy left at 14h30: that is not when Witkoff arrived)."""
    assert answerer.ask("À quelle heure le convoi a-t-il quitté le Kremlin ?").lead == (
        "Heure : aux alentours de 14h30 (11h30 GMT)."
    )
    assert answerer.ask("What time did the US convoy leave the Kremlin?").lead == "Time: at around 14:30 (11:30 GMT)."
    assert not answerer.ask("À quelle heure Witkoff est-il arrivé au Kremlin le 6 août ?").lead.startswith("Heure")


def test_the_time_given_in_its_zone_is_no_no(answerer: Answerer):
    """ "2:30 pm local time (11:30 GMT)" is the time the fact gives, in both zones."""
    lead = answerer.ask("Did the US convoy leave the Kremlin at about 2:30 pm local time (11:30 GMT)?").lead
    assert lead != "No."


def test_a_yes_needs_the_source_the_question_names(answerer: Answerer):
    """Ria Novosti reported the convoy's departure: asked of Tass, the articles say neither yes nor no."""
    question = "Tass a-t-elle rapporté que le convoi américain avait quitté le Kremlin vers 14h30 ?"
    assert answerer.ask(question).lead not in ("Oui.", "Oui, au conditionnel :")
    assert answerer.ask(question.replace("Tass", "Ria Novosti")).lead == "Oui."


def test_what_someone_warned_against_gets_neither_yes_nor_no(answerer: Answerer):
    """Zelensky insisted on not being deceived, by Russia or the US: whether he was, the articles do not say."""
    for question in ("Zelensky a-t-il été trompé par les États-Unis ?", "Was Zelensky deceived by the United States?"):
        assert answerer.ask(question).lead.startswith(
            ("Je ne trouve pas de oui ou de non", "I find no clear yes or no")
        )


@pytest.mark.parametrize(
    "question",
    ["Le cessez-le-feu de 30 jours expirait-il le 8 août ?", "Les sanctions avaient-elles expiré le 10 août ?"],
)
def test_only_a_deadline_expires_on_the_deadlines_day(answerer: Answerer, question: str):
    """A truce or sanctions asked to expire on a day are not answered from the ultimatum's day."""
    assert answerer.ask(question).lead not in ("Oui.", "Non.")


def test_a_verb_of_speech_after_the_one_asked_is_its_object(answerer: Answerer):
    """ "Qui refuse de reconnaître l'annexion ?" asks who refuses, not who spoke of it: Peskov, whose statement
    mentions the refusal, is not the answer; "qui a reconnu…" would ask for a speaker."""
    assert not answerer.matcher.read("qui refuse de reconnaître l'annexion ?").asks_speech
    assert answerer.matcher.read("qui a reconnu l'annexion ?").asks_speech
    assert answerer.matcher.read("qui Trump a-t-il menacé ?").asks_speech  # a name after "qui": still speech
    assert "Peskov" not in answerer.ask("qui refuse de reconnaître l'annexion ?").lead


def test_who_said_it_is_the_statements_speaker(answerer: Answerer):
    """A statement answers "who" with the speaker its article names, not someone its quotes mention in passing."""
    assert answerer.ask("Qui a confirmé la visite de Witkoff ?").lead == "Qui : Dmitri Peskov."
    assert answerer.ask("Who announced the agreement in principle on a summit?").lead == "Who: Yuri Ushakov."


def test_a_purpose_asked_with_a_word_before_its_noun_is_answered(answerer: Answerer):
    """ "The stated purpose" asks the purpose: "stated" is no noun the facts must hold."""
    answer = answerer.ask("What was the stated purpose of the 6 August meeting in Moscow?")
    assert answer.found
    assert "meeting-2025-08-06-purpose" in [item.fact_id for item in answer.items[:2]]


def test_everyday_modal_verbs_weigh_little(answerer: Answerer):
    """ "Supposed to", "censé", "utilisés" are wording readers pick freely: a fact need not hold them."""
    words = answerer.matcher.words_of(answerer.matcher.read("What was the Aug 6 meeting supposed to move forward?"))
    assert words["supposed"].light
    assert answerer.ask("What was the Aug 6 meeting supposed to move forward?").found


def test_no_one_acts_in_a_pair_of_names(answerer: Answerer):
    """ "Russia clearly rejected … the Trump–Putin summit initiative": Trump, named in the summit's name, did not
    reject it."""
    assert not answerer.ask("Who declined a trilateral format including Zelensky?").lead.startswith("Who: Donald Trump")


@pytest.mark.parametrize(
    "question",
    ["Who confirmed that Witkoff would be travelling to Moscow?", "Qui a confirmé l'entrevue avec Poutine ?"],
)
def test_who_said_it_is_not_someone_named_before_another_subject(answerer: Answerer, question: str):
    """ "The Kremlin (Dmitry Peskov) and US diplomatic sources confirmed that he was coming": the one other person the
    fact names, in the clause before (Putin, whom Witkoff is to meet), did not confirm it; nor did Witkoff."""
    lead = answerer.ask(question).lead
    assert not lead.startswith(("Who: Vladimir Putin", "Qui : Steve Witkoff", "Who: Steve Witkoff"))
    assert answerer.ask("Qui a qualifié les discussions de constructives ?").lead == "Qui : Iouri Ouchakov."


def test_a_fact_saying_what_another_shown_says_is_left_out(answerer: Answerer, knowledge: Knowledge):
    """Briefs file one claim under each topic it bears on (Zelensky's "the pressure is working" as a statement and as
    a ceasefire stance): an answer says it once; facts saying different things are all shown."""
    same = [
        knowledge.by_id["ceasefire-zelensky-russia-more-inclined"],
        knowledge.by_id["statement-zelensky-2025-08-06-pressure-working"],
    ]
    assert [item.fact_id for item in answerer.compose("?", "en", same).items] == [same[0].id]
    other = [same[0], knowledge.by_id["meeting-2025-08-06-duration"]]
    assert len(answerer.compose("?", "fr", other).items) == 2


def test_trimming_keeps_the_best_match_and_says_a_deadline_note_once(answerer: Answerer, knowledge: Knowledge):
    """However many facts are composed, the first stays; a deadline's status is not repeated on every item."""
    deadlines = [f for f in knowledge.facts if f.topic == "deadline"]
    answer = answerer.compose("?", "fr", deadlines)
    assert answer.items[0].fact_id == deadlines[0].id
    notes = [item.note for item in answer.items if item.note]
    assert len(notes) == len(set(notes))
    assert len(answer.text) <= 1500


def test_no_name_is_given_as_the_answer_when_the_fact_does_not_hold_the_question(answerer: Answerer):
    """ "Who won the Nobel?" over a fact saying Trump dreams of it: whatever is shown, "Who: Donald Trump" is not."""
    answer = answerer.ask("who won the 2025 Nobel peace prize?")
    assert not answer.text.split("\n")[0].startswith("Who:")


@pytest.mark.parametrize("question", ["Qui a eu le prix Nobel de la paix ?", "Who got the Nobel Peace Prize?"])
def test_who_has_what_someone_only_wishes_for_is_not_said(answerer: Answerer, question: str):
    """ "Qui a eu le prix Nobel ?" over "Trump rêve toujours du prix Nobel": the verb "eu" is a function word, and the
    fact's person led as the answer ("Qui : Donald Trump."). Who wishes for it is not who has it; asked of the wish,
    the fact answers ("Qui rêve du prix Nobel ?", "who is dreaming of…", which read as a post no one holds). A wish
    holding little of the question is not what it asks ("who is Moscow getting closer to while the US pushes for a
    ceasefire?" of "while the US tries to bring Russia to negotiate a ceasefire, Moscow… Iran and China")."""
    answer = answerer.ask(question)
    assert not answer.found and "Trump" not in answer.text.split("\n")[0]
    assert answerer.ask("Qui rêve du prix Nobel ?").lead == "Qui : Donald Trump."
    assert answerer.ask("who is dreaming of a nobel prize").found
    assert answerer.ask("Who is Moscow getting closer to while the US pushes for a ceasefire?").found


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Why won't Russia accept?", "why will not russia accept"), ("didn’t he", "did not he"), ("who won", "who won")],
)
def test_negative_contractions_read_as_what_they_say(text: str, folded: str):
    """ "won't" is "will not", not the verb "won"; "didn't" keeps its "not"."""
    assert fold(text) == folded


@pytest.mark.parametrize(
    "question",
    ["Poutine a-t-il reçu Witkoff au Kremlin ou à Saint-Pétersbourg le 6 août ?", "Did they meet in April or in May?"],
)
def test_a_question_offering_alternatives_is_not_answered_yes_or_no(answerer: Answerer, question: str):
    """ "A or B?" asks which, so "Oui"/"Non" would answer nothing: the facts are shown instead."""
    assert not is_yes_no(question)
    answer = answerer.ask(question)
    assert answer.lead not in ("Oui.", "Non.", "Yes.", "No.")
    assert is_yes_no("Poutine a-t-il reçu Witkoff au Kremlin le 6 août ?")


def test_places_offered_on_a_day_are_answered_with_that_days_venue(answerer: Answerer):
    """ "Au Kremlin ou à Saint-Pétersbourg le 6 août ?" asks where: the Kremlin; not Saint Petersburg, the first place
    of a fact on several meetings, undated."""
    lead = answerer.ask("Poutine a-t-il reçu Witkoff au Kremlin ou à Saint-Pétersbourg le 6 août ?").lead
    assert lead.startswith("Où : Moscou, Kremlin")


def test_a_count_in_the_first_line_is_a_number_with_its_noun(answerer: Answerer, knowledge: Knowledge):
    """An article's number is no count, and the count stops at its noun: "deux sous-marins", not "… à un échange"."""
    from dataclasses import replace

    from bot.answering.leads import first_line
    from bot.knowledge.schema import Text

    result = answerer.matcher.match("Combien de sous-marins nucléaires les États-Unis ont-ils déployés ?")
    fact = result.matches[0].fact
    summary = Text(
        fr="L'article 000 rattache le déploiement de deux sous-marins à un échange virulent.",
        en="Article 000 ties the deployment of two submarines to a heated exchange.",
    )
    worded = replace(fact, data=fact.data.model_copy(update={"summary": summary}))
    assert first_line(result, [worded], knowledge, "fr") == "Combien : deux sous-marins."
    assert first_line(result, [worded], knowledge, "en") == "How many: two submarines."
    english = answerer.ask("How many submarines did the US deploy?")  # "US" is part of the noun phrase
    assert english.lead == "How many: two US nuclear submarines."
    article = Text(fr="Il veut mettre un terme à la guerre en deux jours.", en="He wants to end the war in two days.")
    worded = replace(fact, data=fact.data.model_copy(update={"summary": article}))
    # "un terme" is no count; nor are "deux jours" a count of the submarines asked about, which the fact names.
    assert first_line(result, [worded], knowledge, "fr") == ""


def test_the_best_facts_dispute_is_shown_before_other_matches(knowledge: Knowledge):
    """The best fact's other side comes right after it; a later match's other side comes after every match."""
    from bot.answering.answers import with_other_sides

    disputed = next(f for f in knowledge.facts if f.data.disputes)
    other = knowledge.by_id[disputed.data.disputes[0]]
    plain = next(f for f in knowledge.facts if not f.data.disputes and f.id not in (disputed.id, other.id))
    assert [f.id for f in with_other_sides([disputed, plain], knowledge)][:3] == [disputed.id, other.id, plain.id]
    assert [f.id for f in with_other_sides([plain, disputed], knowledge)][:3] == [plain.id, disputed.id, other.id]


def test_a_count_of_something_no_count_names_is_not_claimed_missing(answerer: Answerer):
    """ "Combien de soldats ukrainiens…": no count names them, but the articles may count them in other words, so the
    bot says it did not find the figure, not that the articles lack it."""
    declined(answerer, "Combien de soldats ukrainiens sont morts depuis 2022 ?", "Je ne trouve pas ce chiffre")


def test_a_measure_the_articles_never_give_is_declined(answerer: Answerer):
    """ "How old", "quel âge" ask a figure: a fact sharing the adjective ("Old Continent") does not answer them."""
    declined(answerer, "How old is Steve Witkoff?", "The articles do not give that figure.")
    assert not answerer.ask("Quel âge a Kirill Dmitriev ?").found
    toll = answerer.ask("How high is the death toll of the war in Ukraine?")  # a figure the articles give
    assert toll.found and toll.lead.startswith("How many: tens of thousands")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Où se tiendra le sommet ?", "Où : non précisé (article 002)."),
        ("When will the summit take place?", "When: not confirmed; possibly “as early as next week” (article 002)."),
        ("Sait-on déjà où se tiendra le sommet Trump-Poutine ?", "Non. Où : non précisé (article 002)."),
        ("Is the venue for the Trump-Putin summit known yet?", "No. Where: not specified (article 002)."),
        ("Quel serait le lieu du sommet ?", "Où : non précisé (article 002)."),  # "serait", as "est", before the noun
    ],
)
def test_a_place_or_date_not_yet_set_is_the_answer(answerer: Answerer, question: str, lead: str):
    """Where the articles say the summit's place or date is not set, that is the first line; "do we know…?" is no."""
    assert answerer.ask(question).lead == lead


def test_where_several_meetings_were_held_gives_each_place_with_its_day(answerer: Answerer):
    """ "Où se sont-ils rencontrés ?" over meetings in two cities: each place with its day, not one of them alone;
    not a visit an article announces (Moscou, vers novembre 2025), nor the Kremlin again beside Moscow; a question
    naming one meeting gets its place only."""
    lead = answerer.ask("Où Witkoff a-t-il rencontré Poutine ?").lead
    assert lead == (
        "Où : Moscou, Kremlin (mercredi 6 août 2025) ; bibliothèque présidentielle, Saint-Pétersbourg (vers le 11 avril"
        " 2025)."
    )
    assert "November" not in answerer.ask("Where were the talks?").lead  # the visit article 004 announces
    # Saint Petersburg's country is Moscow's too: no reason to leave Moscow out.
    assert answerer.ask("Where did they meet?").lead == (
        "Where: presidential library, Saint Petersburg (c. 11 April 2025) ; Moscow, Kremlin (Wednesday 6 August 2025)."
    )
    assert answerer.ask("Where did Witkoff and Putin meet on 6 August?").lead == "Where: Moscow, Kremlin."
    library = answerer.ask("Which city hosted the Witkoff–Putin meeting at the presidential library?")
    assert library.lead == "Where: Saint Petersburg."


def test_the_conditional_of_reported_speech_does_not_ask_about_what_is_to_come(answerer: Answerer):
    """ "Aurait duré selon Tass", "se serait tenue": reported, not future; the meeting reported as done answers."""
    assert answerer.ask("Combien de temps aurait duré l'entretien selon Tass ?").lead.startswith(
        "Durée : près de trois"
    )
    assert answerer.ask("Où se serait tenue la rencontre du 6 août ?").lead == "Où : Moscou, Kremlin."
    both = answerer.ask("Quand et où se serait tenue la rencontre ?").lead
    assert both == "Quand : mercredi 6 août 2025. Où : Moscou, Kremlin."
    # The present conditional looks ahead, as the future does: the visit to come, not the meeting of 6 August.
    assert (
        answerer.ask("Combien de temps durerait la visite de Witkoff à Moscou ?").lead
        == "Durée : deux jours (attendus)."
    )
    assert (
        answerer.ask("Où se tiendrait la rencontre entre Trump et Poutine ?").lead == "Où : non précisé (article 002)."
    )


def test_what_is_to_come_is_answered_with_the_visit_announced(answerer: Answerer):
    """ "Verra-t-il", "se verront-ils" ask what is to come: the visit article 004 announces, not 6 August."""
    assert answerer.ask("Où Witkoff verra-t-il Poutine ?").lead == "Où : Moscou."  # not the Kremlin, an actor there
    both = answerer.ask("Où et combien de temps Witkoff verra-t-il Poutine ?").lead
    assert both == "Où : Moscou. Durée : deux jours (attendus)."
    # What the articles do not say of what is to come is said in the future: not "a eu lieu", "took place".
    assert answerer.ask("How long will the summit last?").lead.startswith(
        "The articles do not say how long the summit will last."
    )
    assert answerer.ask("Quand et où Witkoff verra-t-il Poutine ?").lead.startswith(
        "Les articles ne disent pas quand aura lieu"
    )


def test_what_happened_is_not_answered_with_a_visit_announced(answerer: Answerer):
    """ "Où Witkoff a-t-il eu des entretiens avec Poutine ?" asks where they met: Moscow on 6 August and Saint
    Petersburg in April, not the visit to Moscow article 004 announces; a question naming that visit still finds it,
    not another meeting's length."""
    lead = answerer.ask("Où Witkoff a-t-il eu des entretiens avec Poutine ?").lead
    assert lead.startswith("Où : Moscou, Kremlin (mercredi 6 août 2025) ; Saint-Pétersbourg")
    assert answerer.ask("How long did the exploratory meeting last?").lead == "How long: two days (expected)."
    # Whether a visit announced happened: the articles do not say, and Peskov's "arrivera à Moscou" is no "Yes".
    assert answerer.ask("Has Witkoff arrived in Moscow?").lead != "Yes."


@pytest.mark.parametrize(
    "question",
    [
        "Did Trump and Putin meet in 2025?",  # the facts name both, but it is Witkoff who met Putin in April
        "Trump et Poutine se sont-ils rencontrés en 2025 ?",
        "Has Zelensky met Putin?",  # a fact on what must precede such a meeting
        "Did Witkoff meet Putin in November 2025?",  # a visit announced, not a meeting held
        "Did Trump, Witkoff and Putin meet?",  # the facts hold Witkoff's meetings with Putin, without Trump
        "Have Zelensky and Putin ever met?",
        "Have Trump and Zelensky met?",  # they spoke on the phone
        "Did Putin receive Trump at the Kremlin?",  # "receive" is a contact, though no cue of the meeting topic
        "Will Witkoff meet Dmitriev?",  # asked of what is to come: the meeting they had does not say they will again
        "Witkoff rencontrera-t-il Dmitriev ?",
        "Will Witkoff meet Ouchakov?",  # nor a meeting held between others, where Ushakov spoke
        "Will Witkoff meet Peskov?",  # Peskov confirms the visit announced; he meets no one in it
        "Will Putin meet Zelensky?",  # what must come "before any meeting" between them: one that may never be
        "Will there be a Putin-Zelensky meeting?",
        "Will Trump meet Medvedev?",  # background naming both, their online row: no plan to meet
        "Trump va-t-il rencontrer Medvedev ?",
    ],
)
def test_whether_they_met_gets_no_yes_from_another_meeting(answerer: Answerer, question: str):
    """A yes to "did X and Y meet?" rests on a fact reporting that they met (its `met`), held when asked of the past."""
    assert answerer.ask(question).lead not in ("Oui.", "Yes.")


def test_whether_they_met_gets_a_yes_from_their_meeting(answerer: Answerer):
    """The meeting itself answers yes, in either language. The rule is for what happened: asked in the present, the
    fact dating their last meeting answers, though it reports no contact of its own."""
    assert answerer.ask("Did Witkoff meet Putin in Saint Petersburg?").lead == "Yes."
    assert answerer.ask("Witkoff a-t-il rencontré Poutine à Moscou ?").lead == "Oui."
    assert answerer.ask("La dernière rencontre entre Trump et Poutine remonte-t-elle à 2019 ?").lead == "Oui."
    # What someone said of a meeting is answered by their words, which report no contact of their own.
    assert answerer.ask("Did Trump say Witkoff's meeting with Putin was very productive?").lead == "Yes."
    # Asked whether they met, the meetings held rank before the visit announced, which gives no yes.
    assert answerer.ask("Had Witkoff met Putin in Moscow before?").lead == "Yes."
    assert answerer.ask("Did Putin receive Witkoff at the Kremlin?").lead == "Yes."
    assert answerer.ask("Has Witkoff arrived in Moscow?").lead != "Yes."
    # The fact on their last meeting reports it (met: Trump, Putin), set in Osaka.
    assert answerer.ask("Trump et Poutine se sont-ils rencontrés à Osaka ?").lead == "Oui."
    assert answerer.ask("Did Trump and Putin last meet in 2019?").lead == "Yes."
    # Asked of what is to come, the visit announced answers; their meeting held answers the past. What Peskov said
    # of a possible Trump–Putin face-to-face answers as he said it.
    assert answerer.ask("Will Witkoff meet Putin?").lead == "Yes."
    assert answerer.ask("Will Trump meet Putin?").lead.startswith("Yes, but")
    assert (
        answerer.ask("Le sommet Trump-Poutine pourrait-il relancer les discussions sur un cessez-le-feu ?").lead
        == "Oui."
    )
    assert answerer.ask("Did Witkoff meet Dmitriev?").lead == "Yes."


def test_whether_a_meeting_took_place_rests_on_the_fact_reporting_it_held(answerer: Answerer):
    """A fact on the meeting's stakes or on what was said of it names no one as meeting; the fact on the same meeting
    that does, as close, settles it, and its hedge (none) is the answer's."""
    assert answerer.ask("Did the Witkoff–Putin meeting on August 6 take place in Moscow?").lead == "Yes."
    assert answerer.ask("La rencontre Witkoff-Poutine du 6 août a-t-elle eu lieu à Moscou ?").lead == "Oui."
    assert answerer.ask("Did the Witkoff–Putin meeting on August 6 take place in Saint Petersburg?").lead == "No."
    assert answerer.ask("Did Trump and Putin meet on August 6?").lead not in ("Yes.", "Oui.")


@pytest.mark.parametrize(
    "question",
    ["When did Zelensky and Trump meet?", "Combien de temps Trump et Zelensky se sont-ils rencontrés ?"],
)
def test_when_or_how_long_people_met_is_not_answered_by_another_meeting(answerer: Answerer, question: str):
    """Asked when, where or how long people met, a fact must report that they all met (its `met`): Zelensky's calls
    for a meeting with Putin or his call with Trump do not date or time one."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(("The articles do not say", "Les articles ne disent pas"))


def test_a_meeting_worded_otherwise_answers_where_people_met(answerer: Answerer):
    """When no fact holds the verb ("get together"), a fact reporting that those named met, and giving the place
    asked, answers; the verb does not make another meeting fit."""
    assert answerer.ask("Where in Saint Petersburg did Putin and Witkoff get together?").lead == (
        "Where: presidential library."
    )
    assert not answerer.ask("Where in Saint Petersburg did Zelensky and Witkoff get together?").found


def test_who_met_someone_is_answered_from_those_who_met(answerer: Answerer):
    """ "Who met X?" names who met them in the fact reporting the contact (its `met`), not someone the fact mentions:
    the April meeting's purpose names Trump, who met no one in Saint Petersburg."""
    assert answerer.ask("Who did Witkoff meet in Saint Petersburg?").lead == "Who: Vladimir Putin."
    assert answerer.ask("Qui a rencontré Poutine le 6 août ?").lead == "Qui : Steve Witkoff."
    assert answerer.ask("Who did Witkoff meet in Moscow apart from Putin?").lead != "Who: Donald Trump."
    # A call is no meeting, unless one is asked about.
    assert "Zelensky" not in answerer.ask("Who met Trump?").lead
    assert answerer.ask("Who did Trump phone?").lead == "Who: Volodymyr Zelensky."


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Qui a proposé le sommet Trump-Poutine ?", "Qui : la partie américaine."),  # "proposée par la partie…"
        ("Who proposed the Trump-Putin summit?", "Who: the American side."),
        ("Who joined the Trump-Zelensky phone call?", "Who: several European leaders."),  # "joined by …"
        # a statement's passive, before its speaker: "…l'annexion, refusée par Kiev et ses alliés européens"
        (
            "Qui refuse catégoriquement de reconnaître l'annexion des territoires occupés ?",
            "Qui : Kiev et ses alliés européens.",
        ),
    ],
)
def test_who_did_it_is_whom_the_passive_on_its_verb_names(answerer: Answerer, question: str, lead: str):
    """Who did what the question asks is whom the summary's passive on the same verb names, up to a preposition;
    a fact's other passives answer other verbs."""
    assert answerer.ask(question).lead == lead
    assert "américaine" not in answerer.ask("Qui a organisé le sommet Trump-Poutine ?").lead
    # Of what the question asks, in the passive's own sentence: not the summit's venue, nor a deployment the summary
    # tells of after a colon.
    assert "américaine" not in answerer.ask("Qui a proposé le lieu du sommet ?").lead
    assert "Trump" not in answerer.ask("Qui a décidé de la rencontre du 6 août ?").lead


@pytest.mark.parametrize("question", ["Qui a été accueilli à Moscou ?", "Who was welcomed in Moscow?"])
def test_a_question_in_the_passive_is_not_answered_by_the_agent(answerer: Answerer, question: str):
    """ "Qui a été accueilli ?" asks who was welcomed (Witkoff), not by whom (Dmitriev)."""
    assert answerer.matcher.read(question).passive
    assert "Dmitriev" not in answerer.ask(question).lead


@pytest.mark.parametrize(
    ("question", "agent"),
    [
        ("Qui la Maison-Blanche a-t-elle chargé ?", "Maison-Blanche"),  # who was tasked
        ("Qui a chargé la Maison-Blanche d'ouvrir un canal ?", "Maison-Blanche"),  # a premise the articles belie
        ("Qui a proposé la partie américaine ?", "américaine"),
    ],
)
def test_an_agent_the_question_names_is_not_its_answer(answerer: Answerer, question: str, agent: str):
    """A question naming the passive's agent asks someone else: the agent is not its "Qui :" line."""
    assert agent not in answerer.ask(question).lead


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("Qui a reçu Poutine ?", "Witkoff"),  # "Witkoff a été reçu … par Vladimir Poutine": Putin received him
        ("Who welcomed Dmitriev?", "Witkoff"),  # "Witkoff was welcomed by Kirill Dmitriev"
        ("Qui a appelé Zelensky ?", "Poutine"),  # "Zelensky … continue d'appeler à un dialogue direct avec Poutine"
        ("Who excluded Zelensky from the summit?", "Trump"),
        ("Who questions Witkoff's integrity?", "Trump"),  # "questions" unread as a verb; Trump's campaign is named
        ("qui envoie Witkoff en Russie ?", "Poutine"),  # no "envoyer" in the fact: Putin received him
        ("Who called Zelensky?", "Putin"),  # a call to someone, not speech: "Zelensky keeps calling for dialogue"
        ("Qui a révélé l'appel très embarrassant ?", "Witkoff"),  # a call between Witkoff and an official
        ("Qui a mis en cause la légitimité de Witkoff ?", "Trump"),  # "sa campagne pour Trump"
    ],
)
def test_who_did_it_is_not_someone_else_the_fact_names_with_its_verb(answerer: Answerer, question: str, wrong: str):
    """Where the summary has the question's verb, only its subject or its passive's agent did it: a fact naming one
    other person is no ground to name them when the verb says someone else did it. Where it lacks the verb, only
    someone it has doing something may have."""
    assert wrong not in answerer.ask(question).lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Qui a reçu Witkoff au Kremlin ?", "Qui : Vladimir Poutine."),  # the agent
        ("Qui a reçu l'envoyé américain le 6 août ?", "Qui : Vladimir Poutine."),  # "émissaire" in other words
        ("Qui a serré la main de Poutine ?", "Qui : Steve Witkoff."),  # "Witkoff a été filmé en train de serrer…"
        ("Qui Kirill Dmitriev a-t-il reçu ?", "Qui : Steve Witkoff."),  # asks whom: no verb opens it
        ("Qui Kirill Dmitriev a-t-il accueilli à Moscou ?", "Qui : Steve Witkoff."),  # a given name opens it
        ("qui Vladimir Poutine a-t-il reçu au Kremlin ?", "Qui : Steve Witkoff."),
        ("Who had an embarrassing phone call with a Russian official?", "Who: Steve Witkoff."),  # "had": no verb
        ("Who briefed European counterparts on the meeting?", "Who: Donald Trump."),  # "Trump a informé"
        ("qui a parlé à Paris le mois dernier ?", "Qui : Volodymyr Zelensky."),  # "Zelensky a déclaré"
    ],
)
def test_who_did_it_is_still_named_from_its_doer(answerer: Answerer, question: str, lead: str):
    """The check keeps the doer, a question asking whom, and a question whose verb is "avoir" or "have"."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("qui Witkoff a-t-il reçu ?", "Poutine"),  # Witkoff was received; he received no one
        ("whom did Zelensky call?", "Putin"),  # "appeler à un dialogue direct avec Poutine" calls for, not calls him
        ("qui a été informé des résultats ?", "Trump"),  # Trump informed; who was informed, the Europeans
        ("par qui la visite a-t-elle été confirmée ?", "Witkoff"),  # his visit, confirmed by others
        ("whom does Witkoff represent?", "Dmitriev"),
    ],
)
def test_whom_and_the_passive_are_not_answered_by_someone_else_named(answerer: Answerer, question: str, wrong: str):
    """A question asking whom, or in the passive, names no one from a fact merely naming one other person; asking
    whom, only one the verb governs right after it, its subject being the one the question names."""
    assert wrong not in answerer.ask(question).lead


def test_whom_is_named_from_the_verb_the_one_asked_about_did(answerer: Answerer):
    """ "Qui Kirill Dmitriev a-t-il reçu ?": "reçu par Dmitriev", so Witkoff."""
    assert answerer.ask("Qui Kirill Dmitriev a-t-il reçu ?").lead == "Qui : Steve Witkoff."
    assert answerer.ask("Qui Poutine a-t-il reçu au Kremlin ?").lead == "Qui : Steve Witkoff."
    assert answerer.matcher.read("qui s'est voulu rassurant après la réunion ?").passive is False  # reflexive


def test_of_several_people_named_the_subject_of_the_verb_asked_did_it(answerer: Answerer):
    """ "Donald Trump a décidé le déploiement … avec Dmitri Medvedev": two people named, Trump before the verb asked,
    not before a noun ("the Trump–Putin summit"), nor for a question in the passive."""
    assert answerer.ask("Qui a décidé le déploiement des sous-marins ?").lead == "Qui : Donald Trump."
    assert "Putin" not in answerer.ask("Who rejected a trilateral summit?").lead
    assert "Putin" not in answerer.ask("Who was excluded from the summit?").lead
    # What the verb governs is what the question asks: Trump decided to deploy US submarines, not missiles.
    for other in ("Qui a décidé le déploiement des missiles ?", "Qui a décidé le déploiement des sous-marins russes ?"):
        assert "Trump" not in answerer.ask(other).lead


def test_whom_a_claim_is_from_did_not_do_it(answerer: Answerer):
    """ "Selon Iouri Ouchakov, … un accord pour organiser un sommet": Ouchakov says it, which answers who announced
    it, not who organised it."""
    assert "Ouchakov" not in answerer.ask("Qui a organisé le sommet Trump-Poutine ?").lead
    assert answerer.ask("Qui a annoncé le sommet Trump-Poutine ?").lead == "Qui : Iouri Ouchakov."


def test_people_named_by_title_are_among_those_who_met(answerer: Answerer):
    """A title from the people registry ("le président américain", "the US envoy") names someone as a name does for
    who met whom: Trump met no one in the facts on Witkoff's meetings, and Putin is who received the envoy."""
    assert answerer.matcher.read("Did the US envoy meet the Russian president?").participants == {"witkoff", "putin"}
    assert answerer.ask("Le président américain a-t-il rencontré Poutine ?").lead != "Oui."
    assert answerer.ask("Qui a reçu l'émissaire américain au Kremlin ?").lead == "Qui : Vladimir Poutine."
    # Asked for a name, the title is what is asked about, not someone who took part.
    assert not answerer.matcher.read("Comment s'appelle le porte-parole du Kremlin ?").titled


def test_whether_people_will_meet_rests_on_what_is_to_come(answerer: Answerer):
    """ "Will Witkoff meet Putin?" gets its yes from the visit article 004 announces, not from the 6 August meeting;
    "will Trump and Putin meet?" not from their last meeting in 2019 nor the April meeting."""
    will = answerer.ask("Will Witkoff meet Putin?")
    assert will.lead == "Yes." and will.items[0].fact_id == "meeting-late-2025-announced-visit"
    for question in ("Will Trump and Putin meet?", "Trump et Poutine vont-ils se rencontrer ?"):
        first = answerer.ask(question).items[0].fact_id
        assert first not in ("summit-last-meeting-osaka-2019", "meeting-2025-04-11-purpose")


def test_someone_a_pronoun_stands_for_is_not_known_to_have_met(answerer: Answerer):
    """ "Did he meet Zelensky?", "did Trump meet him?" asked alone: who he or him is the question does not say, so a
    fact on Putin's conditions for meeting Zelensky gives no yes. An inverted subject is named: "Trump a-t-il…"."""
    pronouns = ("Did he meet Zelensky?", "Did they meet Zelensky?", "Did Trump meet him?", "A-t-il vu Poutine ?")
    for question in (
        *pronouns,
        "Will he meet Zelensky?",
        "Poutine l'a-t-il reçu ?",
        "A-t-il aussi rencontré Poutine ?",
    ):
        assert answerer.ask(question).lead not in ("Yes.", "Oui.")
    # "aussi", "également" between the auxiliary and the participle keep the past: who met whom is checked.
    assert answerer.ask("Zelensky a-t-il aussi rencontré Poutine ?").lead != "Oui."
    assert answerer.ask("Witkoff a-t-il aussi rencontré Dmitriev ?").lead == "Oui."
    assert answerer.ask("Trump a-t-il rencontré Poutine en 2019 ?").lead == "Oui."
    # A place as subject is no one who met: the facts' `met` hold people only.
    assert answerer.ask("L'Ukraine a-t-elle rencontré la Russie ?").lead != "Oui."


def test_a_pronoun_for_no_one_named_gets_neither_yes_nor_no(answerer: Answerer):
    """Asked alone, "did they agree?", "did he call Zelensky?" do not say of whom they ask: a fact on the summit
    agreement or on Zelensky's calls for dialogue settles nothing about "they" or "he". An impersonal "il" names no
    one: "y a-t-il eu…" still gets its answer."""
    for question in ("Did they agree?", "Did they shake hands?", "Ont-ils trouvé un accord ?"):
        assert answerer.ask(question).lead in (
            "I find no clear yes or no in the articles; here is what they say:",
            "Je ne trouve pas de oui ou de non net dans les articles ; voici ce qu'ils disent :",
        )
    # A call to Zelensky by no one named: neither yes nor no, or no call found for "he".
    assert answerer.ask("Did he call Zelensky?").lead not in ("Yes.", "No.", "Yes, but unconfirmed:")
    assert not answerer.matcher.read("Y a-t-il eu un accord de principe sur un sommet ?").pronoun_led
    assert not answerer.matcher.read("Faut-il s'attendre à des sanctions ?").pronoun_led
    assert answerer.matcher.read("Did they agree?").pronoun_led
    # A pronoun after its noun stands for it: "les diplomates … s'attendent-ils" may still get "Non".
    assert not answerer.matcher.read("Les diplomates russes s'attendent-ils à une annonce majeure ?").pronoun_led
    assert answerer.ask("Did Russia and the US agree to hold a summit?").lead == "Yes."


def test_is_it_true_that_asks_its_clause_yes_or_no(answerer: Answerer):
    """ "Is it true that…", "est-il vrai que…" frame a yes/no question: the frame is no word to match, and the
    clause is answered yes or no as if asked plainly."""
    for framed, plain in (
        ("Est-il vrai que Witkoff a rencontré Poutine ?", "Witkoff a-t-il rencontré Poutine ?"),
        ("Is it true that Peskov confirmed Witkoff's visit?", "Did Peskov confirm Witkoff's visit?"),
        ("C'est vrai qu'Ouchakov est le conseiller de Poutine ?", "Ouchakov est-il le conseiller de Poutine ?"),
        ("Is true Peskov confirmed Witkoff's visit?", "Did Peskov confirm Witkoff's visit?"),  # typed without "it"
    ):
        asked, expected = answerer.ask(framed), answerer.ask(plain)
        assert asked.found and asked.lead == expected.lead
        assert asked.lead.startswith(("Yes", "Oui"))
    # A claim of what happened: its simple past ("met") is past, so who met whom is checked; in the frame's language.
    for framed in ("Is it true that Putin met Zelensky?", "Is it true that Trump and Putin met in August?"):
        assert answerer.ask(framed).lead == "I find no clear yes or no in the articles; here is what they say:"
    assert answerer.ask("Is it true that Trump met Zelensky?").lang == "en"


def test_roles_and_titles_are_read_whole(answerer: Answerer):
    """ "The envoy of Trump", "l'envoyé spécial américain de Trump" name Trump as whose envoy; "l'ancien président
    russe" is Medvedev, not the Russian president too."""
    for question in (
        "When did the envoy of Trump meet Putin?",
        "Quand l'envoyé spécial américain de Trump a-t-il vu Poutine ?",
    ):
        assert answerer.matcher.read(question).owners == {"trump"}
    assert answerer.matcher.read("L'ancien président russe a-t-il rencontré Poutine ?").titled == {"medvedev"}


def test_when_people_met_lists_meetings_held(answerer: Answerer):
    """Asked of the past, "when" lists the meetings held, not the visit article 004 announces; a country asked
    ("in Russia") is no venue: both meetings were held there."""
    assert answerer.ask("When did the US envoy meet Putin?").lead == (
        "When: “yesterday” according to article 003 (c. 11 April 2025) ; Wednesday 6 August 2025."
    )
    assert "11 avril" in answerer.ask("Quand Witkoff a-t-il rencontré Poutine en Russie ?").lead
    # Saint Petersburg and Moscow lie in Russia (places.yaml `within`), not in Ukraine.
    assert "April" not in answerer.ask("When did Witkoff meet Putin in Ukraine?").lead


def test_whose_envoy_is_no_one_who_met(answerer: Answerer):
    """ "Trump's envoy", "l'émissaire de Trump" name Trump as whose envoy, not as one who met Putin: the meeting of
    Witkoff and Putin answers. A role that is no title (Putin's spokesman) makes no participant of its owner."""
    english, french = (
        "How long did Trump's envoy meet Putin?",
        "Combien de temps l'émissaire de Trump a-t-il vu Poutine ?",
    )
    for question in (english, french):
        reading = answerer.matcher.read(question)
        assert reading.owners == {"trump"}
        assert reading.participants == {"witkoff", "putin"}  # the envoy by title (see people.yaml)
    assert answerer.ask(english).lead.startswith("How long: nearly three hours")
    assert answerer.ask(french).lead.startswith("Durée : près de trois heures")
    assert answerer.matcher.read("How long did Witkoff meet Putin's spokesman?").participants == {"witkoff"}
    assert answerer.matcher.read("la rencontre de Witkoff avec Poutine").participants == {"witkoff", "putin"}


def test_when_asked_of_a_place_gives_only_the_days_of_meetings_there(answerer: Answerer):
    """ "When did they meet in Moscow?" is not answered by the day of their meeting in Saint Petersburg."""
    moscow = answerer.ask("When did Witkoff meet Putin in Moscow?").lead
    assert "6 August" in moscow and "April" not in moscow
    petersburg = answerer.ask("Quand Witkoff a-t-il rencontré Poutine à Saint-Pétersbourg ?").lead
    assert "avril" in petersburg and "août" not in petersburg
    # A place named in several words is set by the word before its name: "in the United States", "at the White House".
    assert answerer.matcher.read("Will the summit be held in the United States?").settings == {"united-states"}
    assert answerer.ask("Did Witkoff meet Putin at the White House?").lead != "Yes."
    # Typed without its accent, "a" right before the place is "à"; before a verb it is the verb: Moscow acts.
    assert answerer.ask("Quand Witkoff a-t-il rencontré Poutine a Moscou ?").lead == "Quand : mercredi 6 août 2025."
    assert not answerer.matcher.read("Qu'a proposé Moscou ?").settings
    # "In the US", "aux US": the country, not the pronoun "us"; "the US envoy" sets nothing.
    for question in ("Did Witkoff meet Putin in the US?", "Will the summit be held in the U.S.?"):
        assert answerer.matcher.read(question).settings == {"united-states"}
        assert answerer.ask(question).lead != "Yes."
    assert not answerer.matcher.read("Did the US envoy meet Putin?").settings


@pytest.mark.parametrize(
    "question",
    [
        "Le sommet Trump-Poutine se tiendra-t-il à Moscou ?",  # its venue is not set; Moscow is a party to it
        "Will the summit be held in Moscow?",
        "Was the April meeting held in Moscow?",  # the library in Saint Petersburg; "Washington–Moscou" are parties
    ],
)
def test_where_an_event_is_held_gets_no_yes_from_a_fact_naming_the_place_otherwise(answerer: Answerer, question: str):
    """A yes to "se tiendra-t-il à Moscou ?" rests on a meeting set there, not on a fact naming Moscow as a party."""
    assert answerer.ask(question).lead not in ("Oui.", "Yes.")


def test_where_a_yes_still_rests_on_words_or_demands_naming_the_place(answerer: Answerer):
    """The place rule is for where a meeting or the summit is held: what Peskov confirmed, or what Russia demands of
    arms sent to Ukraine, is answered by those facts."""
    assert answerer.ask("Peskov a-t-il confirmé la venue de Witkoff à Moscou ?").lead == "Oui."
    arms = "La Russie exige-t-elle la fin des livraisons d'armes occidentales à l'Ukraine ?"
    assert answerer.ask(arms).lead == "Oui."


@pytest.mark.parametrize(
    "question",
    [
        "L'entretien Witkoff-Poutine a-t-il duré moins d'une heure ?",  # "près de trois heures"
        "Did Witkoff meet Putin in Saint Petersburg in May?",  # a meeting of April
        "Was the US deadline for Russia set for the end of August?",  # 8 August: early in the month ("Yes.")
    ],
)
def test_a_yes_needs_the_numbers_and_months_asked(answerer: Answerer, question: str):
    """Every other word of the question may be in the fact: a figure or a month it does not state gives no yes."""
    assert answerer.ask(question).lead not in ("Oui.", "Yes.")


def test_a_yes_from_the_figures_stated(answerer: Answerer):
    """The same questions with the fact's own figures get their yes; a number in an idiom ("à trois") is no figure."""
    assert answerer.ask("L'entretien Witkoff-Poutine a-t-il duré près de trois heures ?").lead == "Oui."
    assert answerer.ask("Did Witkoff meet Putin in Saint Petersburg in April?").lead == "Yes."
    assert answerer.ask("Est-ce que la Russie a décliné un sommet à trois avec Zelensky ?").lead == "Oui."


def test_what_happened_gets_no_yes_from_a_forecast(answerer: Answerer):
    """Asked whether the sanctions were applied, "seraient probablement mises en œuvre le 8 août", written before that
    day, foresaw it and does not say it happened; asked whether they will be, it answers, hedged."""
    applied = "Les sanctions secondaires ont-elles bien été appliquées le 8 août ?"
    assert not answerer.ask(applied).lead.startswith("Oui")
    assert not answerer.ask("Were the secondary sanctions implemented on 8 August?").lead.startswith("Yes")
    assert answerer.ask("Les sanctions seront-elles appliquées le 8 août ?").lead == "Oui, au conditionnel :"
    # What the administration said it foresaw is what it said.
    said = "L'administration a-t-elle indiqué que les sanctions seraient mises en œuvre le 8 août ?"
    assert answerer.ask(said).lead == "Oui, au conditionnel :"


def test_a_visit_announced_is_not_a_place_where_they_met(answerer: Answerer, knowledge: Knowledge):
    """Beside a meeting held, a visit its article announces is no other place where they met (unless asked)."""
    from bot.answering.leads import first_line
    from bot.answering.matching import Match, Result

    held = knowledge.by_id["meeting-2025-04-11-saint-petersburg"]
    announced = knowledge.by_id["meeting-late-2025-announced-visit"]
    reading = answerer.matcher.read("Où Witkoff a-t-il rencontré Poutine ?")
    result = Result(reading, (Match(held, 1.0, 1.0), Match(announced, 1.0, 1.0)), ())
    assert (
        first_line(result, [held, announced], knowledge, "fr") == "Où : bibliothèque présidentielle, Saint-Pétersbourg."
    )


def test_a_day_worked_out_before_its_article_is_of_an_event_reported_done(knowledge: Knowledge):
    """The Saint Petersburg meeting is dated from "hier": done; a visit dated as its article's day may be to come."""
    from bot.answering.index import reported_done

    assert reported_done(knowledge.by_id["meeting-2025-04-11-saint-petersburg"], knowledge)
    assert not reported_done(knowledge.by_id["meeting-late-2025-announced-visit"], knowledge)
    # A date known to the month ("vers novembre 2025") is done only once that month is over by the article's day.
    visit = knowledge.by_id["meeting-late-2025-announced-visit"]
    in_month = replace(visit, data=visit.data.model_copy(update={"date": dt.date(2025, 11, 2), "date_basis": "stated"}))
    assert visit.data.date_precision == "month" and not reported_done(in_month, knowledge)
    earlier = replace(visit, data=visit.data.model_copy(update={"date": dt.date(2025, 10, 2), "date_basis": "stated"}))
    assert reported_done(earlier, knowledge)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Où et quand aura lieu le sommet ?",
            "Quand : non confirmé ; possible « dès la semaine prochaine » (article 002)."
            " Où : non précisé (article 002).",
        ),
        (
            "Where and when will the Trump-Putin summit happen?",
            "When: not confirmed; possibly “as early as next week” (article 002). Where: not specified (article 002).",
        ),
    ],
)
def test_a_question_asking_two_things_gets_each_from_its_own_fact(answerer: Answerer, question: str, lead: str):
    """A date asked keeps a fact giving only the place out of the ranking; the best fact on the summit giving the
    place is added for it, right after the best, so that the answer shows the fact its first line rests on."""
    answer = answerer.ask(question)
    assert answer.lead == lead
    assert "summit-place-not-specified" in [item.fact_id for item in answer.items]


def test_a_place_comes_only_from_a_fact_answering_as_much_of_the_question_as_the_best(answerer: Answerer):
    """The best fact on Trump and Putin's last meeting, filed with the summit, reports their contact in Osaka: a 6
    August fact naming them both, further down, does not make "Où : Moscou." the answer; asked where they will meet,
    a contact held is no answer."""
    last = answerer.ask("Où Trump et Poutine se sont-ils rencontrés pour la dernière fois ?")
    assert last.lead == "Où : Osaka." and "Osaka" in last.items[0].text
    assert answerer.ask("Where will Trump and Putin meet?").lead == "Where: not specified (article 002)."


def test_a_meeting_fact_lists_the_venue_first(answerer: Answerer):
    """Curators list a meeting's venue first: the facts on how the visit divides Washington and on the peace plan
    revised since Geneva are about the meeting in Moscow, not meetings in Washington or Geneva."""
    assert answerer.ask("Where did Witkoff see Putin?").lead.startswith("Where: Moscow")  # not Washington, Geneva
    assert answerer.ask("Où Witkoff doit-il se rendre pour faire avancer le plan de paix ?").lead == "Où : Moscou."


def test_a_demand_for_an_exclusion_is_no_refusal(answerer: Answerer):
    """Russia's demand that Ukraine be excluded from NATO does not answer "No" to whether Russia wants it out, nor
    to whether Putin demands its exclusion; Zelensky, excluded from the summit, is still not invited to it."""
    assert answerer.ask("Does Russia want Ukraine out of NATO?").lead not in ("Yes.", "No.")
    assert answerer.ask("Poutine exige-t-il que l'Ukraine soit exclue de l'OTAN ?").lead == "Oui."
    assert answerer.ask("Zelensky est-il invité au sommet ?").lead == "Non."


@pytest.mark.parametrize("question", ["Zelensky sera-t-il au sommet ?", "Will Zelensky be at the summit?"])
def test_no_yes_when_a_fact_shown_beside_denies_it(answerer: Answerer, question: str):
    """Contacts before the summit's announcement name Zelensky and the summit; Russia declining a format with him,
    shown beside them and holding as much of the question, denies it: neither yes nor no."""
    assert not answerer.ask(question).lead.startswith(("Oui", "Yes"))


def test_a_denial_beside_agrees_with_a_question_asking_one(answerer: Answerer):
    """A question that itself denies ("aucune percée n'était attendue") is answered yes by facts denying it."""
    question = "Peskov a-t-il déclaré qu'aucune percée n'était attendue lors des entretiens entre Witkoff et Poutine ?"
    assert answerer.ask(question).lead == "Oui."


@pytest.mark.parametrize(
    "question", ["Is Zelensky invited to the Trump–Putin summit?", "Will Zelensky take part in the Trump-Putin summit?"]
)
def test_a_refusal_before_a_dashed_pair_denies_the_summit(answerer: Answerer, question: str):
    """ "Remains excluded from the Trump–Putin summit": the dash joins the names; the refusal holds the summit."""
    assert answerer.ask(question).lead == "No."


def test_a_preposition_weighs_nothing(answerer: Answerer):
    """ "Vers" is a preposition, which summaries use of dates worked out ("vers le 11 avril"): asked what Russia
    risks by not moving "vers la paix", the threat of sanctions answers, not a fact dated "vers" a day."""
    assert "vers" not in answerer.matcher.read("Que risque Moscou faute d'avancer vers la paix ?").tokens
    answer = answerer.ask("Que risque Moscou faute d'avancer vers la paix avant l'échéance ?")
    assert answer.found and "sanctions" in answer.text.split("\n", 2)[1]


@pytest.mark.parametrize(
    "question",
    [
        "Les cessez-le-feu restreints ont-ils tenu ?",
        "Le cessez-le-feu sur les infrastructures énergétiques a-t-il tenu ?",
        "Did the energy-infrastructure and Black Sea ceasefires hold?",
    ],
)
def test_a_yes_states_the_everyday_verb_a_question_ends_on(answerer: Answerer, question: str):
    """ "Did the ceasefires hold?": the verb is all that is asked. The fact on the truces' acceptance holds every other
    word; it says nothing of their holding (they collapsed), so no yes."""
    assert not answerer.ask(question).lead.startswith(("Oui", "Yes"))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Trump a-t-il qualifié la rencontre de très productive ?", "Oui."),
        # "Donald Trump a qualifié la rencontre Witkoff–Poutine de « très productive »": not Putin, named in the pair
        ("Poutine a-t-il qualifié la rencontre de très productive ?", NOT_YES_OR_NO_FR),
        # A cleft sets apart the one who did it: it was Trump, so "Non" (see test_a_cleft_naming_another_…).
        ("C'est Poutine qui a qualifié la rencontre de très productive ?", "Non."),
    ],
)
def test_a_yes_needs_the_one_asked_to_do_what_is_asked(answerer: Answerer, question: str, lead: str):
    """Asked whether someone did it, in the active voice or a cleft, a fact whose verb has another person as its
    subject does not say they did it: no "Oui" because the one asked is named elsewhere in the fact."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Le sommet a-t-il été proposé par la Russie ?", "Non."),  # "proposed by the US side"
        ("Was the Trump–Putin summit proposed by the Kremlin?", "No."),  # the Kremlin stands in Russia
        ("Le sommet a-t-il été proposé par Washington ?", "Oui."),  # Washington is in the United States
        ("Witkoff a-t-il été reçu par Poutine ?", "Oui."),
        # A cleft sets the doer apart: its "was" is no passive ("Yes." of "proposed by the US side")
        ("Was it Moscow that proposed the Trump–Putin summit?", "No."),
        ("Was it the US that proposed the summit?", "Yes."),
        ("Est-ce la Russie qui a proposé le sommet ?", "Non."),  # a yes/no question, not "qui…"
        ("Est-ce Washington qui a proposé le sommet ?", "Oui."),
        ("C'est qui qui a proposé le sommet Trump–Poutine ?", "Qui : la partie américaine."),  # sets apart who is asked
    ],
)
def test_a_passive_naming_another_doer_is_a_no(answerer: Answerer, question: str, lead: str):
    """Asked whether someone did it ("proposé par la Russie ?"), a fact whose passive on the same verb names another
    person or country answers no; one naming the question's own, or a place within it, yes."""
    assert answerer.ask(question).lead == lead
    assert answerer.ask("C'est qui le porte-parole du Kremlin ?").items[0].fact_id == "peskov"  # asks who: no cleft


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Is Ushakov the Kremlin spokesman?", "No."),  # the title names Peskov
        ("Ouchakov est-il le porte-parole du Kremlin ?", "Non."),
        ("Witkoff est-il le conseiller diplomatique de Poutine ?", "Non."),  # Putin's name is within the title
        ("Peskov est-il le porte-parole du Kremlin ?", "Oui."),
        ("Medvedev est-il l'ancien président russe ?", "Oui."),
    ],
)
def test_is_x_the_title_asks_whom_the_title_names(answerer: Answerer, question: str, lead: str):
    """ "Is X the Y?", where the registry's titles name Y: yes if it is X, no if another, with both entries."""
    answer = answerer.ask(question)
    assert answer.lead == lead
    assert answer.found


@pytest.mark.parametrize(
    "question", ["Quelle est la date du sommet Trump-Poutine ?", "When is the Trump-Putin summit?"]
)
def test_the_day_of_an_event_not_set_is_not_the_day_it_was_agreed(answerer: Answerer, question: str):
    """A summit fact says its day is not confirmed: the day the agreement on it was announced does not answer."""
    lead = answerer.ask(question).lead
    assert "7" not in lead and ("non confirmé" in lead or "not confirmed" in lead)


@pytest.mark.parametrize(
    "question",
    ["Quelle est la date exacte du sommet Trump-Poutine ?", "What exact date was fixed for the Trump–Putin summit?"],
)
def test_what_an_events_facts_do_not_give_is_not_taken_from_another_topic(answerer: Answerer, question: str):
    """No summit fact states its day; the deadline's 8 August, in a fact on another topic, is not the summit's."""
    answer = answerer.ask(question)
    assert not answer.found and "8" not in answer.lead


@pytest.mark.parametrize(
    "question",
    [
        "What date was the energy-infrastructure ceasefire agreed?",
        "Quand la trêve sur les infrastructures énergétiques a-t-elle été acceptée ?",
    ],
)
def test_a_date_is_not_taken_from_a_fact_lacking_the_words_that_set_the_subject_apart(
    answerer: Answerer, question: str
):
    """The energy truce is undated; the 30-day ceasefire's dated agreement, which never says "energy" or
    "infrastructure", is another ceasefire: the question is declined with the truce offered, not given 6 August."""
    answer = answerer.ask(question)
    assert not answer.found and "6" not in answer.lead
    assert answer.suggestions[0].fact_id == "ceasefire-limited-truces-accepted"


def test_a_noun_asking_the_aspect_is_not_a_noun_the_fact_must_hold(answerer: Answerer):
    """ "Quelle est la durée du cessez-le-feu… ?": "durée" asks a length, which "un cessez-le-feu de 30 jours" gives;
    it is not a noun the fact must say (the 6 August meeting's three hours, which does, is another event)."""
    question = "Quelle est la durée du cessez-le-feu accepté en principe par Poutine ?"
    assert answerer.ask(question).lead == "Durée : 30 jours."


def test_a_count_keeps_its_rate_and_a_total_is_not_a_rate(answerer: Answerer):
    """ "Des milliers par semaine" is a rate: asked per week, it answers with its rate; asked a total, the war's toll
    ("tens of thousands of deaths") answers, not "thousands"."""
    assert answerer.ask("How many people die per week according to Trump?").lead == "How many: thousands a week."
    assert answerer.ask("How many people has the war killed?").lead == "How many: tens of thousands of deaths."


def test_a_measure_asked_is_no_count_of_things(answerer: Answerer):
    """ "Quelle taille…": the demand that Ukraine's army be limited gives no size; the four regions the same fact
    counts are no answer to it."""
    assert "régions" not in answerer.ask("Quelle taille maximale de l'armée ukrainienne Poutine exige-t-il ?").lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("L'entretien entre Witkoff et Poutine a-t-il duré cinq heures ?", "Non."),  # "près de trois heures"
        ("Trump a-t-il déployé trois sous-marins nucléaires ?", "Non."),  # "deux sous-marins"
        ("Poutine a-t-il accepté un cessez-le-feu de 60 jours ?", "Non."),  # 30 days, "but" notwithstanding
        ("Did Trump deploy two submarines?", "Yes."),
    ],
)
def test_another_number_for_what_is_counted_is_a_no(answerer: Answerer, question: str, lead: str):
    """A fact counting what the question counts, by another number, answers no; the same number, yes."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    "question",
    [
        "L'entretien a-t-il duré plus de deux heures ?",  # a comparison: nearly three hours is more than two
        "Did the US convoy leave the Kremlin at about 2:30 pm local time (11:30 GMT)?",  # a time of day counts nothing
    ],
)
def test_a_comparison_or_a_time_of_day_is_no_count(answerer: Answerer, question: str):
    """ "Plus de deux heures" compares, and "11:30 GMT" tells a time: neither contradicts the fact's figures."""
    assert answerer.ask(question).lead not in ("Non.", "No.")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Trump a-t-il parlé au téléphone avec Zelensky ?", "Oui."),  # "a eu une conversation téléphonique"
        ("Did Trump speak with Zelensky by phone?", "Yes."),
    ],
)
def test_a_call_asked_of_is_stated_by_a_fact_marked_a_call_between_them(answerer: Answerer, question: str, lead: str):
    """Curators mark a call as one: "au téléphone", "by phone" need not be the summary's words for a yes."""
    assert answerer.ask(question).lead == lead
    assert answerer.ask("Witkoff a-t-il téléphoné à Poutine ?").lead not in ("Oui.", "Yes.")  # no call of theirs


@pytest.mark.parametrize("question", ["witkof putin meeting lenght", "What was the length of the Kremlin meeting?"])
def test_a_mistyped_cue_still_asks_its_aspect(answerer: Answerer, question: str):
    """ "lenght" is no word the briefs, the articles or the dictionaries know: read as the cue it mistypes, it asks how
    long, as "length" does."""
    assert answerer.ask(question).lead.startswith("How long: nearly three hours")


def test_where_an_event_to_come_is_not_set_leads_even_when_another_fact_ranks_first(answerer: Answerer):
    """ "Where will the Trump–Putin summit be held?" ranks the agreement in principle first; a fact on the summit
    says its place is not set, which answers. Not of a meeting held: the last one's year is stated."""
    assert answerer.ask("Where will the Trump–Putin summit be held?").lead == "Where: not specified (article 002)."
    assert "not" not in answerer.ask("When was the last time Trump and Putin met face to face?").lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Putin commit to a ceasefire deal?", "No."),  # "in principle, but did not commit to concluding a deal"
        ("Poutine s'est-il engagé à conclure un accord de cessez-le-feu ?", "Non."),
        ("Did Peskov expect a breakthrough from the Witkoff–Putin talks?", "No."),  # the question's own "expect"
    ],
)
def test_a_but_that_denies_what_is_asked_is_a_no(answerer: Answerer, question: str, lead: str):
    """A fact's "but" leaves the facts to speak, unless its denying clause says enough of what is asked; a hedge the
    question holds in another form ("expect", "expected") is what it asks, no doubt on the answer."""
    assert answerer.ask(question).lead == lead


def test_a_but_denying_little_of_what_is_asked_is_no_no(answerer: Answerer):
    """ "Il ne s'est pas engagé à conclure un accord" denies only "accord" of "a-t-il donné son accord de principe à
    un cessez-le-feu de 30 jours ?": the agreement in principle was given."""
    question = "Poutine a-t-il donné son accord de principe à un cessez-le-feu de 30 jours ?"
    assert answerer.ask(question).lead not in ("Non.", "No.")


@pytest.mark.parametrize(
    "question", ["length of the ultimatum?", "Quelle est la durée de la guerre ?", "length of the war"]
)
def test_a_length_asked_of_another_event_is_not_the_meetings(answerer: Answerer, question: str):
    """ "Durée", "length" say what is asked, not of what: the 6 August meeting's three hours answer none of these.
    Where the question asks something else of the length ("quelle agence… la durée"), the word stays to match."""
    lead = answerer.ask(question).lead
    assert "trois heures" not in lead and "three hours" not in lead
    assert "Tass" in answerer.ask("Quelle agence russe a donné la durée de l'entretien ?").text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Les deux accords se sont-ils effondrés ?", "Oui."),  # "l'article 003" counts no agreements
        ("Was Witkoff received by Kirill Dmitriev?", "Yes."),  # a given name before the surname
        ("Was Medvedev the Russian president?", "Yes."),  # "l'ancien président russe"
        ("Was Ushakov the Kremlin spokesman?", "No."),
        ("Did the Kremlin meeting happen?", "Yes."),  # a meeting reported happened
        ("Did the exploratory meeting happen?", "I find no clear yes or no in the articles; here is what they say:"),
        ("Was the trilateral format declined by Russia?", "Yes."),  # a question asking of a refusal
        ("Y a-t-il un accord sur le sommet ?", "Oui."),  # the place not set denies no agreement
    ],
)
def test_the_new_yes_no_rules_keep_what_the_facts_say(answerer: Answerer, question: str, lead: str):
    """Edges a review found in this stop's rules: an article's number, a given name, a past title, a meeting that
    happened, a refusal asked about, a denial of something else (the summit's place)."""
    assert answerer.ask(question).lead == lead


def test_a_place_not_set_is_the_events_the_question_names(answerer: Answerer):
    """The summit's place is not set; the next G20's is nothing the articles speak of."""
    assert "not specified" not in answerer.ask("Where will the next G20 be held?").lead


@pytest.mark.parametrize(
    "question",
    [
        "Did Moscow set three conditions?",  # "conditions Kyiv deems unacceptable": Kyiv's judgment, not a denial
        "Moscou a-t-elle posé trois conditions ?",
        "Did Russia turn down a trilateral format?",  # "turn down" refuses, as the fact's "rejected" does
        "Did Moscow rebuff the idea of a three-way meeting with Zelensky?",  # so do "rebuff", "spurn", "snub"
        "Did Russia snub a trilateral format?",
    ],
)
def test_no_false_no_from_a_judgment_or_a_refusal_asked_about(answerer: Answerer, question: str):
    """A fact's "jugées inacceptables" refuses accepting the conditions, not that they were set; a question asking
    whether something was turned down agrees with a fact saying it was rejected."""
    assert answerer.ask(question).lead not in ("Non.", "No.")


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("Where will Trump and Putin meet?", "Saint Petersburg"),  # Peskov spoke of Witkoff and Putin there
        ("When was the last Trump–Putin meeting?", "6 August"),  # the day Witkoff met Putin
    ],
)
def test_where_or_when_people_meet_comes_from_their_meeting(answerer: Answerer, question: str, wrong: str):
    """Asked where or when people meet, only a fact reporting that they all met (its `met`) gives the place or day."""
    assert wrong not in answerer.ask(question).lead
    assert answerer.ask("Where did Witkoff and Putin meet?").lead.startswith("Where: Moscow, Kremlin")


@pytest.mark.parametrize("question", ["Trump a-t-il appelé Poutine ?", "Did Putin call Trump?"])
def test_calling_someone_asks_of_a_call(answerer: Answerer, question: str):
    """ "Call", "appeler" before a person asks of a phone call: "Trump called the meeting very productive" and
    "Zelensky appelle à un sommet Trump–Poutine" are no call between them."""
    assert answerer.ask(question).lead not in ("Oui.", "Yes.")
    assert answerer.ask("Did Trump call Zelensky?").lead == "Yes."


def test_who_a_clause_of_time_names_is_not_on_the_call(answerer: Answerer):
    """ "A-t-il appelé Zelensky après la visite de Witkoff chez Poutine ?": Witkoff and Putin date the call, they were
    not on it; a fact on the Trump–Zelensky call answers (it was declined, the call naming neither)."""
    answer = answerer.ask("Trump a-t-il appelé Zelensky après la visite de Witkoff chez Poutine ?")
    assert answer.found and "téléphonique" in answer.text
    assert not answerer.matcher.read("D'après Peskov, Trump a-t-il appelé Zelensky ?").following  # according to
    # "Around the time of", "au moment de" date it too: Moscow is not where the call was.
    for question in (
        "Did Trump get on the phone with Zelensky around the time of the Moscow talks?",
        "Trump a-t-il parlé à Zelensky au téléphone au moment de la visite de Witkoff ?",
    ):
        answer = answerer.ask(question)
        assert answer.found and ("phone call" in answer.text or "téléphonique" in answer.text), question


@pytest.mark.parametrize("question", ["Were there three limited ceasefires?", "Is Ushakov Putin's spokesman?"])
def test_a_yes_rests_on_the_words_not_on_words_they_begin(answerer: Answerer, question: str):
    """ "Cease" is not "ceasefires", "spoke" not "spokesman", "limite" (a deadline) barely "limited": a fact on the
    ultimatum "in the three articles", or on Ushakov's words, states no three ceasefires and no spokesman."""
    assert answerer.ask(question).lead not in ("Yes.", "Oui.")
    assert answerer.ask("Did Moscow agree to a Trump–Putin summit?").lead == "Yes."  # "agreement": an ending


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Russia propose the bilateral summit?", "No."),  # "proposed by the US side"
        ("La Russie a-t-elle proposé le sommet ?", "Non."),
        ("Did Witkoff receive Putin?", "No."),  # "Witkoff a été reçu … par Vladimir Poutine"
        ("Did Putin receive Witkoff?", "Yes."),
        ("Was Witkoff received at the Kremlin by Putin?", "Yes."),  # a passive: Witkoff underwent it
        (
            "Moscou a-t-elle posé trois conditions ?",
            "Je ne trouve pas de oui ou de non net dans les articles ; voici ce qu'ils disent :",
        ),
        ("Did Trump set an ultimatum?", "Yes."),  # in English: "did" opens it ("ultimatum" is French too)
    ],
)
def test_an_active_subject_is_who_the_facts_passive_must_name(answerer: Answerer, question: str, lead: str):
    """ "Did X <verb>…?": a fact's passive on the verb naming another person or country answers no, when the
    question's other words stand around it; "jugées inacceptables par Kiev" is no passive on "poser"."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Was the August 6 meeting held in Saint Petersburg?", "No."),  # at the Kremlin, in Moscow
        ("La réunion du 6 août s'est-elle tenue à Saint-Pétersbourg ?", "Non."),
        ("Was the August 6 meeting held in Moscow?", "Yes."),
    ],
)
def test_a_meeting_of_the_day_asked_held_elsewhere_is_a_no(answerer: Answerer, question: str, lead: str):
    """The day names the meeting (its date stated); held at another place than the question sets it, the answer is
    no, with that meeting first, not the dispute on Witkoff's earlier meetings."""
    answer = answerer.ask(question)
    assert answer.lead == lead
    assert "Kremlin" in answer.text.split("\n")[1]


def test_a_phrase_the_question_quotes_names_the_fact_holding_it(answerer: Answerer):
    """« Fidèle parmi les fidèles » is in one fact's quote: quoting it asks about that fact, whatever else the
    question's words weigh ("décrit", which no brief uses)."""
    answer = answerer.ask("Qui est décrit comme « fidèle parmi les fidèles » ?")
    assert answer.found and "Dmitriev" in answer.text.split("\n")[0]
    assert answerer.matcher.read('Who said "very productive"?').quoted == ("very productive",)
    assert answerer.matcher.read("Who's Witkoff's boss? Trump's?").quoted == ()  # apostrophes quote nothing


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Was the US deadline August 10?", "No."),  # 8 August
        ("L'ultimatum de Washington expirait-il le 15 août ?", "Non."),
        ("Was the deadline August 8?", "Yes."),
        ("Did the Moscow meeting take place on August 7?", "No."),  # 6 August, stated
    ],
)
def test_a_deadline_or_meeting_set_on_another_day_is_a_no(answerer: Answerer, question: str, lead: str):
    """The deadline falls on one day, and the meeting held where the question sets it on one stated day: another day
    asked is a no, with that fact first."""
    assert answerer.ask(question).lead == lead


def test_meeting_a_deadline_is_no_meeting(answerer: Answerer):
    """ "Did Russia meet the deadline in the end?" asks how it turned out, which no fact settles: not a meeting held
    on another day than the deadline's."""
    assert answerer.ask("Did Russia meet Trump's August 8 deadline in the end?").lead not in ("No.", "Yes.")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Kyiv deem the conditions unacceptable?", "Yes."),  # a question asking of the judgment itself
        ("Kiev a-t-il jugé les conditions inacceptables ?", "Oui."),
        ("Moscou a-t-elle jugé les conditions inacceptables ?", "Non."),  # "jugées inacceptables par Kiev"
    ],
)
def test_a_judgment_asked_about_is_answered_by_whose_it_is(answerer: Answerer, question: str, lead: str):
    """ "Conditions jugées inacceptables par Kiev": asked whether Kyiv judged them so, yes; whether Moscow did, no."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    "question",
    [
        "Did Zelensky speak in Kyiv on August 6?",  # not the Kremlin meeting of that day
        "Did Trump set the deadline on July 29?",  # when it was set, not when it fell due
        "Did the Kremlin call Witkoff's visit preliminary?",  # speech, not a call to Witkoff
    ],
)
def test_no_no_from_another_event_of_the_day_or_a_possessive_call(answerer: Answerer, question: str):
    """The day-and-place rules apply to a meeting of the people asked, the deadline's to its own day asked of no one;
    "call Witkoff's visit" calls nobody."""
    assert answerer.ask(question).lead not in ("No.", "Non.")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Qui a déclaré que le dialogue prévaudra ?", "Qui : Kirill Dmitriev."),
        ("Qui a qualifié le dialogue de très utile et constructif ?", "Qui : Iouri Ouchakov."),
        ("who said no breakthrough was expected?", "Who: Dmitry Peskov."),
    ],
)
def test_who_said_it_is_the_speaker_whatever_verb_the_summary_uses(answerer: Answerer, question: str, lead: str):
    """A statement states that its speaker spoke: "déclaré", "qualifié", "said" need not be the summary's own verb
    for the speaker to answer who said it (not "posted", "wrote": where they said it is for the fact to state)."""
    assert answerer.ask(question).lead == lead


def test_who_wants_it_is_not_who_claims_it(answerer: Answerer):
    """Speech is what a statement states; a demand's "wants" is not credited the same way, for a question on who
    wants something may be answered by a fact where someone else claims it of another ("Zelensky: Russia's conditions
    are stalling" does not make Zelensky the one wanting to gain time)."""
    assert "Zelensky" not in answerer.ask("Qui veut gagner du temps ?").lead


@pytest.mark.parametrize("question", ["Moscou réclame-t-elle la Crimée ?", "Que réclame la Russie ?"])
def test_reclamer_asks_about_demands(answerer: Answerer, question: str):
    """ "Réclamer" is French for demanding, as "exiger" and "revendiquer" are: the demands answer."""
    answer = answerer.ask(question)
    assert answer.found and "demand" in answerer.matcher.read(question).topics


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Où Zelensky a-t-il accusé la Russie de faire traîner les négociations ?", "Où : Paris."),
        ("Where did Overchuk make his remarks about balancing relations?", "Where: China."),
    ],
)
def test_where_something_was_said_is_the_statements_place(answerer: Answerer, question: str, lead: str):
    """A statement's `where` answers "où"; the best fact may be another resting on the same quote (Zelensky's
    accusation is filed as a demand too), which tells of the same words, so of the same place."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Where will the summit be held?", "Where: not specified (article 002)."),
        ("c quand la date limite fixee par les americains a la russie", "Quand : vendredi 8 août 2025."),
    ],
)
def test_a_place_not_yet_set_answers_where_no_closer_fact_gives_one(answerer: Answerer, question: str, lead: str):
    """The fact saying the summit's venue is not yet set answers "where", though facts on the summit that say nothing
    of its place match the question more closely; a question whose chosen facts give the day keeps it."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"), [("Who met Witkoff in Moscow?", "Who: Vladimir Putin."), ("Who received Witkoff?", "Who:")]
)
def test_who_met_someone_is_read_from_meetings_held(answerer: Answerer, question: str, lead: str):
    """ "Who met Witkoff in Moscow?" is in the past ("met" after "who" as "did … meet"): the meetings held come before
    the visit announced for later, which names whom he is to see, not whom he saw."""
    answer = answerer.ask(question)
    assert answer.lead.startswith(lead)
    assert "doit se rendre" not in answer.text.split("\n")[2]  # the first fact quoted is not the visit to come


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Who else did Witkoff meet besides Putin?", "Who: Kirill Dmitriev."),
        ("Qui d'autre Witkoff a-t-il rencontré à Moscou, à part Poutine ?", "Qui : Kirill Dmitriev."),
        ("Who else joined Zelensky's phone call with Trump?", "Who: several European leaders."),  # none set aside
    ],
)
def test_who_else_sets_aside_whom_the_question_names_besides(answerer: Answerer, question: str, lead: str):
    """ "Besides Putin", "à part Poutine": Putin is whom the answer is not, so no fact need name him; "else" alone
    sets no one aside."""
    assert answerer.ask(question).lead == lead
    assert answerer.matcher.read("Who else did Witkoff meet besides Putin?").besides == {"putin"}
    # Asked who else, "après Poutine" sets him aside too (the one seen after him is another); not asked who else, it
    # is a time.
    assert answerer.matcher.read("Witkoff a vu qui d'autre après Poutine ?").besides == {"putin"}
    assert answerer.matcher.read("Qui Witkoff a-t-il vu après Poutine ?").besides == frozenset()


def test_meeting_is_mutual_receiving_is_not(answerer: Answerer):
    """Whom Trump met is who met him, whatever the voice of the summary; whom Witkoff received is not who received
    him."""
    assert answerer.ask("Who did Trump meet in 2019?").lead == "Who: Vladimir Putin."
    assert "Poutine" not in answerer.ask("Qui Witkoff a-t-il reçu ?").lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Does Ukraine accept recognising the annexation of occupied territories?", "No."),
        ("L'Ukraine accepte-t-elle de reconnaître l'annexion des territoires occupés ?", "Non."),
        ("Does Russia demand recognition of the annexation?", "Yes."),
    ],
)
def test_a_partys_position_is_read_from_its_own_fact(answerer: Answerer, question: str, lead: str):
    """Asked whether Ukraine accepts something, the verdict rests on Kyiv's position (it refuses), not on Russia's
    demand for it, which holds more of the question's words: that gave "Yes."."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    "question",
    [
        "Quand le sommet Trump-Poutine a-t-il finalement eu lieu ?",
        "When was the summit held?",
        "Combien de temps a duré le sommet Trump-Poutine ?",
    ],
)
def test_when_the_summit_took_place_is_not_the_day_it_was_announced(answerer: Answerer, question: str):
    """The articles announce the summit; asked when, where or how long it took place, the bot says they do not report
    it held, not the day of the article announcing it ("vers le 7 août") nor the 6 August meeting's three hours."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(("Les articles ne disent pas que cela a eu lieu", "The articles do not say that it"))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Quand le sommet a-t-il été annoncé ?", "Quand : « à la veille de l'expiration d'un ultimatum » selon"),
        ("Combien de temps a duré la rencontre au sommet ?", "Durée : près de trois heures"),  # 000's word for 6 August
    ],
)
def test_when_the_summit_was_announced_is_answered(answerer: Answerer, question: str, lead: str):
    """What was done of the summit (announced) has its day; "la rencontre au sommet" of article 000 is the 6 August
    meeting."""
    assert answerer.ask(question).lead.startswith(lead)


def test_how_big_asks_a_size_which_no_count_gives(answerer: Answerer):
    """ "How big…?" asks a size: the four regions Russia claims count regions, not the army it wants capped."""
    answer = answerer.ask("how big does putin want the ukrainian army capped at")
    assert not answer.found and "four" not in answer.lead
    assert answerer.ask("How many regions does Putin claim?").lead.startswith("How many: four")


def test_a_rate_asked_is_answered_by_a_count_at_that_rate(answerer: Answerer):
    """Asked per week, a count per week answers whatever noun it counts ("trop de gens meurent, des milliers par
    semaine" for "combien de morts par semaine ?"); a week named ("that week") asks no rate, and a day counted ("30
    jours") is no count per day."""
    assert answerer.ask("Combien de morts par semaine selon Trump ?").lead == "Combien : des milliers par semaine."
    assert answerer.ask("Combien de personnes meurent chaque semaine ?").lead == "Combien : des milliers par semaine."
    assert "a week" not in answerer.ask("how many ukrainians were killed in russian strikes that week").lead
    assert "30" not in answerer.ask("combien de morts par jour ?").lead
    assert "semaine" not in answerer.ask("Combien de sanctions par semaine ?").lead  # a count of deaths
    assert "a week" not in answerer.ask("How many people die per day?").lead  # another rate


def test_a_count_keeps_the_nouns_joined_to_what_it_counts_when_asked(answerer: Answerer):
    """ "Des dizaines de milliers de morts et de déplacés" counts both: asked of the second, the first line keeps it;
    asked of the first, it says the deaths alone."""
    assert answerer.ask("Combien de déplacés ?").lead == "Combien : des dizaines de milliers de morts et de déplacés."
    assert answerer.ask("combien de morts depuis 2022 ?").lead == "Combien : des dizaines de milliers de morts."


def test_a_count_of_a_day_comes_from_a_fact_of_that_day(answerer: Answerer):
    """ "How many people were killed on August 6?": the war's toll since 2022, undated, is no count of that day."""
    answer = answerer.ask("How many people were killed in Russian strikes on August 6?")
    assert not answer.found and "tens of thousands" not in answer.lead
    assert answerer.ask("How many nuclear submarines did Trump deploy?").lead.startswith("How many: two")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Trump a-t-il parlé avec Zelensky ?", "Oui."),  # their phone call: "parlé" is in no fact
        ("Did Zelensky and Trump talk?", "Yes."),
        ("Did Witkoff speak with Dmitriev?", "Yes."),  # who welcomed him, then received him
    ],
)
def test_talking_with_someone_is_meeting_or_calling_them(answerer: Answerer, question: str, lead: str):
    """Whether two people spoke is whether a fact reports they met or called, whatever word it uses; a clause that
    only names them denies nothing ("la Russie a décliné un format incluant Zelensky" does not deny that he spoke
    with Trump)."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Does Russia want a trilateral summit?", "No."),  # "Russia turned down a trilateral format"
        (
            "L'Ukraine exige-t-elle la Crimée ?",
            "Je ne trouve pas de oui ou de non net dans les articles ; voici ce qu'ils disent :",
        ),
        ("Does Ukraine want to renounce NATO?", "I find no clear yes or no in the articles; here is what they say:"),
        (
            "Does Moscow want to negotiate with Ukraine?",
            "I find no clear yes or no in the articles; here is what they say:",
        ),
        (
            "Les États-Unis veulent-ils des négociations formelles ?",
            "Je ne trouve pas de oui ou de non net dans les articles ; voici ce qu'ils disent :",
        ),
    ],
)
def test_what_a_party_demands_is_not_anothers_demand(answerer: Answerer, question: str, lead: str):
    """What one party demands is no yes to whether another demands it (Crimea is Russia's demand); a list of
    conditions, what the Kremlin prefers less ("than to negotiate a compromise with Ukraine") or a position the
    article hedges ("il serait prématuré") is neither yes nor no to what a party wants; a refusal is a no."""
    assert answerer.ask(question).lead == lead


def test_where_people_talked_is_where_they_met(answerer: Answerer):
    """Asked where two people spoke, the meeting held where the question sets it answers; a call happens nowhere, so
    the place of a meeting one of them attended does not answer where Trump and Zelensky talked."""
    assert answerer.ask("ou witkoff et poutine se sont parle a saint-petersbourg").lead == (
        "Où : bibliothèque présidentielle."
    )
    talked = answerer.ask("Where did Trump and Zelensky talk?")
    assert not talked.found and "Moscow" not in talked.lead


def test_how_long_people_talked_is_a_meeting_held(answerer: Answerer):
    """Asked how long two people talked, the meeting held answers, not the two days a visit to come is expected to
    last; the visit asked by name still gives its own."""
    talked = answerer.ask("Combien de temps Witkoff et Poutine ont-ils parlé ?").lead
    assert talked.startswith("Durée : près de trois heures")
    assert answerer.ask("how long did the exploratory meeting last?").lead == "How long: two days (expected)."


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Quand aura lieu le sommet ?", "Quand : non confirmé ; possible « dès la semaine prochaine » (article 002)."),
        (
            "when could the trump putin summit happen",
            "When: not confirmed; possibly “as early as next week” (article 002).",
        ),
    ],
)
def test_a_date_not_set_comes_with_the_articles_words_for_when_it_may_be(answerer: Answerer, question: str, lead: str):
    """The summit's date is not confirmed, but article 002 says it could be "dès la semaine prochaine": the first
    line says both, the words verbatim from the fact's quote (`date_words` on an unsettled date)."""
    assert answerer.ask(question).lead == lead


def test_a_day_the_summary_hedges_is_hedged_first(answerer: Answerer):
    """ "Les sanctions secondaires seraient probablement mises en œuvre le 8 août": the first line keeps the hedge;
    the deadline of that day, which the articles state, stays plain."""
    assert answerer.ask("quand les sanctions secondaires doivent entrer en vigueur").lead == (
        "Quand : vendredi 8 août 2025, au conditionnel."
    )
    assert answerer.ask("deadline trump russie c quand").lead == "Quand : vendredi 8 août 2025."


def test_who_posted_is_who_wrote(answerer: Answerer):
    """A post is written whatever verb a statement uses: "who posted on Truth Social?" of "a écrit … sur sa
    plateforme Truth"; publishing an article is not posting."""
    assert answerer.ask("Who posted on Truth Social?").lead == "Who: Donald Trump."
    assert not answerer.ask("Qui a publié l'article 003 ?").lead.startswith("Qui : Donald Trump")


@pytest.mark.parametrize(
    "question",
    [
        "Did Witkoff speak Russian during his meeting with Putin?",  # how he spoke, not whether
        "Will Zelensky call Trump again?",  # a call to come: not the one held
        "Trump va-t-il appeler Zelensky ?",
    ],
)
def test_no_yes_from_a_contact_held_for_another_question(answerer: Answerer, question: str):
    """ "Speak Russian" asks how someone spoke; a call to come is not answered by the one that took place."""
    assert answerer.ask(question).lead not in ("Yes.", "Oui.")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("What day of the week was the August 6 meeting?", "When: Wednesday 6 August 2025."),
        ("Which day of the week did Witkoff see Putin in Moscow?", "When: Wednesday 6 August 2025."),
        ("Will Witkoff see Putin again?", "Yes."),  # the visit announced: "une entrevue avec Vladimir Poutine"
        ("Witkoff va-t-il rencontrer Poutine ?", "Oui."),
    ],
)
def test_seeing_someone_is_meeting_them(answerer: Answerer, question: str, lead: str):
    """ "See" is a verb of meeting as "saw" and "vu" are, and "day of the week" asks a date; a verb of meeting is
    stated by a fact reporting that the people asked about meet, whatever word it uses ("entrevue")."""
    answer = answerer.ask(question)
    assert answer.lead == lead
    if question.startswith("Will"):  # the yes rests on the visit to come, not on the visit of 6 August
        assert "[004]" in answer.text.split("\n")[2]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Quel jour Trump a-t-il publié son message sur Truth ?",
            "Quand : « vendredi » selon l'article 003 (vers le 11",
        ),
        ("When did Witkoff and Putin meet in Saint Petersburg?", "When: “yesterday” according to article 003 (c. 11"),
    ],
)
def test_a_date_worked_out_comes_with_the_articles_own_words(answerer: Answerer, question: str, lead: str):
    """Article 003 is undated: the day of the Truth post is worked out from its "vendredi", which the reader is shown,
    with the article that says it, before the approximate day."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    "question",
    ["Où les sous-marins nucléaires américains ont-ils été envoyés ?", "Where will the ceasefire talks be held?"],
)
def test_where_no_fact_gives_the_place_is_declined(answerer: Answerer, question: str):
    """Asked where, with no fact giving a place for it (the submarines' destination, talks no article places), the bot
    says the articles do not say where, with the nearest facts, rather than listing them as an answer."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(("Les articles ne disent pas où", "The articles do not say where"))
    assert answer.suggestions


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Where was Zelensky when he accused Russia of stalling?", "Where: Paris."),  # his statement on those words
        ("Where did Trump and Putin meet in Osaka?", ""),  # the question says where: the facts answer
        ("Trump dit que la guerre n'aurait pas eu lieu si quoi ?", ""),  # "avoir lieu" asks no place
    ],
)
def test_where_is_answered_when_a_fact_on_the_same_words_or_the_question_gives_it(
    answerer: Answerer, question: str, lead: str
):
    """A where-question is not declined when a fact resting on the best fact's quote gives the place, when the
    question itself names it, or when "lieu" is only "avoir lieu"."""
    answer = answerer.ask(question)
    assert answer.found
    assert answer.lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead", "named"),
    [
        ("Who said the pressure is not working?", "", False),  # Zelensky said it works
        ("Qui a dit que la pression ne fonctionne pas ?", "", False),
        ("Who insisted on not being deceived?", "Who: Volodymyr Zelensky.", True),  # his warning holds the "not"
        ("N'est-ce pas la Russie qui a proposé le sommet ?", "Qui : la partie américaine.", True),  # a tag, no negation
        ("Who posted on X about the talks?", "", False),  # posting is no statement's: a post on X is not any
    ],
)
def test_who_said_it_needs_the_negation_and_the_medium_asked(answerer: Answerer, question: str, lead: str, named: bool):
    """A speaker answers "who said…" only if a clause of the fact holds the question's negation, and a statement
    states speech, not where it was posted."""
    answer = answerer.ask(question)
    assert answer.lead.startswith(("Who:", "Qui :")) == named
    assert answer.lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "What day of the week will the summit be held?",
            "When: not confirmed; possibly “as early as next week” (article 002).",
        ),
        ("How many regions did Putin demand in April?", "How many: four"),  # a month may be the article's
        ("When was the Moscow meeting?", "When: Wednesday 6 August 2025."),  # not April's, nor the visit to come
    ],
)
def test_the_time_asked_picks_the_event(answerer: Answerer, question: str, lead: str):
    """A summit to come has no day yet, whatever day it was agreed; a month names the article's time; "the Moscow
    meeting" is the one held there, "was" asking of the past."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Where did Peskov make his statement about concerns?",  # not where the meeting he spoke of was held
        "Où Peskov a-t-il déclaré qu'aucune percée n'était attendue ?",
    ],
)
def test_where_someone_spoke_is_not_where_the_meeting_was(answerer: Answerer, question: str):
    """Asked where someone said something, only a statement's own place answers: Peskov spoke to state media, the
    articles do not say where; Saint Petersburg is the April meeting's venue."""
    answer = answerer.ask(question)
    assert not answer.found and "Pétersbourg" not in answer.lead and "Petersburg" not in answer.lead


@pytest.mark.parametrize("question", ["Did Trump speak with Putin?", "Will Trump and Zelensky talk again?"])
def test_no_yes_on_talking_from_background_or_a_contact_held(answerer: Answerer, question: str):
    """Their 2019 meeting, background to the summit, is no yes to whether Trump spoke with Putin in these events;
    the call held is no yes to a call to come."""
    assert answerer.ask(question).lead not in ("Yes.", "Oui.")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("zelensky a t il parlé avec trump", "Oui."),  # the inversion typed without its dashes
        ("zelensky est il invité au sommet", "Non."),
        ("ou les sous-marins americains ont-ils ete deployes ?", "Les articles ne disent pas où"),  # "où" unaccented
        ("ou a eu lieu la rencontre d avril", "Où : bibliothèque présidentielle, Saint-Pétersbourg."),
    ],
)
def test_questions_typed_on_a_phone(answerer: Answerer, question: str, lead: str):
    """Typed fast, "a t il" is "a-t-il" and a question opening with "ou" asks where: a yes/no question gets its
    verdict, a where-question its place or what the articles do not say."""
    assert answerer.ask(question).lead.startswith(lead)


def test_the_story_itself_is_no_word_to_match(answerer: Answerer):
    """ "Medvedev role in this story": "story" is the news story the bot briefs on, no word a fact must hold; the
    person's entry answers."""
    answer = answerer.ask("medvedev role in this story")
    assert answer.found and answer.items[0].fact_id == "medvedev"
    assert answer.text.startswith("Dmitry Medvedev: former Russian president")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Combien de morts exactement la guerre a-t-elle causés ?", "Les articles ne donnent pas de chiffre exact."),
        ("Exactly how many times had Witkoff met Putin before August 6?", "The articles give no exact figure."),
    ],
)
def test_an_exact_count_is_not_answered_by_an_approximate_one(answerer: Answerer, question: str, said: str):
    """ "Des dizaines de milliers", "plusieurs reprises": the articles count roughly, and say so when asked exactly; a
    count they state exactly still answers."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(said)
    assert answerer.ask("Combien exactement de sous-marins Trump a-t-il déployés ?").lead.startswith("Combien : deux")


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("deux sous-marins nucleaires", True),
        ("un cessez-le-feu de 30 jours", True),
        ("des dizaines de milliers de morts", False),
        ("environ trois heures", False),
        ("plus de deux heures", False),
        ("le 6 aout 2025", False),  # a date is no count
    ],
)
def test_an_exact_count_is_a_figure_or_a_number_with_no_approximation(text: str, exact: bool):
    """What makes a count exact: a figure or a number with a value, with no "environ", "plus de" before it."""
    assert states_exact_count(text) is exact


@pytest.mark.parametrize(
    "question",
    ["How did NATO react to the meeting?", "Quelle est la position de l'OTAN sur le sommet Trump-Poutine ?"],
)
def test_a_name_of_its_own_is_what_a_question_is_about(answerer: Answerer, question: str):
    """NATO, Bloomberg, Tass are no person or place, but a question naming one is about it: a fact on the meeting or
    the summit that never names NATO does not say how NATO reacted."""
    assert not answerer.ask(question).found
    bloomberg = answerer.ask("Selon Bloomberg, que s'est-il passé quelques jours avant l'annonce de la visite ?")
    assert bloomberg.found and "Bloomberg" in bloomberg.items[0].text


@pytest.mark.parametrize(
    ("question", "not_lead"),
    [
        ("How many demands did Putin make?", "How many: four"),  # "Putin demanded … the four Ukrainian regions"
        ("How many conditions does Russia set?", "How many: four"),
        ("How many people have died in the war?", "How many: thousands a week"),  # no rate asked
    ],
)
def test_a_count_of_other_things_or_at_a_rate_not_asked_is_no_lead(answerer: Answerer, question: str, not_lead: str):
    """The number the first line gives counts what the question counts: four regions are no count of demands, and
    Trump's "thousands a week" no toll of the war."""
    assert not answerer.ask(question).lead.startswith(not_lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("combien de personnes meurent chaque semaine ?", "Combien : des milliers par semaine."),
        ("combien de déplacés ?", "Combien : des dizaines de milliers de morts et de déplacés."),
        ("How many people has the war killed?", "How many: tens of thousands of deaths"),  # deaths count people
        ("Combien de sous-marins Trump a-t-il déployés ?", "Combien : deux sous-marins"),
    ],
)
def test_a_count_of_what_is_asked_still_leads(answerer: Answerer, question: str, lead: str):
    """A rate asked, a noun joined to the count, deaths for people: the count still answers first."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Has the date of the summit been set?", "No."),
        ("La date du sommet est-elle fixée ?", "Non."),
        ("Le calendrier du sommet est-il confirmé ?", "Non."),
        ("Has a location been picked for the Trump–Putin summit?", "No."),  # "picked": no word of the fact
        ("Le lieu du sommet Trump-Poutine a-t-il été choisi ?", "Non."),
    ],
)
def test_a_date_not_yet_set_is_a_plain_no(answerer: Answerer, question: str, lead: str):
    """ "Pourrait avoir lieu dès la semaine prochaine, calendrier non confirmé": the hedge is on the day the summit may
    be, not on its date being unset, which the fact states (its `unsettled`). "No, but unconfirmed" said both. Asked
    whether a place is set in other words ("picked"), the fact saying it is not answers no."""
    assert answerer.ask(question).lead == lead
    assert answerer.ask("Has the Kremlin commented on the date of the summit?").lead != "No."  # asks no setting


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Where did Witkoff sit down with Putin in April?", "Where: presidential library, Saint Petersburg."),
        ("Did Putin sit down with Witkoff in Moscow?", "Yes."),
        ("Who did Witkoff sit down with in Moscow on August 6?", "Who: Vladimir Putin."),
        (  # the plural noun: both meetings
            "Where did each of Witkoff's sit-downs with Putin take place?",
            "Where: Moscow, Kremlin (Wednesday 6 August 2025) ; presidential library, Saint Petersburg "
            "(c. 11 April 2025).",
        ),
    ],
)
def test_sitting_down_with_someone_is_meeting_them(answerer: Answerer, question: str, lead: str):
    """ "Sit down with", "sat down with", a "sit-down with": an idiom for meeting, read as the facts' own verb."""
    assert answerer.ask(question).lead == lead


def test_due_to_travel_is_no_deadline(answerer: Answerer):
    """ "Was he due to travel?" asks when he was set to go, not when a deadline fell due: the visit announced
    answers, not the ultimatum's 8 August."""
    answer = answerer.ask("When was Witkoff due to travel to Moscow?")
    assert "8 August" not in answer.lead and "article 004" in answer.text.split("\n")[0]
    # Scheduled: a plan, of the one asked only; "due to new demands" is because of them.
    assert answerer.ask("Was Witkoff due to travel to Moscow?").lead == "Yes."
    assert answerer.ask("Was Putin due to meet Zelensky?").lead != "Yes."
    assert answerer.ask("Did the Black Sea ceasefire collapse due to new Russian demands?").lead == "Yes."


def test_how_long_it_has_been_since_asks_no_length(answerer: Answerer):
    """ "How long had it been since…" asks how much time had passed, which no meeting's length answers."""
    answer = answerer.ask("How long had it been since an American envoy of his rank made an official visit to Moscow?")
    assert not answer.lead.startswith("How long") and "three hours" not in answer.text.split("\n")[0]


def test_s_entretenir_is_meeting(answerer: Answerer):
    """ "Se sont-ils entretenus ?" is the verb of "entretien": the meeting is what is asked of, so the place it
    gives answers, not a statement made before it in the same city."""
    lead = answerer.ask("Dans quel lieu de Saint-Pétersbourg Witkoff et Poutine se sont-ils entretenus ?").lead
    assert lead.startswith("Où : bibliothèque présidentielle")


@pytest.mark.parametrize(
    "question",
    ["Who is the Kremlin spokesman in these reports?", "Selon les articles, qui est le porte-parole du Kremlin ?"],
)
def test_the_sources_themselves_are_no_word_to_match(answerer: Answerer, question: str):
    """ "In these reports", "selon les articles" point at all the sources: "reports" is no word a fact must hold
    (it led to the agencies that reported the talks)."""
    assert answerer.ask(question).items[0].fact_id == "peskov"


def test_a_place_in_a_clause_of_time_is_not_where_it_happened(answerer: Answerer):
    """ "Depuis le retour de Trump à la Maison-Blanche en janvier" dates what is asked: no meeting in Washington or
    in January is asked of, so the fact on their last meeting answers rather than a decline on another event."""
    answer = answerer.ask("Trump et Poutine se sont-ils vus depuis le retour de Trump à la Maison-Blanche en janvier ?")
    assert answer.found and answer.items[0].fact_id == "summit-last-meeting-osaka-2019"
    reading = answerer.matcher.read("Witkoff a-t-il vu Poutine depuis son passage à Moscou en août ?")
    assert not reading.places and not reading.months
    assert answerer.matcher.read("Depuis quand Witkoff est-il à Moscou ?").places  # "depuis quand" asks when


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Qu'a déclaré Witkoff à la presse après la rencontre ?", "Les articles ne rapportent pas de propos de Steve"),
        ("What did Putin himself say after meeting Witkoff?", "The articles report nothing Vladimir Putin said on"),
        ("Qu'a dit Witkoff ?", "Les articles ne rapportent aucun propos de Steve Witkoff."),
        ("What did Witkoff tell the press after the talks?", "The articles report nothing Steve Witkoff said on"),
        # No fact matched closely, and none has Medvedev speak: the same, where it was "I can't find that".
        ("Qu'a dit Medvedev à Trump ?", "Les articles ne rapportent aucun propos de Dmitri Medvedev"),
        ("What did Medvedev say?", "The articles report nothing Dmitry Medvedev said."),
        # Writing or posting is saying: what someone wrote, where the articles never quote them.
        ("What exactly did Medvedev write in his online exchange with Trump?", "The articles report nothing Dmitry"),
    ],
)
def test_what_someone_said_is_declined_where_only_others_speak(answerer: Answerer, question: str, lead: str):
    """Asked what someone said, facts where others speak of them do not answer: the articles never quote Witkoff,
    nor Putin after the 6 August meeting. The decline says whose words the articles do not report."""
    answer = answerer.ask(question)
    assert not answer.found and answer.lead.startswith(lead)


def test_what_someone_said_is_answered_by_their_own_words(answerer: Answerer):
    """ "What did Zelensky say after speaking with Trump?" is answered by what Zelensky said after the call, not by
    the call itself; "what did Putin say?" by what he demanded; "what does the Kremlin say … before Putin…" asks the
    Kremlin's words, not Putin's."""
    zelensky = answerer.ask("What did Zelensky say after speaking with Trump?")
    assert zelensky.found and zelensky.items[0].fact_id.startswith("statement-zelensky")
    putin = answerer.ask("What did Putin say?")
    assert putin.found and "Putin demanded" in putin.text
    kremlin = answerer.ask("What does the Kremlin say must happen before Putin can meet Zelensky?")
    assert kremlin.found and "technical preparation" in kremlin.text.split("\n")[0]


def test_a_precise_date_is_an_exact_one(answerer: Answerer):
    """ "À quelle date précise…" asks the day to the letter, as "la date exacte" does: article 003's "hier", a day
    worked out, does not give it. "Il a précisé" folds to the same word and asks nothing exact."""
    answer = answerer.ask("À quelle date précise Witkoff a-t-il rencontré Poutine à Saint-Pétersbourg ?")
    assert not answer.found and answer.lead.startswith("Les articles ne donnent pas la date exacte")
    assert not answerer.matcher.read("Qu'a précisé Peskov sur la date du sommet ?").exact


@pytest.mark.parametrize(
    "question", ["Quel jour exact Trump a-t-il écrit sur Truth ?", "What is the exact date of the Truth post?"]
)
def test_an_exact_date_is_not_another_events_stated_day(answerer: Answerer, question: str):
    """Trump's post on Truth is dated by article 003's "vendredi", a day worked out: asked its exact day, the bot
    declines, where it gave the day another fact naming Trump states (6 August)."""
    answer = answerer.ask(question)
    assert not answer.found and "6" not in answer.lead
    assert "vendredi" in answer.lead or "11 April 2025" in answer.lead  # what they give instead, marked approximate


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Quel est le nombre de sous-marins nucléaires déployés ?", "Combien : deux sous-marins"),
        ("What is the number of submarines deployed?", "How many: two"),
        ("bilan de la guerre en ukraine nombre de morts", "Combien : des dizaines de milliers de morts"),
    ],
)
def test_the_number_of_asks_how_many(answerer: Answerer, question: str, lead: str):
    """ "Le nombre de…", "the number of…" ask a count as "combien de…" does: the count leads."""
    assert answerer.ask(question).lead.startswith(lead)


def test_on_a_call_each_one_on_it_spoke(answerer: Answerer):
    """Asked what Witkoff said during the phone call Bloomberg reported, the call answers (he was on it); asked what
    he told reporters, no fact has him speak."""
    assert answerer.ask("What did Witkoff say to the senior Russian official during the phone call?").found
    assert not answerer.ask("What did Witkoff say to reporters after the meeting?").found


def test_s_entretenir_avec_is_talking_with(answerer: Answerer):
    """ "S'est-il entretenu avec…" is a formal "a-t-il parlé avec…": an everyday verb no fact must state."""
    assert answerer.ask("Zelensky s'est-il entretenu avec des dirigeants européens ?").lead == "Oui."


def test_a_when_question_no_fact_dates_in_any_words_is_declined(answerer: Answerer):
    """Putin gave his agreement in principle to a 30-day ceasefire "already": no fact shown says when, in a date or
    in words, so the bot says so rather than answering beside it. A fact saying when in words answers ("2019")."""
    answer = answerer.ask("When did Putin give his agreement to a 30-day ceasefire?")
    assert not answer.found and answer.lead.startswith("The articles do not say when")
    assert "2019" in answerer.ask("When did Trump and Putin last meet face to face?").text


def test_an_inversion_typed_without_dashes_beside_a_hyphenated_name(answerer: Answerer):
    """ "Les Etats-Unis ont ils levé…", "Saint-Pétersbourg … se sont ils vus": a dash elsewhere does not make the
    dashless inversion a statement."""
    assert is_yes_no("Les Etats-Unis ont ils levé des sanctions contre la Russie ?")
    assert answerer.ask("Les cessez-le-feu énergie et mer Noire ont ils tenu ?").lead == "Non."


@pytest.mark.parametrize(
    "question", ["Who else did Witkoff meet after Putin?", "Witkoff a vu qui d'autre après Poutine ?"]
)
def test_who_else_after_someone_is_not_them(answerer: Answerer, question: str):
    """Asked who else, whom the answer comes after is set aside as "besides" sets them aside: Dmitriev received
    Witkoff after Putin."""
    assert answerer.ask(question).items[0].fact_id == "meeting-2025-08-06-dmitriev"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Quand Witkoff arrivera-t-il à Moscou ?", "Quand : « dans les jours à venir » selon l'article 004"),
        ("When will Witkoff talk to Putin?", "When: “in the coming days” according to article 004"),
        ("When will Witkoff go to Moscow?", "When: “in the coming days” according to article 004"),  # go: be there
        ("What day of the week did Witkoff arrive in Moscow?", "When: Wednesday 6 August 2025."),
    ],
)
def test_a_visit_announced_is_dated_by_its_own_words(answerer: Answerer, question: str, lead: str):
    """Peskov confirming the visit is undated: its own article's fact on the visit dates it, in the words that look
    forward ("dans les jours à venir"), marked approximate; asked of the past, the day he did arrive."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Quel était le métier de Witkoff avant la diplomatie ?",
        "What was Witkoff's career before diplomacy?",
        "Who does Witkoff work for?",
        "What did Witkoff do for a living before he got into diplomacy?",
        "witkoff il faisait quoi dans la vie",
    ],
)
def test_what_someone_does_for_a_living_is_in_their_entry(answerer: Answerer, question: str):
    """A profession, a career, a background ask about the person as a role does: their entry says it (a businessman
    from real estate)."""
    answer = answerer.ask(question)
    assert answer.items[0].fact_id == "witkoff" and ("immobilier" in answer.text or "real estate" in answer.text)


def test_a_role_in_this_story_is_the_persons_entry(answerer: Answerer):
    """ "Quel est le rôle de Medvedev dans cette affaire ?" was declined ("affaire", a word no fact holds)."""
    assert answerer.ask("Quel est le rôle de Medvedev dans cette affaire ?").items[0].fact_id == "medvedev"


def test_a_nationality_is_in_the_persons_entry(answerer: Answerer):
    """ "What nationality is Witkoff?" asks about him as his role does: his entry says "US special envoy"."""
    assert answerer.ask("What nationality is Witkoff?").items[0].fact_id == "witkoff"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Who is the Russian president?", "putin"),
        ("who is the US president?", "trump"),
        ("who is the former Russian president?", "medvedev"),
        ("Who is the former president of Russia?", "medvedev"),  # not "president of Russia", Putin's title
        ("Qui est le conseiller diplomatique de Poutine ?", "ushakov"),
    ],
)
def test_who_a_title_is_gets_the_entry_it_names(answerer: Answerer, question: str, entry: str):
    """ "Who is the Russian president?" got Dmitriev's entry, "special representative of the Russian president",
    which holds the same words; "who is the US president?" got Putin's. The entry of whom the title names comes
    first."""
    assert answerer.ask(question).items[0].fact_id == entry


def test_a_title_for_another_country_is_not_theirs(answerer: Answerer):
    """ "Who is the spokesman for Ukraine?" is not the Kremlin's spokesman, whose entry names Ukraine as what he
    speaks of: an entry of someone acting for another country than the one asked does not fit."""
    answer = answerer.ask("Who is the spokesman for Ukraine?")
    assert not answer.items or answer.items[0].fact_id != "peskov"


def test_where_someone_said_it_is_their_statement_on_the_same_words(answerer: Answerer):
    """ "Where was Zelensky when he accused Russia?": the best facts (his accusations) give no place; his statement
    resting on the same quote says Paris, though it holds less of the question. It answers, where the bot said the
    articles do not say; a fact of another kind on the same quote does not (Dmitriev's message is not "Moscow")."""
    assert answerer.ask("Where was Zelensky when he accused Russia?").lead == "Where: Paris."
    assert answerer.ask("Where did Dmitriev post his message?").lead != "Where: Moscow."


@pytest.mark.parametrize(
    "question", ["où en est le cessez-le-feu de 30 jours ?", "Ou en est le cessez le feu de 30 jours"]
)
def test_ou_en_est_asks_how_things_stand(answerer: Answerer, question: str):
    """ "Où en est…" asks how things stand, not where: the fact on the ceasefire answers, no place is declined."""
    answer = answerer.ask(question)
    assert answer.found and "cessez-le-feu de 30 jours" in answer.text.split("\n")[0]
    assert answerer.ask("Où est le sommet ?").lead.startswith("Où")  # a place is still asked without "en est"


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Medvedev c'est qui deja", "Dmitri Medvedev"),
        ("Ouchakov, c'est qui déjà ?", "Iouri Ouchakov"),
        ("c'était quand déjà, la rencontre au Kremlin ?", "Quand : mercredi 6 août 2025"),
    ],
)
def test_asking_to_be_reminded_is_no_word_to_match(answerer: Answerer, question: str, start: str):
    """ "C'est qui déjà ?" asks to be reminded, as "who is he again?" does: "déjà" is no word a fact must hold (it
    matched "avait déjà rencontré"). Within the question it keeps its sense."""
    assert answerer.ask(question).text.startswith(start)
    assert "avait déjà rencontré" in answerer.ask("Quand Witkoff avait-il déjà rencontré Poutine ?").text


def test_a_day_named_as_a_limit_is_no_yes_of_that_day(answerer: Answerer):
    """ "Had already met Putin several times before 6 August" says nothing of where Witkoff was on 6 August: no
    "yes" to Saint Petersburg (he was in Moscow); the Moscow meeting of that day still answers yes."""
    assert not answerer.ask("Le 6 août, Witkoff était-il à Saint-Pétersbourg ?").lead.startswith("Oui")
    assert answerer.ask("Le 6 août, Witkoff était-il à Moscou ?").lead == "Oui."
    # Nor of that month's meeting: the earlier meetings' "no tangible results" is no "no" of August's.
    august = "Did the August meeting produce tangible results, unlike Witkoff's earlier meetings with Putin?"
    assert not answerer.ask(august).lead.startswith("No")
    # A month the question itself sets as where it starts from ("avant sa visite d'août") is no day asked of.
    assert answerer.ask("Witkoff avait-il déjà vu Poutine avant sa visite d'août ?").lead.startswith("Oui")


def test_prepositions_are_function_words_accented_or_not(answerer: Answerer):
    """ "Auprès de", "comme" are function words, as "chez" and "as" are: "auprès" matched the summit's preceding
    contacts ("auprès de Moscou"), "comme" an aside of Witkoff's ("comme dans le conflit Israël–Hamas")."""
    role = answerer.ask("Quel est le rôle de Steve Witkoff auprès de Trump ?")
    assert role.found and role.items[0].fact_id != "summit-preceding-contacts"
    posing = answerer.ask("trump cherche a se positionner comme quoi")
    assert "context-trump-peacemaker-stature" in [item.fact_id for item in posing.items]
    assert posing.items[0].fact_id != "context-witkoff-israel-hamas"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Where did Trump post that Russia has to get moving?", "Truth"),
        ("Où Trump a-t-il écrit que la Russie doit se bouger ?", "Truth"),
        ("Where did Dmitriev post his message?", "social media"),
    ],
)
def test_where_something_was_posted_is_on_what(answerer: Answerer, question: str, words: str):
    """ "Where did Trump post…?" asks on what it was written, a network, not a place: the post's fact answers, where
    the place the question did not get ("the articles do not say where this event took place")."""
    answer = answerer.ask(question)
    assert answer.found and words in answer.text.split("\n")[0]
    # Where the best fact names no network, no paper, nothing put out: not said (Trump's words on the meeting).
    assert not answerer.ask("Where did Witkoff write about his meeting with Putin?").found


@pytest.mark.parametrize(
    "question", ["trump a t il eu le prix nobel de la paix", "Did Trump get the Nobel Peace Prize?"]
)
def test_what_someone_dreams_of_is_no_yes_that_they_have_it(answerer: Answerer, question: str):
    """ "Trump rêve toujours du prix Nobel de la Paix" holds every word of "a-t-il eu le prix Nobel ?" but says he
    wishes for it: no "Oui" (it was one). Asked whether he dreams of it, it is."""
    assert answerer.ask(question).lead not in ("Oui.", "Yes.")
    assert answerer.ask("Trump rêve-t-il du prix Nobel ?").lead == "Oui."
    # Asked whether he wants it, in other words than the fact's wish ("rêve", "still dreams"), it is too (it was "the
    # articles do not answer yes or no"); not whether China wants a ceasefire Trump tries to reach.
    assert answerer.ask("Does Trump want the Nobel Peace Prize?").lead == "Yes."
    assert answerer.ask("Trump veut-il le prix Nobel ?").lead == "Oui."
    assert answerer.ask("La Chine veut-elle un cessez-le-feu ?").lead != "Oui."


def test_what_someone_seeks_is_no_yes_that_it_is_done_but_answers_what_they_want(answerer: Answerer):
    """ "Il cherche à mettre fin à la guerre" is no yes to "did Trump end the war?" (it was one); it answers "veut-il
    y mettre fin ?" yes. The wish is read in its own clause: the Nobel he dreams of does not touch the rest."""
    assert answerer.ask("Did Trump end the war in Ukraine?").lead != "Yes."
    assert answerer.ask("Trump veut-il mettre fin à la guerre pour asseoir sa légitimité ?").lead == "Oui."


def test_c_etait_quand_asks_of_the_past(answerer: Answerer):
    """ "C'était quand, la rencontre de Moscou ?" asks of a meeting held, as "when was…?" does: the visit announced
    for later (c. November 2025) is no answer beside 6 August (the lead gave both)."""
    lead = answerer.ask("C'était quand exactement la rencontre Witkoff-Poutine à Moscou ?").lead
    assert lead == "Quand : mercredi 6 août 2025."


@pytest.mark.parametrize(
    "question",
    [
        "Was Aug 6 the first time Witkoff met Putin?",
        "Le 6 août, était-ce la première rencontre entre Witkoff et Poutine ?",
    ],
)
def test_a_first_time_is_denied_by_having_done_it_already(answerer: Answerer, question: str):
    """ "Had already met Putin several times before 6 August" answers "was 6 August the first time?" no, as article
    000's, before the warning that 004 differs (it was the warning alone). Of a meeting it does not date against that
    day (Saint Petersburg, in April), it says nothing."""
    assert answerer.ask(question).lead.startswith(
        ("No, according to article 000, but", "Non selon l'article 000, mais")
    )
    petersburg = "La réunion de Saint-Pétersbourg était-elle la toute première entre Witkoff et Poutine ?"
    assert not answerer.ask(petersburg).lead.startswith(("Non", "Oui"))


def test_a_first_within_a_span_is_no_first_ever(answerer: Answerer):
    """ "The first official visit at this level in over a year" (004) is no yes to a first trip ever (it said "Yes,
    according to article 004"); asked within that span, it is 004's yes."""
    assert not answerer.ask("Was it Witkoff's first trip to Russia?").lead.startswith("Yes")
    spanned = (
        "La visite de Witkoff est-elle la première visite officielle américaine de ce niveau depuis plus d'un an ?"
    )
    assert answerer.ask(spanned).lead.startswith("Oui selon l'article 004")
    # "Had already given his agreement in principle" says nothing of truces before it.
    assert answerer.ask("Was the 30-day ceasefire the first truce Putin agreed to in principle?").lead != "No."


def test_etait_ce_asks_yes_or_no(answerer: Answerer):
    """ "Était-ce la première rencontre… ?" inverts "ce" as "a-t-il" inverts "il": a yes/no question, answered no by
    the earlier meetings (it got the warning alone). "Quand était-ce ?" still asks when."""
    assert answerer.ask("Le 6 août, était-ce la première rencontre entre Witkoff et Poutine ?").lead.startswith("Non")
    assert not is_yes_no("Quand était-ce ?") and not is_yes_no("N'est-ce pas la Russie qui a refusé ?")


def test_a_percent_sign_asks_a_percentage(answerer: Answerer):
    """ "What % of Ukraine does Russia occupy?" asks a figure no fact gives (the sign folded away, it got Peskov's
    formula on annexation): declined. A yes/no question on "100% tariffs" is not asking one."""
    assert not answerer.ask("what % of ukraine does russia occupy now").found
    assert answerer.matcher.read("quel % du territoire ukrainien la Russie contrôle-t-elle ?").counted == "percentage"
    assert "quantity" not in answerer.matcher.read("Did Trump threaten 100% tariffs?").aspects


@pytest.mark.parametrize(
    "question",
    [
        "ok so i keep hearing about a summit, is it just trump and putin or is zelensky coming too??",
        "j'ai entendu dire que Witkoff allait à Moscou, c'est quand ?",
    ],
)
def test_how_the_reader_came_to_ask_is_no_word_to_match(answerer: Answerer, question: str):
    """ "I keep hearing about…", "j'ai entendu dire que…" say how the reader came to ask: "hearing", a word no fact
    holds, sank the first (it was declined); "entendu" is no verb of the question."""
    assert answerer.ask(question).found
    assert "entendu" not in answerer.matcher.read(question).tokens


def test_how_often_two_people_met_rests_on_their_meetings_not_on_anothers(answerer: Answerer):
    """Trump and Putin's meetings in person are not counted anywhere; Witkoff's several meetings with Putin, which
    name Trump as his sender, do not say how many times Trump met him."""
    answer = answerer.ask("How many times did Trump and Putin meet in person during Trump's first term?")
    assert not answer.found and "disagree" not in answer.lead


@pytest.mark.parametrize(
    "question",
    [
        "Après la rencontre d'avril, quand Witkoff a-t-il revu Poutine ?",
        "After the April meeting, when did Witkoff next meet Putin?",
    ],
)
def test_a_month_a_question_starts_from_is_not_the_day_it_asks(answerer: Answerer, question: str):
    """ "Après la rencontre d'avril, quand… ?" asks of a later day: April's "hier" is where the question starts."""
    lead = answerer.ask(question).lead
    assert "6" in lead and "11" not in lead


def test_a_month_a_question_looks_back_from_is_not_the_day_it_asks(answerer: Answerer):
    """ "Avant la rencontre d'août, quand Witkoff avait-il vu Poutine ?" asks of an earlier day: it got "mercredi 6
    août", the day it looks back from. A day named ("before August 8") is no month looked back from."""
    lead = answerer.ask("Avant la rencontre d'août, quand Witkoff avait-il vu Poutine ?").lead
    assert "11 avril" in lead and "6 août" not in lead
    assert answerer.ask("When did Witkoff meet Putin before August 8?").lead == "When: Wednesday 6 August 2025."


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Zelensky say Moscow was not negotiating in good faith?", "Yes."),
        (
            "Overchuk a-t-il dit que la Russie ne devrait pas développer de relations au détriment d'un autre pays ?",
            "Oui.",
        ),
        # A negation in a condition is no part of what was said: the threat stands.
        ("Did Trump threaten more sanctions if no peace deal was reached?", "Yes."),
        ("Trump menace-t-il de nouvelles sanctions si pas d'accord de paix ?", "Oui."),
    ],
)
def test_a_denial_asked_of_what_someone_said_agrees_with_the_denial_they_made(
    answerer: Answerer, question: str, lead: str
):
    """ "Did Zelensky say Moscow was not negotiating in good faith?" got "No.": the fact's "ne s'engageait pas de bonne
    foi" denied, and the question's own negation, a stopword, was not read as asking of a denial."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize("question", ["Qui est le Premier ministre du Japon ?", "Who is the prime minister of Japan?"])
def test_a_country_named_only_in_keywords_is_what_the_question_is_about(answerer: Answerer, question: str):
    """Japan is a keyword of the Osaka summit and no place of the briefs: asked who its prime minister is, Russia's
    deputy prime minister (Overchuk), whose entry never names Japan, is no answer."""
    answer = answerer.ask(question)
    assert not answer.found and "Overchuk" not in answer.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Trump et Poutine se sont-ils vus au Japon ?", "Je ne trouve pas de oui ou de non net dans les articles"),
        ("Have Trump and Putin met in person during Trump's second term?", "No."),
        ("Trump et Poutine se sont-ils rencontrés depuis janvier ?", "Non."),
    ],
)
def test_a_denial_since_a_time_denies_only_a_question_on_that_time(answerer: Answerer, question: str, lead: str):
    """ "Ils ne se sont pas vus depuis le début du second mandat" does not deny that they met in Osaka in 2019; asked
    of the second term, or since January, it does."""
    assert answerer.ask(question).lead.startswith(lead)


def test_a_terse_query_naming_two_people_and_a_city_asks_the_day_they_met_there(answerer: Answerer):
    """ "witkoff poutine moscou date" led with "vers le 11 avril", the day of their meeting in Saint Petersburg."""
    lead = answerer.ask("witkoff poutine moscou date").lead
    assert "6 août" in lead and "avril" not in lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Did Witkoff meet Putin in Moscow or in St Petersburg?",
            "Where: Saint Petersburg (c. 11 April 2025) ; Moscow (Wednesday 6 August 2025).",
        ),
        (
            "Witkoff a-t-il rencontré Poutine à Moscou ou à Saint-Pétersbourg ?",
            "Où : Saint-Pétersbourg (vers le 11 avril 2025) ; Moscou (mercredi 6 août 2025).",
        ),
    ],
)
def test_places_offered_to_choose_from_are_answered_each_with_its_meeting(answerer: Answerer, question: str, lead: str):
    """ "In Moscow or in St Petersburg?" asks where: they met in each, on its day. It got "The sources disagree", over
    a fact on how many times they had met; a place of two words ("St Petersburg") was no option."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("ou etait overchuk quand il a parle de pekin et washington", "Où : Chine."),
        ("Où Zelensky a-t-il parlé ?", "Où : Paris."),
        ("Dans quel lieu précis Witkoff et Poutine se sont-ils retrouvés à Saint-Pétersbourg ?", "Où : bibliothèque"),
    ],
)
def test_where_someone_spoke_is_where_their_statement_was_made(answerer: Answerer, question: str, lead: str):
    """A verb of speaking is what a statement says in any words: "où était Overchuk quand il a parlé…" was declined,
    its statement made in China holding every other word. "Lieu précis" asks the place to the letter, as "date
    précise" asks the day: "précis" is no word a fact must hold."""
    assert answerer.ask(question).lead.startswith(lead)


def test_whom_someone_spoke_with_is_not_where_they_spoke(answerer: Answerer):
    """ "Avec qui Zelensky a-t-il parlé ?" asks whom: his statements, which name no one he spoke with, do not answer."""
    assert "Peskov" not in answerer.ask("Avec qui Zelensky a-t-il parlé ?").lead


@pytest.mark.parametrize(
    "question",
    [
        "Quel haut responsable russe était au bout du fil lors de l'appel « très embarrassant » révélé par Bloomberg ?",
        "c qui le haut responsable russe au telephone avec witkoff dans l'histoire bloomberg",
    ],
)
def test_who_an_unnamed_official_is_is_declined_however_asked(answerer: Answerer, question: str):
    """The official on the call is "non nommé": asked in words of the fact's keywords ("au bout du fil"), or by "c qui
    le…", the bot says no name is given rather than describing the call."""
    answer = answerer.ask(question)
    assert not answer.found and answer.lead.startswith("Les articles ne donnent pas de nom")


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("How did the Trump–Putin summit go?", False),
        ("Comment s'est passé le sommet Trump-Poutine ?", False),
        ("How did the 6 August meeting go?", True),  # held: its facts say how
    ],
)
def test_how_an_event_went_is_what_came_of_it(answerer: Answerer, question: str, found: bool):
    """ "How did the summit go?" asks what came of it: of a summit the articles only announce, they say nothing; it
    got the agreement in principle to hold it."""
    assert answerer.ask(question).found is found


@pytest.mark.parametrize(
    "question",
    [
        "Qu'a écrit exactement Dmitri Medvedev lors de son échange avec Donald Trump ?",
        "What exactly did Trump tell Zelensky during their phone call?",
    ],
)
def test_words_never_quoted_are_declined_as_unreported(answerer: Answerer, question: str):
    """Medvedev is never quoted: "Dmitri" is also Peskov's given name, so the surname after it names whom the question
    asks. Trump's words on the call are not reported: asked "exactly", being on the call is not saying something."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith(("Les articles ne rapportent pas de propos", "The articles report nothing"))


def test_a_day_named_is_not_what_a_time_of_day_question_asks(answerer: Answerer):
    """ "À quelle heure Witkoff est-il arrivé au Kremlin le 6 août ?": the day held by the convoy's departure made it
    the answer; the verb asked (arriving) is not leaving, and the day only says which facts fit."""
    answer = answerer.ask("À quelle heure Witkoff est-il arrivé au Kremlin le 6 août ?")
    assert not answer.found
    assert answerer.ask("A quelle heure le convoi a-t-il quitté le Kremlin le 6 août ?").lead.startswith("Heure : ")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("russia demands ukraine out of nato yes or no", "Yes."),
        ("Witkoff a rencontré Poutine à Moscou, vrai ou faux ?", "Oui."),
    ],
)
def test_a_statement_tagged_yes_or_no_asks_yes_or_no(answerer: Answerer, question: str, lead: str):
    """ "…, yes or no?" asks to confirm what comes before it; its "no" is no denial asked (the demand is stated)."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("lieu du sommet connu ?", "Où : non précisé (article 002)."),
        ("Le lieu du sommet est-il connu ?", "Non. Où : non précisé (article 002)."),
        ("Le lieu du sommet a-t-il été décidé ?", "Non."),
    ],
)
def test_an_events_place_not_yet_set_comes_before_another_events_place(answerer: Answerer, question: str, lead: str):
    """ "Lieu du sommet connu ?" got "Où : Saint-Pétersbourg": a fact on Witkoff's meetings ("connu pour ses missions")
    scored above the summit's "lieu encore non précisé"; asked yes or no, it got a false "Oui"."""
    answer = answerer.ask(question)
    assert answer.lead == lead and not answer.disputed


def test_who_was_waiting_to_do_something_asks_who_did_it(answerer: Answerer):
    """ "Who was waiting to greet Witkoff…?": "waiting", unknown to the briefs, framed the verb asked; read as what was
    done, it declined as "the articles do not say" over Dmitriev's welcome."""
    answer = answerer.ask("Who was waiting to greet Witkoff when he got to Moscow?")
    assert answer.found and "Dmitriev" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Where did the Epoch Times piece say Witkoff and Putin met?",
        "Où, selon l'article d'Epoch Times, Witkoff et Poutine se sont-ils rencontrés ?",
    ],
)
def test_an_article_named_by_its_outlet_says_what_it_reports(answerer: Answerer, question: str):
    """ "The Epoch Times piece" is article 003, as "according to Epoch Times" is: "piece" is no word to match, and
    what it says is what it reports. The first declined as "the articles do not say", over Peskov's statement."""
    assert answerer.ask(question).lead.startswith(("Where: presidential library", "Où : bibliothèque présidentielle"))


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("Leur dernier face-à-face, c'était à Osaka ou à Helsinki ?", "Osaka"),
        ("Was the ultimatum set by Trump or by Biden?", "Trump"),
    ],
)
def test_a_name_offered_beside_a_known_one_is_a_choice_not_the_subject(answerer: Answerer, question: str, held: str):
    """ "À Osaka ou à Helsinki ?" asks which: the articles never mention Helsinki, and the answer is Osaka. It got
    "the articles do not mention Finland"."""
    answer = answerer.ask(question)
    assert answer.found and held in answer.text.split("\n")[0]


def test_a_name_offered_as_a_choice_is_still_named_where_nothing_fits(answerer: Answerer):
    """Where no fact answers, the decline still says which offered name the articles never mention."""
    answer = answerer.ask("Est-ce que l'Inde ou la Chine seraient touchées par les sanctions secondaires ?")
    assert not answer.found and answer.lead.startswith("Les articles ne parlent pas de l'Inde")


def test_a_remark_that_the_sources_disagree_is_not_what_is_asked(answerer: Answerer):
    """ "…? les articles ne disent pas la même chose" remarks on the sources: read as asking what someone said, it was
    declined as "the articles report nothing Putin said"; the question on Dmitriev's welcome is answered."""
    question = "Dmitriev a accueilli Witkoff avant ou après la rencontre avec Poutine ? "
    question += "les articles ne disent pas la même chose"
    answer = answerer.ask(question)
    assert answer.found and "Dmitriev" in answer.items[0].text


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("What did Zelensky warn about regarding the details of any deal?", "not being deceived"),
        ("Qui insiste sur l'urgence d'un sommet ?", "Qui : Volodymyr Zelensky."),
    ],
)
def test_warning_insisting_stressing_are_saying(answerer: Answerer, question: str, held: str):
    """What someone warned of or insisted on is what they said: the first was declined ("warn" was no cue of a
    statement), the second named Putin, whom Zelensky's statement names."""
    answer = answerer.ask(question)
    assert answer.found and held in answer.text.split("\n")[0] + answer.items[0].text


def test_right_away_is_no_word_to_match_but_what_a_yes_no_asks(answerer: Answerer):
    """ "Why won't a Putin–Zelensky meeting happen right away…?" was declined: "away", unknown, sank its coverage.
    Asked yes or no, "tout de suite" is what is asked, and no fact says the meeting can be held at once."""
    answer = answerer.ask("Why won't a Putin–Zelensky meeting happen right away according to the Kremlin?")
    assert answer.found and "technical preparation" in answer.text.split("\n")[0]
    lead = answerer.ask("Une rencontre Poutine-Zelensky peut-elle se tenir tout de suite, selon le Kremlin ?").lead
    assert lead not in ("Oui.", "Yes.")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("can you tell me who Kirill Dmitriev is?", "Kirill Dmitriev: head of Russia's sovereign wealth fund"),
        ("Do you know who welcomed Witkoff?", "Who: Kirill Dmitriev."),
        ("Do you know if Putin met Witkoff?", "Yes."),
    ],
)
def test_a_question_inside_a_request_is_what_is_asked(answerer: Answerer, question: str, lead: str):
    """ "Tell me who Kirill Dmitriev is" asks who he is (it got "Who: Steve Witkoff.", whom he welcomed); "do you
    know who…" asks who, not whether the bot knows (it got "Yes.")."""
    assert answerer.ask(question).text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("but visite witkoff moscou selon peskov", "Dmitri Peskov a confirmé"),
        ("Selon Peskov, de quoi Poutine et Witkoff pouvaient-ils discuter à Saint-Pétersbourg ?", "Dmitri Peskov a"),
    ],
)
def test_whom_a_question_gives_as_its_source_speaks_first(answerer: Answerer, question: str, first: str):
    """ "Selon Peskov": his own statement answers before a fact on the same visit that reports it among others."""
    assert first in answerer.ask(question).items[0].text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("C'était quoi la date butoir que Washington avait donnée à Moscou ?", "Quand : vendredi 8 août 2025."),
        ("c ki iouri ouchakov", "Iouri Ouchakov : conseiller diplomatique"),
        ("qd witkoff a vu poutine", "Quand : mercredi 6 août 2025."),
        ("how many deaths a wk according to trump", "How many: thousands a week."),  # "wk" is "week"
        ("did trump deploy two nuclear subs?", "Yes."),  # "subs", submarines
        ("what weekday was the kremlin meeting", "When: Wednesday 6 August 2025."),  # declined: "weekday" no fact's
        # "roughly" says how near the figure is, no fact's word ("the articles do not answer yes or no")
        ("Did Witkoff and Putin talk for roughly three hours at the Kremlin on August 6?", "Yes."),
    ],
)
def test_colloquial_and_texted_questions_ask_what_their_written_form_asks(answerer: Answerer, question: str, lead: str):
    """ "C'était quoi la date butoir…" asks the deadline's date (it was declined: "date butoir" was no cue of a
    deadline, "quoi la date" no date asked); "ki", "qd" are "qui", "quand" as texted ("c ki…" was declined)."""
    assert answerer.ask(question).text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is medvedev still russias president", "No."),
        ("Is Medvedev Russia's president?", "No."),
        ("Is Putin Russia's president?", "Yes."),
        ("Is Ushakov the Kremlin's spokesman?", "No."),  # the title is "Kremlin spokesman", Peskov's
        ("Is Peskov the spokesman of the Kremlin?", "Yes."),
    ],
)
def test_a_countrys_title_by_the_possessive_is_the_title(answerer: Answerer, question: str, lead: str):
    """ "Russia's president" is the president of Russia: Medvedev, "l'ancien président russe", is not (he got "Yes."
    from facts saying "former Russian president"). A title is read in either order: "the Kremlin's spokesman",
    "spokesman of the Kremlin" are the "Kremlin spokesman" (Ushakov got "the articles do not answer yes or no")."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did zelenksy say pressure on russia is working??", "Yes."),
        ("Zelensky a-t-il dit que la pression sur la Russie fonctionne ?", "Oui."),
        ('Did Trump describe the Witkoff–Putin meeting as "very productive"?', "Yes."),
        ('Did Trump say "the war is over"?', "I find no clear yes or no in the articles; here is what they say:"),
    ],
)
def test_whether_someone_said_something_rests_on_their_own_statement(answerer: Answerer, question: str, lead: str):
    """ "Did Zelensky say the pressure is working?" of his statement that it is: he said it, in whatever verb the
    summary uses ("noted"); it got "the articles do not answer yes or no". A phrase quoted must be in the fact."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Trump say thousands of people are dying every week?", "Yes."),
        ("Did Trump say thousands die every day?", "I find no clear yes or no in the articles; here is what they say:"),
        ("Did Russia and the US reach an agreement in principle?", "Yes."),
    ],
)
def test_a_rate_asked_yes_or_no_is_the_rate_stated(answerer: Answerer, question: str, lead: str):
    """ "Every" is a determiner, no word a fact must hold (it sank "thousands… every week" below a yes); the rate
    asked must be the one stated ("des milliers par semaine" is no yes to "every day"); and "reach an" is no rate
    ("each an", a year, was read inside "reach")."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Moscou controle t elle entierement une des 4 regions quelle revendique", "Non."),
        ("Did Trump deploy 2 nuclear submarines?", "Yes."),
    ],
)
def test_a_number_in_digits_is_the_number_the_facts_spell_out(answerer: Answerer, question: str, lead: str):
    """ "Les 4 régions" are "les quatre régions": "4", unknown to the briefs, sank the question below the fact that
    answers it ("Moscou n'en contrôle complètement aucune")."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    "question",
    [
        "Quels mots Peskov a-t-il utilisés pour décrire les discussions avec Witkoff ?",
        "Quels termes Peskov a-t-il employés pour décrire les discussions ?",
    ],
)
def test_the_words_someone_used_are_asked_not_matched(answerer: Answerer, question: str):
    """ "Quels mots … a-t-il utilisés", "quels termes … employés" ask the words someone used: "mots", "utilisés" are no
    fact's words (they sank Peskov's "importantes, substantielles et très utiles" below the threshold; "employés"
    matched the "formule déjà employée" of another statement)."""
    answer = answerer.ask(question)
    assert answer.found
    assert "importantes, substantielles" in answer.lead


def test_a_verb_of_its_own_is_not_the_everyday_verb_it_looks_like(answerer: Answerer):
    """ "Founded" is a form of "found", the verb, not of "find": read as the everyday "found", it weighed nothing, and
    "who founded the Epoch Times?" was answered with article 003's report of the April meeting."""
    from bot.knowledge.text import among

    assert not among("founded", frozenset(["find", "found"]))
    assert among("gave", frozenset(["give", "gave"]))
    assert among("arrived", frozenset(["arrive"]))  # French reads "arrive" as "arriver": no word the set holds
    assert not answerer.ask("Who founded the Epoch Times?").found


def test_the_day_of_a_weaker_fact_is_not_the_day_asked(answerer: Answerer):
    """The best fact on Putin's agreement to a 30-day ceasefire gives no day; the 6 August talks, a weaker fact on
    ceasefires, are another event: "Quand : mercredi 6 août 2025." was a confident wrong answer."""
    answer = answerer.ask("Quand Poutine a-t-il donné son accord au cessez-le-feu de 30 jours ?")
    assert "6 août" not in answer.lead
    # The best fact says no when, in any words: what the articles do not say, then what they do.
    assert not answer.found and answer.lead.startswith("Les articles ne disent pas quand")
    assert "accord de principe" in answer.text


def test_when_an_ultimatum_was_set_is_not_when_it_falls_due(answerer: Answerer):
    """ "Set" issues an ultimatum as "fixer" does: the briefs hold only the day it falls due."""
    answer = answerer.ask("When did Trump set the ultimatum?")
    assert not answer.found
    assert answer.text.startswith("The articles do not say when it was set")


def test_whose_envoy_need_not_be_named_by_the_fact_on_the_envoy(answerer: Answerer):
    """ "L'émissaire de Trump" is Witkoff: a fact on who welcomed him need not name Trump (Dmitriev's was set aside
    for Trump's "très productive")."""
    answer = answerer.ask("Qui a accueilli l'émissaire de Trump à son arrivée à Moscou ?")
    assert answer.lead == "Qui : Kirill Dmitriev."


def test_the_summit_named_is_not_another_meeting(answerer: Answerer):
    """Asked of the summit, a fact on another meeting that never speaks of a summit (the 6 August talks' topics) does
    not answer: the bot declines with what the articles say of the summit."""
    answer = answerer.ask("What agenda did Ushakov give for the Trump–Putin summit?")
    assert not answer.found
    assert "summit" in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    ["Dans quelles villes russes Witkoff a-t-il vu Poutine ?", "In what cities did Witkoff meet Putin?"],
)
def test_which_cities_asks_where(answerer: Answerer, question: str):
    """ "Quelles villes", "what cities" ask where, as "quelle ville" does: each meeting's city first (the plural was
    read as a word "ville" no fact holds, and the question declined)."""
    lead = answerer.ask(question).lead
    assert "Moscou" in lead or "Moscow" in lead
    assert "Pétersbourg" in lead or "Petersburg" in lead


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Selon Trump, combien de personnes meurent dans cette guerre ?", "milliers par semaine"),
        ("How many casualties has the war caused?", "tens of thousands"),
    ],
)
def test_people_counted_in_other_words_are_counted(answerer: Answerer, question: str, figure: str):
    """People are counted in any of the words for them: "personnes" of Trump's "trop de gens meurent", "casualties"
    of "des dizaines de milliers de morts" (both were declined: "je ne trouve pas ce chiffre")."""
    answer = answerer.ask(question)
    assert answer.found
    assert figure in answer.lead


@pytest.mark.parametrize(
    "question",
    [
        "Pendant les pourparlers, la Russie a-t-elle continué à frapper l'Ukraine ?",
        "La Russie a-t-elle continué ses frappes pendant les discussions ?",
    ],
)
def test_a_clause_of_during_dates_what_is_asked(answerer: Answerer, question: str):
    """ "Pendant les pourparlers", "during the talks": when it happened, not what is asked. Its talks made the question
    one on a meeting, which Russia, a country, is no one to hold ("the articles do not answer yes or no"), and its
    words, told around the fact on the strikes, not by it, are no words a yes must find stated."""
    assert answerer.ask(question).lead == "Oui."


def test_a_time_of_day_is_given_of_what_the_fact_tells_in_readers_words(answerer: Answerer):
    """ "Motorcade", "sorti" are the convoy's leaving in readers' words, which its keywords hold: the time is given
    first. Not for another event the fact does not tell: the convoy's leaving is no start of the meeting."""
    assert answerer.ask("what time did the us motorcade leave the kremlin").lead == "Time: at around 14:30 (11:30 GMT)."
    assert answerer.ask("a quelle heure le convoi americain est sorti du kremlin").lead.startswith("Heure : ")
    assert not answerer.ask("A quelle heure a commencé la rencontre au Kremlin ?").lead.startswith("Heure")


def test_another_of_the_same_country_did_it_is_no(answerer: Answerer):
    """ "Accueilli par Ouchakov ?" of "accueilli par Kirill Dmitriev": both Russians, but a person asked is told apart
    from another, not by country ("the articles do not answer yes or no"); the fact on the welcome answers, though it
    does not name Ushakov."""
    assert answerer.ask("Witkoff a-t-il été accueilli par Ouchakov en arrivant à Moscou ?").lead == "Non."
    assert answerer.ask("Witkoff a-t-il été accueilli par Dmitriev à son arrivée à Moscou ?").lead == "Oui."
    assert answerer.ask("Le sommet a-t-il été proposé par la Russie ?").lead == "Non."
    # A yes needs the fact to name whom the passive asks: the agreement Ushakov announced is no yes for Peskov.
    assert answerer.ask("L'accord a-t-il été annoncé par Peskov ?").lead not in ("Oui.", "Oui, au conditionnel :")
    assert answerer.ask("L'accord de principe a-t-il été annoncé par Ouchakov ?").lead == "Oui."


def test_a_yes_is_of_the_people_the_fact_is_about(answerer: Answerer):
    """ "Witkoff a-t-il été briefé ?" got "Oui." from Trump briefing the Europeans on "la rencontre Witkoff–Poutine":
    the fact names Witkoff, but is not about him. Those it is about are still confirmed."""
    assert answerer.ask("Est-ce que Witkoff a été briefé ?").lead not in ("Oui.", "Oui, au conditionnel :")
    assert answerer.ask("Was Putin briefed?").lead not in ("Yes.", "Yes, but unconfirmed:")
    assert answerer.ask("Les Européens ont-ils été informés ?").lead == "Oui."
    assert answerer.ask("Trump a-t-il informé les Européens ?").lead == "Oui."


def test_a_but_on_what_is_not_asked_leaves_the_answer(answerer: Answerer):
    """ "Mais", "although" make a fact say it best only where what follows them is asked: "did Putin commit to a deal?"
    of "agreement in principle, but did not commit to concluding a deal" is no yes; "has he agreed in principle?" is
    yes."""
    assert answerer.ask("Has Putin agreed in principle to a 30-day ceasefire in Ukraine?").lead == "Yes."
    assert answerer.ask("Did Putin commit to a deal?").lead not in ("Yes.", "Yes, but unconfirmed:")
    refused = "Do Kyiv and its European allies accept recognising Russia's annexation of occupied territories?"
    assert answerer.ask(refused).lead == "No."


def test_an_event_whose_day_is_not_set_has_not_taken_place(answerer: Answerer):
    """ "Could take place as early as next week, but the timetable is not confirmed" foresees the summit: it says
    nothing of its having taken place (it got "Yes, but unconfirmed:" once the "but" no longer hid it)."""
    assert answerer.ask("Did the Trump–Putin summit actually take place?").lead not in ("Yes.", "Yes, but unconfirmed:")


def test_a_truth_tag_closing_a_claim_asks_yes_or_no(answerer: Answerer):
    """ "Claim: …. Correct?", "…, true?", "… c'est vrai": the claim is what is asked, yes or no; the tag and "claim"
    are no words to match (the claims were declined)."""
    reading = answerer.matcher.read("Claim: the idea of a bilateral Trump–Putin summit came from Moscow. Correct?")
    assert reading.yes_no and not {"claim", "correct"} & set(reading.tokens)
    assert answerer.matcher.read("la russie continue a bombarder pendant les discussions c'est vrai").yes_no
    assert answerer.ask("Claim: after Geneva the US kept its original peace plan unchanged. True?").found
    assert not answerer.matcher.read("What did Trump get right").yes_no  # "right" opens no tag without a break
    # "c vrai ?", texted: the place the two met, confirmed (it was declined).
    assert answerer.ask("witkoff poutine st petersbourg bibliotheque c vrai ?").lead == "Oui."


def test_a_denial_reported_of_a_fact_reporting_one_is_no_no(answerer: Answerer):
    """ "Did Trump claim the war would never have happened?" got "No." from his war that "would not have happened":
    the fact reports the denial asked, though its clause holds none of the question's words."""
    question = "Did Trump really claim the war would never have happened under his presidency?"
    assert answerer.ask(question).lead not in ("No.", "No, but unconfirmed:")


def test_oui_slash_non_asks_yes_or_no(answerer: Answerer):
    """ "zelensky dans le sommet ? oui/non" asks yes or no, as "oui ou non" does; "oui" and "non" are no words."""
    reading = answerer.matcher.read("zelensky dans le sommet ? oui/non")
    assert reading.yes_no and not {"oui", "non"} & set(reading.tokens)


def test_what_remains_was_not_dropped(answerer: Answerer):
    """ "Les sanctions secondaires ont-elles été abandonnées ?" of sanctions that "restent d'actualité": what remains
    was not dropped (it got "the articles do not answer yes or no")."""
    assert answerer.ask("Les sanctions secondaires ont-elles été abandonnées après les progrès ?").lead == "Non."
    # "Faire tomber la menace" drops it: the sanctions that remain answer (it was declined).
    dropped = answerer.ask(
        "Les progrès annoncés après la rencontre ont-ils fait tomber la menace de sanctions secondaires ?"
    )
    assert dropped.found and "reste d'actualité" in dropped.text


def test_a_no_that_it_stopped_shows_what_went_on_first(answerer: Answerer):
    """ "Les combats ont-ils cessé ?": the "no" rests on "les combats persistent", shown first (a ceasefire agreed in
    principle came first). "Did Russia halt its strikes…?" was declined: "halt" is in no fact, which tell what went
    on."""
    stopped = answerer.ask("Les combats ont-ils cessé ?")
    assert stopped.lead == "Non." and "persistent" in stopped.text.split("\n")[1]
    halted = answerer.ask("Did Russia halt its strikes on Ukraine while the talks were going on?")
    assert halted.lead == "No." and "strikes" in halted.text.split("\n")[1]


def test_what_as_an_object_asks_no_kind_which(answerer: Answerer):
    """ "What did the source near the Russian foreign ministry call the visit?" got "The articles do not say which.":
    "what" is what the source called it, not which source; "which source…?" still asks which one."""
    answer = answerer.ask("What did the source near the Russian foreign ministry call the visit?")
    assert answer.found and "symbolic step" in answer.text


def test_what_someone_said_comes_first_in_their_own_words(answerer: Answerer):
    """ "Trump a dit quoi de la réunion Witkoff-Poutine ?" led with Tass on the meeting's length, a fact naming Trump
    but not his words; his "très productive" comes first now, as it did for "how did Trump describe…"."""
    answer = answerer.ask("Trump a dit quoi de la réunion Witkoff-Poutine ?")
    assert "très productive" in answer.text.split("\n")[0]
    # His words on what is asked about, not an April post on the war's dead; how he reacted is what he said.
    for question in ("trump il a dit quoi apres la reunion", "Trump a réagi comment à la réunion ?"):
        assert "très productive" in answerer.ask(question).text.split("\n")[0]


def test_how_someone_described_it_is_what_they_said(answerer: Answerer):
    """ "Décrit" is "described", a cue of what someone said: "Comment Ouchakov a-t-il décrit l'échange ?" was
    declined, his "très utile et constructif" among the suggestions."""
    answer = answerer.ask("Comment Ouchakov a-t-il décrit l'échange avec Witkoff ?")
    assert answer.found and "très utile et constructif" in answer.text


@pytest.mark.parametrize("question", ["salut ça va ?", "what's your name?", "ça va ?"])
def test_small_talk_is_declined_not_answered_with_a_fact(answerer: Answerer, question: str):
    """Everyday words alone name nothing a fact is about: "ça va ?" got Witkoff's coming visit ("va" of "se rendre"),
    "what's your name?" a source "not named"."""
    assert not answerer.ask(question).found


def test_a_day_left_unset_is_told_of_the_best_facts_topic_only(answerer: Answerer):
    """ "When did Putin first become president?": the summit's day, unset, is no answer ("When: not confirmed;
    possibly 'as early as next week'" led it); asked of the summit, it still is."""
    assert not answerer.ask("When did Putin first become president of Russia?").lead.startswith("When:")
    assert answerer.ask("Quelle est la date du sommet Trump-Poutine ?").lead.startswith("Quand : non confirmé")


def test_a_name_opening_the_question_is_a_name_when_no_dictionary_holds_it(answerer: Answerer):
    """ "Lavrov etait il present… ?": its first word, no dictionary word, names someone the articles never mention
    (it got Witkoff's earlier meetings); "Latest on Witkoff?" opens with a word, and a known name still answers."""
    answer = answerer.ask("Lavrov etait il present a la reunion avec witkof ?")
    assert not answer.found and "Lavrov" in answer.lead
    assert "Sergueï Lavrov." in answerer.ask("Sergueï Lavrov assistait-il à la réunion ?").lead
    assert answerer.ask("Latest on Witkoff?").found
    assert answerer.ask("Witkoff a-t-il vu Poutine ?").lead == "Oui."


def test_a_cue_typo_is_one_slip_not_two(knowledge: Knowledge):
    """A word no one knows is read as a cue it mistypes by one swap or one letter ("lenght", "combein"), not two:
    "comedien" typed without its accent was read as "combien", and "zelensky etait comedien avant ?" asked a number."""
    from bot.answering.matching import Matcher

    matcher = Matcher(knowledge)
    assert "quantity" not in matcher.read("zelensky etait comedien avant ? dans quelle serie ?").aspects
    assert matcher.read("lenght of the meeting").aspects == {"duration"}
    assert matcher.read("combein de temps a dure la rencontre").aspects == {"duration"}
    # A function word mistyped so is one too: "befor" was a word no fact holds, weighing a quarter of the question.
    assert "befor" not in matcher.read("who did Trump argue with online befor the subs were sent?").tokens


@pytest.mark.parametrize(
    "question", ["What did Medvedev actually post in his online spat with Trump?", "What did Medvedev tweet?"]
)
def test_posting_is_saying(answerer: Answerer, question: str):
    """ "Post", "tweet" put words out as "write" does: what Medvedev posted is his to say, and no fact quotes him
    (the spat's submarine fact was given as if it answered)."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.lead.startswith("The articles report nothing Dmitry Medvedev said")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("How many days was the ceasefire Putin agreed to in principle?", "How many: 30 days."),
        ("How many days are the exploratory talks expected to last?", "How many: two days."),
        ("Poutine a accepté en principe un cessez-le-feu de combien de jours ?", "Combien : 30 jours."),
        ("Selon Trump, combien de personnes meurent dans cette guerre ?", "Combien : des milliers par semaine."),
        ("Combien de régions ukrainiennes la Russie revendique-t-elle ?", "Combien : quatre régions ukrainiennes"),
    ],
)
def test_a_length_counted_is_given_first_as_the_fact_states_it(answerer: Answerer, question: str, lead: str):
    """ "A 30-day ceasefire", "a two-day meeting": the count a compound states answers "how many days" (the fact
    came with no first line); "30 jours en Ukraine" ends at its place ("en" starts what is said of it); a count with
    no value keeps its article ("des milliers"), a number has none ("quatre régions", not "des quatre régions")."""
    assert answerer.ask(question).lead.startswith(lead)


def test_an_ordinal_in_figures_is_its_word_away_from_a_month(knowledge: Knowledge):
    """ "1st us visit at that level…" is the first visit (it was declined, "1st" being no word of the briefs);
    "August 1st" stays a day."""
    from bot.answering.matching import Matcher

    matcher = Matcher(knowledge)
    assert "first" in matcher.read("1st us visit at that level in how long").tokens
    assert matcher.read("What happened on August 1st?").days == ((8, 1),)


def test_a_language_is_a_people_as_a_name_and_no_name_as_asked_for(answerer: Answerer):
    """ "German officials" are Germany's, which the articles never mention ("do not mention German"); "in English",
    the language a reader asks for, names no one ("do not mention English")."""
    assert answerer.ask("What did German officials say about the summit?").lead.startswith(
        "The articles do not mention Germany."
    )
    assert "English" not in answerer.ask("Can you answer in English?").lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("ca a dure cmb de temps le rdv witkoff poutine a moscou", "Durée : près de trois heures"),
        ("witkoff il y va pr combien de jours a moscou", "Combien : deux jours."),
        ("kirill dmitriev cest qui", "Kirill Dmitriev : chef du fonds souverain russe"),
    ],
)
def test_texting_is_read_as_typed_in_short(answerer: Answerer, question: str, lead: str):
    """ "cmb", "rdv", "pr" are "combien", "rendez-vous", "pour" typed in short, as "pk" and "qd" are; "cest" is
    "c'est" without its apostrophe. Each such question was declined, its short words unknown to the briefs."""
    assert answerer.ask(question).text.startswith(lead)


@pytest.mark.parametrize("question", ["trump veut le nobel?? srsly", "trump veut le nobel lol"])
def test_texting_asides_are_no_words_to_match(answerer: Answerer, question: str):
    """ "srsly", "lol", "mdr" say how the reader feels, not what they ask: "trump veut le nobel?? srsly" was
    declined."""
    assert answerer.ask(question).found


@pytest.mark.parametrize(
    "question", ["ils se voient quel jour exactement trump et poutine", "trump poutine ils se voient quand"]
)
def test_two_people_seeing_each_other_ask_of_their_own_meeting(answerer: Answerer, question: str):
    """ "Trump et Poutine se voient quand ?": seeing each other, in any form of the verb, is meeting; the day of the
    Witkoff–Putin talks is no day of theirs ("Quand : mercredi 6 août 2025." was a confident wrong answer)."""
    assert "6 août" not in answerer.ask(question).lead


def test_an_elided_conjunction_is_no_word_to_match(knowledge: Knowledge):
    """ "Lorsqu'il", "puisqu'il" are "lorsque", "puisque", function words: "lorsqu" weighed as a word no fact holds and
    sank the question on whom Zelensky warned against below the threshold."""
    from bot.answering.matching import Matcher

    tokens = (
        Matcher(knowledge).read("Contre qui Zelensky met-il en garde lorsqu'il parle de ne pas être trompé ?").tokens
    )
    assert "lorsqu" not in tokens
    assert "puisqu" not in Matcher(knowledge).read("Puisqu'il a vu Poutine, que dit Witkoff ?").tokens


@pytest.mark.parametrize("question", ["is the war over", "Is the war over?"])
def test_one_word_to_match_confirms_nothing(answerer: Answerer, question: str):
    """ "Is the war over?" holds one word to match, its predicate a function word: "Yes." came from Kyiv demanding
    that Russia "end the war", a confident wrong answer."""
    assert answerer.ask(question).lead not in ("Yes.", "No.")


def test_an_accented_function_word_is_no_word_to_match(knowledge: Knowledge):
    """ "Plutôt", "dû" fold into function words and are ones ("plutôt qu'une négociation", "aurait dû"): kept as
    content (as "été", summer, is), "plutôt" weighed as a word no fact holds."""
    from bot.answering.matching import Matcher

    tokens = Matcher(knowledge).read("Le Kremlin préfère-t-il un sommet plutôt qu'une négociation ?").tokens
    assert "plutôt" not in tokens and "plutot" not in tokens
    assert "dû" not in Matcher(knowledge).read("Witkoff aurait-il dû rencontrer Zelensky ?").tokens


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What did Trump think of the meeting?", "very productive"),
        ("Que pense Peskov de la visite de Witkoff ?", "Peskov"),
    ],
)
def test_what_someone_thinks_is_what_they_said(answerer: Answerer, question: str, said: str):
    """ "What did Trump think of the meeting?" asks his words, as "what did he say of it?" does: it got article 003's
    report of the April meeting, which has him say nothing of it."""
    assert said in answerer.ask(question).text.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "held"),
    [("Quel type de paix l'Ukraine réclame-t-elle ?", "durable"), ("What kind of peace does Ukraine want?", "peace")],
)
def test_the_kind_asked_is_no_word_to_match(answerer: Answerer, question: str, held: str):
    """ "Quel type de…", "what kind of…" ask the kind in the facts' own words, which never say "type": the word sank
    "Quel type de paix l'Ukraine réclame-t-elle ?" below the threshold."""
    answer = answerer.ask(question)
    assert answer.found and held in answer.text


def test_a_claim_dated_in_another_year_than_its_fact_is_answered_no(answerer: Answerer):
    """The articles date the last Trump–Putin meeting in person to 2019, in Osaka: asked of 2018 it is "No." (the
    year filter of open questions declined it as of another time); asked of 2019, "Yes."."""
    assert answerer.ask("Did Trump and Putin last meet in person at the 2018 G20 in Osaka?").lead == "No."
    assert answerer.ask(
        "Est-il exact que Trump et Poutine se sont vus pour la dernière fois à Osaka en 2018 ?"
    ).lead == ("Non.")
    assert answerer.ask("Did Trump and Putin last meet in person in 2019?").lead == "Yes."
    # Asked of a meeting, not of the last, an earlier year is not gainsaid by the last one's (it was a false "No."); a
    # later year is.
    assert answerer.ask("Did Trump and Putin meet in person in 2018?").lead != "No."
    assert answerer.ask("Did Trump and Putin meet in person in 2021?").lead == "No."


def test_whom_a_question_asks_what_they_said_is_its_speaker_not_a_name_beside_the_verb(answerer: Answerer):
    """ "…with Putin, yes? What he said…": Putin stands right before "said" once the function words are gone, but the
    question has Zelensky speak; "the articles report nothing Putin said" was the answer's first line."""
    answer = answerer.ask("Zelensky wants direct talks with Putin, yes? What he said about the summit?")
    assert answer.found and "Putin said" not in answer.text
    assert "Zelensky" in answer.text.split("\n")[0]


def test_what_a_meeting_was_about_needs_a_fact_saying_what_it_was_about(answerer: Answerer):
    """ "What did Trump and Putin discuss at the G20 in Osaka?": the articles say only that they last met there, and
    that fact was given as the answer; a fact must say what a meeting or talk was about (its subjects)."""
    for question in (
        "What did Trump and Putin talk about at the G20 in Osaka?",
        "De quoi Witkoff et Kirill Dmitriev ont-ils parlé lors de leur rencontre ?",
    ):
        assert not answerer.ask(question).found
    answer = answerer.ask("On what subjects did Witkoff and Putin talk in Moscow on 6 August?")
    assert answer.found and "Ukrainian conflict" in answer.text.split("\n")[0]
    # Not "de quoi" of another verb, nor a yes/no question on one subject.
    assert "subjects" not in answerer.matcher.read("Zelensky accuse Moscou de quoi exactement ?").aspects
    assert answerer.ask("Witkoff et Poutine ont-ils discuté de l'Ukraine ?").lead == "Oui."


@pytest.mark.parametrize(
    "question",
    ["Translate Peskov's words on Russia's fundamental interests into Russian.", "Comment dit-on paix en russe ?"],
)
def test_a_request_to_translate_is_declined_as_such(answerer: Answerer, question: str):
    """The bot answers from the articles and translates nothing: "translate … into Russian" got Peskov's statement
    as if it answered."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.text.startswith(("I do not translate", "Je ne traduis pas"))


def test_who_did_what_a_meeting_cue_says_needs_a_fact_saying_who_did_it(answerer: Answerer):
    """ "Welcomed" cues a meeting, so every fact on one is credited with it: "Who welcomed Witkoff when he landed in
    Saint Petersburg?" got the handshake there, which says nothing of who welcomed him (Dmitriev did, in Moscow)."""
    assert not answerer.ask("Who welcomed Witkoff when he landed in Saint Petersburg?").found
    answer = answerer.ask("Who welcomed Witkoff in Moscow?")
    assert answer.found and "Dmitriev" in answer.text.split("\n")[0]


def test_a_date_asked_as_a_date_is_one_the_articles_state(answerer: Answerer):
    """ "On what date…" asks a day on the calendar: article 003 says only "hier", worked out to c. 11 April, so the bot
    says the articles give no exact date (showing the approximate one); "when…" is answered with it."""
    answer = answerer.ask("On what date did Witkoff meet Putin at the presidential library in Saint Petersburg?")
    assert not answer.found and "exact date" in answer.text and "c. 11 April 2025" in answer.text
    assert answerer.ask("When did Witkoff and Putin meet in Saint Petersburg?").lead.startswith("When:")
    assert answerer.ask("Quelle est la date de la rencontre du Kremlin ?").lead == "Quand : mercredi 6 août 2025."


def test_a_date_asked_is_given_by_a_fact_stating_it_that_ranks_as_close_as_one_that_does_not(answerer: Answerer):
    """ "witkoff moscou date rencontre" ranked the April meeting's aim first (it holds "Washington–Moscou"), which
    states no day, and got "Les articles ne donnent pas la date exacte de la rencontre de Moscou. Quand : mercredi 6
    août 2025.": a decline saying the date it denies. The Kremlin meeting, scoring as close, states it."""
    answer = answerer.ask("witkoff moscou date rencontre")
    assert answer.found and answer.lead == "Quand : mercredi 6 août 2025."


def test_the_first_of_something_is_not_answered_by_the_last(answerer: Answerer):
    """ "Où Trump et Poutine se sont-ils rencontrés pour la première fois ?": the articles give their last meeting in
    person (Osaka, 2019), which answered "Quand : 2019. Où : Osaka."; the last one is still answered, and a prime
    minister is no first."""
    assert not answerer.ask("Où Trump et Poutine se sont-ils rencontrés en personne pour la première fois ?").found
    assert answerer.ask("When did Trump and Putin last meet in person?").lead == "When: 2019."
    assert not answerer.matcher.read("Qui est le vice-premier ministre russe ?").first_time
    # Nor is the first article: "une des dernières fenêtres de désescalade" answers what the meeting could be.
    assert answerer.ask("En quoi cette rencontre pourrait-elle être décisive selon l'auteur du premier article ?").found


def test_a_time_of_day_is_given_whatever_words_the_briefs_never_use_ask_it(answerer: Answerer):
    """ "What time did the convoy pull out of the Kremlin?": "pull" is no word of the briefs, and names no other event
    of theirs; the time answers first ("around 14:30"), as it does for "left". Arriving is still not leaving."""
    assert answerer.ask("what time did the american convoy pull out of the kremlin?").lead.startswith("Time: at around")
    assert not answerer.ask("At what time did the American convoy arrive at the Kremlin?").lead.startswith("Time")
    # A clause dating it is no word the fact must hold: "…after the Putin meeting?" was declined as unsaid.
    question = "What time did the US convoy leave the Kremlin after the Putin meeting?"
    assert answerer.ask(question).lead.startswith("Time: at around")


def test_a_time_of_day_no_fact_gives_is_declined(answerer: Answerer):
    """ "At what time did the American convoy arrive at the Kremlin?": the time the articles give is of its leaving;
    listed with no "Time:" line, the convoy's fact read as the answer."""
    answer = answerer.ask("At what time did the American convoy arrive at the Kremlin on 6 August?")
    assert not answer.found and "14:30" in answer.text  # what they do say is offered


def test_who_did_what_a_fact_says_in_a_passive_naming_no_one_is_declined(answerer: Answerer):
    """ "Who filmed the handshake?": "Witkoff a été filmé en train de serrer la main" names no one who filmed him; it
    was given as the answer. A passive naming its doer still answers ("proposée par la partie américaine")."""
    answer = answerer.ask("Who filmed the handshake in St Petersburg?")
    assert not answer.found and answer.text.startswith("The articles give no name.")
    assert answerer.ask("Qui a proposé le sommet Trump-Poutine ?").found


def test_a_place_given_as_the_source_sets_aside_what_others_said(answerer: Answerer):
    """ "Selon le Kremlin, combien de soldats russes meurent chaque semaine ?" got "des milliers par semaine", which
    Trump wrote; the Kremlin stands for those who speak for Russia."""
    question = "Selon le Kremlin, combien de soldats russes meurent chaque semaine en Ukraine ?"
    assert answerer.matcher.read(question).source_country == "russia"
    assert not answerer.ask(question).found
    assert answerer.ask("Selon Trump, combien de gens meurent chaque semaine ?").found


def test_where_someone_was_born_typed_without_accents_is_declined(answerer: Answerer):
    """ "ou est ne steve witkoff": "ne" after "est", with no negation closing it, is "né"; the question was read as
    "où est Steve Witkoff ?" and answered "Où : Israël.", the conflict he works on, which is no venue."""
    assert "né" in answerer.matcher.read("ou est ne steve witkoff").tokens
    assert not answerer.ask("ou est ne steve witkoff").found
    assert "né" not in answerer.matcher.read("Witkoff n'est pas venu ?").tokens
    assert answerer.ask("Où est Steve Witkoff ?").lead != "Où : Israël."


def test_a_place_that_speaks_is_who_speaks_not_the_person_named_after_it(answerer: Answerer, knowledge: Knowledge):
    """ "What did the Kremlin say about the meeting with Witkoff?" led with Tass's figure for its length, and "le
    kremlin il a dit quoi de la reunion avec witkoff" was declined as asking for Witkoff's words: the Kremlin speaks,
    so what Russia's officials said comes first. A place after a preposition is where, not who."""
    answer = answerer.ask("What did the Kremlin say about the meeting with Witkoff?")
    first = knowledge.by_id[answer.items[0].fact_id].data
    assert isinstance(first, StatementFact) and knowledge.people[first.speaker].country == "russia"
    assert answerer.ask("le kremlin il a dit quoi de la reunion avec witkoff").found
    assert answerer.matcher.read("À Moscou, qu'a dit Witkoff ?").speaker == "witkoff"
    assert answerer.matcher.read("À Moscou, qu'a dit Witkoff ?").source_country is None
    # What follows "who wrote" is what was written: Russia is no source there.
    assert answerer.matcher.read("Who wrote 'La Russie doit se bouger'?").source_country is None


def test_someone_the_briefs_never_name_asked_what_they_said_is_named_in_the_decline(answerer: Answerer):
    """ "Erdogan a dit quoi sur Witkoff ?" was declined as asking for Witkoff's words: who speaks is someone the
    articles never mention, and the decline says so."""
    answer = answerer.ask("Erdogan a dit quoi sur Witkoff ?")
    assert not answer.found and answer.lead.startswith("Les articles ne parlent pas d'Erdogan")
    assert "Vladimir Poutine" in answerer.ask("Qu'a dit Poutine sur Witkoff ?").lead  # whose words are asked


def test_a_but_stating_a_condition_does_not_hold_back_a_yes(answerer: Answerer):
    """ "Did Peskov say Russia is open to dialogue only if its fundamental interests are respected?" got "do not answer
    yes or no": the fact's "but only on the basis of respect for its fundamental interests" was read as a denial. A
    "but" denying what is asked still does: "in principle, but he did not commit to a deal"."""
    question = "Did Peskov say Russia is open to dialogue only if its fundamental interests are respected?"
    assert answerer.ask(question).lead == "Yes."
    assert answerer.ask("Putin committed to concluding a deal, is it true?").lead != "Yes."


def test_a_yes_no_question_quoting_words_said_of_a_meeting_asks_of_the_words(answerer: Answerer):
    """ "Did Trump call the Aug 6 Witkoff-Putin meeting 'very productive'?" got "do not answer yes or no": the fact
    on what Trump called it reports no meeting held between Witkoff and Putin, which the question does not ask."""
    assert answerer.ask("Did Trump call the Aug 6 Witkoff-Putin meeting 'very productive'?").lead == "Yes."


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Was the Aug 6 Kremlin meeting on a Thursday?", "No."),  # was declined: "do not mention Thursday"
        ("La rencontre du 6 août a-t-elle eu lieu un jeudi ?", "Non."),
        ("Was the Aug 6 Kremlin meeting on a Wednesday?", "Yes."),
    ],
)
def test_a_weekday_asked_of_a_stated_day_is_the_calendar_s(answerer: Answerer, question: str, lead: str):
    """6 August 2025 was a Wednesday: a yes/no question setting it on another weekday is answered no, whatever else
    it asks; a weekday in English is no unknown name."""
    assert answerer.ask(question).lead == lead


def test_a_weekday_typed_beside_the_day_asks_no_weekday(answerer: Answerer):
    """ "Did Witkoff meet Putin on Thursday 6 August?" names the day, its weekday mistyped: no "No" rests on it."""
    assert answerer.ask("Did Witkoff meet Putin on Thursday 6 August?").lead not in ("No.", "Yes.")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Witkoff a-t-il été accueilli par Lavrov à Moscou ?", "Non."),  # Kirill Dmitriev welcomed him
        ("Le sommet a-t-il été proposé par Macron ?", "Non."),  # "proposée par la partie américaine"
    ],
)
def test_someone_the_briefs_never_name_asked_as_who_did_it_gets_no_where_a_fact_names_another(
    answerer: Answerer, question: str, lead: str
):
    """ "Witkoff a-t-il été accueilli par Lavrov ?" was declined ("ne parlent pas de Lavrov"): the fact names who
    welcomed him, and Lavrov, whom the articles never name, is not him."""
    assert answerer.ask(question).lead == lead


def test_someone_the_briefs_never_name_is_no_yes_of_a_passive(answerer: Answerer):
    """With the unknown name set aside as who did it, "was Witkoff greeted by Lavrov?" holds only "Witkoff greeted",
    which a fact states: no fact names Lavrov, none says he did it."""
    assert answerer.ask("Was Witkoff greeted by Lavrov?").lead != "Yes."
    assert answerer.ask("Witkoff a-t-il été reçu par Lavrov ?").lead != "Oui."


def test_a_meeting_of_a_stated_day_set_in_a_place_the_articles_never_mention_is_answered_no(answerer: Answerer):
    """ "La rencontre Witkoff-Poutine du 6 août a-t-elle eu lieu à Minsk ?" was declined ("ne parlent pas de la
    Biélorussie"): the articles set that day's meeting at the Kremlin. With no day, or of a call, where it was is not
    theirs to say; nor is a meeting in another year than the last they report."""
    answer = answerer.ask("La rencontre Witkoff-Poutine du 6 août a-t-elle eu lieu à Minsk ?")
    assert answer.lead == "Non." and "Kremlin" in answer.text
    assert answerer.ask("Did Witkoff meet Putin in Helsinki on August 6?").lead == "No."
    assert not answerer.ask("Did Witkoff meet Putin in Minsk?").found
    assert not answerer.ask("Did Trump and Putin meet in Helsinki in 2018?").found
    # Asked of the last meeting, a place never mentioned with a year before the last one's is "No" by that year (it
    # was declined as "the articles do not mention Helsinki").
    assert answerer.ask("Was Trump and Putin's last meeting in person in Helsinki in 2018?").lead == "No."


def test_a_no_from_a_denial_is_of_the_people_the_question_names(answerer: Answerer):
    """ "Has a date been set for a Putin–Zelensky meeting?" got "No." from the Trump–Putin summit's timetable, "not
    confirmed": a denial of another meeting's date."""
    assert answerer.ask("Has a date been set for a Putin–Zelensky meeting?").lead != "No."  # nor "not set" of it
    assert answerer.ask("Has a date been set for the Trump–Putin summit?").lead == "No."


def test_who_a_cleft_sets_apart_need_not_be_named_by_the_fact_saying_who_did_it(answerer: Answerer):
    """ "Was it Peskov who announced the agreement in principle on the summit?" was declined ("do not say that about
    the summit"), the facts on the announcement naming Ushakov, not Peskov; asked in French it was answered."""
    answer = answerer.ask("Was it Peskov who announced the agreement in principle on the summit?")
    assert answer.found and answer.lead != "Yes." and "Ushakov" in answer.text


def test_a_pronoun_after_the_noun_it_stands_for_names_no_one_unnamed(answerer: Answerer):
    """ "La rencontre du 6 août a-t-elle eu lieu quelques jours avant la fin de l'ultimatum de Trump ?": "elle" is
    the meeting, not someone the question leaves unnamed, which held back the yes. After a country it still is no
    one who met ("l'Ukraine a-t-elle rencontré la Russie ?")."""
    question = "La rencontre du 6 août a-t-elle eu lieu quelques jours avant la fin de l'ultimatum de Trump ?"
    assert not answerer.matcher.read(question).unnamed
    assert answerer.ask(question).lead == "Oui."
    assert answerer.matcher.read("l'Ukraine a-t-elle rencontré la Russie ?").unnamed


def test_a_number_typed_in_digits_is_stated_by_a_fact_spelling_it(answerer: Answerer):
    """ "did the witkoff putin meeting on aug 6 last about 3 hours?" got "do not answer yes or no": "3" was held only
    where a fact writes "3", and the meeting's length is "trois heures", "three hours". An article's id is no
    number: "004" is not "four"."""
    assert answerer.ask("did the witkoff putin meeting on aug 6 last about 3 hours?").lead == "Yes."
    assert "four" not in dict(answerer.matcher.index.resolve("004"))


@pytest.mark.parametrize(
    "question",
    ["What actually happened during the Geneva episode?", "C'était quoi exactement l'épisode de Genève ?"],
)
def test_an_event_the_facts_name_only_as_a_time_is_declined(answerer: Answerer, question: str):
    """ "What happened in Geneva?" got "since the Geneva episode, the US scaled back its plan": the fact names the
    episode only as when what it tells came about, and what the episode was the articles never say."""
    answer = answerer.ask(question)
    assert not answer.found
    assert any("Geneva" in s.label or "Genève" in s.label for s in answer.suggestions)  # what they do say is offered


def test_an_event_asked_as_the_time_of_something_else_is_answered(answerer: Answerer):
    """The question's own clause of time names the event as when: what came after it is what the facts tell."""
    assert answerer.ask("What did the US do after the Geneva episode?").found
    assert answerer.ask("Qu'est-ce qui a changé depuis l'épisode de Genève ?").found


def test_a_death_toll_asked_exactly_is_a_count_the_articles_give_only_roughly(answerer: Answerer):
    """ "Exact death toll of the war according to the articles?" got "tens of thousands of deaths": a toll is a count,
    and asked exactly, a rough one does not give it. Asked plainly, it does."""
    assert "quantity" in answerer.matcher.read("death toll of the war since 2022?").aspects
    answer = answerer.ask("Exact death toll of the war according to the articles?")
    assert not answer.found and answer.lead.startswith("The articles give no exact figure.")
    assert answerer.ask("What is the death toll of the war?").found


@pytest.mark.parametrize(
    "question",
    ["Who is Ukraine's defence minister?", "Qui est le ministre russe des Affaires étrangères ?"],
)
def test_who_holds_a_post_no_one_in_the_briefs_holds_is_declined(answerer: Answerer, question: str):
    """ "Who is Ukraine's defence minister?" got Ukraine's resolve "to defend its independence", and "qui est le
    ministre russe des Affaires étrangères ?" a source close to that ministry: facts holding the post's words name no
    one in it."""
    assert not answerer.ask(question).found


@pytest.mark.parametrize(
    "question",
    [
        "Qui est le porte-parole du Kremlin ?",  # a title naming Peskov
        "Who is the head of Russia's sovereign wealth fund?",  # Dmitriev's entry holds it
        "Who's the American special envoy that got received at the Kremlin?",  # who did something
    ],
)
def test_who_holds_a_post_someone_in_the_briefs_holds_is_answered(answerer: Answerer, question: str):
    """The posts the briefs give someone are answered, by title or by entry."""
    assert answerer.ask(question).found


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did the US convoy leave the Kremlin around 14:30?", "Yes."),  # "left the Kremlin… around 14:30"
        ("Is it true the US convoy left the Kremlin around 2:30pm local time?", "Yes."),  # was declined
        ("Did the US convoy leave the Kremlin around 17:00?", "No."),
    ],
)
def test_a_time_of_day_asked_yes_or_no_is_checked_as_a_time(answerer: Answerer, question: str, lead: str):
    """ "Did the US convoy leave the Kremlin around 14:30?" got "do not answer yes or no": "14" and "30" were words to
    match, which "14h30" does not hold, and "leave" was not stated by "left". "2:30pm local time" was declined, its
    "30pm", "local" and "time" words no fact holds, and "is it true" without "that" a word to match too."""
    assert answerer.ask(question).lead == lead


def test_a_yes_needs_the_time_of_day_asked(answerer: Answerer):
    """A fact giving no time is no yes to a question asking one."""
    assert answerer.ask("Did the Kremlin meeting start at 10:00?").lead != "Yes."


def test_what_an_article_says_is_not_asked_as_someone_s_words(answerer: Answerer):
    """ "L'article dit que Trump veut finir la guerre… ?" got "les articles ne rapportent pas de propos de Donald
    Trump": the article speaks, and what it says of him is the question. Whoever speaks "himself" is who is named."""
    question = "L'article dit que Trump veut finir la guerre en Ukraine après un succès relatif au Proche-Orient ?"
    assert answerer.matcher.read(question).other_speaker
    assert answerer.ask(question).found
    assert not answerer.matcher.read("What did Putin himself say publicly after meeting Witkoff?").other_speaker


def test_exact_asked_of_someone_s_role_asks_no_name_of_a_kind(answerer: Answerer):
    """ "kirill dmitriev fonds souverain role exact" was declined ("ne le précisent pas"), "exact" read as asking
    which fund by name; it asks his exact role. The fund's name asked is still declined."""
    answer = answerer.ask("kirill dmitriev fonds souverain role exact")
    assert answer.found and "fonds souverain" in answer.text
    assert not answerer.ask("What's the name of the fund Dmitriev heads?").found


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Trump call Zelensky after the Moscow meeting?", "Yes."),  # was declined
        ("Trump a-t-il appelé Zelensky après la réunion de Moscou ?", "Oui."),  # was "ne répondent pas par oui…"
    ],
)
def test_a_meeting_that_dates_a_call_is_no_place_the_call_must_be_about(answerer: Answerer, question: str, lead: str):
    """ "After the Moscow meeting" says when the call was: the call is not set in Moscow, nor of the Moscow meeting;
    and of a call asked about, the call answers where it scores near the meeting's outcome, which is no call."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    "question", ["How does Kyiv view Moscow's conditions?", "How does Kyiv regard Moscow's demands?"]
)
def test_how_someone_views_something_asks_what_they_think_of_it(answerer: Answerer, question: str):
    """ "How does Kyiv view Moscow's conditions?" was declined: "view" weighed as a word to match, as "think" does
    not; Kyiv deems them unacceptable."""
    answer = answerer.ask(question)
    assert answer.found and "unacceptable" in answer.text


def test_hours_typed_short_are_a_length_and_a_source_asked_is_no_aspect(answerer: Answerer):
    """ "Selon quelle agence l'entretien a duré presque 3h ?" was declined: "3h", a word no fact holds, weighed most.
    It is three hours; and the question asks the source, so no "Durée :" line answers it. "À 14h" stays a time."""
    answer = answerer.ask("Selon quelle agence l'entretien a duré presque 3h ?")
    assert answer.found and "Tass" in answer.text and not answer.lead.startswith("Durée")
    assert "heures" in answerer.matcher.read("la réunion a duré 3h ?").tokens
    assert "heures" not in answerer.matcher.read("le convoi est parti à 14h ?").tokens


def test_a_date_asked_with_a_day_no_fact_is_on_is_not_said_to_be_missing(answerer: Answerer):
    """ "La date limite … c'était le 15 août ?" was declined "les articles ne donnent pas la date exacte", which is
    untrue: the deadline's day is given, 8 August, and the facts offered show it."""
    answer = answerer.ask("la date limite fixée par les USA a la russie c'était le 15 aout ?")
    assert not answer.found and "date exacte" not in answer.lead
    assert any("8 août" in s.label for s in answer.suggestions)


def test_missing_a_deadline_is_an_everyday_verb(answerer: Answerer):
    """ "What happens if Russia misses the deadline?" was declined, "misses" weighing as a word no fact holds; the
    facts on the ultimatum and the sanctions answer."""
    answer = answerer.ask("What happens if Russia misses the deadline?")
    assert answer.found and "sanctions" in answer.text


def test_trying_and_waiting_are_everyday_verbs(answerer: Answerer):
    """ "Who was waiting to greet Witkoff when he landed in Moscow in August?" was declined, "waiting" weighing as a
    word no fact holds; "which war is Witkoff trying to broker deals in?" got Trump's ceasefire bid, "trying" held
    by "tries" there."""
    assert "Dmitriev" in answerer.ask("Who was waiting to greet Witkoff when he landed in Moscow in August?").text
    answer = answerer.ask("Besides Ukraine, which war is Witkoff trying to broker deals in?")
    assert "Hamas" in answer.items[0].text


def test_what_something_means_is_no_one_speaking(answerer: Answerer):
    """ "La formule de Peskov sur les 'intérêts fondamentaux', ça veut dire quoi ?": "vouloir dire" is to mean, and
    "veut" no one who speaks; Peskov's words come first, with what the formula refers to."""
    question = "La formule de Peskov sur les 'intérêts fondamentaux', ça veut dire quoi ?"
    assert not answerer.matcher.read(question).other_speaker
    assert "renvoie à l'exigence" in answerer.ask(question).items[0].text


def test_a_post_asked_of_someone_is_no_yes_unless_their_entry_states_all_of_it(answerer: Answerer):
    """ "Is Alexey Overchuk Russia's foreign minister?" got "Yes." from a fact naming him, "ministre" and "Russie":
    his post is deputy prime minister, and nothing says "foreign". The posts his entry states are still yes."""
    assert answerer.ask("Is Alexey Overchuk Russia's foreign minister?").lead != "Yes."
    assert answerer.ask("Is Overchuk Russia's deputy prime minister?").lead == "Yes."
    assert answerer.ask("Is Ushakov Putin's adviser?").lead == "Yes."


def test_a_yes_no_figure_no_fact_states_is_checked_not_matched(answerer: Answerer):
    """ "Poutine a-t-il accepté une trêve de 60 jours ?": "60", which no fact states, weighed most of the question and
    sank the 30-day ceasefire below the thresholds (declined); checked against the fact's own figure, it is "Non". A
    number of what no fact counts still counts: "did 50 people attend the meeting?" finds nothing to say no from."""
    for question in (
        "Poutine a-t-il accepté une trêve de 60 jours ?",
        "poutine a accepté une treve de 60 jours c vrai ?",
    ):
        answer = answerer.ask(question)
        assert answer.found and answer.text.startswith("Non.") and "30 jours" in answer.text
    assert not answerer.ask("Did 50 people attend the meeting?").found


def test_an_english_word_of_the_same_stem_is_stated(answerer: Answerer):
    """ "Who greeted Witkoff on arrival in Moscow?" of "on arriving in Moscow Witkoff was welcomed by Kirill
    Dmitriev": "arrival" is stated by "arriving" (the same English stem), so the fact holds enough to name who; it
    named no one. French words are not stemmed in English: "déployé" is not "déploiement" (a deployment only
    "potentiel" is no "Oui" to "a-t-elle déployé des missiles ?")."""
    answer = answerer.ask("Who greeted Witkoff on arrival in Moscow?")
    assert answer.text.startswith("Who: Kirill Dmitriev")
    answer = answerer.ask("La Russie a-t-elle déployé des missiles à capacité nucléaire ?")
    assert not answer.text.startswith("Oui")


@pytest.mark.parametrize(
    "question", ["Did Witkoff arrive in Moscow?", "Witkoff est-il arrivé à Moscou ?", "Has Witkoff arrived in Moscow?"]
)
def test_a_visit_announced_is_no_yes_to_whether_it_happened(answerer: Answerer, question: str):
    """The visit article 004 announces ("Peskov a confirmé que Steve Witkoff arrivera à Moscou") holds every word of
    "did Witkoff arrive in Moscow?", and answered "Yes" from it: it is still to come, so it says nothing of whether
    he arrived."""
    answer = answerer.ask(question)
    assert answer.found and not answer.lead.startswith(("Yes", "Oui"))


def test_a_country_no_fact_has_speak_is_named_as_unheard(answerer: Answerer):
    """ "What did Japan say about the summit?" answered with the last Trump–Putin meeting, in Osaka ("japan" is one of
    its keywords); "Comment Pékin a-t-il réagi… ?" said only "not that about the summit". No fact has anyone of Japan
    or China speak: that is what the articles do not say. A country whose people speak is answered; one the articles
    never mention keeps its own decline."""
    answer = answerer.ask("What did Japan say about the summit?")
    assert not answer.found and answer.text.startswith("The articles report nothing Japan said.")
    answer = answerer.ask("Comment Pékin a-t-il réagi à l'annonce d'un sommet Trump–Poutine ?")
    assert not answer.found and answer.text.startswith("Les articles ne rapportent aucun propos de Chine.")
    assert answerer.ask("What did Ukraine say?").found
    assert answerer.ask("que pense l'allemagne du sommet ?").text.startswith(
        "Les articles ne parlent pas de l'Allemagne"
    )


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Quel est l'avis de Medvedev sur la rencontre Witkoff-Poutine ?",
            "Les articles ne rapportent pas de propos de",
        ),
        ("What's Medvedev's view of the meeting?", "The articles report nothing Dmitry Medvedev said on this."),
        (
            "Quelle a été la réaction de Poutine au déploiement des sous-marins américains ?",
            "Les articles ne rapportent",
        ),
    ],
)
def test_an_opinion_asked_is_what_someone_said(answerer: Answerer, question: str, lead: str):
    """ "L'avis de Medvedev", "Medvedev's view", "la réaction de Poutine" ask what they said, as "qu'a dit…" does:
    they were answered with the meeting's aims and its tense setting, which say nothing of their view."""
    answer = answerer.ask(question)
    assert not answer.found and answer.text.startswith(lead)


def test_an_opinion_asked_is_answered_by_their_words(answerer: Answerer):
    """ "Quel est l'avis de Zelensky sur le sommet ?" led with the contacts before the summit's announcement; his
    call for a summit that could bring a lasting peace is his view."""
    answer = answerer.ask("Quel est l'avis de Zelensky sur le sommet ?")
    assert answer.found and "Zelensky" in answer.text.split("\n")[0] and "durable" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    ["Dans quelle ville chinoise Overchuk a fait sa declaration ?", "Which Chinese city did Overchuk visit?"],
)
def test_a_city_asked_of_a_country_is_not_said(answerer: Answerer, question: str):
    """Overchuk spoke "lors d'une visite en Chine": a country (places.yaml `kind:`), no city, which "Où : Chine"
    passed off as one. A city the facts give still answers, and a place not yet set says so."""
    answer = answerer.ask(question)
    assert not answer.found and answer.text.startswith(("Les articles ne le précisent pas.", "The articles do not say"))
    assert (
        answerer.ask("In which city did Zelensky say they are dragging out the negotiations?").lead == "Where: Paris."
    )
    assert "not specified" in answerer.ask("where's the Trump-Putin summit going to be held? which city?").lead


def test_a_count_of_what_the_fact_holds_only_the_noun_of_is_not_given(answerer: Answerer):
    """ "How many people were in the US delegation to Moscow?" got Trump's "too many people are DYING, thousands a
    week": of the question, the post's words hold only "people", the noun counted. A count of what the fact is about
    is still given."""
    answer = answerer.ask("How many people were in the US delegation to Moscow?")
    assert not answer.found
    assert answerer.ask("How many submarines did Trump deploy?").lead.startswith("How many: two")


def test_a_length_of_what_the_fact_holds_only_the_verb_of_lasting_of_is_not_given(answerer: Answerer):
    """ "How long has the war lasted?" got "How long: nearly three hours.", the Kremlin talks' length: of the
    question, that fact holds only "lasted", what asks the length. A length of what the fact is about is given."""
    answer = answerer.ask("How long has the war lasted?")
    assert "three hours" not in answer.text.split("\n")[0]
    assert answerer.ask("how long did the kremlin meeting last?").lead.startswith("How long: nearly three hours")


def test_someone_unknown_set_apart_as_who_did_it_gets_no_from_who_did(answerer: Answerer):
    """ "Est-ce Lavrov qui a accueilli Witkoff à Moscou ?" sets apart a name the briefs never use as who welcomed him,
    as "accueilli par Lavrov" does: a fact naming who did (Kirill Dmitriev) answers "Non", where it was declined as
    never mentioned. Without a fact naming who did, the decline stays."""
    answer = answerer.ask("Est-ce Lavrov qui a accueilli Witkoff à Moscou ?")
    assert answer.text.startswith("Non.") and "Dmitriev" in answer.text
    assert answerer.ask("Was it Reuters that revealed Witkoff's embarrassing call?").text.startswith(
        "The articles do not mention Reuters."
    )


@pytest.mark.parametrize(
    "question",
    [
        "C'était qui les dirigeants européens au téléphone avec Trump et Zelensky ?",
        "Who were the European leaders on the call?",
    ],
)
def test_who_the_ones_of_a_kind_were_is_which_ones(answerer: Answerer, question: str):
    """ "C'était qui, les dirigeants européens… ?" asks which ones, as "quels dirigeants" does, of a fact saying only
    "plusieurs dirigeants européens": the first was answered with the contacts before the summit, naming none."""
    answer = answerer.ask(question)
    assert not answer.found and answer.text.startswith(("Les articles ne donnent pas de nom.", "The articles give no"))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("stagiaire : witkoff a vu poutine à saint-pétersbourg le 6 août c'est ça ?", "Non."),
        ("La date limite était le 8 août, n'est-ce pas ?", "Oui."),
    ],
)
def test_a_confirming_tag_asks_yes_or_no(answerer: Answerer, question: str, lead: str):
    """ "…, c'est (bien) ça ?", "…, n'est-ce pas ?" ask whether the claim before them holds, as "…, c'est vrai ?" does:
    the 6 August meeting was in Moscow, not Saint Petersburg (it got "Les sources divergent")."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Has the venue for the Trump–Putin summit been announced?", "No."),
        ("Le lieu du sommet Trump–Poutine est-il déjà fixé ?", "Non."),
        ("Was the date of the deadline set?", "Yes."),  # the deadline's day is stated: not the summit's, unset
        ("Selon Trump, la guerre aurait-elle eu lieu s'il avait été président ?", "Non."),  # "eu lieu": it happened
    ],
)
def test_whether_a_place_or_day_is_set_rests_on_the_fact_saying_it_is_not(answerer: Answerer, question: str, lead: str):
    """ "Has the venue for the summit been announced?" got "the articles do not answer yes or no" from the summit's
    announcement, which holds more of its words: the fact saying the venue is not yet specified answers No."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Was it the Russians who proposed the Trump-Putin summit?", "No."),
        ("Le sommet a-t-il été proposé par les Russes ?", "Non."),
        ("C'est les Américains qui ont proposé le sommet ?", "Oui."),
    ],
)
def test_a_people_asked_as_who_did_it_is_its_country(answerer: Answerer, question: str, lead: str):
    """ "The Russians", "les Russes" as who proposed the summit are Russia, and "la partie américaine" of the fact is
    the United States: the summit was proposed by the US side, so "Yes" and "Oui" to the Russians were false."""
    assert answerer.ask(question).lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Est-il exact que Trump et Poutine ne se sont pas vus en personne depuis le début du second mandat ?", "Oui."),
        ("Is it true that Trump and Putin have not met in person since January?", "Yes."),
        ("Is it true that Witkoff did not meet Putin?", "No."),
        (
            "Trump et Poutine ne se sont-ils pas vus depuis janvier ?",
            "Non.",
        ),  # asked in the negative: "non", they did not
    ],
)
def test_a_claim_to_confirm_holding_a_negation_asks_of_the_denial(answerer: Answerer, question: str, lead: str):
    """ "Est-il exact qu'ils ne se sont pas vus… ?" claims they did not meet: the articles say so (article 003), and
    "Non" said the claim was false. A question asked in the negative alone keeps the "non" one answers it with."""
    assert answerer.ask(question).lead == lead


def test_a_claim_restricted_to_what_it_names_gets_no_bare_yes(answerer: Answerer):
    """ "Did Zelenskyy say he had only spoken with Trump?" got Yes from his statement after the call with Trump and
    European leaders: no fact says he spoke with no one else. Unrestricted, the claims keep their yes."""
    assert not answerer.ask("Did Zelenskyy say he had only spoken with Trump?").lead.startswith("Yes")
    assert answerer.matcher.read("Zelensky n'a-t-il parlé qu'avec Trump ?").restricted
    assert answerer.ask("Did Witkoff meet Putin?").lead == "Yes."


def test_words_quoted_said_plainly_are_not_denied_by_other_words(answerer: Answerer):
    """ "Did Zelensky make his 'dragging out negotiations' remarks in Paris?" got a false No from his other words, that
    Moscow was not negotiating in good faith: the words quoted are his, said plainly. Quoted words a denial holds are
    still denied."""
    assert answerer.ask("Did Zelensky make his 'dragging out negotiations' remarks in Paris?").lead != "No."
    assert answerer.ask("Did Zelensky say Moscow was negotiating 'in good faith'?").lead == "No."


def test_an_outlet_named_as_the_source_is_its_article(answerer: Answerer):
    """ "In the Epoch Times story, where did Witkoff and Putin sit down?" got "Where: Moscow, Kremlin", the 6 August
    meeting holding more of its words: the Epoch Times story is article 003, which reports the Saint Petersburg
    meeting only. The outlet named otherwise names no article ("who founded the Epoch Times?")."""
    lead = answerer.ask("In the Epoch Times story, where did Witkoff and Putin sit down?").lead
    assert lead.startswith("Where: presidential library, Saint Petersburg")
    assert not answerer.ask("Who founded the Epoch Times?").found


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("What deadline did the US give Russia?", "When: Friday 8 August 2025."),
        ("What deadline did Washington give Moscow?", "When: Friday 8 August 2025."),  # not the summit's announcement
        ("Quelle échéance les États-Unis ont-ils fixée à la Russie ?", "Quand : vendredi 8 août 2025."),
    ],
)
def test_which_deadline_asks_the_day_it_falls_due(answerer: Answerer, question: str, lead: str):
    """ "What deadline did the US give Russia?" led with the secondary sanctions' implementation: which deadline is
    the day it falls due, a deadline's own day, not another event's (the summit announced on its eve)."""
    assert answerer.ask(question).lead == lead
    assert not answerer.ask("What was the ultimatum?").lead.startswith("When")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("trump a deployé trois sous marins nucleaires ?", "Non."),
        ("le convoi americain a quitté le kremlin vers 17h ?", "Non."),
        ("russian diplomats expected a one day meeting w/ a big announcement?", "No."),
        ("rencontre witkoff poutine du 6 aout a minsk ?", "Non."),  # the meeting of that day was at the Kremlin
    ],
)
def test_a_claim_asked_by_intonation_gets_no_from_a_figure_of_its_fact(answerer: Answerer, question: str, lead: str):
    """ "Trump a déployé trois sous-marins ?" asks by intonation alone whether he deployed three: the fact's "deux
    sous-marins" says No, as it does to "a-t-il déployé trois sous-marins ?". Only a figure, time or day settles such
    a claim: a claim whose figure holds keeps the fact as its answer, with no verdict."""
    assert answerer.ask(question).lead == lead
    assert not answerer.ask("trump a deployé deux sous marins nucleaires ?").lead.startswith(("Oui", "Non"))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("had Witkoff already met Putin several times before, with nothing tangible to show for it?", "Yes"),
        (
            "Is it true that Moscow reportedly sent 'some signals' to Washington, without saying what they were?",
            "I find",
        ),
        ("Did Peskov say a Putin–Zelensky meeting could happen without any prior preparation?", "No."),
    ],
)
def test_a_negation_beside_the_verb_is_part_of_the_claim(answerer: Answerer, question: str, lead: str):
    """ "…with nothing tangible to show for it?" denies what the fact denies too ("sans résultats tangibles"): it got a
    false No, as did "…without saying what they were?" of a fact whose own "sans" denies other words. A fact denying
    nothing still says No to what the question denies (Peskov: preparation is needed)."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Is it true that the summit's date and venue were already fixed?", "No."),
        ("Is it true that the summit venue hadn't been announced yet?", "Yes."),
        ("N'a-t-on pas encore fixé le lieu du sommet ?", "Non."),  # asked in the negative: "non", not yet
    ],
)
def test_whether_set_already_or_not_yet_is_answered_from_what_is_not_set(answerer: Answerer, question: str, lead: str):
    """ "…were the date and venue already fixed?" asks whether both are set, one of them not yet being so: No. "Is
    it true that the venue hadn't been announced yet?" claims what "lieu encore non précisé" says: Yes. Both hedged."""
    assert answerer.ask(question).lead == lead


def test_whether_something_lasted_a_while_is_whether_it_lasted(answerer: Answerer):
    """ "Did the two limited ceasefires hold for several months?" asks whether they held, for how long after the verb:
    they collapsed almost immediately, No. "Did the meeting last three hours?" keeps its Yes."""
    assert answerer.ask("Did the two limited ceasefires hold for several months?").lead == "No."
    assert answerer.ask("Did the meeting last three hours?").lead == "Yes."


def test_a_cleft_naming_another_than_who_did_it_is_no(answerer: Answerer):
    """ "Was it Peskov who called the meeting 'very productive'?" sets Peskov apart as the one who did: Trump did, so
    No, where "did Peskov call it…?" stays open (he may have said it too). It was Trump: Yes."""
    assert answerer.ask("Was it Peskov who called the meeting 'very productive'?").lead == "No."
    assert answerer.ask("Was it Trump who called the meeting 'very productive'?").lead == "Yes."


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Depuis quand Dmitriev dirige-t-il le fonds souverain ?", "Les articles ne disent pas depuis quand."),
        ("Since what year has Dmitriev headed the wealth fund?", "The articles do not say since when."),
    ],
)
def test_since_when_a_state_began_is_not_an_events_day(answerer: Answerer, question: str, said: str):
    """ "Depuis quand Dmitriev dirige-t-il le fonds souverain ?" got "Quand : mercredi 6 août 2025.", the day of the
    meeting he held in that post. Since when is answered only by a fact saying so ("depuis l'invasion début 2022")."""
    answer = answerer.ask(question)
    assert not answer.found and answer.lead.startswith(said)
    assert answerer.ask("Depuis quand la guerre dure-t-elle ?").found


@pytest.mark.parametrize(
    "question", ["How does a nuclear submarine work?", "Comment fonctionnent les sous-marins nucléaires ?"]
)
def test_how_something_works_is_not_said(answerer: Answerer, question: str):
    """ "How does a nuclear submarine work?" got Medvedev's entry, whose spat preceded the submarines' deployment:
    the facts holding its words tell what was done with them, and no report here explains how a thing works. How the
    pressure on Russia is working is what Zelensky said."""
    assert not answerer.ask(question).found
    assert answerer.ask("Is the pressure on Russia working?").found


def test_a_refusal_asked_is_stated_by_a_fact_refusing_in_another_verb(answerer: Answerer):
    """ "La Russie a-t-elle refusé un format trilatéral avec Zelensky ?" of "a clairement décliné l'idée d'un format
    trilatéral": a refusal, in another verb; it got "no clear yes or no". Asked whether Russia accepted, it is No; asked
    who refused, the refusal's subject answers, not another name the fact holds."""
    assert answerer.ask("La Russie a-t-elle refusé un format trilatéral avec Zelensky ?").lead == "Oui."
    assert answerer.ask("Did Russia accept a trilateral format including Zelensky?").lead == "No."
    assert "Trump" not in answerer.ask("format trilatéral avec zelensky refusé par qui").lead


def test_a_headlines_negated_gerund_is_a_denial_not_advice(answerer: Answerer):
    """ "Zelensky: Moscow not negotiating in good faith" is "Moscow is not negotiating", a denial: read as advice, like
    "on not being deceived", it kept "Did Zelensky accuse Moscow of not negotiating the ceasefire in good faith?" from
    its Yes. What he urged stays neither yes nor no."""
    question = "Did Zelensky accuse Moscow of not negotiating the ceasefire in good faith?"
    assert answerer.ask(question).lead == "Yes."
    assert answerer.ask("Was Zelensky deceived by the United States?").lead.startswith("I find no clear yes or no")


def test_a_contrast_on_whom_or_where_the_question_names_denies_nothing_asked(answerer: Answerer):
    """ "Is Crimea on Moscow's list of territorial demands?" of "…, although Moscow fully controls none of them": the
    "although" is on Moscow, whom the question names, not on Crimea being on the list; it got no clear yes or no.
    A "but" on what is asked still settles nothing ("did Putin commit to a deal?" is No from its own words)."""
    assert answerer.ask("Is Crimea on Moscow's list of territorial demands?").lead == "Yes."
    assert answerer.ask("Did Putin commit to a deal?").lead == "No."


def test_yes_rests_on_one_sentence_saying_what_is_asked(answerer: Answerer):
    """ "Poutine s'est-il engagé à signer un accord ?" got "Oui." from a fact on Washington's divided views: a "signe
    clair" in one quote, the Kremlin's will "d'engager un processus de paix" in another. Its words spread over
    sentences say nothing of a commitment; a claim one sentence states still gets its yes."""
    assert not answerer.ask("Poutine s'est-il engagé à signer un accord ?").lead.startswith("Oui")
    assert answerer.ask("Did both sides report progress after the 6 August meeting?").lead == "Yes."


def test_who_had_the_idea_is_not_whoever_else_the_fact_names(answerer: Answerer):
    """ "Qui a eu l'idée du sommet Trump-Poutine ?" led with "Qui : Volodymyr Zelensky.": the fact on the trilateral
    format Russia declined ("décliné l'idée d'un format… incluant Volodymyr Zelensky") names him alone besides the
    question's people. "Avoir l'idée" asks who had it, which the noun after its determiner does not say; the fact that
    the summit was proposed by the American side is shown. A contact had ("qui a eu un échange…") keeps its other
    side."""
    answer = answerer.ask("Qui a eu l'idée du sommet Trump-Poutine ?")
    assert "Zelensky" not in answer.lead and "proposée par la partie américaine" in answer.text
    assert answerer.ask("qui a eu un échange virulent avec Trump ?").lead == "Qui : Dmitri Medvedev."


@pytest.mark.parametrize("question", ["date début guerre ukraine", "date du debut de la guerre"])
def test_a_date_asked_is_not_given_by_a_close_fact_of_another_kind(answerer: Answerer, question: str):
    """ "date début guerre ukraine": the fact on the war since early 2022 states no day, and the deadline's, scoring as
    close, gave "Quand : vendredi 8 août 2025." A day is taken from a close fact of the same kind only (the Kremlin
    meeting's, for "witkoff moscou date rencontre"); here the articles give no exact date, only early 2022."""
    answer = answerer.ask(question)
    assert "8 août" not in answer.text.split("\n")[0] and "début 2022" in answer.text.split("\n")[0]
    assert answerer.ask("witkoff moscou date rencontre").lead == "Quand : mercredi 6 août 2025."


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("When did the war start?", "When: early 2022."),
        ("Quand a commencé l'invasion russe ?", "Quand : début 2022."),
    ],
)
def test_when_a_fact_gives_only_the_year_it_runs_since(answerer: Answerer, question: str, lead: str):
    """ "When did the war start?" got the fact "since the Russian invasion in early 2022…" with no first line: the time
    a fact runs since, its only time, answers when it began."""
    assert answerer.ask(question).lead == lead
