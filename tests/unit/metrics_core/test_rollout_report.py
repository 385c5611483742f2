from __future__ import annotations

import csv
import io
import json
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core import events as ev
from supportloop.core.metrics.report import build_weekly_report, render
from supportloop.devtools.simulator import simulate_rollout
from tests.unit.metrics_core.factory import at, ratings, resolved

SEED = 7


@cache
def story() -> tuple[ev.Event, ...]:
    return tuple(simulate_rollout(SEED))


def mode_changes(events: tuple[ev.Event, ...]) -> list[tuple[str, str, str, str]]:
    return [
        (e.occurred_at.strftime("%G-W%V"), e.category, e.mode, e.changed_by)
        for e in events
        if isinstance(e, ev.AutonomyModeChanged) and e.mode != "shadow"
    ]


def test_rollout_goes_live_one_category_a_week_and_the_breaker_pauses_the_degraded_one() -> None:
    assert mode_changes(story()) == [
        ("2025-W12", "wismo", "live", "ops:simulated"),
        ("2025-W13", "order_status", "live", "ops:simulated"),
        ("2025-W14", "address_change", "live", "ops:simulated"),
        ("2025-W15", "return_request", "live", "ops:simulated"),
        ("2025-W15", "order_status", "paused", "metrics-circuit-breaker"),
        ("2025-W16", "subscription_change", "live", "ops:simulated"),
    ]


def test_weeks_one_and_two_are_all_shadow_and_events_are_in_event_time_order() -> None:
    events = story()
    assert [e.occurred_at for e in events] == sorted(e.occurred_at for e in events)
    report = build_weekly_report(events, weeks=8)
    assert [w.week for w in report.weeks][:2] == ["2025-W10", "2025-W11"]
    for week in report.weeks[:2]:
        assert week.overall.ai_resolved == 0
        assert {r.mode for r in week.categories} <= {"shadow", None}
    paused = next(r for r in report.weeks[6].categories if r.category == "order_status")
    assert paused.mode == "paused"
    assert paused.ai_resolved == 0


def test_same_seed_gives_the_same_report_and_another_seed_does_not() -> None:
    first = render(build_weekly_report(story(), weeks=8), "json")
    again = render(build_weekly_report(simulate_rollout(SEED), weeks=8), "json")
    assert first == again
    small = render(build_weekly_report(simulate_rollout(SEED, 2, 50), weeks=2), "table")
    other = render(build_weekly_report(simulate_rollout(SEED + 1, 2, 50), weeks=2), "table")
    assert small != other


def test_report_renders_table_csv_and_json() -> None:
    events: list[ev.Event] = [
        resolved("a", "wismo", at(0)),
        resolved("b", "wismo", at(0), outcome="drafted"),
    ]
    events += ratings("r", [5, 3], at(1))
    report = build_weekly_report(events, weeks=4)
    table = render(report, "table")
    assert "== 2025-W10 (from 2025-03-03) ==" in table
    assert "50.0%" in table
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert [
        (r["category"], r["autonomous_resolution_rate"], r["csat_ai_points"]) for r in rows
    ] == [
        ("ALL", "0.5", "75.0"),
        ("wismo", "0.5", "75.0"),
    ]
    assert rows[0]["escalation_accuracy"] == ""  # undefined, not 0
    data = json.loads(render(report, "json"))
    assert data["weeks"][0]["overall"]["csat_human_points"] is None
    assert render(build_weekly_report([], weeks=4), "table").endswith("No events.\n")


def test_cli_simulates_and_reports_from_a_jsonl_export(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "events.jsonl"
    result = runner.invoke(
        app, ["simulate", "--seed", "3", "--weeks", "2", "--tickets-per-week", "40", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    lines = out.read_bytes().splitlines()
    assert all(ev.decode_event(line) for line in lines)
    result = runner.invoke(
        app, ["report", "weekly", "--events", str(out), "--weeks", "1", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("2025-W11,ALL,")
    expected = render(build_weekly_report((ev.decode_event(x) for x in lines), 1), "csv")
    assert result.output == expected


def test_cli_rejects_a_malformed_line_with_its_number(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('\n{"type": "nope"}\n')
    result = CliRunner().invoke(app, ["report", "weekly", "--events", str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl:2" in result.output


@pytest.mark.parametrize("fmt", ["xml"])
def test_unknown_format_is_refused(fmt: str) -> None:
    with pytest.raises(ValueError):
        render(build_weekly_report([], weeks=1), fmt)  # type: ignore[arg-type]
