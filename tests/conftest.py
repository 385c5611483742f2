"""Shared fixtures. The broker fixtures start a real Kafka on free ports and always stop it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportloop.adapters.kafka.admin import create_topics
from supportloop.devtools.local_broker import LocalBroker
from supportloop.settings import KafkaSettings

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    broker = LocalBroker(tmp_path_factory.mktemp("kafka"))
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture(scope="session")
def kafka_settings(kafka_broker: LocalBroker) -> KafkaSettings:
    settings = KafkaSettings(bootstrap_servers=kafka_broker.bootstrap_servers, partitions=3)
    asyncio.run(create_topics(settings))
    return settings
