"""Faust's consumers ask the broker for a batch per fetch (up to a short wait), not a record."""

from __future__ import annotations

from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from faust.transport.drivers import aiokafka as faust_aiokafka

from supportloop.adapters.runtime import faust_app, faust_fetch


def test_the_services_install_the_fetch_sizing() -> None:
    assert faust_app.faust_fetch is faust_fetch
    creator = faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer
    assert creator is faust_fetch._create_worker_consumer


def test_the_worker_consumer_gets_the_fetch_sizing(monkeypatch: pytest.MonkeyPatch) -> None:
    made: dict[str, Any] = {}

    class Consumer:
        _fetch_min_bytes = 1
        _fetch_max_wait_ms = 1500

    def original(self: Any, transport: Any) -> Consumer:
        made["args"] = (self, transport)
        return Consumer()

    monkeypatch.setattr(faust_fetch, "_original", original)
    consumer = faust_fetch._create_worker_consumer("thread", "transport")
    assert made["args"] == ("thread", "transport")
    assert (consumer._fetch_min_bytes, consumer._fetch_max_wait_ms) == (16384, 25)


async def test_aiokafka_still_reads_the_fetch_settings_from_these_attributes() -> None:
    consumer = AIOKafkaConsumer(bootstrap_servers="127.0.0.1:1")
    assert (consumer._fetch_min_bytes, consumer._fetch_max_wait_ms) == (1, 500)
