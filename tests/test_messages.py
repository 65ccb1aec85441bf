"""The message catalogue is complete in every language, every lookup fits it, and no reader text hides elsewhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.messages import DEFAULT, MESSAGES, Lang, language, placeholders, say

BOT = Path(__file__).resolve().parent.parent / "bot"
CATALOGUE = BOT / "messages.py"

# Modules whose text is for operators and curators, not readers (the catalogue is for what a reader sees):
OPERATOR_TEXT = {
    "cli.py": "the admin CLI's own output and usage errors, in English",
    "curation": "draft YAML and coverage reports for curators",
    "answering/lexicon.py": "the matcher's vocabulary: words it reads in questions, never writes",
}


def _bot_modules() -> list[Path]:
    """Every module of bot/ but the catalogue."""
    return [path for path in sorted(BOT.rglob("*.py")) if path != CATALOGUE]


def _say_calls(tree: ast.AST) -> list[ast.Call]:
    """Every call of say(...) in a module."""
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say" and node.args
    ]


def _keys(node: ast.expr) -> list[ast.expr]:
    """The key expressions a say() argument may evaluate to: both branches of `"a" if c else "b"`."""
    if isinstance(node, ast.IfExp):
        return [*_keys(node.body), *_keys(node.orelse)]
    return [node]


def test_every_language_has_every_key_with_the_same_placeholders() -> None:
    """A key missing from one language, or a {field} spelled differently in it, is reported by name."""
    assert set(MESSAGES) == {lang.value for lang in Lang}
    reference = MESSAGES[DEFAULT]
    for lang, catalogue in MESSAGES.items():
        assert set(catalogue) == set(reference), f"{lang}: missing {set(reference) - set(catalogue)}"
        for key, text in catalogue.items():
            assert text.strip(), f"{lang}.{key} is empty"
            assert placeholders(text) == placeholders(reference[key]), f"{lang}.{key}: {text!r}"


def test_every_lookup_in_the_code_names_a_key_and_fills_its_placeholders() -> None:
    """say("key", lang, field=…) in bot/ names a key that exists and passes exactly the fields its messages use."""
    checked = 0
    for path in _bot_modules():
        for call in _say_calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(BOT.parent)}:{call.lineno}"
            given = {k.arg for k in call.keywords}
            assert None not in given, f"{where}: **fields cannot be checked; name them"
            for key in _keys(call.args[0]):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    assert key.value in MESSAGES[DEFAULT], f"{where}: unknown key {key.value!r}"
                    assert placeholders(MESSAGES[DEFAULT][key.value]) == given, f"{where}: fields {sorted(given)}"
                elif isinstance(key, ast.JoinedStr):  # f"lead_{aspect}": some key of that shape takes these fields
                    pattern = "".join(re.escape(v.value) if isinstance(v, ast.Constant) else r"\w+" for v in key.values)
                    shaped = [k for k in MESSAGES[DEFAULT] if re.fullmatch(pattern, k)]
                    assert any(placeholders(MESSAGES[DEFAULT][k]) == given for k in shaped), f"{where}: {pattern}"
                else:
                    pytest.fail(f"{where}: the key should be a literal or an f-string, to be checked")
            checked += 1
    assert checked > 50  # the scan found the lookups: a broken walk would pass on nothing


def test_a_lookup_that_does_not_fit_fails_loudly() -> None:
    """An unknown key or a missing field raises, rather than showing a reader a raw key or a {hole}."""
    with pytest.raises(KeyError):
        say("no_such_message", "fr")
    with pytest.raises(KeyError):
        say("unknown", "en")  # needs name=
    assert say("unknown", "en", name="foo") == "Unknown command: /foo. Type /help for the list."


@pytest.mark.parametrize(
    ("signs", "expected"),
    [
        ((None,), Lang.FR),  # nothing known: French
        (("en",), Lang.EN),
        (("en-GB",), Lang.EN),  # Telegram's language_code carries a region
        (("EN_us",), Lang.EN),
        (("de",), Lang.FR),  # a language we do not speak: French, the default
        (("uk",), Lang.FR),  # until a Ukrainian catalogue is registered
        (("fr", "en"), Lang.FR),  # the question's own language beats the reader's setting
        ((None, "en"), Lang.EN),  # a question that shows no language: the setting decides
        ((None, "de", "en-US"), Lang.EN),  # the first sign we can follow
    ],
)
def test_language_decides_from_the_strongest_sign(signs: tuple[str | None, ...], expected: Lang) -> None:
    """One decision: the question's language, then the reader's choice, then Telegram's code, else French."""
    assert language(*signs) is expected


def test_a_language_we_do_not_speak_reads_french() -> None:
    """say() in an unknown language falls back to French instead of failing in front of a reader."""
    assert say("never", "de") == say("never", "fr") == "jamais"


# What reader text looks like: French prose (accents, or a space before : ; ? !), an English sentence, or a
# sentence the catalogue holds.
_FRENCH = re.compile(r"[àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŒ«»]|[a-zàâçéèêëîïôûùüÿœ] [:;?!](?:\s|$)")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_ENGLISH = re.compile(r"[A-Z][a-z]+(?:\W+\w+){3,}.*[.:!?…▸]$", re.DOTALL)
_REGEX = re.compile(r"\\[bBsSdDwW]|\(\?")
_SQL = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA)\b")
_KNOWN = {text for catalogue in MESSAGES.values() for text in catalogue.values() if len(_WORDS.findall(text)) >= 2}


def _not_for_readers(tree: ast.AST) -> set[int]:
    """Ids of the nodes whose strings readers never see: docstrings, logs, errors, regexes, help= and description=."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        quiet: list[ast.AST] = []
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):  # docstrings, attribute docstrings
            quiet.append(node.value)
        elif isinstance(node, ast.Raise) and node.exc:
            quiet.append(node.exc)
        elif isinstance(node, ast.Call):
            func = node.func
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            if owner in ("log", "logger", "logging", "re"):
                quiet += node.args
            if isinstance(func, ast.Name) and func.id == "say":
                quiet += node.args[:1]  # the key
            quiet += [k.value for k in node.keywords if k.arg in ("help", "description")]
        for child in quiet:
            skip.update(id(n) for n in ast.walk(child))
    return skip


def reader_text_outside_the_catalogue(source: str, name: str) -> list[str]:
    """The string constants of a module that look like text for readers."""
    tree = ast.parse(source)
    skip = _not_for_readers(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip or (isinstance(node, ast.Constant) and id(node) in _parts(tree)):
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        else:
            continue
        if _REGEX.search(text) or _SQL.match(text):
            continue
        prose = len(_WORDS.findall(text)) >= 2
        if (prose and _FRENCH.search(text)) or _ENGLISH.match(text.strip()) or text in _KNOWN:
            found.append(f"{name}:{node.lineno}: {text[:80]!r}")
    return found


def _parts(tree: ast.AST) -> set[int]:
    """Ids of the literal pieces of f-strings (the f-string is judged whole)."""
    return {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}


def test_no_reader_text_outside_the_catalogue() -> None:
    """Every string of bot/ that reads like a message to a reader is a catalogue lookup, not a literal."""
    found: list[str] = []
    for path in _bot_modules():
        name = path.relative_to(BOT).as_posix()
        if any(name == allowed or name.startswith(allowed + "/") for allowed in OPERATOR_TEXT):
            continue
        found += reader_text_outside_the_catalogue(path.read_text(encoding="utf-8"), name)
    assert not found, "reader text outside bot/messages.py:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "line",
    [
        'lead = "Les sources divergent : voici les deux versions."',
        'lead = f"Échéance le {when}, dans {left}."',
        'reply("Sorry, something went wrong. Please try again.")',
        'text = "The sources disagree:"',  # a catalogue sentence copied back into code
    ],
)
def test_the_scan_catches_reader_text(line: str) -> None:
    """The scan flags French prose, an English sentence, or a catalogue sentence written inline."""
    assert reader_text_outside_the_catalogue(line, "example.py")


@pytest.mark.parametrize(
    "line",
    [
        '"""Dire ce que les articles ne disent pas : une phrase."""',
        'log.warning("Could not set the menu for %s.", scope)',
        'raise ValueError("Unknown topic: pick another one.")',
        '_APPROX = re.compile(r"(?:\\bvers(?: le)?|\\bc\\.)\\s*$")',
        'words = ("immédiat", "tout")',
        'key = say("no_source", lang, arg=arg)',
    ],
)
def test_the_scan_leaves_what_readers_never_see(line: str) -> None:
    """Docstrings, logs, exceptions, regexes, single vocabulary words and catalogue keys are not reader text."""
    assert not reader_text_outside_the_catalogue(line, "example.py")


@pytest.mark.parametrize(("code", "expected"), [("en-GB", "en"), ("fr", "fr"), ("de", "fr"), (None, "fr")])
def test_telegram_readers_get_the_language_of_their_app(code: str | None, expected: str) -> None:
    """The Telegram path decides through language(): a region is ignored, a language we lack reads French."""
    from types import SimpleNamespace

    from bot.tg.handlers import user_lang

    update = SimpleNamespace(effective_user=SimpleNamespace(language_code=code))
    assert user_lang(update) == expected  # type: ignore[arg-type]
    assert type(user_lang(update)) is str  # stored with the subscriber as a plain string


def test_a_field_opening_with_an_article_contracts_with_the_preposition_before_it() -> None:
    """ "de {subject}" of "le sommet" reads "du sommet"; "de les" "des"; other articles and English stay."""
    assert say("not_said_exact_date", "fr", subject="le sommet").endswith("date exacte du sommet.")
    assert say("not_said_other", "fr", subject="les rencontres").endswith("cela des rencontres.")
    assert say("not_said_other", "fr", subject="la rencontre").endswith("cela de la rencontre.")
    assert say("not_mentioned", "fr", name="le pape").endswith("parlent pas du pape.")
    assert say("not_said_other", "en", subject="the summit").endswith("about the summit.")
    assert say("not_mentioned", "fr", name="Israël").endswith("parlent pas d'Israël.")  # "de" elides before a vowel
    assert say("not_mentioned", "fr", name="Olaf Scholz").endswith("parlent pas d'Olaf Scholz.")
    assert say("not_mentioned", "fr", name="Kiev").endswith("parlent pas de Kiev.")
