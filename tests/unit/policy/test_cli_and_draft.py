from __future__ import annotations

import json
from pathlib import Path

import anthropic
import httpx2
import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core.policy.draft import draft_policy
from supportloop.devtools.demo_data import generate
from tests.demo_picks import whole_order_ids

REPO = Path(__file__).resolve().parents[3]
CANONICAL = (
    "When a customer asks for a refund\nIf refund_amount is at most 50\nThen refund_order\n"
    "Else escalate recommending refund_order"
)


def _claude(answer: str, requests: list[httpx2.Request]) -> anthropic.Anthropic:
    def handler(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        return httpx2.Response(
            200,
            json={
                "id": "msg_1", "type": "message", "role": "assistant", "model": "m",
                "content": [{"type": "text", "text": answer}], "stop_reason": "end_turn",
                "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1},
            },
        )  # fmt: skip

    return anthropic.Anthropic(
        api_key="test", http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
    )


def test_draft_is_saved_for_review_and_compiled(tmp_path: Path) -> None:
    requests: list[httpx2.Request] = []
    out = tmp_path / "drafts" / "refund_request.policy"
    result = draft_policy("refund up to $50", "refund_request", _claude(CANONICAL, requests), out)
    assert result.error is None
    saved = out.read_text()
    assert saved.startswith("# DRAFT") and "Category: refund_request" in saved
    assert "refund up to $50" in json.loads(requests[0].content)["messages"][0]["content"]


def test_invalid_draft_is_still_saved_with_its_error(tmp_path: Path) -> None:
    out = tmp_path / "x.policy"
    result = draft_policy("whatever", "refund_request", _claude("Refund everything", []), out)
    assert out.is_file()
    assert result.error is not None and result.error.line == 3  # header, Category, text
    assert "starts with 'When" in result.error.message


def test_policy_check_passes_on_defaults_and_reports_file_and_line(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["policy", "check", "--dir", str(REPO / "policies")])
    assert ok.exit_code == 0 and "13 policies OK" in ok.output
    (tmp_path / "wismo.policy").write_text("When x\nIf magic is true\nThen send_tracking\n")
    bad = runner.invoke(app, ["policy", "check", "--dir", str(tmp_path)])
    assert bad.exit_code == 1
    assert f"{tmp_path / 'wismo.policy'}:2: unknown fact 'magic'" in bad.output


def test_policy_explain_offline_from_the_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    tid = whole_order_ids(generate(), "refund_request", "above_cap")[0]
    result = CliRunner().invoke(app, ["policy", "explain", "--ticket", tid])
    assert result.exit_code == 0, result.output
    assert "✗ refund_amount is at most 100" in result.output
    assert "decision: escalate, recommending refund_order" in result.output
