"""A single-node KRaft Kafka broker on 127.0.0.1, run from the Maven Central jars.

Used by `make kafka-up`, the demo, the benchmark and the test fixtures. Each instance has
its own ports and data directory, so tests can run beside a demo.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from supportloop.errors import ToolMissingError

REPO_ROOT = Path(__file__).resolve().parents[2]
POM = REPO_ROOT / "deploy" / "kafka" / "pom.xml"
DEFAULT_LIB = REPO_ROOT / ".cache" / "kafka" / "lib"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies"

_LOG4J2 = """Configuration:
  Appenders:
    Console:
      name: STDOUT
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: WARN
      AppenderRef:
        - ref: STDOUT
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def lib_dir() -> Path:
    return Path(os.environ.get("SUPPORTLOOP_KAFKA_LIB", DEFAULT_LIB))


def require_tool(name: str, install_hint: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise ToolMissingError(f"{name} not found — install {install_hint}")
    return path


def ensure_jars(lib: Path | None = None) -> Path:
    """Resolve the broker jars with Maven once; later calls are a file check."""
    lib = lib or lib_dir()
    marker = lib / ".resolved"
    if marker.exists():
        return lib
    require_tool("java", "a Java 17+ runtime (apt-get install openjdk-17-jre-headless)")
    mvn = require_tool("mvn", "Maven (apt-get install maven)")
    lib.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            mvn,
            "-B",
            "-q",
            "-f",
            str(POM),
            DEPENDENCY_PLUGIN,
            "-DincludeScope=runtime",
            f"-DoutputDirectory={lib}",
        ],
        check=True,
    )
    marker.touch()
    return lib


def server_properties(data_dir: Path, port: int, controller_port: int) -> str:
    listeners = f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}"
    return "\n".join(
        [
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.bootstrap.servers=127.0.0.1:{controller_port}",
            f"listeners={listeners}",
            f"advertised.listeners={listeners}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=6",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            # Every topic is declared on purpose (topics create, Faust changelogs); an
            # auto-created topic would get one partition and break table co-partitioning.
            "auto.create.topics.enable=false",
            "num.partitions=1",
            f"log.dirs={data_dir}",
            "",
        ]
    )


@dataclass
class LocalBroker:
    work_dir: Path
    port: int = field(default_factory=free_port)
    controller_port: int = field(default_factory=free_port)
    heap: str = "512m"
    process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.work_dir / "broker.pid"

    @property
    def log_file(self) -> Path:
        return self.work_dir / "broker.log"

    def _java(self, lib: Path, *args: str) -> list[str]:
        java = require_tool("java", "a Java 17+ runtime (apt-get install openjdk-17-jre-headless)")
        return [java, "-cp", f"{lib}/*", *args]

    def start(self, timeout_s: float = 90.0) -> None:
        lib = ensure_jars()
        data_dir = self.work_dir / "data"
        self.work_dir.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(data_dir, ignore_errors=True)
        props = self.work_dir / "server.properties"
        props.write_text(server_properties(data_dir, self.port, self.controller_port))
        log_config = self.work_dir / "log4j2.yaml"
        log_config.write_text(_LOG4J2)
        cluster_id = (
            subprocess.run(
                self._java(lib, "kafka.tools.StorageTool", "random-uuid"),
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        subprocess.run(
            self._java(
                lib,
                "kafka.tools.StorageTool",
                "format",
                "--standalone",
                "-t",
                cluster_id,
                "-c",
                str(props),
            ),
            check=True,
            capture_output=True,
        )
        self._launch(lib, props, log_config)
        self.wait_ready(timeout_s)

    def _launch(self, lib: Path, props: Path, log_config: Path) -> None:
        command = [
            require_tool("java", "a Java 17+ runtime"),
            f"-Xmx{self.heap}", f"-Xms{self.heap}", "-XX:+UseSerialGC",
            f"-Dlog4j2.configurationFile={log_config}",
            "-cp", f"{lib}/*", "kafka.Kafka", str(props),
        ]  # fmt: skip
        with self.log_file.open("ab") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        self.pid_file.write_text(str(self.process.pid))

    def crash_and_restart(self, down_s: float = 2.0, timeout_s: float = 90.0) -> None:
        """SIGKILL the broker (no clean shutdown, no final flush) and start it again on the
        same ports and data: what a node failure and its replacement look like to clients."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        time.sleep(down_s)
        with self.log_file.open("ab") as log:
            log.write(b"\n--- killed and restarted ---\n")
        self._launch(ensure_jars(), self.work_dir / "server.properties",
                     self.work_dir / "log4j2.yaml")  # fmt: skip
        self.wait_ready(timeout_s)

    def wait_ready(self, timeout_s: float) -> None:
        import asyncio

        from supportloop.adapters.kafka.admin import wait_until_ready
        from supportloop.settings import KafkaSettings

        settings = KafkaSettings(bootstrap_servers=self.bootstrap_servers)
        try:
            asyncio.run(wait_until_ready(settings, timeout_s))
        except TimeoutError:
            tail = self.log_file.read_text(errors="replace")[-2000:]
            self.stop()
            raise TimeoutError(f"Kafka did not become ready; log tail:\n{tail}") from None

    def stop(self, timeout_s: float = 20.0) -> None:
        pid = self.process.pid if self.process else _read_pid(self.pid_file)
        if pid is not None:
            stop_process_group(pid, timeout_s)
        if self.process is not None:
            self.process.wait(timeout=5)
            self.process = None
        self.pid_file.unlink(missing_ok=True)


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def stop_process_group(pid: int, timeout_s: float = 20.0) -> None:
    """SIGTERM the process group, then SIGKILL whatever is left after timeout_s."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
