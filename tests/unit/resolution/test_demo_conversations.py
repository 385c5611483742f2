"""The demo's multi-turn threads: follow-ups on tickets the AI resolved, printed per turn."""

from __future__ import annotations

import io
import json

from resolution_harness import RECEIVED_AT, Harness
from rich.console import Console

from supportloop.adapters.ingest.records import to_ticket
from supportloop.core import events as ev
from supportloop.core.outcomes import TerminalOutcome
from supportloop.devtools.demo.conversations import (
    THREADS,
    conversations_table,
    follow_up_lines,
)


def test_follow_ups_are_import_lines_on_resolved_tickets_and_print_per_turn(
    harness: Harness,
) -> None:
    labels = {tid: (label["category"], label["scenario"]) for tid, label in harness.labels.items()}
    resolved = [tid for tid in harness.tickets if labels[tid][0] in ("wismo", "order_status")]
    lines = follow_up_lines(harness.tickets, labels, resolved)
    kinds = [kind for kind, _ in lines]
    assert {"thank-you", "second question", "dispute", "a person", "three turns"} <= set(kinds)
    assert len(lines) == sum(len(t.turns) for t in THREADS)
    for number, (_, line) in enumerate(lines, start=1):
        row = to_ticket(number, json.loads(json.dumps(line)))  # as ingest reads the file
        assert row.ticket is not None and row.ticket.message_id in ("m2", "m3")
        assert row.ticket.customer == harness.tickets[row.ticket.id].customer
    # never a ticket the AI did not resolve
    assert follow_up_lines(harness.tickets, labels, []) == []

    tid = str(lines[0][1]["id"])
    answer = ev.TicketResolved(
        event_id="r", ticket_id=tid, category="wismo", mode="live", outcome="resolved",
        reply="x", rule_id="r", rule_version="1", received_at=RECEIVED_AT, latency_ms=1.0,
        action=ev.ActionTaken(name="send_tracking", idempotency_key=f"{tid}:send_tracking"),
    )  # fmt: skip
    person = ev.TicketHandedOff(
        event_id="h", ticket_id=tid, message_id="m2", category="feedback", queue="general",
        priority="normal", reason="human_owned", recommended_action="human_review",
        received_at=RECEIVED_AT, latency_ms=1.0,
    )  # fmt: skip
    outcomes = {tid: TerminalOutcome(tid, "r", "wismo", "resolved", 1.0)}
    table = conversations_table(harness.tickets, lines[:1], {tid: [answer, person]}, outcomes)
    out = io.StringIO()
    Console(file=out, width=200).print(table)
    text = out.getvalue()
    assert "answered by the AI · send_tracking" in text
    assert "handed to a person · human_owned → general" in text
