from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

import supportloop.cli.flags_cmd as flags_cmd
from supportloop.cli.main import app
from supportloop.core import events as ev
from supportloop.core.classification.taxonomy import load_taxonomy
from supportloop.core.topics import CONFIG, CONFIG_AUDIT, TopicSpec
from supportloop.settings import KafkaSettings
from tests.unit.autonomy.autonomy_events import at, drafted, flip, reviewed

runner = CliRunner()
CATEGORIES = load_taxonomy().names


class FakeBus:
    """Stands in for Kafka: what `read_all` returns and what the producer was sent."""

    def __init__(self, events: Iterable[ev.Event] = ()) -> None:
        self.events = list(events)
        self.sent: list[tuple[str, ev.EventBase, str | None]] = []
        self.reads: list[list[str]] = []

    async def read_all(
        self, settings: KafkaSettings, topics: Iterable[TopicSpec]
    ) -> list[ev.Event]:
        self.reads.append([t.name for t in topics])
        return list(self.events)

    async def send_and_wait(
        self, topic: TopicSpec, event: ev.EventBase, key: str | None = None
    ) -> None:
        self.sent.append((topic.name, event, key))

    @asynccontextmanager
    async def producer(self, settings: KafkaSettings) -> AsyncIterator[FakeBus]:
        yield self


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> FakeBus:
    fake = FakeBus()
    monkeypatch.setattr(flags_cmd, "read_all", fake.read_all)
    monkeypatch.setattr(flags_cmd, "event_producer", fake.producer)
    monkeypatch.setenv("USER", "ops-user")
    return fake


def _export(path: Path, events: Iterable[ev.EventBase]) -> Path:
    path.write_bytes(b"".join(ev.encode_event(e) + b"\n" for e in events))
    return path


def test_unknown_category_exits_2_lists_valid_ones_and_writes_nothing(bus: FakeBus) -> None:
    result = runner.invoke(app, ["flags", "set", "wsimo", "live", "--reason", "go"])
    assert result.exit_code == 2
    assert (
        f"error: unknown category 'wsimo'; valid categories: {', '.join(sorted(CATEGORIES))}"
        in result.stderr
    )
    assert (bus.sent, bus.reads) == ([], [])


def test_unknown_mode_exits_2_and_writes_nothing(bus: FakeBus) -> None:
    result = runner.invoke(app, ["flags", "set", "wismo", "on", "--reason", "go"])
    assert result.exit_code == 2
    assert "error: unknown mode 'on'; valid modes: off, shadow, live, paused" in result.stderr
    assert (bus.sent, bus.reads) == ([], [])


def test_empty_reason_exits_2(bus: FakeBus) -> None:
    result = runner.invoke(app, ["flags", "set", "wismo", "live", "--reason", "  "])
    assert result.exit_code == 2
    assert "error: --reason must not be empty" in result.stderr
    assert bus.sent == []


def test_missing_reason_is_a_usage_error(bus: FakeBus) -> None:
    result = runner.invoke(app, ["flags", "set", "wismo", "live"])
    assert result.exit_code == 2
    assert "--reason" in result.stderr
    assert bus.sent == []


def test_no_op_flip_exits_2_and_writes_nothing(bus: FakeBus) -> None:
    bus.events = [flip("wismo", "live", at(0), previous="shadow")]
    result = runner.invoke(app, ["flags", "set", "wismo", "live", "--reason", "again"])
    assert result.exit_code == 2
    assert "error: wismo is already live; nothing to change" in result.stderr
    assert bus.sent == []


def test_set_writes_the_same_flip_to_config_and_audit_keyed_by_category(bus: FakeBus) -> None:
    bus.events = [flip("wismo", "paused", at(0), previous="live")]
    result = runner.invoke(app, ["flags", "set", "wismo", "live", "--reason", "CSAT recovered"])
    assert result.exit_code == 0, result.output
    assert bus.reads == [[CONFIG.name, CONFIG_AUDIT.name]]
    assert [(topic, key) for topic, _, key in bus.sent] == [
        (CONFIG.name, "wismo"),
        (CONFIG_AUDIT.name, "wismo"),
    ]
    written = bus.sent[0][1]
    assert written is bus.sent[1][1]
    assert isinstance(written, ev.AutonomyModeChanged)
    assert (written.category, written.mode, written.previous_mode) == ("wismo", "live", "paused")
    assert (written.changed_by, written.reason) == ("ops-user", "CSAT recovered")
    assert result.stdout.startswith("wismo: paused → live by ops-user at ")


def test_set_by_names_who_and_first_flip_starts_from_shadow(bus: FakeBus) -> None:
    result = runner.invoke(app, ["flags", "set", "billing", "off", "--reason", "r", "--by", "bob"])
    assert result.exit_code == 0, result.output
    written = bus.sent[0][1]
    assert isinstance(written, ev.AutonomyModeChanged)
    assert (written.previous_mode, written.mode, written.changed_by) == ("shadow", "off", "bob")


def test_kafka_unreachable_is_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    async def unreachable(settings: KafkaSettings, topics: Iterable[TopicSpec]) -> list[ev.Event]:
        raise OSError("connection refused")

    monkeypatch.setattr(flags_cmd, "read_all", unreachable)
    result = runner.invoke(app, ["flags", "list"])
    assert result.exit_code == 1
    assert "error: cannot read from Kafka at" in result.stderr
    assert "connection refused" in result.stderr


def test_list_shows_every_taxonomy_category(bus: FakeBus) -> None:
    bus.events = [flip("wismo", "live", at(0), by="alice")]
    result = runner.invoke(app, ["flags", "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {row["category"]: row for row in json.loads(result.stdout)}
    assert set(rows) == set(CATEGORIES)
    assert rows["wismo"]["mode"] == "live"
    assert rows["wismo"]["last_flip"]["changed_by"] == "alice"
    assert {rows[c]["mode"] for c in CATEGORIES if c != "wismo"} == {"shadow"}


def test_history_offline_from_an_export(tmp_path: Path, bus: FakeBus) -> None:
    export = _export(
        tmp_path / "events.jsonl",
        [
            flip("wismo", "paused", at(2), previous="live", by="metrics-circuit-breaker"),
            flip("wismo", "live", at(1), previous="shadow", by="alice"),
            flip("billing", "off", at(1)),
        ],
    )
    result = runner.invoke(app, ["flags", "history", "wismo", "--events", str(export)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "WHEN                  CHANGE         BY                       REASON",
        "2025-03-04 00:00:00Z  shadow → live  alice                    to live",
        "2025-03-05 00:00:00Z  live → paused  metrics-circuit-breaker  to paused",
    ]
    assert bus.reads == []


def test_history_of_an_unknown_category_exits_2(tmp_path: Path, bus: FakeBus) -> None:
    export = _export(tmp_path / "events.jsonl", [])
    result = runner.invoke(app, ["flags", "history", "nope", "--events", str(export)])
    assert result.exit_code == 2
    assert "error: unknown category 'nope'" in result.stderr


def test_history_of_a_missing_export_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["flags", "history", "wismo", "--events", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert f"error: --events: {tmp_path / 'x'} does not exist" in result.stderr


def test_rollout_status_offline_json(tmp_path: Path, bus: FakeBus) -> None:
    events: list[ev.EventBase] = [drafted(f"t{i}", "wismo", at(i / 100)) for i in range(3)]
    events += [
        reviewed("t0", "wismo", at(1), "sent_as_is", 0.0),
        reviewed("t1", "wismo", at(1), "discarded", 1.0),
    ]
    export = _export(tmp_path / "events.jsonl", events)
    result = runner.invoke(app, ["rollout", "status", "--events", str(export), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {row["category"]: row for row in json.loads(result.stdout)}
    assert set(rows) == set(CATEGORIES)
    wismo = rows["wismo"]
    assert (wismo["shadow_tickets"], wismo["reviewed_drafts"], wismo["acceptance_rate"]) == (
        3,
        2,
        0.5,
    )
    assert wismo["recommendation"] == "keep"
    assert bus.reads == []


def test_rollout_status_table_reads_the_topics(bus: FakeBus) -> None:
    bus.events = [drafted("t1", "wismo", at(0))]
    result = runner.invoke(app, ["rollout", "status"])
    assert result.exit_code == 0, result.output
    assert bus.reads == [
        [
            "supportloop.tickets.inbound.v1",  # who wrote about which order: repeat contacts
            "supportloop.resolutions.v1",
            "supportloop.escalations.v1",
            "supportloop.handoffs.v1",
            "supportloop.human-outcomes.v1",
            "supportloop.reviews.v1",
            "supportloop.config-audit.v1",
            "supportloop.config.v1",
        ]
    ]
    lines = result.stdout.splitlines()
    assert lines[0] == "window: 2025-W07 … 2025-W10"
    wismo = next(line for line in lines if line.startswith("wismo "))
    assert wismo.split()[:5] == ["wismo", "shadow", "1", "0", "—"]
