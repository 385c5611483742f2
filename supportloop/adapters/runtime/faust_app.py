"""ServiceApp, what every SupportLoop service is built on, and the worker that runs it."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Any, Protocol

import faust
from aiokafka.errors import MessageSizeTooLargeError
from faust.exceptions import ProducerSendError
from prometheus_client import CollectorRegistry

from supportloop.adapters.codec import EVENT_CODEC
from supportloop.adapters.runtime import changelogs, faust_fetch, faust_offsets
from supportloop.adapters.runtime.changelogs import wait_for_changelogs
from supportloop.adapters.runtime.expiry import (
    Clock,
    OpenCheck,
    StampedTable,
    expire,
    never_open,
)
from supportloop.adapters.runtime.faust_config import build_faust_app
from supportloop.adapters.runtime.metrics import ServiceMetrics
from supportloop.adapters.runtime.partition_monitor import add_lag_timer, add_stall_guard
from supportloop.adapters.runtime.stage import (
    E,
    PoisonMessage,
    Publish,
    PublishFn,
    RawMessage,
    RetryPolicy,
    Stage,
)
from supportloop.adapters.runtime.task_dump import dump_tasks
from supportloop.adapters.runtime.web_pages import add_pages
from supportloop.core import events as ev
from supportloop.core.decoding import DecodeLimits
from supportloop.core.topics import TopicSpec
from supportloop.settings import KafkaSettings, ServiceSettings

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


# How often each worker deletes its expired table entries: an entry outlives its lifetime by
# at most this long.
STATE_SWEEP_INTERVAL_S = 600.0


class Closable(Protocol):
    async def aclose(self) -> None: ...


class ServiceApp:
    """A Faust app plus what every SupportLoop service needs around it."""

    def __init__(
        self,
        service: str,
        kafka: KafkaSettings,
        settings: ServiceSettings,
        registry: CollectorRegistry | None = None,
        clock: Clock = ev.utcnow,
    ) -> None:
        self.service = service
        self.kafka = kafka
        self.settings = settings
        self.metrics = ServiceMetrics.create(registry)
        self.app = build_faust_app(service, kafka, settings)
        self.app.before_start = self.prepare_changelogs
        self._topics: dict[str, faust.TopicT] = {}
        self.ready = False
        self._startup_steps: dict[str, asyncio.Event] = {}
        add_pages(self.app, self.metrics.registry, service, self)
        add_lag_timer(self.app, self.metrics, service)
        add_stall_guard(self.app, self.metrics, service)
        self.clock = clock
        self._expiring: list[StampedTable] = []

        @self.app.timer(STATE_SWEEP_INTERVAL_S)
        async def _expire_state() -> None:
            try:
                await self.expire_state()
            except Exception:  # housekeeping: the next sweep tries again, consuming goes on
                log.exception("expiring table entries failed")

        @self.app.on_partitions_assigned.connect
        async def _assigned(*_: Any, **__: Any) -> None:
            self.ready = True

    def close_on_shutdown(self, *resources: Closable) -> None:
        """Close these (HTTP connectors the service opened) once its agents have stopped."""
        self.app.closers.extend(resource.aclose for resource in resources)

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

    def ticket_table(self, name: str, *, still_open: OpenCheck = never_open) -> StampedTable:
        """A ticket table whose entries expire ``settings.state_ttl_days`` after their last
        write (``expire_state``); ``still_open``: see ``StampedTable``."""
        table = StampedTable(name, changelogs.ticket_table(self.app, name), self.clock, still_open)
        self._expiring.append(table)
        return table

    async def expire_state(self) -> None:
        """Delete every table entry that outlived its lifetime (this worker's partitions)."""
        now = self.clock()
        lifetime = timedelta(days=self.settings.state_ttl_days)
        for table in self._expiring:
            done = await expire(
                table,
                now,
                lifetime,
                owns=changelogs.owner_check(self.app, table.raw),
                may_write=lambda: changelogs.settled(self.app),
            )
            expired = self.metrics.expired_entries
            expired.labels(self.service, table.name, "closed").inc(done.closed)
            expired.labels(self.service, table.name, "open").inc(done.open)
            if done.stamped:
                log.info(
                    "%s: %d entries from before entries had a time stamped",
                    table.name,
                    done.stamped,
                )

    def changelog_specs(self) -> list[TopicSpec]:
        return changelogs.changelog_specs(self.app, self.kafka.partitions)

    async def prepare_changelogs(self) -> None:
        await changelogs.prepare_changelogs(self.kafka, self.changelog_specs())

    async def flush_tables(self, timeout_s: float = 30.0) -> None:
        await changelogs.flush_tables(self.app, timeout_s)

    def publisher(self) -> PublishFn:
        async def publish(output: Publish) -> None:
            try:
                await self.topic(output.topic).send(
                    key=output.message_key.encode(),
                    value=output.event,
                    value_serializer=EVENT_CODEC,
                )
            except ProducerSendError as exc:
                if isinstance(exc.__cause__, MessageSizeTooLargeError):
                    # Sending it again will not help: the stage dead-letters the input.
                    raise PoisonMessage(
                        "output_too_large",
                        f"{type(output.event).__name__} larger than the producer's "
                        f"{self.app.conf.producer_max_request_size} bytes",
                    ) from exc
                raise

        return publish

    @property
    def decode_limits(self) -> DecodeLimits:
        """What this service's consumers accept (ServiceSettings max_*)."""
        return DecodeLimits(
            max_message_bytes=self.settings.max_message_bytes,
            max_json_depth=self.settings.max_json_depth,
            max_ticket_text_chars=self.settings.max_ticket_text_chars,
        )

    def stage(
        self,
        accepts: tuple[type[E], ...],
        observer: bool = False,
        topics: Sequence[TopicSpec] = (),
        owns: Sequence[TopicSpec] = (),
    ) -> Stage[E]:
        """A stage with this service's settings. Give a stage that reads several `topics`
        those topics: each may then carry only its own events (of those accepted)."""
        return Stage(
            observer=observer,
            owned_topics=frozenset(spec.full_name(self.kafka.topic_prefix) for spec in owns),
            service=self.service,
            accepts=accepts,
            publish=self.publisher(),
            metrics=self.metrics,
            retry=RetryPolicy(self.settings.retry_attempts, self.settings.retry_backoff_s),
            limits=self.decode_limits,
            topic_events={
                spec.full_name(self.kafka.topic_prefix): tuple(
                    t for t in accepts if t in spec.events
                )
                for spec in topics
            },
        )


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
    changelogs.check_copartitioned(stream.app, stream.channel.topics)
    async for event in stream.events():
        await handle(raw_message(event))


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
        asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, dump_tasks)

    worker.execute_from_commandline()


AppBuilder = Callable[[KafkaSettings, ServiceSettings], ServiceApp]
