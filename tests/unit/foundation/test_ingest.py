import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from supportloop.adapters.ingest.files import count_rows, read_tickets
from supportloop.adapters.ingest.records import from_helpdesk_webhook
from supportloop.adapters.ingest.signature import sign, verify
from supportloop.errors import InputError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_rows_become_tickets_and_bad_rows_are_explained(tmp_path: Path) -> None:
    path = write(
        tmp_path / "t.csv",
        "id,subject,body,customer_email,order_id,created_at\n"
        "A1,Late,Where is my parcel?,a@example.com,1001,2026-11-01T10:00:00Z\n"
        "A2,Empty,,b@example.com,1002,2026-11-01T10:00:00Z\n"
        "A3,Bad mail,Hello,not-an-email,,2026-11-01T10:00:00Z\n"
        "A4,Bad date,Hello,c@example.com,,yesterday-ish\n",
    )
    results = list(read_tickets(path))
    assert [r.row for r in results] == [2, 3, 4, 5]
    assert results[0].ticket is not None and results[0].ticket.order_id == "1001"
    assert [(e.row, e.field) for r in results[1:] for e in r.errors] == [
        (3, "body"),
        (4, "customer.email"),
        (5, "created_at"),
    ]
    assert count_rows(path) == 4


def test_jsonl_reports_broken_lines_and_keeps_going(tmp_path: Path) -> None:
    good = {"id": "J1", "body": "hi", "customer": {"email": "a@example.com"}}
    path = write(
        tmp_path / "t.jsonl",
        json.dumps(good) + "\n{broken\n[1, 2]\n\n" + json.dumps({**good, "id": "J2"}) + "\n",
    )
    results = list(read_tickets(path))
    assert [r.ticket.id for r in results if r.ticket] == ["J1", "J2"]
    errors = [(e.row, e.reason.split(":")[0]) for r in results for e in r.errors]
    assert errors == [(2, "invalid JSON"), (3, "not a JSON object")]


def test_unknown_file_types_and_missing_columns_fail_clearly(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown file type"):
        list(read_tickets(write(tmp_path / "t.xml", "<x/>")))
    with pytest.raises(InputError, match="missing column"):
        list(read_tickets(write(tmp_path / "t.csv", "id,subject\n1,x\n")))
    with pytest.raises(InputError, match="no such file"):
        list(read_tickets(tmp_path / "absent.csv"))


def test_zendesk_style_webhook_maps_to_a_ticket() -> None:
    result = from_helpdesk_webhook(
        {
            "ticket": {
                "id": 4242,
                "subject": "Refund",
                "description": "Please refund order 1001",
                "requester": {"email": "Z@Example.com", "name": "Zoe"},
                "tags": ["vip"],
                "custom_fields": [{"id": "order_id", "value": "1001"}],
                "created_at": "2026-11-01T10:00:00Z",
                "via": {"channel": "web"},
            }
        }
    )
    assert result.ticket is not None
    assert (result.ticket.id, result.ticket.order_id, result.ticket.channel) == (
        "4242",
        "1001",
        "form",
    )
    assert result.ticket.customer.vip is True and result.ticket.customer.email == "z@example.com"


def test_webhook_without_body_is_rejected_with_the_field() -> None:
    result = from_helpdesk_webhook({"ticket": {"id": 1, "requester": {"email": "a@example.com"}}})
    assert result.ticket is None
    assert [e.field for e in result.errors] == ["body"]


def test_signatures_verify_only_the_exact_body() -> None:
    now = datetime.fromtimestamp(1700000000, UTC)
    signature = sign("s3cret", "1700000000", b'{"a":1}')
    assert verify("s3cret", "1700000000", b'{"a":1}', signature, now)
    assert not verify("s3cret", "1700000000", b'{"a":2}', signature, now)
    assert not verify("other", "1700000000", b'{"a":1}', signature, now)
    assert not verify("s3cret", None, b'{"a":1}', signature, now)
