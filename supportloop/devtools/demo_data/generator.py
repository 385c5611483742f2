"""Seeded, pure generator of the demo shop (customers, orders, subscriptions) and of tickets
that are consistent with it. The same seed gives the same bytes, every time, on every machine.

Facts that depend on time (days since order, late shipments, return windows) are meant to be
computed against each ticket's ``created_at``; the generator places orders so that every
scenario holds for the ticket that refers to it.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from supportloop.devtools.demo_data.catalog import (
    BY_SKU,
    CARRIERS,
    CATALOG,
    CITIES,
    EMAIL_DOMAINS,
    FIRST_NAMES,
    LAST_NAMES,
    STREETS,
    SUBSCRIBABLE,
    Product,
)
from supportloop.devtools.demo_data.helpdesk import helpdesk_seed
from supportloop.devtools.demo_data.phrasing import (
    BODIES,
    FOREIGN_LANGUAGE_TICKETS,
    GREETINGS,
    ITEM_SCOPE_TICKETS,
    POLICY_QUESTIONS_ANSWERED,
    POLICY_QUESTIONS_UNANSWERED,
    PRESALE_QUESTIONS,
    SIGNOFFS,
    SUBJECTS,
    SUBSCRIPTION_SCOPE_TICKETS,
)

DEFAULT_SEED = 20250602
REFERENCE_TIME = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
RETURN_WINDOW_DAYS = 30
FIRST_ORDER_NUMBER = 1001
UNKNOWN_ORDER_NUMBERS = tuple(range(98001, 98100))
TICKETS_FILE = "tickets.jsonl"
STORE_SEED_FILE = "store_seed.json"
LABELS_FILE = "labels.jsonl"

# category -> ticket count; wismo is about 35 % of the total.
CATEGORY_COUNTS: dict[str, int] = {
    "wismo": 224,
    "order_status": 40,
    "address_change": 30,
    "order_modification": 25,
    "cancellation": 30,
    "return_request": 30,
    "refund_request": 40,
    "subscription_change": 30,
    "account_help": 25,
    "billing": 15,
    "policy_question": 35,
    "sales_question": 15,
    "feedback": 12,
    "newsletter": 8,
    "sizing_fit": 15,
    "damaged_or_wrong_item": 18,
    "complaint": 15,
    "human_request": 10,
    "legal": 8,
    "business_inquiry": 8,
    "other": 10,
}

# category -> (scenario, weight, order kind or None, basket size)
Scenario = tuple[str, float, str | None, str]
SCENARIOS: dict[str, tuple[Scenario, ...]] = {
    "wismo": (
        ("in_transit", 0.45, "in_transit", "any"),
        ("late", 0.22, "late", "any"),
        ("unshipped", 0.14, "unfulfilled_older", "any"),
        ("delivered", 0.09, "delivered_recent", "any"),
        ("unknown_order", 0.05, "unknown", "any"),
        ("someone_elses_order", 0.05, "foreign", "any"),
    ),
    "order_status": (
        ("in_transit", 0.3, "in_transit", "any"),
        ("unshipped", 0.3, "unfulfilled_older", "any"),
        ("just_placed", 0.15, "unfulfilled_fresh", "any"),
        ("delivered", 0.15, "delivered_recent", "any"),
        ("cancelled", 0.05, "cancelled", "any"),
        ("unknown_order", 0.05, "unknown", "any"),
    ),
    "address_change": (
        ("before_fulfilment", 0.6, "unfulfilled_older", "any"),
        ("just_placed", 0.15, "unfulfilled_fresh", "any"),
        ("already_shipped", 0.2, "in_transit", "any"),
        ("no_new_address", 0.05, "unfulfilled_older", "any"),
    ),
    "order_modification": (
        ("remove_in_window", 0.45, "unfulfilled_fresh", "multi"),
        ("remove_after_window", 0.2, "unfulfilled_older", "multi"),
        ("already_shipped", 0.15, "in_transit", "multi"),
        ("variant_change", 0.2, "unfulfilled_fresh", "multi"),
    ),
    "cancellation": (
        ("before_fulfilment", 0.45, "unfulfilled_older", "any"),
        ("just_placed", 0.2, "unfulfilled_fresh", "any"),
        ("already_shipped", 0.2, "in_transit", "any"),
        ("delivered", 0.1, "delivered_recent", "any"),
        ("already_cancelled", 0.05, "cancelled", "any"),
    ),
    "return_request": (
        ("in_window", 0.45, "delivered_recent", "small"),
        ("in_window_large", 0.15, "delivered_recent", "large"),
        ("outside_window", 0.2, "delivered_old", "any"),
        ("final_sale", 0.1, "delivered_recent", "final_sale"),
        ("not_delivered", 0.1, "in_transit", "any"),
    ),
    "refund_request": (
        ("within_cap", 0.3, "delivered_recent", "small"),
        ("unshipped_within_cap", 0.1, "unfulfilled_older", "small"),
        ("above_cap", 0.25, "delivered_recent", "large"),
        ("outside_window", 0.2, "delivered_old", "small"),
        ("already_refunded", 0.1, "refunded", "small"),
        ("unknown_order", 0.05, "unknown", "any"),
    ),
    "subscription_change": (
        ("pause", 0.3, None, "any"),
        ("skip", 0.25, None, "any"),
        ("swap", 0.2, None, "any"),
        ("frequency", 0.15, None, "any"),
        ("skip_while_paused", 0.1, None, "any"),
    ),
    "account_help": (
        ("password_reset", 0.6, None, "any"),
        ("email_change", 0.3, None, "any"),
        ("email_taken", 0.1, None, "any"),
    ),
    "policy_question": (
        ("kb_answered", 0.75, None, "any"),
        ("kb_unanswered", 0.25, None, "any"),
    ),
}
ORDER_CATEGORIES = frozenset({"billing", "damaged_or_wrong_item", "complaint", "legal"})


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _money(amount: float) -> str:
    return f"{amount:.2f}"


@dataclass
class DemoData:
    tickets: list[dict[str, Any]]
    labels: list[dict[str, Any]]
    store_seed: dict[str, Any]


@dataclass
class _Builder:
    rng: random.Random
    customers: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)
    subscriptions: list[dict[str, Any]] = field(default_factory=list)
    next_order: int = FIRST_ORDER_NUMBER
    next_id: int = 500_000

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    # customers ----------------------------------------------------------------------------
    def add_customer(self, vip: bool | None = None) -> dict[str, Any]:
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        number = len(self.customers) + 1
        slug = last.lower().replace("'", "")
        email = f"{first.lower()}.{slug}{number}@{rng.choice(EMAIL_DOMAINS)}"
        is_vip = rng.random() < 0.08 if vip is None else vip
        opted_in = is_vip and rng.random() < 0.5
        tags = ["vip"] if is_vip else []
        if rng.random() < 0.2:
            tags.append("repeat-buyer")
        customer = {
            "id": 7000 + number,
            "email": email,
            "first_name": first,
            "last_name": last,
            "vip": is_vip,
            "automation_opt_in": opted_in,
            "tags": tags,
            "created_at": _iso(REFERENCE_TIME - timedelta(days=rng.randint(60, 900))),
        }
        self.customers.append(customer)
        return customer

    def address_for(self, customer: dict[str, Any]) -> dict[str, str]:
        city, state, zip_code = self.rng.choice(CITIES)
        return {
            "name": f"{customer['first_name']} {customer['last_name']}",
            "address1": f"{self.rng.randint(2, 2999)} {self.rng.choice(STREETS)}",
            "city": city,
            "province_code": state,
            "zip": zip_code,
            "country_code": "US",
        }

    # orders -------------------------------------------------------------------------------
    def basket(self, size: str) -> list[Product]:
        rng = self.rng
        regular = [p for p in CATALOG if not p.final_sale]
        for _ in range(200):
            count = rng.randint(2, 3) if size == "multi" else rng.randint(1, 3)
            items = rng.sample(regular, count)
            if size == "final_sale":
                items = [rng.choice([p for p in CATALOG if p.final_sale])]
            total = sum(p.price for p in items)
            if size == "small" and total > 100:
                continue
            if size == "large" and total <= 100:
                continue
            return items
        raise RuntimeError(f"could not build a {size} basket")  # pragma: no cover

    def add_order(self, customer: dict[str, Any], kind: str, size: str) -> dict[str, Any]:
        rng = self.rng
        products = self.basket(size)
        number = self.next_order
        self.next_order += 1
        placed = self._placed_at(kind)
        line_items: list[dict[str, Any]] = []
        for product in products:
            quantity = 2 if rng.random() < 0.1 and product.price < 30 else 1
            line_items.append(
                {
                    "id": self.new_id(),
                    "sku": product.sku,
                    "title": product.title,
                    "variant_title": rng.choice(product.variants) if product.variants else None,
                    "quantity": quantity,
                    "price": _money(product.price),
                    "final_sale": product.final_sale,
                    "product_type": product.product_type,
                }
            )
        total = sum(float(li["price"]) * li["quantity"] for li in line_items)
        order: dict[str, Any] = {
            "id": number,
            "name": f"#{number}",
            "email": customer["email"],
            "customer_id": customer["id"],
            "created_at": _iso(placed),
            "currency": "USD",
            "total_price": _money(total),
            "financial_status": "paid",
            "fulfillment_status": None,
            "cancelled_at": None,
            "line_items": line_items,
            "shipping_address": self.address_for(customer),
            "fulfillments": [],
            "refunds": [],
            "returns": [],
        }
        if kind in {"in_transit", "late", "delivered_recent", "delivered_old", "refunded"}:
            order["fulfillment_status"] = "fulfilled"
            order["fulfillments"].append(self._fulfillment(kind, placed))
        if kind == "cancelled":
            order["cancelled_at"] = _iso(placed + timedelta(hours=rng.randint(2, 20)))
            order["financial_status"] = "refunded"
            order["refunds"].append(self._refund(order, placed + timedelta(hours=21)))
        if kind == "refunded":
            order["financial_status"] = "refunded"
            order["refunds"].append(self._refund(order, placed + timedelta(days=9)))
        self.orders.append(order)
        return order

    def _placed_at(self, kind: str) -> datetime:
        rng = self.rng
        hours = {
            "unfulfilled_fresh": (14, 22),
            "unfulfilled_older": (60, 100),
            "cancelled": (72, 240),
            "in_transit": (72, 140),
            "late": (240, 380),
            "delivered_recent": (190, 480),
            "refunded": (190, 480),
            "delivered_old": (1080, 1900),
        }[kind]
        return REFERENCE_TIME - timedelta(hours=rng.randint(*hours), minutes=rng.randint(0, 59))

    def _fulfillment(self, kind: str, placed: datetime) -> dict[str, Any]:
        rng = self.rng
        carrier, url = rng.choice(CARRIERS)
        tracking = f"{carrier[:2].upper()}{rng.randint(10**11, 10**12 - 1)}"
        shipped = placed + timedelta(hours=rng.randint(20, 40))
        eta: datetime
        delivered: datetime | None = None
        if kind == "in_transit":
            eta = REFERENCE_TIME + timedelta(days=rng.randint(1, 4))
            status = "in_transit"
        elif kind == "late":
            eta = REFERENCE_TIME - timedelta(days=rng.randint(3, 6))
            status = "in_transit"
        else:
            eta = shipped + timedelta(days=rng.randint(3, 5))
            delivered = eta - timedelta(hours=rng.randint(0, 20))
            status = "delivered"
        return {
            "id": self.new_id(),
            "status": "success",
            "created_at": _iso(shipped),
            "tracking_company": carrier,
            "tracking_number": tracking,
            "tracking_url": url.format(number=tracking),
            "shipment_status": status,
            "estimated_delivery_at": _iso(eta.replace(hour=20, minute=0, second=0)),
            "delivered_at": _iso(delivered) if delivered else None,
        }

    def _refund(self, order: dict[str, Any], when: datetime) -> dict[str, Any]:
        return {
            "id": self.new_id(),
            "created_at": _iso(when),
            "amount": order["total_price"],
            "note": "seeded",
        }

    # subscriptions ------------------------------------------------------------------------
    def add_subscription(self, customer: dict[str, Any], status: str) -> dict[str, Any]:
        rng = self.rng
        product = rng.choice(SUBSCRIBABLE)
        subscription = {
            "id": 30_001 + len(self.subscriptions),
            "customer_id": customer["id"],
            "email": customer["email"],
            "status": status,
            "product_title": product.title,
            "sku": product.sku,
            "price": _money(product.price),
            "quantity": 1,
            "order_interval_frequency": rng.choice([2, 4]),
            "order_interval_unit": "week",
            "next_charge_scheduled_at": (
                (REFERENCE_TIME + timedelta(days=rng.randint(3, 20))).date().isoformat()
            ),
            "skipped_charges": [],
        }
        self.subscriptions.append(subscription)
        return subscription


def _pick_scenario(rng: random.Random, category: str) -> Scenario:
    options = SCENARIOS.get(category)
    if not options:
        kind = "delivered_recent" if category in ORDER_CATEGORIES else None
        return ("general", 1.0, kind, "any")
    return rng.choices(options, weights=[o[1] for o in options])[0]


def _compose(rng: random.Random, body: str, first: str) -> str:
    greeting = rng.choice(GREETINGS)
    if greeting and rng.random() < 0.15:
        greeting = greeting.lower()
    signoff = rng.choice(SIGNOFFS).format(first=first)
    return "\n\n".join(part for part in (greeting, body, signoff) if part)


def _ticket_body(
    b: _Builder,
    category: str,
    scenario: str,
    slots: dict[str, str],
    mentions_order: bool,
    must_mention_order: bool = False,
) -> str:
    rng = b.rng
    if category == "subscription_change":
        key = {"skip_while_paused": "skip"}.get(scenario, scenario)
        pool = BODIES[f"subscription_{key}"]
    elif category == "account_help":
        pool = BODIES["account_password" if scenario == "password_reset" else "account_email"]
    elif category == "policy_question":
        source = (
            POLICY_QUESTIONS_ANSWERED
            if scenario == "kb_answered"
            else (POLICY_QUESTIONS_UNANSWERED)
        )
        return rng.choice(source)[1]
    elif category == "address_change" and scenario == "no_new_address":
        pool = ("I need to change the shipping address on {order}. What do I do?",)
    elif category == "order_modification":
        all_bodies = BODIES[category]
        pool = tuple(t for t in all_bodies if ("{size}" in t) == (scenario == "variant_change"))
    else:
        pool = BODIES[category]
    if not mentions_order:
        without = tuple(t for t in pool if "{order}" not in t)
        pool = without or tuple(t.replace("{order}", "my order") for t in pool)
    elif must_mention_order:
        pool = tuple(t for t in pool if "{order}" in t) or pool
    return rng.choice(pool).format(**slots)


def _add_presale_questions(
    pool: list[dict[str, Any]], tickets: list[dict[str, Any]], labels: list[dict[str, Any]]
) -> None:
    """Pre-sale questions the help centre answers (care, payment, gift cards), appended after
    the random tickets without drawing from the generator's random stream, so every other
    ticket stays as it was. The classifier files them where it likes; the resolver answers
    them from the help centre wherever they land."""
    for offset, (category, subject, body) in enumerate(PRESALE_QUESTIONS):
        customer = pool[(offset * 37) % len(pool)]
        ticket_id = f"DEMO-{len(tickets) + 1:04d}"
        tickets.append(
            {
                "id": ticket_id,
                "subject": subject,
                "body": f"Hi,\n\n{body}\n\nThanks, {customer['first_name']}",
                "customer": {
                    "email": customer["email"],
                    "name": f"{customer['first_name']} {customer['last_name']}",
                    "vip": customer["vip"],
                    "automation_opt_in": customer["automation_opt_in"],
                    "tags": list(customer["tags"]),
                },
                "order_id": None,
                "created_at": _iso(REFERENCE_TIME - timedelta(minutes=15 + 41 * offset)),
                "channel": "chat" if offset % 2 else "email",
            }
        )
        labels.append({"id": ticket_id, "category": category, "scenario": "kb_answered"})


def _append_email_ticket(
    tickets: list[dict[str, Any]],
    labels: list[dict[str, Any]],
    customer: dict[str, Any],
    label: tuple[str, str],
    subject: str,
    body: str,
    created: datetime,
) -> None:
    """One e-mail ticket signed with the customer's first name, appended with its label
    (category, scenario)."""
    ticket_id = f"DEMO-{len(tickets) + 1:04d}"
    tickets.append(
        {
            "id": ticket_id,
            "subject": subject,
            "body": f"{body}\n\n{customer['first_name']}",
            "customer": {
                "email": customer["email"],
                "name": f"{customer['first_name']} {customer['last_name']}",
                "vip": customer["vip"],
                "automation_opt_in": customer["automation_opt_in"],
                "tags": list(customer["tags"]),
            },
            "order_id": None,
            "created_at": _iso(created),
            "channel": "email",
        }
    )
    labels.append({"id": ticket_id, "category": label[0], "scenario": label[1]})


def _append_order_ticket(
    tickets: list[dict[str, Any]],
    labels: list[dict[str, Any]],
    customer: dict[str, Any],
    order: dict[str, Any],
    label: tuple[str, str],
    subject: str,
    body: str,
    created: datetime,
) -> None:
    """An e-mail ticket about ``order`` (its number in the body), written at ``created`` or,
    when that would come before the order, 45 minutes after it was placed."""
    placed = datetime.fromisoformat(order["created_at"])
    if created <= placed:
        created = placed + timedelta(minutes=45)
    _append_email_ticket(
        tickets, labels, customer, label, subject, body.format(order=order["name"]), created
    )


def _add_foreign_language_tickets(
    b: _Builder, tickets: list[dict[str, Any]], labels: list[dict[str, Any]]
) -> None:
    """Spanish, French and German tickets in live categories, appended last so every other
    ticket stays as it was; each customer and order is new (drawn after all the others)."""
    for offset, (category, scenario, subject, body) in enumerate(FOREIGN_LANGUAGE_TICKETS):
        _, _, kind, size = next(o for o in SCENARIOS[category] if o[0] == scenario)
        assert kind is not None
        customer = b.add_customer(vip=False)
        order = b.add_order(customer, kind, size)
        _append_order_ticket(
            tickets, labels, customer, order, (category, scenario), subject, body,
            REFERENCE_TIME - timedelta(minutes=20 + 37 * offset),
        )  # fmt: skip


def _add_item_scope_tickets(
    b: _Builder, tickets: list[dict[str, Any]], labels: list[dict[str, Any]]
) -> None:
    """Requests about part of an order (one item, one unit of several, keep-the-rest
    cancellations, vague amounts, unknown or ambiguous items, whole-order requests), each on
    a new customer's order with exactly the basket the text is about. Appended last."""
    for offset, (category, scenario, kind, basket, subject, body) in enumerate(ITEM_SCOPE_TICKETS):
        customer = b.add_customer(vip=False)
        order = b.add_order(customer, kind, "any")
        lines: list[dict[str, Any]] = []
        for sku, quantity, discount in basket:
            product = BY_SKU[sku]
            lines.append(
                {
                    "id": b.new_id(),
                    "sku": sku,
                    "title": product.title,
                    "variant_title": product.variants[len(lines) % len(product.variants)]
                    if product.variants
                    else None,
                    "quantity": quantity,
                    "price": _money(product.price),
                    "final_sale": product.final_sale,
                    "product_type": product.product_type,
                    **({"discount": _money(discount)} if discount else {}),
                }
            )
        order["line_items"] = lines
        order["total_price"] = _money(
            sum(
                float(li["price"]) * li["quantity"] - float(li.get("discount") or 0) for li in lines
            )
        )
        _append_order_ticket(
            tickets, labels, customer, order, (category, scenario), subject, body,
            REFERENCE_TIME - timedelta(minutes=15 + 29 * offset),
        )  # fmt: skip


def _add_subscription_scope_tickets(
    b: _Builder, tickets: list[dict[str, Any]], labels: list[dict[str, Any]]
) -> None:
    """A pause until a month and a skip of two deliveries, each on a new customer's active
    subscription. Appended last."""
    for offset, (scenario, subject, body) in enumerate(SUBSCRIPTION_SCOPE_TICKETS):
        customer = b.add_customer(vip=False)
        subscription = b.add_subscription(customer, "active")

        _append_email_ticket(
            tickets, labels, customer, ("subscription_change", scenario), subject,
            body.format(product=subscription["product_title"]),
            REFERENCE_TIME - timedelta(minutes=9 + 13 * offset),
        )  # fmt: skip


def generate(seed: int = DEFAULT_SEED) -> DemoData:
    rng = random.Random(seed)
    b = _Builder(rng)
    pool = [b.add_customer() for _ in range(170)]
    for customer in rng.sample(pool, 25):
        b.add_subscription(customer, rng.choice(["active", "active", "paused"]))

    plan = [c for c, n in CATEGORY_COUNTS.items() for _ in range(n)]
    rng.shuffle(plan)
    tickets: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    for index, category in enumerate(plan, start=1):
        scenario, _, kind, size = _pick_scenario(rng, category)
        ref_style = rng.choices(["id", "body", "none"], weights=[0.7, 0.15, 0.15])[0]
        if ref_style == "none" or category in {"subscription_change", "account_help"}:
            customer = b.add_customer()  # the ticket's order is this customer's only order
        else:
            customer = rng.choice(pool)
        created = REFERENCE_TIME - timedelta(minutes=rng.randint(0, 600))
        order: dict[str, Any] | None = None
        order_ref: str | None = None
        if kind == "unknown":
            order_ref = str(rng.choice(UNKNOWN_ORDER_NUMBERS))
            ref_style = "id" if ref_style == "none" else ref_style
        elif kind == "foreign":
            owner = rng.choice([c for c in pool if c is not customer])
            order = b.add_order(owner, "in_transit", size)
            ref_style = "id"
        elif kind is not None:
            order = b.add_order(customer, kind, size)
        if order is not None:
            order_ref = str(order["id"])
            placed = datetime.fromisoformat(order["created_at"])
            if created <= placed:
                created = placed + timedelta(minutes=rng.randint(30, 180))
        if order is None and order_ref is None:
            ref_style = "none"

        product = rng.choice(CATALOG)
        item = product.title
        size_wanted = rng.choice(("S", "M", "L", "XL"))
        if order is not None:
            line = rng.choice(order["line_items"])
            item = line["title"]
            variants = BY_SKU[line["sku"]].variants
            others = [v for v in variants if v != line["variant_title"]] or ["M"]
            size_wanted = rng.choice(others)
        slots = {
            "first": customer["first_name"],
            "order": f"#{order_ref}"
            if ref_style == "body" or rng.random() < 0.6
            else str(order_ref),
            "item": item,
            "size": size_wanted,
            "new_address": "",
            "new_email": "",
            "product": "coffee",
            "swap_to": "",
            "weeks": "6",
        }
        if category == "address_change":
            city, state, zip_code = rng.choice(CITIES)
            slots["new_address"] = (
                f"{rng.randint(2, 2999)} {rng.choice(STREETS)}, {city}, {state} {zip_code}"
            )
        if category == "subscription_change":
            status = "paused" if scenario == "skip_while_paused" else "active"
            subscription = b.add_subscription(customer, status)
            slots["product"] = subscription["product_title"]
            swap_to = rng.choice([p for p in SUBSCRIBABLE if p.sku != subscription["sku"]])
            slots["swap_to"] = swap_to.title
            weeks = [w for w in (2, 3, 6, 8) if w != subscription["order_interval_frequency"]]
            slots["weeks"] = str(rng.choice(weeks))
        if category == "account_help":
            if scenario == "email_taken":
                slots["new_email"] = rng.choice(pool)["email"]
            else:
                slots["new_email"] = (
                    f"{customer['first_name'].lower()}.{rng.randint(10, 99)}@newmail.example.com"
                )
        body = _ticket_body(b, category, scenario, slots, ref_style != "none", ref_style == "body")
        subject = rng.choice(SUBJECTS[category])
        if "{order}" in subject and ref_style == "none":
            subject = subject.replace(" {order}", "").replace("{order}", "order")
        subject = subject.format(**slots)
        ticket_id = f"DEMO-{index:04d}"
        tickets.append(
            {
                "id": ticket_id,
                "subject": subject,
                "body": _compose(rng, body, customer["first_name"]),
                "customer": {
                    "email": customer["email"],
                    "name": f"{customer['first_name']} {customer['last_name']}",
                    "vip": customer["vip"],
                    "automation_opt_in": customer["automation_opt_in"],
                    "tags": list(customer["tags"]),
                },
                "order_id": order_ref if ref_style == "id" else None,
                "created_at": _iso(created),
                "channel": rng.choices(
                    ["email", "chat", "form", "social"], weights=[0.6, 0.25, 0.1, 0.05]
                )[0],
            }
        )
        labels.append({"id": ticket_id, "category": category, "scenario": scenario})
    _add_presale_questions(pool, tickets, labels)
    _add_foreign_language_tickets(b, tickets, labels)
    _add_item_scope_tickets(b, tickets, labels)
    _add_subscription_scope_tickets(b, tickets, labels)

    store_seed = {
        "shop": {
            "name": "Fernhill & Co.",
            "currency": "USD",
            "return_window_days": RETURN_WINDOW_DAYS,
            "reference_time": _iso(REFERENCE_TIME),
        },
        "products": [
            {
                "sku": p.sku,
                "title": p.title,
                "price": _money(p.price),
                "variants": list(p.variants),
                "final_sale": p.final_sale,
                "subscribable": p.subscribable,
            }
            for p in CATALOG
        ],
        "customers": b.customers,
        "orders": b.orders,
        "subscriptions": b.subscriptions,
        "helpdesk": helpdesk_seed(b.customers, tickets),
    }
    return DemoData(tickets=tickets, labels=labels, store_seed=store_seed)


def render_jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def render_store_seed(store_seed: dict[str, Any]) -> str:
    return json.dumps(store_seed, ensure_ascii=False, indent=1) + "\n"


def render_files(data: DemoData) -> dict[str, str]:
    return {
        TICKETS_FILE: render_jsonl(data.tickets),
        LABELS_FILE: render_jsonl(data.labels),
        STORE_SEED_FILE: render_store_seed(data.store_seed),
    }


def write_demo_files(out_dir: Path, seed: int = DEFAULT_SEED) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, text in render_files(generate(seed)).items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written[name] = path
    return written
