from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from supportloop.cli.main import app
from tests.unit.classification.builders import FIXTURES

runner = CliRunner()


def test_classify_writes_predictions_and_reports_bad_lines(tmp_path: Path) -> None:
    output = tmp_path / "predictions.jsonl"
    result = runner.invoke(
        app, ["classify", "--input", str(FIXTURES / "tickets.jsonl"), "--output", str(output)]
    )
    assert result.exit_code == 1
    assert "tickets.jsonl:3: invalid JSON" in result.stderr
    assert "tickets.jsonl:5: body: Field required" in result.stderr
    lines = [json.loads(line) for line in output.read_text().splitlines()]
    by_id = {line["id"]: line for line in lines}
    assert list(by_id) == ["c-1", "c-2", "c-3", "c-5"]
    assert set(by_id["c-1"]) == {
        "id",
        "category",
        "tier",
        "confidence",
        "escalate",
        "reasons",
        "language",
    }
    assert (by_id["c-1"]["category"], by_id["c-1"]["escalate"]) == ("wismo", False)
    assert (by_id["c-2"]["category"], by_id["c-2"]["reasons"]) == (
        "human_request",
        ["human_request"],
    )
    assert by_id["c-3"]["category"] == "return_request"
    assert (by_id["c-5"]["escalate"], by_id["c-5"]["reasons"]) == (True, ["vip_customer"])


def test_classify_exits_zero_when_every_line_is_good(tmp_path: Path) -> None:
    source = tmp_path / "good.jsonl"
    source.write_text(json.dumps({"id": "g-1", "body": "Has my refund been processed?"}) + "\n")
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["classify", "-i", str(source), "-o", str(output)])
    assert result.exit_code == 0
    assert json.loads(output.read_text())["category"] == "refund_request"


def test_eval_json_reports_metrics_and_human_recall() -> None:
    result = runner.invoke(app, ["eval", "--input", str(FIXTURES / "labelled.jsonl"), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert (report["accuracy"], report["macro_f1"], report["total"]) == (1.0, 1.0, 6)
    assert (report["must_reach_human"], report["reached_human"], report["human_recall"]) == (
        2,
        2,
        1.0,
    )
    assert report["per_category"]["wismo"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "support": 1,
    }
    assert report["confusion"]["legal"] == {"legal": 1}


def test_eval_prints_tables() -> None:
    result = runner.invoke(app, ["eval", "--input", str(FIXTURES / "labelled.jsonl")])
    assert result.exit_code == 0
    for heading in ("Classifier evaluation", "Per category", "Confusion", "macro-F1"):
        assert heading in result.stdout
