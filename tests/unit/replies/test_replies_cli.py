"""`supportloop replies check|preview` and `policy check` running the replies check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app

REPO = Path(__file__).resolve().parents[3]


def _replies_copy(tmp_path: Path) -> Path:
    target = tmp_path / "replies"
    shutil.copytree(REPO / "replies", target)
    return target


def test_replies_check_passes_on_the_shipped_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(app, ["replies", "check"])
    assert result.exit_code == 0, result.output
    assert "reply templates OK · locales en, es, fr, de, it, nl, pt" in result.output


def test_replies_check_fails_on_an_unknown_placeholder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    replies = _replies_copy(tmp_path)
    (replies / "fr" / "cancel_order.j2").write_text(
        '{% include "_greeting.j2" %}\n\nRemise : {{ coupon }}\n', encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["replies", "check", "--dir", str(replies)])
    assert result.exit_code == 1
    assert f"{replies / 'fr' / 'cancel_order.j2'}:3: unknown placeholder 'coupon'" in result.output
    policy = CliRunner().invoke(app, ["policy", "check", "--replies-dir", str(replies)])
    assert policy.exit_code == 1 and "unknown placeholder 'coupon'" in policy.output


def test_replies_check_reports_a_broken_brand_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    replies = _replies_copy(tmp_path)
    (replies / "brand.yaml").write_text("default_locale: es\nenabled_locales: [en]\n")
    result = CliRunner().invoke(app, ["replies", "check", "--dir", str(replies)])
    assert result.exit_code == 1
    assert "brand.yaml: default_locale 'es' is not in enabled_locales" in result.output


def test_replies_preview_shows_the_exact_text_in_the_asked_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO)
    labels = [json.loads(x) for x in Path("data/demo/labels.jsonl").read_text().splitlines()]
    tid = next(x["id"] for x in labels if x["scenario"] == "within_cap")
    result = CliRunner().invoke(app, ["replies", "preview", "--ticket", tid, "--locale", "de"])
    assert result.exit_code == 0, result.output
    assert "refund_order · reply · locale de (customer: de)" in result.output
    assert "Ich habe " in result.output and "\xa0$ für Bestellung #" in result.output
    fallback = CliRunner().invoke(app, ["replies", "preview", "--ticket", tid, "--locale", "pl"])
    assert fallback.exit_code == 0, fallback.output
    assert "[reply in en: the customer wrote in pl, not an enabled locale]" in fallback.output
    assert "I've refunded $" in fallback.output
    bad = CliRunner().invoke(app, ["replies", "preview", "--ticket", tid, "--locale", "e1"])
    assert bad.exit_code != 0 and "two-letter" in bad.output
