"""End-to-end benchmark: the four services vs a plain relay through as many hops."""

from __future__ import annotations

import asyncio
import json
import shutil
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from aiokafka import AIOKafkaConsumer

from supportloop import events as ev
from supportloop.bench.memory import cpu_seconds, rss_mb
from supportloop.classification.bench import run_benchmark as classifier_benchmark
from supportloop.devstack import SERVICES, DevStack
from supportloop.ingest.files import read_tickets
from supportloop.kafka.admin import create_topics
from supportloop.kafka.connection import aiokafka_kwargs
from supportloop.kafka.produce import event_producer
from supportloop.kafka.watch import wait_for_outcomes
from supportloop.settings import KafkaSettings
from supportloop.topics import ALL_TOPICS, INBOUND, TopicSpec

REPO_ROOT = Path(__file__).resolve().parents[2]
RELAY_HOPS = 3  # inbound → classifier → resolver → escalator → hand-off: three services in line
Log = Callable[[str], None]


def bench_tickets(
    count: int,
    source: Path = REPO_ROOT / "data" / "demo" / "tickets.jsonl",
    prefix: str = "BENCH-",
) -> list[ev.TicketReceived]:
    templates = [r.ticket for r in read_tickets(source) if r.ticket is not None]
    return [
        ev.TicketReceived.of(
            templates[i % len(templates)].model_copy(update={"id": f"{prefix}{i:07d}"}), "test"
        )
        for i in range(count)
    ]


async def _produce(
    settings: KafkaSettings, topic: TopicSpec, events: list[ev.TicketReceived]
) -> None:
    async with event_producer(settings) as producer:
        for event in events:
            await producer.send(topic, event)


async def _count_until(settings: KafkaSettings, topic: str, expected: int) -> float:
    consumer = AIOKafkaConsumer(
        topic, **aiokafka_kwargs(settings), group_id="bench-counter", auto_offset_reset="earliest"
    )
    await consumer.start()
    seen = 0
    try:
        while seen < expected:
            batches = await consumer.getmany(timeout_ms=200, max_records=5000)
            seen += sum(len(m) for m in batches.values())
        return time.monotonic()
    finally:
        await consumer.stop()


async def _run_relay(
    stack: DevStack, settings: KafkaSettings, events: list[ev.TicketReceived]
) -> float:
    names = [f"bench.relay.{hop}" for hop in range(RELAY_HOPS + 1)]
    specs = [TopicSpec(name, "ticket_id", ()) for name in names]
    await create_topics(settings, specs)
    for hop in range(RELAY_HOPS):
        stack.start_process(
            f"relay-{hop}",
            [sys.executable, "-m", "supportloop.bench.relay", names[hop], names[hop + 1]],
        )
    await asyncio.sleep(3)  # let the relays join their groups before the clock starts
    counter = asyncio.create_task(_count_until(settings, names[-1], len(events)))
    started = time.monotonic()
    await _produce(settings, specs[0], events)
    finished = await counter
    for hop in range(RELAY_HOPS):
        stack.processes.pop(f"relay-{hop}").stop()
    return len(events) / (finished - started)


class RssSampler:
    def __init__(self, stack: DevStack) -> None:
        self.stack = stack
        self.samples: dict[str, list[float]] = {name: [] for name in SERVICES}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            for name in SERVICES:
                process = self.stack.processes.get(name)
                if process and process.process:
                    value = rss_mb(process.process.pid)
                    if value is not None:
                        self.samples[name].append(value)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def peaks(self) -> dict[str, float]:
        peaks: dict[str, float] = {}
        for name in SERVICES:
            process = self.stack.processes.get(name)
            hwm = rss_mb(process.process.pid, "VmHWM") if process and process.process else None
            observed = max(self.samples[name], default=0.0)
            peaks[name] = round(max(hwm or 0.0, observed), 1)
        return peaks


def cpu_snapshot(stack: DevStack) -> dict[str, float]:
    """CPU seconds used so far by each service, the demo store and the broker."""
    pids = {
        name: process.process.pid
        for name, process in stack.processes.items()
        if process.process is not None
    }
    if stack.broker is not None and stack.broker.process is not None:
        pids["kafka"] = stack.broker.process.pid
    used = {name: cpu_seconds(pid) for name, pid in pids.items()}
    return {name: value for name, value in used.items() if value is not None}


def cpu_ms_per_ticket(
    before: dict[str, float], after: dict[str, float], tickets: int
) -> dict[str, float]:
    return {
        name: round((after[name] - before[name]) * 1000 / tickets, 2)
        for name in after
        if name in before
    }


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def run_benchmark(tickets: int, work_dir: Path, log: Log) -> dict[str, object]:
    shutil.rmtree(work_dir, ignore_errors=True)
    stack = DevStack(work_dir)
    try:
        log("starting Kafka…")
        stack.start_kafka()
        settings = KafkaSettings(bootstrap_servers=stack.bootstrap_servers)
        asyncio.run(create_topics(settings, ALL_TOPICS))
        events = bench_tickets(tickets)
        log("classifier: batch classification on one core…")
        classify = classifier_benchmark()
        log(f"relay: {tickets} messages through {RELAY_HOPS} plain aiokafka hops…")
        relay_tps = asyncio.run(_run_relay(stack, settings, events))
        log(f"relay: {relay_tps:.0f} messages/s; starting the demo store and services…")
        stack.start_demo_store()
        stack.start_services()
        with RssSampler(stack) as sampler:
            log(f"pipeline: {tickets} tickets…")
            cpu_before = cpu_snapshot(stack)
            started = time.monotonic()
            producer = threading.Thread(
                target=lambda: asyncio.run(_produce(settings, INBOUND, events)), daemon=True
            )
            producer.start()
            ledger = asyncio.run(
                wait_for_outcomes(settings, {e.ticket_id for e in events}, timeout_s=1800)
            )
            finished = time.monotonic()
            cpu_after = cpu_snapshot(stack)
            producer.join()
            time.sleep(2)  # steady state after the burst
            steady = {
                name: round(rss_mb(stack.processes[name].process.pid) or 0.0, 1)  # type: ignore[union-attr]
                for name in SERVICES
            }
            peaks = sampler.peaks()
        latencies = [o.latency_ms for o in ledger.outcomes.values() if o.latency_ms is not None]
        pipeline_tps = len(ledger.outcomes) / (finished - started)
        return {
            "tickets": tickets,
            "completed": len(ledger.outcomes),
            "pipeline_tps": round(pipeline_tps, 1),
            "relay_tps": round(relay_tps, 1),
            "ratio": round(pipeline_tps / relay_tps, 3),
            "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
            "p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
            "rss_peak_mb": peaks,
            "rss_steady_mb": steady,
            # Where the machine's time goes: CPU per ticket, per process (2 cores here).
            "cpu_ms_per_ticket": cpu_ms_per_ticket(cpu_before, cpu_after, tickets),
            "classify_tps": round(classify["classify_tps"], 1),
            "classifier_model_load_s": round(classify["model_load_s"], 3),
        }
    finally:
        stack.stop()


def dumps(result: dict[str, object]) -> str:
    return json.dumps(result, separators=(", ", ": "))
