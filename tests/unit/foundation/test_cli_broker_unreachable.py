"""Every command that talks to Kafka fails the same way when the broker is unreachable: one
line on stderr naming the broker and the setting, exit 1 — no traceback, no aiokafka noise
("Unclosed AIOKafkaProducer"). `run <service>` is the exception: it waits for its broker
(tests/integration/test_service_waits_for_broker.py)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app

REPO = Path(__file__).resolve().parents[3]


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


COMMANDS = [
    ["flags", "list"],
    ["flags", "history", "wismo"],
    ["flags", "set", "wismo", "live", "--reason", "test"],
    ["rollout", "status"],
    ["report", "weekly"],
    ["topics", "create"],
    ["ingest", "TICKETS"],
    ["replay", "--topic", "support.inbound", "--output", "OUT"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_one_line_naming_the_broker_and_the_setting(command: list[str], tmp_path: Path) -> None:
    tickets = tmp_path / "t.jsonl"
    tickets.write_text('{"id": "A1", "body": "hi", "customer": {"email": "a@example.com"}}\n')
    args = [
        str(tickets) if a == "TICKETS" else str(tmp_path / "out.jsonl") if a == "OUT" else a
        for a in command
    ]
    broker = f"127.0.0.1:{closed_port()}"
    result = CliRunner().invoke(
        app, args, env={"SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS": broker}, catch_exceptions=False
    )
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 1, result.output
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: cannot ")
    assert broker in lines[0] and "SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS" in lines[0]
    assert "Traceback" not in result.output and "Unclosed" not in result.output
