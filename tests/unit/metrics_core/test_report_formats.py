"""Reports for sharing: the weekly report as markdown and as one self-contained HTML page,
and the format a command picks when none is given (the browser test is tests/tools)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.cli.terminal import check_width, resolve_format
from supportloop.core.events import encode_event
from supportloop.core.metrics.report import build_weekly_report
from supportloop.devtools.demo.rollout import rollout_story, rollout_story_with_report
from supportloop.devtools.simulator import simulate_rollout
from supportloop.reporting.html import sparkline
from supportloop.reporting.weekly import render_html, render_markdown, write_weekly_html


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_format_follows_the_output_and_the_terminal() -> None:
    piped = io.StringIO()
    assert resolve_format(None, None, None, piped) == "markdown"
    assert resolve_format(None, None, None, Tty()) == "table"
    assert resolve_format(None, None, 120, piped) == "table"
    assert resolve_format(None, Path("r.HTML"), None, Tty()) == "html"
    assert resolve_format(None, Path("r.csv"), None, Tty()) == "csv"
    assert resolve_format("json", Path("r.html"), None, Tty()) == "json"
    with pytest.raises(ValueError, match="--width must be at least 40"):
        check_width(12)


def test_sparkline_scales_to_the_values_and_breaks_at_gaps() -> None:
    svg = sparkline([1.0, 2.0, None, 3.0, 4.0], label="x", width=98)
    lines = re.findall(r'<polyline points="([^"]+)"', svg)
    assert lines == ["2.0,20.0 25.5,14.0", "72.5,8.0 96.0,2.0"]
    assert sparkline([None, None], label="x").endswith("—</span>")


def test_weekly_markdown_and_html_carry_every_category(tmp_path: Path) -> None:
    events = simulate_rollout(7, weeks=3, tickets_per_week=120)
    report = build_weekly_report(events, weeks=3)
    markdown = render_markdown(report)
    assert markdown.count("\n## 20") == 3
    header = "| category | mode | tickets | auto-res |"
    assert markdown.count(header) == 3
    assert all(len(line) < 400 for line in markdown.splitlines())
    html = render_html(report)
    for row in report.weeks[-1].categories:
        assert f"<td>{row.category}</td>" in html
    assert html.count("<polyline") > 10
    assert "<script" not in html and not re.search(r"\b(src|href)=", html)
    path = write_weekly_html(report, tmp_path / "deep" / "weekly.html")
    assert path.is_absolute() and path.read_text(encoding="utf-8") == html


def test_the_demo_story_comes_with_the_same_report() -> None:
    text, report = rollout_story_with_report(3, weeks=3, tickets_per_week=60)
    assert text == rollout_story(3, weeks=3, tickets_per_week=60)
    assert len(report.weeks) == 3


def test_report_weekly_cli_writes_html_and_pipes_markdown(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_bytes(
        b"".join(encode_event(e) + b"\n" for e in simulate_rollout(7, weeks=2, tickets_per_week=60))
    )
    piped = CliRunner().invoke(app, ["report", "weekly", "--events", str(events)])
    assert piped.exit_code == 0, piped.output
    assert piped.stdout.startswith("# SupportLoop weekly report — 2 week(s)")
    out = tmp_path / "w.html"
    written = CliRunner().invoke(
        app, ["report", "weekly", "--events", str(events), "--output", str(out)]
    )
    assert written.exit_code == 0, written.output
    assert written.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    table = CliRunner().invoke(
        app, ["report", "weekly", "--events", str(events), "--format", "table"]
    )
    assert table.stdout.startswith("SupportLoop weekly report — 2 week(s)")


def test_the_seventh_number_in_every_weekly_format(tmp_path: Path) -> None:
    from supportloop.core.metrics.weeks import as_utc
    from tests.unit.metrics_core.factory import at, resolved
    from tests.unit.metrics_core.test_repeat_contacts import contact

    extra = [
        contact("R1", at(0), email="rae@example.com", order="9001"),
        resolved("R1", "wismo", at(0.1)),
        contact("R2", at(2), email="rae@example.com", order="9001"),
    ]
    simulated = simulate_rollout(7, weeks=2, tickets_per_week=60)
    everything = sorted([*simulated, *extra], key=lambda e: as_utc(e.occurred_at))
    events = tmp_path / "events.jsonl"
    events.write_bytes(b"".join(encode_event(e) + b"\n" for e in everything))

    def weekly(fmt: str) -> str:
        result = CliRunner().invoke(
            app, ["report", "weekly", "--events", str(events), "--format", fmt]
        )
        assert result.exit_code == 0, result.output
        return result.stdout

    import json

    document = json.loads(weekly("json"))
    wismo = [
        r for r in document["repeat_contacts"]
        if (r["week"], r["category"], r["resolved_by"]) == ("2025-W10", "wismo", "ai")
    ]  # fmt: skip
    assert len(wismo) == 1 and wismo[0]["repeated"] >= 1
    assert "Repeat contacts within 7 days" in weekly("table")
    assert "Repeat contacts within 7 days" in weekly("markdown")
    html = weekly("html")
    assert "The seventh number: repeat contacts within 7 days" in html
    assert 'aria-label="wismo: ai-resolved repeat rate over weeks"' in html


def test_a_narrow_terminal_gets_blocks_that_never_exceed_its_width(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_bytes(
        b"".join(encode_event(e) + b"\n" for e in simulate_rollout(7, weeks=1, tickets_per_week=60))
    )

    def weekly(*extra: str) -> str:
        result = CliRunner().invoke(
            app, ["report", "weekly", "--events", str(events), "--format", "table", *extra]
        )
        assert result.exit_code == 0, result.output
        return result.stdout

    wide = weekly()
    assert max(len(line) for line in wide.splitlines()) > 80  # the grid
    narrow = weekly("--width", "80")
    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert "\n  mode: " in narrow or "\n  tickets: " in narrow
    assert weekly("--width", "400").startswith(wide.splitlines()[0])
