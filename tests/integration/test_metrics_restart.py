"""The metrics service keeps its weekly numbers across restarts (graceful and SIGKILL): it
reads the events before its committed offsets back into the book, counts nothing twice,
and a breaker pause that ops overrode is not fired again after the restart."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from supportloop.core.metrics import names
from supportloop.core.topics import CONFIG
from supportloop.devtools.bench.pipeline import gauge
from supportloop.devtools.devstack import DevStack
from supportloop.settings import KafkaSettings
from tests.integration.test_metrics_service import (
    CATEGORY,
    DEGRADED,
    breaker_flips,
    exposed_samples,
    labels,
    live_since_last_week,
    observed,
    publish,
    publish_and_wait,
    rated_tickets,
    scrape,
    wait_for_breaker,
    wait_observed,
)
from tests.stacks import running
from tests.unit.metrics_core import factory as f

pytestmark = pytest.mark.integration
PREFIX = "metrics-restart."


@pytest.fixture(scope="module")
def restart_stack(
    kafka_settings: KafkaSettings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    settings = kafka_settings.model_copy(update={"topic_prefix": PREFIX})
    with running(settings, tmp_path_factory.mktemp("metrics-restart"), ("metrics",)) as stack:
        yield stack, settings


def week_numbers(stack: DevStack, week: str) -> dict[str, float]:
    samples = exposed_samples(scrape(stack))
    row = labels({"week": week, "category": CATEGORY})
    ai = labels({"week": week, "category": CATEGORY, "resolver": "ai"})
    return {
        "terminal": samples.get((names.WEEK_TERMINAL_TICKETS, row), 0.0),
        "ai_resolved": samples.get((names.WEEK_AI_RESOLVED_TICKETS, row), 0.0),
        "ratings": samples.get((f"{names.WEEK_CSAT_POINTS}_count", ai), 0.0),
        "points": samples.get((f"{names.WEEK_CSAT_POINTS}_sum", ai), 0.0),
    }


def test_weekly_numbers_and_an_ops_override_survive_restarts(
    restart_stack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = restart_stack
    this_week, last_week, this_start = live_since_last_week(stack, settings)
    publish_and_wait(stack, settings, rated_tickets("THIS", DEGRADED * 3, this_start))
    wait_for_breaker(settings, 1)
    flip_back = f.mode_changed(CATEGORY, "live", datetime.now(UTC), previous="paused")
    publish_and_wait(stack, settings, [(CONFIG, flip_back)])
    before = {week: week_numbers(stack, week) for week in (last_week, this_week)}
    assert before[this_week] == {
        "terminal": 30,
        "ai_resolved": 30,
        "ratings": 30,
        "points": 30 * 42.5,
    }
    assert before[last_week]["ratings"] == 30

    stack.restart("metrics")  # ready only once the book is rebuilt
    assert {week: week_numbers(stack, week) for week in before} == before
    rebuilt = gauge(stack, "metrics", names.REBUILD_EVENTS)
    assert rebuilt is not None, "the service exports how many events it read back"
    assert rebuilt > 0

    # Counting goes on from where the group stopped: no event twice, none missing.
    target = observed(stack) + 3 * 20
    publish(settings, rated_tickets("AFTER", DEGRADED * 2, datetime.now(UTC)))
    wait_observed(stack, target)
    assert week_numbers(stack, this_week)["terminal"] == 50
    time.sleep(1.0)  # let a wrongly re-armed breaker publish
    assert len(breaker_flips(settings, CONFIG)) == 1, "the ops flip back to live must hold"

    after_more = {week: week_numbers(stack, week) for week in before}
    stack.restart("metrics", hard=True)  # SIGKILL: no final commit
    # The book holds what was committed; the agent re-reads the uncommitted tail.
    deadline = time.monotonic() + 30
    while week_numbers(stack, this_week) != after_more[this_week]:
        assert time.monotonic() < deadline
        time.sleep(0.3)
    time.sleep(2.0)  # the uncommitted tail, re-read by the agent, must not count twice
    assert {week: week_numbers(stack, week) for week in before} == after_more
