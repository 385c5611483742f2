"""CSAT and draft acceptance by the customer's language (`report weekly --by-language`,
`rollout status --by-language`)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core import events as ev
from supportloop.core.metrics.languages import by_language, render_languages

AT = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def _classified(tid: str, language: str) -> ev.TicketClassified:
    ticket = ev.Ticket(id=tid, body="x", customer=ev.Customer(email="a@example.com"), created_at=AT)
    return ev.TicketClassified(
        event_id=f"c-{tid}", ticket_id=tid, ticket=ticket, received_at=AT, category="wismo",
        tier=1, confidence=0.9, escalate=False, language=language, classifier="t",
        model_version="t", occurred_at=AT,
    )  # fmt: skip


def _resolved(tid: str, outcome: str) -> ev.TicketResolved:
    return ev.TicketResolved(
        event_id=f"r-{tid}", ticket_id=tid, category="wismo",
        mode="live" if outcome == "resolved" else "shadow", outcome=outcome, reply="r",
        rule_id="wismo", rule_version="1", received_at=AT, latency_ms=5.0, occurred_at=AT,
    )  # fmt: skip


def _csat(tid: str, score: int) -> ev.HumanOutcome:
    return ev.HumanOutcome(
        event_id=f"s-{tid}", ticket_id=tid, kind="csat", csat_score=score, occurred_at=AT
    )


def _review(tid: str, verdict: str, edit: float) -> ev.DraftReviewed:
    return ev.DraftReviewed(
        event_id=f"d-{tid}", ticket_id=tid, category="wismo", verdict=verdict,  # type: ignore[arg-type]
        edit_ratio=edit, occurred_at=AT,
    )  # fmt: skip


EVENTS: list[ev.Event] = [
    _classified("e1", "en"), _resolved("e1", "resolved"), _csat("e1", 5),
    _classified("e2", "en"), _resolved("e2", "resolved"), _csat("e2", 4),
    _classified("e3", "en"), _resolved("e3", "drafted"), _review("e3", "sent_as_is", 0.0),
    _classified("s1", "es"), _resolved("s1", "resolved"), _csat("s1", 2),
    _classified("s2", "es"), _resolved("s2", "drafted"), _review("s2", "edited", 0.6),
    _classified("s3", "es"), _resolved("s3", "drafted"), _review("s3", "edited", 0.1),
    _classified("d1", "de"), _csat("d1", 3),  # handled by a person
    _resolved("x1", "resolved"),  # classification not among the events
]  # fmt: skip


def test_rows_per_language() -> None:
    rows = {r.language: r for r in by_language(EVENTS)}
    assert list(rows) == ["en", "es", "de", "unknown"]
    en, es, de = rows["en"], rows["es"], rows["de"]
    assert (en.tickets, en.ai_resolved, en.drafted, en.drafts_reviewed) == (3, 2, 1, 1)
    assert (en.draft_acceptance, en.csat_ai_points, en.csat_ai_ratings) == (1.0, 87.5, 2)
    assert (es.ai_resolved, es.drafted, es.draft_acceptance) == (1, 2, 0.5)
    assert (es.csat_ai_points, es.csat_human_points) == (25.0, None)
    assert (de.csat_human_points, de.csat_human_ratings, de.csat_ai_ratings) == (50.0, 1, 0)
    assert rows["unknown"].ai_resolved == 1
    table = render_languages(list(rows.values()))
    assert "es" in table and "50%" in table and "87.5" in table


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    path.write_text("".join(e.model_dump_json() + "\n" for e in EVENTS), encoding="utf-8")
    return path


def test_report_weekly_by_language(tmp_path: Path) -> None:
    events = _export(tmp_path)
    result = CliRunner().invoke(
        app, ["report", "weekly", "--events", str(events), "--by-language", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = {r["language"]: r for r in json.loads(result.output)}
    assert rows["es"]["draft_acceptance"] == 0.5 and rows["en"]["csat_ai_points"] == 87.5


def test_rollout_status_by_language(tmp_path: Path) -> None:
    events = _export(tmp_path)
    table = CliRunner().invoke(app, ["rollout", "status", "--events", str(events), "--by-language"])
    assert table.exit_code == 0, table.output
    assert "By language" in table.output
    both = CliRunner().invoke(
        app,
        ["rollout", "status", "--events", str(events), "--by-language", "--format", "json"],
    )
    assert both.exit_code == 0, both.output
    document = json.loads(both.output)
    assert {r["language"] for r in document["languages"]} == {"en", "es", "de", "unknown"}
    assert document["categories"]
