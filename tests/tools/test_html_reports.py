"""The HTML reports in a real browser: Debian's chromium, headless (installed by `make
chromium`, part of `make tools`). The test reads the rendered page's text, checks the
screenshot was produced and that the browser logged no console message (the pages carry a
``default-src 'none'`` CSP, so any fetch or script would log a violation)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core.events import encode_event
from supportloop.devtools.simulator import simulate_rollout
from supportloop.reporting.html import page

REPO_ROOT = Path(__file__).resolve().parents[2]
PASTE = REPO_ROOT / "tests/fixtures/triage/paste_147.jsonl"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def chromium() -> str:
    found = os.environ.get("SUPPORTLOOP_CHROMIUM") or shutil.which("chromium")
    if not found:
        pytest.fail("chromium not found: run `make chromium` (or `make tools`) first")
    return found


@dataclass(frozen=True)
class Rendered:
    text: str
    console: list[str]
    screenshot: Path


def render(html_file: Path, tmp_path: Path) -> Rendered:
    base = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
        "--window-size=1400,2000",
    ]  # fmt: skip
    url = html_file.resolve().as_uri()
    dom = subprocess.run(
        [*base, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True
    )
    shot = tmp_path / f"{html_file.stem}.png"
    snap = subprocess.run(
        [*base, f"--screenshot={shot}", url], capture_output=True, text=True, timeout=120
    )
    assert snap.returncode == 0, snap.stderr[-2000:]
    body = re.sub(r"(?s)<(style|title)\b.*?</\1>", " ", dom.stdout)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())
    console = [line for line in (dom.stderr + snap.stderr).splitlines() if ":CONSOLE" in line]
    return Rendered(text, console, shot)


def assert_self_contained(html: str) -> None:
    assert not re.search(r"""\b(?:src|href)\s*=""", html, re.I), "the page references a file"
    assert "<script" not in html.lower()
    assert "@import" not in html and "url(" not in html


def assert_screenshot(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC
    assert len(data) > 20_000  # a rendered page, not a blank image


def test_the_browser_reports_console_messages(tmp_path: Path) -> None:
    """The check below is only worth something if a bad page does fail it."""
    bad = tmp_path / "bad.html"
    bad.write_text(page("bad", "x", ['<img alt="" src="http://127.0.0.1:9/x.png">']))
    rendered = render(bad, tmp_path)
    assert any("Content Security Policy" in line for line in rendered.console)


def test_triage_report_renders_in_chromium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)  # the CLI's policies/ and knowledge_base/ are repo-relative
    out = tmp_path / "triage.html"
    result = CliRunner().invoke(app, ["triage", str(PASTE), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert_self_contained(html)
    rendered = render(out, tmp_path)
    assert rendered.console == []
    assert_screenshot(rendered.screenshot)
    text = rendered.text
    assert text.startswith("SupportLoop triage 147 tickets:")
    assert "0 bad rows. Nothing was executed." in text
    for heading in ("Automatable today, per category", "Top policy gaps", "Verdict per ticket"):
        assert heading in text
    assert "order lookup needed" in text
    assert "48101 wismo needs policy work customer e-mail needed: order #1001" in text
    assert html.count('<svg role="img" aria-label="Share of tickets') == 1


def test_weekly_report_renders_in_chromium(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    simulated = simulate_rollout(7, weeks=4, tickets_per_week=300)
    events.write_bytes(b"".join(encode_event(e) + b"\n" for e in simulated))
    out = tmp_path / "weekly.html"
    result = CliRunner().invoke(
        app, ["report", "weekly", "--events", str(events), "--weeks", "4", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert f"weekly report written to {out.resolve()}" in result.stderr
    html = out.read_text(encoding="utf-8")
    assert_self_contained(html)
    rendered = render(out, tmp_path)
    assert rendered.console == []
    assert_screenshot(rendered.screenshot)
    text = rendered.text
    assert text.startswith("SupportLoop weekly report 4 week(s),")
    assert "The seventh number: repeat contacts within 7 days" in text
    for number in (
        "autonomous resolution", "CSAT on AI (points)", "escalation accuracy",
        "first response, AI p50", "CSAT change week-over-week", "knowledge-base gaps",
    ):  # fmt: skip
        assert number in text
    assert re.search(r"\bwismo live \d+ \d+%", text), text[:2000]
    # one sparkline per category and number, each over the 4 weeks
    assert re.search(r'aria-label="wismo: autonomous resolution over 4 weeks"', html)
    assert re.search(r'aria-label="ALL: knowledge-base gaps over 4 weeks"', html)
