"""Everything a reader reads, in French and English, looked up by key: the one message catalogue of the bot.

Each language is one dict under MESSAGES, keyed the same, with named {placeholders}; `say` looks a key up and
`language` is the one place that decides which language a reader gets. To add a language (Ukrainian, say), add a
member to Lang and a dict of every key under MESSAGES; tests/test_messages.py fails until each key and placeholder
is there. Imports nothing from bot: every layer may use it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from string import Formatter


class Lang(StrEnum):
    """The languages the bot speaks; French is the default."""

    FR = "fr"
    EN = "en"


DEFAULT = Lang.FR
_LANGS = {lang.value: lang for lang in Lang}

MAX_QUESTION = 1024  # longest question answered; Telegram allows 4,096 characters, no real question needs them

MESSAGES: dict[str, dict[str, str]] = {
    "fr": {
        "sorry": "Désolé, une erreur est survenue. Réessayez dans un instant.",
        "slow": "Doucement 🙂 Je réponds à tout le monde : réessayez dans quelques secondes.",
        "too_long": "Votre message est trop long : posez une question courte, une à la fois.",
        "non_text": "Je ne lis que le texte : posez votre question par écrit, ou tapez /help.",
        "unknown": "Commande inconnue : /{name}. Tapez /help pour la liste.",
        "no_source": "Je ne connais pas l'article {arg!r}. Voir /sources.",
        "more": "Suite ▸",
        "stale_button": "Ce bouton n'est plus valable : posez votre question ou tapez /help.",
        "sub_choose": (
            "Choisissez vos sujets (✅ = abonné)."
            " Vous pouvez aussi taper /subscribe Poutine, /subscribe sanctions sommet…"
        ),
        "sub_done": (
            "C'est noté. Vous recevrez : {topics}.\n{mode}\n"
            "/digest 08:00 pour un résumé quotidien, /mute pour une pause, /unsubscribe pour arrêter."
        ),
        "sub_unknown": (
            "Je ne connais pas ce sujet : {words}. Sujets : {choices}, tout, ou le nom d'une personne (/people)."
        ),
        "unsub_all": "Vous êtes désabonné : vous ne recevrez plus rien. /subscribe pour revenir.",
        "unsub_some": "C'est noté. Il vous reste : {topics}.",
        "not_subscribed": "Vous n'êtes abonné à rien. /subscribe pour choisir vos sujets.",
        "status": "Vous recevez : {topics}.\n{mode}{muted}\nDernier envoi : {last}.",
        "mode_immediate": (
            "Envoi : dès qu'il y a du nouveau, et un rappel la veille et une heure avant chaque échéance."
        ),
        "mode_digest": "Envoi : un résumé chaque jour à {at} ({zone}) ; les rappels d'échéance arrivent à l'heure.",
        "muted_note": "\n🔇 En pause : /unmute pour reprendre.",
        "never": "jamais",
        "digest_usage": (
            "Indiquez une heure : /digest 08:00 (heure de Paris), /digest 7h30 America/New_York,"
            " ou /digest off pour tout recevoir aussitôt."
        ),
        "digest_zone": "Fuseau horaire inconnu : {zone}. Exemple : Europe/Paris, America/New_York, UTC.",
        "digest_set": "C'est noté : un résumé chaque jour à {at} ({zone}). Prochain : {next}.",
        "digest_off": "C'est noté : vous recevrez les nouvelles dès qu'elles arrivent.",
        "muted": "🔇 Notifications en pause. /unmute pour reprendre.",
        "unmuted": "🔔 Notifications reprises.",
        "admin_only": "Cette commande est réservée aux administrateurs du bot.",
        "private_only": "Cette commande s'utilise en message privé avec le bot.",
        "group_admins_only": "Seuls les administrateurs du groupe peuvent changer son abonnement.",
        "announce_usage": "Usage : /announce TEXTE",
        "announced": "Annonce mise en file pour {count} abonnés.",
        "reloading": "Rechargement des briefs…",
        "reload_ok": (
            "Briefs rechargés : {summary}.\n{added} faits ajoutés, {changed} modifiés ; "
            "{messages} messages en file pour {recipients} abonnés, {kept} gardés pour les résumés."
        ),
        "reload_refused": "Rechargement refusé : {count} problème(s). Je garde les briefs précédents.\n{problems}",
        "store_down": (
            "⚠️ La base de données refuse d'écrire ({error}) : envois arrêtés, rien ne part deux fois."
            " Ils reprennent dès qu'elle accepte à nouveau (disque plein ? verrou ?)."
        ),
        "store_back": (
            "✅ La base de données accepte à nouveau les écritures après {seconds} s : les envois reprennent."
        ),
    },
    "en": {
        "sorry": "Sorry, something went wrong. Please try again in a moment.",
        "slow": "Easy 🙂 I answer everyone: please try again in a few seconds.",
        "too_long": "Your message is too long: please ask one short question at a time.",
        "non_text": "I only read text: type your question, or /help.",
        "unknown": "Unknown command: /{name}. Type /help for the list.",
        "no_source": "I don't know article {arg!r}. See /sources.",
        "more": "More ▸",
        "stale_button": "This button is no longer valid: ask your question or type /help.",
        "sub_choose": (
            "Pick your topics (✅ = subscribed). You can also type /subscribe Putin, /subscribe sanctions summit…"
        ),
        "sub_done": (
            "Done. You will get: {topics}.\n{mode}\n"
            "/digest 08:00 for a daily digest, /mute to pause, /unsubscribe to stop."
        ),
        "sub_unknown": "I don't know this topic: {words}. Topics: {choices}, all, or a person's name (/people).",
        "unsub_all": "You are unsubscribed and will get nothing more. /subscribe to come back.",
        "unsub_some": "Done. You still get: {topics}.",
        "not_subscribed": "You are not subscribed to anything. /subscribe to pick topics.",
        "status": "You get: {topics}.\n{mode}{muted}\nLast delivery: {last}.",
        "mode_immediate": (
            "Delivery: as soon as there is news, plus a reminder the day and the hour before each deadline."
        ),
        "mode_digest": "Delivery: one digest a day at {at} ({zone}); deadline reminders come on time.",
        "muted_note": "\n🔇 Paused: /unmute to resume.",
        "never": "never",
        "digest_usage": (
            "Give a time: /digest 08:00 (Paris time), /digest 7:30 America/New_York,"
            " or /digest off to get news at once."
        ),
        "digest_zone": "Unknown time zone: {zone}. For example: Europe/Paris, America/New_York, UTC.",
        "digest_set": "Done: one digest a day at {at} ({zone}). Next: {next}.",
        "digest_off": "Done: you will get news as soon as it arrives.",
        "muted": "🔇 Notifications paused. /unmute to resume.",
        "unmuted": "🔔 Notifications resumed.",
        "admin_only": "This command is for the bot's administrators.",
        "private_only": "Please use this command in a private chat with the bot.",
        "group_admins_only": "Only the group's administrators can change its subscription.",
        "announce_usage": "Usage: /announce TEXT",
        "announced": "Announcement queued for {count} subscribers.",
        "reloading": "Reloading the briefs…",
        "reload_ok": (
            "Briefs reloaded: {summary}.\n{added} facts added, {changed} changed; "
            "{messages} messages queued for {recipients} subscribers, {kept} kept for digests."
        ),
        "reload_refused": "Reload refused: {count} problem(s). Still serving the previous briefs.\n{problems}",
        "store_down": (
            "⚠️ The database refuses writes ({error}): sending stopped, nothing goes out twice."
            " It resumes as soon as writes work again (disk full? locked?)."
        ),
        "store_back": "✅ The database accepts writes again after {seconds} s: sending resumes.",
    },
}


def language(*signs: str | None) -> Lang:
    """Decide the reader's language: the first sign naming a language we speak, else French.

    Signs, strongest first: the language the question is written in, the reader's choice (--lang), Telegram's
    language_code ("en-GB", "uk"). Every place that picks a language goes through here.
    """
    for sign in signs:
        if sign in _LANGS:  # "fr", "en" as the matcher and the settings give them
            return _LANGS[sign]
        code = (sign or "").strip().lower().replace("_", "-").split("-")[0]
        if code in MESSAGES:
            return Lang(code)
    return DEFAULT


def say(key: str, lang: str | None, **fields: object) -> str:
    """The message `key` in lang (French when lang is not one we speak), with its named fields filled in."""
    catalogue = MESSAGES.get(lang or "") or MESSAGES[language(lang)]  # "fr", "en" as given: no need to read the sign
    text = catalogue[key] if key in catalogue else MESSAGES[DEFAULT][key]  # an unknown key raises KeyError
    if fields and catalogue is MESSAGES["fr"]:
        # A field opening with an article contracts with the preposition before it: "de {subject}" of "le sommet".
        text = _FIELD_AFTER_PREPOSITION.sub(lambda found: _contract(found, fields), text)
    return text.format(**fields)


_FIELD_AFTER_PREPOSITION = re.compile(r"\b([dD]e|[àÀ]) \{(\w+)\}")
_CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
_VOWELS = frozenset("AEIOUYÉÈÊÀÂÎÔÛHaeiouyéèêàâîôû")  # "d'Helsinki" too, as names take it


def _contract(found: re.Match[str], fields: dict[str, object]) -> str:
    """ "de {subject}" of "le sommet" -> "du {subject}" with "sommet": "de le" is "du", "à les" is "aux"."""
    preposition, name = found.group(1), found.group(2)
    value = str(fields.get(name, ""))
    article, _, rest = value.partition(" ")
    word = _CONTRACTED.get((preposition.lower(), article)) if rest else None
    if word is None and preposition.lower() == "de" and value[:1] in _VOWELS:  # "de Israël" is "d'Israël"
        return f"{preposition[0]}'{{{name}}}"
    if word is None:
        return found.group(0)
    fields[name] = rest
    return f"{word.capitalize() if preposition[0].isupper() else word} {{{name}}}"


def placeholders(text: str) -> frozenset[str]:
    """The names of the {fields} a message needs."""
    return frozenset(name for _, name, _, _ in Formatter().parse(text) if name)


# Answers: the line that answers first, and what a decline says the articles do not say.
MESSAGES["fr"].update(
    {
        "lead_date": "Quand : {value}.",
        "lead_place": "Où : {value}.",
        "lead_duration": "Durée : {value}.",
        "lead_clock": "Heure : {value}.",
        "lead_who": "Qui : {value}.",
        "lead_words": "{speaker} : « {value} ».",
        "lead_quantity": "Combien : {value}.",
        "lead_unsettled_place": "Où : non précisé (article {articles}).",
        "lead_unsettled_date": "Quand : non confirmé (article {articles}).",
        "lead_unsettled_date_words": "Quand : non confirmé ; possible « {words} » (article {articles}).",
        "lead_day_hedged": "{day}, au conditionnel",
        "yes": "Oui.",
        "no": "Non.",
        "yes_no_unsaid": "Je ne trouve pas de oui ou de non net dans les articles ; voici ce qu'ils disent :",
        "yes_hedged": "Oui, au conditionnel :",
        "no_hedged": "Non, au conditionnel :",
        "not_said_duration": "Les articles ne disent pas combien de temps a duré {subject}.",
        "not_said_quantity": "Les articles ne donnent pas ce nombre pour {subject}.",
        "not_said_number": "Les articles ne donnent pas ce chiffre.",
        "not_said_exact_number": "Les articles ne donnent pas de chiffre exact.",
        "not_found_number": "Je ne trouve pas ce chiffre dans les articles.",
        "not_said_name": "Les articles ne donnent pas ce nom.",
        "not_said_which": "Les articles ne le précisent pas.",
        "not_said_no_name": "Les articles ne donnent pas de nom.",
        "not_said_quoted": "Les articles ne rapportent pas de propos de {name} sur ce point.",
        "not_said_quoted_any": "Les articles ne rapportent aucun propos de {name}.",
        "not_said_when_set": "Les articles ne disent pas quand il a été fixé, seulement quand il expire.",
        "not_said_since": "Les articles ne disent pas depuis quand.",
        "not_said_plain": "Les articles ne le disent pas.",
        "not_translated": "Je ne traduis pas : je réponds d'après ce que disent les articles.",
        "not_said_date": "Les articles ne disent pas quand a eu lieu {subject}.",
        "not_said_exact_date": "Les articles ne donnent pas la date exacte de {subject}.",
        "not_said_place": "Les articles ne disent pas où a eu lieu {subject}.",
        "not_said_date_to_come": "Les articles ne disent pas quand aura lieu {subject}.",
        "not_said_place_to_come": "Les articles ne disent pas où aura lieu {subject}.",
        "not_said_duration_to_come": "Les articles ne disent pas combien de temps durera {subject}.",
        "not_said_other": "Les articles ne disent pas cela de {subject}.",
        "not_said_outcome": "Les articles ne disent pas ce qu'il en a été finalement.",
        "not_said_held": "Les articles ne disent pas que cela a eu lieu : ils l'annoncent.",
        "lead_date_words": "« {words} » selon l'article {article} ({date})",
        "not_mentioned": "Les articles ne parlent pas de {name}.",
        "they_say": "Ils disent :",
        "can_tell": "Je peux vous répondre sur :",
        "subject_meeting": "la rencontre",
        "subject_summit": "le sommet",
        "subject_default": "cet événement",
        "subject_at": "{subject} de {place}",
        "and": " et ",
        "subject_on": "{subject} du {day}",
        "subject_in": "{subject} en {month}",
    }
)
MESSAGES["en"].update(
    {
        "lead_date": "When: {value}.",
        "lead_place": "Where: {value}.",
        "lead_duration": "How long: {value}.",
        "lead_clock": "Time: {value}.",
        "lead_who": "Who: {value}.",
        "lead_words": "{speaker}: “{value}”.",
        "lead_quantity": "How many: {value}.",
        "lead_unsettled_place": "Where: not specified (article {articles}).",
        "lead_unsettled_date": "When: not confirmed (article {articles}).",
        "lead_unsettled_date_words": "When: not confirmed; possibly “{words}” (article {articles}).",
        "lead_day_hedged": "{day}, tentatively",
        "yes": "Yes.",
        "no": "No.",
        "yes_no_unsaid": "I find no clear yes or no in the articles; here is what they say:",
        "yes_hedged": "Yes, but unconfirmed:",
        "no_hedged": "No, but unconfirmed:",
        "not_said_duration": "The articles do not say how long {subject} lasted.",
        "not_said_quantity": "The articles do not give that number for {subject}.",
        "not_said_number": "The articles do not give that figure.",
        "not_said_exact_number": "The articles give no exact figure.",
        "not_found_number": "I can't find that figure in the articles.",
        "not_said_name": "The articles do not give that name.",
        "not_said_which": "The articles do not say which.",
        "not_said_no_name": "The articles give no name.",
        "not_said_quoted": "The articles report nothing {name} said on this.",
        "not_said_quoted_any": "The articles report nothing {name} said.",
        "not_said_when_set": "The articles do not say when it was set, only when it falls due.",
        "not_said_since": "The articles do not say since when.",
        "not_said_plain": "The articles do not say.",
        "not_translated": "I do not translate: I answer from what the articles say.",
        "not_said_date": "The articles do not say when {subject} took place.",
        "not_said_exact_date": "The articles do not give the exact date of {subject}.",
        "not_said_place": "The articles do not say where {subject} took place.",
        "not_said_date_to_come": "The articles do not say when {subject} will take place.",
        "not_said_place_to_come": "The articles do not say where {subject} will take place.",
        "not_said_duration_to_come": "The articles do not say how long {subject} will last.",
        "not_said_other": "The articles do not say that about {subject}.",
        "not_said_outcome": "The articles do not say how this turned out.",
        "not_said_held": "The articles do not say that it took place: they announce it.",
        "lead_date_words": "“{words}” according to article {article} ({date})",
        "not_mentioned": "The articles do not mention {name}.",
        "they_say": "They say:",
        "can_tell": "I can tell you about:",
        "subject_meeting": "the meeting",
        "subject_summit": "the summit",
        "subject_default": "this event",
        "subject_at": "{subject} in {place}",
        "and": " and ",
        "subject_on": "{subject} of {day}",
        "subject_in": "{subject} in {month}",
    }
)

# Answers: headings, the general decline, how a source is named.
MESSAGES["fr"].update(
    {
        "decline": (
            "Je ne trouve pas la réponse dans mes sources : je préfère ne pas deviner. Je peux vous répondre sur :"
        ),
        "disputed": "Les sources divergent :",
        "disputed_answer": "{answer}, mais les sources divergent :",
        "disputed_verdict": "{answer} selon l'article {article}, mais les sources divergent :",
        "latest": "Le plus récent, d'après l'article {article} ({date}) :",
        "article": "article {article}",
        "quoted": "« {quote} »",
    }
)
MESSAGES["en"].update(
    {
        "decline": "I can't find that in my sources, and I'd rather not guess. I can tell you about:",
        "disputed": "The sources disagree:",
        "disputed_answer": "{answer}, but the sources disagree:",
        "disputed_verdict": "{answer}, according to article {article}, but the sources disagree:",
        "latest": "The latest, from article {article} ({date}):",
        "article": "article {article}",
        "quoted": "« {quote} »",
    }
)

# Command answers: /brief, topic digests, /timeline, /sources, /source; subscription topics.
MESSAGES["fr"].update(
    {
        "brief_lead": "L'essentiel, du plus récent à ce qui reste ouvert :",
        "topic_meeting": "Rencontres",
        "topic_deadline": "Échéances et ultimatum",
        "topic_demand": "Exigences et positions",
        "topic_sanction": "Sanctions",
        "topic_summit": "Sommet Trump–Poutine",
        "topic_ceasefire": "Cessez-le-feu",
        "topic_statement": "Déclarations",
        "topic_context": "Contexte",
        "topic_person": "Personnes",
        "topic_all": "tout (chaque fait nouveau ou mis à jour)",
        "timeline": "Chronologie",
        "sources": "Les articles sources",
        "source_facts": "{count} faits tirés de cet article :",
        "outlet_unnamed": "média non nommé",
        "date_inferred": " (date déduite du contenu)",
        "title_ours": " (titre de notre rédaction, l'article n'en a pas)",
    }
)
MESSAGES["en"].update(
    {
        "brief_lead": "The state of play, newest first, then what is still open:",
        "topic_meeting": "Meetings",
        "topic_deadline": "Deadlines and the ultimatum",
        "topic_demand": "Demands and positions",
        "topic_sanction": "Sanctions",
        "topic_summit": "Trump–Putin summit",
        "topic_ceasefire": "Ceasefires",
        "topic_statement": "Statements",
        "topic_context": "Context",
        "topic_person": "People",
        "topic_all": "everything (every new or updated fact)",
        "timeline": "Timeline",
        "sources": "The source articles",
        "source_facts": "{count} facts drawn from this article:",
        "outlet_unnamed": "outlet not named",
        "date_inferred": " (date inferred from content)",
        "title_ours": " (our title: the article has none)",
    }
)

# Help, examples, and the command menu (one "cmd_" line per command).
MESSAGES["fr"].update(
    {
        "help_head": (
            "Je réponds aux questions sur les contacts russo-américains de 2025 autour de la guerre en Ukraine : "
            "rencontres Witkoff–Poutine, ultimatum de Trump, exigences russes, sanctions, sommet prévu. Chaque "
            "réponse cite mot pour mot son article source. Posez vos questions en français ou en anglais, "
            "même avec des fautes."
        ),
        "help_examples": "Par exemple :",
        "help_notifications": "Notifications :",
        "help_quit": "quitter",
        "example_1": "Quand expire l'ultimatum ?",
        "example_2": "Qui est Ouchakov ?",
        "example_3": "Que demande la Russie ?",
        "example_4": "Combien de temps a duré la rencontre du 6 août ?",
        "cmd_help": "Aide et exemples",
        "cmd_brief": "L'essentiel en quelques lignes (ou /brief sujet)",
        "cmd_meetings": "Les rencontres Witkoff–Poutine",
        "cmd_deadlines": "L'ultimatum et les échéances",
        "cmd_demands": "Les exigences russes et les positions",
        "cmd_sanctions": "Les sanctions envisagées",
        "cmd_summit": "Le sommet Trump–Poutine",
        "cmd_people": "Qui est qui (ou /people nom)",
        "cmd_timeline": "La chronologie des événements",
        "cmd_sources": "Les articles sources",
        "cmd_source": "Un article et les faits qui en sont tirés (/source 001)",
        "cmd_subscribe": "Recevoir les nouvelles (/subscribe sujet, personne…)",
        "cmd_unsubscribe": "Ne plus rien recevoir (ou /unsubscribe sujet)",
        "cmd_subscriptions": "Ce que vous recevez, et comment",
        "cmd_digest": "Un résumé par jour à l'heure choisie (/digest 08:00)",
        "cmd_mute": "Mettre les notifications en pause",
        "cmd_unmute": "Reprendre les notifications",
        "cmd_reload": "Recharger les briefs et prévenir les abonnés",
        "cmd_announce": "Envoyer une annonce à tous les abonnés",
        "cmd_stats": "Abonnés et envois",
    }
)
MESSAGES["en"].update(
    {
        "help_head": (
            "I answer questions on the 2025 US–Russia contacts over the war in Ukraine: Witkoff's meetings "
            "with Putin, Trump's ultimatum, Russia's demands, sanctions, the planned summit. Every answer "
            "quotes its source article verbatim. Ask in English or French, typos are fine."
        ),
        "help_examples": "Try:",
        "help_notifications": "Notifications:",
        "help_quit": "leave",
        "example_1": "When does the ultimatum expire?",
        "example_2": "Who is Ushakov?",
        "example_3": "What does Russia demand?",
        "example_4": "How long did the 6 August meeting last?",
        "cmd_help": "Help and examples",
        "cmd_brief": "The state of play in a few lines (or /brief topic)",
        "cmd_meetings": "The Witkoff–Putin meetings",
        "cmd_deadlines": "The ultimatum and deadlines",
        "cmd_demands": "Russia's demands and the positions",
        "cmd_sanctions": "The threatened sanctions",
        "cmd_summit": "The Trump–Putin summit",
        "cmd_people": "Who is who (or /people name)",
        "cmd_timeline": "The timeline of events",
        "cmd_sources": "The source articles",
        "cmd_source": "One article and the facts drawn from it (/source 001)",
        "cmd_subscribe": "Get updates (/subscribe topic, person…)",
        "cmd_unsubscribe": "Stop updates (or /unsubscribe topic)",
        "cmd_subscriptions": "What you get, and how",
        "cmd_digest": "One digest a day at your time (/digest 08:00)",
        "cmd_mute": "Pause notifications",
        "cmd_unmute": "Resume notifications",
        "cmd_reload": "Reload the briefs and notify subscribers",
        "cmd_announce": "Send an announcement to every subscriber",
        "cmd_stats": "Subscribers and deliveries",
    }
)

# Notifications: news, reminders, digests, announcements.
MESSAGES["fr"].update(
    {
        "news": "🆕 Du nouveau dans les briefs :",
        "news_partial": "🆕 Du nouveau dans les briefs ({shown} faits sur {total}, la suite avec /brief) :",
        "updated": "[mis à jour]",
        "reminder": "⏰ Rappel : échéance dans {left}.",
        "digest_head": "🗞 Votre résumé du {day}",
        "announcement": "📣 Annonce",
        "left_day": "{count} jour",
        "left_days": "{count} jours",
        "left_hour": "{count} heure",
        "left_hours": "{count} heures",
        "left_minute": "{count} minute",
        "left_minutes": "{count} minutes",
    }
)
MESSAGES["en"].update(
    {
        "news": "🆕 New in the briefs:",
        "news_partial": "🆕 New in the briefs ({shown} of {total} facts; more with /brief):",
        "updated": "[updated]",
        "reminder": "⏰ Reminder: deadline in {left}.",
        "digest_head": "🗞 Your digest for {day}",
        "announcement": "📣 Announcement",
        "left_day": "{count} day",
        "left_days": "{count} days",
        "left_hour": "{count} hour",
        "left_hours": "{count} hours",
        "left_minute": "{count} minute",
        "left_minutes": "{count} minutes",
    }
)

# Dates: "6 août 2025" / "6 August 2025", approximate dates, deadlines relative to today.
MESSAGES["fr"].update(
    {
        "month_1": "janvier",
        "month_2": "février",
        "month_3": "mars",
        "month_4": "avril",
        "month_5": "mai",
        "month_6": "juin",
        "month_7": "juillet",
        "month_8": "août",
        "month_9": "septembre",
        "month_10": "octobre",
        "month_11": "novembre",
        "month_12": "décembre",
        "date_month": "{month} {year}",
        "date_day": "{day} {month} {year}",
        "weekday_0": "lundi",
        "weekday_1": "mardi",
        "weekday_2": "mercredi",
        "weekday_3": "jeudi",
        "weekday_4": "vendredi",
        "weekday_5": "samedi",
        "weekday_6": "dimanche",
        "date_weekday": "{weekday} {date}",
        "first_day": "1er",
        "approx_day": "vers le {date}",
        "approx_month": "vers {date}",
        "deadline_passed": "Cette échéance est passée : {when} (il y a {ago}).",
        "deadline_today": "Cette échéance tombe aujourd'hui, {when}.",
        "deadline_ahead": "Échéance le {when}, dans {left}.",
        "span_years": "{count} ans",
        "span_months": "{count} mois",
        "span_day": "{count} jour",
        "span_days": "{count} jours",
    }
)
MESSAGES["en"].update(
    {
        "month_1": "January",
        "month_2": "February",
        "month_3": "March",
        "month_4": "April",
        "month_5": "May",
        "month_6": "June",
        "month_7": "July",
        "month_8": "August",
        "month_9": "September",
        "month_10": "October",
        "month_11": "November",
        "month_12": "December",
        "date_month": "{month} {year}",
        "date_day": "{day} {month} {year}",
        "weekday_0": "Monday",
        "weekday_1": "Tuesday",
        "weekday_2": "Wednesday",
        "weekday_3": "Thursday",
        "weekday_4": "Friday",
        "weekday_5": "Saturday",
        "weekday_6": "Sunday",
        "date_weekday": "{weekday} {date}",
        "first_day": "1",
        "approx_day": "c. {date}",
        "approx_month": "c. {date}",
        "deadline_passed": "This deadline passed on {when} ({ago} ago).",
        "deadline_today": "This deadline falls today, {when}.",
        "deadline_ahead": "This deadline falls on {when}, in {left}.",
        "span_years": "{count} years",
        "span_months": "{count} months",
        "span_day": "{count} day",
        "span_days": "{count} days",
    }
)


# The places of the world a question may name that the articles never mention (bot/answering/gazetteer.py): in French
# with their article, which "de" contracts ("du Canada", "des Pays-Bas").
MESSAGES["fr"].update(
    {
        "country_germany": "l'Allemagne",
        "country_france": "la France",
        "country_united-kingdom": "le Royaume-Uni",
        "country_italy": "l'Italie",
        "country_spain": "l'Espagne",
        "country_poland": "la Pologne",
        "country_turkey": "la Turquie",
        "country_india": "l'Inde",
        "country_brazil": "le Brésil",
        "country_japan": "le Japon",
        "country_korea": "la Corée",
        "country_saudi-arabia": "l'Arabie saoudite",
        "country_qatar": "le Qatar",
        "country_emirates": "les Émirats arabes unis",
        "country_egypt": "l'Égypte",
        "country_syria": "la Syrie",
        "country_iraq": "l'Irak",
        "country_afghanistan": "l'Afghanistan",
        "country_pakistan": "le Pakistan",
        "country_belarus": "la Biélorussie",
        "country_hungary": "la Hongrie",
        "country_finland": "la Finlande",
        "country_sweden": "la Suède",
        "country_norway": "la Norvège",
        "country_denmark": "le Danemark",
        "country_netherlands": "les Pays-Bas",
        "country_belgium": "la Belgique",
        "country_austria": "l'Autriche",
        "country_romania": "la Roumanie",
        "country_moldova": "la Moldavie",
        "country_georgia": "la Géorgie",
        "country_armenia": "l'Arménie",
        "country_azerbaijan": "l'Azerbaïdjan",
        "country_kazakhstan": "le Kazakhstan",
        "country_baltics": "les pays baltes",
        "country_czechia": "la Tchéquie",
        "country_slovakia": "la Slovaquie",
        "country_serbia": "la Serbie",
        "country_vatican": "le Vatican",
        "country_united-nations": "l'ONU",
        "country_canada": "le Canada",
        "country_mexico": "le Mexique",
        "country_australia": "l'Australie",
        "country_south-africa": "l'Afrique du Sud",
        "country_nigeria": "le Nigeria",
        "country_venezuela": "le Venezuela",
        "country_cuba": "Cuba",
        "country_vietnam": "le Viêt Nam",
        "country_indonesia": "l'Indonésie",
        "country_lebanon": "le Liban",
        "country_yemen": "le Yémen",
        "country_alaska": "l'Alaska",
        "country_greenland": "le Groenland",
    }
)
MESSAGES["en"].update(
    {
        "country_germany": "Germany",
        "country_france": "France",
        "country_united-kingdom": "the United Kingdom",
        "country_italy": "Italy",
        "country_spain": "Spain",
        "country_poland": "Poland",
        "country_turkey": "Turkey",
        "country_india": "India",
        "country_brazil": "Brazil",
        "country_japan": "Japan",
        "country_korea": "Korea",
        "country_saudi-arabia": "Saudi Arabia",
        "country_qatar": "Qatar",
        "country_emirates": "the United Arab Emirates",
        "country_egypt": "Egypt",
        "country_syria": "Syria",
        "country_iraq": "Iraq",
        "country_afghanistan": "Afghanistan",
        "country_pakistan": "Pakistan",
        "country_belarus": "Belarus",
        "country_hungary": "Hungary",
        "country_finland": "Finland",
        "country_sweden": "Sweden",
        "country_norway": "Norway",
        "country_denmark": "Denmark",
        "country_netherlands": "the Netherlands",
        "country_belgium": "Belgium",
        "country_austria": "Austria",
        "country_romania": "Romania",
        "country_moldova": "Moldova",
        "country_georgia": "Georgia",
        "country_armenia": "Armenia",
        "country_azerbaijan": "Azerbaijan",
        "country_kazakhstan": "Kazakhstan",
        "country_baltics": "the Baltic states",
        "country_czechia": "Czechia",
        "country_slovakia": "Slovakia",
        "country_serbia": "Serbia",
        "country_vatican": "the Vatican",
        "country_united-nations": "the United Nations",
        "country_canada": "Canada",
        "country_mexico": "Mexico",
        "country_australia": "Australia",
        "country_south-africa": "South Africa",
        "country_nigeria": "Nigeria",
        "country_venezuela": "Venezuela",
        "country_cuba": "Cuba",
        "country_vietnam": "Vietnam",
        "country_indonesia": "Indonesia",
        "country_lebanon": "Lebanon",
        "country_yemen": "Yemen",
        "country_alaska": "Alaska",
        "country_greenland": "Greenland",
    }
)
