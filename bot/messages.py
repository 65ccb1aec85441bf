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
    },
    "en": {
        "sorry": "Sorry, something went wrong. Please try again in a moment.",
        "slow": "Easy 🙂 I answer everyone: please try again in a few seconds.",
        "too_long": "Your message is too long: please ask one short question at a time.",
        "non_text": "I only read text: type your question, or /help.",
        "unknown": "Unknown command: /{name}. Type /help for the list.",
        "no_source": "I don't know article {arg!r}. See /sources.",
        "more": "More ▸",
    },
}


def say(key: str, lang: str, **fields: object) -> str:
    """The message `key` in lang (French unless English), with its fields filled in."""
    return MESSAGES["en" if lang == "en" else "fr"][key].format(**fields)
