"""`supportloop flags` against a real broker: a flip lands on both config topics and shows
in `flags list` and `flags history` with who, when, why and the previous mode."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from supportloop.adapters.kafka.admin import create_topics
from supportloop.adapters.kafka.reader import read_all
from supportloop.cli.main import app
from supportloop.core import events as ev
from supportloop.core.topics import CONFIG, CONFIG_AUDIT
from supportloop.settings import KafkaSettings

pytestmark = pytest.mark.integration
PREFIX = "flags-cli."  # topics of our own: other tests flip modes on the shared broker


@pytest.fixture(scope="module")
def flags_kafka(kafka_settings: KafkaSettings) -> KafkaSettings:
    settings = kafka_settings.model_copy(update={"topic_prefix": PREFIX})
    asyncio.run(create_topics(settings, [CONFIG, CONFIG_AUDIT]))
    _wait_until_readable(settings)
    return settings


def _wait_until_readable(settings: KafkaSettings, timeout_s: float = 30.0) -> None:
    """A brand-new topic has no leader for a moment; the reader then finds no partitions."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            asyncio.run(read_all(settings, [CONFIG, CONFIG_AUDIT]))
            return
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def _cli(settings: KafkaSettings, *args: str) -> tuple[int, str, str]:
    env = {
        "SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
        "SUPPORTLOOP_KAFKA_TOPIC_PREFIX": settings.topic_prefix,
        "USER": "ci-user",
    }
    result = CliRunner().invoke(app, ["flags", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def _flips(settings: KafkaSettings, topic: object) -> list[ev.AutonomyModeChanged]:
    events = asyncio.run(read_all(settings, [topic]))  # type: ignore[list-item]
    return [e for e in events if isinstance(e, ev.AutonomyModeChanged)]


def test_set_then_list_and_history_show_the_audited_flips(flags_kafka: KafkaSettings) -> None:
    started = datetime.now(UTC)
    code, out, err = _cli(
        flags_kafka, "set", "wismo", "live", "--reason", "acceptance 93%", "--by", "alice"
    )
    assert code == 0, err
    assert out.startswith("wismo: shadow → live by alice at ")

    code, out, err = _cli(flags_kafka, "list", "--format", "json")
    assert code == 0, err
    rows = {row["category"]: row for row in json.loads(out)}
    assert rows["wismo"]["mode"] == "live"
    assert rows["wismo"]["last_flip"]["previous_mode"] == "shadow"
    assert rows["wismo"]["last_flip"]["changed_by"] == "alice"
    assert rows["refund_request"] == {
        "category": "refund_request",
        "mode": "shadow",
        "last_flip": None,
    }

    code, _, err = _cli(flags_kafka, "set", "wismo", "paused", "--reason", "CSAT dip")
    assert code == 0, err
    code, out, err = _cli(flags_kafka, "history", "wismo", "--format", "json")
    assert code == 0, err
    history = json.loads(out)
    assert [(h["previous_mode"], h["mode"], h["changed_by"], h["reason"]) for h in history] == [
        ("shadow", "live", "alice", "acceptance 93%"),
        ("live", "paused", "ci-user", "CSAT dip"),
    ]
    for row in history:
        at = datetime.strptime(row["at"], "%Y-%m-%d %H:%M:%SZ").replace(tzinfo=UTC)
        assert started - timedelta(seconds=1) <= at <= datetime.now(UTC)

    code, out, err = _cli(flags_kafka, "history", "wismo")
    assert code == 0, err
    assert [line.split("  ")[1].strip() for line in out.splitlines()[1:]] == [
        "shadow → live",
        "live → paused",
    ]

    config, audit = _flips(flags_kafka, CONFIG), _flips(flags_kafka, CONFIG_AUDIT)
    assert [f.event_id for f in config] == [f.event_id for f in audit]
    assert [(f.category, f.mode) for f in audit] == [("wismo", "live"), ("wismo", "paused")]


def test_rejected_flips_write_nothing(flags_kafka: KafkaSettings) -> None:
    before = len(_flips(flags_kafka, CONFIG_AUDIT))
    code, _, err = _cli(flags_kafka, "set", "wsimo", "live", "--reason", "typo")
    assert (code, "unknown category 'wsimo'" in err) == (2, True)
    code, _, err = _cli(flags_kafka, "set", "billing", "turbo", "--reason", "typo")
    assert (code, "unknown mode 'turbo'" in err) == (2, True)
    current = json.loads(_cli(flags_kafka, "list", "--format", "json")[1])
    mode = {row["category"]: row["mode"] for row in current}["billing"]
    code, _, err = _cli(flags_kafka, "set", "billing", mode, "--reason", "again")
    assert (code, f"billing is already {mode}" in err) == (2, True)
    assert len(_flips(flags_kafka, CONFIG_AUDIT)) == before
