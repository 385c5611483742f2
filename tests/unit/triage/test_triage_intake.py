"""Triage takes what people have: pasted text, helpdesk exports, tickets without e-mail or
order number. The 147-ticket paste (tests/fixtures/triage/paste_147.jsonl: id, subject and
body only, 42 with a customer block — 21 of them without an e-mail — and 14 VIPs) is the
shape a brand sends on day one."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from triage_support import FIXTURES, REPO_ROOT
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core.classification import Classifier
from supportloop.core.events import Ticket
from supportloop.core.knowledge import load_knowledge_base
from supportloop.core.policy import load_policies
from supportloop.core.resolution.facts import FactGatherer
from supportloop.devtools.demo_data import generate
from supportloop.devtools.demo_store import DemoShop
from supportloop.errors import InputError
from supportloop.triage.evaluate import PolicyEvaluator
from supportloop.triage.intake import count_pasted, read_pasted, text_blocks
from supportloop.triage.run import TriageReport, triage

PASTE = FIXTURES / "paste_147.jsonl"
Doc = dict[str, Any]


class ShopPorts:
    """Read-only ports over an in-memory DemoShop; records every lookup by e-mail."""

    def __init__(self, shop: DemoShop) -> None:
        self.shop = shop
        self.email_lookups: list[str] = []

    async def get_order(self, order_id: str) -> Doc | None:
        return self.shop.get_order(order_id)

    async def latest_order_for(self, email: str) -> Doc | None:
        self.email_lookups.append(email)
        orders = self.shop.orders_by_email(email)
        return orders[0] if orders else None

    async def subscriptions_for(self, email: str) -> list[Doc]:
        self.email_lookups.append(email)
        return self.shop.subscriptions_by_email(email)

    async def products(self) -> list[Doc]:
        return self.shop.products()

    async def suggested_refund(self, order_id: str, lines: list[Doc]) -> Doc:
        return self.shop.suggested_refund(order_id, lines)

    async def get_account(self, email: str) -> Doc | None:
        self.email_lookups.append(email)
        return self.shop.get_account(email)


@pytest.fixture(scope="module")
def ports() -> ShopPorts:
    return ShopPorts(DemoShop(":memory:", generate().store_seed))


def evaluator(ports: ShopPorts) -> PolicyEvaluator:
    kb = load_knowledge_base(REPO_ROOT / "knowledge_base")
    gatherer = FactGatherer(ports, ports, ports, kb)  # type: ignore[arg-type]
    return PolicyEvaluator(load_policies(REPO_ROOT / "policies"), gatherer)


async def run_triage(path: Path, ports: ShopPorts) -> TriageReport:
    return await triage(read_pasted(path), Classifier.load(), evaluator(ports))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- the 147-ticket paste -----------------------------------------------------------------


def test_the_paste_reads_as_147_tickets_and_no_bad_row() -> None:
    results = list(read_pasted(PASTE))
    assert count_pasted(PASTE) == 147
    assert len(results) == 147
    assert [r.errors for r in results if r.errors] == []
    tickets = [r.ticket for r in results if r.ticket is not None]
    assert len(tickets) == 147
    assert sum(t.customer.email is not None for t in tickets) == 21
    assert sum(t.customer.vip for t in tickets) == 14
    no_email = [r for r in results if "no customer e-mail" in r.notes]
    assert len(no_email) == 126


async def test_the_paste_triages_every_row(ports: ShopPorts) -> None:
    report = await run_triage(PASTE, ports)
    assert (len(report.tickets), report.bad_rows) == (147, 0)
    by_id = {t.ticket.id: t for t in report.tickets}
    # VIPs without opt-in go to a person, e-mail or not
    vips = [t for t in report.tickets if t.ticket.customer.vip]
    assert len(vips) == 14
    assert all(t.evaluation.kind == "human" for t in vips)
    kinds = Counter(t.evaluation.kind for t in report.tickets)
    assert kinds["clean"] >= 1  # a policy question answered from the KB needs neither
    # an order number in the text, no e-mail: found, but not shown to be the customer's
    tracking = by_id["48101"]
    assert tracking.ticket.customer.email is None
    assert tracking.category == "wismo"
    assert (tracking.evaluation.kind, tracking.evaluation.reason) == (
        "policy_work",
        "lookup_needed",
    )
    assert tracking.evaluation.needs == (
        "customer e-mail needed: order #1001 cannot be checked to belong to the customer",
    )
    assert tracking.evaluation.once_given.startswith("once given: send_tracking, ")
    assert "missing fact: order_owned_by_customer" in tracking.evaluation.details
    # nothing was looked up by an address the ticket does not have
    assert all(email and "@" in email for email in ports.email_lookups)


async def test_no_order_number_and_no_email_is_a_named_lookup(
    ports: ShopPorts, tmp_path: Path
) -> None:
    paste = write(
        tmp_path / "refunds.jsonl",
        json.dumps(
            {"id": "R1", "subject": "Refund", "body": "I would like a refund for my jacket."}
        )
        + "\n",
    )
    report = await run_triage(paste, ports)
    (only,) = report.tickets
    assert only.category == "refund_request"
    e = only.evaluation
    assert (e.kind, e.reason, e.action, e.branch) == (
        "policy_work",
        "lookup_needed",
        "refund_order",
        "else",
    )
    assert e.needs == (
        "order lookup needed: no order number given, and no customer e-mail to find the order by",
    )
    assert e.once_given == (
        "once given: ask_scope_question, refund_order or refund_line_items by the rule's "
        "conditions; else escalate recommending refund_order"
    )
    assert e.missing_facts == ("order_found",)


def test_the_cli_triages_the_paste(store_url: str) -> None:
    result = CliRunner().invoke(
        app, ["triage", str(PASTE), "--format", "json", "--store-url", store_url]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["tickets"]) == 147 and report["errors"] == []
    assert "147 tickets triaged" in result.stderr and "0 bad rows" in result.stderr
    row = next(t for t in report["tickets"] if t["ticket_id"] == "48102")
    assert row["notes"] == ["no customer e-mail"]


# --- only what is really unusable is a bad row ---------------------------------------------


def test_bad_rows_are_only_the_unusable_ones(tmp_path: Path) -> None:
    path = write(
        tmp_path / "mixed.jsonl",
        '{"id": "A", "body": "Where is my order?", "customer": {"email": "n/a"}}\n'
        '{"id": "B", "subject": "", "body": "  "}\n'
        "not json at all\n"
        '["a", "list"]\n'
        '{"subject": "Cancel order #1007 please"}\n'
        '{"id": "ZD #77", "body": "hello", "created_at": "last tuesday"}\n',
    )
    results = list(read_pasted(path))
    errors = [(e.row, e.field, e.reason) for r in results for e in r.errors]
    assert errors == [
        (2, "body", "no text: no subject, no body"),
        (3, "line", "invalid JSON: Expecting value"),
        (4, "line", "not a JSON object"),
    ]
    good = {r.row: r for r in results if r.ticket is not None}
    assert good[1].ticket is not None and good[1].ticket.customer.email is None
    assert good[1].notes == ("customer e-mail 'n/a' is not an address: ignored",)
    subject_only = good[5].ticket
    assert subject_only is not None and subject_only.id == "row-5"
    assert subject_only.body == "Cancel order #1007 please"
    assert good[5].notes == (
        "no body: the subject is the text",
        "no ticket id: called row-5",
        "no customer e-mail",
    )
    messy = good[6]
    assert messy.ticket is not None and messy.ticket.id == "ZD-77"
    assert "ticket id 'ZD #77' read as ZD-77" in messy.notes
    assert "created_at 'last tuesday' unreadable: time windows measured from now" in messy.notes


def test_csv_without_any_text_column_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "id,status\n1,open\n")
    with pytest.raises(InputError, match="no column with the ticket's text"):
        list(read_pasted(path))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_pasted(tmp_path / "nope.txt"))


def test_csv_with_more_fields_than_columns_is_a_bad_row(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "subject,body\nHi,where is it\nA,B,C\n")
    results = list(read_pasted(path))
    assert [r.ticket.body if r.ticket else None for r in results] == ["where is it", None]
    assert [str(e) for e in results[1].errors] == ["row 3: row: more fields than columns"]


# --- helpdesk exports -----------------------------------------------------------------------


def one(path: Path) -> tuple[Ticket, tuple[str, ...]]:
    (result,) = list(read_pasted(path))
    assert result.ticket is not None, result.errors
    return result.ticket, result.notes


def test_zendesk_api_ticket_list_with_sideloaded_requester(tmp_path: Path) -> None:
    page = {
        "tickets": [
            {
                "id": 35436,
                "subject": "Help, my printer is on fire!",
                "description": "Where is order #1003?",
                "requester_id": 20978392,
                "requester": {"id": 20978392, "name": "Ana Ruiz", "email": "Ana@Example.com"},
                "via": {"channel": "web"},
                "tags": ["enterprise", "VIP"],
                "created_at": "2025-06-01T10:00:00Z",
                "custom_fields": [{"id": "order_id", "value": "1003"}],
            }
        ],
        "next_page": None,
        "count": 1,
    }
    ticket, notes = one(write(tmp_path / "zendesk.json", json.dumps(page)))
    assert (ticket.id, ticket.subject, ticket.body) == (
        "35436",
        "Help, my printer is on fire!",
        "Where is order #1003?",
    )
    assert (ticket.customer.email, ticket.customer.name) == ("ana@example.com", "Ana Ruiz")
    assert ticket.customer.vip is True and ticket.channel == "form"
    assert ticket.order_id == "1003" and notes == ()


def test_zendesk_full_json_export_lines_with_comments_only(tmp_path: Path) -> None:
    lines = [
        {
            "id": 7,
            "subject": "Refund",
            "requester_id": 99,
            "comments": [{"plain_body": "Please refund order #1006.", "public": True}],
            "via": {"channel": "email"},
            "created_at": "2025-06-02T09:00:00Z",
        },
        {"ticket": {"id": 8, "subject": "Hello", "description": "Cancel #1007", "via": {}}},
    ]
    path = write(tmp_path / "export.json", "\n".join(json.dumps(x) for x in lines) + "\n")
    results = list(read_pasted(path))
    tickets = [r.ticket for r in results if r.ticket]
    assert [(t.id, t.body, t.customer.email) for t in tickets] == [
        ("7", "Please refund order #1006.", None),
        ("8", "Cancel #1007", None),
    ]
    assert all("no customer e-mail" in r.notes for r in results)


def test_zendesk_csv_export_headers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "zendesk.csv",
        "Summation column,Id,Requester,Requester id,Requester email,Subject,Status,Via,"
        "Tags,Created at\n"
        ",101,Liam Zimmerman,5,liam@example.org,Cancel my order #1007,open,Web Form,"
        "vip returning,2025-05-31 08:00:00 UTC\n",
    )
    ticket, notes = one(path)
    assert (ticket.id, ticket.body, ticket.customer.email, ticket.customer.name) == (
        "101",
        "Cancel my order #1007",
        "liam@example.org",
        "Liam Zimmerman",
    )
    assert ticket.channel == "form"
    assert ticket.created_at.isoformat() == "2025-05-31T08:00:00+00:00"
    assert notes == ("no body: the subject is the text",)


def test_gorgias_api_ticket_list(tmp_path: Path) -> None:
    page = {
        "data": [
            {
                "id": 12,
                "subject": "Where is my parcel",
                "channel": "chat",
                "created_datetime": "2025-06-01T10:00:00+00:00",
                "customer": {"email": "k@example.net", "firstname": "Keiko", "lastname": "Gupta"},
                "tags": [{"name": "vip"}, {"name": "wismo"}],
                "messages": [
                    {"from_agent": True, "body_text": "Auto-reply: we got your message"},
                    {"from_agent": False, "body_html": "<p>Hi,</p><p>where is #1003?</p>"},
                ],
            }
        ],
        "meta": {"next_cursor": None},
    }
    ticket, notes = one(write(tmp_path / "gorgias.json", json.dumps(page)))
    assert ticket.id == "12" and ticket.channel == "chat"
    assert ticket.body == "Hi,\nwhere is #1003?"
    assert (ticket.customer.email, ticket.customer.name, ticket.customer.vip) == (
        "k@example.net",
        "Keiko Gupta",
        True,
    )
    assert notes == ()


def test_gorgias_csv_export_headers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "gorgias.csv",
        "Ticket id,Customer email,Customer name,Subject,First message,Channel,"
        "Created datetime\n"
        '9001,"Ana Ruiz <ana@example.com>",,Swap,"Can I swap my coffee?",sms,2025-06-02\n',
    )
    ticket, notes = one(path)
    assert (ticket.id, ticket.subject, ticket.body) == ("9001", "Swap", "Can I swap my coffee?")
    assert ticket.customer.email == "ana@example.com" and ticket.channel == "chat"
    assert notes == ()


# --- plain text -----------------------------------------------------------------------------


def test_plain_text_blocks_separated_by_blank_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "worst.txt",
        "Subject: Where is my order\nFrom: Ana Ruiz <ana@example.com>\nOrder: 1003\n"
        "It has been two weeks.\n\n\n"
        "hi can i get a refund, the jacket is too small\n\n"
        "   \n"
        "Id: T-9\nI want to talk to a human\n",
    )
    results = list(read_pasted(path))
    tickets = [r.ticket for r in results if r.ticket]
    assert [r.row for r in results] == [1, 7, 10]
    first, second, third = tickets
    assert (first.subject, first.body, first.order_id) == (
        "Where is my order",
        "It has been two weeks.",
        "1003",
    )
    assert (first.customer.email, first.customer.name) == ("ana@example.com", "Ana Ruiz")
    assert (second.id, second.body) == ("block-7", "hi can i get a refund, the jacket is too small")
    assert (third.id, third.body) == ("T-9", "I want to talk to a human")
    assert count_pasted(path) == 3


def test_dashed_separators_keep_paragraphs_together() -> None:
    text = "Hello,\n\nwhere is #1001?\n\nThanks\n---\nSecond ticket\n\nstill second\n"
    assert list(text_blocks(text)) == [
        (1, "Hello,\n\nwhere is #1001?\n\nThanks"),
        (7, "Second ticket\n\nstill second"),
    ]


def test_a_body_line_that_looks_like_a_header_stays_body(tmp_path: Path) -> None:
    (result,) = list(read_pasted(write(tmp_path / "t.txt", "Note: this is urgent\nHelp me\n")))
    assert result.ticket is not None
    assert result.ticket.body == "Note: this is urgent\nHelp me"


# --- the page to forward --------------------------------------------------------------------


async def test_html_report_escapes_what_customers_wrote(ports: ShopPorts, tmp_path: Path) -> None:
    from supportloop.triage.html import policy_gaps, render_html

    paste = write(
        tmp_path / "p.jsonl",
        json.dumps(
            {
                "id": "X1",
                "body": "Where is my order? <script>alert(1)</script>",
                "customer": {"email": "<img src=x onerror=alert(1)>"},
            }
        )
        + "\n"
        + json.dumps({"id": "X2", "body": "I want a refund"})
        + "\n",
    )
    report = await run_triage(paste, ports)
    html = render_html(report)
    assert "<script" not in html and "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert policy_gaps(report) == [
        ("wismo: order lookup needed", 1),
        ("refund_request: order lookup needed", 1),
    ]
    assert "2 tickets: 0 automate cleanly today (0%), 2 need policy work" in html


def test_a_csv_field_over_the_size_limit_is_one_bad_row(tmp_path: Path) -> None:
    huge = "x" * 200_000  # over the csv module's default field limit (131,072)
    path = write(tmp_path / "t.csv", f"subject,body\nA,{huge}\nB,where is my order\n")
    results = list(read_pasted(path))
    assert [r.row for r in results] == [2, 3]
    assert count_pasted(path) == 2
    assert results[0].ticket is None
    assert results[0].errors[0].reason.startswith("unreadable CSV row: field larger than")
    assert results[1].ticket is not None and results[1].ticket.body == "where is my order"
