"""The matcher finds the facts a question is about through typos, missing accents and English, and declines the rest."""

from __future__ import annotations

import pytest

from bot.answering.answers import Answerer
from bot.answering.grammar import light_word
from bot.answering.leads import not_said
from bot.answering.matching import Decline, Matcher, Result
from bot.answering.parts import question_parts


def topics_of(answerer: Answerer, question: str) -> set[str]:
    """The topics of the facts an answer rests on."""
    return {item.topic for item in answerer.ask(question).items}


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("ouchakov c qui ?", "ushakov"),
        ("who is ushakov", "ushakov"),
        ("qui est witkof ?", "witkoff"),
        ("who is medvedv?", "medvedev"),
        ("Qui est Dmitri Peskov ?", "peskov"),
        ("zelenskyy?", "zelensky"),
    ],
)
def test_people_are_found_under_any_spelling(answerer: Answerer, question: str, person: str):
    """Aliases, transliterations and typos lead to the person's own entry."""
    answer = answerer.ask(question)
    assert answer.found
    assert answer.items[0].fact_id == person


@pytest.mark.parametrize(
    "question",
    [
        "Quand expire l'ultimatum ?",
        "quand expire lultimatum",  # no apostrophe, no accent
        "QUAND EXPIRE L'ULTIMATUM",
        "When does the ultimatum expire?",
        "ultimatom deadline",  # typo
    ],
)
def test_deadline_questions_reach_the_deadline(answerer: Answerer, question: str):
    """However it is typed, the ultimatum question is answered from the deadline facts, with the 8 August date."""
    answer = answerer.ask(question)
    assert answer.found
    assert answer.items[0].topic == "deadline"
    assert "8 août 2025" in answer.text or "8 August 2025" in answer.text


def test_typos_in_names_and_words(answerer: Answerer):
    """'witkoff poutin combien de temps' is the length of the Moscow meeting."""
    answer = answerer.ask("witkof poutin combien de temps")
    assert answer.found
    assert "trois heures" in answer.text


def test_english_question_gets_an_english_lead(answerer: Answerer):
    """An English question is answered in English, with the French quotes as they are."""
    answer = answerer.ask("How long did Witkoff's meeting with Putin in Moscow last?")
    assert answer.lang == "en"
    assert "three hours" in answer.items[0].text
    assert any("trois heures" in q.quote for q in answer.quotes)


@pytest.mark.parametrize(
    "question",
    [
        "Who won the 2022 World Cup?",
        "la recette de la poutine québécoise",
        "What did Lavrov say after the meeting?",
        "Qu'a dit Emmanuel Macron pendant l'appel avec Trump et Zelensky ?",
        "whats the bitcoin price today",
        "",
        "???",
        "🙂🙂🙂",
    ],
)
def test_off_topic_and_unknown_names_are_declined(answerer: Answerer, question: str):
    """Questions the briefs do not answer are declined, with suggestions instead of a guess."""
    answer = answerer.ask(question)
    assert not answer.found
    assert answer.items == ()
    assert 1 <= len(answer.suggestions) <= 3


@pytest.mark.parametrize(
    "question",
    ["Quel temps fait-il à Moscou aujourd'hui ?", "Quel temps fera-t-il pendant le sommet ?", "Il fait quel temps ?"],
)
def test_quel_temps_asks_the_weather_not_a_time(answerer: Answerer, question: str):
    """ "Quel temps" with "faire" is the weather, which the briefs do not hold: not "gagner du temps", nor a meeting's
    length. Without it, it is time: "quel temps a duré…", "quel temps a pris la réunion ?"."""
    assert not answerer.ask(question).found
    for length in ("quel temps a duré la rencontre ?", "Quel temps a pris la réunion ?"):
        assert [item.fact_id for item in answerer.ask(length).items][:1] == ["meeting-2025-08-06-duration"]
    assert answerer.ask("Quel temps la Russie veut-elle gagner ?").found


def test_a_how_long_question_is_not_answered_without_a_length(answerer: Answerer):
    """The Trump–Zelensky call is in the briefs, but not its length: the bot declines."""
    assert not answerer.ask("l'appel entre Trump et Zelensky a duré combien de temps ?").found


def test_all_of_russias_demands_are_given(answerer: Answerer):
    """A question on Russia's conditions lists territories, NATO and weapons together."""
    answer = answerer.ask("Que demande la Russie ?")
    assert answer.found
    text = answer.text.lower()
    for word in ("crimée", "otan", "armes"):
        assert word in text


def test_disputed_facts_show_both_sides(answerer: Answerer, knowledge):
    """A fact another source contradicts is answered with both versions, each with its article."""
    disputed = next(f for f in knowledge.facts if f.data.disputes)
    answer = answerer.compose("?", "fr", [disputed])
    assert answer.disputed
    assert {i.fact_id for i in answer.items} >= {disputed.id, *disputed.data.disputes}
    quoted = {q.source.article for q in answer.quotes}
    facts = {f.id: f for f in knowledge.facts}
    for side in (disputed.id, *disputed.data.disputes):
        articles = {c.article for c in facts[side].citations}
        assert articles <= quoted, f"{side}: its articles {sorted(articles)} are not quoted ({sorted(quoted)})"
    assert len(quoted) >= 2  # two sides, two sources at least: a dispute is never one article against itself


def test_scores_are_ordered_and_explain_the_choice(knowledge):
    """The matcher ranks the best fact first and reports why it declined."""
    matcher = Matcher(knowledge)
    result = matcher.match("Dans quel lieu de Saint-Pétersbourg Witkoff et Poutine se sont-ils vus ?")
    assert result.found
    assert "bibliothèque" in " ".join(c.quote for m in result.matches for c in m.fact.citations)
    declined = matcher.match("Who won the 2022 World Cup?")
    assert not declined.found and declined.reading.unknown_names


@pytest.mark.parametrize(
    ("question", "lang"), [("poutine witkof duree reunion moscou", "fr"), ("witkoff putin moscow reunion", "en")]
)
def test_a_name_spelled_one_language_s_way_tells_the_language(answerer: Answerer, question: str, lang: str):
    """With no marker word, "Poutine", "Moscou" are French and "Putin", "Moscow" English, before the dictionaries
    ("reunion" is an English word, "duree" a French one typed without its accent)."""
    assert answerer.matcher.read(question).lang == lang


def test_lemmas_of_the_briefs_words_are_cached_on_disk(tmp_path, monkeypatch):
    """The vocabulary's lemmas are saved once and read back from the file at the next start (simplemma not needed)."""
    import json

    from bot.knowledge import text

    monkeypatch.setattr(text.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(text, "_PRELOADED", {})
    words = ["rencontrées", "négociations", "witkoff"]
    text.preload_lemmas(words)
    [saved] = tmp_path.glob("briefbot-lemmas-*.json")
    table = json.loads(saved.read_text(encoding="utf-8"))
    assert {w: tuple(v) for w, v in table.items()} == {w: text.lemmas.__wrapped__(w) for w in words}
    table["witkoff"] = ["marker"]  # what the next start reads is the file, not a new computation
    saved.write_text(json.dumps(table), encoding="utf-8")
    monkeypatch.setattr(text, "_PRELOADED", {})
    text.preload_lemmas(words)
    assert text._PRELOADED["witkoff"] == ("marker",)


def test_a_corrupt_lemma_cache_is_recomputed(tmp_path, monkeypatch):
    """A cache file that is not valid is ignored and rewritten, never trusted."""
    from bot.knowledge import text

    monkeypatch.setattr(text.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(text, "_PRELOADED", {})
    text.preload_lemmas(["posées"])
    [saved] = tmp_path.glob("briefbot-lemmas-*.json")
    saved.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(text, "_PRELOADED", {})
    text.preload_lemmas(["posées"])
    assert text._PRELOADED["posées"] == text.lemmas.__wrapped__("posées")
    assert saved.read_text(encoding="utf-8").startswith('{"posées"')


@pytest.mark.parametrize(
    ("question", "aspects"),
    [
        ("Who greeted Witkoff when he landed?", {"who"}),  # "when" opens a clause, not the question
        ("Quand et où se sont-ils vus ?", {"date", "place"}),
        ("Witkoff est arrivé quand ?", {"date"}),  # a French question may ask at its end
        ("At what time did Putin land in Moscow?", {"clock"}),
        ("Which day did Witkoff land?", {"date"}),  # "which" asks what "what" asks
        ("En quelle année la guerre a-t-elle commencé ?", {"date"}),  # a year or a month is a date asked
        ("What month is the summit planned for?", {"date"}),
        ("Quelle ville a accueilli la rencontre ?", {"place"}),  # as "quel pays", in any gender and number
    ],
)
def test_the_aspect_is_the_one_the_interrogative_opens_with(answerer: Answerer, question: str, aspects: set[str]):
    """What a question asks is read from its opening interrogative, or from anywhere when it opens with none."""
    assert answerer.matcher.read(question).aspects == aspects


def test_what_time_needs_a_fact_that_states_a_time_of_day(answerer: Answerer):
    """No fact gives the hour of a landing: a "what time" question declines rather than answer with a date."""
    result = answerer.matcher.match("At what time did Putin land in Moscow?")
    assert not result.found
    assert result.decline is Decline.MISSING


@pytest.mark.parametrize("question", ["Quel est le parti politique de Medvedev ?", "Did Dmitriev meet Zelensky?"])
def test_a_person_the_question_names_must_be_in_the_fact(answerer: Answerer, question: str):
    """A fact that does not name everyone the question names does not answer it: the bot declines."""
    result = answerer.matcher.match(question)
    assert not result.found
    assert result.decline is Decline.OTHER_EVENT


def test_dictionary_words_are_not_typos_and_names_keep_to_their_spellings(answerer: Answerer):
    """'remporté' is a word, not a slip for 'reported'; 'Dmitriev' is not 'Dmitri' (Peskov's first name)."""
    index = answerer.matcher.index
    assert "remporte" in answerer.matcher.read("Qui a remporté les élections ?").dictionary
    assert index.resolve("remporte", False) == ()
    assert {word for word, _ in index.resolve("dmitriev")} <= {"dmitriev", "dmitriyev"}


@pytest.mark.parametrize(("typed", "known"), [("socail", "social"), ("recieve", "receive"), ("decieved", "deceived")])
def test_two_letters_typed_the_wrong_way_round_are_a_slip(answerer: Answerer, typed: str, known: str):
    """A swap of two letters side by side is one slip: the fuzzy ratio scores it as two edits, under its cutoff, so
    "Truth Socail" was a name the articles do not mention."""
    assert known in [word for word, _ in answerer.matcher.index.resolve(typed)]


def test_a_swapped_letters_name_is_no_unknown_name(answerer: Answerer):
    """ "Truth Socail" got "The articles do not mention Truth Socail"."""
    answer = answerer.ask("when did Trump post on Truth Socail that russia has to get moving?")
    assert answer.found
    assert "vendredi" in answer.lead.lower() or "friday" in answer.lead.lower()


def test_a_doubled_letter_typed_once_is_a_slip_even_in_a_dictionary_word(answerer: Answerer):
    """ "Meting" is an English word ("to mete out"), but typed for "meeting", whose letter it halves: read as it, so
    "how long is the exploratory meting supposed to last?" gets the two days (it was declined)."""
    assert [word for word, _ in answerer.matcher.index.resolve("meting", False)] == ["meeting"]
    assert answerer.ask("how long is the exploratory meting supposed to last").lead == "How long: two days."


def test_words_of_one_sentence_hold_together_more_than_words_scattered_over_a_fact(answerer: Answerer):
    """The one-sentence share counts what is asked only where it shares a sentence of the fact."""
    matcher = answerer.matcher
    index = matcher.index

    def asked(words: frozenset[str]) -> list[str]:
        return sorted(
            w
            for w in words
            if len(w) > 5
            and w.isalpha()
            and w in index.idf
            and not index.place_named(w)
            and not index.person_named(w)
            and len(index.postings.get(w, ())) == 1
        )

    for at, sentences in enumerate(index.sentences):  # noqa: B007 - `at` is read after the loop: where it stopped
        first = asked(sentences[0])
        others = [w for s in sentences[1:] for w in asked(s) if not any(w in t for t in sentences[:1])]
        if first and others and not any(others[0] in s and first[0] in s for s in sentences):
            break
    else:
        pytest.skip("no fact with two words never sharing a sentence")
    together = matcher._together(matcher.words_of(matcher.read(f"{first[0]} {first[-1]}")), at)
    scattered = matcher._together(matcher.words_of(matcher.read(f"{first[0]} {others[0]}")), at)
    assert together == pytest.approx(1.0)
    assert scattered < together


def test_a_word_of_a_facts_keywords_only_goes_with_any_of_its_sentences(answerer: Answerer):
    """Keywords say what the whole fact is about: a question word found only there is not scattered. "Bombardements"
    and "pourparlers" are keywords of the fact on Russia's strikes during the talks, whose summary says "frappes"."""
    answer = answerer.ask("la russie a-t-elle arrete les bombardements pendant les pourparlers")
    assert answer.found
    assert answer.items[0].fact_id == "context-russia-strikes-civilian-infrastructure"


def test_when_needs_a_fact_that_tells_a_time(answerer: Answerer):
    """A "when" question is declined when no fact about what it names holds a date or a time."""
    assert not answerer.ask("Quand la Russie a-t-elle annexé la Crimée ?").found
    assert answerer.ask("Quand Witkoff a-t-il rencontré Poutine ?").found


def test_when_after_how_opens_a_clause(knowledge):
    """ "Comment … quand …" asks how: the "quand" of a clause asks for no date."""
    matcher = Matcher(knowledge)
    assert "date" not in matcher.read("Comment le Kremlin réagit-il quand Trump menace ?").aspects
    assert "date" in matcher.read("Quand la Russie a-t-elle annexé la Crimée ?").aspects


def test_how_many_needs_a_count_of_what_is_asked(answerer: Answerer, knowledge):
    """A count of attacks does not say how many civilians died; a count stated next to what is asked does."""
    assert not answerer.ask("Combien de civils les frappes russes ont-elles tué ?").found
    assert answerer.ask("Combien d'attaques par jour sur le front ?").found  # "plusieurs": a count the articles give
    assert Matcher(knowledge).read("Combien d'attaques par jour ?").counted == "attaques"


def test_a_date_or_an_article_number_is_no_count(knowledge):
    """Facts whose only figures are dates, years or article numbers cannot answer "how many"."""
    from bot.answering.index import states_count

    assert not states_count("selon l article 003 le 6 aout 2025")
    assert states_count("deux sous marins")
    assert states_count("plusieurs attaques quotidiennes")


def test_what_is_counted_must_be_named_with_a_count(answerer: Answerer):
    """A war toll ("des dizaines de milliers de morts") does not say how many Russian soldiers died: a count answers
    only where a sentence of the fact names what is counted with it."""
    assert not answerer.ask("Combien de soldats russes sont morts depuis 2022 ?").found
    assert answerer.ask("Combien de sous-marins nucléaires les États-Unis ont-ils déployés ?").found


def test_which_measure_needs_that_measure_with_a_figure(answerer: Answerer, knowledge):
    """ "Quel effectif …" asks a number: a fact on capping the army, with no figure, does not give it."""
    reading = Matcher(knowledge).read("Quel effectif Poutine veut-il imposer à l'armée ukrainienne ?")
    assert "quantity" in reading.aspects and reading.counted == "effectif" and "effectif" in reading.tokens
    assert not answerer.ask("Quel effectif Poutine veut-il imposer à l'armée ukrainienne ?").found


def test_how_long_is_answered_by_the_length_worded_otherwise(answerer: Answerer):
    """The meeting's length answers "how long did they talk", though the fact never says "talk"; not another meeting."""
    assert answerer.ask("Combien de temps Witkoff et Poutine ont-ils échangé au Kremlin ?").found
    assert not answerer.ask("Combien de temps Witkoff et Poutine ont-ils parlé à Saint-Pétersbourg ?").found


@pytest.mark.parametrize(
    "question", ["À quel moment Witkoff a-t-il rencontré Poutine ?", "Quelle est la date de la rencontre au Kremlin ?"]
)
def test_time_interrogatives_ask_a_date(knowledge, question: str):
    """ "À quel moment", "quelle est la date" ask when, as "quand" does."""
    assert "date" in Matcher(knowledge).read(question).aspects


def test_a_capitalized_month_is_a_day_not_an_unknown_name(knowledge):
    """ "the Aug 6 meeting" names a day: it is read as one, while a person the sources never name stays unknown."""
    matcher = Matcher(knowledge)
    reading = matcher.read("What came out of the Aug 6 meeting in Moscow?")
    assert reading.unknown_names == ()
    assert reading.days == ((8, 6),)
    assert "august" in reading.tokens  # the abbreviation is read as the month the briefs name
    from bot.answering.grammar import names_a_day

    assert names_a_day("the Aug 6 meeting", "Aug") and names_a_day("le 6 Août", "Août")
    assert not names_a_day("Did Aug agree?", "Aug")  # no day beside it: it may be a name
    assert matcher.read("What did Olaf Scholz say on 6 August?").unknown_names == ("Olaf Scholz",)


@pytest.mark.parametrize("question", ["Witkoff va-t-il rencontrer Poutine ?", "Witkoff rencontrera-t-il Poutine ?"])
def test_a_verb_of_meeting_is_read_in_any_form(knowledge, question: str):
    """ "rencontrer", "rencontrera" name a meeting, as "rencontre" and "rencontré" do: the question is on that topic."""
    assert "meeting" in Matcher(knowledge).read(question).topics


def test_a_fact_holding_a_topic_word_outranks_one_only_of_its_topic(answerer: Answerer):
    """ "welcomed" is a meeting word: every meeting fact gets some credit for it, the one that says it the most."""
    answer = answerer.ask("who welcomed witkoff in moscow")
    assert answer.found
    assert answer.items[0].fact_id == "meeting-2025-08-06-dmitriev"
    assert answer.lead == "Who: Kirill Dmitriev."


@pytest.mark.parametrize(
    ("question", "months"),
    [
        ("length of the april meeting?", {4}),
        ("Combien de temps a duré la rencontre d'avril ?", {4}),
        ("Qu'a dit Poutine le 6 août ?", set()),  # the month of a day named
        ("Witkoff may meet Putin: when?", set()),  # "may" is the verb
        ("Que risque Moscou d'ici août ?", set()),  # a limit
    ],
)
def test_a_month_named_without_a_day_is_read(answerer: Answerer, question: str, months: set[int]):
    """ "the April meeting" names a month, which sets aside facts dated in another."""
    assert answerer.matcher.read(question).months == months


def test_a_month_named_sets_aside_what_happened_in_another(answerer: Answerer):
    """The 6 August meeting's length does not answer how long the April one lasted: the articles do not say."""
    answer = answerer.ask("length of the april meeting?")
    assert not answer.found
    assert answer.lead == "The articles do not say how long the meeting in April lasted. They say:"
    answer = answerer.ask("Combien de temps a duré la rencontre d'août ?")
    assert answer.found and "trois heures" in answer.lead


def test_what_is_counted_is_the_noun_past_a_capitalised_adjective(answerer: Answerer):
    """ "How many Ukrainian civilians…" counts civilians, which no count of the articles names: declined, not answered
    with a fact on strikes that gives no number."""
    matcher = answerer.matcher
    assert matcher.read("How many Ukrainian civilians were killed in the latest Russian strikes?").counted == "civilian"
    assert matcher.read("How many regions does Russia claim?").counted == "regions"
    assert not answerer.ask("How many Ukrainian civilians were killed in the latest Russian strikes?").found


def test_fields_are_weighted_own_words_then_keywords_then_the_sentence_around(knowledge):
    """A fact's own words earn full credit, a word only of its keywords less, one of its article sentence less."""
    from bot.answering.index import AROUND_CREDIT, KEYWORD_CREDIT, FactIndex, fact_texts, keys_of, quote_context

    index = FactIndex(knowledge)
    fact = next(f for f in knowledge.facts if f.id == "meeting-2025-08-06-dmitriev")
    at = knowledge.facts.index(fact)
    prose = keys_of(" ".join(fact_texts(fact, knowledge, keywords=False)))
    only_keyword = sorted(keys_of(" ".join(fact.data.keywords)) - prose)[0]
    around = sorted(keys_of(" ".join(quote_context(fact, knowledge))) - keys_of(" ".join(fact_texts(fact, knowledge))))[
        0
    ]

    def credit(word: str) -> float:
        ids, credits, _ = index.hits(word, False)
        return max(c for i, c in zip(ids, credits, strict=True) if i == at)

    assert credit(sorted(prose)[0]) == 1.0
    assert credit(only_keyword) == KEYWORD_CREDIT < 1.0
    assert credit(around) == AROUND_CREDIT < KEYWORD_CREDIT


@pytest.mark.parametrize(
    ("question", "aspects"),
    [
        ("Combien pèse le fonds souverain russe ?", {"quantity"}),
        ("Combien de sous-marins ont été déployés ?", {"quantity"}),
        ("Combien de temps a duré la rencontre ?", {"duration"}),
    ],
)
def test_combien_alone_asks_a_number(knowledge, question: str, aspects: set[str]):
    """ "Combien pèse…", "combien coûte…" ask a number as "combien de" does; "combien de temps" asks a length."""
    assert set(Matcher(knowledge).read(question).aspects) == aspects


def test_precise_the_verb_is_not_a_precision_word(knowledge):
    """ "Quand Ouchakov a-t-il précisé…" asks when he specified it, not for an exact date."""
    matcher = Matcher(knowledge)
    assert not matcher.read("Quand Ouchakov a-t-il précisé le lieu du sommet ?").exact
    assert matcher.read("Quelle est la date exacte du sommet ?").exact
    assert matcher.read("When exactly did they meet?").exact


def test_quel_asks_for_one_thing_and_quelles_for_several(knowledge):
    """Aspect cues read "quelle ville" as "quel pays" does, but only the plural asks for a list of facts."""
    matcher = Matcher(knowledge)
    assert not matcher.read("Quel est le rôle de Dmitriev ?").wants_list
    assert matcher.read("Quelles sont les exigences russes ?").wants_list


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the Russian official Witkoff phoned, according to Bloomberg?",
        "Quel est le nom du missile ?",
    ],
)
def test_a_name_asked_needs_a_fact_naming_someone_the_question_does_not(answerer: Answerer, question: str):
    """Asked for a name, facts that name no one beyond the question's own people cannot answer: the bot declines."""
    assert answerer.matcher.read(question).names_asked
    assert not answerer.matcher.match(question).found


def test_a_name_asked_is_answered_by_the_person_named(answerer: Answerer):
    """ "Comment s'appelle le conseiller diplomatique de Poutine ?" is answered by the adviser's entry."""
    answer = answerer.ask("Comment s'appelle le conseiller diplomatique de Poutine ?")
    assert answer.found and "Ouchakov" in answer.text.split("\n")[1]


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("Qui est le secrétaire d'État américain ?", "secretaire"),
        ("What is the capital of Russia?", "capital"),
        ("Quel est le but de la visite de Witkoff ?", None),  # "le but" says what kind of answer, not what about
        ("Qui est Witkoff ?", None),
        ("What was the stated purpose of the 6 August meeting?", None),  # a word before the answer's noun
        ("Quel est le principal objectif de la visite ?", None),
    ],
)
def test_the_noun_a_question_opens_on_is_what_it_asks_about(knowledge, question: str, head: str | None):
    """ "Qui est le …", "what is the …": the noun after is read as what is asked, unless it names a kind of answer."""
    assert Matcher(knowledge).read(question).head == head


def test_a_fact_never_saying_the_noun_asked_about_does_not_answer(answerer: Answerer):
    """No fact says who the US Secretary of State is: facts on other Americans do not answer; the spokesman is known."""
    assert not answerer.ask("Qui est le secrétaire d'État américain ?").found
    spokesman = answerer.ask("Qui est le porte-parole du Kremlin ?")
    assert spokesman.found and "Peskov" in spokesman.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Quel est le nom du responsable russe au téléphone avec Witkoff ?", "Les articles ne donnent pas ce nom."),
        ("Qui est le secrétaire d'État américain ?", "Les articles ne le disent pas."),
    ],
)
def test_a_decline_says_what_the_articles_do_not_give(answerer: Answerer, question: str, lead: str):
    """A name asked is "ce nom"; a question on no event gets no "de cet événement" it never mentioned."""
    answer = answerer.ask(question)
    assert not answer.found and answer.lead.startswith(lead)


def test_a_place_named_as_an_actor_grounds_no_claim_in_a_decline(answerer: Answerer):
    """ "… avec Washington ?" names an actor, not where something happened: the decline claims nothing the articles
    lack. "… à Moscou ?" names a setting: "Les articles ne le disent pas.", and no "cela de cet événement de…"."""
    actor = answerer.matcher.read("Quelle condition Peskov pose-t-il au dialogue avec Washington ?")
    assert actor.places and not actor.settings
    assert not_said(Result(actor, (), (), Decline.OTHER_EVENT), answerer.knowledge, "fr") is None
    setting = answerer.matcher.read("Quelle condition Peskov a-t-il posée à Moscou ?")
    assert setting.settings == {"moscow"}
    claim = not_said(Result(setting, (), (), Decline.OTHER_EVENT), answerer.knowledge, "fr")
    assert claim == "Les articles ne le disent pas."


def test_a_decline_names_every_place_of_its_event(answerer: Answerer):
    """Two places are joined with "and", not listed with a comma."""
    answer = answerer.ask("How long did the meeting in Moscow and Washington last?")
    assert not answer.found
    assert answer.lead.startswith("The articles do not say how long the meeting in Moscow and Washington lasted.")


@pytest.mark.parametrize(
    ("question", "length"),
    [
        ("Combien de temps a duré la rencontre du 6 août ?", True),
        ("How long did the 6 August meeting last?", True),
        ("Première visite à ce niveau depuis combien de temps ?", False),
        ("Il y a combien de temps que Witkoff a vu Poutine ?", False),
        ("First visit by a US envoy at that level in how long?", False),
        ("Le sommet a été annoncé combien de temps avant la fin de l'ultimatum ?", False),
        ("How long after the meeting did Trump call Zelensky?", False),
    ],
)
def test_how_long_since_asks_a_time_not_a_length(answerer: Answerer, question: str, length: bool):
    """ "Depuis combien de temps", "il y a combien de temps", "in how long" ask since when, not how long it lasted;
    "combien de temps avant…", "how long after…" a time set against another event's."""
    assert ("duration" in answerer.matcher.read(question).aspects) is length


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Dans combien de temps le sommet Trump-Poutine pourrait-il se tenir ?", "Quand : non confirmé ; possible"),
        ("How soon could the Trump-Putin summit take place?", "When: not confirmed; possibly"),
        ("dans combien de temps witkoff doit aller a moscou", "Quand : « dans les jours à venir »"),
    ],
)
def test_how_soon_asks_when_not_how_long(answerer: Answerer, question: str, lead: str):
    """ "Dans combien de temps", "how soon": how far off something is, which its day answers, not its length (the
    exploratory visit's "deux jours" answered the last)."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "aspects"),
    [
        ("Quelle durée a eu la rencontre du 6 août ?", {"duration"}),  # "quel" + a cue noun asks that
        ("Quelle fut la durée de la rencontre du 6 août ?", {"duration"}),
        ("Quelle agence a rapporté la durée de l'entretien ?", set()),  # "quel" + another noun asks that noun
        ("À quelle heure Witkoff est-il arrivé au Kremlin ?", {"clock"}),  # a cue opening with a leading word
        ("Quelles sanctions menacent la Russie, et à quelle date ?", {"date"}),  # asked besides, at the end
        ("Which sanctions threaten Russia, and by when?", {"date"}),
    ],
)
def test_what_a_which_question_asks(answerer: Answerer, question: str, aspects: set[str]):
    """ "Quel"/"which" asks what its noun asks; a cue later in the question is in a clause unless it ends it."""
    assert set(answerer.matcher.read(question).aspects) == aspects


def test_a_place_after_the_verb_a_is_no_setting(answerer: Answerer):
    """ "Qu'a proposé Moscou à Washington ?": Moscow is an actor (the verb "a" is no "à"); Washington follows "à"."""
    assert answerer.matcher.read("Qu'a proposé Moscou à Washington ?").settings == {"washington"}


@pytest.mark.parametrize(
    ("question", "future"),
    [
        ("Quand se tiendra le sommet ?", True),
        ("Quand le convoi a-t-il quitté le Kremlin selon un extrait de Ria Novosti ?", False),  # "extrait" is a noun
        ("Quel portrait les articles font-ils de Witkoff ?", False),
        ("When will the summit take place?", True),
        ("Où Witkoff et Poutine se verront-ils ?", True),  # the verb before its inverted subject
        ("Quand Witkoff verra-t-il Poutine ?", True),  # a short future: "verra", of "voir"
        ("When and where is the next G20 summit?", True),  # "next", whatever the tense
        ("C'est quand, le prochain sommet ?", True),
        ("Where did Witkoff go next?", False),  # but not in the past
        # A statement leading into the question has its own tense: the question's is its own clause's.
        (
            "The Kremlin's diplomats planned on two days of talks — how long did Witkoff spend with Putin on Aug 6?",
            False,
        ),
        ("Witkoff met Putin on 6 August. Will they meet again?", True),
    ],
)
def test_a_question_on_what_is_to_come(answerer: Answerer, question: str, future: bool):
    """A French future or conditional verb, "will", "pourrait"… ask about what is to come; nouns ending so do not. So
    does "the next" one, unless the question is in the past."""
    assert answerer.matcher.read(question).future is future


def test_the_next_of_something_is_not_where_the_last_was(answerer: Answerer):
    """ "When and where is the next G20 summit?" got "Where: Osaka.", the G20 of 2019, read in the present tense."""
    assert not answerer.ask("When and where is the next G20 summit?").lead.startswith("Where: Osaka")


@pytest.mark.parametrize(
    ("question", "by_phone"),
    [
        ("Combien de temps a duré l'appel entre Trump et Zelensky ?", True),
        ("How long did Trump and Putin talk during their last phone call?", True),
        ("Quand Trump et Poutine se sont-ils vus en personne pour la dernière fois ?", False),
        ("When did Trump and Putin last meet face to face?", False),
        ("Trump a-t-il lancé un appel à un cessez-le-feu ?", None),  # a call for something is no phone call
        ("What did Trump call the meeting?", None),
        ("Did they meet in person or talk by phone?", None),
    ],
)
def test_the_contact_a_question_asks_about(answerer: Answerer, question: str, by_phone: bool | None):
    """A phone call or a meeting in person, from how the question says it; "call"/"appel" alone says neither."""
    assert answerer.matcher.read(question).by_phone is by_phone


def test_a_phone_call_is_not_answered_by_a_meeting_in_person(answerer: Answerer):
    """The 6 August meeting's three hours do not say how long a phone call lasted, and a call was held nowhere."""
    call = answerer.ask("How long did Trump and Putin talk during their last phone call?")
    assert not call.found and "three hours" not in call.text
    assert answerer.ask("How long did the 6 August meeting last?").lead.startswith("How long: nearly three hours")
    where = answerer.ask("Où a eu lieu l'appel Trump-Zelensky ?")
    assert not where.lead.startswith("Où :")  # not "Europe", where the leaders who joined are from
    # Nor a report of its length (Tass's three hours), nor a place borrowed from a later fact on another meeting.
    assert not answerer.ask("How long was Witkoff on the phone with the Russian official?").found
    assert not answerer.ask("Où s'est tenu l'entretien téléphonique entre Trump et Zelensky ?").lead.startswith("Où")
    # "Les jours précédant…" is no length: a length needs a number.
    assert "jours" not in answerer.ask("Où et combien de temps a duré l'appel entre Trump et Zelensky ?").lead
    # Facts on the call answer a question on it, whatever their kind (a summit's run-up that mentions it).
    assert answerer.ask("Quand Trump a-t-il téléphoné à Zelensky ?").found
    # What was said after a call is not a question on the call: the call only says when.
    assert answerer.ask("What did Zelensky say after his call with Trump and European leaders?").found


def test_a_meeting_in_person_is_not_answered_by_a_phone_call(answerer: Answerer):
    """Witkoff spoke to a senior Russian official by phone: no date of another meeting answers when they met."""
    met = answerer.ask("Quand Witkoff a-t-il rencontré le haut responsable russe en personne ?")
    assert not met.found and "6 août" not in met.lead
    assert not answerer.ask("Where did Trump and Zelensky meet in person?").found  # they spoke by phone
    # A fact telling of a visit beside someone else's call is not a call: the visit answers.
    assert answerer.ask("Quand Witkoff s'est-il rendu à Moscou en personne ?").found


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Qu'a dit Trump ?", "trump"),
        ("What did Trump say about the Witkoff-Putin meeting?", "trump"),
        ("Qu'a dit Peskov de la rencontre Witkoff-Poutine ?", "peskov"),
    ],
)
def test_what_someone_said_comes_first_from_their_own_statements(knowledge, question: str, speaker: str):
    """ "Qu'a dit Trump ?" asks for Trump's words: his statements come before others' and before reports on him."""
    best = Matcher(knowledge).match(question).matches[0].fact
    assert getattr(best.data, "speaker", None) == speaker


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Qu'a dit Poutine sur Trump ?", "putin"),  # the person named first speaks, the other is spoken of
        ("Who called Zelensky?", None),  # asks who spoke: the person named is spoken to
        ("Qui Trump a-t-il menacé ?", "trump"),  # "qui" is the object: Trump speaks
        ("Où est Trump ?", None),  # no speech asked
    ],
)
def test_the_speaker_of_a_speech_question(knowledge, question: str, speaker: str | None):
    """The speaker is the person a speech question names first, unless "who" is the subject of the verb before it."""
    assert Matcher(knowledge).read(question).speaker == speaker


def test_no_claim_that_the_articles_lack_what_a_fact_on_the_event_may_say(answerer: Answerer):
    """The closest fact is the Kremlin meeting, but the Saint Petersburg meeting's fact gives a place there (the
    presidential library): a decline does not claim the articles do not say where, and offers that fact first."""
    answer = answerer.ask("Where in Saint Petersburg did Putin sit down with Witkoff?")
    assert not answer.lead.startswith("The articles do not say")
    offered = [s.fact_id for s in answer.suggestions] if not answer.found else [i.fact_id for i in answer.items]
    assert offered[0] == "meeting-2025-04-11-saint-petersburg"


@pytest.mark.parametrize(
    ("question", "aspects"),
    [
        ("Le sommet Trump-Poutine aura lieu quand ?", {"date"}),  # "avoir lieu" is to happen
        ("When will the summit take place?", {"date"}),
        ("Où aura lieu le sommet ?", {"place"}),
        ("Quel lieu pour le sommet ?", {"place"}),
        ("Dans quel lieu a eu lieu la rencontre du 6 août ?", {"place"}),  # "lieu" the noun, beside the idiom
        ("Dans quel bâtiment de Saint-Pétersbourg a eu lieu la rencontre ?", {"place"}),  # nothing else asked
        ("ou et quand aura lieu le sommet", {"date", "place"}),  # "où" without its accent
        ("Le sommet aura-t-il lieu bientôt, et quand ?", {"date"}),  # the subject inverted after the verb
        ("La rencontre aurait eu lieu sans Zelensky ?", set()),  # a claim asking nothing: no place asked
        ("Le sommet aura quand même lieu ?", set()),  # "quand même" is "even so", no "when"
    ],
)
def test_avoir_lieu_asks_no_place(answerer: Answerer, question: str, aspects: set[str]):
    """ "Aura lieu quand ?" asks when, not where: "avoir lieu" is to happen. "Lieu" the noun still asks where, and
    the idiom alone may ask it too ("dans quel bâtiment … a eu lieu …")."""
    assert set(answerer.matcher.read(question).aspects) == aspects


def test_a_call_is_between_the_people_its_quote_names(answerer: Answerer):
    """A fact telling of Witkoff's visit beside Zelensky's call to Trump says nothing of a Witkoff–Putin call; the
    Bloomberg quote on Witkoff's call with an unnamed official does speak of one (reported: "au conditionnel")."""
    assert not answerer.ask("Did Witkoff phone Putin?").found
    official = answerer.ask("Witkoff a-t-il eu un appel avec un haut responsable russe ?")
    assert official.found and official.lead.startswith("Oui, au conditionnel")


@pytest.mark.parametrize(
    ("question", "reported"),
    [
        ("Combien de temps aurait duré l'entretien selon Tass ?", True),
        ("Trump dit que la guerre n'aurait pas eu lieu si quoi ?", True),  # a negation between
        ("How long would the talks have lasted?", True),
        ("Combien de temps durerait la visite ?", False),  # the present conditional looks ahead
        ("Où pourrait se tenir le sommet ?", False),
        ("Where would the summit be held?", False),
        ("Quel serait le lieu du sommet ?", False),  # "le" after "serait" is no participle
        ("Où le sommet aurait-il été organisé ?", True),
        ("Le sommet aurait-il lieu à Moscou ?", False),  # "lieu" is a noun: the present conditional, looking ahead
        ("Quand le convoi aurait-il quitté le Kremlin ?", True),
        ("Où Witkoff aurait-il rencontre Poutine en avril ?", True),  # a participle typed without its accent
        ("Quand Witkoff serait-il venu à Saint-Pétersbourg ?", True),  # "être" and a verb of motion
        ("Où le sommet serait-il organisé ?", False),  # the passive, looking ahead ("se serait tenue" is a past)
    ],
)
def test_only_the_past_conditional_reports_what_happened(knowledge, question: str, reported: bool):
    """ "Aurait duré", "would have lasted" tell of what happened; "durerait", "would be held" of what is to come."""
    assert Matcher(knowledge).read(question).conditional is reported


@pytest.mark.parametrize(
    ("question", "party"),
    [
        ("Qu'exige la Russie ?", "russia"),
        ("Que demande Kiev à Moscou ?", "ukraine"),  # Moscow is whom it is asked of
        ("What does Zelensky want from Putin?", "ukraine"),  # a person stands for the country they act for
        ("Que demande-t-on à la Russie ?", None),  # only whom the demand is made of
        ("Quelles sont les exigences de Moscou ?", "russia"),  # the Kremlin's seat stands for its country
        ("What are Kyiv's terms?", "ukraine"),
        ("Qu'a exigé Poutine à Kiev ?", "russia"),  # "a" is no "à": Putin is not whom it is made of
    ],
)
def test_whose_demands_a_question_asks(knowledge, question: str, party: str | None):
    """The party a question asks the demands of is the one it names first, not one named as whom they are made of."""
    assert Matcher(knowledge).read(question).party == party


@pytest.mark.parametrize(
    ("question", "party"),
    [
        ("Qu'exige la Russie ?", "russia"),  # not Ukraine's demand that Russia end the war
        ("Que demande l'Ukraine ?", "ukraine"),  # not Russia's conditions, which Kyiv refuses
        ("What are Kyiv's demands?", "ukraine"),
    ],
)
def test_a_partys_demands_come_before_the_demands_of_others(knowledge, question: str, party: str):
    """The demands or positions the briefs credit to the party a question names first lead its answer."""
    best = Matcher(knowledge).match(question).matches[0].fact
    assert party in getattr(best.data, "by", ())


def test_whose_demands_lift_no_demand_above_facts_on_other_topics(answerer: Answerer):
    """Naming a party sets aside other parties' demands; it does not make its own demands answer everything."""
    # Trump's country is the United States, whose ultimatum is a demand: the Nobel fact still answers.
    assert (
        answerer.matcher.match("Does Trump want a peace prize?").matches[0].fact.id == "context-trump-nobel-peace-prize"
    )
    assert answerer.ask("Did Moscow accept a three-way format including Zelensky?").lead == "No."


@pytest.mark.parametrize(
    ("question", "past"),
    [
        ("Où Witkoff a-t-il eu des entretiens avec Poutine ?", True),
        ("Où se sont-ils vus ?", True),  # "vus", of "voir", after the reflexive past of "se voir"
        ("Où la rencontre s'est-elle tenue ?", True),
        ("Where was the meeting held?", True),
        ("Had Trump's envoy met Putin before?", True),  # the subject between auxiliary and participle
        ("Où Witkoff avait-il déjà vu Poutine ?", True),  # an adverb between
        ("Was the meeting extended?", True),  # "-ed" of a verb
        ("Was Witkoff indeed in Moscow?", False),  # "indeed" is no participle
        ("Witkoff est-il arrivé à Moscou ?", True),  # "être" and a verb of motion
        ("Où est prévue la rencontre ?", False),  # "est" and a participle: the present passive
        ("Où a lieu le sommet ?", False),  # "lieu" is a noun, not a participle
        ("Where will the summit be held?", False),
    ],
)
def test_a_question_on_what_happened(knowledge, question: str, past: bool):
    """A compound past, "did", "was held" ask about what happened; the present passive and "a lieu" do not."""
    assert Matcher(knowledge).read(question).past is past


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Les frappes ont-elles continué lors des pourparlers ?", "lors"),
        ("Is fighting still going on while Witkoff prepares his trip?", "while"),
        ("Did the talks go well although the Kremlin was cautious?", "although"),
        ("Pourquoi Trump menace-t-il, puisque Moscou négocie ?", "puisque"),
        ("Pourquoi Trump veut-il tant la paix en Ukraine ?", "tant"),  # a degree adverb, as "so", "très"
        ("Pourquoi Moscou est-elle tellement prudente ?", "tellement"),
    ],
)
def test_conjunctions_and_prepositions_are_function_words(knowledge, question: str, word: str):
    """A conjunction or preposition says nothing of what is asked: it is no content word to weigh."""
    assert word not in Matcher(knowledge).read(question).tokens


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        (
            "Combien de régions Moscou revendique-t-il selon l'article sur la rencontre de Saint-Pétersbourg ?",
            "regions",
        ),
        ("How often are attacks reported, per the piece on Witkoff's upcoming trip?", "attacks"),
        ("Selon l'article sur la rencontre de Saint-Pétersbourg, qu'a dit Overchuk ?", "overchuk"),
        ("Combien de régions Moscou revendique-t-il d'après l'article de Saint-Pétersbourg ?", "regions"),
        ("How long since a US envoy of that rank visited, according to the article announcing his trip?", "envoy"),
        # "Coverage", "couverture" are the reporting too
        ("What is Ukraine asking for, according to the coverage of the Witkoff trip?", "ukraine"),
        ("Selon la couverture de la rencontre de Saint-Pétersbourg, qu'a dit Overchuk ?", "overchuk"),
    ],
)
def test_an_article_named_by_what_it_is_about_is_no_word_to_match(knowledge, question: str, kept: str):
    """ "Selon l'article sur la rencontre de Saint-Pétersbourg" says which article, not what is asked: the meeting or
    the people it names would set aside the facts that answer (the demands that article reports, Overchuk's words)."""
    tokens = Matcher(knowledge).read(question).tokens
    assert kept in tokens
    assert not {"rencontre", "petersbourg", "witkoff", "upcoming", "announcing", "trip"} & set(tokens)


def test_an_outlet_the_articles_quote_is_no_article_named(knowledge):
    """ "Selon l'article de Bloomberg" names whom a claim is from, which the question asks about: it stays."""
    assert (
        "bloomberg" in Matcher(knowledge).read("Selon l'article de Bloomberg, avec qui Witkoff a-t-il parlé ?").tokens
    )


def test_an_article_named_opening_a_question_ends_at_a_comma(knowledge):
    """Without a comma, "per the article on X" runs on into the question itself: nothing is left out."""
    assert (
        "overchuk"
        in Matcher(knowledge).read("per the article on the st petersburg meeting what did overchuk say").tokens
    )


def test_a_question_naming_an_article_by_its_subject_is_answered(answerer: Answerer):
    """The four regions are in the April article's account of Putin's demands, not of the meeting: the question was
    declined as about another event."""
    question = (
        "Combien de régions ukrainiennes Moscou revendique-t-il selon l'article sur la rencontre de Saint-Pétersbourg ?"
    )
    assert answerer.ask(question).lead.startswith("Combien : quatre")
    assert "Overchuk" in answerer.ask("Selon l'article sur la rencontre de Saint-Pétersbourg, qu'a dit Overchuk ?").text


def test_tell_is_a_verb_of_saying_but_in_a_request(knowledge):
    """ "What did Witkoff tell reporters?" asks what he said; "tell me about Witkoff" asks about him."""
    matcher = Matcher(knowledge)
    assert matcher.read("What did Witkoff tell reporters?").asks_speech
    assert not matcher.read("Tell me about Witkoff").asks_speech


@pytest.mark.parametrize(
    "question", ["Quel est le rôle de Medvedev dans cette affaire ?", "What is Dmitriev's role in this story?"]
)
def test_the_story_as_a_whole_is_no_word_to_match(knowledge, question: str):
    """ "Dans cette affaire", "in this story" point at the story every fact is of: no word a fact must hold."""
    tokens = Matcher(knowledge).read(question).tokens
    assert not {"affaire", "story"} & set(tokens)


@pytest.mark.parametrize(
    "question",
    [
        "Who won the 2025 Nobel Peace Prize?",
        "Qui remplacera Peskov comme porte-parole ?",
        "Qui remplacera Witkoff comme émissaire ?",
    ],
)
def test_who_did_what_the_briefs_never_say_is_declined(answerer: Answerer, question: str):
    """Asked who did something in a verb the briefs never use in any form, the facts on the others the question
    names do not say who did it ("won the Nobel" got Trump's dream of it)."""
    assert not answerer.ask(question).found


@pytest.mark.parametrize(
    "question",
    [
        "Who thinks it is premature to talk about formal negotiations?",  # an everyday verb: the rest is asked
        "Qui a accueilli Witkoff à Moscou ?",
        "Qui a acueilli Witkoff à Moscou ?",  # a typo is no verb the briefs never use
        "Who gave Trump an agreement in principle?",  # "give" is a function word, not one the briefs never use
    ],
)
def test_who_did_what_the_briefs_say_is_answered(answerer: Answerer, question: str):
    """The verbs the briefs use, typed with a slip or not, and everyday ones, still get their answer."""
    assert answerer.ask(question).found


@pytest.mark.parametrize(
    ("question", "options"),
    [
        ("Whose idea was the Trump-Putin summit, Washington's or Moscow's?", {"washington", "moscow"}),
        ("Le sommet aura-t-il lieu à Moscou ou à Washington ?", {"moscou", "washington"}),
        ("Witkoff a-t-il vu Poutine ou Zelensky ?", {"poutine", "zelensky"}),
        ("Which one: Trump or Putin?", {"trump", "putin"}),
    ],
)
def test_names_offered_to_choose_from_are_options(knowledge, question: str, options: set[str]):
    """Two names joined by "or", "ou" are answers to choose from, not both what a fact must be about."""
    reading = Matcher(knowledge).read(question)
    assert reading.options == options
    assert reading.optional <= reading.people
    assert not reading.optional & reading.required


def test_a_name_beside_or_alone_is_no_option(knowledge):
    """Without a name on each side, "or" offers no choice of names: both names stay required."""
    reading = Matcher(knowledge).read("Did Putin and Trump meet, or not?")
    assert not reading.options
    assert reading.required == {"putin", "trump"}


def test_a_choice_of_places_is_answered_by_a_fact_about_either(answerer: Answerer):
    """ "Washington's or Moscow's?" is answered by a fact naming only Washington's side (the summit's proposer),
    which the two places as subjects declined."""
    answer = answerer.ask("Whose idea was the Trump-Putin summit, Washington's or Moscow's?")
    assert answer.found
    assert answer.items[0].fact_id == "summit-proposed-by-us"


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("What job did the White House hand Witkoff?", "witkoff"),  # the White House stands for Trump
        ("Quel titre donne-t-on à Witkoff avant son voyage en Russie ?", "witkoff"),
    ],
)
def test_asked_of_someones_role_another_persons_entry_does_not_answer(knowledge, question: str, person: str):
    """Asked what someone's job or title is, another person's entry is about someone else."""
    entries = set(knowledge.people)
    result = Matcher(knowledge).match(question)
    assert {match.fact.id for match in result.matches} & entries <= {person}


def test_wat_is_what_as_chat_types_it(answerer: Answerer):
    """ "wat did the us do…": "wat" is no word the facts must hold (it weighed as one the briefs never use)."""
    answer = answerer.ask("wat did the us do in respons to russias missile anouncement")
    assert answer.found
    assert answer.items[0].fact_id == "context-us-submarines-repositioned-missiles"


@pytest.mark.parametrize("question", ["whos trumps envoy", "who's Trump's envoy?"])
def test_whos_typed_without_its_apostrophe_asks_who(answerer: Answerer, question: str):
    """ "whos", as "whats", is a chat spelling of a question word."""
    answer = answerer.ask(question)
    assert answer.found
    assert answer.items[0].fact_id == "witkoff"


@pytest.mark.parametrize(
    ("question", "function_words"),
    [
        ("Was Witkoff received inside the Kremlin?", {"inside"}),
        ("Did Zelensky warn against being deceived by whoever?", {"against", "whoever"}),
        ("Êtes-vous sûrs que Witkoff était à Moscou, sauf erreur ?", {"etes", "sauf"}),
    ],
)
def test_prepositions_and_pronouns_are_no_words_to_match(knowledge, question: str, function_words: set[str]):
    """A preposition, a conjunction or a form of "être" is no word a fact must hold: unknown to the briefs, each
    lowered every fact's coverage alike and declined answerable questions."""
    assert not function_words & set(Matcher(knowledge).read(question).tokens)


def test_the_stories_as_a_whole_are_no_word_to_match(answerer: Answerer):
    """ "In these stories", as "in these reports", points at every article."""
    answer = answerer.ask("Who's the Kremlin spokesman in these stories?")
    assert answer.found
    assert answer.items[0].fact_id == "peskov"


@pytest.mark.parametrize(
    ("question", "reader_words"),
    [
        (
            "Je prépare un brief pour demain matin et je m'y perds un peu : l'ultimatum expirait quand ?",
            {"demain", "matin"},
        ),
        ("Salut ! Je suis journaliste, qui a annoncé le sommet ?", {"journaliste"}),
        ("hey, I only skimmed the piece, who set the ultimatum?", {"skimmed", "piece"}),
    ],
)
def test_the_readers_own_opening_clauses_are_no_words_to_match(knowledge, question: str, reader_words: set[str]):
    """What the reader says of themselves before asking is no fact's: its words would lower every fact's coverage."""
    reading = Matcher(knowledge).read(question)
    assert not reader_words & set(reading.tokens)
    assert reading.topics  # what follows is still read


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("I heard Putin met the Pope, is that true?", "pope"),  # what follows names nothing: the opening is asked
        ("Je voudrais savoir quand Witkoff a rencontré Poutine", "witkoff"),  # one clause: the question itself
    ],
)
def test_an_opening_the_question_rests_on_is_kept(knowledge, question: str, kept: str):
    """Where what follows the reader's clause names nothing the briefs know, or there is no other clause, it stays."""
    assert kept in Matcher(knowledge).read(question).tokens


def test_a_chatty_question_is_answered_after_its_opening(answerer: Answerer):
    """ "Je prépare un brief…" was declined: its words sank every fact's coverage."""
    answer = answerer.ask(
        "Je prépare un brief pour demain matin et je m'y perds un peu : la date limite de l'ultimatum américain, "
        "c'était quand exactement ?"
    )
    assert answer.found
    assert "8 août" in answer.lead


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("What do the articles say about the summit?", None),
        ("Que disent les articles sur le sommet ?", None),
        ("Que dit l'article 004 sur Witkoff ?", "004"),
        ("what does article 003 say about the ceasefire", "003"),
        ("what does 003 say about the ceasefire", "003"),  # the number alone names the article
        ("How does 004 describe Witkoff?", "004"),
    ],
)
def test_what_the_articles_say_is_no_statement_asked(knowledge, question: str, article: str | None):
    """The articles as the subject of "say", "dire" ask what they report: no one's statement, no word to match; the
    article's number stays."""
    reading = Matcher(knowledge).read(question)
    assert "statement" not in reading.topics
    assert not {"say", "dire", "dit", "disent", "articles", "article"} & set(reading.tokens)
    assert article is None or article in reading.tokens


def test_what_the_articles_say_is_answered_by_what_they_report(answerer: Answerer):
    """ "Que disent les articles sur…" was declined: "dire" weighed as a word the facts must hold."""
    answer = answerer.ask("Que disent les articles sur les conséquences de la guerre depuis l'invasion ?")
    assert answer.found
    assert answer.items[0].topic != "statement"


@pytest.mark.parametrize(
    "question", ["trump poutine derniere rencontre c'etait ou", "poutine witkoff rencontre ou", "c etait ou ?"]
)
def test_ou_closing_a_question_asks_where(knowledge, question: str):
    """Typed without its accent, "ou" closing a question joins nothing: it is "où"."""
    assert "place" in Matcher(knowledge).read(question).aspects


def test_ou_between_two_words_is_or(knowledge):
    """ "ou" between two things offered is "or", not where."""
    assert "place" not in Matcher(knowledge).read("Trump ou Poutine a-t-il proposé le sommet ?").aspects


@pytest.mark.parametrize(
    "question",
    ["summit date", "date du sommet", "ultimatum date ?", "Quelle était la date limite fixée par Washington ?"],
)
def test_the_noun_date_asks_when(knowledge, question: str):
    """ "Date" asks the date in a query with no question word, or right after "quel", "what", as "durée" asks a
    length."""
    assert "date" in Matcher(knowledge).read(question).aspects


def test_the_noun_date_in_a_clause_of_another_question_asks_nothing(knowledge):
    """ "De quoi… avant la date limite ?" asks what, the day only dates it."""
    reading = Matcher(knowledge).read("Russie menacée de quoi si pas de progrès avant la date limite ?")
    assert "date" not in reading.aspects


def test_a_terse_query_for_a_date_leads_with_it(answerer: Answerer):
    """ "ultimatum date" got the ultimatum's wording; the day comes first."""
    assert answerer.ask("ultimatum date").lead.startswith("Quand : vendredi 8 août 2025")


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("selon l'article sur le sommet, quand aura-t-il lieu ?", "002"),
        ("per the piece on Witkoff's upcoming trip, how long will the meeting last?", "004"),
        ("In the article about the St Petersburg meeting, what did Peskov say?", "003"),
    ],
)
def test_an_article_named_by_what_it_is_about_stands_for_its_number(knowledge, question: str, article: str):
    """ "L'article sur le sommet" is read as "l'article 002" where the facts its words match all cite one article."""
    assert article in Matcher(knowledge).read(question).tokens


def test_an_article_named_by_what_several_report_names_none(knowledge):
    """The Kremlin meeting is in 000 and 001: no number stands in, and its words are still no words to match."""
    reading = Matcher(knowledge).read(
        "dans l'article sur la rencontre du Kremlin, combien de temps a duré l'entretien ?"
    )
    assert not {"000", "001", "kremlin", "rencontre"} & set(reading.tokens)


def test_an_article_named_by_what_others_report_nearly_as_well_names_none(answerer: Answerer):
    """Witkoff met Putin in 000, 001 and 003: "l'article sur la rencontre Witkoff–Poutine" was read as 000, where the
    three best facts are, and the normalisation of relations, in 003, was "not said"."""
    question = "Que veut dire « normalisation des relations » dans l'article sur la rencontre Witkoff–Poutine ?"
    assert not {"000", "001", "003"} & set(answerer.matcher.read(question).tokens)
    assert answerer.ask(question).found


def test_an_article_named_by_what_it_is_about_answers_from_it(answerer: Answerer):
    """ "Selon l'article sur le sommet" got 004's Nobel dream; 002's peacemaker comes first."""
    answer = answerer.ask("Comme quoi Trump cherche-t-il à se positionner, selon l'article sur le sommet ?")
    assert answer.found
    assert {quote.source.article for quote in answer.items[0].quotes} == {"002"}


def test_a_question_asking_of_one_article_is_answered_from_it(answerer: Answerer):
    """ "According to article 004" asks what 004 says: the ultimatum's wording, cited from 000–002, got in first."""
    answer = answerer.ask("Why does Trump want to end the war in Ukraine, according to article 004?")
    assert answer.found
    assert {quote.source.article for item in answer.items for quote in item.quotes} == {"004"}


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Comment l'article 000 qualifie-t-il Dmitriev ?", "dmitriev"),  # a statement of 001's came first
        ("Quel média a publié l'article sur la rencontre à Saint-Pétersbourg ?", "context-source-epoch-times"),
        ("Which outlet published the article about the Saint Petersburg meeting?", "context-source-epoch-times"),
    ],
)
def test_how_an_article_describes_or_who_published_it(answerer: Answerer, question: str, fact: str):
    """ "Comment l'article 000 qualifie-t-il…" asks what the article says, no one's statement; "qui a publié l'article
    sur…" asks of the article its words name."""
    answer = answerer.ask(question)
    assert answer.found
    assert answer.items[0].fact_id == fact


def test_who_published_an_article_the_briefs_give_no_outlet_for_is_not_said(answerer: Answerer):
    """Article 004's outlet is unknown: another article's publisher, or a post Trump wrote, does not answer."""
    answer = answerer.ask("Qui a publié l'article sur Witkoff en novembre ?")
    assert not answer.found or all(item.fact_id != "context-source-epoch-times" for item in answer.items)
    assert "Epoch" not in answer.lead


def test_the_language_is_read_from_the_whole_question(knowledge):
    """Without its frame, "How does article 004 describe Witkoff?" leaves "004 Witkoff": still English."""
    assert Matcher(knowledge).read("How does article 004 describe Witkoff?").lang == "en"


@pytest.mark.parametrize(
    ("question", "stress"),
    [
        ("Was Witkoff received inside the Kremlin itself?", "itself"),
        ("What did Putin himself say after meeting Witkoff?", "himself"),
        ("Était-ce Trump lui-même qui a proposé le sommet ?", "meme"),
    ],
)
def test_a_word_stressing_a_name_is_no_word_to_match(knowledge, question: str, stress: str):
    """ "Putin himself", "the Kremlin itself", "Trump lui-même" stress the name: no fact holds the stress."""
    assert stress not in Matcher(knowledge).read(question).tokens


def test_a_reflexive_object_is_still_matched(knowledge):
    """ "Position himself as a peacemaker" says what is done: the facts say it so."""
    assert "himself" in Matcher(knowledge).read("Who is trying to position himself as a peacemaker?").tokens


def test_a_stressed_place_asked_yes_or_no_gets_its_yes(answerer: Answerer):
    """ "Inside the Kremlin itself" got "the articles do not answer yes or no": "itself" was a word asked."""
    assert answerer.ask("Was Witkoff received inside the Kremlin itself?").lead == "Yes."


def test_a_month_before_a_days_number_is_no_part_of_a_name(knowledge):
    """ "Witkoff Putin Aug 6 topics": "Aug" is the day's month, not the end of a name the articles do not mention."""
    assert Matcher(knowledge).read("Witkoff Putin Aug 6 topics").unknown_names == ()


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("How did Trump characterize the meeting?", "Donald Trump: “very productive”."),
        ("Comment Trump a-t-il caractérisé la rencontre ?", "Donald Trump : « très productive »."),
        ("How did Peskov characterise the talks with Witkoff?", "Dmitry Peskov: “important, substantial"),
    ],
)
def test_a_verb_of_describing_asks_what_was_said(answerer: Answerer, question: str, lead: str):
    """ "Characterize", "caractériser", "sum up": how someone described it, which their statement says, though the
    facts never use the verb (these were declined)."""
    assert answerer.ask(question).lead.startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "What was the 6 August meeting supposed to achieve?",
        "Selon l'article 001, à quoi devait servir la réunion Witkoff-Poutine ?",
        "À quoi servait la rencontre du 6 août ?",
        "What was the point of the Kremlin visit on August 6?",
        "La rencontre du 6 août, ça servait à quoi ?",  # "à quoi" after its verb, as said aloud
    ],
)
def test_what_something_was_for_asks_its_purpose(answerer: Answerer, question: str):
    """ "À quoi devait servir…", "supposed to achieve": its aim, which the facts call "but", "purpose" (declined);
    "the point of" it too (it got the tense climate it was held in)."""
    answer = answerer.ask(question)
    assert answer.found
    assert "prochaines étapes" in answer.text or "next steps" in answer.text


def test_a_summary_asked_for_is_no_verb_of_describing(answerer: Answerer):
    """ "Summarize the summit", "can you summarize…" ask the bot for a summary: no one's words are asked."""
    assert answerer.matcher.read("summarize the summit").tokens == answerer.matcher.read("the summit").tokens
    assert "describe" not in answerer.matcher.read("Can you summarize the August 6 meeting?").tokens
    # "Tu peux me résumer la rencontre ?" asks a summary too: the meeting's length leads, not Trump's "productive".
    assert "qualifie" not in answerer.matcher.read("Salut ! Tu peux me résumer la rencontre du 6 août ?").tokens


def test_a_clause_announcing_the_question_is_no_word_to_match(knowledge):
    """ "Petite question rapide pour ma revue de presse : …" says how the reader asks, as "je prépare…" does."""
    reading = Matcher(knowledge).read("Petite question rapide pour ma revue de presse : qui a accueilli Witkoff ?")
    assert not {"revue", "presse", "rapide"} & set(reading.tokens)


@pytest.mark.parametrize(
    "question", ["Kherson fait partie de ce que reclame Moscou ?", "is crimea part of russia's demands"]
)
def test_being_part_of_is_an_idiom_of_being_among(knowledge, question: str):
    """ "Fait partie de", "is … part of" say among: "partie", "part" are no words a fact must hold."""
    assert not {"partie", "part"} & set(Matcher(knowledge).read(question).tokens)


def test_a_region_asked_as_part_of_the_demands_is_answered(answerer: Answerer):
    """ "Kherson fait partie de ce que réclame Moscou ?" was declined: "partie" weighed as a word asked."""
    answer = answerer.ask("Kherson fait partie de ce que reclame Moscou ?")
    assert answer.found
    assert "Kherson" in answer.items[0].text


def test_an_article_named_by_a_place_before_its_noun_is_no_subject(answerer: Answerer):
    """ "In the St Petersburg article" names article 003: its place is no subject the facts must be set in (the four
    regions Putin claims, set nowhere, were declined as about another event)."""
    answer = answerer.ask("how many regions does putin claim in the st petersburg article?")
    assert answer.found
    assert answer.lead.startswith("How many: four")


def test_an_articles_number_is_held_by_the_facts_citing_it(knowledge):
    """ "Selon l'article 002": a fact citing 002 holds its number, whether or not its summary spells it."""
    matcher = Matcher(knowledge)
    words = matcher.words_of(matcher.read("selon l'article 002, que veut Trump ?"))
    citing = [i for i, fact in enumerate(matcher.facts) if any(c.article == "002" for c in fact.citations)]
    assert all(words["002"].block[i] > 0 for i in citing)


def test_a_french_request_of_which_date_leads_with_the_date(answerer: Answerer):
    """ "Est-ce que vous pouvez me dire quelle est la date…" got "Oui.": "quelle" was no question word."""
    assert answerer.ask(
        "est-ce que vous pouvez me dire quelle est la date de la rencontre au Kremlin ?"
    ).lead.startswith("Quand : mercredi 6 août 2025")


def test_an_accented_ou_asking_where_offers_no_choice(knowledge):
    """ "…la bibliothèque présidentielle où Witkoff a vu Poutine ?": "où" folds to "ou", and joins no options."""
    question = "Dans quelle ville se trouve la bibliothèque présidentielle où Witkoff a vu Poutine ?"
    assert Matcher(knowledge).read(question).options == frozenset()


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("number of partial ceasefires trump administration", "ceasefires"),
        ("how many nuclear vessels did trump deploy", "nuclear"),
        ("how many nuclear subs did trump deploy", "submarines"),  # "subs", as typed in short
    ],
)
def test_what_is_counted_is_past_a_word_the_facts_never_use(knowledge, question: str, counted: str):
    """ "Partial" is only a keyword: the ceasefires are counted. "Nuclear" is the facts' own: "vessels", no word of
    theirs, would find no count in their sentences; "subs" is their "submarines"."""
    assert Matcher(knowledge).read(question).counted == counted


def test_a_title_typed_in_short_is_the_word(knowledge):
    """ "special rep" is a special representative, as "govt" is the government."""
    assert {"representative", "government"} <= set(Matcher(knowledge).read("Dmitriev special rep, govt?").tokens)


def test_a_unit_typed_in_short_is_the_word(answerer: Answerer):
    """ "witkoff putin meeting 3 hrs or 5 hrs": "hrs", unknown to the briefs, sank the question's coverage."""
    assert "hours" in answerer.matcher.read("witkoff putin meeting 3 hrs or 5 hrs").tokens
    assert answerer.ask("witkoff putin meeting 3 hrs or 5 hrs").found


def test_an_ordinal_typed_in_short_is_the_word(knowledge):
    """ "La 1ère fois" is "la première fois": "1ere", unknown to the briefs, sank the question's coverage; "le 1er
    août" stays a day."""
    reading = Matcher(knowledge).read("est ce que c'etait la 1ere fois que witkoff voyait poutine")
    assert "premiere" in reading.tokens and "1ere" not in reading.tokens
    assert Matcher(knowledge).read("L'ultimatum avait-il expiré le 1er août ?").expires_on == ((8, 1),)


@pytest.mark.parametrize("question", ["whos kiril dmitriev", "wheres the summit"])
def test_chat_spellings_of_english_question_words_are_english(knowledge, question: str):
    """ "whos kiril dmitriev" was answered in French: no word of it was an English marker."""
    assert Matcher(knowledge).read(question).lang == "en"


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("number of previous witkoff putin meetngs", "meetngs"),
        ("How many nuclear submarines did Trump send?", "submarines"),
    ],
)
def test_an_english_compound_counts_its_last_noun(knowledge, question: str, counted: str):
    """ "Number of previous Witkoff Putin meetings" counts meetings: "previous" was counted, and a count of submarines
    in a sentence saying "la semaine précédente" answered it."""
    assert Matcher(knowledge).read(question).counted == counted


def test_a_preposition_of_several_words_is_no_word_to_match(answerer: Answerer):
    """ "Au sujet de la paix" is about peace: its "sujet" made Witkoff's coming visit answer "sur quels sujets a porté
    la discussion ?", the topics of 6 August ranked second. Neither facts nor questions hold it."""
    from bot.answering.index import keys_of

    assert "sujet" not in keys_of("avoir une entrevue avec Vladimir Poutine au sujet de la paix")
    assert "sujet" in keys_of("les sujets abordés")
    assert "sujet" not in answerer.matcher.read("Qu'a dit Peskov au sujet de la paix ?").tokens
    assert "respect" not in answerer.matcher.read("What job did Witkoff get with respect to Moscow?").tokens
    assert "compris" not in answerer.matcher.read("trompé, y compris par les États-Unis ?").tokens  # "including"
    # "À cette période", "at the time" point back at what is asked about: the missiles were declined over "période".
    assert "periode" not in answerer.matcher.read("Qu'a annoncé la Russie sur ses missiles à cette période ?").tokens
    assert answerer.ask("Qu'a annoncé la Russie au sujet de ses missiles à cette période ?").found


@pytest.mark.parametrize(
    "question",
    [
        "Qu'a dit le conseiller diplomatique de Poutine ?",
        "D'après le conseiller de Poutine, sur quels sujets a porté la discussion avec l'envoyé de Trump ?",
    ],
)
def test_a_title_names_who_speaks_not_whose_they_are(answerer: Answerer, question: str):
    """ "Le conseiller de Poutine" speaks, not Putin, whom the title names as whose adviser."""
    assert answerer.matcher.read(question).speaker == "ushakov"


def test_a_source_named_by_title_is_read_first(answerer: Answerer):
    """What Ushakov said the talks covered, not Witkoff's coming visit "au sujet de la paix"."""
    answer = answerer.ask(
        "D'après le conseiller de Poutine, sur quels sujets a porté la discussion avec l'envoyé de Trump ?"
    )
    assert "conflit ukrainien" in answer.text.split("\n")[0]
    assert answerer.matcher.read("Qu'a dit Poutine de l'envoyé de Trump ?").speaker == "putin"


@pytest.mark.parametrize("question", ["Que dirige Dmitriev ?", "dmitriev il dirige quoi exactement"])
def test_what_someone_heads_is_their_role(answerer: Answerer, question: str):
    """ "Dirige", "heads" ask what someone is the head of, which their entry's title says ("chef du fonds souverain
    russe"); it was declined, their entry the first suggestion."""
    answer = answerer.ask(question)
    assert answer.found and "fonds souverain" in answer.lead + answer.text.split("\n")[0]


def test_where_words_were_put_out_says_they_were_said(answerer: Answerer):
    """ "Il a écrit quoi sur internet ?", "what did he post online?": Dmitriev's post, which was declined; "monsieur"
    is a courtesy title, no word to match."""
    for question in ("le monsieur dmitriev il a ecrit quoi sur internet", "What did Dmitriev post online?"):
        answer = answerer.ask(question)
        assert answer.found and "prévaudra" in answer.text
    assert "monsieur" not in answerer.matcher.read("le monsieur dmitriev il a ecrit quoi").tokens
    assert "pictures" in answerer.matcher.read("what do the kremlin press office pics show").tokens


def test_whom_a_clause_of_time_names_need_not_be_in_the_fact(answerer: Answerer):
    """ "…after the Putin talks" dates the convoy's leaving: the fact on it, which does not name Putin, answers (it was
    declined as "of another meeting"). Not what someone said: Putin said nothing after meeting Witkoff."""
    answer = answerer.ask("What time did the American motorcade pull out of the Kremlin after the Putin talks?")
    assert answer.found and "14:30" in answer.text.split("\n")[0] + answer.lead
    assert not answerer.ask("What did Putin himself say after meeting Witkoff?").found
    # Nor "during": the signals Moscow sent during the visit, of a fact that does not name Witkoff (it was declined).
    signals = answerer.ask("Did Moscow say what kind of 'signals' it sent to Washington during the Witkoff visit?")
    assert signals.found and "signals" in signals.text


def test_a_noun_asking_a_place_is_no_word_to_match(answerer: Answerer):
    """ "Witkoff St Petersburg venue": the venue is what is asked, not the French "venue" (coming) of the facts, and
    "St" is "Saint"; it was declined. Asked yes or no, "has a venue been picked?", the noun still asks if it is set."""
    assert answerer.ask("Witkoff St Petersburg venue").lead == "Where: presidential library."
    assert answerer.ask("Has a venue been picked for the Trump-Putin summit yet?").lead == "No."


def test_qui_after_a_noun_names_does_not_ask_who(answerer: Answerer):
    """ "Les pays qui achètent aux Russes, ce sera pour quand ?" asks when: "qui" follows a determiner and its noun.
    Asked of a verb, "Witkoff a rencontré qui ?", it asks who."""
    assert answerer.matcher.read("les sanctions contre les pays qui achete aux russes ce sera pour quand").aspects == {
        "date"
    }
    assert "who" in answerer.matcher.read("Witkoff a rencontré qui ?").aspects


def test_words_readers_add_freely_ask_nothing(answerer: Answerer):
    """ "Je crois" is the reader's hedge ("crois" read as "croissant"), "encore", "partout" adverbs they add: the
    questions were declined, the answer among the suggestions."""
    osaka = answerer.ask("la derniere fois que trump et poutine se sont vu en vrai c etait quand osaka je crois")
    assert osaka.lead == "Quand : 2019."
    assert "Medvedev" in answerer.ask("medvedev il a fait quoi encore celui la").text.split("\n")[0]
    assert "crois" not in answerer.matcher.read("c'était quand je crois").tokens


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("les 3 adjectifs de peskov sur les discussions", "peskov"),
        ("Qu'attend Zelensky d'un sommet avec Poutine, selon ses propres mots ?", "zelensky"),
    ],
)
def test_whose_words_are_asked_with_no_verb_of_speech(answerer: Answerer, question: str, speaker: str):
    """ "Les 3 adjectifs de Peskov", "selon ses propres mots" ask someone's words with no verb of speech: the person
    named first speaks, and their statements answer first (both were declined)."""
    assert answerer.matcher.read(question).speaker == speaker
    answer = answerer.ask(question)
    assert answer.found and answerer.knowledge.people[speaker].name.get("fr") in (answer.lead + answer.text)[:300]


def test_who_someone_is_needs_no_more_than_their_name(answerer: Answerer):
    """ "C'est qui ce Ouchakov qu'on voit partout ?": who he is is his entry; "voit" around the name asks nothing a
    fact must hold (it was declined, his entry the first suggestion)."""
    answer = answerer.ask("c est qui ce ouchakof qu on voit partout")
    assert answer.found and "conseiller diplomatique" in answer.text.split("\n")[0]


def test_an_elision_typed_without_its_apostrophe_is_read(answerer: Answerer):
    """ "dautres", "lhistoire", "jai": "d'autres", "l'histoire", "j'ai" texted; not "the", "many" or a dictionary word
    ("sun" is no "s'un"). "J'ai entendu", "enfin" are the reader's own words. The regions Russia wants were declined."""
    question = "quel sont les regions que les russe veulent garder jai entendu la crimee et dautres"
    tokens = answerer.matcher.read(question).tokens
    assert {"jai", "dautres", "entendu"}.isdisjoint(tokens) and "autres" in tokens
    assert answerer.matcher.read("How many days did the sun shine?").tokens[:2] == ("days", "sun")
    assert "taux" in answerer.matcher.read("le taux des sanctions").tokens  # no "t'aux": "aux" follows no elision
    answer = answerer.ask(question)
    assert answer.found and "Kherson" in answer.text.split("\n")[0]


def test_a_name_typed_with_its_possessive_and_no_apostrophe_is_the_name(answerer: Answerer):
    """ "witkoffs convoy" is Witkoff's convoy: the time it left is given, where the "s" had made an unknown word that
    no fact's sentence held ("the articles do not say"). "who called witkoffs trip…" speaks of his trip, as "Witkoff's
    trip" does; it phones no one. A place's last word is no name: "présidentielles" is no possessive."""
    answer = answerer.ask("what time did witkoffs convoy leave the kremlin")
    assert answer.found and "14:30" in answer.text.split("\n")[0]
    assert answerer.matcher.read("who called witkoffs trip 'a symbolic step'?").by_phone is None
    answer = answerer.ask("Quand auront lieu les prochaines élections présidentielles en Ukraine ?")
    assert not answer.found and answer.text.startswith("Les articles ne disent pas quand")


def test_a_short_form_in_capitals_is_its_word_not_a_name(answerer: Answerer):
    """ "witkoff parcours / CV": "CV" is his career, not a name the articles never mention ("Les articles ne parlent
    pas de CV")."""
    answer = answerer.ask("witkoff parcours / CV")
    assert answer.found and "immobilier" in answer.text.split("\n")[0]


def test_a_fact_naming_other_years_than_the_one_asked_is_of_another_time(answerer: Answerer):
    """ "Which country hosts the G20 summit in 2025?" got "Where: Osaka.", the 2019 G20; a fact naming no year, or
    the year asked, still answers, and so does one a clause of "depuis" dates."""
    assert not answerer.ask("Which country hosts the G20 summit in 2025?").found
    assert answerer.ask("Where did Trump and Putin last meet in person in 2019?").lead == "Where: Osaka."


def test_a_place_naming_a_meeting_asks_of_that_meeting_not_where(answerer: Answerer):
    """ "Le résultat de la rencontre de Moscou": Moscow names the meeting; the fact on Trump briefing the Europeans
    of it, set in Europe where no meeting was held, answers (it was declined as "not about the meeting in Moscow").
    A fact set at another meeting's venue does not: Peskov's words in Saint Petersburg are not on Moscow's."""
    reading = answerer.matcher.read("Trump a-t-il informé les Européens du résultat de la rencontre de Moscou ?")
    assert reading.event_places == {"moscow"}
    assert answerer.ask("Trump a-t-il informé les Européens du résultat de la rencontre de Moscou ?").lead == "Oui."
    assert answerer.matcher.read("the Moscow meeting's outcome").event_places == {"moscow"}
    peskov = answerer.ask("Qu'a dit Peskov de la rencontre de Saint-Pétersbourg ?")
    assert "[003]" in peskov.text.split("\n")[1] + peskov.text.split("\n")[0]


def test_prepositions_and_together_ask_little(answerer: Answerer):
    """ "Through", "amid" are prepositions, "together", "ensemble" what facts say in other words of people who met:
    "How long were Witkoff and Putin in the room together on August 6?" was declined."""
    assert "through" not in answerer.matcher.read("signals sent through Witkoff").tokens
    together = answerer.ask("How long were Witkoff and Putin actually in the room together on August 6?")
    assert together.lead.startswith("How long: nearly three hours")


def test_which_building_asks_where(answerer: Answerer):
    """ "Which building hosted the Witkoff–Putin talks in St. Petersburg?": a building is a venue, "hosted" a past,
    and "St." no end of a sentence (the part before it got "Where: Moscow, Kremlin.")."""
    assert answerer.ask("Which building hosted the Witkoff–Putin talks in St. Petersburg?").lead == (
        "Where: presidential library."
    )
    assert answerer.ask("Dans quel bâtiment se sont-ils rencontrés à Saint-Pétersbourg ?").lead == (
        "Où : bibliothèque présidentielle."
    )
    assert question_parts("Which building hosted the talks in St. Petersburg? And who was there?") == (
        "Which building hosted the talks in St. Petersburg?",
        "And who was there?",
    )


def test_what_does_asks_no_plural_noun(answerer: Answerer):
    """ "What does the Russia–China partnership involve militarily?" got "The articles do not say which.": "does" is
    no plural noun asked after "what". Readers' everyday words: "immo", "bosse"."""
    assert answerer.ask("What does the Russia–China strategic partnership involve militarily?").found
    assert answerer.ask("witkoff c un promoteur immo a la base non ?").found


def test_names_offered_to_choose_from_need_only_one_in_the_fact(answerer: Answerer):
    """ "…, Tass ou Ria ?": either agency; the convoy's fact names Ria Novosti only (it was declined, each name
    being required of the fact)."""
    question = "C'est quelle agence qui a donné l'heure de départ du convoi américain, Tass ou Ria ?"
    assert answerer.matcher.read(question).name_options == {"tass", "ria"}
    answer = answerer.ask(question)
    assert answer.found and "Ria Novosti" in answer.text.split("\n")[0]


def test_a_sit_down_is_a_meeting_as_a_noun_too(answerer: Answerer):
    """ "The 6 August sit-down in Moscow": a meeting, with no "with" after it (it was declined)."""
    assert "meeting" in answerer.matcher.read("Did the 6 August sit-down in Moscow last more than an hour?").tokens
    assert answerer.ask("How long was the 6 August sit-down in Moscow?").lead.startswith("How long: nearly three hours")


@pytest.mark.parametrize(
    "question",
    [
        "In the 'Witkoff va se rendre en Russie' piece, who is he going to see and about what?",
        "Quel succès Trump aurait eu avant l'Ukraine d'après le papier ?",
    ],
)
def test_the_piece_a_reader_means_is_the_article(answerer: Answerer, question: str):
    """ "The … piece", "le papier": the article, as "l'article" is, no word a fact must hold (both were declined)."""
    assert answerer.ask(question).found


def test_negos_and_a_real_de_escalation(answerer: Answerer):
    """ "Les négos" are the negotiations, typed in short; "une vraie désescalade" asks of de-escalation, "vraie"
    saying how real (both were declined)."""
    assert "negociations" in answerer.matcher.read("Zelensky reproche quoi à Moscou dans les négos ?").tokens
    assert answerer.ask("Zelensky reproche quoi à Moscou dans les négos ?").found
    assert answerer.ask("Où en est la perspective d'une vraie désescalade d'après l'article ?").found


def test_mettre_en_garde_is_to_warn(answerer: Answerer):
    """ "Zelensky met en garde contre quoi, côté détails ?": he warns, a verb of speech; his warning not to be
    deceived on the details answers (it was declined)."""
    reading = answerer.matcher.read("Zelensky met en garde contre quoi, côté détails ?")
    assert "avertit" in reading.tokens and "garde" not in reading.tokens
    assert "trompé" in answerer.ask("Zelensky met en garde contre quoi, côté détails ?").text.split("\n")[0]


def test_an_everyday_word_of_a_longer_cue_is_no_cue_alone(answerer: Answerer):
    """ "Name" of "his name" credited every person's entry as naming: "What are the names of the two US nuclear
    submarines?" got Medvedev's entry. The whole cue still names its topic ("quel est son nom ?")."""
    assert not answerer.ask("What are the names of the two US nuclear submarines that were deployed?").found
    assert answerer.ask("Quel est le nom du porte-parole du Kremlin ?").text.startswith("Dmitri Peskov")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Macron a réagi comment à l'annonce du sommet Trump-Poutine ?", "Macron"),
        ("Marco Rubio accompagnait-il Witkoff au Kremlin ?", "Marco Rubio"),
        ("Comment Emmanuel Macron a-t-il réagi après l'appel ?", "Emmanuel Macron"),
    ],
)
def test_a_french_question_s_first_word_is_a_name_where_french_has_no_such_word(
    answerer: Answerer, question: str, name: str
):
    """ "Macron a réagi comment… ?": an English word (the accent), no French one; in a plainly French question it is
    a name, which the articles never mention (it got Ushakov's words on the summit). "Comment" stays a word."""
    answer = answerer.ask(question)
    assert not answer.found and f"{name}." in answer.lead


def test_a_cue_noun_in_the_plural_is_the_same_cue(answerer: Answerer):
    """ "Quels postes occupe Dmitriev ?" asks his role as "quel poste" does (it was declined, his entry the first
    suggestion); "trêves" cues the ceasefires as "trêve" does."""
    answer = answerer.ask("Quels postes occupe Dmitriev ?")
    assert answer.found and "fonds souverain" in answer.text.split("\n")[0]
    assert "ceasefire" in answerer.matcher.read("Comment les deux trêves partielles ont-elles échoué ?").topics


def test_a_word_with_no_vowel_is_a_short_form_not_an_unknown_word(answerer: Answerer):
    """ "mtg" is no French or English word: a short form the briefs cannot read, not a word that makes the question
    off-topic ("witkoff putin mtg how long" was declined)."""
    answer = answerer.ask("how long was the putin witkoff mtg")
    assert answer.found and "three hours" in answer.text.split("\n")[0]
    assert "mtg" not in answerer.matcher.read("how long was the putin witkoff mtg").tokens


def test_to_wish_for_is_to_want(answerer: Answerer):
    """ "Que souhaite la Russie ?" asks what "que veut la Russie ?" does: its conditions (it was declined)."""
    assert "demand" in answerer.matcher.read("Zelensky souhaite-t-il parler directement avec Poutine ?").topics
    answer = answerer.ask("Que souhaite la Russie ?")
    assert answer.found and "conditions" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Quel est le parcours professionnel de Steve Witkoff ?", ("immobilier",)),
        ("Quelle fonction occupe Peskov ?", ("porte-parole",)),
        ("What is Witkoff's professional background?", ("real estate",)),
    ],
)
def test_a_word_beside_a_noun_asking_a_role_asks_nothing_more(answerer: Answerer, question: str, words):
    """ "Parcours professionnel" was declined, "professionnel" no fact's word; "occupe" got the occupied territories."""
    first = answerer.ask(question).text.split("\n")[0]
    assert all(word in first for word in words)


def test_a_role_word_in_a_claim_is_still_asked(knowledge):
    """ "Is Witkoff a career diplomat?" asks "diplomat": it is the claim, not a word beside the question's noun."""
    assert "diplomat" in Matcher(knowledge).read("Is Steve Witkoff a career diplomat?").tokens


def test_a_french_past_participle_of_an_everyday_verb_is_light(answerer: Answerer):
    """ "Quelle date butoir Washington a-t-il donnée à Moscou ?": "donnée" is "donner" (a dictionary reads it as the
    noun, data), an everyday verb; weighing as a word no fact uses, it had the deadline declined."""
    assert light_word("donnee") and light_word("passees") and not light_word("rencontree")
    assert answerer.ask("Quelle date butoir Washington a-t-il donnée à Moscou ?").lead.startswith("Quand : vendredi 8")


def test_an_article_named_by_its_place_in_their_order_stands_for_its_number(answerer: Answerer):
    """ "Selon le dernier article", "the first article" name 004 and 000, as "l'article 004" would; where in an article
    ("the opening of", "le chapeau de") is no word to match. Both questions were declined."""
    reading = answerer.matcher.read("Quelle récompense Trump convoite-t-il selon le dernier article ?")
    assert "004" in reading.tokens
    assert (
        "Nobel" in answerer.ask("Quelle récompense Trump convoite-t-il selon le dernier article ?").text.split("\n")[0]
    )
    opening = answerer.matcher.read(
        "How were the Witkoff–Putin discussions labelled in the opening of the first article?"
    )
    assert "000" in opening.tokens and "opening" not in opening.tokens


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("where does diplomacy stand since the 2022 invasion, any big breakthrough so far", False),
        ("Where are we with the ceasefire talks?", False),
        ("Où en sont les négociations ?", False),
        ("Where did Witkoff stand during the handshake?", True),  # where he stood, in the past: a place
        ("Where is the summit?", True),
    ],
)
def test_where_things_stand_asks_no_place(answerer: Answerer, question: str, place: bool):
    """ "Where does diplomacy stand…?", "where are we with…?" ask how things stand, as "où en sont…" does: the first
    was declined as "the articles do not say where this event took place"."""
    assert ("place" in answerer.matcher.read(question).aspects) is place


def test_an_indefinite_pronoun_is_no_word_to_match(answerer: Answerer):
    """ "Comment certains à Washington voient-ils la mission Witkoff ?": "certains" is "some", a function word; as a
    word no fact holds it weighed enough to decline. "Quelques" counts ("quelques jours avant l'échéance") and stays."""
    assert "certains" not in answerer.matcher.read("Certains à Washington voient la mission comme quoi ?").tokens
    assert answerer.ask("Certains à Washington voient la mission comme quoi ?").found
    assert "quelques" in answerer.matcher.read("quelques jours avant la fin de l'ultimatum ?").tokens
    # "Some people" is its English twin: "what do some people say about…" is no one's words to look for.
    assert "people" not in answerer.matcher.read("What do some people say about Witkoff's integrity?").tokens
    assert answerer.ask("What do some people say about Witkoff's integrity?").found
    assert "people" in answerer.matcher.read("How many people die each week?").tokens
    # "Sur le plan militaire" is "militarily": no plan ("sur le plan de paix" names one).
    assert "plan" not in answerer.matcher.read("La Russie et la Chine coopèrent-elles sur le plan militaire ?").tokens
    assert "plan" in answerer.matcher.read("Sur le plan de paix, qu'ont changé les États-Unis ?").tokens


def test_a_phrasal_verbs_particle_is_no_word_to_match(answerer: Answerer):
    """ "Pull away", "drive away": the verb says what happened, "away" no fact's word; as one it weighed enough to
    decline when the convoy left the Kremlin. "Off" stays: "off the table" is what a claim asks."""
    question = "When did the American motorcade pull away from the Kremlin?"
    assert "away" not in answerer.matcher.read(question).tokens
    assert answerer.ask(question).found
    assert "off" in answerer.matcher.read("Are sanctions off the table?").tokens


def test_places_offered_as_partners_are_no_place_asked_and_either_answers(answerer: Answerer):
    """ "Le Kremlin cherche-t-il un accord avec Kiev ou avec Washington ?" asks with whom, not where ("place" was read
    from the two places offered), and a fact holding either of them holds what is asked: the Kremlin's preference for
    a deal with Washington answers, not Moscow's conditions, which name both. "In Moscow or in St Petersburg?" still
    asks where."""
    question = "Le Kremlin cherche-t-il un accord avec Kiev ou avec Washington ?"
    assert "place" not in answerer.matcher.read(question).aspects
    assert "sceller un accord bilatéral avec Washington" in answerer.ask(question).text.split("\n")[0]
    assert "place" in answerer.matcher.read("did they meet in Moscow or in Saint Petersburg?").aspects


def test_do_we_know_what_asks_what(answerer: Answerer):
    """ "Do we know what was actually said in the talks?" asks what was said: read as yes or no, it got "Yes." from the
    talks' length, though no detail of what was said leaked. "Do we know how long…?" still gets yes with the value."""
    assert not answerer.matcher.read("Do we know what was actually said in the Witkoff–Putin talks in Moscow?").yes_no
    assert answerer.ask("Do we know how long the 6 August meeting lasted?").lead.startswith("Yes. How long:")


def test_a_word_asked_in_two_forms_counts_once(answerer: Answerer):
    """ "…since a US official of Witkoff's rank visited Russia officially?": "official" and "officially" are one English
    stem, and counted twice they led to "the official Tass agency" and the meeting's three hours."""
    question = "How long had it been since a US official of Witkoff's rank visited Russia officially?"
    tokens = answerer.matcher.read(question).tokens
    assert "official" in tokens and "officially" not in tokens
    assert "three hours" not in answerer.ask(question).text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "aspects"),
    [
        ("When Witkoff met Putin in Moscow, how long did they talk?", {"duration"}),
        ("When Moscow speaks of its fundamental interests, what does it mean?", set()),
        ("Quand Moscou parle de ses intérêts fondamentaux, que veut-elle dire ?", set()),
        ("When did Witkoff and Putin meet in Moscow?", {"date"}),
        ("Zelensky a accusé Moscou de gagner du temps, il était où quand il a dit ça ?", {"place"}),
        ("Quand ils se sont vus à Moscou ?", {"date"}),  # "quand" alone asks when, its subject after it
    ],
)
def test_a_clause_of_time_opening_a_question_is_not_what_it_asks(answerer: Answerer, question: str, aspects: set[str]):
    """ "When Witkoff met Putin, how long did they talk?" asks how long: the clause of time before the interrogative
    says of what, as it does after it ("how long did they talk when…?"). It got "When: Wednesday 6 August 2025.", and
    "When Moscow talks of its interests, what does it mean?" the decline "the articles do not say when"."""
    assert set(answerer.matcher.read(question).aspects) == aspects


@pytest.mark.parametrize(
    "question",
    [
        "When was the presidential library in St Petersburg founded?",
        "Quand la bibliothèque présidentielle a-t-elle été fondée ?",
        "agence tass fondée en quelle année",
    ],
)
def test_when_an_event_told_in_no_form_of_its_verb_happened_is_not_found(answerer: Answerer, question: str):
    """ "When was the St Petersburg presidential library founded?" got "When: 'yesterday' (c. 11 April 2025)", the day
    of the meeting held there: the briefs tell of no founding, in any form of the verb. "When did Witkoff meet Putin in
    Saint Petersburg?" still gets its day. A French participle is read as one with its accent folded away ("fondée"
    got the day Tass gave the meeting's length)."""
    answer = answerer.ask(question)
    assert not answer.found and "2025" not in answer.text.split("\n")[0]
    assert answerer.ask("When did Witkoff meet Putin in Saint Petersburg?").lead.startswith("When:")


@pytest.mark.parametrize(
    ("question", "clock"),
    [
        ("heure départ convoi américain kremlin", True),  # the noun asks it, typed in short, as "date" does
        ("La réunion du 6 août n'a duré qu'une heure ?", False),  # a length of one hour
        ("la réunion a duré trois heures ?", False),
        ("À l'heure actuelle, où en est le sommet ?", False),  # "now"
    ],
)
def test_the_noun_heure_asks_the_time(answerer: Answerer, question: str, clock: bool):
    """ "heure départ convoi kremlin" asks the time the convoy left, as "à quelle heure…" does (it got the fact with no
    first line, and "heure début réunion" the meeting's length); "une heure", "l'heure actuelle" ask no time."""
    assert ("clock" in answerer.matcher.read(question).aspects) is clock


def test_vouloir_dire_asks_what_something_means(answerer: Answerer):
    """ "Sanctions secondaires, ça veut dire quoi ?" asks what they are, as "what do secondary sanctions mean?" does:
    "veut" read as a demand and "dire" as a statement (or "direct"), and the question was declined."""
    reading = answerer.matcher.read("Les sanctions secondaires, ça veut dire quoi ?")
    assert "veut" not in reading.tokens and "dire" not in reading.tokens and "demand" not in reading.topics
    assert answerer.ask("Les sanctions secondaires, ça veut dire quoi ?").found
