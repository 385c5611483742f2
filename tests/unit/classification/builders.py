from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from supportloop.core.events import Customer, Ticket

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "classification"


def make_ticket(
    body: str, *, subject: str = "", vip: bool = False, opt_in: bool = False, ticket_id: str = "t-1"
) -> Ticket:
    return Ticket(
        id=ticket_id,
        subject=subject,
        body=body,
        customer=Customer(email="shopper@example.com", vip=vip, automation_opt_in=opt_in),
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )


def read_fixture(name: str) -> list[dict[str, Any]]:
    with (FIXTURES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def fixture_ticket(row: dict[str, Any]) -> Ticket:
    customer = row.get("customer") or {}
    return make_ticket(
        row["body"],
        subject=row.get("subject", ""),
        vip=bool(customer.get("vip", False)),
        ticket_id=row["id"],
    )
