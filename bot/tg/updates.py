"""Updates from Telegram read defensively: one python-telegram-bot cannot parse is logged once and skipped."""

from __future__ import annotations

import copy
import logging
from typing import Any

from telegram import Update
from telegram.request import HTTPXRequest

from bot.logs import describe_update

log = logging.getLogger(__name__)


class NotAnUpdate(ValueError):
    """The data has no update_id that is a whole number: it is not an update at all."""


def readable(data: Any) -> dict[str, Any]:  # noqa: ANN401 - any JSON value
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
    """The getUpdates connection, with each update checked: one unreadable update no longer stalls polling.

    PTB sends nothing but getUpdates through this connection (get_updates_request), so a list result is updates.
    """

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """The Bot API's answer decoded, its updates made readable (those that are not updates at all dropped)."""
        data = HTTPXRequest.parse_json_payload(payload)
        if isinstance(data.get("result"), list):
            data["result"] = [item for item in (_checked(u) for u in data["result"]) if item is not None]
        return data


def _checked(item: Any) -> dict[str, Any] | None:  # noqa: ANN401
    """An item of getUpdates made readable, or None (logged) when it is not an update at all."""
    try:
        return readable(item)
    except NotAnUpdate:
        log.warning("dropped an item of getUpdates that is not an update: %s", type(item).__name__)
        return None
