"""The courier's transport over python-telegram-bot: send one message, say what became of it."""

from __future__ import annotations

import datetime as dt
import logging

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import BaseRateLimiter
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.courier import Delivery, Outcome, SendLog
from bot.render_html import plain

log = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


COURIER = "courier"  # rate_limit_args of the courier's own sends: already counted in the send log


class SendCounter(BaseRateLimiter):
    """PTB's rate-limiter hook used only to count: every message the bot sends outside the courier (replies,
    edits) goes into the courier's send log, so a broadcast leaves room for them within Telegram's limit."""

    def __init__(self, sends: SendLog) -> None:
        self.sends = sends

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):  # noqa: ANN001, ANN201, PLR0913 - PTB's signature
        """Count a message-sending call, then make it unchanged."""
        if rate_limit_args != COURIER and (endpoint.startswith("send") or endpoint.startswith("editMessage")):
            self.sends.note()
        return await callback(*args, **kwargs)


class TelegramTransport:
    """Sends outbox messages as HTML and maps Telegram's errors to what the courier should do."""

    def __init__(self, bot: Bot, *, paid: bool = False) -> None:
        self.bot = bot
        # Paid broadcasts: Telegram lets a bot go up to 1,000 messages a second, charged in Stars past 30.
        extra: dict = {"allow_paid_broadcast": True} if paid else {}
        if getattr(bot, "rate_limiter", None) is not None:
            extra["rate_limit_args"] = COURIER
        self._extra = extra

    async def send(self, chat_id: int, text: str) -> Delivery:
        """Send one message; never raises for a Telegram error."""
        try:
            await self.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, **self._extra)
        except BadRequest as exc:  # before NetworkError, which it subclasses
            return await self._bad_request(chat_id, text, exc)
        except Exception as exc:  # noqa: BLE001 - every outcome must be recorded, whatever the error
            return classify(exc)
        return Delivery(Outcome.SENT)

    async def _bad_request(self, chat_id: int, text: str, exc: BadRequest) -> Delivery:
        """HTML Telegram cannot parse is a bug of ours: send the message once more as plain text; else classify."""
        if "can't parse entities" not in str(exc).lower():
            return classify(exc)
        log.error("HTML refused by Telegram (%s); sending the message as plain text", exc)
        try:
            await self.bot.send_message(chat_id, plain(text), link_preview_options=NO_PREVIEW, **self._extra)
        except Exception as again:  # noqa: BLE001
            return classify(again)
        return Delivery(Outcome.SENT, str(exc))


def classify(exc: BaseException) -> Delivery:
    """What the courier should do after this error from the Bot API."""
    match exc:
        case RetryAfter():
            return Delivery(Outcome.FLOOD, str(exc), retry_after=_seconds(exc.retry_after))
        case ChatMigrated():
            return Delivery(Outcome.MIGRATED, str(exc), new_chat_id=exc.new_chat_id)
        case Forbidden():
            return Delivery(Outcome.BLOCKED, str(exc))
        case BadRequest():
            return Delivery(Outcome.GONE if "chat not found" in str(exc).lower() else Outcome.REJECTED, str(exc))
        case NetworkError():  # TimedOut included: the message may have gone through, but silence is worse
            return Delivery(Outcome.RETRY, str(exc) or type(exc).__name__)
        case TelegramError():
            return Delivery(Outcome.REJECTED, str(exc))
    return Delivery(Outcome.RETRY, f"{type(exc).__name__}: {exc}")


def _seconds(value: float | dt.timedelta) -> float:
    """RetryAfter.retry_after is an int today and a timedelta from PTB 23 (or with PTB_TIMEDELTA=1)."""
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
