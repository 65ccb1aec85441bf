"""What the bot says besides answers, in French and English, shared by the terminal chat and Telegram."""

from __future__ import annotations

MAX_QUESTION = 1024  # longest question answered; Telegram allows 4,096 characters, no real question needs them

MESSAGES = {
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


def language(lang: str | None) -> str:
    """A language code as the bot speaks it: English, or French for anything else."""
    return "en" if lang == "en" else "fr"


def say(key: str, lang: str, **fields: object) -> str:
    """The message `key` in lang (French unless English), with its fields filled in."""
    return MESSAGES[language(lang)][key].format(**fields)


# Answers: the line that answers first, and what a decline says the articles do not say.
MESSAGES["fr"].update(
    {
        "lead_date": "Quand : {value}.",
        "lead_place": "Où : {value}.",
        "lead_duration": "Durée : {value}.",
        "lead_who": "Qui : {value}.",
        "lead_quantity": "Combien : {value}.",
        "yes": "Oui.",
        "no": "Non.",
        "yes_no_unsaid": "Les articles ne répondent pas par oui ou par non ; voici ce qu'ils disent :",
        "not_said_duration": "Les articles ne disent pas combien de temps a duré {subject}.",
        "not_said_quantity": "Les articles ne donnent pas ce nombre pour {subject}.",
        "not_said_date": "Les articles ne disent pas quand a eu lieu {subject}.",
        "not_said_place": "Les articles ne disent pas où a eu lieu {subject}.",
        "not_said_other": "Les articles ne disent pas cela de {subject}.",
        "not_mentioned": "Les articles ne parlent pas de {name}.",
        "they_say": "Ils disent :",
        "can_tell": "Je peux vous répondre sur :",
        "subject_meeting": "la rencontre",
        "subject_summit": "le sommet",
        "subject_default": "cet événement",
        "subject_at": "{subject} de {place}",
        "subject_on": "{subject} du {day}",
    }
)
MESSAGES["en"].update(
    {
        "lead_date": "When: {value}.",
        "lead_place": "Where: {value}.",
        "lead_duration": "How long: {value}.",
        "lead_who": "Who: {value}.",
        "lead_quantity": "How many: {value}.",
        "yes": "Yes.",
        "no": "No.",
        "yes_no_unsaid": "The articles do not answer yes or no; here is what they say:",
        "not_said_duration": "The articles do not say how long {subject} lasted.",
        "not_said_quantity": "The articles do not give that number for {subject}.",
        "not_said_date": "The articles do not say when {subject} took place.",
        "not_said_place": "The articles do not say where {subject} took place.",
        "not_said_other": "The articles do not say that about {subject}.",
        "not_mentioned": "The articles do not mention {name}.",
        "they_say": "They say:",
        "can_tell": "I can tell you about:",
        "subject_meeting": "the meeting",
        "subject_summit": "the summit",
        "subject_default": "this event",
        "subject_at": "{subject} in {place}",
        "subject_on": "{subject} of {day}",
    }
)
