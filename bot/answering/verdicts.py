"""Yes or no: what the best fact says to a yes/no question, and how that reads as a first line."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from enum import Enum
from functools import partial

from bot.answering.doers import agent_people, done_by_another, passive_agents
from bot.answering.grammar import days_named, figures_named, light_word, month_part, years_named
from bot.answering.index import announced, by_phone, gives, names_last, own_text, published, reported_done, wording
from bot.answering.lexicon import (
    CLAUSE_BREAK,
    COUNTRIES,
    DEMANDING,
    GOING,
    HAPPENING,
    IRREGULAR_VERBS,
    NEGATIONS,
    OUTCOME_CUES,
    RATE,
    RESPECTED,
    RESTRICTING,
    RESULT_CUES,
    SAME_PLACE,
    SETTLING,
    STEM,
    STOPPED,
    STOPWORDS,
    UNSET_NOUNS,
    WISHES,
    WISHING,
    ZONES,
    asks_if_lasted,
    broke_down,
    clock_times,
    counts,
    cue_words,
    denies,
    denying_clauses,
    hedges,
    period_of,
    went_on,
    wished,
)
from bot.answering.matching import Reading, Result, years_asked
from bot.knowledge.dates import WEEKDAY_NUMBERS
from bot.knowledge.loading import PERSON, Fact, Knowledge
from bot.knowledge.schema import DeadlineFact, DemandFact
from bot.knowledge.text import among, fold, lemmas
from bot.messages import say

YES_NO_COVERAGE = 0.8  # "yes" only when the best fact holds nearly every word of the question
CONTRASTED_DENIAL = 0.3  # "in principle, but not…": a no when the "not" says enough of what is asked (set on K)
ADVISED = 0.5  # a clause advising against it says half of what is asked: what someone urges, neither yes nor no
# "Yes" rests on a sentence of the fact saying what is asked, not on its words spread over several: "Poutine s'est-il
# engagé à signer un accord ?" is no "Oui" from a "signe clair" in one quote and "engager un processus" in another.
YES_TOGETHER = 0.5
NO_COVERAGE = 0.6  # "no" when it holds most of them and denies what the question asks
_BACKGROUND = frozenset(["context", PERSON])  # what led up to events, and who people are: no plan to meet
_CONTRASTS = frozenset(
    ["mais", "cependant", "toutefois", "pourtant", "neanmoins", "but", "however", "yet", "although", "though"]
)
_WISHES = frozenset(
    ["hope", "hopes", "want", "wants", "wish", "espere", "esperent", "souhaite", "souhaitent", "veut"]
    + ["attend", "attendre", "attendent"]  # "quels résultats Trump attend-il du sommet ?"
)
_DEADLINES = frozenset(["ultimatum", "deadline", "echeance", "delai", "limite", "cutoff"])  # what expires on its day
_ANY = frozenset(["any", "toute", "quelconque"])  # "avant toute rencontre", "before any meeting"
# The words of those cues as a question's tokens hold them: as typed, or as the lemma a token is known by ("sortir").
_RESULT_WORDS = frozenset(
    form for phrase in (*RESULT_CUES, *OUTCOME_CUES) for word in phrase.split() for form in (word, *lemmas(word))
)
_WENT = GOING | HAPPENING | frozenset(["passe", "passer"])  # "how did it go?", "comment s'est-il passé ?"


class Verdict(Enum):
    """What the best fact says to a yes/no question."""

    YES = "yes"
    YES_HEDGED = "yes_hedged"  # yes, as the article has it: reported or possible ("aurait", "pourrait", "reportedly")
    NO = "no"
    NO_HEDGED = "no_hedged"  # no, as the article has it: expected, reported ("s'attendent à … sans annonce majeure")
    UNSAID = "unsaid"  # no clear yes or no found in the articles


def yes_or_no(reading: Reading, result: Result, fact: Fact, knowledge: Knowledge, lang: str) -> str:
    """ "Oui", "Non", or that no clear yes or no is found in the articles, for a yes/no question."""
    return verdict_line(verdict(reading, result, fact, knowledge, lang), lang)


def forms_asked(reading: Reading) -> set[str]:
    """A question's words and their dictionary forms."""
    return {form for token in reading.tokens for form in (token, *lemmas(token))}


def verdict_line(said: Verdict, lang: str) -> str:
    """How a verdict reads as a first line."""
    if said is Verdict.YES:
        return say("yes", lang)
    if said is Verdict.YES_HEDGED:
        return say("yes_hedged", lang)
    if said is Verdict.NO:
        return say("no", lang)
    if said is Verdict.NO_HEDGED:
        return say("no_hedged", lang)
    return say("yes_no_unsaid", lang)


def verdict(reading: Reading, result: Result, fact: Fact, knowledge: Knowledge, lang: str) -> Verdict:
    """Whether the best fact answers a yes/no question yes, no, or neither."""
    if reading.identity:  # "Is Ushakov the Kremlin spokesman?": the title names someone, the same or another
        named, titled = reading.identity
        return Verdict.YES if named == titled else Verdict.NO
    coverage = result.matches[0].coverage if result.matches else 0.0
    summary = set(fold(fact.data.summary.get(lang)).split())
    if (expired := _expired(reading, result)) is not None:
        return Verdict.YES if expired else Verdict.NO
    if _value_contradicted(reading, fact, knowledge) or _other_weekday(reading, fact):
        return Verdict.NO
    if (first := _first_time(reading, result, coverage, lang)) is not None:
        return first
    if _day_as_limit(reading, fact, lang):  # "before 6 August" says nothing of 6 August, nor of the August meeting
        return Verdict.UNSAID
    if reading.pronoun_led:  # "did they agree?", "did he call Zelensky?": of whom, the question does not say
        return Verdict.UNSAID
    if not reading.talked and all(token in knowledge.name_words for token in reading.tokens):
        return Verdict.UNSAID  # "will Zelensky be there?" alone asks nothing a fact could confirm of him
    if len(reading.tokens) < 2 and not (reading.talked or reading.quoted):
        # "Is the war over?": one word to match, its predicate a function word ("over"); a fact holding "war" (Kyiv
        # demands Russia "end the war") confirms nothing of it.
        return Verdict.UNSAID
    best = result.matches[0] if result.matches else None
    # "Did Zelensky say not to be deceived?" of "insisted on not being deceived": what he urged is the denial asked.
    denied = best is not None and (best.denies or reading.reports_denial and best.advice >= ADVISED)
    if denied and _quote_stated_plainly(reading, fact, knowledge, lang):
        # "Did Zelensky make his 'dragging out negotiations' remarks in Paris?": the words quoted are his, said
        # plainly; his other words, that Moscow was not negotiating in good faith, deny nothing asked.
        denied = False
    asks_denial = _asks_denial(reading)
    if reading.side_negated:
        # "Had Witkoff met Putin before, with nothing tangible to show for it?": what it denies is beside its verb. A
        # fact denying it too ("sans résultats tangibles") answers as asked; one denying other words of its own
        # settles nothing ("…without saying what they were?" of "sans que leur nature soit précisée"); one denying
        # nothing says what the question denies ("…without any prior preparation?" of "préparation nécessaire").
        if denied:
            asks_denial = True
        elif denying_clauses(fact.data.summary.get(lang)):
            return Verdict.UNSAID
    if _asks_if_set(reading, fact, knowledge):  # "has a location been picked?": "non précisé"
        # …and "is it true that the venue hadn't been announced yet?" claims what the fact says.
        return Verdict.YES if asks_denial else Verdict.NO
    # "Did the Black Sea truce hold?" of "collapsed almost immediately": what broke down did not last; "les combats
    # ont-ils cessé ?" of "les combats persistent": what went on did not stop.
    if ending_fact(reading, result, lang) is not None:
        return Verdict.NO
    differs = denied != asks_denial
    if differs and reading.reports_denial and not denied and not summary.isdisjoint(NEGATIONS):
        # "Did Trump claim the war would never have happened?" of a war that "would not have happened": the fact
        # reports a denial too, on words a clause of its own may not hold; no "no" rests on that.
        return Verdict.UNSAID
    # "No" may rest on a fact worded otherwise ("accept?" / "declined"); "yes" needs nearly every word of the question.
    # A hedge the question itself holds ("did Moscow expect…?") is what it asks about, not a doubt on the answer.
    asked = forms_asked(reading)
    hedged = _hedged(summary, asked)
    # "In principle, but…": the facts say it best, unless… A "but" on what is not asked changes nothing: "Is Crimea
    # on Moscow's list?" of the list, "although Moscow fully controls none of them". A "but" on what is not yet set
    # is on whether it happens, whatever is asked of it ("le sommet aura-t-il lieu ?": "mais calendrier non confirmé").
    # Not on whom or where it names: "Is Crimea on Moscow's list?" of "…, although Moscow fully controls none of them".
    contrasted = _contrast_on(
        fact.data.summary.get(lang), asked - knowledge.name_words - knowledge.named_by_word.keys()
    ) or bool(fact.data.unsettled and summary & _CONTRASTS)
    # …the "but" denies most of what is asked: "did Putin commit to a deal?" of "in principle, but did not commit to
    # concluding a deal"; not "did he give his agreement in principle to a ceasefire?", of which it denies "accord".
    # …of the people it names: "has a date been set for a Putin–Zelensky meeting?" is no "No" from the Trump–Putin
    # summit's date, not confirmed.
    if (
        differs
        and coverage >= NO_COVERAGE
        and (not contrasted or _denial(result) >= CONTRASTED_DENIAL)
        and _people_held(reading, fact, knowledge)
    ):
        # "Has a date been fixed for the summit?" of "pourrait avoir lieu dès la semaine prochaine, calendrier non
        # confirmé": the hedge is on the day it may be, not on its being unset, which the fact states.
        unset = any(
            aspect in reading.aspects or not UNSET_NOUNS[aspect].isdisjoint(reading.tokens)
            for aspect in fact.data.unsettled
        )
        return Verdict.NO_HEDGED if hedged and not unset else Verdict.NO
    if contrasted:
        return Verdict.UNSAID
    # "Zelensky a-t-il été trompé par les États-Unis ?" of "l'importance de ne pas être trompé… ni par les États-Unis":
    # what he warned against, neither done nor denied.
    if result.matches and result.matches[0].advice >= ADVISED:
        return Verdict.UNSAID
    if wished(fact.data.summary.get(lang), asked - knowledge.name_words):
        return Verdict.UNSAID  # "Trump a-t-il eu le prix Nobel ?" of "rêve toujours du prix Nobel": wished, not had
    # "Le sommet a-t-il été proposé par la Russie ?": the best fact, or one as close, names another.
    # …and none as close names the one asked ("reçu par Vladimir Poutine" beside "reçu par Dmitriev").
    agents = {_other_agent(reading, m.fact, knowledge, lang) for m in result.matches if m.coverage >= coverage}
    if True in agents and False not in agents:
        return Verdict.NO
    if _another_partys(reading, fact):  # "L'Ukraine exige-t-elle la Crimée ?" of Russia's demand: not Kyiv's demand
        return Verdict.UNSAID
    if done_by_another(reading, fact, knowledge, lang):  # "Did Putin call it productive?" of "Trump called it…"
        # "Was it Peskov who called it 'very productive'?": a cleft sets apart who did it, the only one; it was Trump.
        return Verdict.NO if reading.cleft and coverage >= NO_COVERAGE else Verdict.UNSAID
    if (
        differs
        or _denied_beside(result, asks_denial)
        or _scattered(result)
        or not (
            stated_share(result) >= YES_NO_COVERAGE
            or _call_between(reading, fact)
            and coverage >= YES_NO_COVERAGE
            # every word but the wish stated: the wish is asked in other words ("want" of "rêve")
            or _wish_stated(reading, fact, knowledge, lang)
            and coverage >= NO_COVERAGE
        )
    ):
        return Verdict.UNSAID
    # Of a meeting, a fact as close as the best may be the one reporting it held as asked: the best may be what
    # someone said of it, or its stakes ("la rencontre du 6 août a-t-elle eu lieu à Moscou ?").
    held_asked = reading.asks_contact and reading.past and not reading.future and len(reading.participants) > 1
    peers = (  # of the same day: not a visit announced to where the meeting asked of was not held
        [m.fact for m in result.matches if m.coverage >= coverage and _same_day(m.fact, fact)] if held_asked else []
    )
    held = next(
        (f for f in [fact, *peers] if _met_as_asked(reading, f, knowledge) and _set_where_asked(reading, f, knowledge)),
        None,
    )
    if held is None:
        return Verdict.UNSAID
    if held is fact:  # a fact on the meeting that names no one as meeting: the one reporting it held
        held = _held_in(reading, fact, knowledge) or fact
    if held is not fact:  # whether it happened, and how surely, is what the fact reporting the meeting held says
        hedged = _hedged(set(fold(held.data.summary.get(lang)).split()), asked)
    if (
        not (hedged and reading.past and not reading.asks_speech and _foreseen(held, knowledge))
        # "Did Witkoff arrive in Moscow?" of the visit article 004 announces ("arrivera à Moscou"): not yet done.
        and not (reading.past and not reading.future and not reading.asks_speech and _to_come(held, knowledge))
        and reading.figures <= _figures_stated(held)
        and not _day_as_limit(reading, held, lang)
        and _names_stated(reading, held, knowledge)
        and _agent_named(reading, held, knowledge)
        and _people_held(reading, held, knowledge)
        and _predicate_stated(reading, held, knowledge)
        and _quotes_held(reading, held, knowledge)
        and not reading.world_settings  # "… à Minsk ?": no fact sets anything there
        and _time_stated(reading, held)
        and _role_stated(reading, knowledge)
        and _rate_held(reading, held, lang)
    ):  # "les sanctions ont-elles été appliquées ?": "seraient probablement mises en œuvre le 8 août" foresaw it
        if reading.restricted and RESTRICTING.isdisjoint(fold(wording(held)).split()):
            return Verdict.UNSAID  # "did he speak only with Trump?": no fact says he spoke with no one else
        return Verdict.YES_HEDGED if hedged else Verdict.YES
    return Verdict.UNSAID


def _scattered(result: Result) -> bool:
    """Tell whether the best fact holds the question's words only spread over its sentences, none saying what is
    asked."""
    return bool(result.matches) and result.matches[0].together < YES_TOGETHER


def _wish_stated(reading: Reading, fact: Fact, knowledge: Knowledge, lang: str) -> bool:
    """Tell whether a yes/no question asks whether someone wants what a fact says they wish for, in its own words
    but the wish's: "does Trump still want the Nobel Peace Prize?" of "rêve toujours du prix Nobel" ("still dreams")."""
    summary = fold(fact.data.summary.get(lang)).split()
    if WISHING.isdisjoint(reading.tokens) or WISHES.isdisjoint(summary):
        return False
    # …wished by whom the question names first, right before the wish: "Trump rêve…", not "Trump tente… la Chine".
    subject = next((t for t in reading.tokens if t not in WISHING and not light_word(t)), "")[:STEM]
    if not subject or not any(
        word in WISHES and any(w[:STEM] == subject for w in summary[max(0, at - _WISHER) : at])
        for at, word in enumerate(summary)
    ):
        return False
    own = set(own_text(fact, knowledge).split())
    stems = {word[:STEM] for word in own}
    return all(
        token in own or token[:STEM] in stems or not own.isdisjoint(lemmas(token))
        for token in reading.tokens
        if token not in WISHING and token not in knowledge.name_words and not light_word(token)
    )


_WISHER = 3  # words before a wish where who wishes stands: "Donald Trump rêve toujours", "Trump still dreams"


def _role_stated(reading: Reading, knowledge: Knowledge) -> bool:
    """For a yes/no question on the post of one person it names, in words of posts only ("is Alexey Overchuk
    Russia's foreign minister?"), whether their entry states every word of it: another fact naming him, "ministre"
    and "Russie" (his deputy prime minister's post) holds most of it, not "foreign". True for any other question."""
    people = [person for person in reading.people if person in knowledge.people]
    if len(people) != 1:
        return True
    words = [token for token in reading.tokens if token not in knowledge.name_words and not light_word(token)]
    if not words or not all(word in knowledge.title_words or knowledge.named_by_word.get(word) for word in words):
        return True  # "did the Kremlin spokesman confirm the visit?" asks of a visit, not of a post
    entry = knowledge.by_id.get(people[0])
    if entry is None or entry.topic != PERSON:
        return True
    stated = {form for word in fold(wording(entry)).split() for form in (word, *lemmas(word))}
    return all(word in stated or knowledge.named_by_word.get(word) for word in words)


def _other_weekday(reading: Reading, fact: Fact) -> bool:
    """Tell whether a yes/no question sets on another day of the week the day it names and the fact's date, as its
    article states it: "was the Aug 6 Kremlin meeting on a Thursday?" of Wednesday 6 August 2025. The calendar says
    so, whatever the event; a weekday named with no day of the month may be another day's. Not a weekday typed beside
    the day ("did Witkoff meet Putin on Thursday 6 August?"): that names the day, mistyped, and asks of the meeting."""
    tokens = reading.tokens
    named = {
        WEEKDAY_NUMBERS[token]
        for at, token in enumerate(tokens)
        if token in WEEKDAY_NUMBERS and not any(t.isdigit() for t in tokens[max(0, at - 1) : at + 2])
    }
    day = fact.data.date
    return (
        bool(named)
        and day is not None
        and fact.data.date_basis == "stated"
        and (day.month, day.day) in reading.days
        and day.weekday() not in named
    )


def _rate_held(reading: Reading, fact: Fact, lang: str) -> bool:
    """Tell whether a fact states a count at every rate a yes/no question asks: "thousands die every day?" is no yes
    from "des milliers par semaine"."""
    if not reading.per:
        return True
    return {period_of(unit) for unit in reading.per} <= {
        period_of(found.group(1)) for found in RATE.finditer(fact.data.summary.get(lang))
    }


def _quotes_held(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact's own words hold every phrase a yes/no question quotes: "did Trump say 'the war is over'?"
    is no yes from a fact on the war that never says it is over."""
    if not reading.quoted:
        return True
    text = own_text(fact, knowledge)
    return all(phrase in text for phrase in reading.quoted)


def _quote_stated_plainly(reading: Reading, fact: Fact, knowledge: Knowledge, lang: str) -> bool:
    """Tell whether the fact's own words hold every content word of a phrase the question quotes, and no clause of its
    summary denying something holds them all: what is asked of the quoted words, none of its denials denies."""
    text = set(own_text(fact, knowledge).split())
    denials = denying_clauses(fact.data.summary.get(lang))
    for phrase in reading.quoted:
        words = {word for word in phrase.split() if word not in STOPWORDS}
        if words and words <= text and not any(words <= clause for clause in denials):
            return True
    return False


def ending_fact(reading: Reading, result: Result, lang: str) -> Fact | None:
    """For a yes/no question asking whether something stopped or lasted, the fact as close as the best that says no
    (it went on, or broke down): "les combats ont-ils cessé ?" of "les combats persistent"; None for any other."""
    coverage = result.matches[0].coverage if result.matches else 0.0
    asks_denial = _asks_denial(reading)
    ended = _ended_by(reading) if not asks_denial and coverage >= NO_COVERAGE else None
    if ended is None:
        return None
    return next(
        (m.fact for m in result.matches if m.coverage >= coverage and ended(m.fact.data.summary.get(lang))), None
    )


def _ended_by(reading: Reading) -> Callable[[str], bool] | None:
    """For a yes/no question asking whether something stopped, or lasted, what a summary says that answers no: that
    what it asks of went on, or that it broke down; None for any other question."""
    if not STOPPED.isdisjoint(reading.tokens):
        return partial(went_on, asked=forms_asked(reading) - STOPPED)
    if not RESPECTED.isdisjoint(reading.tokens) and (reading.people or reading.party):
        return None  # "respecté par Moscou ?": a collapse does not say who broke it
    return broke_down if asks_if_lasted(reading.tokens) else None


def _first_time(reading: Reading, result: Result, coverage: float, lang: str) -> Verdict | None:
    """For a yes/no question asking if a meeting was the first time, of a best fact saying the people it names had
    already met: no where that fact says so before the day asked ("Was Aug 6 the first time Witkoff met Putin?" of "had
    already met Putin several times before 6 August"), else neither ("was Saint Petersburg the first?": which came
    first is not said). Of a best fact saying a first within a span ("the first official visit at this level in over a
    year"), neither, unless the question names the span. None for any other question, or where what came before is not
    a contact ("had already given his agreement")."""
    best = result.matches[0].fact if result.matches else None
    if _FIRST.isdisjoint(reading.tokens) or not reading.people or best is None:
        return None
    summary = fold(best.data.summary.get(lang))
    if _ALREADY.isdisjoint(summary.split()):
        # "The first visit at this level in over a year" is no first trip ever, unless asked within that span.
        spanned = _FIRST_IN_SPAN.search(summary) and _SPANS.isdisjoint((*reading.tokens, *reading.dating))
        return Verdict.UNSAID if spanned else None
    met_before = any(
        m.coverage >= coverage
        and reading.people <= set(m.fact.data.met)
        and not _ALREADY.isdisjoint(fold(m.fact.data.summary.get(lang)).split())
        for m in result.matches
    )
    if not met_before:
        return None
    return Verdict.NO if _day_as_limit(reading, best, lang) else Verdict.UNSAID


_FIRST = frozenset(["first", "premier", "premiere", "premiers", "premieres"])
# A first within a span of time ("la première visite … depuis plus d'un an"), and the units a question names it in.
_FIRST_IN_SPAN = re.compile(r"\b(?:first|premiere?s?)\b.{0,80}?\b(?:depuis|since|in over|in more than)\b")
_SPANS = frozenset(["an", "ans", "annee", "annees", "year", "years", "mois", "month", "months", "semaine", "week"])
_ALREADY = frozenset(["deja", "already", "previously", "auparavant"])


def _asks_if_set(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a yes/no question asks whether what the fact says is not yet set is set: a noun for it and a word
    of settling, nothing else but names and cues ("has a location been picked for the summit?", "le lieu du sommet
    est-il connu ?"); not whether it is a given place or day ("will the summit be in Alaska?")."""
    if reading.places or reading.days or not fact.data.unsettled:
        return False
    if not reading.people <= set(fact.data.people):  # "…for a Putin–Zelensky meeting?": not the Trump–Putin summit's
        return False
    nouns = {noun for aspect in fact.data.unsettled for noun in UNSET_NOUNS[aspect]}
    tokens = set(reading.tokens)
    if nouns.isdisjoint(tokens) or SETTLING.isdisjoint(tokens):
        return False
    cues = cue_words(reading.topics)
    # "…were the date and venue already fixed?": both asked set, one not yet set answers.
    return tokens - _UNSET_WORDS - SETTLING - cues - _ALREADY <= knowledge.name_words


_UNSET_WORDS = frozenset(noun for nouns in UNSET_NOUNS.values() for noun in nouns)
_ALREADY = frozenset(["already", "yet", "deja", "encore"])  # "were the date and venue already fixed?": asked as set


def _contrast_on(summary: str, asked: set[str]) -> bool:
    """Tell whether a summary sets a "but", "although" against something asked: a word of the question, or one of its
    dictionary forms, after the contrast in its clause, which it denies ("in principle, but he did not commit"). A
    "but" stating a condition denies nothing: "open to dialogue, but only on the basis of its interests"."""
    forms = frozenset(asked)
    for clause in CLAUSE_BREAK.split(summary):
        words = fold(clause).split()
        at = next((at for at, word in enumerate(words) if word in _CONTRASTS), None)
        if at is None or NEGATIONS.isdisjoint(words[at + 1 :]):
            continue
        if any(w not in STOPWORDS and among(w, forms) for w in words[at + 1 :]):
            return True
    return False


def _hedged(summary: set[str], asked: set[str]) -> bool:
    """Tell whether a summary's folded words hedge what they say, passing over a hedge the question itself holds."""
    return hedges(word for word in summary if asked.isdisjoint((word, *lemmas(word))))


def _denial(result: Result) -> float:
    """The share of what a yes/no question asks that a clause of the best fact denies."""
    return result.matches[0].denial if result.matches else 0.0


def _denied_beside(result: Result, asks_denial: bool) -> bool:
    """Tell whether another fact shown with the best, holding as much of the question and naming all it names,
    denies what it asks: "Zelensky sera-t-il au sommet ?" is no "Oui" from contacts before its announcement when
    Russia declined a format with him. Not "y a-t-il un accord sur un sommet ?" for a fact saying its place is not set
    (it names no one), nor a question itself asking of a refusal ("was it declined by Russia?")."""
    best = result.matches[0] if result.matches else None
    people = result.reading.people
    return (
        best is not None
        and not asks_denial
        and bool(people)
        and any(
            other.denies and other.coverage >= best.coverage and people <= set(other.fact.data.people)
            for other in result.matches[1:]
        )
    )


def _another_partys(reading: Reading, fact: Fact) -> bool:
    """Tell whether a question asks what a party demands or wants, of the demand of another party: what one side
    demands says nothing of what the other wants."""
    data = fact.data
    return (
        reading.party is not None
        and reading.agent is not None
        and reading.agent[0] in DEMANDING  # its verb: "does Kyiv find Moscow's demands unacceptable?" asks no demand
        and isinstance(data, DemandFact)
        and bool(data.by)
        and reading.party not in data.by
    )


def _other_agent(reading: Reading, fact: Fact, knowledge: Knowledge, lang: str) -> bool | None:
    """For a yes/no question naming who did it ("proposé par la Russie ?"), whether the fact's passive on the same
    verb, in either language, names another person or country ("proposed by the US side": True) or the question's
    own (False); None where it has no such passive, or names no one the registry knows ("la partie américaine")."""
    if reading.agent is None:
        return None
    verb, *asked = reading.agent
    known = knowledge.named_by_word
    objects = [token for token in reading.tokens if token != verb and token not in asked and token not in known]
    named_asked = {i for word in asked for i in _people_named(word, knowledge)}
    # "par la partie américaine ?": no one the registry knows, so no one else to tell apart; "par Lavrov ?", someone
    # the briefs never name, whom anyone they name is not.
    if not named_asked and not reading.unknown_agent:
        return None
    # A person asked is told apart from another of their country: "accueilli par Ouchakov ?" of "par Kirill Dmitriev".
    people = set(agent_people(reading, knowledge))
    wanted = {*asked, *(people or named_asked)}
    other = False
    # The question's other words are looked for in its language's summary; the other language's tells the agent.
    for text, held in (
        (fact.data.summary.get(lang), objects),
        (fact.data.summary.get("en" if lang == "fr" else "fr"), ()),
    ):
        for words in passive_agents(verb, text, held):
            named = {i for word in words for i in _people_named(word, knowledge) if not people or i in knowledge.people}
            if wanted & ({*words} | named):
                return False
            other = other or bool(named)
    return True if other else None


def _asks_denial(reading: Reading) -> bool:
    """Tell whether a yes/no question asks whether something was denied or refused: in its words ("did Kyiv refuse…?"),
    in what someone said ("did Trump say the war would never have happened?"), or in a claim to confirm ("is it true
    that they have not met since January?", whose "no" would say they have). A question asked in the negative alone
    ("ne se sont-ils pas vus ?") is answered "non" when they did not, as one says it."""
    return denies(reading.tokens) or reading.reports_denial or reading.claimed and reading.negated


def _people_named(word: str, knowledge: Knowledge) -> frozenset[str]:
    """Whom or what a word of a doer asked names: a person's or place's name ("Russia"); or a people, as its country's
    name starts ("the Russians", "les Américains": Russia, the United States)."""
    known = knowledge.named_by_word
    if word in known:
        return known[word]
    if len(word) < STEM:
        return frozenset()
    stem = word[:_PEOPLE_STEM]
    return next(
        (ids for key, ids in known.items() if key[:_PEOPLE_STEM] == stem and not ids.isdisjoint(knowledge.places)),
        frozenset(),
    )


_PEOPLE_STEM = 4  # "russes"/"Russie", "américains"/"Amérique", "ukrainiens"/"Ukraine"


def _call_between(reading: Reading, fact: Fact) -> bool:
    """Tell whether a question asks of a phone call and the fact is one between all those it names: its curators
    marked it a call, which says "au téléphone", "by phone" however its summary words it."""
    return (
        bool(reading.by_phone)
        and by_phone(fact)
        and 1 < len(reading.participants) <= len(reading.participants & set(fact.data.met))
    )


def held_elsewhere(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact is a meeting held on a day a yes/no question names, somewhere else than the place it sets
    it in: "Was the August 6 meeting held in Saint Petersburg?" of the 6 August meeting at the Kremlin."""
    data = fact.data
    settings = reading.settings or reading.world_settings
    if not (reading.yes_no and reading.days and settings) or not gives(fact, "place") or data.date is None:
        return False
    # Of a meeting, and of its people: "did Zelensky speak in Kyiv on August 6?" is not the Kremlin meeting's.
    if not (reading.asks_contact and reading.people <= set(data.people)):
        return False
    on_day = (data.date.month, data.date.day) in reading.days and data.date_basis == "stated"
    if reading.world_settings:  # "… à Minsk ?": a place no fact sets anything in; of a call, where each one was
        return on_day and not by_phone(fact) and not reading.by_phone
    return on_day and not in_venue(reading, fact, knowledge) and not _in_venue_of(reading, fact, knowledge)


def dated_otherwise(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact sets the event a yes/no question asks of on another day than the one it names: the
    deadline ("was the US deadline August 10?" of 8 August), or the meeting held where it sets it ("did the Moscow
    meeting take place on August 7?" of 6 August, its date stated)."""
    if not (reading.yes_no and len(reading.days) == 1) or reading.expires_on:  # "had it expired on…?": above
        return False
    data = fact.data
    # The deadline's own day, asked of no one ("did Trump set the deadline on July 29?" asks when it was set).
    if isinstance(data, DeadlineFact) and "deadline" in reading.topics and data.due is not None and not reading.people:
        return (data.due.month, data.due.day) not in reading.days
    # "The Moscow meeting" names its place too; a country named alone is more often an actor ("did Russia meet…").
    named = reading.settings or reading.places - COUNTRIES
    venue = data.places[0] if data.places and gives(fact, "place") else None
    held_there = (
        venue is not None and bool(named) and named <= {venue, *SAME_PLACE.get(venue, ()), *knowledge.enclosing(venue)}
    )
    day = data.date if data.date_basis == "stated" else None
    meeting = "meeting" in reading.topics and "deadline" not in reading.topics and reading.people <= set(data.people)
    if meeting and held_there and day is not None:
        return (day.month, day.day) not in reading.days
    return False


def _expired(reading: Reading, result: Result) -> bool | None:
    """Whether a deadline expired on the day a yes/no question asks, or had by then, as the first deadline shown
    gives its day: "l'ultimatum expire-t-il le 8 août ?" yes; "…avait-il déjà expiré lors de la rencontre du 6
    août ?" no; "expirait-il le 15 août ?" no, it expired on the 8th; "had it expired by August 10?" yes. None when
    that is not asked."""
    if len(reading.expires_on) != 1 or _DEADLINES.isdisjoint(reading.tokens):  # not a truce's or an accord's end
        return None
    deadline = next((m.fact.data for m in result.matches if isinstance(m.fact.data, DeadlineFact)), None)
    if deadline is None or deadline.due is None:
        return None
    asked, due = reading.expires_on[0], (deadline.due.month, deadline.due.day)
    return asked == due or asked > due and reading.expired_by


def _in_venue_of(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a place a question names is within the fact's venue, or one of its places ("in Russia" holds the
    Kremlin)."""
    places = {p for place in fact.data.places for p in (place, *knowledge.enclosing(place))}
    return not reading.settings.isdisjoint(places)


def figure_contradicted(reading: Reading, result: Result, knowledge: Knowledge, lang: str) -> bool:
    """Tell whether a claim's best fact answers it No from a figure, time, day or year of its own, or the place of
    the meeting of the day it names: "trump a déployé trois sous-marins ?" of "deux sous-marins nucléaires", "le
    convoi a quitté le Kremlin vers 17h ?" of "vers 14h30", "rencontre du 6 août à Minsk ?" of the Kremlin's."""
    if not result.matches:
        return False
    fact = result.matches[0].fact
    # The verdict, which reads these first, may yet rest on something else ("is Ushakov the Kremlin spokesman?").
    return _value_contradicted(reading, fact, knowledge) and verdict(reading, result, fact, knowledge, lang) in (
        Verdict.NO,
        Verdict.NO_HEDGED,
    )


def _value_contradicted(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact gives another value than a yes/no question names: a count, a year, a time of day, the
    place of the meeting of the day it names, or the day of what it names."""
    return (
        _other_figure(reading, fact)
        or _other_year(reading, fact, knowledge)
        or _other_time(reading, fact, knowledge)
        or held_elsewhere(reading, fact, knowledge)
        or dated_otherwise(reading, fact, knowledge)
    )


def _other_figure(reading: Reading, fact: Fact) -> bool:
    """Tell whether a fact counts what a yes/no question counts, by another number: "trois sous-marins ?" of "deux
    sous-marins", "cinq heures ?" of "près de trois heures". Not a comparison ("plus de deux heures ?")."""
    if not reading.figures or reading.compares:
        return False
    asked = counts(list(reading.tokens))
    if not asked:
        return False
    data = fact.data
    stated = set()
    for text in (data.title.fr, data.title.en, data.summary.fr, data.summary.en):
        stated |= counts([w for w in fold(text).split() if w not in STOPWORDS])
    units = {unit for _, unit in stated}
    return any(unit in units and (value, unit) not in stated for value, unit in asked)


def _other_year(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact holding what a yes/no question asks dates it in another year than the question names:
    "did they last meet in Osaka in 2018?" of "remonte à 2019, lors du G20 à Osaka"."""
    asked = years_asked(reading)
    if not asked:
        return False
    summary = " ".join([fact.data.summary.fr, fact.data.summary.en])
    stated = years_named(summary)
    if stated and not names_last(" ".join(reading.tokens)) and names_last(fold(summary)):
        # "Did Trump and Putin meet in person in 2018?" of "their last meeting was in 2019": an earlier year is not
        # gainsaid by the last; a later one is ("did they meet in 2021?").
        asked = frozenset(year for year in asked if year > max(stated))
    return bool(stated and asked) and stated.isdisjoint(asked) and states_all_but_time(reading, fact, knowledge)


def _other_time(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact gives, in the zone a yes/no question names a time in, another time of day: "le convoi
    a-t-il quitté le Kremlin à 14h30 GMT ?" of "vers 14h30 (11h30 GMT)"."""
    # Of what the question asks only: the meeting's start is not the convoy's leaving.
    if not reading.clock or not states_all_but_time(reading, fact, knowledge):
        return False
    return any(given and given.isdisjoint(alike) for given, alike in _times_asked(reading, fact))


def _time_stated(reading: Reading, fact: Fact) -> bool:
    """Tell whether a fact gives every time of day a yes/no question names, in its zone: a yes needs it ("did the
    convoy leave at 14:30?" is no yes from a fact giving no time)."""
    return all(not given.isdisjoint(alike) for given, alike in _times_asked(reading, fact))


def _times_asked(reading: Reading, fact: Fact) -> Iterator[tuple[set[tuple[int, int]], set[tuple[int, int]]]]:
    """For each time of day a question names, the times the fact gives in its zone, and the times it may stand
    for."""
    data = fact.data
    stated = clock_times(" ".join([data.title.fr, data.summary.fr, *(c.quote for c in data.citations)]))
    for hour, minute, zone in reading.clock:
        # Asked in GMT, the fact's GMT times; asked in local time, those it gives without a zone or as local; asked
        # with no zone, any. "2:30" may be 14:30: an hour under 12 with no "pm" is either.
        given = {(h, m) for h, m, z in stated if z == zone or z in ("", "local") and zone == "local" or not zone}
        yield given, {(hour, minute), (hour + 12, minute)} if hour < 12 else {(hour, minute)}


def _names_stated(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact's title or summary names every name a yes/no question capitalises that is no person or
    place (those the matcher checks, by any of their names): "Tass a-t-elle rapporté que le convoi…" is not answered
    yes by what Ria Novosti reported."""
    words = set(fold(wording(fact, quotes=False)).split())
    return all(word in words or word in knowledge.named_by_word for word in reading.names - STOPWORDS)


def _agent_named(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact names whom a yes/no passive asks did it: "l'accord a-t-il été annoncé par Peskov ?" is no
    yes from the agreement Ushakov announced (a fact need not name them to answer no, see _other_agent)."""
    if reading.unknown_agent:  # "accueilli par Lavrov ?": no fact names him, none says he did it
        return False
    return not reading.passive or set(agent_people(reading, knowledge)) <= set(fact.data.people)


def _people_held(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact is about every person a yes/no question names: "Witkoff a-t-il été briefé ?" is no yes
    from Trump briefing the Europeans on "la rencontre Witkoff–Poutine", which names him but not as briefed."""
    return {p for p in reading.people if p in knowledge.people} <= set(fact.data.people)


def states_all_but_time(reading: Reading, fact: Fact, knowledge: Knowledge, *, unknown: bool = False) -> bool:
    """Tell whether a fact's title, summary, quotes or keywords hold every word of a question but its names, numbers
    and time zone, as typed, by its first letters or by a lemma: what the time it gives is the time of. Its keywords
    name what it tells in readers' words ("motorcade" of the convoy), not another event's time. With unknown, not the
    dictionary words the briefs never use either ("pull out"): they name no other event of theirs."""
    text = " ".join([wording(fact), *fact.data.keywords])
    words = {IRREGULAR_VERBS.get(word, word) for word in fold(text).split()}
    stems = {word[:STEM] for word in words} | {lemma for word in words for lemma in lemmas(word)}
    asked = [
        IRREGULAR_VERBS.get(t, t)
        for t in reading.tokens
        if not t[:1].isdigit()
        and t not in _ZONE_WORDS
        and t not in knowledge.named_by_word
        and not (unknown and t in reading.dictionary)
        and t not in reading.following  # "…leave the Kremlin after the meeting?": what dates it, not what it is of
    ]
    return all(t in words or t[:STEM] in stems or not stems.isdisjoint(lemmas(t)) for t in asked)


_ZONE_WORDS = ZONES | {"heure", "heures", "moscou", "moscow"}  # "à 11h30 heure de Moscou": what time, not what of


def _predicate_stated(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact states what a yes/no question ending on an everyday verb asks: in "les cessez-le-feu
    ont-ils tenu ?", "did the ceasefire hold?", the verb is all that is asked; a fact on the truces' acceptance, which
    holds every other word, says nothing of it."""
    if not reading.tokens or not light_word(asked := reading.tokens[-1]):
        return True
    if fact.topic in ("meeting", "summit") and not announced(fact, knowledge):
        return True  # a meeting reported, not announced, is one held or going on: "did the Kremlin meeting happen?"
    said = {form for word in fold(wording(fact)).split() for form in (word, *lemmas(word))}
    return not said.isdisjoint((asked, *lemmas(asked)))


def _figures_stated(fact: Fact) -> frozenset[str]:
    """The numbers and months a fact states, in its titles, summaries and quotes, and its date's: a yes needs every
    one the question names ("a-t-il duré moins d'une heure ?" is no yes from "près de trois heures", nor "did they meet
    in May?" from a meeting of April)."""
    data = fact.data
    stated = set(figures_named(fold(wording(fact)).split(), every_number=True))
    for day in (data.date, data.due if isinstance(data, DeadlineFact) else None):
        if day is not None:
            stated |= {str(day.day), str(day.year), f"month:{day.month}", month_part(day)}  # "hier": 11 April
    return frozenset(stated)


def _day_as_limit(reading: Reading, fact: Fact, lang: str) -> bool:
    """Tell whether a fact names the day (or month) a yes/no question asks of only as a limit: "avait déjà rencontré
    Poutine avant le 6 août" says nothing of where Witkoff was on 6 August, nor of what the August meeting gave."""
    if not (reading.days or reading.months):
        return False
    summary = fold(fact.data.summary.get(lang))
    limits, stated = set(days_named(summary, limits=True)), set(days_named(summary))
    if reading.days:
        asked = set(reading.days)
        return not asked.isdisjoint(limits) and asked.isdisjoint(stated)
    return not reading.months.isdisjoint(m for m, _ in limits) and reading.months.isdisjoint(m for m, _ in stated)


def _foreseen(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact is dated after its articles' day, or says its day is not yet set: they foresee it ("aurait
    été reçu", dated their own day, reports what happened)."""
    if "date" in fact.data.unsettled:  # "pourrait avoir lieu dès la semaine prochaine, calendrier non confirmé"
        return True
    return fact.data.date is not None and fact.data.date > published(fact, knowledge)


def _to_come(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact is on a meeting its articles announce for after their day, or for their month ("dans les
    jours à venir", c. November 2025): no yes to whether it happened rests on it. One worked out to their very day
    may be reported as done ("a été reçu"), as _foreseen reads it."""
    data = fact.data
    return announced(fact, knowledge) and (data.date_precision == "month" or _foreseen(fact, knowledge))


def _set_where_asked(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """For "le sommet se tiendra-t-il à Moscou ?", whether the fact sets its event where the question does: a meeting
    held there (its first place), not a fact naming Moscow as a party, nor one saying the place is not yet set. Only
    of a meeting or the summit, and not of what someone said: "did Peskov confirm he would come to Moscow?" is
    answered by Peskov's words, "does Russia demand an end to arms deliveries to Ukraine?" by a demand."""
    if not reading.settings or reading.asks_speech or reading.topics.isdisjoint(("meeting", "summit")):
        return True
    held = gives(fact, "place") or bool(fact.data.met and fact.data.places)  # a meeting, or a contact it reports
    if "place" in fact.data.unsettled or not held:
        return False
    return in_venue(reading, fact, knowledge)


def in_venue(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether the places a question sets its event in are the fact's venue or places it lies in ("in Russia"
    holds the presidential library in Saint Petersburg)."""
    venue = fact.data.places[0]  # a meeting's venue comes first; the others are parties ("Washington–Moscou")
    return reading.settings <= {venue, *SAME_PLACE.get(venue, ()), *knowledge.enclosing(venue)}


def _met_as_asked(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """For "did X and Y meet?", whether the fact reports that all those named met: its words alone do not tell
    ("Trump" and "Putin" are in a fact on Witkoff's meeting with Putin, "Trump, Witkoff et Poutine" in a fact on the
    last two); in person, unless a call is asked about; asked of the past, a meeting held, not one announced. Asked of
    the future, any fact but one on their meeting held: "will they meet?", "is their meeting being prepared?" ask of
    a plan, which facts on the summit's logistics report too. Not of what someone said of it ("Peskov a-t-il dit que
    la rencontre…"): the speaker's words answer."""
    if not reading.asks_contact or reading.asks_speech or reading.quoted:  # "did Trump call it 'very productive'?"
        return True
    if reading.unnamed:  # "did he meet Zelensky?", "will Trump meet him?": who he is the question does not say
        return False
    if len(reading.participants) < 2:
        return True
    if reading.future and not reading.past:
        # "Will Witkoff meet Dmitriev?", "… Ouchakov?": not from a meeting held, theirs or another's; from a fact naming
        # them all, and if it reports a contact, as those who meet in it: Peskov confirms the visit announced, he does
        # not meet Witkoff in it. What a summit could bring answers as its fact says.
        # Nor from what must come "before any meeting" between them: a meeting that may never be; nor from background
        # naming them (Trump's online row with Medvedev) or a person's entry.
        hypothetical = not _ANY.isdisjoint(fold(f"{fact.data.summary.fr} {fact.data.summary.en}").split())
        # Talking, unlike a summit's logistics, is a contact the fact must report: "will Trump and Zelensky talk
        # again?" is no yes from a fact naming them both.
        among = set(fact.data.met if reading.talked else fact.data.met or fact.data.people)
        return (
            reading.participants <= among
            and not _contact_held(fact, knowledge)
            and not hypothetical
            and fact.topic not in _BACKGROUND
        )
    if not reading.past:
        return True
    if by_phone(fact) and not reading.by_phone and not reading.talked:  # "did they talk?": by phone too
        return False
    return _held(reading, fact, knowledge)


def _held(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact reports a contact between all the people a question names as held, or is on a meeting
    that another fact reports so: "the 6 August 2025 meeting took place in a tense climate" names no one as meeting,
    the fact on the Kremlin meeting of that day does."""
    if reading.participants <= set(fact.data.met):
        return _contact_held(fact, knowledge)
    return _held_in(reading, fact, knowledge) is not None


def _held_in(reading: Reading, fact: Fact, knowledge: Knowledge) -> Fact | None:
    """For a fact on a meeting that names no one as meeting, the fact on the same meeting reporting it held between
    all the people a question names."""
    if fact.topic != "meeting" or len(reading.participants) < 2 or reading.participants <= set(fact.data.met):
        return None
    held = (
        other
        for other in _same_meeting(fact, knowledge)
        if reading.participants <= set(other.data.met) and _contact_held(other, knowledge)
    )
    return next(held, None)


def _same_day(fact: Fact, other: Fact) -> bool:
    """Tell whether two facts are dated the same day, as their articles state it."""
    first, second = fact.data, other.data
    return first.date is not None and first.date == second.date and first.date_basis == second.date_basis == "stated"


def _same_meeting(fact: Fact, knowledge: Knowledge) -> Iterator[Fact]:
    """The other facts on the meeting a fact is on: its day stated, at one of its places."""
    if not fact.data.places:
        return
    for other in knowledge.facts:
        if other is not fact and _same_day(fact, other) and not set(other.data.places).isdisjoint(fact.data.places):
            yield other


def _contact_held(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact reports a contact (its `met`) as held: dated before its articles' day, or undated
    (curators date the meetings their articles announce)."""
    return bool(fact.data.met) and (fact.data.date is None or reported_done(fact, knowledge))


def asks_what_came(reading: Reading, knowledge: Knowledge) -> bool:
    """Tell whether a question asks what came of an event, as done, and nothing else: "quel a été le résultat du
    sommet Trump-Poutine ?". Not what it will bring, is expected or hoped to ("quels résultats sont attendus ?"), nor
    its place, day or who did it ("qui a décidé…"), nor what came of something else it names ("the contacts before
    the summit announcement", "les négociations sur le sommet")."""
    # "How did the summit go in the end?" asks it too: how it turned out.
    if not (reading.result or reading.outcome) or reading.future or reading.conditional or reading.aspects:
        return False
    if hedges(reading.tokens):
        return False
    if not _WISHES.isdisjoint(reading.tokens):  # "what outcome does Zelensky hope for?": a wish, not what came
        return False
    if reading.yes_no:  # "did the summit bring results?": whatever else it names, of an event not held, nothing came
        return True
    return _only_of_the_event(reading, knowledge, _RESULT_WORDS | _WENT)  # the event, its people, how it went


def asks_when_held(reading: Reading, knowledge: Knowledge) -> bool:
    """Tell whether a question asks when, where or how long the summit took place, as done, and nothing else: "quand
    le sommet Trump-Poutine a-t-il eu lieu ?", "when was the summit held?". Not when it was announced or agreed, nor
    when it will be."""
    if reading.yes_no or reading.future or reading.conditional or not reading.past:
        return False
    # Of the summit: "la rencontre au sommet" of 6 August is Witkoff's with Putin, and Trump and Putin met in 2019.
    if reading.aspects.isdisjoint(("date", "place", "duration")) or reading.topics & {"summit", "meeting"} != {
        "summit"
    }:
        return False
    return _only_of_the_event(reading, knowledge, HAPPENING)


def _only_of_the_event(reading: Reading, knowledge: Knowledge, asked: frozenset[str]) -> bool:
    """Tell whether a question's words are only cues of its topics, people's surnames, and words of what it asks."""
    cues = cue_words(reading.topics)
    return all(token in cues or token in knowledge.surnames or token in asked for token in reading.tokens)


def not_held(reading: Reading, knowledge: Knowledge) -> bool:
    """Tell whether the event a question asks what came of is one the articles do not report held: the summit, whose
    day a fact says is not yet set, or a meeting between people no fact reports met ("what came out of the
    Putin–Zelensky meeting?"). Not when the question names a place or a day: that may be another occasion."""
    if reading.places or reading.days or reading.topics.isdisjoint(("meeting", "summit")):
        return False
    # Those it names met, if a fact beside the summit's own reports it: "the Witkoff–Putin summit meeting" is theirs on
    # 6 August; the summit's facts tell of Trump and Putin's last meeting, in 2019, as background.
    if len(reading.participants) > 1:
        return not any(_held(reading, fact, knowledge) for fact in knowledge.facts if fact.topic != "summit")
    return "summit" in reading.topics and any(
        f.topic == "summit" and "date" in f.data.unsettled for f in knowledge.facts
    )


def stated_share(result: Result) -> float:
    """The share of the question the best fact's own words hold (its coverage, where the matcher did not count it)."""
    if not result.matches:
        return 0.0
    best = result.matches[0]
    return best.coverage if best.stated is None else best.stated
