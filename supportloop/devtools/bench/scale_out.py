"""The benchmark's scale-out figures: the same burst through two workers per scalable service,
the state each ticket leaves in the tables' changelogs, and how long a restarted resolver
takes to read its tables back (the inputs of docs/capacity.md)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer, TopicPartition

from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.core import events as ev
from supportloop.core.topics import INBOUND
from supportloop.devtools.devstack import DevStack
from supportloop.settings import KafkaSettings

SCALED = ("classifier", "resolver", "escalator")
REBALANCE_SETTLE_S = 5.0
Log = Callable[[str], None]


async def topic_records(settings: KafkaSettings) -> dict[str, int]:
    """Records in each of the pipeline's topics, the tables' changelogs among them (end minus
    start offsets; a changelog's is what a restarted worker reads back before it is ready).
    The benchmark's relay topics (``bench.*``) are left out."""
    consumer = AIOKafkaConsumer(**aiokafka_kwargs(settings), enable_auto_commit=False)
    await consumer.start()
    try:
        # a consumer knows the partitions of what it subscribed to only: ask for all of it
        cluster = await consumer._client.fetch_all_metadata()
        counts: dict[str, int] = {}
        for topic in sorted(cluster.topics()):
            if topic.startswith(("bench", "__")):
                continue
            parts = [TopicPartition(topic, p) for p in cluster.partitions_for_topic(topic) or ()]
            ends = await consumer.end_offsets(parts)
            starts = await consumer.beginning_offsets(parts)
            counts[topic] = sum(ends[tp] - starts[tp] for tp in parts)
        return counts
    finally:
        await consumer.stop()


def per_service(cpu_ms: dict[str, float]) -> dict[str, float]:
    """CPU ms per ticket summed over each service's workers ("resolver", "resolver-2", …)."""
    summed: dict[str, float] = {}
    for name, value in cpu_ms.items():
        service = name.rsplit("-", 1)[0] if name.rsplit("-", 1)[-1].isdigit() else name
        summed[service] = round(summed.get(service, 0.0) + value, 2)
    return summed


async def _burst(settings: KafkaSettings, events: list[ev.TicketReceived]) -> None:
    async with event_producer(settings) as producer:
        for event in events:
            await producer.send(INBOUND, event)


def run_two_workers(
    stack: DevStack,
    settings: KafkaSettings,
    events: list[ev.TicketReceived],
    cpu_snapshot: Callable[[DevStack], dict[str, float]],
    log: Log,
) -> dict[str, object]:
    """A second worker for each scalable service, then the burst again."""
    for service in SCALED:
        stack.start_service(service, replica=f"{service}-2")
    for service in SCALED:
        stack.processes[f"{service}-2"].wait_healthy()
    time.sleep(REBALANCE_SETTLE_S)  # the groups rebalance onto two workers
    log(f"two workers per service: {len(events)} tickets…")
    before = cpu_snapshot(stack)
    started = time.monotonic()
    producer = threading.Thread(target=lambda: asyncio.run(_burst(settings, events)), daemon=True)
    producer.start()
    ids = {e.ticket_id for e in events}
    ledger = asyncio.run(wait_for_outcomes(settings, ids, timeout_s=1800))
    finished = time.monotonic()
    completed = len(ids & ledger.outcomes.keys())  # the topic also holds the earlier runs
    after = cpu_snapshot(stack)
    producer.join()
    cpu_ms = {
        name: round((after[name] - before[name]) * 1000 / len(events), 2)
        for name in after
        if name in before
    }
    return {
        "two_workers_tps": round(completed / (finished - started), 1),
        "two_workers_completed": completed,
        "two_workers_cpu_ms_per_ticket": per_service(cpu_ms),
    }


def restart_seconds(stack: DevStack, name: str) -> float:
    """A graceful restart of one worker until it is healthy: its tables read back."""
    started = time.monotonic()
    stack.restart(name)
    return round(time.monotonic() - started, 1)
