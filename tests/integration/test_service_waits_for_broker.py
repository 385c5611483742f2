"""A service started before its broker does not crash-loop: it stays up, answers /health with
503 and the reason, and becomes ready once the broker (and its topics) come up."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from supportloop.adapters.kafka.admin import create_topics
from supportloop.devtools.devstack import DevStack
from supportloop.devtools.local_broker import LocalBroker, free_port
from supportloop.settings import KafkaSettings

pytestmark = pytest.mark.integration


def health(port: int) -> tuple[int, dict[str, object]] | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")
    except (urllib.error.URLError, OSError, ValueError):
        return None


def test_a_service_started_before_its_broker_becomes_ready(tmp_path: Path) -> None:
    kafka_port = free_port()
    bootstrap = f"127.0.0.1:{kafka_port}"
    stack = DevStack(tmp_path, partitions=3, external_bootstrap=bootstrap)
    broker = LocalBroker(tmp_path / "kafka", port=kafka_port)
    try:
        service = stack.start_service("classifier")
        assert service.port is not None
        deadline = time.monotonic() + 30
        waiting = None
        while time.monotonic() < deadline and waiting is None:
            answer = health(service.port)
            if answer is not None and answer[0] == 503:
                waiting = answer[1]
            time.sleep(0.2)
        assert waiting is not None, service.log_tail()
        assert waiting["status"] == "waiting_for_broker"
        assert waiting["broker"] == bootstrap and "Kafka" in str(waiting["reason"])
        time.sleep(3)  # several attempts later: still alive (no crash loop)
        assert service.running, service.log_tail()
        assert "not reachable" in service.log_tail() and "Traceback" not in service.log_tail()

        broker.start()
        asyncio.run(create_topics(KafkaSettings(bootstrap_servers=bootstrap, partitions=3)))
        service.wait_healthy(timeout_s=120)  # the backoff is capped at 30 s
        status = health(service.port)
        assert status is not None and status[0] == 200
    finally:
        stack.stop()
        broker.stop()
