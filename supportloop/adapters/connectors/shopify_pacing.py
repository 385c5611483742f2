"""Pace GraphQL calls by Shopify's own cost figures instead of running into THROTTLED.

Every Admin API answer reports the bucket (``extensions.cost.throttleStatus``: what is
available now, the maximum, the restore rate per second) and what the query asked for
(``requestedQueryCost``). The connector keeps that picture, estimates the bucket's refill
since, and before a call reserves the cost the same operation asked last time, waiting for
the refill when the estimate is short. Concurrent calls in one process queue behind each
other's reservations; other processes' use shows up in the next answer's figures.
https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class CostPacer:
    max_wait_s: float = 20.0
    clock: Callable[[], float] = time.monotonic
    _available: float | None = None
    _maximum: float = 0.0
    _rate: float = 0.0
    _at: float = 0.0
    _costs: dict[str, float] = field(default_factory=dict)

    def _estimate(self, now: float) -> float:
        assert self._available is not None
        return min(self._maximum, self._available + (now - self._at) * self._rate)

    def reserve(self, operation: str) -> float:
        """Seconds to wait before sending ``operation`` (0 when the bucket has room); the
        cost is taken from the estimate either way."""
        if self._available is None or self._rate <= 0:
            return 0.0
        now = self.clock()
        need = self._costs.get(operation, 0.0)
        estimate = self._estimate(now)
        self._available, self._at = estimate - need, now
        if estimate >= need:
            return 0.0
        return min((need - estimate) / self._rate, self.max_wait_s)

    def waited(self, seconds: float) -> None:
        """A wait the caller made on its own (after THROTTLED): the bucket refilled by it."""
        if self._available is not None and self._rate > 0:
            self._available = min(self._maximum, self._available + seconds * self._rate)

    def observe(self, operation: str, response: Any) -> None:
        """Take the figures an answer (or a THROTTLED error) reports."""
        cost = ((response or {}).get("extensions") or {}).get("cost") if isinstance(
            response, dict
        ) else None  # fmt: skip
        if not isinstance(cost, dict):
            return
        status = cost.get("throttleStatus") or {}
        try:
            requested = float(cost.get("requestedQueryCost") or 0)
            available = float(status["currentlyAvailable"])
            maximum = float(status.get("maximumAvailable") or available)
            rate = float(status.get("restoreRate") or 0)
        except (KeyError, TypeError, ValueError):
            return
        if requested > 0:
            self._costs[operation] = requested
        self._available, self._maximum, self._rate = available, maximum, rate
        self._at = self.clock()
