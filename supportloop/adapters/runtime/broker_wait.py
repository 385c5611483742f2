"""A service started before its broker waits for it instead of crash-looping.

Kubernetes starts every pod at once: a service whose Kafka is still starting must not exit
within a second (a CrashLoopBackOff that then delays it by minutes). `supportloop run`
probes the broker with a bounded exponential backoff; meanwhile the service's web port
answers ``/health`` with 503 and the reason (``{"status": "waiting_for_broker", "reason":
…}``) so a readiness probe and a person both see why; once a bootstrap succeeds the page
closes and the Faust worker starts on the same port.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiokafka import AIOKafkaClient
from aiokafka.errors import KafkaError

from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.settings import KafkaSettings

log = logging.getLogger(__name__)
PROBE_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Backoff:
    initial_s: float = 0.5
    factor: float = 2.0
    max_s: float = 30.0

    def delays(self) -> Iterator[float]:
        delay = self.initial_s
        while True:
            yield delay
            delay = min(self.max_s, delay * self.factor)


async def probe_broker(settings: KafkaSettings) -> str | None:
    """None when a metadata bootstrap succeeds, else why not (one line)."""
    client = AIOKafkaClient(**aiokafka_kwargs(settings))
    try:
        await asyncio.wait_for(client.bootstrap(), PROBE_TIMEOUT_S)
    except (KafkaError, OSError, TimeoutError) as error:
        return " ".join(f"{type(error).__name__}: {error}".split())
    finally:
        await client.close()
    return None


@dataclass
class WaitState:
    service: str
    broker: str
    reason: str = "not probed yet"
    attempts: int = 0
    next_retry_s: float = 0.0

    def body(self) -> dict[str, Any]:
        return {
            "status": "waiting_for_broker",
            "service": self.service,
            "broker": self.broker,
            "setting": "SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS",
            "reason": self.reason,
            "attempts": self.attempts,
            "next_retry_s": self.next_retry_s,
        }


class WaitingPage:
    """``/health`` → 503 with the wait's state, anything else → 404; on a thread."""

    def __init__(self, state: WaitState, host: str, port: int) -> None:
        page_state = state

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.split("?")[0] != "/health":
                    self.send_error(404)
                    return
                payload = json.dumps(page_state.body()).encode()
                self.send_response(503)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                return  # probes every few seconds: not worth a log line each

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WaitingPage:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()  # the worker binds the same port next
        self.thread.join(timeout=5)


def wait_for_broker(
    settings: KafkaSettings,
    service: str,
    host: str | None = None,
    port: int | None = None,
    *,
    backoff: Backoff = Backoff(),
    probe: Callable[[KafkaSettings], Coroutine[Any, Any, str | None]] = probe_broker,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Block until the broker answers; returns the number of failed attempts."""
    state = WaitState(service, settings.bootstrap_servers)
    reason = asyncio.run(probe(settings))
    if reason is None:
        return 0
    page = WaitingPage(state, host or "127.0.0.1", port) if port else None
    if page is not None:
        page.__enter__()
    try:
        for delay in backoff.delays():
            state.attempts += 1
            state.reason, state.next_retry_s = reason, delay
            log.warning(
                "%s: Kafka at %s not reachable (%s); retry %d in %.1fs "
                "(SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS)",
                service, settings.bootstrap_servers, reason, state.attempts, delay,
            )  # fmt: skip
            sleep(delay)
            reason = asyncio.run(probe(settings))
            if reason is None:
                log.warning("%s: Kafka at %s reachable, starting", service, state.broker)
                return state.attempts
    finally:
        if page is not None:
            page.__exit__(None, None, None)
    raise AssertionError("unreachable: the backoff never ends")  # pragma: no cover
