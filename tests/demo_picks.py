"""Which bundled demo tickets are about their whole order: the ones written before item-level
scope (issue 23) that name no item, or every item, of their order. Tests of order-level
refunds and their approvals pick from these; item-level requests have their own tests."""

from __future__ import annotations

from typing import Any

from supportloop.core.resolution import extract
from supportloop.core.resolution.scope import read_scope
from supportloop.devtools.demo_data import DemoData


def whole_order_ids(data: DemoData, category: str, scenario: str) -> list[str]:
    orders: dict[str, dict[str, Any]] = {str(o["id"]): o for o in data.store_seed["orders"]}
    by_email: dict[str, list[dict[str, Any]]] = {}
    for order in sorted(orders.values(), key=lambda o: str(o["created_at"]), reverse=True):
        by_email.setdefault(str(order["email"]), []).append(order)
    labels = {label["id"]: label for label in data.labels}
    chosen = []
    for ticket in data.tickets:
        label = labels[ticket["id"]]
        if (label["category"], label["scenario"]) != (category, scenario):
            continue
        text = f"{ticket['subject']}\n{ticket['body']}"
        reference = ticket.get("order_id") or extract.order_reference(text)
        email = str(ticket["customer"].get("email") or "")
        order = orders.get(str(reference)) if reference else (by_email.get(email) or [None])[0]
        if order is not None and read_scope(text, order["line_items"]).whole_order:
            chosen.append(str(ticket["id"]))
    return chosen
