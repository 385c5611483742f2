"""The metrics service on a real broker: a live category whose AI CSAT drops ≥ 10 points week
over week is paused through the config topic (with the evidence), the pause shows in
`supportloop flags history`, an ops flip back to live holds, and `/metrics` carries the six
numbers. Event times are last week and this week, so the CLI's flip (now) lands in the
week of the drop."""

from __future__ import annotations

import asyncio
import json
import re
import time
import urllib.request
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families
from typer.testing import CliRunner

from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import read_all
from supportloop.cli.main import app
from supportloop.core import events as ev
from supportloop.core.metrics import names
from supportloop.core.metrics.breaker import BREAKER_ACTOR
from supportloop.core.metrics.weeks import week_of, week_start
from supportloop.core.topics import (
    CLASSIFIED,
    CONFIG,
    CONFIG_AUDIT,
    HUMAN_OUTCOMES,
    KNOWLEDGE_GAPS,
    RESOLUTIONS,
    REVIEWS,
    TopicSpec,
)
from supportloop.devtools.demo.rollout import rollout_story, rollout_story_via_service
from supportloop.devtools.devstack import DevStack
from supportloop.settings import KafkaSettings
from tests.stacks import running
from tests.unit.metrics_core import factory as f

pytestmark = pytest.mark.integration
PREFIX = "metrics-svc."
CATEGORY = "wismo"
SEED = 7
HEALTHY = [5, 5, 4, 5, 5, 4, 5, 4, 5, 5]  # 92.5 points
DEGRADED = [3, 2, 4, 3, 2, 3, 1, 3, 4, 2]  # 42.5 points


@pytest.fixture(scope="module")
def metrics_stack(
    kafka_settings: KafkaSettings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    settings = kafka_settings.model_copy(update={"topic_prefix": PREFIX})
    with running(settings, tmp_path_factory.mktemp("metrics-svc"), ("metrics",)) as stack:
        yield stack, settings


def scrape(stack: DevStack) -> str:
    port = stack.processes["metrics"].port
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text: str = response.read().decode()
    return text


def observed(stack: DevStack) -> float:
    match = re.search(rf"^{names.EVENTS_OBSERVED}_total (\S+)$", scrape(stack), re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def publish(settings: KafkaSettings, sends: Sequence[tuple[TopicSpec, ev.Event]]) -> None:
    async def run() -> None:
        async with event_producer(settings) as producer:
            for topic, event in sends:
                key = event.category if isinstance(event, ev.AutonomyModeChanged) else None
                await producer.send(topic, event, key=key)

    asyncio.run(run())


def publish_and_wait(stack: DevStack, settings: KafkaSettings, sends: Sequence[tuple]) -> None:
    """Publish, then wait until the service has counted every event (in phases, so the
    week order the test means is the order the service sees)."""
    target = observed(stack) + len({event.event_id for _, event in sends})
    publish(settings, sends)
    wait_observed(stack, target)


def wait_observed(stack: DevStack, target: float) -> None:
    deadline = time.monotonic() + 30
    while observed(stack) < target:
        assert time.monotonic() < deadline, f"service counted {observed(stack)} of {target}"
        time.sleep(0.3)


def rated_tickets(prefix: str, scores: list[int], start: datetime) -> list[tuple]:
    """AI-resolved tickets of the category, each with its CSAT rating."""
    sends: list[tuple] = []
    for index, score in enumerate(scores):
        tid = f"{prefix}-{index}"
        when = start + timedelta(milliseconds=10 * index)
        sends.append((CLASSIFIED, f.classified(tid, CATEGORY, when)))
        sends.append((RESOLUTIONS, f.resolved(tid, CATEGORY, when, latency_ms=1800.0)))
        sends.append((HUMAN_OUTCOMES, f.csat(tid, score, when, category=CATEGORY)))
    return sends


def breaker_flips(settings: KafkaSettings, topic: TopicSpec) -> list[ev.AutonomyModeChanged]:
    return [
        e
        for e in asyncio.run(read_all(settings, [topic]))
        if isinstance(e, ev.AutonomyModeChanged) and e.changed_by == BREAKER_ACTOR
    ]


def wait_for_breaker(settings: KafkaSettings, count: int) -> list[ev.AutonomyModeChanged]:
    deadline = time.monotonic() + 30
    while len(flips := breaker_flips(settings, CONFIG)) < count:
        assert time.monotonic() < deadline, "the breaker did not publish a pause"
        time.sleep(0.5)
    return flips


def cli(settings: KafkaSettings, *args: str) -> str:
    env = {
        "SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
        "SUPPORTLOOP_KAFKA_TOPIC_PREFIX": PREFIX,
        "USER": "ci-ops",
    }
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def live_since_last_week(stack: DevStack, settings: KafkaSettings) -> tuple[str, str, datetime]:
    """The category goes live at the start of last week and gets 30 healthy ratings there.
    Returns this week, last week, and when this week's tickets start (within this week)."""
    now = datetime.now(UTC)
    this_week, last_week = week_of(now), week_of(now - timedelta(days=7))
    this_start = max(week_start(this_week), now - timedelta(minutes=2))
    went_live = f.mode_changed(CATEGORY, "live", week_start(last_week), previous="shadow")
    publish_and_wait(stack, settings, [(CONFIG, went_live), (CONFIG_AUDIT, went_live)])
    last_start = this_start - timedelta(days=7)
    publish_and_wait(stack, settings, rated_tickets("LAST", HEALTHY * 3, last_start))
    return this_week, last_week, this_start


def test_a_csat_drop_pauses_the_category_and_an_ops_flip_back_holds(
    metrics_stack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = metrics_stack
    this_week, last_week, this_start = live_since_last_week(stack, settings)
    assert breaker_flips(settings, CONFIG) == []
    extras: list[tuple] = [
        (REVIEWS, f.escalation_reviewed("ESC-1", CATEGORY, this_start, different=False)),
        (REVIEWS, f.escalation_reviewed("ESC-2", CATEGORY, this_start, different=True)),
        (KNOWLEDGE_GAPS, f.knowledge_gap("GAP-1", CATEGORY, "Do you ship to Mars?", this_start)),
    ]
    publish_and_wait(stack, settings, extras + rated_tickets("THIS", DEGRADED * 3, this_start))

    [pause] = wait_for_breaker(settings, 1)
    assert (pause.category, pause.mode, pause.previous_mode) == (CATEGORY, "paused", "live")
    evidence = pause.evidence
    assert (evidence["week"], evidence["previous_week"]) == (this_week, last_week)
    # It fires on the rating that completes the minimum sample; which 20 of this week's 30
    # come first depends on partition interleaving, but any 20 of them average ≤ 55 points.
    assert (evidence["ratings"], evidence["previous_ratings"]) == (20, 30)
    assert evidence["previous_ai_csat_points"] == 92.5
    assert isinstance(evidence["change_points"], float) and evidence["change_points"] <= -37.5
    assert evidence["min_sample"] == 20 and evidence["drop_threshold_points"] == 10.0
    assert isinstance(evidence["p_value"], float) and evidence["p_value"] <= 0.001
    assert [f.event_id for f in breaker_flips(settings, CONFIG_AUDIT)] == [pause.event_id]

    history = cli(settings, "flags", "history", CATEGORY)
    assert "live → paused" in history and BREAKER_ACTOR in history
    assert f"AI CSAT fell {-evidence['change_points']:.1f} points week over week" in history

    before_flip = observed(stack)
    flipped = cli(settings, "flags", "set", CATEGORY, "live", "--reason", "fixed", "--by", "ops")
    assert flipped.startswith(f"{CATEGORY}: paused → live by ops")
    wait_observed(stack, before_flip + 1)
    still_bad = rated_tickets("AFTER", DEGRADED * 2, datetime.now(UTC))
    publish_and_wait(stack, settings, still_bad)
    assert len(breaker_flips(settings, CONFIG)) == 1  # the override holds for this week
    assert "paused → live" in cli(settings, "flags", "history", CATEGORY)

    samples = exposed_samples(scrape(stack))
    week = {"week": this_week, "category": CATEGORY}
    ai = {**week, "resolver": "ai"}
    assert samples[names.WEEK_TERMINAL_TICKETS, labels(week)] == 50
    assert samples[names.WEEK_AI_RESOLVED_TICKETS, labels(week)] == 50
    assert samples[f"{names.WEEK_CSAT_POINTS}_count", labels(ai)] == 50
    assert samples[f"{names.WEEK_CSAT_POINTS}_sum", labels(ai)] == 50 * 42.5
    assert samples[f"{names.WEEK_FIRST_RESPONSE_SECONDS}_count", labels(ai)] == 50
    assert samples[f"{names.WEEK_ESCALATION_REVIEWS}", labels(week)] == 2
    assert samples[f"{names.WEEK_ACCURATE_ESCALATION_REVIEWS}", labels(week)] == 1
    assert samples[f"{names.WEEK_KNOWLEDGE_GAPS}", labels(week)] == 1
    change = {"category": CATEGORY, "resolver": "ai"}
    assert samples[names.CSAT_CHANGE_POINTS, labels(change)] == -50.0
    assert samples[f"{names.CIRCUIT_BREAKER_TRIPS}_total", labels({"category": CATEGORY})] == 1
    resolved = {"category": CATEGORY, "outcome": "resolved"}
    assert samples["supportloop_terminal_outcomes_total", labels(resolved)] == 80

    report = json.loads(cli(settings, "report", "weekly", "--weeks", "2", "--format", "json"))
    assert [w["week"] for w in report["weeks"]] == [last_week, this_week]
    [row] = [r for r in report["weeks"][1]["categories"] if r["category"] == CATEGORY]
    assert (row["mode"], row["ai_resolved"], row["csat_ai_ratings"]) == ("live", 50, 50)
    assert (row["csat_ai_points"], row["ai_csat_change_points"]) == (42.5, -50.0)
    assert [
        (c["previous_mode"], c["mode"], c["changed_by"]) for c in report["weeks"][1]["mode_changes"]
    ] == [("live", "paused", BREAKER_ACTOR), ("paused", "live", "ops")]


def labels(values: dict[str, str]) -> frozenset[tuple[str, str]]:
    return frozenset(values.items())


def exposed_samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (sample.name, labels(sample.labels)): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


STORY_PREFIX = "metrics-story."
STORY_SIZE = {"weeks": 7, "tickets_per_week": 400}  # ~13,800 events; one pause


@pytest.fixture(scope="module")
def story_stack(
    kafka_settings: KafkaSettings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    settings = kafka_settings.model_copy(update={"topic_prefix": STORY_PREFIX})
    with running(settings, tmp_path_factory.mktemp("metrics-story"), ("metrics",)) as stack:
        yield stack, settings


def test_the_rollout_story_through_the_real_service_pauses_like_the_simulation(
    story_stack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = story_stack
    url = f"http://127.0.0.1:{stack.processes['metrics'].port}"
    through_service = rollout_story_via_service(settings, url, SEED, **STORY_SIZE)
    in_process = rollout_story(SEED, **STORY_SIZE)

    def parts(text: str) -> tuple[list[str], list[str]]:
        lines = text.splitlines()
        breaker = [line for line in lines if line.startswith("Circuit breaker:")]
        timeline = lines[: lines.index(breaker[0])]
        return timeline, [" ".join(line.split()[4:8]) for line in breaker]

    # The published events are the simulation's, so every number matches; the modes at
    # week end match only if the service paused the same category in the same week.
    assert parts(through_service) == parts(in_process)
    assert parts(in_process)[1] == ["order_status live → paused:"]
    pause = next(
        e
        for e in asyncio.run(read_all(settings, [CONFIG]))
        if isinstance(e, ev.AutonomyModeChanged) and e.changed_by == BREAKER_ACTOR
    )
    assert pause.evidence["week"] == "2025-W15"
