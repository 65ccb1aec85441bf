"""The webhook server (aiohttp): the secret checked before the body is read, the body bounded, updates parsed strictly.

python-telegram-bot's own server (tornado) reads the whole body before it checks the secret, and answers 500 to
malformed JSON; this follows PTB's "custom webhook" pattern instead: our server puts each Update on the
Application's update_queue, and the Application is started and stopped around it.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update

from bot.logs import describe_update
from bot.tg.state import BriefApplication
from bot.tg.updates import NotAnUpdate, readable

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1_000_000  # an update is a few kilobytes; the largest (4,096-character texts, entities) stay far below


class BadUpdate(ValueError):
    """A request body that is not one Telegram update."""


def decode_update(body: bytes) -> dict[str, Any]:
    """The update a webhook body holds, or BadUpdate saying why not (empty, not UTF-8, not JSON, too deep…)."""
    if not body.strip():
        raise BadUpdate("empty body")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadUpdate("body is not UTF-8") from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise BadUpdate("JSON nested too deep") from None
    except json.JSONDecodeError as exc:
        raise BadUpdate(f"malformed JSON ({exc.msg})") from None
    except ValueError as exc:  # valid JSON Python refuses to read, e.g. an integer of over 4,300 digits
        raise BadUpdate(f"unreadable JSON ({str(exc)[:100]})") from None
    try:
        return readable(data)
    except NotAnUpdate as exc:
        raise BadUpdate(str(exc)) from None


class WebhookServer:
    """Serves one path on listen:port; each POST carrying the secret and one valid update goes to the Application."""

    def __init__(
        self,
        app: BriefApplication,
        *,
        path: str,
        secret: str,
        listen: str = "127.0.0.1",
        port: int = 0,
        max_body: int = MAX_BODY,
    ) -> None:
        self.app = app
        self.path = "/" + path.strip("/")
        self.secret = secret.encode()
        self.listen = listen
        self.port = port
        self.max_body = max_body
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen; self.port becomes the port actually bound (useful with port 0)."""
        server = web.Application(client_max_size=self.max_body)
        server.router.add_post(self.path, self._handle)
        # lingering_time=0: a refused request's unread body is not drained, the connection is closed instead.
        self._runner = web.AppRunner(server, access_log=None, lingering_time=0, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listen, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        """403 without the secret (body unread), 413 over the size limit, 400 for what is not an update, else 200."""
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, "").encode(), self.secret):
            log.info("webhook: refused a request without the right secret (body not read)")
            return _refuse(403, "Forbidden")
        if request.content_length is not None and request.content_length > self.max_body:
            return _refuse(413, "Payload Too Large")
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return _refuse(413, "Payload Too Large")
        try:
            data = decode_update(body)
        except BadUpdate as exc:
            log.info("webhook: refused a request of %d bytes: %s", len(body), exc)
            return _refuse(400, "Bad Request")
        log.debug("webhook: %s", describe_update(data))
        await self.app.update_queue.put(Update.de_json(data, self.app.bot))
        return web.Response(text="ok")


def _refuse(status: int, reason: str) -> web.Response:
    """A short refusal that closes the connection."""
    response = web.Response(status=status, text=reason)
    response.force_close()
    return response


async def serve_webhook(app: BriefApplication, *, url: str, secret: str, listen: str, port: int) -> None:
    """Run the Application behind our webhook server until SIGINT or SIGTERM: post_init, setWebhook, serve, stop."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    server = WebhookServer(app, path=urlsplit(url).path, secret=secret, listen=listen, port=port)
    async with app:  # initialize and, on the way out, shutdown
        if app.post_init:
            await app.post_init(app)
        await app.start()
        await server.start()
        try:
            await app.bot.set_webhook(url=url, secret_token=secret)
            await stop.wait()
        finally:
            await server.stop()
            await app.stop()
            if app.post_stop:
                await app.post_stop(app)
