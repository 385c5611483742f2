"""The benchmark's two reference relays (plain aiokafka, and Faust doing no work) forward
every message unchanged through all hops on a real broker, and are timed and costed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer

from supportloop.adapters.kafka.admin import create_topics
from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.adapters.kafka.reader import read_all
from supportloop.core import events as ev
from supportloop.core.topics import TopicSpec
from supportloop.devtools.bench.pipeline import (
    RELAY_HOPS,
    RelayRun,
    _count_until,
    _produce_steadily,
    _run_relay,
    bench_tickets,
    faust_relay,
    plain_relay,
    ticket_copies,
)
from supportloop.devtools.devstack import DevStack
from supportloop.settings import KafkaSettings

pytestmark = pytest.mark.integration
MESSAGES = 300


async def read_records(
    settings: KafkaSettings, topic: str, expected: int
) -> set[tuple[bytes, bytes]]:
    consumer = AIOKafkaConsumer(
        topic, **aiokafka_kwargs(settings), group_id=f"check-{topic}", auto_offset_reset="earliest"
    )
    await consumer.start()
    records: set[tuple[bytes, bytes]] = set()
    try:
        for _ in range(100):
            batches = await consumer.getmany(timeout_ms=300)
            records |= {(m.key, m.value) for ms in batches.values() for m in ms}
            if len(records) >= expected:
                break
        return records
    finally:
        await consumer.stop()


@pytest.mark.parametrize(
    ("kind", "command", "serves_health"),
    [("plainrelay", plain_relay, False), ("faustrelay", faust_relay, True)],
)
def test_a_relay_forwards_every_message_unchanged_and_is_timed(
    kafka_settings: KafkaSettings, tmp_path: Path, kind: str, command: object, serves_health: bool
) -> None:
    stack = DevStack(tmp_path, external_bootstrap=kafka_settings.bootstrap_servers)
    events = bench_tickets(MESSAGES, prefix=f"{kind.upper()}-")
    try:
        run = asyncio.run(
            _run_relay(stack, kafka_settings, events, kind, command, serves_health)  # type: ignore[arg-type]
        )
    finally:
        stack.stop()
    assert isinstance(run, RelayRun)
    assert run.tps > 0
    assert set(run.cpu_ms_per_ticket) == {f"{kind}-{hop}" for hop in range(RELAY_HOPS)}
    assert run.total_cpu_ms_per_ticket > 0
    sent = asyncio.run(read_records(kafka_settings, f"bench.{kind}.0", MESSAGES))
    arrived = asyncio.run(read_records(kafka_settings, f"bench.{kind}.{RELAY_HOPS}", MESSAGES))
    assert {key for key, _ in sent} == {e.ticket_id.encode() for e in events}
    assert arrived == sent


def test_counting_gives_up_with_a_clear_error_when_messages_stop_arriving(
    kafka_settings: KafkaSettings,
) -> None:
    asyncio.run(create_topics(kafka_settings, [TopicSpec("bench.nothing", "ticket_id", ())]))
    with pytest.raises(RuntimeError, match=r"0 of 5 messages reached bench\.nothing"):
        asyncio.run(_count_until(kafka_settings, "bench.nothing", 5, "stalled", stall_s=1.0))


def test_steady_load_stamps_each_ticket_when_it_is_sent(kafka_settings: KafkaSettings) -> None:
    topic = TopicSpec("bench.steady", "ticket_id", ())
    asyncio.run(create_topics(kafka_settings, [topic]))
    tickets = ticket_copies(6, prefix="PACED-")
    asyncio.run(_produce_steadily(kafka_settings, topic, tickets, rate=10.0))
    received = asyncio.run(read_all_events(kafka_settings, topic))
    assert sorted(e.ticket_id for e in received) == [t.id for t in tickets]
    stamps = sorted(e.received_at for e in received)
    assert (stamps[-1] - stamps[0]).total_seconds() >= 0.5  # 5 gaps of ≥ 0.1 s


async def read_all_events(settings: KafkaSettings, topic: TopicSpec) -> list[ev.TicketReceived]:
    return [e for e in await read_all(settings, [topic]) if isinstance(e, ev.TicketReceived)]


def test_the_bench_counts_every_record_of_every_pipeline_topic(
    kafka_settings: KafkaSettings,
) -> None:
    """topic_records: what a restarted worker reads back (a changelog) and what the broker
    carries per ticket; the relays' own topics are not the pipeline's."""
    from supportloop.adapters.kafka.produce import event_producer
    from supportloop.devtools.bench.scale_out import topic_records

    specs = [
        TopicSpec("records-check.tickets", "ticket_id", ()),
        TopicSpec("bench.records-check", "ticket_id", ()),
    ]
    asyncio.run(create_topics(kafka_settings, specs))
    events = bench_tickets(12, prefix="REC-")

    async def produce() -> None:
        async with event_producer(kafka_settings) as producer:
            for spec in specs:
                for event in events:
                    await producer.send(spec, event)

    asyncio.run(produce())
    counts = asyncio.run(topic_records(kafka_settings))
    assert counts["records-check.tickets"] == 12
    assert not any(name.startswith("bench") for name in counts)
