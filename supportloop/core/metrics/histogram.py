"""A fixed-bucket histogram whose quantiles match Prometheus' ``histogram_quantile``."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

# Seconds. AI answers land in the first few buckets, people in the last ones.
FIRST_RESPONSE_BUCKETS_S: tuple[float, ...] = (
    1.0,
    2.0,
    5.0,
    10.0,
    15.0,
    30.0,
    60.0,
    120.0,
    300.0,
    600.0,
    1800.0,
    3600.0,
    7200.0,
    14400.0,
    28800.0,
    86400.0,
)


@dataclass
class BucketHistogram:
    bounds: tuple[float, ...] = FIRST_RESPONSE_BUCKETS_S
    counts: list[int] = field(default_factory=list)  # per bucket, the last one is +Inf
    total: float = 0.0

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = [0] * (len(self.bounds) + 1)

    @property
    def count(self) -> int:
        return sum(self.counts)

    def observe(self, value: float) -> None:
        value = max(0.0, value)
        for index, bound in enumerate(self.bounds):
            if value <= bound:
                self.counts[index] += 1
                break
        else:
            self.counts[-1] += 1
        self.total += value

    def merge(self, other: BucketHistogram) -> None:
        if other.bounds != self.bounds:
            raise ValueError("cannot merge histograms with different buckets")
        self.counts = [a + b for a, b in zip(self.counts, other.counts, strict=True)]
        self.total += other.total

    def cumulative(self) -> list[tuple[float, int]]:
        """(upper bound, observations ≤ bound) pairs, ending with (+inf, count)."""
        running = 0
        pairs: list[tuple[float, int]] = []
        for bound, count in zip((*self.bounds, math.inf), self.counts, strict=True):
            running += count
            pairs.append((bound, running))
        return pairs

    def quantile(self, q: float) -> float | None:
        """Linear interpolation inside the bucket; the +Inf bucket answers its lower bound."""
        return quantile_from_cumulative(q, self.cumulative())


def quantile_from_cumulative(q: float, buckets: Sequence[tuple[float, int]]) -> float | None:
    if not 0.0 <= q <= 1.0:
        raise ValueError("quantile must be within [0, 1]")
    total = buckets[-1][1] if buckets else 0
    if total == 0:
        return None
    rank = q * total
    lower, below = 0.0, 0
    for upper, cumulative in buckets:
        if cumulative >= rank and cumulative > below:
            if math.isinf(upper):
                return lower
            return lower + (upper - lower) * (rank - below) / (cumulative - below)
        lower, below = upper, cumulative
    return lower
