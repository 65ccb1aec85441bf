"""Who did what a question asks, as a fact says it: its speaker, who met whom, the subject of the question's verb or
its passive's agent in the summary, and never someone the summary says did not."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

from bot.answering.index import by_phone
from bot.answering.lexicon import (
    CLAUSE_WORDS,
    CONTACT_VERBS,
    ENGLISH_PARTICIPLES,
    FRENCH_PARTICIPLE_ENDINGS,
    MUTUAL_VERBS,
    SAY,
    SPEECH_VERBS,
    STEM,
    STOPWORDS,
    TALK_VERBS,
)
from bot.answering.matching import Reading
from bot.knowledge.loading import PERSON, Fact, Knowledge, named_people
from bot.knowledge.schema import Person, StatementFact
from bot.knowledge.text import among, fold, lemmas, surname

# "proposée par la partie américaine", "tasked by the White House": a past participle, then who did it.
_PASSIVE = re.compile(r"(\w+)\s+(?:par|by)\s+([^,;:.()«»\"“”]+)")
_SOURCE = re.compile(r"\b(?:[Ss]elon|[Dd]'après|[Aa]ccording to)\s+([^,;:]+)")  # whom a summary's claim is from
_ELIDED_INFINITIVE = re.compile(r"[dl]['’]\w+(?:er|ir|re)", re.I)
_AGENT_WORDS = 6  # an agent longer than this is a clause the regex ran into, not a name
_CLAUSES = re.compile(r"[:.](?:\s|$)")  # a summary's sentences, and what a colon sets apart
_STATEMENTS = re.compile(r"[;:.](?:\s|$)")  # and what a semicolon sets apart: each says who said what
_PAIRED_NAMES = re.compile(r"\b[A-ZÀ-Ý][\w\u00C0-\u024F]+[–-][A-ZÀ-Ý][\w\u00C0-\u024F]+\b")  # "Witkoff–Poutine"
_BE_FOLDED = frozenset(["ete", "est", "sont", "etait", "etaient", "was", "were", "been", "is", "are", "be"])
_DETERMINERS = frozenset(  # not "a": French "a" is the auxiliary ("Donald Trump a fixé")
    ["un", "une", "le", "la", "les", "l", "des", "du", "an", "the", "son", "sa", "ses", "his", "her", "their"]
)
_AND = frozenset(["et", "and"])
_JOINED_DETERMINERS = _DETERMINERS | {"its"}  # what may open an agent joined to another: "et ses alliés"
_GOVERNED = 10  # words after a verb in which what it governs is found ("reçu au Kremlin, à Moscou, par …")
_AUXILIARIES = frozenset(["a", "ont", "avait", "avaient", "has", "had", "have"])  # "Trump a | décidé"
_SUBJECT_REACH = 3  # words before a verb where its subject stands: "Donald Trump a | qualifié"
_AGREEMENTS = frozenset(["e", "s", "es", "ee", "ees", "d", "ed"])  # what a participle adds to its verb's stem


def who_did(reading: Reading, fact: Fact, knowledge: Knowledge, lang: str, *, speaker_only: bool = False) -> str | None:
    """Who did what a "who" question asks, as one fact names them in lang; None when it does not say.

    speaker_only: only a statement's speaker answers, to a question asking who said it.
    """
    data = fact.data
    if fact.topic == PERSON:
        return None  # "qui est …" is answered by the person's entry itself
    if (
        isinstance(data, StatementFact)
        and data.speaker not in reading.people
        and data.speaker in knowledge.people
        and reading.asks_speech
    ):
        return knowledge.people[data.speaker].name.get(lang)  # who said it: the speaker the article names
    if speaker_only:
        return None
    asked = _Asked.of(reading, knowledge, data.summary.get(lang))
    if asked.verb in asked.name_words and not reading.whom:
        # "Who questions Witkoff's integrity?": its verb was not read ("questions" is also a noun); a fact naming
        # one other person ("backing Trump's campaign") does not say they did it.
        return None
    governed = _governed_whom(reading, knowledge, asked)
    if governed is None and not _mutual(reading):
        return None
    if reading.asks_contact and reading.participants and not reading.asks_speech and data.met:
        # "Who welcomed Witkoff in Moscow?": who met them, from a fact reporting the contact; a fact on the April
        # meeting names Trump, who met no one there. Nor a call, unless one is asked about: "who met Trump?"
        if by_phone(fact) and not reading.by_phone:
            return None
        met = [
            knowledge.people[p].name.get(lang)
            for p in data.met
            if p not in reading.participants | reading.besides
            and p in knowledge.people
            and not asked.not_its_doer(knowledge.people[p])
        ]
        return met[0] if len(met) == 1 else None
    if governed is None:  # whom they met, where the summary has them met: no one else there did it
        return None
    if reading.whom and not governed or reading.passive and not reading.asks_speech:
        # "Qui a été informé des résultats ?", "whom did Bloomberg quote?": whom it was done to; a fact naming one
        # other person does not say it was them (the passive's agent, below, is who did it). "À qui Poutine a-t-il
        # donné son accord ?" over "Poutine a déjà donné à Trump son accord": the one other person named.
        return None
    # The summary's passive on the question's verb names who did it: "… reconnaître l'annexion, refusée par Kiev et
    # ses alliés européens" is not refused by Peskov, the one person named, who spoke of it.
    agent = _agent(reading, asked.text)
    if agent is not None:
        return agent
    named = _named(reading, fact, knowledge, lang, asked, governed)
    if len(named) == 1 and (_acts(named[0], asked.text) or not asked.asks_doer or _has_verb(asked)):
        # Where the summary says it in other words, the one other person named is who did it only if it has them
        # doing something ("Trump a informé…" for "who briefed…?"), not received, talked with, or owning an ultimatum.
        return named[0]
    return None


def holds_verb(reading: Reading, fact: Fact, lang: str) -> bool:
    """Tell whether a fact's summary has the verb a "who" question asks who did, in any form: "welcomed" of "was
    welcomed by Kirill Dmitriev", "confirmé" of "Peskov a confirmé". Not "say", which most statements have
    whoever said what is asked."""
    verb = reading.verb
    if not verb or among(verb, SAY):
        return False
    return any(_same_verb(verb, word) for word in _split(fact.data.summary.get(lang))[0])


def done_by_another(reading: Reading, fact: Fact, knowledge: Knowledge, lang: str) -> bool:
    """For a yes/no question in the active voice naming who did it ("Poutine a-t-il qualifié la rencontre de très
    productive ?", "was it Putin who…"), whether the fact's summary has the verb with someone else as its subject
    ("Donald Trump a qualifié la rencontre Witkoff–Poutine de « très productive »"): it does not say they did it."""
    if reading.agent is None or reading.passive:
        return False
    verb = reading.agent[0]
    people = agent_people(reading, knowledge)
    if not people or verb in knowledge.name_words or among(verb, MUTUAL_VERBS | CONTACT_VERBS | TALK_VERBS):
        return False  # "did Witkoff meet Putin?": whoever of them the summary has do it, they met
    asked = person_surnames(knowledge.people[people[0]])
    others = knowledge.surnames - asked
    other = False
    summary = fact.data.summary.get(lang)
    typed = _split(summary)[0]
    for at, folded in _verb_at(verb, summary):
        before = folded[max(0, at - _SUBJECT_REACH) : at]  # "Donald Trump a qualifié": its subject, right before
        # A passive is a participle after "be": "Witkoff is to travel" is not one.
        if _participle(typed[at]) and _BE_FOLDED & set(before[-2:]) or asked & set(before):
            return False  # a passive, or the one asked does it
        other = other or not others.isdisjoint(before)
    return other


def agent_people(reading: Reading, knowledge: Knowledge) -> tuple[str, ...]:
    """The people a question names as who did it, in order ("proposé par Ouchakov", "was it Putin who…"): those
    of the words after its verb; none where it names no one who did it."""
    if reading.agent is None:
        return ()
    _, *named = reading.agent
    found = (p for word in named for p in knowledge.named_by_word.get(word, ()) if p in knowledge.people)
    return tuple(dict.fromkeys(found))


def _mutual(reading: Reading) -> bool:
    """Tell whether a question asks whom someone met or saw: meeting is mutual, so whoever "Witkoff a été accueilli
    par…" names met him, though he did not do the welcoming."""
    return reading.whom and any(among(token, MUTUAL_VERBS) for token in reading.tokens)


@dataclass(frozen=True, slots=True)
class _Asked:
    """What a "who" question asks of one fact's summary: its verb, whether it asks who did it, and the names."""

    reading: Reading
    text: str  # the fact's summary, in the reader's language
    verb: str  # the question's verb, folded ("recu"), or ""
    asks_doer: bool  # "qui a reçu Poutine ?" asks who did it; "who did Witkoff meet?" whom; speech its speaker
    name_words: frozenset[str]  # every word of every person's names
    asked_names: frozenset[str]  # the words of the names of the people the question names

    @classmethod
    def of(cls, reading: Reading, knowledge: Knowledge, text: str) -> _Asked:
        """Read what a question asks of a summary."""
        verb = reading.verb or ""
        name_words = knowledge.name_words
        asked = reading.people | reading.participants
        return cls(
            reading,
            text,
            verb,
            bool(verb) and verb not in name_words and not (reading.passive or reading.asks_speech),
            name_words,
            frozenset(w for p in asked if p in knowledge.people for w in _name_words(knowledge.people[p])),
        )

    def not_its_doer(self, person: Person) -> bool:
        """Whether the summary has the question's verb, and someone else doing it: "Witkoff a été reçu … par
        Vladimir Poutine" does not say Witkoff received Putin. The question's own names may stand anywhere in the
        fact ("Witkoff et Poutine ont eu…"): they are not what the verb governs."""
        names = {surname(person.name.fr), surname(person.name.en), *person.aliases}
        if self.verb and self.reading.asks_speech and not self.reading.passive:
            return _speaks(names, self.verb, self.text) is False
        if not self.asks_doer:
            return False
        objects = [token for token in self.reading.tokens if token != self.verb and token not in self.asked_names]
        return _role(names, self.verb, objects, self.text) is False


def _governed_whom(reading: Reading, knowledge: Knowledge, asked: _Asked) -> set[str] | None:
    """For a question asking whom ("qui Witkoff a-t-il reçu ?"), the words right after its verb where the person it
    names does it ("Poutine a déjà donné à Trump…"), empty where the summary does not tell; None where it says they
    did not ("Witkoff a été reçu … par Vladimir Poutine"). Empty for any other question."""
    if not reading.whom or reading.first not in knowledge.people:
        return set()
    acted = next((token for token in reading.tokens if token not in asked.name_words), "")
    first = knowledge.people[reading.first]
    role = _role({surname(first.name.fr), surname(first.name.en)}, acted, [], asked.text) if acted else None
    if role is False:
        return None
    # Whom the verb itself governs, right after it: not "Zelensky continue d'appeler à un dialogue direct avec
    # Poutine".
    return _right_after(acted, asked.text) if role else set()


def _named(
    reading: Reading, fact: Fact, knowledge: Knowledge, lang: str, asked: _Asked, governed: set[str]
) -> list[str]:
    """The people a fact names who may have done what a question asks: named by its quotes and its summary, not as
    whom a claim is from, doing the verb asked where the summary has it, and, of several, its subject."""
    data = fact.data
    # Only someone the quotes themselves name: a fact may mention people who are not the answer.
    quoted = set(fold(" ".join(c.quote for c in data.citations)).split())
    others = [knowledge.people[p] for _, p in named_people(fact) if p not in reading.people and p in knowledge.people]
    # And someone the summary names: the quotes may name someone the fact only mentions ("entrevue avec Poutine"
    # in a fact on who confirmed the visit).
    summary = set(fold(asked.text).split())
    # Not whom it is according to, unless asked who said it: "selon Iouri Ouchakov, … un accord pour organiser un
    # sommet" does not say Ouchakov organised it.
    if not reading.asks_speech:
        summary -= set(fold(" ".join(_SOURCE.findall(asked.text))).split())
    surnames = {p.id: person_surnames(p) for p in others}
    named = [
        p.name.get(lang)
        for p in others
        if surnames[p.id] & quoted
        and surnames[p.id] & summary
        and not asked.not_its_doer(p)
        and not (governed and surnames[p.id].isdisjoint(governed))
    ]
    named = list(dict.fromkeys(named))
    if len(named) > 1 and not reading.passive:  # "Donald Trump a décidé le déploiement … avec Dmitri Medvedev"
        everyone = knowledge.surnames
        named = [p.name.get(lang) for p in others if _does(surnames[p.id], reading, asked.text, everyone)] or named
    return named


def _has_verb(asked: _Asked) -> bool:
    """Tell whether a summary has the question's verb, in any form, as a verb: not "l'idée d'un format", a noun after
    its determiner, which says nothing of who had it."""
    typed, folded = _split(asked.text)
    return any(
        _same_verb(asked.verb, word) and not (at and folded[at - 1] in _DETERMINERS) for at, word in enumerate(typed)
    )


def _split(summary: str) -> tuple[list[str], list[str]]:
    """A summary's words, split at spaces, dashes and apostrophes, without the punctuation around them: as typed,
    and folded."""
    words = [word.strip(',;:.()«»"') for word in _WORD_BREAK.split(summary)]
    return words, [fold(word) for word in words]


_WORD_BREAK = re.compile(r"[\s–'’-]+")


def _acts(name: str, summary: str) -> bool:
    """Tell whether a summary has someone, by surname, as the subject of a verb in the active: the surname, then an
    auxiliary of "avoir" or "have", a reflexive ("s'est voulu"), or a word that is neither a function word nor a
    form of "être" or "be" ("Ushakov spoke"); not "Witkoff a été reçu", "between Witkoff and…", "Trump's ultimatum"."""
    words = fold(_PAIRED_NAMES.sub(" ", summary)).split()  # "the Trump–Putin summit": no one acts in a pair's name
    last = surname(name)
    for at, word in enumerate(words[:-1]):
        if word != last:
            continue
        after, then = words[at + 1], words[at + 2 : at + 3]
        if after in _AUXILIARIES and then not in (["ete"], ["been"]):
            return True
        if after == "s" and then in (["est"], ["etait"]) or after not in STOPWORDS and after not in _BE_FOLDED:
            return True
    return False


def _name_words(person: Person) -> list[str]:
    """The folded words of a person's names and aliases."""
    return [word for name in person.names for word in fold(name).split()]


def _role(surnames: set[str], verb: str, objects: list[str], summary: str) -> bool | None:
    """Whether someone does what a question's verb says in a summary: its subject, with what else the question names
    after it ("Donald Trump a décidé le déploiement de deux sous-marins"), or its agent in the passive ("Witkoff a
    été reçu au Kremlin, à Moscou, par Vladimir Poutine"); None when the summary lacks the verb."""
    found = False
    for at, folded in _verb_at(verb, summary):
        found = True
        before = folded[max(0, at - 10) : at]  # "Witkoff a été filmé en train de serrer la main"
        after = folded[at + 1 : at + 1 + _GOVERNED]
        agent = next((k for k, w in enumerate(after) if w in ("par", "by")), None)
        if _BE_FOLDED & set(before[-2:]) or agent == 0:  # the passive: who did it comes after "par", "by"
            # What else the question names is about, if in other words ("when he got to Moscow"): half at least.
            around = " ".join(folded[max(0, at - _GOVERNED) : at + 1 + _GOVERNED])
            if agent is not None and surnames & set(after[agent + 1 : agent + 4]) and _holds(around, objects, 0.5):
                return True
        elif surnames & set(before) and _holds(" ".join(after), objects, 1.0):
            return True
    return False if found else None


def _speaks(surnames: set[str], verb: str, summary: str) -> bool | None:
    """Whether someone is who says what a question's verb of speech says in a summary: named in its clause before
    the verb in the active ("the Kremlin (Dmitry Peskov) and US diplomatic sources confirmed" is not Putin's,
    named in the clause before); None when the summary has no such verb ("ont été qualifiées" names no one)."""
    found = False
    for clause in _STATEMENTS.split(summary):
        for at, folded in _verb_at(verb, clause):
            if _BE_FOLDED & set(folded[:at][-2:]):  # the passive
                continue
            found = True
            if surnames & set(folded[:at]):
                return True
    return False if found else None


def _verb_at(verb: str, text: str) -> Iterator[tuple[int, list[str]]]:
    """Where a question's verb stands in a text, in any form, with the text's folded words: not a noun its letters
    begin ("un échange téléphonique"), which a determiner comes before."""
    words, folded = _split(text)
    for at, word in enumerate(words):
        if _same_verb(verb, word) and not (at and folded[at - 1] in _DETERMINERS):
            yield at, folded


def passive_agents(verb: str, summary: str, objects: Sequence[str] = ()) -> list[list[str]]:
    """The folded words naming who did it, after "par" or "by", of each passive on a question's verb in a summary:
    "proposée par la partie américaine" -> ["la", "partie", "americaine"]. The verb must be a participle, no other
    participle stands between it and "par" ("pose des conditions jugées inacceptables par Kiev" is Kiev's judgment),
    and half the question's other words stand around it (a call "joined by European leaders" is no summit joined)."""
    raw, words = _split(summary)
    found = []
    for at, word in enumerate(raw):
        if not _same_verb(verb, word) or at and words[at - 1] in _DETERMINERS or not _participle(word):
            continue
        after = words[at + 1 : at + 1 + _GOVERNED]
        agent = next((k for k, w in enumerate(after) if w in ("par", "by")), None)
        if agent is None or any(_participle(w) for w in raw[at + 1 : at + 1 + agent]):
            continue
        around = " ".join(words[max(0, at - _GOVERNED) : at + 1 + _GOVERNED])
        if _holds(around, objects, 0.5):
            found.append(after[agent + 1 : agent + 4])
    return found


def agentless(verb: str, summary: str) -> bool:
    """Tell whether a summary has a question's verb only in a passive naming no one as its doer: "Witkoff a été filmé
    en train de serrer la main" says nothing of who filmed him."""
    raw, words = _split(summary)
    found = [at for at, word in enumerate(raw) if _same_verb(verb, word)]
    return bool(found) and all(
        at
        and words[at - 1] in _PASSIVE_AUXILIARIES
        and _participle(raw[at])
        and not {"par", "by"} & set(words[at + 1 : at + 1 + _GOVERNED])
        for at in found
    )


_PASSIVE_AUXILIARIES = frozenset(
    ["ete", "etre", "etait", "etaient", "fut", "was", "were", "been", "is", "are", "being"]
)


def _participle(word: str) -> bool:
    """Tell whether a word as typed looks like a past participle: "proposée", "reçu", "accueilli", "welcomed", "held";
    not a name ("Moscou"), nor a present ("pose")."""
    bare = word.strip(',;:.()«»"')
    if not bare[:1].islower():
        return False
    return (
        bare.endswith(_ACCENTED_PARTICIPLE)
        or fold(bare).endswith(FRENCH_PARTICIPLE_ENDINGS)
        or bool(_EN_PARTICIPLE.search(bare))
    )


_ACCENTED_PARTICIPLE = ("é", "ée", "és", "ées")
_EN_PARTICIPLE = re.compile(r"(?:ed|" + "|".join(sorted(ENGLISH_PARTICIPLES)) + ")$")


def _right_after(verb: str, summary: str) -> set[str]:
    """The folded words right after a verb of a question in a summary, where what it governs directly stands."""
    raw, words = _split(summary)
    return {w for at, word in enumerate(raw) if _same_verb(verb, word) for w in words[at + 1 : at + 4]}


def _same_verb(token: str, word: str) -> bool:
    """Tell whether a summary's word as typed is a form of a question's folded word: the same, the same first letters,
    or a lemma in common ("recu" and "reçu", "appele" and "appeler")."""
    folded = fold(word)
    if folded == token or len(token) >= STEM and folded[:STEM] == token[:STEM]:
        return True
    # A short verb and its participle's agreement: "juge" and "jugées", "used" and "use".
    longer, shorter = (folded, token) if len(folded) > len(token) else (token, folded)
    if len(shorter) > 2 and longer.startswith(shorter) and longer[len(shorter) :] in _AGREEMENTS:
        return True
    return len(folded) > 2 and bool({token, *lemmas(token)} & {folded, *lemmas(word.lower())})


def _does(surnames: set[str], reading: Reading, summary: str, names: Collection[str]) -> bool:
    """Tell whether a summary has someone as the subject of the question's verb: their surname, an auxiliary or
    none, then the verb as a participle or a past ("Trump a décidé", "Trump ordered"), not a noun ("Trump–Putin
    summit")."""
    verbs = {token[:STEM] for token in reading.tokens if len(token) >= STEM and token not in names}
    words = [word.strip(',;:.()«»"') for word in re.split(r"[\s–-]+", summary)]
    for at, word in enumerate(words):
        if fold(word) not in surnames:
            continue
        after = [w for w in words[at + 1 : at + 3] if fold(w) not in _AUXILIARIES][:1]
        if not (after and fold(after[0])[:STEM] in verbs and _participle(after[0])):
            continue
        # What the verb governs follows it: "a décidé le déploiement de deux sous-marins nucléaires américains" is
        # not who decided to deploy missiles, nor Russian submarines.
        verb = words.index(after[0], at)
        governed = fold(" ".join(words[verb + 1 : verb + 1 + _GOVERNED]))
        objects = [t for t in reading.tokens if t not in names and t[:STEM] != fold(after[0])[:STEM]]
        if _holds(governed, objects, 1.0):
            return True
    return False


def _holds(text: str, tokens: Sequence[str], share: float = 0.75) -> bool:
    """Tell whether a folded text holds a share of a question's words: by default most (a word or two may be the
    reader's own)."""
    return sum(token[:STEM] in text for token in tokens) >= share * len(tokens)


def _agent(reading: Reading, summary: str) -> str | None:
    """Who did what a question asks, as the summary's one passive on its verb names them: "qui a proposé le sommet ?"
    over "proposée par la partie américaine"; None when it has none or several."""
    if reading.passive:  # "qui a été accueilli ?" asks who was welcomed, not by whom
        return None
    verbs = {token[:STEM] for token in reading.tokens if len(token) >= STEM}
    agents = [
        found.group(2)
        for clause in _CLAUSES.split(summary)
        for found in _PASSIVE.finditer(clause)
        if fold(found.group(1))[:STEM] in verbs
        and _participle(found.group(1))
        # and of what the question asks: "qui a proposé le lieu du sommet ?" is not who proposed the summit, nor
        # "qui a décidé de la rencontre ?" who decided a deployment its summary tells of after a colon
        and _holds(fold(clause), reading.tokens)
    ]
    if len(agents) != 1:
        return None
    words = agents[0].split()
    # The agent's noun phrase ends where a preposition, a clause, a date or an infinitive starts ("by the White House
    # | with opening…", "par la Maison-Blanche | d'ouvrir…", "par le service de presse du Kremlin | le 6 août…").
    # "par Kiev et ses alliés européens": "et" before a name or a determiner joins another agent.
    cut = next((at for at, word in enumerate(words) if _ends_agent(word) and not _joins(words, at)), len(words))
    # A name ends at its last capitalised word ("by Bloomberg | say it would be…"), unless joined to another agent.
    if words[0][:1].isupper() and not any(_joins(words, at) for at in range(cut)):
        cut = next((at for at, word in enumerate(words[:cut]) if not word[:1].isupper()), cut)
    words = words[:cut]
    while words and fold(words[-1]) in STOPWORDS:
        words.pop()
    if not 0 < len(words) <= _AGENT_WORDS or fold(words[-1]).endswith("article"):
        return None  # longer, a clause the pattern ran into; "cité par l'article 002", a source, not who did it
    # "Qui la Maison-Blanche a-t-elle chargé ?" names the agent: it asks who was tasked, not by whom.
    if {w for w in fold(" ".join(words)).split() if w not in STOPWORDS} & set(reading.tokens):
        return None
    return " ".join(words)


def _joins(words: list[str], at: int) -> bool:
    """Tell whether the word at `at` joins another agent to a passive's: "et" or "and" before a name or a
    determiner ("Kiev et ses alliés européens", "Kyiv and its European allies")."""
    following = words[at + 1] if at + 1 < len(words) else ""
    return fold(words[at]) in _AND and (following[:1].isupper() or fold(following) in _JOINED_DETERMINERS)


def _ends_agent(word: str) -> bool:
    """Tell whether a word of a passive's agent starts what follows it: a preposition, a clause word, a number, or
    an elided infinitive ("d'ouvrir")."""
    folded = fold(word)
    if word == "a":  # the English article, not "à"
        return False
    return folded in CLAUSE_WORDS or folded[:1].isdigit() or bool(_ELIDED_INFINITIVE.fullmatch(word))


def person_surnames(person: Person) -> set[str]:
    """A person's surnames, folded, under each of their names and aliases."""
    return {surname(name) for name in person.names}


def asked_what_said(
    reading: Reading, knowledge: Knowledge, person_named: Callable[[str], str | None], *, verbs: frozenset[str] = SAY
) -> Person | None:
    """Whom a question asks what they said, with a plain verb of saying, their name as its subject: "qu'a dit
    Poutine après la rencontre ?", "Poutine a-t-il dit…", "what did Putin say?"; None for any other question, as
    "who said…", "did Trump say…?", "what does the Kremlin say must happen before Putin…" (not Putin's words) or
    "which conflict does the article say Trump…" (an English subject stands before its verb)."""
    if not reading.asks_speech or reading.aspects or reading.yes_no or reading.unknown_names or reading.other_speaker:
        # "Erdogan a dit quoi sur Witkoff ?": no words of Witkoff's asked, someone the briefs never name; nor in
        # "l'article dit que Trump veut…" of Trump, what the article says.
        return None
    tokens = reading.tokens
    for at, token in enumerate(tokens):
        if not among(token, verbs):
            continue
        # The name's last word right before the verb ("Putin himself said"); in French, or right after it ("qu'a dit
        # Poutine").
        before = [word for word in tokens[:at] if word not in _SELF]
        beside = before[-1:]
        if reading.lang != "en":  # "qu'a écrit Dmitri Medvedev": a given name shared with another, then the surname
            after = tokens[at + 1 : at + 3]  # …not "dit quoi de la réunion avec Witkoff", whom it is about
            beside += after if after[:1] and after[0] in knowledge.name_words else after[:1]
        for word in beside:
            person = knowledge.people.get(person_named(word) or "")
            # Whom the question has speak, not another named by a pronoun's side: "…with Putin, yes? What he said…"
            if person is not None and reading.speaker in (None, person.id):
                return person
    return None


def asks_only_what_said(reading: Reading, knowledge: Knowledge) -> bool:
    """Tell whether a question asks nothing but what someone said: "qu'a dit Witkoff ?", not "… sur le sommet"."""
    return all(among(token, SAY) or token in knowledge.name_words for token in reading.tokens)


def speaks(person: Person, fact: Fact, *, on_call: bool = False) -> bool:
    """Tell whether a fact has someone say something: a statement of theirs, a claim it gives as according to them,
    a summary having them as the subject of a verb of speech in the active ("M. Poutine a demandé…"); on_call (asked
    what they said on a call), a call they were on."""
    data = fact.data
    if isinstance(data, StatementFact) and data.speaker == person.id:
        return True
    if on_call and by_phone(fact) and person.id in (data.met or data.people):  # asked of a call: each one on it spoke
        return True
    names = person_surnames(person)
    for text in (data.summary.fr, data.summary.en):
        if any(not names.isdisjoint(fold(source).split()[:_SOURCE_NAME]) for source in _SOURCE.findall(text)):
            return True
        for statement in _SAYING_CLAUSES.split(text):  # "avec Witkoff, sans annonce": a noun, in another
            words = [word for word in _split(statement)[1] if word]
            if any(among(word, SPEECH_VERBS) and _subject_of(words, at, names) for at, word in enumerate(words)):
                return True
    return False


_SOURCE_NAME = 3  # words after "selon" naming whom a claim is from: "selon Iouri Ouchakov"
# Words that may stand between a subject and its verb: "Zelensky a toutefois insisté", "Trump also stressed".
_ASIDES = frozenset(["toutefois", "cependant", "pourtant", "aussi", "egalement", "deja", "however", "also", "already"])
_SELF = frozenset(["himself", "herself", "personally", "lui", "meme", "elle", "personne"])  # "Putin himself"
_SAYING_CLAUSES = re.compile(r"[,;:.«»“”\"](?:\s|$)")  # "…, a déclaré" stands apart from the clause before it
_JOINING = frozenset(["et", "and", "mais", "but", "que", "qu", "that", "s"])  # "s": "Witkoff's announced visit"


def _subject_of(words: list[str], at: int, names: set[str]) -> bool:
    """Tell whether one of names is the subject of the verb at `at` in folded words, in the active: right before it
    but for function words ("M. Poutine a demandé", "Zelensky a cependant insisté"); not "reçu par Vladimir Poutine
    pour des discussions qualifiées…", nor "Witkoff a été cité"."""
    for word in reversed(words[max(0, at - _SUBJECT_REACH) : at]):
        if word in _BE_FOLDED or word in _JOINING:  # "…avec Vladimir Poutine et souligne": another clause's
            return False
        if word in names:
            return True
        if word not in STOPWORDS and word not in _AUXILIARIES and word not in _ASIDES:
            return False
    return False
