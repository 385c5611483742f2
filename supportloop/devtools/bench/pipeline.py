"""End-to-end benchmark: the four services vs a plain relay through as many hops."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import statistics
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaConsumer

from supportloop.adapters.ingest.files import read_tickets
from supportloop.adapters.kafka.admin import create_topics
from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.core import events as ev
from supportloop.core.classification.bench import run_benchmark as classifier_benchmark
from supportloop.core.metrics import names
from supportloop.core.topics import ALL_TOPICS, INBOUND, TopicSpec
from supportloop.devtools.bench.memory import cpu_seconds, rss_mb
from supportloop.devtools.bench.scale_out import restart_seconds, run_two_workers, topic_records
from supportloop.devtools.demo_store.shopify_graphql import UNLIMITED
from supportloop.devtools.devstack import SERVICES, DevStack
from supportloop.devtools.local_broker import free_port
from supportloop.settings import KafkaSettings

REPO_ROOT = Path(__file__).resolve().parents[3]
RELAY_HOPS = 3  # inbound → classifier → resolver → escalator → hand-off: three services in line
RELAY_JOIN_S = 3.0
# After the burst: tickets at a steady rate well under capacity, for latency as customers see it.
STEADY_TPS = 20.0
STEADY_SECONDS = 20.0
Log = Callable[[str], None]


DEMO_TICKETS = REPO_ROOT / "data" / "demo" / "tickets.jsonl"


def ticket_copies(count: int, prefix: str, source: Path = DEMO_TICKETS) -> list[ev.Ticket]:
    """`count` demo tickets, round robin, with ids `<prefix><number>`."""
    templates = [r.ticket for r in read_tickets(source) if r.ticket is not None]
    return [
        templates[i % len(templates)].model_copy(update={"id": f"{prefix}{i:07d}"})
        for i in range(count)
    ]


def bench_tickets(
    count: int, source: Path = DEMO_TICKETS, prefix: str = "BENCH-"
) -> list[ev.TicketReceived]:
    return [ev.TicketReceived.of(ticket, "test") for ticket in ticket_copies(count, prefix, source)]


async def _produce(
    settings: KafkaSettings, topic: TopicSpec, events: list[ev.TicketReceived]
) -> None:
    async with event_producer(settings) as producer:
        for event in events:
            await producer.send(topic, event)


async def _produce_steadily(
    settings: KafkaSettings, topic: TopicSpec, tickets: list[ev.Ticket], rate: float
) -> None:
    """One ticket every 1/rate seconds, each stamped received when it is sent."""
    async with event_producer(settings) as producer:
        started = time.monotonic()
        for index, ticket in enumerate(tickets):
            delay = started + index / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            await producer.send(topic, ev.TicketReceived.of(ticket, "test"))


def steady_latencies(settings: KafkaSettings) -> list[float]:
    count = int(STEADY_TPS * STEADY_SECONDS)
    tickets = ticket_copies(count, prefix="STEADY-")
    sender = threading.Thread(
        target=lambda: asyncio.run(_produce_steadily(settings, INBOUND, tickets, STEADY_TPS)),
        daemon=True,
    )
    sender.start()
    ids = {t.id for t in tickets}
    ledger = asyncio.run(wait_for_outcomes(settings, ids, timeout_s=STEADY_SECONDS + 300))
    sender.join()
    return [
        o.latency_ms
        for tid, o in ledger.outcomes.items()
        if tid in ids and o.latency_ms is not None
    ]


async def _count_until(
    settings: KafkaSettings, topic: str, expected: int, kind: str, stall_s: float = 120.0
) -> float:
    """Read `topic` until `expected` messages arrived; the time the last one was seen."""
    consumer = AIOKafkaConsumer(
        topic,
        **aiokafka_kwargs(settings),
        group_id=f"bench-counter-{kind}",
        auto_offset_reset="earliest",
    )
    await consumer.start()
    seen = 0
    progress_at = time.monotonic()
    try:
        while seen < expected:
            batches = await consumer.getmany(timeout_ms=200, max_records=5000)
            arrived = sum(len(m) for m in batches.values())
            seen += arrived
            if arrived:
                progress_at = time.monotonic()
            elif time.monotonic() - progress_at > stall_s:
                raise RuntimeError(f"{kind}: {seen} of {expected} messages reached {topic}")
        return time.monotonic()
    finally:
        await consumer.stop()


@dataclass(frozen=True)
class RelayRun:
    tps: float
    cpu_ms_per_ticket: dict[str, float]

    @property
    def total_cpu_ms_per_ticket(self) -> float:
        return round(sum(self.cpu_ms_per_ticket.values()), 2)


def plain_relay(hop: int, source: str, target: str) -> list[str]:
    return [sys.executable, "-m", "supportloop.devtools.bench.relay", source, target]


def faust_relay(hop: int, source: str, target: str) -> list[str]:
    name = f"bench-relay-{hop}"
    return [sys.executable, "-m", "supportloop.devtools.bench.faust_relay", name, source, target]


async def _run_relay(
    stack: DevStack,
    settings: KafkaSettings,
    events: list[ev.TicketReceived],
    kind: str,
    command: Callable[[int, str, str], list[str]],
    serves_health: bool = False,
) -> RelayRun:
    names = [f"bench.{kind}.{hop}" for hop in range(RELAY_HOPS + 1)]
    specs = [TopicSpec(name, "ticket_id", ()) for name in names]
    await create_topics(settings, specs)
    hops = [f"{kind}-{hop}" for hop in range(RELAY_HOPS)]
    for hop, name in enumerate(hops):
        port = free_port()
        stack.start_process(
            name,
            command(hop, names[hop], names[hop + 1]),
            env={
                "SUPPORTLOOP_WEB_PORT": str(port),
                "SUPPORTLOOP_DATA_DIR": str(stack.work_dir / "data"),
            },
            port=port if serves_health else None,
        )
    for name in hops:
        await asyncio.to_thread(stack.processes[name].wait_healthy)
    await asyncio.sleep(RELAY_JOIN_S)  # let the relays join their groups before the clock starts
    counter = asyncio.create_task(_count_until(settings, names[-1], len(events), kind))
    cpu_before = cpu_snapshot(stack)
    started = time.monotonic()
    await _produce(settings, specs[0], events)
    finished = await counter
    cpu_after = cpu_snapshot(stack)
    for name in hops:
        stack.processes.pop(name).stop()
    cpu = cpu_ms_per_ticket(cpu_before, cpu_after, len(events))
    return RelayRun(len(events) / (finished - started), cpu)


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


def gauge(stack: DevStack, service: str, name: str) -> float | None:
    port = stack.processes[service].port
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    match = re.search(rf"^{re.escape(name)} (\S+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else None


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def run_benchmark(tickets: int, work_dir: Path, log: Log) -> dict[str, object]:
    shutil.rmtree(work_dir, ignore_errors=True)
    stack = DevStack(work_dir, shopify_plan=UNLIMITED)
    try:
        log("starting Kafka…")
        stack.start_kafka()
        settings = KafkaSettings(bootstrap_servers=stack.bootstrap_servers)
        asyncio.run(create_topics(settings, ALL_TOPICS))
        events = bench_tickets(tickets)
        log("classifier: batch classification on one core…")
        classify = classifier_benchmark()
        log(f"relay: {tickets} messages through {RELAY_HOPS} plain aiokafka hops…")
        relay = asyncio.run(_run_relay(stack, settings, events, "relay", plain_relay))
        log(f"relay: {relay.tps:.0f} messages/s; the same hops as Faust apps that do no work…")
        framework = asyncio.run(
            _run_relay(stack, settings, events, "faust", faust_relay, serves_health=True)
        )
        log(f"faust relay: {framework.tps:.0f} messages/s; starting the demo store and services…")
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
        log(f"steady load: {STEADY_TPS:.0f} tickets/s for {STEADY_SECONDS:.0f} s…")
        steady_ms = steady_latencies(settings)
        log("metrics: restart, read the run's events back into the weekly book…")
        restart_started = time.monotonic()
        stack.restart("metrics")  # healthy once the book is rebuilt
        metrics_restart_s = time.monotonic() - restart_started
        log("state: records in the tables' changelogs; a resolver restart reads them back…")
        records = asyncio.run(topic_records(settings))
        changelogs = {t: n for t, n in records.items() if t.endswith("-changelog")}
        handled = tickets + int(STEADY_TPS * STEADY_SECONDS)
        resolver_restart_s = restart_seconds(stack, "resolver")
        two_workers = run_two_workers(
            stack, settings, bench_tickets(tickets, prefix="TWO-"), cpu_snapshot, log
        )
        per_process = cpu_ms_per_ticket(cpu_before, cpu_after, tickets)
        latencies = [o.latency_ms for o in ledger.outcomes.values() if o.latency_ms is not None]
        pipeline_tps = len(ledger.outcomes) / (finished - started)
        return {
            "tickets": tickets,
            "completed": len(ledger.outcomes),
            "pipeline_tps": round(pipeline_tps, 1),
            "relay_tps": round(relay.tps, 1),
            "ratio": round(pipeline_tps / relay.tps, 3),
            "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
            "p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
            # The same pipeline at a steady STEADY_TPS: latency when it is not queueing.
            "steady_tps": STEADY_TPS,
            "steady_p50_ms": round(statistics.median(steady_ms), 1) if steady_ms else None,
            "steady_p99_ms": round(percentile(steady_ms, 99), 1) if steady_ms else None,
            "rss_peak_mb": peaks,
            "rss_steady_mb": steady,
            # Where the machine's time goes: CPU per ticket, per process (2 cores here).
            "cpu_ms_per_ticket": per_process,
            "pipeline_cpu_ms_per_ticket": round(sum(per_process.values()), 2),
            # The same hops as Faust apps doing no work: what the framework alone allows.
            "faust_relay_tps": round(framework.tps, 1),
            "faust_relay_ratio": round(framework.tps / relay.tps, 3),
            # CPU per message of each relay, broker included: the budget a ratio implies.
            "relay_cpu_ms_per_ticket": relay.total_cpu_ms_per_ticket,
            "faust_relay_cpu_ms_per_ticket": framework.total_cpu_ms_per_ticket,
            # Restart of the metrics service until ready, its weekly book rebuilt.
            "metrics_restart_s": round(metrics_restart_s, 1),
            "metrics_rebuilt_events": gauge(stack, "metrics", names.REBUILD_EVENTS),
            # What each ticket leaves in the tables (read back by a restarted worker), and
            # how long a resolver restart takes with this run's state.
            "changelog_records_per_ticket": round(sum(changelogs.values()) / handled, 2),
            "bus_records_per_ticket": round(sum(records.values()) / handled, 2),
            "changelog_records": changelogs,
            "resolver_restart_s": resolver_restart_s,
            # The same burst with two workers per scalable service (one partition set).
            **two_workers,
            "classify_tps": round(classify["classify_tps"], 1),
            "classifier_model_load_s": round(classify["model_load_s"], 3),
        }
    finally:
        stack.stop()


def dumps(result: dict[str, object]) -> str:
    return json.dumps(result, separators=(", ", ": "))
