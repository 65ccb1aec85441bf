"""The questions a long message asks: "Bonjour, je prépare une note : qui a accueilli Witkoff, et combien de temps
a duré l'entretien ?" asks two, after a clause saying why."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.lexicon import PRONOUNS, QUESTION_OPENERS
from bot.knowledge.text import fold

# Where a message's sentences end, and where a dash or a colon sets what is asked apart from what leads to it.
# Not after an abbreviation: "St. Petersburg", "M. Poutine", "Mr. Witkoff" are one sentence.
_BREAKS = re.compile(
    r"(?<=[.?!])(?<!\bSt\.)(?<!\bM\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)\s+|\s+[—–-]\s+|:\s+|;\s+"
)
# Where a message may hold more than one question: a sentence's end or a break before more words, or "et", "and".
_SEAMS = re.compile(r"[.?!;:]\s+\S|\s[—–-]\s|\s(?:et|and)\s", re.IGNORECASE)
# "…, et combien de temps ?", "and who…", "et est-ce que…", "and roughly how many…": a second question joined to the
# first, its interrogative maybe after a word saying how near the figure asked is.
_JOINED = re.compile(
    r",?\s+(?:et|and)\s+(?=(?:(?:roughly|approximately|about|around|environ|approximativement|à peu près)\s+)?"
    r"(?:qui|quand|où|comment|combien|pourquoi|quel|quelle|quels|quelles|est-ce|who|what|when"
    r"|where|why|how|which|is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b)",
    re.IGNORECASE,
)
MIN_WORDS = 3  # a part shorter than this is a remark ("merci !", "petite question"), not a question


def question_parts(question: str) -> tuple[str, ...]:
    """The parts of a message that ask something, in order: each sentence or clause opening with an interrogative,
    an auxiliary or a request. Empty when the message is one question."""
    if not _SEAMS.search(question):  # most questions have none: one question, no splitting
        return ()
    parts = [part.strip() for chunk in _BREAKS.split(question) for part in _clauses(chunk)]
    asked = tuple(part for part in parts if len(words := fold(part).split()) >= MIN_WORDS and _opens(words))
    return () if asked == (question.strip(),) else asked


def without_remark(message: str) -> str:
    """A message's question without the remark the reader adds after its last question mark, one that asks nothing:
    "La durée de 3h, c'est sourcé par qui ? faut que je cite l'agence", "Is Ushakov Putin's spokesman? want to get the
    title right on air". The message itself where nothing follows, or what follows asks too."""
    end = message.rfind("?")
    after = message[end + 1 :].strip() if end > 0 else ""
    words = fold(after).split()
    if not words or _opens(words) or len(fold(message[:end]).split()) < MIN_WORDS:
        return message
    if len(words) <= 3 and not _TAGS.isdisjoint(words):  # "… ? oui/non", "…? true or false": a tag, which asks
        return message
    if _QUOTING.search(after):  # "What did Trump post? the 'Russia has to get moving' one": which one, quoted
        return message
    return message[: end + 1]


_QUOTING = re.compile(r"['‘’\"“”«»]\s*\w[^'‘’\"“”«»]*\w\s*['‘’\"“”«»]")  # a phrase in quotes
_TAGS = frozenset(["oui", "non", "yes", "no", "vrai", "faux", "true", "false", "correct", "right", "exact"])


def _opens(words: list[str]) -> bool:
    """Tell whether folded words open as a question does, past a leading "et", "and": "Et qui est Peskov ?"."""
    at = 1 if words[0] in _LEADING and len(words) > 1 else 0
    return words[at] in QUESTION_OPENERS


# Words a question may put before its interrogative: "et qui…", "and roughly how many…".
_LEADING = frozenset(["et", "and", "also", "aussi", "puis", "then", "plus", "roughly", "approximately", "environ"])


def question_clause(question: str) -> str:
    """The clause a message asks its question in, past a statement leading into it: "how long did Witkoff spend with
    Putin?" of "The Kremlin's diplomats planned on two days of talks — how long did Witkoff spend with Putin?"; the
    message itself where nothing leads in."""
    for cut in reversed(list(_BREAKS.finditer(question))):
        if (words := fold(rest := question[cut.end() :]).split()) and _opens(words):
            return rest
    return question


def _clauses(sentence: str) -> list[str]:
    """A sentence cut where "et", "and" join a second question to a first one of a few words at least: not "when and
    where did they meet?", one question of two aspects."""
    clauses, start = [], 0
    for joined in _JOINED.finditer(sentence):
        if len(sentence[start : joined.start()].split()) >= MIN_WORDS:
            clauses.append(sentence[start : joined.start()])
            start = joined.end()
    return [*clauses, sentence[start:]]


def stands_for_another(words: list[str], named: bool) -> bool:
    """Tell whether a part of a message, its words folded, leans on another part: a pronoun or a possessive where it
    names no one ("what is his role?", "quel poste il occupe ?", "y avait-il…")."""
    return not named and not _STANDING_FOR.isdisjoint(words)


_STANDING_FOR = PRONOUNS | {"it", "its", "y", "his", "their", "son", "sa", "ses", "leur", "leurs"}


def per_person(question: str, person_named: Callable[[str], str | None]) -> tuple[str, ...]:
    """The question asked of each of two people it names together, "Peskov and Ushakov", "Dmitriev et Ouchakov": "Who
    are Peskov and Ushakov?" asks who Peskov is and who Ushakov is. Empty where it names no two people so."""
    for pair in _TOGETHER.finditer(question):
        first, second = (person_named(fold(name)) for name in pair.group("first", "second"))
        if first and second and first != second:
            start, end = pair.span()
            return tuple(question[:start] + name + question[end:] for name in pair.group("first", "second"))
    return ()


# Two names joined by "and", "et", "&", or set side by side ("Ushakov vs Peskov"): each a word of letters, a name's
# last one or its only one.
_TOGETHER = re.compile(
    r"(?P<first>[^\W\d_][\w'’-]*)\s+(?:and|et|&|vs\.?|versus)\s+(?P<second>[^\W\d_][\w'’-]*)", re.IGNORECASE
)
