"""The faust.App each service runs on, with the settings every SupportLoop service shares."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import faust

from supportloop.adapters.kafka.connection import faust_broker_kwargs
from supportloop.settings import DEFAULT_WEB_PORTS, KafkaSettings, ServiceSettings

# Faust's own default max request size: a ticket at the schema's limits fits well under it.
PRODUCER_MIN_REQUEST_BYTES = 1_000_000


log = logging.getLogger(__name__)

# How long one resource (an HTTP connector's pool) may take to close on shutdown.
CLOSE_TIMEOUT_S = 5.0

Closer = Callable[[], Awaitable[None]]


async def close_all(closers: list[Closer], timeout_s: float = CLOSE_TIMEOUT_S) -> None:
    """Close every resource, the last opened first; one that fails or hangs is logged and
    does not keep the others open."""
    while closers:
        close = closers.pop()
        try:
            await asyncio.wait_for(close(), timeout_s)
        except Exception:
            log.warning("closing %r on shutdown failed", close, exc_info=True)


class FaustApp(faust.App):  # type: ignore[misc]
    """faust.App with a hook that runs once, before any consumer or table starts, and the
    resources (HTTP connectors) it closes once it has stopped."""

    before_start: Callable[[], Awaitable[None]] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.closers: list[Closer] = []

    async def on_first_start(self) -> None:
        await super().on_first_start()
        if self.before_start is not None:
            await self.before_start()

    async def on_shutdown(self) -> None:
        """After the agents and the consumer have stopped: nothing uses the connectors."""
        await super().on_shutdown()
        await close_all(self.closers)


def static_membership(kafka: KafkaSettings) -> dict[str, Any]:
    """The consumer's group.instance.id (aiokafka ``group_instance_id``), when configured."""
    if kafka.group_instance_id is None:
        return {}
    return {"consumer_group_instance_id": kafka.group_instance_id}


def build_faust_app(service: str, kafka: KafkaSettings, settings: ServiceSettings) -> FaustApp:
    datadir = settings.data_dir / service
    datadir.parent.mkdir(parents=True, exist_ok=True)
    port = settings.web_port if settings.web_port is not None else DEFAULT_WEB_PORTS[service]
    return FaustApp(
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
        # The producers send whatever the consumers accept (an event too large to send is
        # refused at once and its input dead-lettered: see ServiceApp.publisher), and never
        # less than Faust's default, which table changelogs of the largest tickets need.
        producer_max_request_size=max(settings.max_message_bytes, PRODUCER_MIN_REQUEST_BYTES),
        broker_commit_every=1000,
        # A crashed worker's partitions move after this long (Faust's default is 60 s).
        broker_session_timeout=15.0,
        broker_heartbeat_interval=3.0,
        # How long the group waits for every member to rejoin a rebalance: a member first
        # finishes and commits what it holds of the revoked partitions (Faust commits on
        # revocation), so the new owner starts after it. Faust's default, stated here.
        broker_rebalance_timeout=60.0,
        **static_membership(kafka),
        broker_commit_interval=1.0,
        stream_buffer_maxsize=4096,
        autodiscover=False,
        topic_disable_leader=True,
    )
