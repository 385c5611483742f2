"""Faust glue shared by the four services: the app, its pages, topics and publisher."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any

import faust
from prometheus_client import CollectorRegistry

from supportloop.adapters.codec import EVENT_CODEC
from supportloop.adapters.kafka.admin import create_topics, wait_for_topics
from supportloop.adapters.kafka.connection import faust_broker_kwargs
from supportloop.adapters.runtime import faust_fetch, faust_offsets
from supportloop.adapters.runtime.faust_sensors import setup_lean_prometheus_sensors
from supportloop.adapters.runtime.metrics import ServiceMetrics
from supportloop.adapters.runtime.stage import Publish, PublishFn, RawMessage, RetryPolicy, Stage
from supportloop.adapters.runtime.stall_guard import PartitionState, StallGuard
from supportloop.core.topics import TopicSpec
from supportloop.errors import TransientError
from supportloop.settings import DEFAULT_WEB_PORTS, KafkaSettings, ServiceSettings

log = logging.getLogger(__name__)
faust_offsets.install()
faust_fetch.install()
# Consumers read raw bytes and validate at the edge, so a poison message can be dead-lettered.
_RAW_BYTES: dict[str, Any] = {
    "key_type": bytes,
    "value_type": bytes,
    "key_serializer": "raw",
    "value_serializer": "raw",
}


class _App(faust.App):  # type: ignore[misc]
    """faust.App with a hook that runs once, before any consumer or table starts."""

    before_start: Callable[[], Awaitable[None]] | None = None

    async def on_first_start(self) -> None:
        await super().on_first_start()
        if self.before_start is not None:
            await self.before_start()


class ServiceApp:
    """A Faust app plus what every SupportLoop service needs around it."""

    def __init__(
        self,
        service: str,
        kafka: KafkaSettings,
        settings: ServiceSettings,
        registry: CollectorRegistry | None = None,
    ) -> None:
        self.service = service
        self.kafka = kafka
        self.settings = settings
        self.metrics = ServiceMetrics.create(registry)
        datadir = settings.data_dir / service
        datadir.parent.mkdir(parents=True, exist_ok=True)
        port = settings.web_port if settings.web_port is not None else DEFAULT_WEB_PORTS[service]
        self.app = _App(
            # The prefix keeps two installations on one cluster apart: groups, changelogs.
            f"{kafka.topic_prefix}supportloop-{service}",
            **faust_broker_kwargs(kafka),
            store=settings.store,
            datadir=str(datadir),
            web_port=port,
            web_bind=settings.web_host,
            web_host=settings.web_host,
            topic_partitions=kafka.partitions,
            topic_replication_factor=kafka.replication_factor,
            consumer_auto_offset_reset="earliest",
            producer_acks=-1,
            producer_linger_ms=5,
            broker_commit_every=1000,
            # A crashed worker's partitions move after this long (Faust's default is 60 s).
            broker_session_timeout=15.0,
            broker_heartbeat_interval=3.0,
            broker_commit_interval=1.0,
            stream_buffer_maxsize=4096,
            autodiscover=False,
            topic_disable_leader=True,
        )
        self.app.before_start = self.prepare_changelogs
        self._topics: dict[str, faust.TopicT] = {}
        self.ready = False
        self._startup_steps: dict[str, asyncio.Event] = {}
        self._add_pages()
        self._add_lag_timer()
        self._add_stall_guard()

        @self.app.on_partitions_assigned.connect
        async def _assigned(*_: Any, **__: Any) -> None:
            self.ready = True

    def startup_step(self, name: str) -> asyncio.Event:
        """Start-up work (e.g. a rebuild) the service is not ready before: set it when done."""
        return self._startup_steps.setdefault(name, asyncio.Event())

    @property
    def pending(self) -> list[str]:
        return sorted(name for name, done in self._startup_steps.items() if not done.is_set())

    def topics(self, *specs: TopicSpec) -> faust.TopicT:
        """One channel over several topics (raw bytes), for an agent that observes them all.

        Give every topic to one agent only: a message delivered to two agents of one app
        is never fully acknowledged if a rebalance drops it from one agent's buffer, and
        the rebalance then waits for it forever.
        """
        names = [spec.full_name(self.kafka.topic_prefix) for spec in specs]
        faust_offsets.declare_contiguous(
            name for name, spec in zip(names, specs, strict=True) if spec.cleanup_policy == "delete"
        )
        return self.app.topic(*names, **_RAW_BYTES)

    def topic(self, spec: TopicSpec) -> faust.TopicT:
        name = spec.full_name(self.kafka.topic_prefix)
        if spec.cleanup_policy == "delete":
            faust_offsets.declare_contiguous([name])
        if name not in self._topics:
            self._topics[name] = self.app.topic(
                name,
                **_RAW_BYTES,
                partitions=spec.partitions or self.kafka.partitions,
                internal=False,
            )
        return self._topics[name]

    def ticket_table(self, name: str) -> Any:
        """A changelog-backed table keyed by ticket id bytes, written while handling that
        ticket's event, so each entry lives on the ticket's partition and moves with it."""
        # key_type/value_type=bytes make Faust read the changelog back raw on recovery.
        return self.app.Table(name, key_type=bytes, value_type=bytes)

    def changelog_specs(self) -> list[TopicSpec]:
        return [
            TopicSpec(
                table.changelog_topic.get_topic_name(),
                "ticket_id",
                (),
                cleanup_policy="compact",
                retention_ms=None,
                partitions=table.partitions or self.kafka.partitions,
            )
            for table in self.app.tables.values()
        ]

    async def prepare_changelogs(self) -> None:
        """Create the tables' changelog topics before the consumer subscribes.

        Left to Faust, a changelog created at start-up can be missing from the consumer's
        first metadata: the subscription silently ignores it, and every table write then
        fails until the next metadata refresh minutes later.
        """
        specs = self.changelog_specs()
        if not specs:
            return
        # Changelog names already carry the prefix (it is part of the app id).
        unprefixed = self.kafka.model_copy(update={"topic_prefix": ""})
        await create_topics(unprefixed, specs)
        await wait_for_topics(unprefixed, [spec.name for spec in specs])

    async def flush_tables(self, timeout_s: float = 30.0) -> None:
        """Wait until every table write so far is acknowledged by the broker.

        Faust's own flush gives up on its send buffer after 0.1 s without progress, so a
        busy buffer can still hold the write; this keeps flushing until it is empty.
        """
        producer = self.app.producer
        deadline = asyncio.get_running_loop().time() + timeout_s
        while producer.buffer.size:
            if asyncio.get_running_loop().time() > deadline:
                raise TransientError(f"table writes not sent to Kafka after {timeout_s:.0f} s")
            await producer.buffer.flush()
        await producer.flush()

    def publisher(self) -> PublishFn:
        async def publish(output: Publish) -> None:
            await self.topic(output.topic).send(
                key=output.message_key.encode(),
                value=output.event,
                value_serializer=EVENT_CODEC,
            )

        return publish

    def stage(self, accepts: tuple[type, ...], observer: bool = False) -> Stage:
        return Stage(
            observer=observer,
            service=self.service,
            accepts=accepts,
            publish=self.publisher(),
            metrics=self.metrics,
            retry=RetryPolicy(self.settings.retry_attempts, self.settings.retry_backoff_s),
        )

    def _add_pages(self) -> None:
        setup_lean_prometheus_sensors(self.app, self.metrics.registry)
        service = self.service

        @self.app.page("/health")
        async def health(web: Any, request: Any) -> Any:
            pending = self.pending
            ready = self.ready and not pending
            body: dict[str, Any] = {"status": "ok" if ready else "starting", "service": service}
            if pending:
                body["waiting_for"] = pending
            return web.json(body, status=200 if ready else 503)

    def _add_lag_timer(self) -> None:
        @self.app.timer(5.0)
        async def record_lag() -> None:
            consumer = self.app.consumer
            for tp in consumer.assignment():
                position = await consumer.position(tp)
                highwater = consumer.highwater(tp)
                if position is None or highwater is None:
                    continue
                self.metrics.consumer_lag.labels(self.service, tp.topic, str(tp.partition)).set(
                    max(0, highwater - position)
                )

    def _add_stall_guard(self) -> None:
        guard: StallGuard[Any] = StallGuard(patience=3)

        @self.app.timer(5.0)
        async def rewind_stalled_partitions() -> None:
            consumer = self.app.consumer
            if self.app.rebalancing or not consumer.assignment():
                return
            in_flight = {m.tp for m in list(consumer._unacked_messages) if not m.acked}
            states = {}
            for tp in consumer.assignment():
                if not faust_offsets.is_contiguous(tp.topic):
                    continue  # changelogs and compacted topics are not ours to rewind
                states[tp] = PartitionState(
                    committed=consumer._committed_offset.get(tp),
                    position=await consumer.position(tp),
                    in_flight=tp in in_flight,
                )
            for tp, offset in guard.check(states).items():
                log.warning(
                    "%s[%d]: read up to %s but committed %d and nothing in flight for 15 s; "
                    "reading again from %d",
                    tp.topic, tp.partition, states[tp].position, offset, offset,
                )  # fmt: skip
                self.metrics.partition_rewinds.labels(self.service, tp.topic).inc()
                await consumer.seek(tp, offset)


def raw_message(event: Any) -> RawMessage:
    message = event.message
    return RawMessage(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key,
        value=message.value,
    )


async def process_events(stream: Any, handle: Callable[[RawMessage], Awaitable[None]]) -> None:
    """Handle the stream one event at a time.

    Faust acks an event when the agent asks for the next one, so a worker stopped while
    handling a ticket never commits it: the ticket is redelivered. (Batching with
    `take_events` acks the whole buffer in a `finally`, even when the batch was cut short.)
    Throughput comes from more partitions and workers, and from the agent's `concurrency`.
    """
    await wait_for_changelogs(stream.app)
    async for event in stream.events():
        await handle(raw_message(event))


async def wait_for_changelogs(app: Any, report_every_s: float = 60.0) -> None:
    """Wait until the consumer's metadata knows every table changelog's partitions.

    Right after a restart Faust can see a changelog with 0 partitions for a moment and
    refuses table writes (PartitionsMismatch); an agent waits for this before its first
    event. It never proceeds without it: every ticket would fail and be dead-lettered.
    """
    loop = asyncio.get_running_loop()
    for table in app.tables.values():
        name = table.changelog_topic.get_topic_name()
        report_at = loop.time() + report_every_s
        while not app.consumer.topic_partitions(name):
            if loop.time() > report_at:
                log.error("still no partition metadata for %s; not consuming yet", name)
                report_at = loop.time() + report_every_s
            await asyncio.sleep(0.2)


def service_worker(service_app: ServiceApp, loglevel: str = "warning") -> faust.Worker:
    worker = faust.Worker(service_app.app, loglevel=loglevel, quiet=True)
    # Faust's start-up spinner sets the root logger to DEBUG so that every record turns it;
    # every library's debug record would then be built (and dropped) for each message.
    worker.spinner = None
    return worker


def run_worker(service_app: ServiceApp, loglevel: str = "warning") -> None:
    """Run the Faust worker in the foreground until SIGTERM/SIGINT."""
    worker = service_worker(service_app, loglevel)

    @service_app.app.task
    async def _dump_tasks_on_sigusr1() -> None:
        # `kill -USR1 <pid>` writes every asyncio task's stack to the log: what is it waiting on?
        def dump() -> None:
            for task in asyncio.all_tasks():
                log.warning("task %s:\n%s", task.get_name(), "".join(_task_stack(task)))
            # Faust wraps agents in awaitables a dump cannot walk through: list our own
            # suspended coroutines (handlers, stages) and what each waits on.
            for suspended in _own_coroutines():
                log.warning("coroutine:\n%s", "".join(_await_chain(suspended)))

        asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, dump)

    worker.execute_from_commandline()


def _own_coroutines() -> list[Any]:
    import gc
    import inspect

    own = ("/supportloop/", "/services/")
    found = []
    for obj in gc.get_objects():
        if inspect.iscoroutine(obj) or inspect.isasyncgen(obj):
            frame = getattr(obj, "cr_frame", None) or getattr(obj, "ag_frame", None)
            if frame is not None and any(part in frame.f_code.co_filename for part in own):
                found.append(obj)
    return found


def _task_stack(task: asyncio.Task[Any]) -> list[str]:
    """Where a task waits: every frame down its chain of awaits (Task.print_stack stops at
    the outermost coroutine)."""
    return _await_chain(task.get_coro())


def _await_chain(awaiting: Any) -> list[str]:
    lines: list[str] = []
    while awaiting is not None:
        frame = (
            getattr(awaiting, "cr_frame", None)
            or getattr(awaiting, "ag_frame", None)
            or getattr(awaiting, "gi_frame", None)
        )
        if frame is None:
            lines.append(f"  awaiting {awaiting!r}\n")
            break
        lines.append(f"  {frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}\n")
        awaiting = (
            getattr(awaiting, "cr_await", None)
            or getattr(awaiting, "ag_await", None)
            or getattr(awaiting, "gi_yieldfrom", None)
        )
    return lines


AppBuilder = Callable[[KafkaSettings, ServiceSettings], ServiceApp]
