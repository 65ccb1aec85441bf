"""Updates from Telegram read defensively: one python-telegram-bot cannot parse is logged once and skipped."""

from __future__ import annotations

import copy
import logging
from typing import Any

from telegram import Update
from telegram.request import HTTPXRequest, RequestData

from bot.logs import describe_update

log = logging.getLogger(__name__)


class NotAnUpdate(ValueError):
    """The data has no update_id that is a whole number: it is not an update at all."""


def readable(data: Any) -> dict:
    """The update as python-telegram-bot can read it; one it cannot (e.g. from an older Bot API server) becomes empty.

    An empty update keeps its id, so polling confirms it (the offset moves past it) and no handler runs for it;
    the skip is logged once, with the update's kind, ids and size, never its text.
    """
    if not isinstance(data, dict) or type(data.get("update_id")) is not int or data["update_id"] < 0:
        raise NotAnUpdate("not a Telegram update: an object with a whole-number update_id is expected")
    try:
        Update.de_json(copy.deepcopy(data), None)
    except Exception as exc:  # noqa: BLE001 - whatever PTB raises on this data, skip the update, never retry it
        reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        log.warning("skipped an update python-telegram-bot cannot read (%s): %s", reason, describe_update(data))
        return {"update_id": data["update_id"]}
    return data


class ReadableUpdatesRequest(HTTPXRequest):
    """The getUpdates connection, with each update checked: one unreadable update no longer stalls polling."""

    async def post(self, url: str, request_data: RequestData | None = None, **timeouts: Any) -> Any:  # noqa: ANN401
        result = await super().post(url, request_data, **timeouts)
        if url.endswith("/getUpdates") and isinstance(result, list):
            return [item for item in (_checked(u) for u in result) if item is not None]
        return result


def _checked(item: Any) -> dict | None:  # noqa: ANN401
    """An item of getUpdates made readable, or None (logged) when it is not an update at all."""
    try:
        return readable(item)
    except NotAnUpdate:
        log.warning("dropped an item of getUpdates that is not an update: %s", type(item).__name__)
        return None
