"""The command table shared by the terminal chat and the Telegram bot: names, help, and what each returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.answering.answers import Answer
from bot.answering.views import Views
from bot.messages import language


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command with its help line in French and English."""

    name: str
    fr: str
    en: str
    run: Callable[[Views, str, str], Answer | None] | None = (
        None  # (views, argument, lang) -> answer; None: Telegram only
    )

    def describe(self, lang: str) -> str:
        """The help line in lang."""
        return self.en if lang == "en" else self.fr


def _source(views: Views, arg: str, lang: str) -> Answer | None:
    """/source ID, or the list of sources when no id is given."""
    return views.source(arg, lang) if arg else views.sources(lang)


COMMANDS: tuple[Command, ...] = (
    Command(
        "brief",
        "L'essentiel en quelques lignes (ou /brief sujet)",
        "The state of play in a few lines (or /brief topic)",
        lambda views, arg, lang: views.brief(lang, arg or None),
    ),
    Command(
        "meetings",
        "Les rencontres Witkoff–Poutine",
        "The Witkoff–Putin meetings",
        lambda views, arg, lang: views.digest("meeting", lang),
    ),
    Command(
        "deadlines",
        "L'ultimatum et les échéances",
        "The ultimatum and deadlines",
        lambda views, arg, lang: views.digest("deadline", lang),
    ),
    Command(
        "demands",
        "Les exigences russes et les positions",
        "Russia's demands and the positions",
        lambda views, arg, lang: views.digest("demand", lang),
    ),
    Command(
        "sanctions",
        "Les sanctions envisagées",
        "The threatened sanctions",
        lambda views, arg, lang: views.digest("sanction", lang),
    ),
    Command(
        "summit",
        "Le sommet Trump–Poutine",
        "The Trump–Putin summit",
        lambda views, arg, lang: views.digest("summit", lang),
    ),
    Command(
        "people",
        "Qui est qui (ou /people nom)",
        "Who is who (or /people name)",
        lambda views, arg, lang: views.people(lang, arg or None),
    ),
    Command(
        "timeline",
        "La chronologie des événements",
        "The timeline of events",
        lambda views, arg, lang: views.timeline(lang),
    ),
    Command("sources", "Les articles sources", "The source articles", lambda views, arg, lang: views.sources(lang)),
    Command(
        "source",
        "Un article et les faits qui en sont tirés (/source 001)",
        "One article and the facts drawn from it (/source 001)",
        _source,
    ),
)
BY_NAME = {command.name: command for command in COMMANDS}

# Subscriptions live in Telegram (the terminal chat has no one to notify).
SUBSCRIPTION_COMMANDS: tuple[Command, ...] = (
    Command(
        "subscribe", "Recevoir les nouvelles (/subscribe sujet, personne…)", "Get updates (/subscribe topic, person…)"
    ),
    Command("unsubscribe", "Ne plus rien recevoir (ou /unsubscribe sujet)", "Stop updates (or /unsubscribe topic)"),
    Command("subscriptions", "Ce que vous recevez, et comment", "What you get, and how"),
    Command(
        "digest",
        "Un résumé par jour à l'heure choisie (/digest 08:00)",
        "One digest a day at your time (/digest 08:00)",
    ),
    Command("mute", "Mettre les notifications en pause", "Pause notifications"),
    Command("unmute", "Reprendre les notifications", "Resume notifications"),
)
ADMIN_COMMANDS: tuple[Command, ...] = (
    Command("reload", "Recharger les briefs et prévenir les abonnés", "Reload the briefs and notify subscribers"),
    Command("announce", "Envoyer une annonce à tous les abonnés", "Send an announcement to every subscriber"),
    Command("stats", "Abonnés et envois", "Subscribers and deliveries"),
)

EXAMPLES = {
    "fr": (
        "Quand expire l'ultimatum ?",
        "Qui est Ouchakov ?",
        "Que demande la Russie ?",
        "Combien de temps a duré la rencontre du 6 août ?",
    ),
    "en": (
        "When does the ultimatum expire?",
        "Who is Ushakov?",
        "What does Russia demand?",
        "How long did the 6 August meeting last?",
    ),
}


def help_text(lang: str, *, prefix: str = "/", subscriptions: bool = False) -> str:
    """What the bot knows and how to ask, in lang (with the subscription commands, on Telegram)."""
    if lang == "en":
        head = (
            "I answer questions on the 2025 US–Russia contacts over the war in Ukraine: Witkoff's meetings "
            "with Putin, Trump's ultimatum, Russia's demands, sanctions, the planned summit. Every answer "
            "quotes its source article verbatim. Ask in English or French, typos are fine."
        )
        examples = "Try:"
    else:
        head = (
            "Je réponds aux questions sur les contacts russo-américains de 2025 autour de la guerre en Ukraine : "
            "rencontres Witkoff–Poutine, ultimatum de Trump, exigences russes, sanctions, sommet prévu. Chaque "
            "réponse cite mot pour mot son article source. Posez vos questions en français ou en anglais, "
            "même avec des fautes."
        )
        examples = "Par exemple :"
    lines = [head, ""]
    lines += [f"{prefix}{c.name} — {c.describe(lang)}" for c in COMMANDS]
    if subscriptions:
        lines += ["", "Notifications :" if lang != "en" else "Notifications:"]
        lines += [f"{prefix}{c.name} — {c.describe(lang)}" for c in SUBSCRIPTION_COMMANDS]
    lines += ["", examples, *(f"• {q}" for q in EXAMPLES[language(lang)])]
    return "\n".join(lines)


def parse_command(text: str) -> tuple[str, str] | None:
    """Split "/brief@Bot sanctions" into ("brief", "sanctions"); None when text is not a command."""
    if not text.startswith("/"):
        return None
    head, _, arg = text[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return name, arg.strip()
