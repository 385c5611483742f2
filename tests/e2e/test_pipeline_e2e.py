"""1,200 tickets through all four services and the demo store, with the resolver killed
(SIGKILL) and the classifier and escalator restarted mid-run: every ticket ends with exactly
one outcome, and no effect happens twice."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator

import pytest

from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import follow
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.core import events as ev
from supportloop.core.topics import ALL_TOPICS, INBOUND
from supportloop.devtools.bench.pipeline import bench_tickets
from supportloop.devtools.demo.flags import demo_flips, publish_flips
from supportloop.devtools.devstack import DevStack
from supportloop.devtools.local_broker import LocalBroker
from supportloop.settings import KafkaSettings
from tests.stacks import stack_on

pytestmark = pytest.mark.e2e
TICKETS = 1200


@pytest.fixture
def e2e_stack(
    kafka_broker: LocalBroker,
    tmp_path_factory: pytest.TempPathFactory,
    request: pytest.FixtureRequest,
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    """A fresh stack per test (own topics, groups and demo shop): the second test's tickets
    must find orders nobody has refunded or cancelled yet."""
    prefix = "e2e-chaos." if request.node.get_closest_marker("chaos") else "e2e."
    settings = KafkaSettings(
        bootstrap_servers=kafka_broker.bootstrap_servers, partitions=4, topic_prefix=prefix
    )
    stack = stack_on(settings, tmp_path_factory.mktemp("e2e"))
    try:
        stack.start_demo_store()
        asyncio.run(publish_flips(settings, demo_flips()))
        stack.start_services()
        yield stack, settings
    finally:
        stack.stop()


async def produce_slowly(settings: KafkaSettings, events: list[ev.TicketReceived]) -> None:
    async with event_producer(settings) as producer:
        for index, event in enumerate(events):
            await producer.send(INBOUND, event)
            if index % 100 == 99:
                await producer.flush()
                await asyncio.sleep(0.25)


def trace(settings: KafkaSettings, ticket_ids: list[str]) -> dict[str, list[str]]:
    """Where a ticket got to: the topics its events are on."""

    async def read() -> dict[str, list[str]]:
        found: dict[str, list[str]] = {t: [] for t in ticket_ids}
        async for read in follow(settings, ALL_TOPICS, until_end=True):
            if read.event is not None and read.event.ticket_id in found:
                found[read.event.ticket_id].append(f"{read.topic}[{read.partition}]@{read.offset}")
        return found

    return asyncio.run(read())


def side_effects(url: str) -> list[dict[str, object]]:
    with urllib.request.urlopen(f"{url}/_demo/side-effects", timeout=10) as response:
        effects: list[dict[str, object]] = json.loads(response.read())["side_effects"]
    return effects


def test_every_ticket_reaches_exactly_one_outcome_across_restarts(
    e2e_stack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = e2e_stack
    events = bench_tickets(TICKETS)
    producer = threading.Thread(target=lambda: asyncio.run(produce_slowly(settings, events)))
    producer.start()
    time.sleep(2.5)
    stack.restart("classifier")  # graceful stop and start while tickets flow
    time.sleep(1.0)
    stack.restart("escalator")
    producer.join()
    check_exactly_one_outcome(stack, settings, events)


@pytest.mark.chaos
def test_every_ticket_reaches_exactly_one_outcome_when_the_resolver_is_killed(
    e2e_stack: tuple[DevStack, KafkaSettings],
) -> None:
    """No graceful commit: the killed resolver's in-flight tickets are redelivered to its
    successor, which must neither lose them nor act on them twice."""
    stack, settings = e2e_stack
    events = bench_tickets(TICKETS, prefix="KILL-")
    producer = threading.Thread(target=lambda: asyncio.run(produce_slowly(settings, events)))
    producer.start()
    time.sleep(2.5)
    stack.restart("resolver", hard=True)  # SIGKILL: no graceful commit, messages are redelivered
    producer.join()
    check_exactly_one_outcome(stack, settings, events)


def check_exactly_one_outcome(
    stack: DevStack, settings: KafkaSettings, events: list[ev.TicketReceived]
) -> None:
    expected = {e.ticket_id for e in events}
    prefix = events[0].ticket_id.split("-")[0] + "-"

    ledger = asyncio.run(wait_for_outcomes(settings, expected, timeout_s=240, settle_s=3))

    missing = expected - ledger.outcomes.keys()
    assert not missing, f"{len(missing)} tickets lost: {trace(settings, sorted(missing)[:5])}"
    assert ledger.conflicts == [], f"tickets with two different outcomes: {ledger.conflicts[:3]}"
    outcomes = Counter(o.outcome for t, o in ledger.outcomes.items() if t in expected)
    assert sum(outcomes.values()) == TICKETS
    assert outcomes["resolved"] > 0 and outcomes["escalated"] > 0 and outcomes["drafted"] > 0
    assert outcomes["dead_lettered"] == 0

    effects = [
        e
        for e in side_effects(stack.store_url or "")
        if str(e["idempotency_key"]).startswith(prefix)
    ]
    keys = Counter(str(e["idempotency_key"]) for e in effects)
    assert keys and max(keys.values()) == 1, "an effect was recorded twice"
    replies = Counter(
        str(e["idempotency_key"]).rsplit(":", 1)[0]
        for e in effects
        if e["kind"] == "helpdesk.public_reply"
    )
    assert max(replies.values()) == 1, "a ticket got two public replies"
    assert sum(replies.values()) == outcomes["resolved"]
    kinds = Counter(str(e["kind"]) for e in effects)
    for kind in ("order.refund", "order.update_address", "order.cancel", "helpdesk.internal_note"):
        assert kinds[kind] > 0, f"no {kind} in the demo store: {kinds}"
