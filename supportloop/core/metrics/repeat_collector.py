"""Export the seventh number to Prometheus: per ISO week of resolution, category and
resolver (ai|human), the tickets resolved for a customer with an e-mail and those whose
customer came back about the same order or topic within 7 days. The rate is a recording rule
(``week_category_resolver:supportloop_repeat_contact:ratio``); a week's count still grows
until 7 days after its last resolution."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from supportloop.core.metrics import names
from supportloop.core.metrics.repeats import RepeatContacts

LABELS = ["week", "category", "resolver"]


class RepeatCollector(Collector):
    def __init__(self, repeats: RepeatContacts, exposed_weeks: int = 2) -> None:
        self.repeats = repeats
        self.exposed_weeks = exposed_weeks

    def collect(self) -> Iterator[Metric]:
        resolved = GaugeMetricFamily(
            names.WEEK_REPEAT_RESOLVED_TICKETS,
            "Tickets resolved in the ISO week (customer with an e-mail), by who resolved "
            "them: the denominator of the repeat-contact rate.",
            labels=LABELS,
        )
        repeated = GaugeMetricFamily(
            names.WEEK_REPEAT_CONTACT_TICKETS,
            "Of those, tickets whose customer came back about the same order (or the same "
            "topic without an order) within 7 days of the resolution.",
            labels=LABELS,
        )
        rows = self.repeats.rows()
        weeks = sorted({r.week for r in rows})[-self.exposed_weeks :]
        for row in rows:
            if row.week in weeks:
                labels = [row.week, row.category, row.resolved_by]
                resolved.add_metric(labels, float(row.resolved))
                repeated.add_metric(labels, float(row.repeated))
        yield resolved
        yield repeated

    def prune(self) -> int:
        """Drop what no exported week needs any more (exported weeks + the window)."""
        if self.repeats.latest is None:
            return 0
        keep = timedelta(weeks=self.exposed_weeks + 1) + self.repeats.window
        return self.repeats.prune(self.repeats.latest - keep)
