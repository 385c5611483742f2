from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from triage_support import HISTORY, TICKETS, read_jsonl, side_effects
from typer.testing import CliRunner

from supportloop.adapters.connectors import ReadOnlyViolation
from supportloop.adapters.wiring import build_workflow
from supportloop.cli.main import app
from supportloop.core.events import (
    IdStage,
    TicketClassified,
    TicketEscalated,
    TicketResolved,
    derive_event_id,
)
from supportloop.triage.connect import read_only_evaluator, read_only_settings
from supportloop.triage.replay import load_results

AGREEMENT = {
    "H-01": ("wismo", "send_tracking", "send_tracking", "agree"),
    "H-02": ("refund_request", "refund_order", "declined", "risky"),
    "H-03": ("cancellation", "cancel_order", "cancel_order", "agree"),
    # the agent refunded the $207.50 order for a jacket complaint; SupportLoop recommends the
    # jacket's refund ($189, over the cap: a person decides)
    "H-04": ("refund_request", "refund_line_items", "refund_order", "missed"),
    "H-05": ("newsletter", None, "unsubscribed", "hands_off"),
    "H-06": ("wismo", "send_tracking", None, "no_history"),
    "H-07": ("legal", "human_review", "human_review", "hands_off"),
    "H-08": ("order_status", "send_order_status", "send_order_status", "agree"),
    "H-09": ("refund_request", "refund_order", "refund_order", "agree"),
}


def replay(*args: str) -> Any:
    return CliRunner().invoke(app, ["replay", *args], env={"COLUMNS": "200"})


def by_id(path: Path) -> dict[str, dict[str, Any]]:
    return {r["ticket_id"]: r for r in load_results(path)}


def test_agreement_per_ticket_and_category(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    result = replay(str(HISTORY), "--output", str(out), "--store-url", store_url)
    assert result.exit_code == 1  # one bad row in the history
    records = by_id(out)
    got = {
        k: (r["category"], r["action"], r["agent_action"], r["agreement"])
        for k, r in records.items()
    }
    assert got == AGREEMENT
    assert records["H-02"]["agent_reply"] == "Sorry, socks are final once worn."
    assert records["H-02"]["resolved_by"] == "human"

    from supportloop.triage.agreement import summarise_agreement

    lines = {line.category: line for line in summarise_agreement(records.values())}
    refund = lines["refund_request"]
    assert (refund.volume, refund.with_history, refund.ai_acts) == (3, 3, 2)
    assert (refund.agree, refund.risky, refund.missed, refund.hands_off) == (1, 1, 1, 0)
    assert refund.agreement_rate == 0.5
    assert refund.projected_autonomous_rate == pytest.approx(1 / 3)
    wismo = lines["wismo"]
    assert (wismo.volume, wismo.with_history, wismo.agree, wismo.automatable_rate) == (
        2, 1, 1, 0.5,
    )  # fmt: skip
    assert wismo.projected_autonomous_rate == 1.0
    total = lines["total"]
    assert (total.volume, total.with_history, total.ai_acts) == (9, 8, 5)
    assert (total.agree, total.risky, total.missed, total.hands_off) == (4, 1, 1, 2)
    assert (total.agreement_rate, total.projected_autonomous_rate) == (0.8, 0.5)

    table = result.stdout
    total_row = next(line for line in table.splitlines() if "│ total" in line)
    cells = [cell.strip() for cell in total_row.split("│")[1:-1]]
    assert cells == ["total", "9", "8", "5", "4", "1", "1", "56%", "80%", "50%"]
    risky_row = next(line for line in table.splitlines() if "H-02" in line)
    assert "refund_order" in risky_row and "declined" in risky_row
    assert "Risky disagreements (1)" in table
    assert "bad row row 6: customer.email: Field required" in result.stderr
    assert "9 tickets replayed" in result.stderr


def test_replay_leaves_no_side_effect(store_url: str, tmp_path: Path) -> None:
    replay(str(HISTORY), "--output", str(tmp_path / "r.jsonl"), "--store-url", store_url)
    assert side_effects(store_url) == []


def test_resume_skips_done_ids_and_repairs_a_torn_line(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    done = {"ticket_id": "H-01", "category": "wismo", "kind": "clean", "agreement": "agree",
            "marker": "from the first run"}  # fmt: skip
    torn = '{"ticket_id": "H-02", "categ'
    out.write_text("garbage\n" + json.dumps(done) + "\n" + torn, encoding="utf-8")
    result = replay(str(HISTORY), "--output", str(out), "--resume", "--store-url", store_url)
    assert "8 tickets replayed" in result.stderr
    assert "1 already done" in result.stderr
    records = load_results(out)
    assert [r["ticket_id"] for r in records] == [f"H-0{i}" for i in range(1, 10)]
    assert records[0]["marker"] == "from the first run"
    again = replay(str(HISTORY), "--output", str(out), "--resume", "--store-url", store_url)
    assert "0 tickets replayed" in again.stderr
    assert "9 already done" in again.stderr
    assert len(load_results(out)) == 9


def test_without_resume_the_output_starts_over(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_text(json.dumps({"ticket_id": "OLD", "category": "x"}) + "\n", encoding="utf-8")
    replay(str(HISTORY), "--output", str(out), "--store-url", store_url)
    assert "OLD" not in by_id(out)


def test_since_skips_older_tickets(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    result = replay(
        str(HISTORY), "--output", str(out), "--since", "2025-05-15", "--store-url", store_url
    )
    assert "1 before --since" in result.stderr
    assert sorted(by_id(out)) == sorted(set(AGREEMENT) - {"H-07"})


def test_needs_exactly_one_source() -> None:
    assert replay().exit_code == 2
    both = replay(str(HISTORY), "--topic", "supportloop.tickets.inbound.v1")
    assert both.exit_code == 2
    assert "give either FILE or --topic" in both.output


async def test_read_only_connectors_refuse_writes(store_url: str) -> None:
    async with read_only_evaluator(store_url, "policies", "knowledge_base", demo=True) as ev:
        commerce: Any = ev.gatherer.commerce
        assert await commerce.get_order("1006") is not None  # reads still work
        with pytest.raises(ReadOnlyViolation, match="read-only: refused POST"):
            await commerce.refund_order("1006", "24.00", "test:refund")
        accounts: Any = ev.gatherer.accounts
        with pytest.raises(ReadOnlyViolation):
            await accounts.send_password_reset("jonah.lindqvist102@inbox.example.net", "k")
    assert side_effects(store_url) == []


async def test_even_the_live_workflow_cannot_act_through_read_only_settings(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUPPORTLOOP_RESOLVER_RETRY_BACKOFF_S", "0")
    record = next(r for r in read_jsonl(TICKETS) if r["id"] == "TR-02")
    from supportloop.core.events import Ticket

    ticket = Ticket.model_validate(record)
    classified = TicketClassified(
        event_id=derive_event_id(ticket.id, IdStage.CLASSIFIED), ticket_id=ticket.id, ticket=ticket,
        received_at=datetime.now(UTC), category="refund_request", tier=2, confidence=0.9,
        escalate=False, classifier="model", model_version="test",
    )  # fmt: skip
    workflow = build_workflow(
        store_url, "policies", "knowledge_base", settings=read_only_settings(demo=True)
    )
    events = await workflow.handle(classified, "live")
    assert not any(isinstance(e, TicketResolved) for e in events)
    (escalated,) = events
    assert isinstance(escalated, TicketEscalated)
    assert escalated.reason == "connector_error"
    assert "read-only: refused POST" in escalated.reasons[0]
    assert side_effects(store_url) == []
