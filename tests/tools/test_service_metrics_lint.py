"""`/metrics` of every running service passes `promtool check metrics`, after real traffic
(the four services, the demo store and a broker, on topics of our own)."""

from __future__ import annotations

import asyncio
import urllib.request
from collections.abc import Iterator

import pytest
from prometheus_client import CollectorRegistry, Histogram, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.adapters.runtime.metrics import ServiceRegistry
from supportloop.core.topics import INBOUND
from supportloop.devtools.bench.pipeline import bench_tickets
from supportloop.devtools.demo.flags import demo_flips, publish_flips
from supportloop.devtools.devstack import SERVICES, DevStack
from supportloop.settings import KafkaSettings
from tests.stacks import stack_on
from tests.tools.test_prometheus_rules import run_promtool

PREFIX = "lint."
TICKETS = 12


def test_millisecond_histograms_are_exposed_in_seconds() -> None:
    registry = ServiceRegistry()
    runtime = Histogram("x_runtime_ms", "Runtime in ms", registry=registry, buckets=(5, 250))
    Histogram("x_kept_seconds", "Kept as it is.", registry=registry, buckets=(1,)).observe(0.5)
    runtime.observe(100)
    text = generate_latest(registry).decode()
    samples = {
        (s.name, s.labels.get("le")): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
    assert samples == {
        ("x_runtime_seconds_bucket", "0.005"): 0.0,
        ("x_runtime_seconds_bucket", "0.25"): 1.0,
        ("x_runtime_seconds_bucket", "+Inf"): 1.0,
        ("x_runtime_seconds_count", None): 1.0,
        ("x_runtime_seconds_sum", None): 0.1,
        ("x_kept_seconds_bucket", "1.0"): 1.0,
        ("x_kept_seconds_bucket", "+Inf"): 1.0,
        ("x_kept_seconds_count", None): 1.0,
        ("x_kept_seconds_sum", None): 0.5,
    }
    assert "# HELP x_runtime_seconds Runtime, in seconds." in text
    plain = CollectorRegistry()
    Histogram("x_runtime_ms", "Runtime in ms", registry=plain)
    assert "x_runtime_ms_bucket" in generate_latest(plain).decode()


@pytest.fixture(scope="module")
def full_stack(
    kafka_settings: KafkaSettings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DevStack]:
    settings = kafka_settings.model_copy(update={"topic_prefix": PREFIX})
    stack = stack_on(settings, tmp_path_factory.mktemp("lint"))
    try:
        stack.start_demo_store()
        asyncio.run(publish_flips(settings, demo_flips()))
        stack.start_services()
        tickets = bench_tickets(TICKETS)
        asyncio.run(produce(settings, tickets))
        ledger = asyncio.run(
            wait_for_outcomes(settings, {t.ticket_id for t in tickets}, timeout_s=90)
        )
        assert len(ledger.outcomes) == TICKETS, "not every ticket reached an outcome"
        yield stack
    finally:
        stack.stop()


async def produce(settings: KafkaSettings, tickets: list) -> None:  # type: ignore[type-arg]
    async with event_producer(settings) as producer:
        for ticket in tickets:
            await producer.send(INBOUND, ticket)


def scrape(stack: DevStack, service: str) -> str:
    port = stack.processes[service].port
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text: str = response.read().decode()
    return text


@pytest.mark.tools
@pytest.mark.integration
@pytest.mark.parametrize("service", SERVICES)
def test_every_services_metrics_pass_promtool_check_metrics(
    full_stack: DevStack, service: str
) -> None:
    text = scrape(full_stack, service)
    assert f'supportloop_messages_total{{outcome="ok",service="{service}"' in text
    # Faust's own series: what only Faust knows, not one series per message (ours count those).
    assert "faust_consumer_commit_latency_seconds_bucket" in text
    assert "faust_assignment_operations_total" in text
    assert "faust_messages_received" not in text and "faust_events_runtime" not in text
    result = run_promtool("check", "metrics", stdin=text)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""
