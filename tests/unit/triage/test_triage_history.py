from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

from supportloop.adapters.kafka.reader import ReadEvent
from supportloop.core import events as ev
from supportloop.core.topics import INBOUND
from supportloop.triage.agreement import compare
from supportloop.triage.evaluate import Evaluation
from supportloop.triage.history import AgentOutcome, read_history
from supportloop.triage.topic_source import agent_outcomes, history_rows, topic_spec

CLEAN_REFUND = Evaluation("clean", "effect", "refund_order", "1")
HANDED_OFF = Evaluation("policy_work", "out_of_policy", "refund_order", "else")


def test_compare_each_class() -> None:
    assert compare(CLEAN_REFUND, AgentOutcome("refund_order")) == "agree"
    assert compare(CLEAN_REFUND, AgentOutcome("declined")) == "risky"
    assert compare(CLEAN_REFUND, AgentOutcome("cancel_order")) == "risky"
    assert compare(HANDED_OFF, AgentOutcome("refund_order")) == "missed"
    assert compare(HANDED_OFF, AgentOutcome("human_review")) == "hands_off"
    assert compare(HANDED_OFF, AgentOutcome("declined")) == "hands_off"
    assert compare(CLEAN_REFUND, None) == "no_history"
    assert compare(CLEAN_REFUND, AgentOutcome(None, "a reply", "human")) == "no_history"


def test_csv_history_with_agent_columns(tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    path.write_text(
        "id,body,customer_email,created_at,agent_action,agent_reply,resolved_by\n"
        "A,Where is my order #1003?,keiko.gupta106@inbox.example.net,2025-06-01T10:00:00Z,"
        "Send Tracking,Here you go,Human\n"
        "B,Hello,someone@example.com,2025-06-01T10:00:00Z,,,\n"
        "C,,someone@example.com,2025-06-01T10:00:00Z,declined,,\n",
        encoding="utf-8",
    )
    first, second, third = read_history(path)
    assert first.ticket is not None and first.ticket.id == "A"
    assert first.agent == AgentOutcome("send_tracking", "Here you go", "human")
    assert second.ticket is not None and second.agent is None
    assert third.ticket is None
    assert [str(e) for e in third.errors] == [
        "row 4: body: String should have at least 1 character"
    ]


def test_jsonl_history_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    path.write_text('[1, 2]\n\n{"id": "X"\n', encoding="utf-8")
    rows = list(read_history(path))
    assert [(r.row, str(r.errors[0])) for r in rows] == [
        (1, "row 1: line: not a JSON object"),
        (3, "row 3: line: invalid JSON: Expecting ',' delimiter"),
    ]


def _ticket(ticket_id: str) -> ev.Ticket:
    return ev.Ticket(
        id=ticket_id,
        body="Where is my order #1003?",
        customer=ev.Customer(email="keiko.gupta106@inbox.example.net"),
        created_at=datetime(2025, 6, 1, tzinfo=UTC),
    )


def _outcome(ticket_id: str, kind: str, **fields: object) -> ev.HumanOutcome:
    return ev.HumanOutcome.model_validate(
        {"event_id": f"{ticket_id}:{kind}", "ticket_id": ticket_id, "kind": kind, **fields}
    )


def test_agent_outcomes_take_the_latest_action_and_ignore_csat() -> None:
    outcomes = agent_outcomes(
        [
            _outcome("T-1", "agent_reply", action="Send Tracking", reply="here", agent="ana"),
            _outcome("T-1", "csat", csat_score=5),
            _outcome("T-2", "approval", action="refund_order", resolved_by="human"),
            _outcome("T-2", "agent_reply", reply="done"),
        ]
    )
    assert outcomes == {
        "T-1": AgentOutcome("send_tracking", "here", None),
        "T-2": AgentOutcome("refund_order", "done", "human"),
    }


async def test_topic_messages_become_history_rows() -> None:
    received = ev.TicketReceived.of(_ticket("T-1"), "test")
    other = _outcome("T-1", "csat", csat_score=4)

    async def messages() -> AsyncIterator[ReadEvent]:
        for offset, event in enumerate([received, None, other]):
            yield ReadEvent("inbound", 0, offset, 0, event)

    outcomes = {"T-1": AgentOutcome("send_tracking")}
    rows = [row async for row in history_rows(messages(), outcomes)]
    assert rows[0].ticket == received.ticket
    assert rows[0].agent == AgentOutcome("send_tracking")
    assert [str(e) for r in rows[1:] for e in r.errors] == [
        "row 2: inbound[0]@1: not a valid event",
        "row 3: inbound[0]@2: human.outcome is not a ticket.received event",
    ]


def test_topic_spec_resolves_registry_names_with_or_without_prefix() -> None:
    assert topic_spec(INBOUND.name) is INBOUND
    assert topic_spec(f"acme.{INBOUND.name}", "acme.") is INBOUND
    archive = topic_spec("archive.tickets", "acme.")
    assert archive.full_name("acme.") == "acme.archive.tickets"
    assert archive.events == (ev.TicketReceived,)
