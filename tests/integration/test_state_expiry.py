"""State that does not grow forever (issue 18): with a fast-forwarded clock, weeks of tickets
go through a service's ticket tables on a real broker while the expiry sweep runs each
simulated day. What a restarted worker reads back stays one lifetime's worth of tickets,
whether the history is 6 weeks or 4 times as long.

Compaction is stood in for by reading each changelog and keeping the latest record of every
key, dropping tombstones: what the broker's cleaner leaves once it has run. The restart reads
that compacted log (written to a second installation's changelogs) and the full one."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from supportloop.adapters.kafka.admin import create_topics
from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.adapters.runtime.expiry import StampedTable
from supportloop.adapters.runtime.faust_app import ServiceApp, process_events
from supportloop.adapters.runtime.ledger import TicketTableLedger
from supportloop.core.topics import INBOUND
from supportloop.devtools.local_broker import free_port
from supportloop.settings import KafkaSettings, ServiceSettings

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

T0 = datetime(2026, 1, 5, tzinfo=UTC)
TICKETS_PER_DAY = 30
FOLLOW_UP_AFTER = timedelta(days=3)  # every third ticket writes again: a customer's reply
TABLES = ("resolver-decisions", "resolver-ledger")
Changelog = dict[int, list[tuple[bytes, bytes | None]]]  # partition → (key, value) in order


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Run:
    tickets: int
    expired: int  # entries the sweeps deleted (supportloop_table_entries_expired_total)
    records: int  # in the changelogs as written (before compaction)
    live: int  # what compaction leaves: keys whose latest record is not a tombstone
    tickets_in_last_lifetime: int
    read_back: int  # entries a worker restarted on the full changelogs holds
    read_back_compacted: int  # ... on the compacted changelogs
    restart_s: float  # start to tables recovered, on the compacted changelogs
    restart_full_s: float  # ... on the full ones (no compaction in this test)


def service_app(
    kafka: KafkaSettings, data_dir: Path, clock: Clock
) -> tuple[ServiceApp, dict[str, StampedTable]]:
    settings = ServiceSettings(data_dir=data_dir, web_port=free_port())  # 21-day lifetime
    service = ServiceApp("resolver", kafka, settings, clock=clock)
    tables = {name: service.ticket_table(name) for name in TABLES}

    @service.app.agent(service.topic(INBOUND), name="idle")
    async def idle(stream: Any) -> None:  # the group's assignment gives the tables partitions
        await process_events(stream, lambda message: asyncio.sleep(0))

    return service, tables


async def started(service: ServiceApp) -> float:
    began = time.monotonic()
    await service.app.start()
    await service.app.tables.recovery.completed.wait()
    return time.monotonic() - began


async def simulate(kafka: KafkaSettings, data_dir: Path, days: int) -> tuple[int, int]:
    """``days`` of tickets, TICKETS_PER_DAY a day, one sweep a day: the tickets, and the
    entries the sweeps deleted (as the service's metric counts them)."""
    clock = Clock()
    service, tables = service_app(kafka, data_dir, clock)
    await started(service)
    decisions = tables["resolver-decisions"]
    ledger = TicketTableLedger(tables["resolver-ledger"])
    follow_ups: dict[int, list[str]] = {}
    for day in range(days):
        clock.now = T0 + timedelta(days=day)
        for n in range(TICKETS_PER_DAY):
            ticket = f"T{day:03d}-{n:02d}"
            decisions[ticket.encode()] = json.dumps({"": [{"event": "resolved"}]}).encode()
            await ledger.record(f"{ticket}:decision", {"action": "send_tracking"})
            if n % 3 == 0:
                follow_ups.setdefault(day + FOLLOW_UP_AFTER.days, []).append(ticket)
        for ticket in follow_ups.pop(day, []):
            turns = {"": [{"event": "resolved"}], "m2": [{"event": "resolved"}]}
            decisions[ticket.encode()] = json.dumps(turns).encode()
            await ledger.record(f"{ticket}:@m2:decision", {"action": "send_tracking"})
        await service.expire_state()
    await service.flush_tables()
    await service.app.stop()
    counted = [
        service.metrics.registry.get_sample_value(
            "supportloop_table_entries_expired_total",
            {"service": "resolver", "table": table, "entry": "closed"},
        )
        for table in TABLES
    ]
    return days * TICKETS_PER_DAY, int(sum(n or 0 for n in counted))


def changelog_name(kafka: KafkaSettings, table: str) -> str:
    return f"{kafka.topic_prefix}supportloop-resolver-{table}-changelog"


async def read_changelog(kafka: KafkaSettings, topic: str) -> Changelog:
    consumer = AIOKafkaConsumer(enable_auto_commit=False, **aiokafka_kwargs(kafka))
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, p) for p in range(kafka.partitions)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        records: Changelog = {p.partition: [] for p in partitions}
        while any([await consumer.position(tp) < end for tp, end in ends.items()]):
            for tp, batch in (await consumer.getmany(timeout_ms=1000)).items():
                records[tp.partition] += [(r.key, r.value) for r in batch]
        return records
    finally:
        await consumer.stop()


def compacted(records: Changelog) -> Changelog:
    """The latest record of each key, tombstoned keys dropped (as the cleaner leaves it)."""
    kept: Changelog = {}
    for partition, log in records.items():
        latest = dict(log)
        kept[partition] = [(key, value) for key, value in latest.items() if value is not None]
    return kept


async def write_changelog(kafka: KafkaSettings, topic: str, records: Changelog) -> None:
    producer = AIOKafkaProducer(**aiokafka_kwargs(kafka))
    await producer.start()
    try:
        for partition, log in records.items():
            for key, value in log:
                await producer.send(topic, value, key=key, partition=partition)
        await producer.flush()
    finally:
        await producer.stop()


async def restarted(kafka: KafkaSettings, data_dir: Path) -> tuple[int, float]:
    """Entries a new worker holds once its tables are recovered, and how long that took."""
    service, tables = service_app(kafka, data_dir, Clock())
    took = await started(service)
    held = sum(len(table) for table in tables.values())
    await service.app.stop()
    return held, took


async def history(kafka: KafkaSettings, tmp: Path, days: int) -> Run:
    prefix = kafka.topic_prefix
    written = kafka.model_copy(update={"topic_prefix": f"{prefix}{days}d."})
    restored = kafka.model_copy(update={"topic_prefix": f"{prefix}{days}d-compacted."})
    for installation in (written, restored):
        await create_topics(installation, [INBOUND])
    tickets, expired = await simulate(written, tmp / "writer", days)
    await service_app(restored, tmp / "prepare", Clock())[0].prepare_changelogs()
    records = live = 0
    for table in TABLES:
        log = await read_changelog(written, changelog_name(written, table))
        kept = compacted(log)
        records += sum(len(part) for part in log.values())
        live += sum(len(part) for part in kept.values())
        await write_changelog(restored, changelog_name(restored, table), kept)
    read_back, restart_full_s = await restarted(written, tmp / "full")
    read_back_compacted, took = await restarted(restored, tmp / "compacted")
    lifetime_days = ServiceSettings().state_ttl_days
    return Run(
        tickets=tickets,
        expired=expired,
        records=records,
        live=live,
        tickets_in_last_lifetime=min(days, lifetime_days) * TICKETS_PER_DAY,
        read_back=read_back,
        read_back_compacted=read_back_compacted,
        restart_s=took,
        restart_full_s=restart_full_s,
    )


@pytest.fixture
def unique_kafka(kafka_settings: KafkaSettings) -> KafkaSettings:
    return kafka_settings.model_copy(update={"topic_prefix": f"expiry{time.time_ns()}."})


def test_what_a_restart_reads_back_stays_flat_as_history_grows(
    unique_kafka: KafkaSettings, tmp_path: Path
) -> None:
    async def both() -> tuple[Run, Run]:
        short = await history(unique_kafka, tmp_path / "6w", 42)
        long = await history(unique_kafka, tmp_path / "24w", 168)
        return short, long

    short, long = asyncio.run(both())
    print(f"\n6 weeks: {short}\n24 weeks: {long}")  # the figures, with pytest -s
    assert long.tickets == 4 * short.tickets
    # Without expiry every ticket's entries stay (2 tables): 4 times as many records.
    # With it, about a lifetime of tickets is alive, whatever the history.
    for run in (short, long):
        assert run.live <= 2 * run.tickets_in_last_lifetime * 1.1
        assert run.live >= 2 * run.tickets_in_last_lifetime * 0.9
        assert run.read_back == run.read_back_compacted == run.live
        assert run.live + run.expired == len(TABLES) * run.tickets  # one key per ticket each
    assert abs(long.live - short.live) <= 0.05 * short.live
    # The uncompacted changelogs grow with the history (tombstones included) ...
    assert long.records > 3 * short.records
    # ... what compaction leaves does not, and nor does the restart that reads it.
    assert long.restart_s < max(2 * short.restart_s, short.restart_s + 2.0)
