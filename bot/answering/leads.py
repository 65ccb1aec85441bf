"""The line that answers first: the date, place, length, person or number asked for, or yes or no."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from bot.answering.doers import holds_verb, who_did
from bot.answering.index import LENGTH, announced, by_phone, gives, published, reported_done, same_claim
from bot.answering.lexicon import (
    CLAUSE_WORDS,
    COUNTRIES,
    COUNTS_WITHOUT_VALUE,
    DUE_WORDS,
    ISSUING,
    MEASURES,
    NUMBER_WORDS,
    PEOPLE_COUNTED,
    RATE,
    SAME_PLACE,
    SETTLING,
    STEM,
    STOPWORDS,
    WORDS_CUES,
    YEAR_OR_ID,
    advising_clauses,
    denying_clauses,
    hedges,
    period_of,
)
from bot.answering.matching import Decline, Reading, Result
from bot.answering.verdicts import (
    Verdict,
    forms_asked,
    in_venue,
    stated_share,
    states_all_but_time,
    verdict,
    verdict_line,
    yes_or_no,
)
from bot.knowledge.dates import FOLDED_MONTHS, FOLDED_MONTHS_EN, FOLDED_MONTHS_FR, fact_date, format_date
from bot.knowledge.loading import Fact, Knowledge
from bot.knowledge.schema import DeadlineFact, FactBase, MeetingFact, StatementFact
from bot.knowledge.text import fold, lemmas
from bot.messages import say

MAX_DATES = 3
WHO_COVERAGE = 0.8  # "Qui : X" names X as the answer: only when the best fact holds nearly all the question
WHO_VERB_COVERAGE = 0.65  # …or most of it, where it has the verb asked
# As in the index's counts: "un", "une", "one" are articles far more often ("mettre un terme") than a count.
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS - {"un", "une", "one"}, key=len, reverse=True))
_NUMBER = re.compile(
    r"(?<![\w:])(\d+(?:[.,]\d+)?|" + _NUMBER_WORD + r")\s+([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3})", re.IGNORECASE
)
_COUNT_ARTICLE = re.compile(r"\b(des|quelques)\s+$", re.IGNORECASE)  # before "milliers", "dizaines"
_COMPOUND_LENGTH = re.compile(r"\b(\d+|" + _NUMBER_WORD + r")-(day|hour|week|month|year)\b", re.IGNORECASE)
_JOINED = re.compile(r"(?:et (?:de |d'|des )?|and (?:of )?)[\w-]+(?: [\w-]+)?(?= *(?:[,;.]|$))")
# A length as the summary words it, with its hedge: "près de trois heures", "about three hours".
_LENGTH = re.compile(r"(?:(?:près|environ|plus|moins) d[e']\s*|(?:nearly|about|almost|over|some)\s+)?" + LENGTH, re.I)


@dataclass(frozen=True, slots=True)
class Value:
    """One part of a first line: the value asked ("Où : Moscou."), or that a fact says it is not yet set."""

    text: str
    settled: bool = True


def first_line(result: Result, facts: list[Fact], knowledge: Knowledge, lang: str) -> str:
    """What answers the question itself, before the facts that support it; "" when the facts say it best."""
    reading = result.reading
    if not facts:
        return ""
    asked = [a for a in ("date", "clock", "place", "duration", "who", "quantity") if a in reading.aspects]
    if reading.yes_no and not (asked and reading.known):  # "did Trump inform them when it ended?": yes or no
        return yes_or_no(reading, result, facts[0], knowledge, lang)
    if reading.asks_words and not asked and (words := _words_used(reading, facts[0], knowledge, lang)):
        return words
    # "Who won the Nobel?" over a fact saying Trump dreams of it: the facts may be shown, but no name as the answer.
    # Nor a name for "who said the pressure is not working?" from one who said it works: the negation is unheld.
    named = [
        a
        for a in asked
        if a != "who"
        or _holds_who(reading, result, facts[0], lang)
        and (not reading.negated or _negates(reading, facts[0]))
    ]
    # Facts holding as much of the question as the best, or quoting what it quotes: another meeting's place is given
    # only from one of them.
    best = result.matches[0]
    peers = frozenset(m.fact.id for m in result.matches if m.coverage >= best.coverage or same_claim(m.fact, best.fact))
    values = [
        value
        for aspect in named
        if (
            value := _aspect_value(aspect, reading, facts, knowledge, lang, peers)
            or _not_set(aspect, reading, facts, knowledge, lang)
        )
    ]
    parts = [value.text for value in values]
    if reading.yes_no:  # "Sait-on où se tiendra le sommet ?": yes, and where, only when a fact gives it
        if values and not all(value.settled for value in values):  # "Non. Où : non précisé (article 002)."
            return " ".join([say("no", lang), *parts])
        said = verdict(reading, result, facts[0], knowledge, lang)
        if said in (Verdict.NO, Verdict.NO_HEDGED):
            return verdict_line(said, lang)
        if said is Verdict.UNSAID or not parts:  # no bare yes: the value asked is the answer
            return verdict_line(Verdict.UNSAID, lang)
        return " ".join([verdict_line(said, lang), *parts])
    return " ".join(parts)


def _holds_who(reading: Reading, result: Result, fact: Fact, lang: str) -> bool:
    """Tell whether the best fact holds enough of a "who" question to name who as its answer: nearly all of it, or
    most of it and the very verb asked ("who greeted Witkoff when he landed?" of "welcomed by Dmitriev on arriving"
    is not named; "who welcomed…" is)."""
    share = stated_share(result)
    return share >= WHO_COVERAGE or share >= WHO_VERB_COVERAGE and holds_verb(reading, fact, lang)


_EVENTS = frozenset(["meeting", "summit"])  # what else a question may ask the day of, beside a deadline


def asks_when_set(reading: Reading) -> bool:
    """Tell whether a question asks when the ultimatum was set, not when it falls due: "when did Trump issue his
    ultimatum?", "quand l'ultimatum a-t-il été lancé ?"; not "quand expire-t-il ?", "la date limite fixée…". A
    deadline's brief holds the day it falls due only: no fact answers it."""
    if "date" not in reading.aspects or reading.yes_no or "ultimatum" not in reading.tokens:
        return False
    if not reading.topics.isdisjoint(_EVENTS):  # "le sommet a été annoncé à quel moment par rapport à l'ultimatum ?"
        return False
    tokens = set(reading.tokens)
    return not ISSUING.isdisjoint(tokens) and DUE_WORDS.isdisjoint(tokens)


def _set_aside(reading: Reading, knowledge: Knowledge, lang: str) -> set[str]:
    """The names of whom a question asking who else sets aside ("besides Putin", or whom the last answer named)."""
    return {knowledge.people[p].name.get(lang) for p in reading.besides if p in knowledge.people}


def _of_speech(reading: Reading) -> bool:
    """Tell whether a question asks of what someone said: a verb of speech, or a statement it names."""
    return reading.asks_speech or "statement" in reading.topics


def _negates(reading: Reading, fact: Fact) -> bool:
    """Tell whether a clause of a fact's title or summary, in either language, denies or refuses some of what a
    question asks, or advises against it: "qu'aucune percée n'était attendue" for "who said no breakthrough was
    expected?", "not to be deceived" for "who insisted on not being deceived?"; not "the pressure is working" for
    "who said it is not working?", beside that warning."""
    data = fact.data
    texts = (data.title.fr, data.title.en, data.summary.fr, data.summary.en)
    asked = forms_asked(reading)
    clauses = (clause for text in texts for clause in (*denying_clauses(text), *advising_clauses(text)))
    return any(not asked.isdisjoint(clause) for clause in clauses)


def _aspect_value(
    aspect: str, reading: Reading, facts: list[Fact], knowledge: Knowledge, lang: str, peers: frozenset[str]
) -> Value | None:
    """The value of one aspect from the first fact that gives it, as a labelled line part; every date for "when";
    or, from the first fact saying so, that it is not yet set ("Où : non précisé (article 002)."). Asked where or
    when people meet, only a fact reporting that they all met gives it: "where will Trump and Putin meet?" is not
    answered by the place of Witkoff's meeting that Peskov spoke of."""
    # Not of a meeting the question names by its day ("et la rencontre du 6 août, quand ?" after Trump and Putin).
    if aspect in ("date", "place") and reading.asks_contact and len(reading.participants) > 1 and not reading.days:
        facts = [fact for fact in facts if reading.participants <= set(fact.data.met)]
        if not facts:
            return None
    if aspect == "date" and reading.due_day:  # "what deadline did Washington give Moscow?": not the summit's day
        facts = [fact for fact in facts if isinstance(fact.data, DeadlineFact)]
        if not facts:
            return None
    if aspect == "date":  # several events of one kind answer "when did they meet": each date, oldest first
        kind = facts[0].topic
        if isinstance(facts[0].data, StatementFact) and _day_of(facts[0].data) is None:
            # "Quand Witkoff arrive-t-il à Moscou ?" over Peskov confirming the visit, undated: the visit its own
            # article reports dates it.
            kind = next((f.topic for f in facts[1:] if _day_of(f.data) and _same_article(f, facts[0])), kind)
        # "Quand aura lieu le sommet ?": only a day its article looked forward to, not the day it was reported.
        ahead = [fact for fact in facts if not reading.to_come or _ahead(fact, knowledge)]
        undated = not _lead_day(facts[0], lang)
        if undated and (since := _SINCE_YEAR.search(facts[0].data.summary.get(lang))):
            # "When did the war start?" of "depuis l'invasion russe début 2022": the time it runs since, the only one
            # the best fact gives; another fact's day is of another event ("vers le 11 avril 2025").
            return Value(say("lead_date", lang, value=since.group(1)))
        if kind == facts[0].topic and undated:
            # "Quand Poutine a-t-il donné son accord au cessez-le-feu de 30 jours ?": the best fact gives no day; a
            # weaker one of its topic (the 6 August talks on a ceasefire) is another event, whose day is not its.
            ahead = [fact for fact in ahead if fact.id in peers]
        # "When did Witkoff meet Putin in Moscow?", "when was the Moscow meeting?": not the day of a meeting held in
        # Saint Petersburg.
        # Two people named with a city ask of their meeting there, however terse: "witkoff poutine moscou date".
        meeting = "meeting" in reading.topics or len(reading.people) > 1
        venues = reading.settings or (reading.places - COUNTRIES if meeting else frozenset())
        if venues:
            where = replace(reading, settings=venues)
            ahead = [fact for fact in ahead if not gives(fact, "place") or in_venue(where, fact, knowledge)]
        if reading.past and not reading.future:  # "when did they meet?": not a visit announced, still to come
            ahead = [fact for fact in ahead if not announced(fact, knowledge)]
        if asks_when_set(reading):  # "when was the ultimatum issued?": not the day it falls due, which is all a
            return None  # deadline holds, nor the day of another fact announced then
        # "Quelle est la date du sommet ?": where a fact says its day is not set, the days of others on it are when
        # it was agreed or announced; asked of the past ("when was it announced?"), they answer.
        # "What date has been fixed for the summit?" asks of it, however past its verb: its being set.
        of_it = not reading.past or not SETTLING.isdisjoint(reading.tokens)
        # Of the best fact's topic: "when did Putin first become president?" is not the summit's day, still unset.
        unset = next((f for f in facts if "date" in f.data.unsettled and f.topic == kind), None)
        if of_it and unset:
            return _unsettled(aspect, unset, lang)
        days: dict[dt.date, tuple[str, bool]] = {}
        dated = (day for fact in ahead if fact.topic == kind and (day := _lead_day(fact, lang)))
        for when, label, hedged in sorted(dated):
            # A day one fact hedges ("sanctions probablement mises en œuvre le 8 août") and another states (the
            # deadline's 8 August) is stated.
            if not (hedged and when in days and not days[when][1]):
                days[when] = label, hedged
        shown = [label for label, _ in days.values()][:MAX_DATES]
        # "When did Trump and Putin last meet?": "remonte à 2019", the only time it gives; not "when did they last
        # talk?", a call being no meeting and maybe later.
        in_person = reading.asks_contact and not reading.talked
        if not shown and in_person and (year := _year_met(ahead[0], lang) if ahead else None):
            shown = [year]
        if shown:
            return Value(say("lead_date", lang, value=" ; ".join(shown)))
        return _unsettled(aspect, unset, lang) if unset else None
    if aspect == "place" and by_phone(facts[0]):
        return None  # a call happens nowhere: a later fact's place would be another event's
    # Who did it is the best fact's to say; a later fact, about something else, may only say who said it.
    found: list[tuple[Fact, str]] = []
    aside = _set_aside(reading, knowledge, lang) if aspect == "who" else set()  # not whom "who else?" sets aside
    rated = ""  # a number per day, week… where none was asked: the answer only if no fact gives another
    for at, fact in enumerate(facts):
        if reading.sets_aside_done(aspect) and reported_done(fact, knowledge):
            continue  # "quelle ville accueillera le sommet ?": where a past meeting was held does not answer it
        if reading.ranks_held_first and aspect in ("place", "duration") and announced(fact, knowledge):
            continue  # "combien de temps ont-ils parlé ?": not the two days a visit still to come is expected to last
        if aspect == "place" and reading.offered and fact.data.date is None:
            continue  # "au Kremlin ou à Saint-Pétersbourg ?": one meeting's place each, not that of several
        # Where a fact answering less of the question was held may be another event's place; not where the question
        # offers places to choose from: each fact then answers for its own.
        other_event = at and aspect == "place" and fact.id not in peers and not reading.options
        value = None if other_event else _value(aspect, reading, fact, knowledge, lang, speaker_only=at > 0)
        if value and value in aside:
            continue  # "and who else?" after "Qui : Iouri Ouchakov.": not him again
        if value and aspect == "quantity" and reading.per and not _at_rate(value, reading.per):
            continue  # "combien de morts par jour ?": not "des milliers par semaine", nor a total
        if value and aspect == "quantity" and RATE.search(value) and not reading.per:
            # "How many has the war killed?": a total, which "thousands a week" is not; a later fact may give it.
            rated = rated or value
            continue
        if value and not found:
            found.append((fact, value))
            if aspect != "place":
                break
        elif value and _another_meeting(reading, fact, found, knowledge):
            found.append((fact, value))
        elif aspect in fact.data.unsettled and not found:
            return _unsettled(aspect, fact, lang)
    if len(found) > 1:  # "où se sont-ils rencontrés ?" over meetings in two cities: each, with its day
        each = [f"{value} ({_day(fact, lang, words=False)})" for fact, value in found]
        return Value(say("lead_place", lang, value=" ; ".join(each)))
    if not found and rated:
        return Value(say(f"lead_{aspect}", lang, value=rated))
    return Value(say(f"lead_{aspect}", lang, value=found[0][1])) if found else None


def _asks_any(reading: Reading, words: list[str]) -> bool:
    """Tell whether a question holds the first content word of these (folded), or a word of its stem: "displaced" of
    "displaced people", not "people", which the deaths are too."""
    stem = next((word[:STEM] for word in words if word not in STOPWORDS), None)
    return stem is not None and any(token[:STEM] == stem for token in reading.tokens)


def _at_rate(value: str, per: frozenset[str]) -> bool:
    """Tell whether a count is by a period a question asks it by: "milliers par semaine" for "per week"."""
    found = RATE.search(value)
    return found is not None and period_of(found.group(1)) in {period_of(unit) for unit in per}


def _words_used(reading: Reading, fact: Fact, knowledge: Knowledge, lang: str) -> str | None:
    """For "comment Peskov a-t-il qualifié les discussions ?": the words the best fact, a statement of the speaker
    asked (or of anyone, if none is named), quotes them describing what is asked with: "Dmitri Peskov : « importantes,
    substantielles et très utiles »." Only where its summary describes something with those words ("a qualifié les
    discussions d'« … »", "described the talks as “…”") and what it describes is what the question names first:
    not Witkoff for "les discussions Witkoff–Poutine", nor a speaker's words that describe nothing ("a noté que")."""
    data = fact.data
    if not isinstance(data, StatementFact) or data.speaker not in knowledge.people:
        return None
    if reading.speaker and reading.speaker != data.speaker:
        return None
    summary = data.summary.get(lang)
    described = _DESCRIBED.search(summary)
    if described is None:
        return None
    clause = re.split(r"[;.]", summary[described.end() :], maxsplit=1)[0]
    quoted = _QUOTED.search(clause)
    if quoted is None:
        return None
    # What the words describe: the first word after the verb that is no article, date, number or name.
    names = knowledge.name_words
    between = [word for word in fold(clause[: quoted.start()]).split() if _described(word) and word not in names]
    asked = [t for t in reading.tokens if t not in names and t not in _DESCRIBING_WORDS and _described(t)]
    if not asked and reading.people - {data.speaker}:  # "comment Peskov a-t-il qualifié Witkoff ?": a person
        return None
    if asked and not (between and any(between[0][:STEM] == t[:STEM] for t in asked)):
        return None
    return say("lead_words", lang, speaker=knowledge.people[data.speaker].name.get(lang), value=quoted.group(1))


def _described(word: str) -> bool:
    """Tell whether a folded word may name what words describe: not an article, a date or a number."""
    return word not in STOPWORDS and word not in FOLDED_MONTHS and not word[:1].isdigit()


# A time of day as a summary words it, with its hedge and its other zone: "aux alentours de 14h30 (11h30 GMT)".
_CLOCK = re.compile(
    r"(?:(?:vers|aux alentours de|autour de|(?:at )?around|(?:at )?about)\s+)?\d{1,2}\s*(?:h|:)\s*\d{2}"
    r"(?:\s*\(\d{1,2}\s*(?:h|:)\s*\d{2}\s*(?:GMT|UTC)\))?",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[«“\"]\s*([^«»“”\"]+?)\s*[»”\"]")  # « … » in French summaries, “ … ” in English ones
# A verb describing something with the words quoted after it: "a qualifié les discussions d'« … »", "called it",
# "parlant d'un dialogue « … »".
_DESCRIBED = re.compile(
    r"\b(?:qualifi|décri|decri|describ|characteri[sz]|called\b|calling\b|parlant d(?=\W))\w*", re.IGNORECASE
)
_DESCRIBING_WORDS = frozenset(fold(cue) for cue in WORDS_CUES if " " not in cue)  # the question's cue, not its object


def _not_set(aspect: str, reading: Reading, facts: list[Fact], knowledge: Knowledge, lang: str) -> Value | None:
    """Where no fact shown gives what is asked of an event to come, that a fact on it, naming all the question names
    (or shown, if it names no one), says it is not set: "Where will the Trump–Putin summit be held?" over the
    agreement in principle; not "where will the next G20 be held?"."""
    if not reading.future or reading.past or aspect not in ("place", "date"):
        return None  # "when was the last time they met?" asks of a meeting held, whose day a fact may state
    topic = facts[0].topic
    unset = next(
        (
            fact
            for fact in knowledge.facts
            if fact.topic == topic
            and aspect in fact.data.unsettled
            and (reading.people <= set(fact.data.people) if reading.people else fact in facts)
        ),
        None,
    )
    return _unsettled(aspect, unset, lang) if unset else None


def _another_meeting(reading: Reading, fact: Fact, found: list[tuple[Fact, str]], knowledge: Knowledge) -> bool:
    """Tell whether a later fact is on another meeting, in another place, than those found: dated, on another day,
    in none of their places (Moscou and the Kremlin are one), and, unless the question asks what is to come, one
    its articles report as done, not a visit they announce."""
    days = [shown.data.date for shown, _ in found]
    # Their venues, listed first: the parties a meeting's places name after it ("Washington–Moscou") are not where it
    # was held.
    seen = {
        same
        for shown, _ in found
        for place in set(shown.data.places[:1]) - COUNTRIES  # Saint Petersburg's "Russia" makes Moscow no same place
        for same in (place, *SAME_PLACE.get(place, ()))
    }
    return (
        fact.data.date is not None
        and None not in days
        and fact.data.date not in days
        and seen.isdisjoint(set(fact.data.places[:1]) - COUNTRIES)
        and (reading.to_come or reported_done(fact, knowledge))
    )


def _day(fact: Fact, lang: str, *, words: bool = True) -> str:
    """The day a fact is dated, as a first line gives it; without the article's words for it, beside a place."""
    day = _lead_day(fact, lang, words=words)
    return day[1] if day else ""


def _year_met(fact: Fact, lang: str) -> str | None:
    """The year of a contact a fact reports held with no day ("la dernière rencontre… remonte à 2019"): the one year
    its title names, as a first line gives it; None for any other fact."""
    if fact.data.date is not None or not fact.data.met:
        return None
    years = set(_YEAR.findall(fact.data.title.get(lang)))
    return years.pop() if len(years) == 1 else None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Depuis l'invasion russe début 2022", "since the Russian invasion in early 2022": a year run from, with its part.
_SINCE_YEAR = re.compile(
    r"\b(?:depuis|since)\b[^,;.]*?\b((?:(?:début|fin|mi|early|late|mid)[- ])?(?:19|20)\d\d)\b", re.IGNORECASE
)


def _unsettled(aspect: str, fact: Fact, lang: str) -> Value:
    """That a fact says the place or date asked is not yet set, with the article saying so, and its words for when
    it may be: "Quand : non confirmé ; possible « dès la semaine prochaine » (article 002)."."""
    articles = ", ".join(sorted({c.article for c in fact.data.citations}))
    words = fact.data.date_words if aspect == "date" else None
    if words is not None:
        return Value(say("lead_unsettled_date_words", lang, words=words.get(lang), articles=articles), settled=False)
    return Value(say(f"lead_unsettled_{aspect}", lang, articles=articles), settled=False)


def _ahead(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact's day is one its articles looked forward to: stated, and after they were published; or
    worked out from the words of a visit they announce ("dans les jours à venir")."""
    data = fact.data
    day = _day_of(data)
    if day is not None and data.date_words is not None and announced(fact, knowledge):
        return True  # a visit announced "dans les jours à venir": its own words look forward
    if day is None or not isinstance(data, DeadlineFact) and data.date_basis != "stated":
        return False
    return day > published(fact, knowledge)


def _day_of(data: FactBase) -> dt.date | None:
    """The day a fact is of: a deadline's due day, else its date."""
    return data.due if isinstance(data, DeadlineFact) and data.due else data.date


def _hedges_day(fact: Fact, day: dt.date, lang: str) -> bool:
    """Tell whether a fact's summary hedges a day it states, right before it: "seraient probablement mises en œuvre
    le 8 août"."""
    words = fold(fact.data.summary.get(lang)).split()
    month = (FOLDED_MONTHS_FR if lang == "fr" else FOLDED_MONTHS_EN)[day.month - 1]
    return any(
        word == str(day.day) and words[at + 1] == month and hedges(words[max(0, at - _HEDGE_REACH) : at])
        for at, word in enumerate(words[:-1])
    )


_HEDGE_REACH = 6  # words before a day in which a hedge bears on it: "seraient probablement mises en œuvre le 8 août"


def _lead_day(fact: Fact, lang: str, *, words: bool = True) -> tuple[dt.date, str, bool] | None:
    """The day that answers "when" for a fact, as readers see it: a deadline's due day, else the event's date
    (approximate when worked out); and whether its summary hedges it ("vendredi 8 août 2025, au conditionnel")."""
    data = fact.data
    day = _day_of(data)
    if day is None:
        return None
    hedged = _hedges_day(fact, day, lang)
    # A day the articles state is given with its weekday ("mercredi 6 août 2025"): they often name it, and readers
    # ask it. Not a day worked out: its weekday would be as uncertain as the day.
    if isinstance(data, DeadlineFact) and data.due or data.date_basis == "stated" and data.date_precision == "day":
        label = format_date(day, lang, weekday=True)
        return day, say("lead_day_hedged", lang, day=label) if hedged else label, hedged
    if words and data.date_words is not None:  # "« hier » selon l'article 003 (vers le 11 avril 2025)"
        said = data.date_words
        article = next((c.article for c in data.citations if said.fr in c.quote), data.citations[0].article)
        label = say("lead_date_words", lang, words=said.get(lang), article=article, date=fact_date(data, lang))
        return day, label, hedged
    return day, fact_date(data, lang) or "", hedged


def _value(
    aspect: str, reading: Reading, fact: Fact, knowledge: Knowledge, lang: str, *, speaker_only: bool = False
) -> str | None:
    """One fact's date, place, length, people or number, in lang; None when it does not state it.

    speaker_only: "who" is answered only by a statement's speaker, to a question asking who said it.
    """
    data = fact.data
    if aspect == "date":
        return _day(fact, lang) or None
    if aspect == "place":
        if isinstance(data, StatementFact):  # where it was said, if the article says: "à Paris, le mois dernier"
            place = knowledge.places.get(data.where) if data.where else None  # loading refused an unknown one
            return place.name.get(lang) if place else None
        if _of_speech(reading):  # "où Peskov a-t-il déclaré…": not the venue of the meeting he spoke of
            return None
        # Other facts name the places they concern, not where they happen, unless they report a contact held there
        # (the 2019 G20 in Osaka, in a fact on the summit: not where one is to come); a call happens nowhere.
        if not (isinstance(data, MeetingFact) or data.met and not reading.to_come) or by_phone(fact):
            return None
        # Curators list the venue first; a second place is kept only when it is part of it (Moscou, Kremlin). A
        # country is never the venue ("dans quel lieu de Saint-Pétersbourg ?" is not answered "Russie"), and when
        # the question names the venue, only a place within it answers.
        named = reading.places - reading.offered  # "in Moscow or in St Petersburg?": those offered answer
        places = [p for p in data.places if p in knowledge.places and p not in named and p not in COUNTRIES]
        if places[:1] and places[0] not in knowledge.venues:  # "Israël", the conflict Witkoff works on: no venue
            return None
        if data.places and data.places[0] in named:
            places = [p for p in places if p in SAME_PLACE.get(data.places[0], ())]
        shown = places[:1] + [p for p in places[1:2] if p in SAME_PLACE.get(places[0], ())]
        return ", ".join(knowledge.places[p].name.get(lang) for p in shown) or None
    if aspect == "duration":
        if isinstance(data, MeetingFact) and data.duration:
            return data.duration.get(lang)
        found = _LENGTH.search(data.summary.get(lang))
        return found.group(0) if found else None
    if aspect == "clock":  # "à quelle heure…": the time as the summary words it, hedge and zone kept
        if not states_all_but_time(reading, fact, knowledge, unknown=True):  # its leaving is not Witkoff's arrival
            return None
        found = _CLOCK.search(data.summary.get(lang))
        return found.group(0) if found else None
    if aspect == "who":
        return who_did(reading, fact, knowledge, lang, speaker_only=speaker_only)
    if aspect == "quantity":
        if reading.counted in MEASURES:
            return None  # "quelle taille de l'armée ?": a count of regions is no size
        summary = data.summary.get(lang)
        wording = f"{data.title.get(lang)} {summary}"  # where the fact names what it counts
        # "How many days…?" of "a 30-day ceasefire", "a two-day meeting": the length a compound states.
        if reading.counted and (compound := _COMPOUND_LENGTH.search(summary)):
            number, unit = compound.groups()
            if reading.counted.rstrip("s") == unit.lower():
                return f"{number} {unit}{'' if number.lower() in ('1', 'one') else 's'}"
        for found in _NUMBER.finditer(summary):
            number, noun = found.groups()
            # Not a date, a year, or an article's number ("l'article 000 rattache…"): no count starts with a zero.
            if fold(noun.split()[0]) not in FOLDED_MONTHS and not YEAR_OR_ID.fullmatch(number):
                words = noun.split()
                # The counted noun and its complements ("dizaines de milliers de morts", "two US submarines"): a
                # preposition or a clause word starts what is said of it ("deux sous-marins | à un échange").
                cut = next((i for i, w in enumerate(words) if fold(w) in CLAUSE_WORDS), len(words))
                # A rate belongs to its number: "des milliers par semaine", "thousands a week" is no total; so does
                # a noun joined to the counted one at its end, when asked: "combien de déplacés ?" is answered
                # "dizaines de milliers de morts et de déplacés", "combien de morts ?" with the deaths alone.
                rest = " ".join(words[cut:]) if cut < len(words) else summary[found.end() :].strip()
                joined = _JOINED.match(rest)
                if joined and not _asks_any(reading, fold(joined.group(0)).split()[1:]):
                    joined = None
                rated = RATE.match(rest)
                if rated and not reading.per:
                    continue  # "how many people have died?" is no rate: not "thousands a week"
                if _counts_another(reading, words[:cut] + (joined.group(0).split() if joined else []), wording):
                    continue  # "how many demands did Putin make?": not "four Ukrainian regions"
                rate = rated or joined
                words = words[:cut] + (rate.group(0).split() if rate else [])
                while words and fold(words[-1]) in STOPWORDS:  # "dizaines de milliers de" ends on its noun
                    words.pop()
                # "des milliers par semaine", "des dizaines de milliers de morts": a count with no value keeps its
                # article ("milliers par semaine" reads as a heading).
                article = fold(number) in COUNTS_WITHOUT_VALUE and _COUNT_ARTICLE.search(summary[: found.start()])
                return f"{article.group(1) + ' ' if article else ''}{number} {' '.join(words)}".strip()
    return None


def _counts_another(reading: Reading, noun: list[str], wording: str) -> bool:
    """Tell whether the words after a number name other things than those a question counts, which the fact's title
    or summary (wording) names elsewhere: "four Ukrainian regions" of "Putin demanded…" for "how many demands…?".
    Words naming nothing ("des milliers par semaine") count what is asked; so do any of people ("deaths" for "how many
    people…?")."""
    if not reading.counted or reading.counted in PEOPLE_COUNTED:
        return False
    asked = _stems([reading.counted])
    if asked.isdisjoint(_stems(fold(wording).split())):
        return False  # the fact counts it in other words ("submarines" for "sous-marins"), if at all
    text = fold(" ".join(noun))
    if rate := RATE.search(text):  # "des milliers par semaine": what comes after the rate is said of it
        text = text[: rate.start()]
    content = [word for word in text.split() if word not in STOPWORDS and word not in NUMBER_WORDS]
    return bool(content) and asked.isdisjoint(_stems(content))


def _stems(words: list[str]) -> set[str]:
    """The first letters of folded words and of their lemmas: "regions", "région", "demands", "demander"."""
    return {form[:STEM] for word in words for form in (word, *lemmas(word))}


def not_said(result: Result, knowledge: Knowledge, lang: str) -> str | None:
    """What the articles do not say, for a decline that knows why ("… combien de temps a duré la rencontre …")."""
    reading = result.reading
    if reading.translation:
        return say("not_translated", lang)
    if result.decline is Decline.UNSETTLED:
        return say("not_said_outcome", lang)
    if result.decline is Decline.NOT_HELD:
        return say("not_said_held", lang)
    if result.decline is Decline.UNNAMED:  # "qui était le haut responsable…": no name; "quels dirigeants…": which
        return say("not_said_no_name" if reading.names_asked or "who" in reading.aspects else "not_said_which", lang)
    if result.decline is Decline.UNKNOWN_NAME:
        return say("not_mentioned", lang, name=", ".join(reading.unknown_names))  # "ne parlent pas d'Emmanuel Macron"
    if result.decline not in (Decline.MISSING, Decline.OTHER_EVENT):
        return None
    event = next((t for t in ("meeting", "summit") if t in reading.topics), None)
    if result.decline is Decline.OTHER_EVENT and reading.places and not (event or reading.days or reading.settings):
        # "Quelle condition … au dialogue avec Washington ?": a place named as an actor, not where something
        # happened. Facts on other places were set aside for it; that is no ground to say what the articles lack.
        return None
    if asks_when_set(reading):  # "quand l'ultimatum a-t-il été lancé ?": only its due day is given
        return say("not_said_when_set", lang)
    if reading.since_when:  # "depuis quand Dmitriev dirige-t-il le fonds ?": not when an event took place
        return say("not_said_since", lang)
    aspect = next((a for a in ("duration", "quantity", "date", "place") if a in reading.aspects), "other")
    if aspect == "place" and _of_speech(reading):  # where someone said it: not where the meeting they spoke of was
        return say("not_said_plain", lang)
    if reading.names_asked and aspect == "other":  # "le nom du responsable": a name, not an event's detail
        return say("not_said_name", lang)
    if not event and aspect == "other":  # "qui est le secrétaire d'État ?", "quelle condition … avec Washington ?"
        return say("not_said_plain", lang)  # a place alone is no event: not "cela de cet événement de Washington"
    if aspect == "quantity" and reading.exact:  # "combien exactement ?" of "des dizaines de milliers"
        return say("not_said_exact_number", lang)
    if aspect == "quantity" and reading.counted:
        # "Combien de personnes…" declined: no count sentence names "personnes" where the question asks about, but
        # the articles may count them in other words ("des milliers de gens"), so the bot says what it did not
        # find, not what they lack.
        return say("not_found_number", lang)
    if not (event or reading.places or reading.days or reading.months) and aspect == "quantity":  # "how old is…"
        return say("not_said_number", lang)
    subject = say(f"subject_{event or 'default'}", lang)
    # Where the question sets it ("the meeting in Moscow and Washington", not the Ukraine of "who represented Ukraine
    # at the Geneva talks?"), else a city people met at: "comment la Chine a-t-elle réagi à l'annonce du sommet ?"
    # names China as who reacted, and no meeting was held there. Not where it asks where: "le sommet aura-t-il lieu à
    # Genève ?" is not "où aura lieu le sommet de Genève".
    venues = reading.places
    if event and aspect == "place":
        venues = (reading.places - reading.settings - COUNTRIES) & knowledge.venues
    elif event:
        venues = (reading.places if reading.settings else reading.places & knowledge.venues) - COUNTRIES
    if venues:
        # "à la bibliothèque présidentielle de Saint-Pétersbourg": the city says which meeting, not the venue in it.
        named = [p for p in sorted(venues) if not _within_another(p, venues)]
        names = [knowledge.places[p].name.get(lang) for p in named if p in knowledge.places]
        subject = say("subject_at", lang, subject=subject, place=say("and", lang).join(names))
    elif reading.days:
        month, day = reading.days[0]
        subject = say("subject_on", lang, subject=subject, day=_day_label(month, day, lang))
    elif reading.months:
        subject = say("subject_in", lang, subject=subject, month=_day_label(min(reading.months), 1, lang).split()[-1])
    if aspect == "date" and reading.days and result.decline is Decline.OTHER_EVENT:
        # "La date limite, c'était le 15 août ?": the day named is what is asked of, none of theirs; that they give
        # no date would be untrue (the deadline's is 8 August, which the facts offered show).
        return say("not_said_plain", lang)
    if aspect == "date" and (reading.exact or reading.calendar):
        # "Quel jour exact Trump a-t-il écrit sur Truth ?": what they give instead, as a question on its day would get
        # it ("Quand : « vendredi » selon l'article 003 (vers le 11 avril 2025)."; "Quand : non confirmé…"). Not of
        # another event's facts (OTHER_EVENT): their day is not this one's.
        near = [m.fact for m in result.near]
        given = (
            _aspect_value("date", replace(reading, exact=False, calendar=False), near, knowledge, lang, frozenset())
            if result.decline is Decline.MISSING and near
            else None
        )
        exact = say("not_said_exact_date", lang, subject=subject)
        return f"{exact} {given.text}" if given else exact
    elif reading.to_come and aspect in ("date", "place", "duration"):  # "où se verront-ils ?": not "a eu lieu"
        aspect = f"{aspect}_to_come"
    return say(f"not_said_{aspect}", lang, subject=subject)


def _within_another(place: str, places: frozenset[str]) -> bool:
    """Tell whether a place is a venue within another of places (the library within Saint Petersburg), not one
    that stands for it as the Kremlin and Moscow stand for each other."""
    return any(other in SAME_PLACE.get(place, ()) and place not in SAME_PLACE.get(other, ()) for other in places)


def _day_label(month: int, day: int, lang: str) -> str:
    """A day without its year: "6 août", "6 August"."""
    return format_date(dt.date(2000, month, day), lang).rsplit(" ", 1)[0]


def _same_article(fact: Fact, other: Fact) -> bool:
    """Tell whether two facts cite one article."""
    return not {c.article for c in fact.data.citations}.isdisjoint(c.article for c in other.data.citations)
