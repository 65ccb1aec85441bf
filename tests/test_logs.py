"""Logging: secrets redacted from messages, arguments and tracebacks."""

from __future__ import annotations

import logging

from bot.logs import RedactToken, redact


def test_token_is_redacted_from_logs():
    """Anything shaped like a bot token is hidden, in messages, arguments and tracebacks."""
    token = "123456789:AAHfakeFAKEfakeFAKEfake_abcdefgh"
    assert token not in redact(f"POST https://api.telegram.org/bot{token}/getMe")
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "HTTP Request: %s", (f"/bot{token}/getUpdates",), None
    )
    RedactToken().filter(record)
    assert token not in record.getMessage()
    try:
        raise RuntimeError(f"The token `{token}` was rejected by the server.")
    except RuntimeError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom", (), sys.exc_info())
    RedactToken().filter(record)
    assert token not in logging.Formatter().format(record)
