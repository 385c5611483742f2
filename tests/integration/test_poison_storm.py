"""Poison on every topic the services read, on a real broker: nothing stops a service.

Twenty copies of each kind of poison (5,000 nested arrays, over the size limit, invalid
UTF-8, not JSON, an unknown schema_version, an event of the wrong type, a config flip with
an invalid mode) go to each topic a service reads; then good tickets. Every good ticket must
reach exactly one outcome while all four services stay up. The owner of a topic (classifier:
inbound, resolver: classified, escalator: escalations, metrics: the topics the others only
observe) dead-letters each poison exactly once, with its reason; every observer of a topic
(the metrics service elsewhere, the escalator's follow-up, the resolver's approvals and its
config view) counts each poison once as skipped and dead-letters nothing. No service log
carries a ticket body or an e-mail address.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import read_all
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.core import events as ev
from supportloop.core.metrics import names
from supportloop.core.topics import (
    CLASSIFIED,
    CONFIG,
    DEAD_LETTERS,
    ESCALATIONS,
    HANDOFFS,
    HUMAN_OUTCOMES,
    INBOUND,
    RESOLUTIONS,
    TopicSpec,
)
from supportloop.devtools.devstack import SERVICES, DevStack
from supportloop.settings import KafkaSettings
from tests.stacks import stack_on
from tests.unit.foundation.fakes import ticket

pytestmark = [pytest.mark.integration, pytest.mark.hostile]

MAX_MESSAGE_BYTES = 20_000  # the services' limit here: over-size poison stays small
COPIES = 20
GOOD_TICKETS = 20
MARKER = "QUOKKA-MARKER-8841"
EMAIL = "quokka.private@example.org"

# Who dead-letters a poison on each topic (None: only observers read it).
OWNER: dict[TopicSpec, str | None] = {
    INBOUND: "classifier",
    CLASSIFIED: "resolver",
    ESCALATIONS: "escalator",
    # Only observed by the other services (or read without a group): the metrics service,
    # which reads each once in its group, owns them.
    HUMAN_OUTCOMES: "metrics",
    CONFIG: "metrics",
    RESOLUTIONS: "metrics",
    HANDOFFS: "metrics",
}
# Each service that counts a poison on a topic as skipped.
OBSERVERS: dict[TopicSpec, tuple[str, ...]] = {
    INBOUND: ("metrics",),
    CLASSIFIED: ("metrics",),
    ESCALATIONS: ("metrics", "escalator"),  # the escalator's follow-up, after the hand-off
    HUMAN_OUTCOMES: ("resolver", "escalator"),
    CONFIG: ("resolver",),
    RESOLUTIONS: ("escalator",),
    HANDOFFS: ("escalator",),
}
KINDS = {
    "deep": "too_deep",
    "oversize": "too_large",
    "not_utf8": "not_utf8",
    "not_json": "not_json",
    "schema_version": "unsupported_schema_version",
    "wrong_type": "unexpected_event_type",
    "bad_config": "invalid_event",
}


def poison(topic: TopicSpec, kind: str, key: str) -> bytes:
    """One poison message; where it has a ticket id, the id is its key."""
    secret = f"{MARKER} write to {EMAIL}"
    if kind == "deep":
        return b"[" * 5_000 + b"]" * 5_000
    if kind == "oversize":
        return json.dumps({"ticket_id": key, "body": secret + "x" * MAX_MESSAGE_BYTES}).encode()
    if kind == "not_utf8":
        return f'{{"ticket_id": "{key}", "body": "{secret} '.encode() + b'\xff\xfe caf\xe9"}'
    if kind == "not_json":
        return f"{{ticket_id: {key}, body: {secret}".encode()
    if kind == "schema_version":
        return json.dumps(
            {"schema_version": 2, "type": "ticket.received", "ticket_id": key, "body": secret}
        ).encode()
    if kind == "wrong_type":
        if topic is INBOUND:
            wrong: ev.EventBase = ev.KnowledgeGapFound(
                event_id=key, ticket_id=key, category="wismo", question=secret
            )
        else:
            wrong = ev.TicketReceived.of(ticket(key, body=secret), "test")
        return ev.encode_event(wrong)
    assert kind == "bad_config"
    flip = ev.AutonomyModeChanged.flip(
        key, "wismo", "live", by=EMAIL, reason=secret, previous=None, at=ev.utcnow()
    ).model_dump(mode="json")
    return json.dumps({**flip, "mode": "yolo"}).encode()


def poison_keys(topic: TopicSpec) -> dict[str, str]:
    """key → expected reason, for every poison sent to `topic`."""
    short = topic.name.removeprefix("supportloop.").split(".")[0]
    return {
        f"P.{short}.{kind}.{i}": reason for kind, reason in KINDS.items() for i in range(COPIES)
    }


@pytest.fixture(scope="module")
def settings(kafka_settings: KafkaSettings) -> KafkaSettings:
    return kafka_settings.model_copy(update={"topic_prefix": "poison."})


@pytest.fixture(scope="module")
def stack(settings: KafkaSettings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevStack]:
    stack = stack_on(
        settings,
        tmp_path_factory.mktemp("poison-stack"),
        extra_env={"SUPPORTLOOP_MAX_MESSAGE_BYTES": str(MAX_MESSAGE_BYTES)},
    )
    try:
        stack.start_services()
        yield stack
    finally:
        stack.stop()


async def send_poison(settings: KafkaSettings) -> None:
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all", linger_ms=20)
    await producer.start()
    try:
        for topic in OWNER:
            for key in poison_keys(topic):
                kind = key.split(".")[2]
                await producer.send(
                    topic.full_name(settings.topic_prefix),
                    value=poison(topic, kind, key),
                    key=key.encode(),
                )
        await producer.flush()
    finally:
        await producer.stop()


async def send_good(settings: KafkaSettings, ids: list[str]) -> None:
    async with event_producer(settings) as producer:
        for ticket_id in ids:
            body = f"Where is my order? {MARKER} Please write to {EMAIL}"
            await producer.send(INBOUND, ev.TicketReceived.of(ticket(ticket_id, body=body), "test"))


def scrape(stack: DevStack, service: str) -> dict[tuple[str, str], float]:
    """supportloop_messages_total of one service: (topic, outcome) → count."""
    url = f"http://127.0.0.1:{stack.processes[service].port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        text = response.read().decode()
    counts: dict[tuple[str, str], float] = {}
    for family in text_string_to_metric_families(text):
        if family.name == "supportloop_messages":
            for sample in family.samples:
                if sample.name == "supportloop_messages_total":
                    key = (sample.labels["topic"], sample.labels["outcome"])
                    counts[key] = sample.value
    return counts


def scrape_gauges(stack: DevStack, service: str) -> dict[str, float]:
    url = f"http://127.0.0.1:{stack.processes[service].port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        text = response.read().decode()
    return {
        family.name: family.samples[0].value
        for family in text_string_to_metric_families(text)
        if family.type == "gauge" and family.samples and not family.samples[0].labels
    }


def expected_counts(settings: KafkaSettings) -> dict[str, dict[tuple[str, str], float]]:
    per_topic = float(len(KINDS) * COPIES)
    expected: dict[str, dict[tuple[str, str], float]] = {name: {} for name in SERVICES}
    for topic, owner in OWNER.items():
        name = topic.full_name(settings.topic_prefix)
        if owner is not None:
            expected[owner][(name, "dead_lettered")] = per_topic
        for observer in OBSERVERS[topic]:
            expected[observer][(name, "skipped")] = per_topic
    return expected


def wait_for_counts(
    stack: DevStack, expected: dict[str, dict[tuple[str, str], float]], timeout_s: float
) -> dict[str, dict[tuple[str, str], float]]:
    deadline = time.monotonic() + timeout_s
    while True:
        seen = {service: scrape(stack, service) for service in expected}
        got = {s: {k: seen[s].get(k, 0.0) for k in wanted} for s, wanted in expected.items()}
        reached = all(got[s][k] >= v for s, wanted in expected.items() for k, v in wanted.items())
        if reached or time.monotonic() > deadline:
            return seen
        time.sleep(0.5)


def test_poison_on_every_topic_stops_no_service(stack: DevStack, settings: KafkaSettings) -> None:
    started = time.monotonic()
    asyncio.run(send_poison(settings))
    good = [f"GOOD-{i}" for i in range(GOOD_TICKETS)]
    asyncio.run(send_good(settings, good))

    # Every good ticket reaches exactly one outcome, behind all that poison.
    ledger = asyncio.run(wait_for_outcomes(settings, set(good), timeout_s=240, settle_s=2))
    outcomes = {t: o.outcome for t, o in ledger.outcomes.items() if t in good}
    assert set(outcomes) == set(good), f"no outcome for {sorted(set(good) - set(outcomes))}"
    assert set(outcomes.values()) <= {"resolved", "drafted", "escalated"}, outcomes
    assert not [c for c in ledger.conflicts if c[0].ticket_id in good]

    # Each poison was dead-lettered once by its topic's owner, and counted once as skipped
    # by each observer; nobody else dead-lettered it.
    expected = expected_counts(settings)
    seen = wait_for_counts(stack, expected, timeout_s=180)
    for service, wanted in expected.items():
        for key, count in wanted.items():
            if service == "resolver" and key[0].endswith(CONFIG.name):
                # Every resolver worker's config view reads the topic without a group: its
                # catch-up read and its follow can both see the message at their boundary,
                # so a skip may be counted twice (a flip applied twice is harmless).
                assert count <= seen[service].get(key, 0.0) <= count + 2, (service, key)
                continue
            assert seen[service].get(key) == count, (service, key, seen[service].get(key))
        extra = {
            k: v
            for k, v in seen[service].items()
            if k[1] in ("dead_lettered", "skipped") and k not in wanted
        }
        assert extra == {}, (service, extra)

    letters = [
        e for e in asyncio.run(read_all(settings, [DEAD_LETTERS])) if isinstance(e, ev.DeadLettered)
    ]
    by_place = Counter((d.source_topic, d.partition, d.offset) for d in letters)
    assert max(by_place.values()) == 1, "a message was dead-lettered twice"
    by_reason = Counter((d.source_topic, d.reason) for d in letters)
    want_reasons: Counter[tuple[str, str]] = Counter()
    want_ids: dict[str, str] = {}
    for topic, owner in OWNER.items():
        if owner is not None:
            name = topic.full_name(settings.topic_prefix)
            for key, reason in poison_keys(topic).items():
                want_reasons[(name, reason)] += 1
                want_ids[key] = owner
    assert by_reason == want_reasons
    assert {d.ticket_id: d.stage for d in letters} == want_ids
    assert all(len(ev.encode_event(d)) < MAX_MESSAGE_BYTES for d in letters)

    # All four services are still the processes they were, and healthy.
    for name in SERVICES:
        process = stack.processes[name]
        assert process.running, f"{name} exited:\n{process.log_tail()}"
        url = f"http://127.0.0.1:{process.port}/health"
        with urllib.request.urlopen(url, timeout=5) as response:
            assert json.loads(response.read()) == {"status": "ok", "service": name}

    # The metrics service reads all of it back at its next start (its weekly book's rebuild),
    # poison included, and is ready again.
    stack.restart("metrics")
    gauges = scrape_gauges(stack, "metrics")
    assert gauges[names.REBUILD_FAILED] == 0 and gauges[names.REBUILD_EVENTS] > 0

    # No log line carries a ticket body or an e-mail address.
    for log in sorted(Path(stack.work_dir, "logs").glob("*.log")):
        text = log.read_text(errors="replace")
        assert MARKER not in text and EMAIL not in text, f"customer data in {log.name}"
    assert time.monotonic() - started < 120
