"""JSONL ticket lines for the CLI: one ticket per line, bad lines reported by line number."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from supportloop.core.classification.verdict import Verdict
from supportloop.core.events import Ticket

PLACEHOLDER_EMAIL = "unknown@customer.invalid"


@dataclass(frozen=True)
class TicketLine:
    line_number: int
    ticket: Ticket
    raw: dict[str, Any]


@dataclass(frozen=True)
class BadLine:
    line_number: int
    error: str


def _ticket(raw: dict[str, Any], now: datetime) -> Ticket:
    customer = raw.get("customer") or {"email": PLACEHOLDER_EMAIL}
    if isinstance(customer, dict) and "email" not in customer:
        customer = {**customer, "email": PLACEHOLDER_EMAIL}
    fields = {k: raw[k] for k in ("id", "subject", "body", "order_id", "channel") if k in raw}
    if fields.get("subject") is None:
        fields["subject"] = ""
    return Ticket.model_validate(
        {**fields, "customer": customer, "created_at": raw.get("created_at") or now}
    )


def _describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "ticket"
    return f"{where}: {first['msg']}"


def read_ticket_lines(lines: Iterable[str]) -> Iterator[TicketLine | BadLine]:
    now = datetime.now(UTC)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadLine(number, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(raw, dict):
            yield BadLine(number, "expected a JSON object")
            continue
        try:
            yield TicketLine(number, _ticket(raw, now), raw)
        except ValidationError as exc:
            yield BadLine(number, _describe(exc))


def prediction_line(ticket_id: str, verdict: Verdict) -> str:
    return json.dumps(
        {
            "id": ticket_id,
            "category": verdict.category,
            "tier": verdict.tier,
            "confidence": verdict.confidence,
            "escalate": verdict.escalate,
            "reasons": list(verdict.reasons),
            "language": verdict.language,
        },
        ensure_ascii=False,
    )
