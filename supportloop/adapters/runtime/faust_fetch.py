"""Fetch sizing for Faust's consumers (Faust builds its aiokafka consumer with fixed fetch
settings and no way to pass others).

With aiokafka's default ``fetch_min_bytes=1`` a broker answers a fetch as soon as one record
is there, so a busy consumer sends a fetch request for almost every record. Asking for a few
kilobytes, but waiting no more than ``FETCH_MAX_WAIT_MS`` for them, lets each fetch carry a
batch under load and costs an idle pipeline at most that wait per hop.
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka

FETCH_MIN_BYTES = 16384
FETCH_MAX_WAIT_MS = 25

_original = faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer


def _create_worker_consumer(self: Any, transport: Any) -> Any:
    consumer = _original(self, transport)
    consumer._fetch_min_bytes = FETCH_MIN_BYTES
    consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
    return consumer


def install() -> None:
    faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer = _create_worker_consumer
