"""Which of the processes sharing one database sends: a PostgreSQL advisory lock held on a connection of its own."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.delivery.dialect import redacted

if TYPE_CHECKING:  # psycopg is optional: imported when a PostgreSQL URL is used
    import psycopg

log = logging.getLogger(__name__)

ROUND = 2.0  # seconds between two attempts to become the sender (or checks that this process still is)
# One lock per schema: two deployments in one database (or the tests, a schema each) elect their senders apart.
LOCK_KEY = "hashtextextended('briefbot.sender.' || current_schema(), 0)"


class Election:
    """A session-level advisory lock: whoever holds it runs the courier and the ticks, the others only answer.

    The lock lives as long as this connection: when the process dies (even by kill -9) or its connection breaks,
    PostgreSQL releases it and another process takes it at its next round, within ROUND seconds.
    """

    def __init__(self, url: str, *, every: float = ROUND) -> None:
        self.url = url
        self.every = every
        self.held = False
        self._db: psycopg.Connection[tuple[Any, ...]] | None = None

    def attempt(self) -> bool:
        """Try to take the lock, or check it is still held (blocking: run it in a worker thread); whether held."""
        import psycopg

        try:
            if self._db is None or self._db.closed:
                # Keepalives: a connection cut by the network, not closed, is noticed in seconds, not hours.
                self._db = psycopg.connect(
                    self.url,
                    autocommit=True,
                    connect_timeout=5,
                    keepalives=1,
                    keepalives_idle=5,
                    keepalives_interval=2,
                    keepalives_count=2,
                    application_name="briefbot-sender",
                )
                self.held = False
            if self.held:
                self._db.execute("SELECT 1")  # the session, and so the lock, is still there
            else:
                row = self._db.execute(f"SELECT pg_try_advisory_lock({LOCK_KEY})").fetchone()
                self.held = bool(row and row[0])
        except psycopg.Error as exc:
            if self.held:
                log.error("lost the connection holding the sender's lock (%s): another process may take over", exc)
            else:
                log.warning("cannot reach %s to stand as the sender: %s", redacted(self.url), exc)
            self.close()
            self.held = False
        return self.held

    def close(self) -> None:
        """Let go of the lock: unlock it, then close its connection."""
        if self._db is not None:
            try:
                try:
                    # Closing alone releases the lock only once the server has ended the session, a moment later:
                    # a standby trying right then would miss it. Unlocking first releases it before close returns.
                    if self.held and not self._db.closed:
                        self._db.execute(f"SELECT pg_advisory_unlock({LOCK_KEY})")
                finally:
                    self._db.close()
            except Exception:  # noqa: BLE001 - closing a broken connection must not fail the stop
                log.debug("closing the lock's connection failed", exc_info=True)
            self._db = None
