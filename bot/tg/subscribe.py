"""Thin handlers for subscriptions (/subscribe, /unsubscribe, /subscriptions, /digest, /mute) and operators."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.conversation.callbacks import TopicToggle, parse
from bot.conversation.commands import parse_command
from bot.delivery import notices
from bot.delivery.publisher import Publisher
from bot.delivery.publisher import reload as reload_briefs
from bot.delivery.schedule import next_digest, parse_clock, zone
from bot.delivery.store import DEFAULT_TIMEZONE, Status, Subscriber
from bot.delivery.subscriptions import ALL, TOPICS, describe, mode_line, moment, parse_topics, status, topic_label
from bot.knowledge.loading import Knowledge
from bot.messages import say
from bot.tg.handlers import refuse_button, user_lang
from bot.tg.state import BriefContext, needed

log = logging.getLogger(__name__)
_OFF = frozenset({"off", "non", "no", "stop", "aucun", "none", "immediate", "immediat", "immédiat"})


def publisher_of(context: BriefContext) -> Publisher:
    """The publisher, with the store."""
    return context.bot_data.publisher


def knowledge_of(context: BriefContext) -> Knowledge:
    """The knowledge served: people and topics one may subscribe to."""
    return context.bot_data.briefs.knowledge


def _argument(message: Message) -> str:
    """What follows the command: "/subscribe@Bot putin sanctions" gives "putin sanctions"."""
    parsed = parse_command(message.text or "")
    return parsed[1][:200] if parsed else ""


def topic_keyboard(topics: frozenset[str], lang: str, knowledge: Knowledge) -> InlineKeyboardMarkup:
    """One toggle button per topic, two to a row; a tick marks those subscribed to."""
    buttons = [
        InlineKeyboardButton(
            ("✅ " if topic in topics else "") + topic_label(topic, lang, knowledge).split(" (")[0],
            callback_data=TopicToggle(topic).encode(),
        )
        for topic in (*TOPICS, ALL)
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


GROUP_ADMINS = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


async def may_change(update: Update, context: BriefContext) -> bool:
    """In a group, only its administrators change its subscription (asked of Telegram each time); say so to others."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    if (
        update.callback_query is None
        and message is not None
        and message.sender_chat is not None
        and message.sender_chat.id == chat.id
    ):
        return True  # an administrator posting anonymously, as the group itself (a button's message is the bot's own)
    status = None
    if user is not None:
        try:
            status = (await context.bot.get_chat_member(chat.id, user.id)).status
        except TelegramError as exc:  # cannot tell: refuse, the safe side
            log.warning("could not check whether user %s administers chat %s: %s", user.id, chat.id, exc)
    if status in GROUP_ADMINS:
        return True
    log.info("refused a subscription change in chat %s to user %s (%s)", chat.id, user.id if user else "?", status)
    note = say("group_admins_only", user_lang(update))
    if update.callback_query is not None:
        await update.callback_query.answer(note, show_alert=True)
    elif message is not None:
        await message.reply_text(note)
    return False


async def subscribe(update: Update, context: BriefContext) -> None:
    """/subscribe [topic…]: add topics, or offer them as buttons when none is given."""
    if not await may_change(update, context):
        return
    publisher, knowledge = publisher_of(context), knowledge_of(context)
    lang = user_lang(update)
    message = needed(update.effective_message)
    chat = message.chat
    argument = _argument(message)
    current = publisher.store.subscriber(chat.id)
    if not argument:
        await message.reply_text(
            say("sub_choose", lang),
            reply_markup=topic_keyboard(current.topics if current else frozenset(), lang, knowledge),
        )
        return
    choice = parse_topics(argument, knowledge)
    if choice.unknown or not choice.topics:
        await message.reply_text(_unknown(choice.unknown or (argument,), lang, knowledge))
        return
    subscriber = publisher.store.subscribe(
        chat.id, choice.topics, lang=lang, chat_type=chat.type, now=publisher.clock()
    )
    topics = describe(subscriber.topics, lang, knowledge)
    await message.reply_text(say("sub_done", lang, topics=topics, mode=mode_line(subscriber, lang)))


def _unknown(words: tuple[str, ...], lang: str, knowledge: Knowledge) -> str:
    """Say which words were not understood, and what can be subscribed to."""
    choices = ", ".join(topic_label(t, lang, knowledge) for t in TOPICS)
    return say("sub_unknown", lang, words=" ".join(words)[:80], choices=choices)


async def toggle(update: Update, context: BriefContext) -> None:
    """A topic button: subscribe to it, or unsubscribe if already subscribed; the buttons show the new state."""
    query = needed(update.callback_query)
    publisher, knowledge = publisher_of(context), knowledge_of(context)
    lang = user_lang(update)
    toggle = parse(query.data)
    if not isinstance(toggle, TopicToggle) or update.effective_chat is None:
        await refuse_button(update)
        return
    if not await may_change(update, context):
        return
    topic, chat = toggle.topic, update.effective_chat
    current = publisher.store.subscriber(chat.id)
    if current and topic in current.topics:
        subscriber = publisher.store.unsubscribe(chat.id, [topic])
    else:
        subscriber = publisher.store.subscribe(chat.id, [topic], lang=lang, chat_type=chat.type, now=publisher.clock())
    topics = subscriber.topics if subscriber else frozenset()
    label = topic_label(topic, lang, knowledge)
    await query.answer(("✅ " if topic in topics else "✖ ") + label[:150])
    text, markup = status(subscriber, lang, knowledge), topic_keyboard(topics, lang, knowledge)
    if isinstance(query.message, Message) and query.message.is_accessible:
        await query.edit_message_text(text, reply_markup=markup)
    elif query.message is not None:  # too old for Telegram to let the bot edit it: the new state in a new message
        await context.bot.send_message(query.message.chat.id, text, reply_markup=markup)


async def unsubscribe(update: Update, context: BriefContext) -> None:
    """/unsubscribe [topic…]: remove those topics, or everything."""
    if not await may_change(update, context):
        return
    publisher, knowledge = publisher_of(context), knowledge_of(context)
    lang = user_lang(update)
    message = needed(update.effective_message)
    chat_id = message.chat.id
    argument = _argument(message)
    if await _subscriber(message, publisher, lang) is None:
        return
    if not argument:
        publisher.store.unsubscribe(chat_id)
        await message.reply_text(say("unsub_all", lang))
        return
    choice = parse_topics(argument, knowledge)
    if choice.unknown or not choice.topics:
        await message.reply_text(_unknown(choice.unknown or (argument,), lang, knowledge))
        return
    left = publisher.store.unsubscribe(
        chat_id, None if ALL in choice.topics and len(choice.topics) == 1 else choice.topics
    )
    if left is None:
        await message.reply_text(say("unsub_all", lang))
    else:
        await message.reply_text(say("unsub_some", lang, topics=describe(left.topics, lang, knowledge)))


async def _subscriber(message: Message, publisher: Publisher, lang: str) -> Subscriber | None:
    """This chat's subscription; when there is none, say how to subscribe and return None."""
    subscriber = publisher.store.subscriber(message.chat.id)
    if subscriber is None:
        await message.reply_text(say("not_subscribed", lang))
    return subscriber


async def subscriptions(update: Update, context: BriefContext) -> None:
    """/subscriptions: what this chat gets, and how."""
    publisher, knowledge = publisher_of(context), knowledge_of(context)
    lang = user_lang(update)
    message = needed(update.effective_message)
    subscriber = publisher.store.subscriber(message.chat.id)
    markup = topic_keyboard(subscriber.topics, lang, knowledge) if subscriber else None
    await message.reply_text(status(subscriber, lang, knowledge), reply_markup=markup)


async def digest(update: Update, context: BriefContext) -> None:
    """/digest HH:MM [time zone] for one message a day, or /digest off for news as it comes."""
    if not await may_change(update, context):
        return
    publisher = publisher_of(context)
    lang = user_lang(update)
    message = needed(update.effective_message)
    chat_id = message.chat.id
    subscriber = await _subscriber(message, publisher, lang)
    if subscriber is None:
        return
    words = _argument(message).split()
    now = publisher.clock()
    if words and words[0].lower() in _OFF:
        publisher.store.set_digest(chat_id, None, None, None, now=now)
        publisher.on_queue()  # items kept for the digest go out now
        await message.reply_text(say("digest_off", lang))
        return
    at = parse_clock(words[0]) if words else None
    if at is None:
        await message.reply_text(say("digest_usage", lang))
        return
    timezone = zone(words[1]) if len(words) > 1 else subscriber.timezone or DEFAULT_TIMEZONE
    if timezone is None:
        await message.reply_text(say("digest_zone", lang, zone=words[1][:40]))
        return
    next_at = next_digest(at, timezone, now)
    publisher.store.set_digest(chat_id, at, timezone, next_at, now=now)
    await message.reply_text(say("digest_set", lang, at=at, zone=timezone, next=moment(next_at, timezone, lang)))


async def mute(update: Update, context: BriefContext) -> None:
    """/mute and /unmute: pause notifications without losing the subscription."""
    if not await may_change(update, context):
        return
    publisher = publisher_of(context)
    lang = user_lang(update)
    message = needed(update.effective_message)
    if await _subscriber(message, publisher, lang) is None:
        return
    muted = (parse_command(message.text or "") or ("mute", ""))[0] == "mute"
    publisher.store.set_muted(message.chat.id, muted)
    await message.reply_text(say("muted" if muted else "unmuted", lang))


async def membership(update: Update, context: BriefContext) -> None:
    """The bot was blocked, or removed from a group: stop sending there at once."""
    change = needed(update.my_chat_member)
    if change.new_chat_member.status in (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT):
        publisher = publisher_of(context)
        if publisher.store.subscriber(change.chat.id):
            log.info("chat %d removed the bot: unsubscribed", change.chat.id)
            publisher.store.retire(change.chat.id, Status.BLOCKED, f"bot {change.new_chat_member.status}")


# --- operators ----------------------------------------------------------------------------------------


async def admitted(update: Update, context: BriefContext) -> bool:
    """Whether the sender is an operator (BRIEFBOT_ADMINS) in a private chat; others are politely refused, logged."""
    user, message = update.effective_user, needed(update.effective_message)
    command = (parse_command(message.text or "") or ("?", ""))[0]
    if user is not None and user.id in context.bot_data.admins:
        if message.chat.type == ChatType.PRIVATE:
            return True
        # Stats, reload reports and announcements are for operators' eyes: not for everyone in a group.
        log.info("/%s from operator %s in a group: pointed to a private chat", command, user.id)
        await message.reply_text(say("private_only", user_lang(update)))
        return False
    log.warning("refused /%s to user %s, who is not an administrator", command, user.id if user else "?")
    await message.reply_text(say("admin_only", user_lang(update)))
    return False


async def reload(update: Update, context: BriefContext) -> None:
    """/reload: load the briefs again; publish what changed, or keep the old ones and say why."""
    if not await admitted(update, context):
        return
    lang = user_lang(update)
    publisher, message = publisher_of(context), needed(update.effective_message)
    await message.reply_text(say("reloading", lang))
    outcome = await reload_briefs(context.bot_data.briefs, publisher)
    report = notices.reload_report(outcome, lang)
    if not outcome.ok:
        caller = update.effective_user.id if update.effective_user else None
        publisher.alert_admins(notices.reload_report(outcome, "en"), besides=caller)
    for part in notices.chunks(report):
        await message.reply_text(part)


async def announce(update: Update, context: BriefContext) -> None:
    """/announce TEXT: queue a message to every subscriber who is not muted."""
    if not await admitted(update, context):
        return
    lang = user_lang(update)
    message = needed(update.effective_message)
    parsed = parse_command(message.text or "")
    text = parsed[1] if parsed else ""
    if not text:
        await message.reply_text(say("announce_usage", lang))
        return
    count = await publisher_of(context).announce_async(text)
    await message.reply_text(say("announced", lang, count=count))


async def stats(update: Update, context: BriefContext) -> None:
    """/stats: subscribers by topic, deliveries pending, failed, blocked."""
    if not await admitted(update, context):
        return
    await needed(update.effective_message).reply_text(notices.stats_report(publisher_of(context).store.stats()))
