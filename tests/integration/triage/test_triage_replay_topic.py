"""`supportloop replay --topic`: history read from Kafka, agent outcomes joined from the
human-outcomes topic, against the real broker started by the session fixture."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from supportloop.adapters.kafka.admin import create_topics
from supportloop.adapters.kafka.produce import event_producer
from supportloop.cli.main import app
from supportloop.core import events as ev
from supportloop.core.topics import HUMAN_OUTCOMES, TopicSpec
from supportloop.devtools.demo_store import start_demo_store_in_thread
from supportloop.settings import KafkaSettings

pytestmark = pytest.mark.integration
REPO_ROOT = Path(__file__).resolve().parents[3]
HISTORY = REPO_ROOT / "tests" / "fixtures" / "triage" / "history.jsonl"
TOPIC = TopicSpec("triage-replay-history.v1", "ticket_id", (ev.TicketReceived,))


@pytest.fixture
def store_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.chdir(REPO_ROOT)
    url, stop = start_demo_store_in_thread()
    try:
        yield url
    finally:
        stop()


async def publish_history(settings: KafkaSettings) -> None:
    await create_topics(settings, [TOPIC])
    records = {r["id"]: r for r in map(json.loads, HISTORY.read_text().splitlines())}
    async with event_producer(settings) as producer:
        for ticket_id in ("H-01", "H-02", "H-03"):
            fields = {
                k: v
                for k, v in records[ticket_id].items()
                if not k.startswith(("agent_", "resolved_"))
            }
            await producer.send_and_wait(
                TOPIC, ev.TicketReceived.of(ev.Ticket.model_validate(fields), "replay")
            )
        await producer.send_raw(TOPIC, b"not an event", b"junk")
        for ticket_id, action in (("H-01", "send_tracking"), ("H-02", "declined")):
            outcome = ev.HumanOutcome(
                event_id=ev.derive_event_id(ticket_id, ev.IdStage.AGENT_REPLY), ticket_id=ticket_id,
                kind="agent_reply", action=action, resolved_by="human",
            )  # fmt: skip
            await producer.send_and_wait(HUMAN_OUTCOMES, outcome)


def test_replay_from_a_topic(kafka_settings: KafkaSettings, store_url: str, tmp_path: Path) -> None:
    asyncio.run(publish_history(kafka_settings))
    out = tmp_path / "results.jsonl"
    result = CliRunner().invoke(
        app,
        ["replay", "--topic", TOPIC.name, "--output", str(out), "--store-url", store_url],
        env={"SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS": kafka_settings.bootstrap_servers},
    )
    assert result.exit_code == 1, result.output  # the junk message is a bad row
    assert "not a valid event" in result.stderr
    records = {r["ticket_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert {k: (r["agent_action"], r["agreement"]) for k, r in records.items()} == {
        "H-01": ("send_tracking", "agree"),
        "H-02": ("declined", "risky"),
        "H-03": (None, "no_history"),
    }
    effects = httpx.get(f"{store_url}/_demo/side-effects").json()["side_effects"]
    assert effects == []
