"""In-memory fakes of the resolver's ports, all over one DemoShop in SQLite :memory:.

A uniquely named module (not conftest) so tests can import it without clashing."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from supportloop.adapters.connectors import ConnectorRejected
from supportloop.core.events import Ticket, TicketClassified
from supportloop.core.knowledge import KnowledgeBase, load_knowledge_base
from supportloop.core.policy import load_policies
from supportloop.core.resolution import InMemoryLedger, ResolutionWorkflow
from supportloop.devtools.demo_data import generate
from supportloop.devtools.demo_data.helpdesk import AGENT_ANA
from supportloop.devtools.demo_store import DemoShop, ShopError
from supportloop.devtools.demo_store.shop import net_payment

REPO = Path(__file__).resolve().parents[3]
APPROVE_TAG = "supportloop_approve"
_writes = itertools.count()


def _next() -> int:
    return next(_writes)


RECEIVED_AT = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
Doc = dict[str, Any]


class FixedClock:
    def now(self) -> datetime:
        return RECEIVED_AT + timedelta(milliseconds=250)


class _Fake:
    def __init__(self, shop: DemoShop) -> None:
        self.shop = shop
        self.fail_with: Exception | None = None

    def _check(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def _write(self, call: Any, *args: Any) -> Doc:
        self._check()
        try:
            result: Doc = call(*args)
        except ShopError as error:
            raise ConnectorRejected("fake", error.message, error.status) from None
        return result


class FakeCommerce(_Fake):
    async def get_order(self, order_id: str) -> Doc | None:
        self._check()
        return self._with_count(self.shop.get_order(order_id))

    async def latest_order_for(self, email: str) -> Doc | None:
        self._check()
        orders = self.shop.orders_by_email(email)
        return self._with_count(orders[0]) if orders else None

    def _with_count(self, order: Doc | None) -> Doc | None:
        """As the connector maps it: the customer's order count (Customer.numberOfOrders)."""
        if order is None:
            return None
        return {
            **order,
            "customer_orders_count": self.shop.orders_count(order["email"]),
            "net_payment": f"{net_payment(order):.2f}",  # Order.netPaymentSet
        }

    async def update_shipping_address(self, order_id: str, address: Doc, key: str) -> Doc:
        return self._write(self.shop.update_shipping_address, order_id, address, key)

    async def remove_line_item(
        self, order_id: str, line_item_id: int, key: str, quantity: int | None = None
    ) -> Doc:
        return self._write(self.shop.remove_line_item, order_id, line_item_id, key, quantity)

    async def cancel_order(self, order_id: str, key: str) -> Doc:
        return self._write(self.shop.cancel_order, order_id, key)

    async def refund_order(self, order_id: str, amount: str, key: str) -> Doc:
        return self._write(
            self.shop.refund_order, order_id, amount, key, None, f"SupportLoop {key}"
        )

    async def suggested_refund(self, order_id: str, lines: list[Doc]) -> Doc:
        self._check()
        try:
            return self.shop.suggested_refund(order_id, lines)
        except ShopError as error:
            raise ConnectorRejected("fake", error.message, error.status) from None

    async def refund_line_items(self, order_id: str, lines: list[Doc], key: str) -> Doc:
        amount = (await self.suggested_refund(order_id, lines))["amount"]
        note = f"SupportLoop {key}"
        return self._write(self.shop.refund_line_items, order_id, lines, amount, key, note)

    async def create_return(self, order_id: str, key: str, lines: list[Doc] | None = None) -> Doc:
        return self._write(self.shop.create_return, order_id, key, lines)

    async def find_product(self, title: str) -> Doc | None:
        self._check()
        named = title.casefold()
        containing = [p for p in self.shop.products() if named in p["title"].casefold()]
        exact = [p for p in containing if p["title"].casefold() == named]
        found = exact or (containing if len(containing) == 1 else [])
        if not found:
            return None
        return {"title": found[0]["title"], "sizes": list(found[0].get("variants") or ())}


class FakeHelpdesk(_Fake):
    """The demo store's helpdesk, read as the API user (``shop.api_user_id``) reads it. Its
    ``fail_with`` fails reads too (a helpdesk that is down answers nothing)."""

    def __init__(self, shop: DemoShop) -> None:
        super().__init__(shop)
        self.reads: list[str] = []

    async def get_ticket(self, ticket_id: str) -> Doc | None:
        self.reads.append("ticket")
        self._check()
        return self.shop.get_ticket(ticket_id)

    async def ticket_audits(self, ticket_id: str, max_pages: int) -> tuple[list[Doc], bool]:
        self.reads.append("audits")
        self._check()
        audits = self.shop.audits(ticket_id)
        return audits[: max_pages * 100], len(audits) <= max_pages * 100

    async def get_user(self, user_id: str) -> Doc | None:
        self.reads.append("user")
        self._check()
        return self.shop.get_user(user_id)

    async def current_user(self) -> Doc | None:
        self.reads.append("me")
        self._check()
        return self.shop.get_user(self.shop.api_user_id or 0)

    async def user_group_memberships(self, user_id: str) -> list[Doc]:
        self.reads.append("memberships")
        self._check()
        return self.shop.group_memberships(user_id)

    async def get_group(self, group_id: str) -> Doc | None:
        self.reads.append("group")
        self._check()
        return self.shop.get_group(group_id)

    async def public_reply(
        self, ticket_id: str, body: str, key: str, tags: Sequence[str] = ()
    ) -> Doc:
        return self._write(
            self.shop.add_comment, ticket_id, body, True, key, None, list(tags) or None
        )

    async def requested_tickets(self, requester_id: str) -> list[Doc]:
        self.reads.append("requested")
        self._check()
        return self.shop.requested_tickets(requester_id)

    async def internal_note(self, ticket_id: str, body: str, key: str) -> Doc:
        return self._write(self.shop.add_comment, ticket_id, body, False, key)

    async def add_tags(self, ticket_id: str, tags: list[str], key: str) -> Doc:
        return self._write(self.shop.add_tags, ticket_id, tags, key)


class FakeSubscriptions(_Fake):
    async def subscriptions_for(self, email: str) -> list[Doc]:
        self._check()
        return self.shop.subscriptions_by_email(email)

    async def products(self) -> list[Doc]:
        return self.shop.products()

    async def get_subscription(self, subscription_id: str) -> Doc | None:
        return self.shop.get_subscription(subscription_id)

    async def pause(self, subscription_id: str, key: str) -> Doc:
        return self._write(self.shop.update_subscription, subscription_id, "pause", {}, key)

    async def skip_next(self, subscription_id: str, key: str) -> Doc:
        return self._write(self.shop.update_subscription, subscription_id, "skip", {}, key)

    async def set_next_charge_date(self, subscription_id: str, day: str, key: str) -> Doc:
        payload = {"date": day}
        return self._write(
            self.shop.update_subscription, subscription_id, "set_next_charge_date", payload, key
        )

    async def swap(self, subscription_id: str, sku: str, key: str) -> Doc:
        payload = {"sku": sku}
        return self._write(self.shop.update_subscription, subscription_id, "swap", payload, key)

    async def set_frequency(self, subscription_id: str, weeks: int, key: str) -> Doc:
        payload = {"order_interval_frequency": weeks}
        return self._write(
            self.shop.update_subscription, subscription_id, "frequency", payload, key
        )


class FakeAccounts(_Fake):
    async def get_account(self, email: str) -> Doc | None:
        self._check()
        return self.shop.get_account(email)

    async def send_password_reset(self, email: str, key: str) -> Doc:
        return self._write(self.shop.send_password_reset, email, key)

    async def request_email_change(self, email: str, new_email: str, key: str) -> Doc:
        return self._write(self.shop.request_email_change, email, new_email, key)


class Harness:
    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        """``kb``: another help centre than the demo's ``knowledge_base/`` (an imported one)."""
        data = generate()
        self.shop = DemoShop(":memory:", data.store_seed, strict_idempotency=True)
        self.tickets = {t["id"]: Ticket.model_validate(t) for t in data.tickets}
        self.labels = {label["id"]: label for label in data.labels}
        self.commerce = FakeCommerce(self.shop)
        self.helpdesk = FakeHelpdesk(self.shop)
        self.subscriptions = FakeSubscriptions(self.shop)
        self.accounts = FakeAccounts(self.shop)
        self.ledger = InMemoryLedger()
        self.workflow = ResolutionWorkflow(
            load_policies(REPO / "policies"),
            self.commerce,
            self.helpdesk,
            self.subscriptions,
            self.accounts,
            kb or load_knowledge_base(REPO / "knowledge_base"),
            self.ledger,
            FixedClock(),
            history=self.helpdesk,
        )

    def ticket_ids(self, category: str, scenario: str, opted_in_only: bool = True) -> list[str]:
        return [
            tid
            for tid, label in self.labels.items()
            if label["category"] == category
            and label["scenario"] == scenario
            and (
                not opted_in_only
                or not self.tickets[tid].customer.vip
                or self.tickets[tid].customer.automation_opt_in
            )
        ]

    def whole_order_ids(self, category: str, scenario: str) -> list[str]:
        """The scenario's tickets that are about their whole order (name no item, or all)."""
        from supportloop.core.resolution import extract
        from supportloop.core.resolution.scope import read_scope

        chosen = []
        for tid in self.ticket_ids(category, scenario):
            ticket = self.tickets[tid]
            reference = ticket.order_id or extract.order_reference(ticket.text)
            order = self.shop.get_order(reference) if reference else None
            if order and read_scope(ticket.text, order["line_items"]).whole_order:
                chosen.append(tid)
        return chosen

    def classified(
        self, ticket: Ticket | str, category: str | None = None, escalate: bool = False
    ) -> TicketClassified:
        if isinstance(ticket, str):
            category = category or self.labels[ticket]["category"]
            ticket = self.tickets[ticket]
        return TicketClassified(
            event_id=f"c-{ticket.id}",
            ticket_id=ticket.id,
            ticket=ticket,
            received_at=RECEIVED_AT,
            category=category or "other",
            tier=1,
            confidence=0.9,
            escalate=escalate,
            classifier="test",
            model_version="test",
        )

    def effects(self, kind: str | None = None) -> list[Doc]:
        return [e for e in self.shop.side_effects() if kind is None or e["kind"] == kind]

    def approve(self, ticket_id: str, by: int = AGENT_ANA, tag: str = APPROVE_TAG) -> None:
        """A person adds the approve (or another) tag on the helpdesk ticket, as the demo
        store records it: audited with that person as the author."""
        self.shop.add_tags(ticket_id, [tag], f"test:{ticket_id}:{tag}:{by}:{_next()}", by)

    def untag(self, ticket_id: str, by: int = AGENT_ANA, tag: str = APPROVE_TAG) -> None:
        self.shop.remove_tags(ticket_id, [tag], f"test:{ticket_id}:-{tag}:{by}:{_next()}", by)


def dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)
