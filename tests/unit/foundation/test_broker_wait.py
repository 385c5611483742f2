"""A service started before its broker: bounded backoff, /health says why, then it starts."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest

from supportloop.adapters.runtime.broker_wait import Backoff, probe_broker, wait_for_broker
from supportloop.settings import KafkaSettings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def health(port: int) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_backoff_grows_and_stays_bounded() -> None:
    delays = Backoff(0.5, 2.0, 4.0).delays()
    assert [next(delays) for _ in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


def test_waits_with_a_503_health_page_then_frees_the_port() -> None:
    settings = KafkaSettings(bootstrap_servers="127.0.0.1:1")
    answers = iter(["KafkaConnectionError: refused", "KafkaConnectionError: refused", None])
    port = free_port()
    seen: list[tuple[float, int, dict[str, object]]] = []

    async def probe(_: KafkaSettings) -> str | None:
        return next(answers)

    def sleep(delay: float) -> None:  # while waiting, ask the page like a readiness probe
        status, body = health(port)
        seen.append((delay, status, body))

    failed = wait_for_broker(
        settings, "classifier", "127.0.0.1", port,
        backoff=Backoff(0.5, 2.0, 30.0), probe=probe, sleep=sleep,
    )  # fmt: skip
    assert failed == 2
    assert [(d, s) for d, s, _ in seen] == [(0.5, 503), (1.0, 503)]
    body = seen[-1][2]
    assert body == {
        "status": "waiting_for_broker", "service": "classifier", "broker": "127.0.0.1:1",
        "setting": "SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS",
        "reason": "KafkaConnectionError: refused", "attempts": 2, "next_retry_s": 1.0,
    }  # fmt: skip
    with socket.socket() as again:  # the worker (aiohttp, SO_REUSEADDR) can bind it now
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))
        again.listen()


def test_a_reachable_broker_starts_at_once_without_a_page() -> None:
    async def probe(_: KafkaSettings) -> str | None:
        return None

    def never(_: float) -> None:
        pytest.fail("no wait expected")

    assert wait_for_broker(KafkaSettings(), "metrics", port=None, probe=probe, sleep=never) == 0


async def test_the_real_probe_names_the_failure() -> None:
    reason = await probe_broker(KafkaSettings(bootstrap_servers=f"127.0.0.1:{free_port()}"))
    assert reason is not None and reason.startswith("KafkaConnectionError: ")
