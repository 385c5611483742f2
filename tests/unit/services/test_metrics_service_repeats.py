"""The metrics service exports the seventh number: its /metrics registry carries the
repeat-contact families, fed by the same handler that feeds the weekly book."""

from __future__ import annotations

from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest

from services.metrics.app import build_app
from services.metrics.handler import MetricsHandler
from supportloop.core.metrics import CircuitBreaker, WeeklyBook, names
from supportloop.core.metrics.repeat_collector import RepeatCollector
from supportloop.core.metrics.repeats import RepeatContacts
from supportloop.core.outcomes import RecentIds
from supportloop.settings import KafkaSettings, ServiceSettings
from tests.unit.metrics_core.factory import at, resolved
from tests.unit.metrics_core.test_repeat_contacts import contact


def test_the_service_registry_exports_the_repeat_families(tmp_path: Path) -> None:
    registry = CollectorRegistry()
    build_app(
        kafka=KafkaSettings(topic_prefix="repeats."),
        settings=ServiceSettings(data_dir=tmp_path),
        registry=registry,
    )
    text = generate_latest(registry).decode()
    assert f"# TYPE {names.WEEK_REPEAT_RESOLVED_TICKETS} gauge" in text
    assert f"# TYPE {names.WEEK_REPEAT_CONTACT_TICKETS} gauge" in text


async def test_the_handler_feeds_the_repeat_counter_and_prunes() -> None:
    from prometheus_client import Counter, Histogram

    registry = CollectorRegistry()
    repeats = RepeatCollector(RepeatContacts(), exposed_weeks=2)
    handler = MetricsHandler(
        book=WeeklyBook(),
        breaker=CircuitBreaker(),
        outcomes=Counter("o", "o", ["category", "outcome"], registry=registry),
        time_to_outcome=Histogram("t", "t", ["outcome"], registry=registry),
        seen=RecentIds(),
        repeats=repeats,
        prune_every=3,
    )
    await handler.handle(
        [
            contact("K1", at(0), order="1"),
            resolved("K1", "wismo", at(0)),
            contact("K2", at(1), order="1"),
        ]
    )
    (row,) = repeats.repeats.rows()
    assert (row.category, row.resolved_by, row.resolved, row.repeated) == ("wismo", "ai", 1, 1)
    assert repeats.repeats.tracked == 2  # pruned after 3 events: nothing was old enough
