"""Per-user flood control: a token bucket per user, so one sender's burst slows only that sender."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class FloodGate:
    """Allows `burst` messages at once per user, refilled at `rate` per second."""

    rate: float = 1.0
    burst: float = 5.0
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[int, tuple[float, float]] = field(default_factory=dict)
    _warned: set[int] = field(default_factory=set)

    def allow(self, user_id: int) -> bool:
        """Take a token for user_id; False when the user is over the limit."""
        now = self.clock()
        tokens, last = self._buckets.get(user_id, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1:
            self._buckets[user_id] = (tokens, now)
            return False
        self._buckets[user_id] = (tokens - 1, now)
        self._warned.discard(user_id)
        if len(self._buckets) > 50_000:  # forget idle users rather than grow without bound
            self._buckets = {u: v for u, v in self._buckets.items() if now - v[1] < 60}
        return True

    def first_refusal(self, user_id: int) -> bool:
        """True the first time a user is refused in a row: warn once, then stay quiet."""
        if user_id in self._warned:
            return False
        self._warned.add(user_id)
        return True
