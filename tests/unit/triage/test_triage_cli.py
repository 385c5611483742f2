from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from triage_support import TICKETS, side_effects
from typer.testing import CliRunner

from supportloop.cli.main import app

EXPECTED = {
    # ticket: (category, kind, reason, action, branch)
    "TR-01": ("wismo", "clean", "reply", "send_tracking", "1"),
    "TR-02": ("refund_request", "clean", "effect", "refund_order", "2"),
    "TR-03": ("cancellation", "clean", "effect", "cancel_order", "2"),
    "TR-04": ("refund_request", "policy_work", "out_of_policy", "refund_line_items", "else"),
    "TR-05": ("newsletter", "policy_work", "no_policy", None, None),
    "TR-06": ("wismo", "policy_work", "unknown_order", "send_tracking", "else"),
    "TR-07": ("legal", "human", "legal", "human_review", None),
    "TR-08": ("wismo", "human", "vip_customer", "human_review", None),
    # an address that is not one is a fact about the ticket (no lookup by e-mail), not a bad row
    "TR-11": ("wismo", "policy_work", "lookup_needed", "send_tracking", "else"),
    "TR-12": ("subscription_change", "policy_work", "facts_missing", "review_subscription", "else"),
}
BAD_ROWS = (
    "bad row row 9: line: invalid JSON: Expecting value",
    "bad row row 10: body: no text: no subject, no body",
)


def run(*args: str) -> Any:
    return CliRunner().invoke(app, ["triage", str(TICKETS), *args])


def as_json(store_url: str) -> dict[str, Any]:
    result = run("--format", "json", "--store-url", store_url)
    assert result.exit_code == 1, result.output  # the fixture holds two bad rows
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_each_ticket_gets_its_verdict(store_url: str) -> None:
    report = as_json(store_url)
    got = {
        t["ticket_id"]: (t["category"], t["kind"], t["reason"], t["action"], t["branch"])
        for t in report["tickets"]
    }
    assert got == EXPECTED
    labels = {t["ticket_id"]: t["verdict"] for t in report["tickets"]}
    assert labels["TR-02"] == "automates cleanly today"
    assert labels["TR-04"] == "needs policy work"
    assert labels["TR-07"] == "needs a human"
    refund = next(t for t in report["tickets"] if t["ticket_id"] == "TR-02")
    assert refund["reply"].startswith("Hi Jonah,\n\nI've refunded $24.00 for order #1006")


def test_summary_figures_by_category(store_url: str) -> None:
    summary = {s["category"]: s for s in as_json(store_url)["summary"]}
    assert list(summary) == [
        "wismo", "refund_request", "cancellation", "legal", "newsletter", "subscription_change",
        "total",
    ]  # fmt: skip
    wismo = summary["wismo"]
    assert (wismo["volume"], wismo["clean"], wismo["policy_work"], wismo["human"]) == (4, 1, 2, 1)
    assert wismo["share_automatable"] == 0.25
    assert wismo["top_rules"] == [{"rule": "order_found is true", "count": 2}]
    total = summary["total"]
    assert (total["volume"], total["clean"], total["policy_work"], total["human"]) == (10, 3, 5, 2)
    assert total["share_automatable"] == 0.3
    assert total["top_missing_facts"] == [
        {"fact": "order_found", "count": 1},  # TR-11: no order number, no usable e-mail
        {"fact": "requested_frequency_weeks", "count": 1},
    ]
    assert summary["subscription_change"]["top_rules"] == [
        {"rule": "requested_frequency_weeks is at least 1", "count": 1}
    ]
    assert summary["newsletter"]["top_rules"] == [{"rule": "no rule for newsletter", "count": 1}]


def test_bad_rows_are_reported_and_the_rest_triaged(store_url: str) -> None:
    result = run("--format", "json", "--store-url", store_url)
    assert result.exit_code == 1
    for line in BAD_ROWS:
        assert line in result.stderr
    assert "10 tickets triaged" in result.stderr
    assert "2 bad rows" in result.stderr
    errors = json.loads(result.stdout)["errors"]
    assert [(e["row"], e["field"]) for e in errors] == [(9, "line"), (10, "body")]


def test_csv_output(store_url: str) -> None:
    result = run("--format", "csv", "--store-url", store_url)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["ticket_id"] for r in rows] == list(EXPECTED)
    subscription = rows[-1]
    assert subscription["missing_facts"] == "requested_frequency_weeks"
    assert subscription["verdict"] == "needs policy work"


def test_markdown_output_to_a_file(store_url: str, tmp_path: Path) -> None:
    target = tmp_path / "triage.md"
    result = run("--format", "markdown", "--output", str(target), "--store-url", store_url)
    assert result.exit_code == 1
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert "| TR-05 | newsletter | 1 | needs policy work | no rule for newsletter |  |" in text
    assert (
        "| total | 10 | 3 (30%) | 5 | 2 | order_found (1), requested_frequency_weeks (1) |" in text
    )
    assert (
        "| TR-11 | wismo | 1 | needs policy work | order lookup needed: no order number given, "
        "and no customer e-mail to find the order by; once given: send_tracking, "
        "apologize_and_check_carrier or send_order_status by the rule's conditions; else "
        "escalate recommending send_tracking |  |"
    ) in text
    assert "- row 9: line: invalid JSON: Expecting value" in text


def test_table_on_the_terminal(store_url: str) -> None:
    result = CliRunner().invoke(
        app, ["triage", str(TICKETS), "--store-url", store_url, "--width", "220"]
    )
    assert "Triage" in result.stdout
    assert "Summary by category" in result.stdout
    row = next(line for line in result.stdout.splitlines() if "TR-02" in line)
    assert "refund_request" in row
    assert "automates cleanly today" in row
    assert "refund_order (branch 2)" in row
    assert "I've refunded $24.00 for order #1006" in row


def test_unknown_format_is_refused() -> None:
    result = run("--format", "xml")
    assert result.exit_code == 2
    assert "--format must be one of table, json, csv, markdown" in result.output


def test_default_demo_store_and_a_csv_input(tmp_path: Path) -> None:
    tickets = tmp_path / "tickets.csv"
    tickets.write_text(
        "id,subject,body,customer_email,customer_name,created_at\n"
        'C-1,Cancel,"Hi, please cancel order #1007, I ordered it by mistake.",'
        "liam.zimmerman162@mail.example.org,Liam Zimmerman,2025-05-31T08:00:00Z\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["triage", str(tickets), "--format", "json"])
    assert result.exit_code == 0, result.output
    (ticket,) = json.loads(result.stdout)["tickets"]
    assert (ticket["ticket_id"], ticket["kind"], ticket["action"]) == (
        "C-1", "clean", "cancel_order",
    )  # fmt: skip


def test_triage_leaves_no_side_effect(store_url: str) -> None:
    run("--store-url", store_url)
    assert side_effects(store_url) == []


def test_piped_output_is_markdown_and_html_goes_to_the_named_file(
    store_url: str, tmp_path: Path
) -> None:
    piped = run("--store-url", store_url)
    assert piped.stdout.startswith("## Triage\n")  # no terminal: nothing to wrap at 80 columns
    page = tmp_path / "triage.html"
    written = run("--store-url", store_url, "-o", str(page))
    assert written.stdout == ""
    assert f"report written to {page.resolve()}" in written.stderr
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_too_narrow_width_is_refused() -> None:
    result = run("--width", "10")
    assert result.exit_code == 2
    assert "--width must be at least 40" in result.output
