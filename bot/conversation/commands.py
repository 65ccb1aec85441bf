"""The command table shared by the terminal chat and the Telegram bot: names, help, and what each returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.answering.answers import Answer
from bot.answering.views import Views
from bot.messages import Lang, language, say


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command; its help line is the catalogue's "cmd_<name>"."""

    name: str
    run: Callable[[Views, str, str], Answer | None] | None = (
        None  # (views, argument, lang) -> answer; None: Telegram only
    )

    def describe(self, lang: str) -> str:
        """The help line in lang."""
        return say(f"cmd_{self.name}", lang)


def _source(views: Views, arg: str, lang: str) -> Answer | None:
    """/source ID, or the list of sources when no id is given."""
    return views.source(arg, lang) if arg else views.sources(lang)


COMMANDS: tuple[Command, ...] = (
    Command("brief", lambda v, a, lang: v.brief(lang, a or None)),
    Command("meetings", lambda v, a, lang: v.digest("meeting", lang)),
    Command("deadlines", lambda v, a, lang: v.digest("deadline", lang)),
    Command("demands", lambda v, a, lang: v.digest("demand", lang)),
    Command("sanctions", lambda v, a, lang: v.digest("sanction", lang)),
    Command("summit", lambda v, a, lang: v.digest("summit", lang)),
    Command("people", lambda v, a, lang: v.people(lang, a or None)),
    Command("timeline", lambda v, a, lang: v.timeline(lang)),
    Command("sources", lambda v, a, lang: v.sources(lang)),
    Command("source", _source),
)
BY_NAME = {command.name: command for command in COMMANDS}

# Subscriptions live in Telegram (the terminal chat has no one to notify).
SUBSCRIPTION_COMMANDS: tuple[Command, ...] = tuple(
    Command(name) for name in ("subscribe", "unsubscribe", "subscriptions", "digest", "mute", "unmute")
)
ADMIN_COMMANDS: tuple[Command, ...] = (Command("reload"), Command("announce"), Command("stats"))

# The example questions offered under /help (as buttons on Telegram), in each language.
EXAMPLES: dict[str, tuple[str, ...]] = {
    lang: tuple(say(f"example_{number}", lang) for number in range(1, 5)) for lang in Lang
}


def help_text(lang: str, *, prefix: str = "/", subscriptions: bool = False) -> str:
    """What the bot knows and how to ask, in lang (with the subscription commands, on Telegram)."""
    lines = [say("help_head", lang), ""]
    lines += [f"{prefix}{c.name} — {c.describe(lang)}" for c in COMMANDS]
    if subscriptions:
        lines += ["", say("help_notifications", lang)]
        lines += [f"{prefix}{c.name} — {c.describe(lang)}" for c in SUBSCRIPTION_COMMANDS]
    lines += ["", say("help_examples", lang), *(f"• {q}" for q in EXAMPLES[language(lang)])]
    return "\n".join(lines)


def parse_command(text: str) -> tuple[str, str] | None:
    """Split "/brief@Bot sanctions" into ("brief", "sanctions"); None when text is not a command."""
    if not text.startswith("/"):
        return None
    head, _, arg = text[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return name, arg.strip()
