"""The webhook server over real HTTP on 127.0.0.1: the secret before the body, a size limit, 400 for a non-update."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.answering.answers import Answerer
from bot.conversation.flood import FloodGate
from bot.tg.app import build_application
from bot.tg.webhook import MAX_BODY, SECRET_HEADER, WebhookServer
from tests.conversation.test_callbacks import OLD_POLL
from tests.fakeapi import FakeBotApi
from tests.tg.test_app import fake  # noqa: F401 - the fixture

SECRET = "hook-secret"


class Hook:
    """A running webhook server and how to reach it."""

    def __init__(self, fake: FakeBotApi, server: WebhookServer) -> None:  # noqa: F811
        self.fake = fake
        self.server = server

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}/hook"

    async def post(self, body: bytes, *, secret: str | None = SECRET) -> int:
        """POST body; return the status."""
        headers = {"Content-Type": "application/json", **({SECRET_HEADER: secret} if secret is not None else {})}
        async with aiohttp.ClientSession() as session, session.post(self.url, data=body, headers=headers) as response:
            return response.status

    async def raw(self, head: str, first_bytes: bytes = b"") -> int:
        """Send request headers (and a little body) on a bare socket, and read the status without sending the rest."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.server.port)
        try:
            writer.write(head.encode() + b"\r\n" + first_bytes)
            await writer.drain()
            status_line = await asyncio.wait_for(reader.readline(), 5)
            return int(status_line.split()[1])
        finally:
            writer.close()


@pytest.fixture
async def hook(fake: FakeBotApi, answerer: Answerer) -> AsyncIterator[Hook]:  # noqa: F811
    """The Application fed by a WebhookServer on a free port of 127.0.0.1."""
    app = build_application(answerer, token=fake.token, base_url=fake.base_url, flood=FloodGate(rate=100, burst=100))
    server = WebhookServer(app, path="/hook", secret=SECRET, port=0)
    async with app:
        await app.start()
        await server.start()
        yield Hook(fake, server)
        await server.stop()
        await app.stop()


def update(fake: FakeBotApi, update_id: int, text: str = "Quand expire l'ultimatum ?") -> bytes:  # noqa: F811
    return json.dumps({"update_id": update_id, "message": fake.message(text)}).encode()


async def test_valid_update_with_the_secret_is_answered(hook: Hook):
    """200 for a valid update carrying the secret; the bot answers it."""
    assert await hook.post(update(hook.fake, 1)) == 200
    await hook.fake.wait_for(lambda: bool(hook.fake.sent()))
    assert "8 août 2025" in hook.fake.sent()[0].params["text"]


@pytest.mark.parametrize("secret", [None, "wrong", "", SECRET + "x"])
async def test_missing_or_wrong_secret_is_refused(hook: Hook, secret: str | None):
    """403 without the right secret; nothing is handled."""
    assert await hook.post(update(hook.fake, 1), secret=secret) == 403
    await hook.fake.settle()
    assert hook.fake.sent() == []


async def test_secret_is_checked_before_the_body_is_read(hook: Hook):
    """A 90 MB post without the secret is refused after its headers: the body is never waited for."""
    head = f"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {90_000_000}\r\n"
    assert await hook.raw(head, b"{") == 403


async def test_oversized_body_is_refused_before_it_is_read(hook: Hook):
    """With the secret, a declared body over the limit gets 413 at once; a chunked one is cut at the limit."""
    head = f"POST /hook HTTP/1.1\r\nHost: x\r\n{SECRET_HEADER}: {SECRET}\r\nContent-Length: {MAX_BODY + 1}\r\n"
    assert await hook.raw(head, b"{") == 413

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(MAX_BODY // 65536 + 2):
            yield b" " * 65536

    async with (
        aiohttp.ClientSession() as session,
        session.post(hook.url, data=chunks(), headers={SECRET_HEADER: SECRET}) as response,
    ):
        assert response.status == 413


MALFORMED = {
    "malformed JSON": b'{"update_id": 1, "message": ',
    "invalid UTF-8": b'{"update_id": 1, "x": "\xff\xfe"}',
    "empty body": b"",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "update_id not a number": b'{"update_id": "x"}',
    "update_id a boolean": b'{"update_id": true}',
    "negative update_id": b'{"update_id": -1}',
    "a list": b"[]",
    "a string": b'"update"',
    "an integer Python refuses to read": b'{"update_id": ' + b"9" * 5000 + b"}",
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
async def test_what_is_not_an_update_gets_400(hook: Hook, body: bytes):
    """400 (not 500, not 200) for bodies that are not one Telegram update; the bot keeps serving."""
    assert await hook.post(body) == 400
    assert await hook.post(update(hook.fake, 7)) == 200
    await hook.fake.wait_for(lambda: bool(hook.fake.sent()))


async def test_update_ptb_cannot_read_is_acknowledged_and_skipped(hook: Hook):
    """An update with a valid id that PTB cannot parse gets 200 (so Telegram does not resend it forever), is skipped."""
    assert await hook.post(json.dumps({"update_id": 3, "poll": OLD_POLL}).encode()) == 200
    assert await hook.post(update(hook.fake, 4)) == 200
    await hook.fake.wait_for(lambda: bool(hook.fake.sent()))
    assert len(hook.fake.sent()) == 1


async def test_refused_set_webhook_is_one_sentence(fake: FakeBotApi, tmp_path):  # noqa: F811
    """`run --webhook-url` when the Bot API refuses setWebhook: exit 1 with a sentence, no traceback."""
    import signal

    from tests.test_run import free_port, start_bot

    fake.fail = lambda method, params: (
        (400, {"error_code": 400, "description": "Bad Request: bad webhook: HTTPS url must be provided"})
        if method == "setWebhook"
        else None
    )
    port = free_port()
    process = await start_bot(
        fake, tmp_path / "bot.sqlite3", "--webhook-url", f"http://127.0.0.1:{port}/hook", "--port", str(port)
    )
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGKILL)
    text = stderr.decode()
    assert process.returncode == 1 and "cannot serve the webhook" in text and "https url must be provided" in text
    assert "Traceback" not in text
