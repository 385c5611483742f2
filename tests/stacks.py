"""Service stacks for integration and end-to-end tests, each on its own topic prefix."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from supportloop.adapters.kafka.admin import create_topics
from supportloop.devtools.devstack import DevStack
from supportloop.settings import KafkaSettings


def stack_on(
    settings: KafkaSettings, work_dir: Path, extra_env: dict[str, str] | None = None
) -> DevStack:
    """A DevStack (nothing started yet) whose services use the cluster, topic prefix and
    partition count of `settings`; the topics are created first."""
    asyncio.run(create_topics(settings))
    return DevStack(
        work_dir,
        partitions=settings.partitions,
        external_bootstrap=settings.bootstrap_servers,
        extra_env={"SUPPORTLOOP_KAFKA_TOPIC_PREFIX": settings.topic_prefix, **(extra_env or {})},
    )


@contextmanager
def running(
    settings: KafkaSettings, work_dir: Path, services: tuple[str, ...]
) -> Iterator[DevStack]:
    """`stack_on` with these services started (and healthy); always stopped afterwards."""
    stack = stack_on(settings, work_dir)
    try:
        stack.start_services(services)
        yield stack
    finally:
        stack.stop()


@contextmanager
def demo_pipeline(settings: KafkaSettings, work_dir: Path) -> Iterator[DevStack]:
    """The demo store, the demo's autonomy flips and the four services on ``settings``;
    always stopped afterwards."""
    from supportloop.devtools.demo.flags import demo_flips, publish_flips

    stack = stack_on(settings, work_dir)
    try:
        stack.start_demo_store()
        asyncio.run(publish_flips(settings, demo_flips()))
        stack.start_services()
        yield stack
    finally:
        stack.stop()
