"""Run the whole stack on one machine: local Kafka, the demo store, the four services.

Used by `make demo`, `make bench` and the end-to-end tests. Every process gets its own
session so it can be stopped (or killed) as a group, and everything is stopped on exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from supportloop.devtools.local_broker import LocalBroker, free_port, stop_process_group

SERVICES = ("classifier", "resolver", "escalator", "metrics")
REPO_ROOT = Path(__file__).resolve().parents[2]
# Webhooks refuse every request (503) without SUPPORTLOOP_WEBHOOK_SECRET. A local playground
# (`make demo`) that wants to curl them unsigned passes this as extra_env; nothing else should.
UNSIGNED_WEBHOOKS_ENV = {"SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED": "true"}


@dataclass
class ManagedProcess:
    name: str
    command: list[str]
    env: dict[str, str]
    log_path: Path
    port: int | None = None
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                self.command,
                env={**os.environ, **self.env},
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout_s: float = 20.0) -> None:
        if self.process is None:
            return
        stop_process_group(self.process.pid, timeout_s)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.process = None

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown, no final commit — the harshest restart."""
        self.stop(timeout_s=0.0)

    def wait_healthy(self, timeout_s: float = 90.0) -> None:
        if self.port is None:
            return
        url = f"http://127.0.0.1:{self.port}/health"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.running:
                raise RuntimeError(f"{self.name} exited; log tail:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.3)
        raise TimeoutError(f"{self.name} not healthy at {url}; log tail:\n{self.log_tail()}")

    def log_tail(self, size: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-size:]
        except FileNotFoundError:
            return "(no log)"


@dataclass
class DevStack:
    work_dir: Path
    partitions: int = 6
    extra_env: dict[str, str] = field(default_factory=dict)
    broker: LocalBroker | None = None
    external_bootstrap: str | None = None  # use a broker someone else runs
    processes: dict[str, ManagedProcess] = field(default_factory=dict)
    store_url: str | None = None
    # The demo store's Shopify cost bucket ("unlimited" for the benchmark).
    shopify_plan: str = "plus"

    @property
    def bootstrap_servers(self) -> str:
        if self.external_bootstrap is not None:
            return self.external_bootstrap
        assert self.broker is not None, "start_kafka() first"
        return self.broker.bootstrap_servers

    def kafka_env(self) -> dict[str, str]:
        env = {
            "SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS": self.bootstrap_servers,
            "SUPPORTLOOP_KAFKA_PARTITIONS": str(self.partitions),
            "SUPPORTLOOP_RESOLVER_POLICIES_DIR": str(REPO_ROOT / "policies"),
            "SUPPORTLOOP_RESOLVER_KB_DIR": str(REPO_ROOT / "knowledge_base"),
            "SUPPORTLOOP_RESOLVER_REPLIES_DIR": str(REPO_ROOT / "replies"),
        }
        if self.store_url is not None:
            env["SUPPORTLOOP_RESOLVER_STORE_URL"] = self.store_url
        return env

    def start_demo_store(self) -> str:
        """The embedded shop/helpdesk the resolver acts on; records every side effect."""
        port = free_port()
        process = ManagedProcess(
            name="demo-store",
            command=[sys.executable, "-m", "supportloop.cli.main", "demo-store",
                     "--port", str(port), "--db", str(self.work_dir / "demo-store.db"),
                     # as the real APIs: no idempotency keys absorb repeats, the pipeline must
                     "--strict-idempotency", "--shopify-plan", self.shopify_plan],
            env={},
            log_path=self.work_dir / "logs" / "demo-store.log",
            port=port,
        )  # fmt: skip
        process.start()
        self.processes["demo-store"] = process
        process.wait_healthy(30)
        self.store_url = f"http://127.0.0.1:{port}"
        return self.store_url

    def start_kafka(self, port: int | None = None) -> None:
        self.broker = LocalBroker(self.work_dir / "kafka", port=port or free_port())
        self.broker.start()

    def start_process(
        self, name: str, command: list[str], env: dict[str, str] | None = None,
        port: int | None = None,
    ) -> ManagedProcess:  # fmt: skip
        process = ManagedProcess(
            name=name,
            command=command,
            env={**self.kafka_env(), **self.extra_env, **(env or {})},
            log_path=self.work_dir / "logs" / f"{name}.log",
            port=port,
        )
        process.start()
        self.processes[name] = process
        return process

    def start_service(
        self, service: str, env: dict[str, str] | None = None, replica: str | None = None
    ) -> ManagedProcess:
        """One worker of ``service``; ``replica`` names another worker of the same service
        (its own port and data directory, the same consumer group), e.g. "resolver-2"."""
        port = free_port()
        data_dir = self.work_dir / "data" if replica is None else self.work_dir / "data" / replica
        return self.start_process(
            replica or service,
            [sys.executable, "-m", "supportloop.cli.main", "run", service],
            env={
                "SUPPORTLOOP_WEB_PORT": str(port),
                "SUPPORTLOOP_DATA_DIR": str(data_dir),
                **(env or {}),
            },
            port=port,
        )

    def start_services(self, services: tuple[str, ...] = SERVICES) -> None:
        for service in services:
            self.start_service(service)
        for service in services:
            self.processes[service].wait_healthy()

    def restart(self, name: str, hard: bool = False) -> None:
        process = self.processes[name]
        if hard:
            process.kill()
        else:
            process.stop()
        process.start()
        process.wait_healthy()

    def stop(self) -> None:
        for process in reversed(list(self.processes.values())):
            process.stop()
        self.processes.clear()
        if self.broker is not None:
            self.broker.stop()
            self.broker = None
