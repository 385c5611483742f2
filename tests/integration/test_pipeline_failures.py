"""The four services on a real broker: poison messages, webhooks, bad input files."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.adapters.ingest.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import read_all
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.cli.main import app
from supportloop.core import events as ev
from supportloop.core.topics import DEAD_LETTERS, INBOUND
from supportloop.devtools.devstack import DevStack
from supportloop.settings import KafkaSettings
from tests.integration.conftest import WEBHOOK_SECRET
from tests.unit.foundation.fakes import ticket

pytestmark = pytest.mark.integration


def post(
    url: str, body: bytes, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, object]]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def signed(body: bytes) -> dict[str, str]:
    stamp = str(int(time.time()))
    return {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: sign(WEBHOOK_SECRET, stamp, body)}


def outcomes_for(settings: KafkaSettings, ids: set[str]) -> dict[str, str]:
    ledger = asyncio.run(wait_for_outcomes(settings, ids, timeout_s=60))
    return {t: o.outcome for t, o in ledger.outcomes.items() if t in ids}


def test_poison_messages_are_dead_lettered_and_the_stream_goes_on(
    stack: DevStack, kafka_settings: KafkaSettings
) -> None:
    async def send() -> None:
        async with event_producer(kafka_settings) as producer:
            await producer.send_raw(INBOUND, b"{not json", key=b"POISON-1")
            await producer.send_raw(
                INBOUND, b'{"schema_version": 7, "type": "ticket.received"}', key=b"POISON-2"
            )
            await producer.send_and_wait(
                INBOUND, ev.TicketReceived.of(ticket("AFTER-POISON"), "test")
            )

    asyncio.run(send())
    outcomes = outcomes_for(kafka_settings, {"POISON-1", "POISON-2", "AFTER-POISON"})
    assert outcomes["POISON-1"] == "dead_lettered"
    assert outcomes["POISON-2"] == "dead_lettered"
    assert outcomes["AFTER-POISON"] in {"escalated", "resolved", "drafted"}
    letters = {
        e.ticket_id: e
        for e in asyncio.run(read_all(kafka_settings, [DEAD_LETTERS]))
        if isinstance(e, ev.DeadLettered)
    }
    assert (letters["POISON-1"].stage, letters["POISON-1"].reason) == ("classifier", "not_json")
    assert letters["POISON-1"].payload == "{not json"
    assert letters["POISON-2"].reason == "unsupported_schema_version"


def test_webhook_accepts_signed_tickets_and_rejects_bad_ones(
    stack: DevStack, kafka_settings: KafkaSettings
) -> None:
    url = f"http://127.0.0.1:{stack.processes['classifier'].port}/webhooks/tickets"
    ticket = {
        "id": "WEBHOOK-1",
        "subject": "Where is my order?",
        "description": "Order 1001 has not arrived",
        "requester": {"email": "w@example.com"},
        "created_at": "2026-11-01T10:00:00Z",
    }
    good = json.dumps({"ticket": ticket}).encode()
    assert post(url, good, signed(good)) == (202, {"accepted": True, "ticket_id": "WEBHOOK-1"})
    status, body = post(url, good, {TIMESTAMP_HEADER: "1", SIGNATURE_HEADER: "forged"})
    assert status == 401
    stale = str(int(time.time()) - 600)  # a captured request replayed ten minutes later
    replayed = {TIMESTAMP_HEADER: stale, SIGNATURE_HEADER: sign(WEBHOOK_SECRET, stale, good)}
    status, body = post(url, good, replayed)
    assert status == 401 and "tolerance 300 s" in str(body["reason"])
    bad_json = b"{nope"
    assert post(url, bad_json, signed(bad_json))[0] == 400
    deep = b"[" * 5000
    assert post(url, deep, signed(deep)) == (
        400,
        {"error": "JSON nested deeper than 64 levels", "reason": "too_deep"},
    )
    no_body = json.dumps({"ticket": {"id": "W2", "requester": {"email": "w@example.com"}}}).encode()
    status, body = post(url, no_body, signed(no_body))
    assert status == 422 and body["details"] == [{"field": "body", "reason": "Field required"}]
    assert set(outcomes_for(kafka_settings, {"WEBHOOK-1"})) == {"WEBHOOK-1"}


def test_ingest_reports_bad_rows_and_still_sends_good_ones(
    stack: DevStack, kafka_settings: KafkaSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(
        "id,subject,body,customer_email,order_id,created_at\n"
        "CSV-1,Late,Where is my parcel?,a@example.com,1001,2026-11-01T10:00:00Z\n"
        "CSV-2,Bad,Where is it?,not-an-email,1002,2026-11-01T10:00:00Z\n"
        "CSV-3,Refund,Please refund me,c@example.com,1003,2026-11-01T10:00:00Z\n"
    )
    monkeypatch.setenv("SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS", kafka_settings.bootstrap_servers)
    result = CliRunner().invoke(app, ["ingest", str(path)])
    assert result.exit_code == 1
    assert "row 3: customer.email:" in result.output
    assert "2 tickets published, 1 rows rejected" in result.output
    assert set(outcomes_for(kafka_settings, {"CSV-1", "CSV-3"})) == {"CSV-1", "CSV-3"}


def test_every_service_reports_health_and_metrics(stack: DevStack) -> None:
    for name, process in stack.processes.items():
        with urllib.request.urlopen(f"http://127.0.0.1:{process.port}/health", timeout=5) as r:
            assert json.loads(r.read()) == {"status": "ok", "service": name}
        with urllib.request.urlopen(f"http://127.0.0.1:{process.port}/metrics", timeout=5) as r:
            text = r.read().decode()
        assert "supportloop_messages_total" in text or name == "metrics"
        assert "# HELP supportloop_dead_letters_total" in text
