"""A fake Telegram Bot API on 127.0.0.1: serves getUpdates from a queue and records every call."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT = {"id": 4242, "is_bot": True, "first_name": "Briefbot", "username": "BriefTestBot"}
TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuv"
SHOWN = int(time.time())
"""A date for a message the bot sent and Telegram still shows; date 0 marks one it no longer does (inaccessible)."""
POLL_INTERVAL = 0.02  # seconds between checks of a wait_for condition when no API call arrives


def bot_message(chat_id: int = 42, *, chat_type: str = "private", text: str = "…", date: int = SHOWN) -> dict:
    """A message the bot sent to a chat, as Telegram shows it under a button or in a reply; date 0: inaccessible."""
    chat = {"id": chat_id, "type": chat_type} | ({} if chat_type == "private" else {"title": "G"})
    return {"message_id": 5, "date": date, "chat": chat, "from": BOT, "text": text}


ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)


@dataclass
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)

    def json(self, key: str) -> Any:
        """A parameter PTB sent JSON-encoded (reply_markup, results…)."""
        return json.loads(self.params[key])


@dataclass
class FakeBotApi:
    """The fake server: push updates in, read calls out."""

    calls: list[Call] = field(default_factory=list)
    updates: asyncio.Queue = field(default_factory=asyncio.Queue)
    token: str = TOKEN
    fail: Callable[[str, dict], tuple[int, dict] | None] | None = None  # inject errors per call
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _messages: itertools.count = field(default_factory=lambda: itertools.count(1000))
    _runner: web.AppRunner | None = None
    port: int = 0
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    unconfirmed: list[dict] = field(default_factory=list)  # sent by getUpdates, not yet confirmed by a higher offset
    members: dict[tuple[int, int], str] = field(default_factory=dict)  # (chat_id, user_id) -> status for getChatMember

    @property
    def base_url(self) -> str:
        """What to give PTB as base_url."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.2)  # do not wait out open long polls
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # noqa: SLF001 - aiohttp has no public accessor

    async def stop(self) -> None:
        """Close the server."""
        if self._runner:
            await self._runner.cleanup()

    # --- what tests use -------------------------------------------------------------------------

    def push(self, update: dict) -> int:
        """Queue an update for the bot's next getUpdates; return its update_id."""
        update_id = next(self._ids)
        self.updates.put_nowait({"update_id": update_id, **update})
        return update_id

    def press(self, data: str, *, user_id: int = 42, lang: str = "fr", message: dict | None = None) -> int:
        """Queue a press of an inline button carrying data, under message (a bot message in the user's chat)."""
        user = {"id": user_id, "is_bot": False, "first_name": "R", "language_code": lang}
        query = {"id": f"cb-{data}", "from": user, "chat_instance": "ci", "data": data}
        return self.push({"callback_query": {**query, "message": message or bot_message(user_id)}})

    def text(
        self,
        text: str,
        *,
        chat_id: int = 42,
        user_id: int = 42,
        chat_type: str = "private",
        lang: str = "fr",
        reply_to: dict | None = None,
    ) -> int:
        """Queue a text message (with a bot_command entity when it starts with /)."""
        message = self.message(text, chat_id=chat_id, user_id=user_id, chat_type=chat_type, lang=lang)
        if reply_to:
            message["reply_to_message"] = reply_to
        return self.push({"message": message})

    def message(
        self, text: str, *, chat_id: int = 42, user_id: int = 42, chat_type: str = "private", lang: str = "fr"
    ) -> dict:
        """A Message object as Telegram sends it."""
        message: dict[str, Any] = {
            "message_id": next(self._messages),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type, **({"title": "Group"} if chat_type != "private" else {})},
            "from": {"id": user_id, "is_bot": False, "first_name": "Reader", "language_code": lang},
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return message

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Messages the bot sent (to chat_id if given)."""
        return [
            c
            for c in self.calls
            if c.method == "sendMessage" and (chat_id is None or c.params.get("chat_id") == str(chat_id))
        ]

    async def wait_for(
        self, predicate: Callable[[], bool], timeout: float = 10.0, *, poll: float = POLL_INTERVAL
    ) -> None:
        """Wait until predicate holds (checked after every call and every `poll` seconds), or fail after timeout."""
        # Polling as well as waking on calls: a predicate on database state can come true with no API call after it.
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(f"timed out; calls: {[c.method for c in self.calls]}")
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), min(remaining, poll))

    async def settle(self, seconds: float = 0.3) -> None:
        """Let the bot process what is queued (for asserting that nothing was sent)."""
        await asyncio.sleep(seconds)

    # --- the server -------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        params = dict(await request.post())
        if method != "getUpdates":
            self.calls.append(Call(method, params))
            self.changed.set()
        if self.fail and (failure := self.fail(method, params)):
            status, body = failure
            return web.json_response({"ok": False, **body}, status=status)
        return web.json_response({"ok": True, "result": await self._result(method, params)})

    async def _result(self, method: str, params: dict) -> Any:
        if method == "getMe":
            return BOT
        if method == "getUpdates":
            return await self._updates(params)
        if method in ("sendMessage", "editMessageText"):
            chat_id = int(params.get("chat_id", 0))
            return {
                "message_id": next(self._messages),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT,
                "text": params.get("text", ""),
            }
        if method == "getChatMember":
            chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
            status = self.members.get((chat_id, user_id), "member")
            user = {"id": user_id, "is_bot": False, "first_name": "Member"}
            extra = {"can_be_edited": False, "is_anonymous": False} if status in ("creator", "administrator") else {}
            if status == "administrator":
                extra.update({key: False for key in ADMIN_RIGHTS})
            return {"status": status, "user": user, **extra}
        return True

    async def _updates(self, params: dict) -> list[dict]:
        """Like Telegram: updates are sent again until a getUpdates offset above their id confirms them."""
        timeout = float(params.get("timeout", 0) or 0)
        offset = int(params.get("offset", 0) or 0)
        self.unconfirmed = [u for u in self.unconfirmed if u["update_id"] >= offset]
        if not self.unconfirmed:
            try:
                self.unconfirmed.append(await asyncio.wait_for(self.updates.get(), timeout or 0.01))
            except TimeoutError:
                return []
        while not self.updates.empty():
            self.unconfirmed.append(self.updates.get_nowait())
        return list(self.unconfirmed)


async def post_webhook_update(url: str, update: dict, secret: str, *, tries: int = 100) -> None:
    """Deliver an update to a bot's webhook as Telegram does (with the secret), retrying until it listens."""
    from aiohttp import ClientConnectionError, ClientSession

    async with ClientSession() as session:
        for _ in range(tries):
            try:
                async with session.post(
                    url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
                ) as answer:
                    assert answer.status == 200
                    return
            except ClientConnectionError:
                await asyncio.sleep(0.1)
    raise AssertionError(f"nobody listens at {url}")
