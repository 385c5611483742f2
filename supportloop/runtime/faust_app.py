"""Faust glue shared by the four services: the app, its pages, topics and publisher."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import CollectorRegistry

from supportloop.events import encode_event
from supportloop.kafka.connection import faust_broker_kwargs
from supportloop.runtime.metrics import ServiceMetrics
from supportloop.runtime.stage import Publish, PublishFn, RawMessage, RetryPolicy, Stage
from supportloop.settings import DEFAULT_WEB_PORTS, KafkaSettings, ServiceSettings
from supportloop.topics import TopicSpec

log = logging.getLogger(__name__)


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
        self.app = faust.App(
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
        self._topics: dict[str, faust.TopicT] = {}
        self._ticket_tables: list[Any] = []
        self.ready = False
        self._add_pages()
        self._add_lag_timer()

        @self.app.on_partitions_assigned.connect
        async def _assigned(*_: Any, **__: Any) -> None:
            self.ready = True

    def topic(self, spec: TopicSpec) -> faust.TopicT:
        name = spec.full_name(self.kafka.topic_prefix)
        if name not in self._topics:
            self._topics[name] = self.app.topic(
                name,
                key_type=bytes,
                value_type=bytes,
                key_serializer="raw",
                value_serializer="raw",
                partitions=spec.partitions or self.kafka.partitions,
                internal=False,
            )
        return self._topics[name]

    def ticket_table(self, name: str) -> Any:
        """A changelog-backed table keyed by raw ticket id bytes.

        Keys hash exactly like the messages' keys, so the producer's partitioner puts each
        entry on the partition of the ticket it belongs to, even when a batch is handled
        at once (Faust would otherwise use the partition of the stream's current event).
        """
        # key_type/value_type=bytes make Faust read the changelog back raw on recovery.
        table = self.app.Table(name, key_type=bytes, value_type=bytes, use_partitioner=True)
        self._ticket_tables.append(table)
        return table

    async def prepare_tables(self) -> None:
        """Load the changelogs' partition metadata into the producer before the first write.

        With `use_partitioner` Faust asks the producer for a key's partition synchronously;
        until the producer has seen the topic's metadata it answers None and the write fails.
        """
        producer = self.app.producer._ensure_producer()
        for table in self._ticket_tables:
            await producer.partitions_for(table.changelog_topic.get_topic_name())

    def publisher(self) -> PublishFn:
        async def publish(output: Publish) -> None:
            await self.topic(output.topic).send(
                key=output.message_key.encode(), value=encode_event(output.event)
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
        setup_prometheus_sensors(
            self.app, pattern="/metrics", registry=self.metrics.registry, name_prefix="faust"
        )
        service = self.service

        @self.app.page("/health")
        async def health(web: Any, request: Any) -> Any:
            status = 200 if self.ready else 503
            body = {"status": "ok" if self.ready else "starting", "service": service}
            return web.json(body, status=status)

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


def raw_message(event: Any) -> RawMessage:
    message = event.message
    return RawMessage(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key,
        value=message.value,
    )


async def process_batches(
    stream: Any,
    handle: Callable[[list[RawMessage]], Awaitable[None]],
    size: int,
    within_s: float,
) -> None:
    """Handle the stream in batches and ack each batch only after it was handled.

    (`Stream.take_events` acks its buffer in a `finally`, so a worker stopped mid-batch
    would commit tickets it never handled; with `noack_take` they are redelivered.)
    """
    async for batch in stream.noack_take(size, within=within_s):
        await handle([raw_message(event) for event in batch])
        for event in batch:
            await stream.ack(event)


def run_worker(service_app: ServiceApp, loglevel: str = "warning") -> None:
    """Run the Faust worker in the foreground until SIGTERM/SIGINT."""
    worker = faust.Worker(service_app.app, loglevel=loglevel, quiet=True)
    worker.execute_from_commandline()


AppBuilder = Callable[[KafkaSettings, ServiceSettings], ServiceApp]
