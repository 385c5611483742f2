"""Scale out as an operator runs it (issue 18): two workers of the classifier, resolver and
escalator in their consumer groups, on a broker of the test's own and the strict demo store
(no idempotency key absorbs a repeat, as with Zendesk). While 1,200 tickets flow, a resolver
and a classifier are SIGKILLed for good (their partitions go to the survivors), a resolver
is added, every service is restarted one worker at a time (what ``helm upgrade`` does), and
the broker is SIGKILLed and started again. Every ticket ends with exactly one outcome, and
the store's log of applied writes holds no effect twice."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest

from supportloop.adapters.kafka.admin import create_topics
from supportloop.adapters.kafka.produce import event_producer
from supportloop.core import events as ev
from supportloop.core.topics import INBOUND
from supportloop.devtools.bench.pipeline import bench_tickets
from supportloop.devtools.demo.flags import demo_flips, publish_flips
from supportloop.devtools.devstack import DevStack
from supportloop.settings import KafkaSettings
from tests.e2e.test_pipeline_e2e import TICKETS, check_exactly_one_outcome

pytestmark = [pytest.mark.e2e, pytest.mark.chaos]
SCALED = ("classifier", "resolver", "escalator")
# Between two disruptions the groups finish rebalancing (a session timeout's worth). Left to
# overlap (a worker joining while the broker crashes), faust-streaming 0.15 has been seen to
# leave a partition assigned but never fetched ("exception performing seek when flow not
# active"): a known open risk, watched by the consumer-lag alert, not what this test is for.
SETTLE_S = 6.0


@pytest.fixture
def scaled_stack(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    """Its own broker (this test kills it), four partitions, two workers per scaled service."""
    work = tmp_path_factory.mktemp("scale-out")
    stack = DevStack(work, partitions=4)
    try:
        stack.start_kafka()
        settings = KafkaSettings(
            bootstrap_servers=stack.bootstrap_servers, partitions=4, topic_prefix="e2e-scale."
        )
        stack.extra_env["SUPPORTLOOP_KAFKA_TOPIC_PREFIX"] = settings.topic_prefix
        asyncio.run(create_topics(settings))
        stack.start_demo_store()
        asyncio.run(publish_flips(settings, demo_flips()))
        for service in SCALED:
            stack.start_service(service, replica=f"{service}-1")
            stack.start_service(service, replica=f"{service}-2")
        stack.start_service("metrics")
        for process in stack.processes.values():
            process.wait_healthy()
        yield stack, settings
    finally:
        stack.stop()


async def produce_at(settings: KafkaSettings, events: list[ev.TicketReceived], rate: int) -> None:
    """``rate`` tickets a second, through whatever happens to the broker meanwhile."""
    async with event_producer(settings) as producer:
        for index, event in enumerate(events):
            await producer.send(INBOUND, event)
            if index % rate == rate - 1:
                await producer.flush()
                await asyncio.sleep(1.0)


def rolling_restart(stack: DevStack) -> None:
    """One worker at a time, each back and healthy before the next goes."""
    for name in [n for n in list(stack.processes) if n != "demo-store"]:
        if stack.processes[name].running:
            stack.restart(name)


def test_two_workers_per_service_through_kills_additions_a_rolling_restart_and_a_broker_crash(
    scaled_stack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = scaled_stack
    assert stack.broker is not None
    events = bench_tickets(TICKETS, prefix="SCALE-")
    producer = threading.Thread(target=lambda: asyncio.run(produce_at(settings, events, 100)))
    producer.start()
    time.sleep(2.0)
    stack.processes["resolver-2"].kill()  # for good: its partitions go to resolver-1
    time.sleep(SETTLE_S)
    stack.processes["classifier-2"].kill()
    time.sleep(SETTLE_S)
    stack.start_service("resolver", replica="resolver-3").wait_healthy()  # added mid-run
    time.sleep(SETTLE_S)
    stack.broker.crash_and_restart()  # tickets in flight
    time.sleep(SETTLE_S)
    rolling_restart(stack)
    producer.join()
    check_exactly_one_outcome(stack, settings, events)
    assert not stack.processes["resolver-2"].running
    assert all(stack.processes[n].running for n in ("resolver-1", "resolver-3", "escalator-2"))
