"""The metrics core: the six weekly numbers, the CSAT circuit breaker and their exposition.

Pure: no faust, kafka or http imports. The metrics service feeds events into a
``WeeklyBook``, asks the ``CircuitBreaker`` for pauses to publish, and registers a
``BookCollector`` on its Prometheus registry.
"""

from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.breaker import CircuitBreaker, CsatDrop, find_csat_drop
from supportloop.core.metrics.collector import BookCollector
from supportloop.core.metrics.report import WeeklyReport, build_weekly_report, render
from supportloop.core.metrics.settings import MetricsSettings

__all__ = [
    "BookCollector",
    "CircuitBreaker",
    "CsatDrop",
    "MetricsSettings",
    "WeeklyBook",
    "WeeklyReport",
    "build_weekly_report",
    "find_csat_drop",
    "render",
]
