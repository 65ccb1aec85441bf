"""The courier's transport: send one message to the Bot API, say what became of it.

The courier's sends go straight over aiohttp, not through python-telegram-bot: measured here, PTB's httpx client
spends about 5 ms of CPU per request (12 ms with 60 in flight), which caps a pipelined courier near 50 messages a
second; aiohttp spends about 0.5 ms, which leaves room for paid broadcasts at 1,000 a second. Replies to readers
still go through PTB, counted in the courier's send log by `SendCounter`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import quote_plus, urlencode, urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
from telegram.ext import BaseRateLimiter

from bot.answering.rendering import plain
from bot.delivery.courier import Delivery, Outcome, SendLog

log = logging.getLogger(__name__)
NO_PREVIEW = json.dumps({"is_disabled": True})
TIMEOUT = aiohttp.ClientTimeout(total=30, connect=5)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class SendCounter(BaseRateLimiter[None]):
    """PTB's rate-limiter hook used only to count: every message the bot sends through PTB (replies, edits) goes
    into the courier's send log, so a broadcast leaves room for them within Telegram's limit."""

    def __init__(self, sends: SendLog) -> None:
        self.sends = sends

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(  # noqa: PLR0913 - PTB's signature
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,  # noqa: ANN401
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Count a message-sending call, then make it unchanged (its round trip tells the send log how late it was)."""
        if not (endpoint.startswith("send") or endpoint.startswith("editMessage")):
            return await callback(*args, **kwargs)
        sent = self.sends.note()
        try:
            return await callback(*args, **kwargs)
        finally:
            # PTB's client is slower than the courier's: its round trip is no sample of the fastest.
            self.sends.answered(sent, sample=False)


class TelegramTransport:
    """Sends outbox messages as HTML to the Bot API and maps its answers to what the courier should do."""

    def __init__(self, token: str, base_url: str, *, paid: bool = False, connections: int = 100) -> None:
        self._url = f"{base_url}{token}/sendMessage"  # never logged: it holds the token
        self.paid = paid  # paid broadcasts: up to 1,000 messages a second, charged in Stars past 30
        self.connections = connections
        self._session: aiohttp.ClientSession | None = None
        self._proxy: str | None = None
        self._encoded: dict[tuple[bool, bool], str] = {}  # (html, paid) -> the fixed form fields

    async def send(self, chat_id: int, text: str) -> Delivery:
        """Send one message; never raises for a Bot API or network error."""
        delivery = await self._post(chat_id, text, html=True)
        if delivery.outcome is Outcome.REJECTED and "can't parse entities" in delivery.detail.lower():
            # HTML Telegram cannot parse is a bug of ours: send the message once more as plain text.
            log.error("HTML refused by Telegram (%s); sending the message as plain text", delivery.detail)
            again = await self._post(chat_id, plain(text), html=False)
            return Delivery(Outcome.SENT, delivery.detail) if again.outcome is Outcome.SENT else again
        return delivery

    def _options(self, html: bool) -> str:  # noqa: FBT001
        """The form fields every send carries, encoded once (the same for every message)."""
        key = (html, self.paid)
        if (encoded := self._encoded.get(key)) is None:
            options = {
                "link_preview_options": NO_PREVIEW,
                **({"parse_mode": "HTML"} if html else {}),
                **({"allow_paid_broadcast": "true"} if self.paid else {}),
            }
            encoded = self._encoded[key] = urlencode(options)
        return encoded

    async def close(self) -> None:
        """Close the connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _post(self, chat_id: int, text: str, *, html: bool) -> Delivery:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self.connections)
            self._session = aiohttp.ClientSession(connector=connector, timeout=TIMEOUT)
            self._proxy = _proxy(self._url)  # looked up once: aiohttp's trust_env does it in a thread at every request
        # Encoded here: aiohttp's FormData costs more CPU than the rest of the send (the fixed part, once).
        body = f"chat_id={chat_id}&text={quote_plus(text)}&{self._options(html)}".encode()
        try:
            async with self._session.post(self._url, data=body, headers=FORM, proxy=self._proxy) as response:
                status = response.status
                body = await response.json(content_type=None)
        except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
            # Timed out included: the message may have gone through, but silence is worse. No URL: it holds the token.
            return Delivery(
                Outcome.RETRY,
                type(exc).__name__ if isinstance(exc, aiohttp.ClientResponseError) else f"{type(exc).__name__}: {exc}",
            )
        return answer(status, body if isinstance(body, dict) else {})


def answer(status: int, body: dict[str, Any]) -> Delivery:
    """What the courier should do after this Bot API answer (HTTP status and JSON body)."""
    if body.get("ok") is True:
        return Delivery(Outcome.SENT)
    detail = str(body.get("description") or f"HTTP {status}")[:500]
    raw = body.get("parameters")
    parameters: dict[str, Any] = raw if isinstance(raw, dict) else {}
    if "retry_after" in parameters:
        return Delivery(Outcome.FLOOD, detail, retry_after=_number(parameters["retry_after"]))
    if "migrate_to_chat_id" in parameters:
        return Delivery(Outcome.MIGRATED, detail, new_chat_id=int(_number(parameters["migrate_to_chat_id"])))
    code = body.get("error_code") or status
    if code == 403:
        return Delivery(Outcome.BLOCKED, detail)
    if code == 400:
        return Delivery(Outcome.GONE if "chat not found" in detail.lower() else Outcome.REJECTED, detail)
    if code == 429 or code >= 500 or not body:
        return Delivery(Outcome.RETRY, detail)  # a 429 without retry_after, a server error, or not the Bot API
    return Delivery(Outcome.REJECTED, detail)  # 401 (token), 404, 409: retrying will not help


def _proxy(url: str) -> str | None:
    """The proxy the environment names for url (HTTPS_PROXY and the like, NO_PROXY honoured), or None."""
    parts = urlsplit(url)
    if proxy_bypass(parts.hostname or ""):
        return None
    return getproxies().get(parts.scheme)


def _number(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
