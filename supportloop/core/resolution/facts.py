"""Look up everything a rule tests (and its reply templates need) for one ticket.

Time-based facts are measured at the ticket's ``created_at``: a policy answers the question
"was this request inside the window when the customer asked?", so a replay decides the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from supportloop.core.events import FactValue, Ticket
from supportloop.core.knowledge import KbMatch, KnowledgeBase
from supportloop.core.knowledge.grounding import AnswerComposer
from supportloop.core.knowledge.questions import asks_for_information
from supportloop.core.resolution import extract
from supportloop.core.resolution.ports import (
    Accounts,
    Commerce,
    Doc,
    KnowledgeSearch,
    NoAccountsService,
    Subscriptions,
)
from supportloop.core.resolution.scope import RequestScope, read_scope
from supportloop.core.resolution.subscription_scope import (
    requested_resume_date,
    requested_skip_count,
)
from supportloop.errors import ConnectorRejected

# What part of the order the request is about (core/resolution/scope.py).
SCOPE_FACTS = frozenset(
    {"whole_order_requested", "requested_items_found", "requested_item_count",
     "requested_quantity", "items_to_keep_named", "scope_question", "requested_refund_amount"}
)  # fmt: skip
ORDER_FACTS = frozenset(
    {
        "order_reference_given", "order_found", "order_owned_by_customer", "order_cancelled",
        "fulfillment_status", "shipment_late", "hours_since_order", "days_since_order",
        "days_since_delivery", "order_total", "refund_amount", "already_refunded",
        "line_item_count", "has_final_sale_items", "return_exists", "new_address_provided",
        "requested_edit", "edit_item_found", *SCOPE_FACTS,
    }
)  # fmt: skip
SUBSCRIPTION_FACTS = frozenset(
    {"subscription_found", "subscription_status", "requested_subscription_change",
     "swap_product_found", "requested_frequency_weeks", "requested_skip_count",
     "requested_delay_weeks"}
)  # fmt: skip
ACCOUNT_FACTS = frozenset(
    {"account_found", "requested_account_action", "new_email_provided", "new_email_available"}
)
KB_FACTS = frozenset({"kb_match_score", "kb_answer_found", "asks_for_information"})
# The product the ticket names (a catalogue title) and the sizes it comes in.
PRODUCT_FACTS = frozenset({"product_found", "product_has_sizes"})


@dataclass
class FactSheet:
    facts: dict[str, FactValue] = field(default_factory=dict)
    order: Doc | None = None
    subscription: Doc | None = None
    swap_product: Doc | None = None
    address: dict[str, str] | None = None
    line_item: Doc | None = None
    kb_question: str | None = None
    kb_match: KbMatch | None = None  # the help centre's best passage, when it was searched
    # the named units an item-level action acts on: [{line_item_id, quantity}]
    lines: list[Doc] | None = None
    effect_key: str | None = None  # the idempotency key of the effect being carried out

    def public(self) -> dict[str, FactValue]:
        return dict(self.facts)


def scope_facts(scope: RequestScope) -> dict[str, FactValue]:
    """The request's scope as facts; the refund amount of named items is looked up apart."""
    clear = scope.unclear == "none"
    return {
        "whole_order_requested": scope.whole_order,
        "requested_items_found": bool(scope.items) and clear,
        "requested_item_count": len(scope.items) if clear else 0,
        "requested_quantity": scope.quantity if clear else 0,
        "items_to_keep_named": bool(scope.kept) or scope.rest_kept,
        "scope_question": scope.unclear,
        "requested_refund_amount": None,
        "requested_items": ", ".join(n.label for n in scope.items) or None,
        "scope_candidates": ", ".join(scope.candidates) or None,
    }


def _money(amount: float) -> str:
    return f"${amount:,.2f}"


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _day(moment: datetime) -> str:
    return f"{moment:%A, %B} {moment.day}"


def _fulfillment(order: Doc) -> Doc | None:
    fulfillments = order.get("fulfillments") or []
    return fulfillments[-1] if fulfillments else None


def order_facts(order: Doc | None, ticket: Ticket, reference: str | None) -> dict[str, FactValue]:
    facts: dict[str, FactValue] = {"order_reference_given": reference is not None}
    # Neither an order number nor an e-mail to look one up by: unknown, not "not found".
    looked_up = reference is not None or ticket.customer.email is not None
    facts["order_found"] = order is not None if looked_up else None
    if order is None:
        return facts
    at = ticket.created_at
    placed = _when(order["created_at"])
    total = float(order["total_price"])
    refunded = sum(float(r["amount"]) for r in order.get("refunds") or [])
    # what is left to refund: the shop's net payment (received − refunded) when it says;
    # else the total less refunds (an order document without it: tests, older exports)
    net = order.get("net_payment")
    refundable = float(net) if net is not None else total - refunded
    shipment = _fulfillment(order)
    status = "unfulfilled"
    late = False
    days_since_delivery: int | None = None
    if shipment is not None:
        if shipment.get("delivered_at"):
            status = "delivered"
            days_since_delivery = (at - _when(shipment["delivered_at"])).days
        else:
            status = "in_transit"
            eta = shipment.get("estimated_delivery_at")
            late = eta is not None and _when(str(eta)) < at
    items = order.get("line_items") or []
    facts.update(
        {
            # unknown without the customer's e-mail: the policy cannot act on someone's order
            "order_owned_by_customer": (
                order.get("email", "").lower() == ticket.customer.email
                if ticket.customer.email is not None
                else None
            ),
            "order_cancelled": bool(order.get("cancelled_at")),
            "fulfillment_status": status,
            "shipment_late": late,
            "hours_since_order": round((at - placed).total_seconds() / 3600, 1),
            "days_since_order": (at - placed).days,
            "days_since_delivery": days_since_delivery,
            "order_total": round(total, 2),
            "refund_amount": round(max(refundable, 0.0), 2),
            "already_refunded": refunded > 0,
            "line_item_count": len(items),
            "has_final_sale_items": any(bool(li.get("final_sale")) for li in items),
            "return_exists": bool(order.get("returns")),
            # the customer's orders in the shop (Customer.numberOfOrders): for the person
            "customer_orders": order.get("customer_orders_count"),
            # for reply templates
            "order_id": str(order["id"]),
            "order_name": str(order.get("name") or f"#{order['id']}"),
            "items": ", ".join(str(li["title"]) for li in items),
            "order_total_text": _money(total),
            "refund_amount_text": _money(max(refundable, 0.0)),
            # raw values the reply templates format by locale (core/replies)
            "currency": str(order.get("currency") or "") or None,
        }
    )
    if shipment is not None:
        facts["carrier"] = shipment.get("tracking_company")
        facts["tracking_number"] = shipment.get("tracking_number")
        facts["tracking_url"] = shipment.get("tracking_url")
        eta = shipment.get("estimated_delivery_at")
        facts["eta_date"] = _day(_when(eta)) if eta else None
        facts["eta_at"] = str(eta) if eta else None
        facts["delivered_at"] = shipment.get("delivered_at")
    facts["order_status_sentence"] = _status_sentence(facts, shipment)
    return facts


def _status_sentence(facts: dict[str, FactValue], shipment: Doc | None) -> str:
    if facts["order_cancelled"]:
        return "was cancelled."
    if shipment is None:
        return "is confirmed and being packed; orders ship within 1-2 business days."
    if shipment.get("delivered_at"):
        return f"was delivered on {_day(_when(shipment['delivered_at']))}."
    return (
        f"has shipped with {facts['carrier']} and should arrive by {facts['eta_date']}. "
        f"Tracking: {facts['tracking_url']}"
    )


class FactGatherer:
    def __init__(
        self,
        commerce: Commerce,
        subscriptions: Subscriptions,
        accounts: Accounts,
        kb: KnowledgeSearch,
    ) -> None:
        self.commerce = commerce
        self.subscriptions = subscriptions
        self.accounts = accounts
        self.kb = kb
        # the catalogue's titles, to find the product a ticket names (the brand's KB lists them)
        self.product_titles: tuple[str, ...] = (
            tuple(kb.settings.products) if isinstance(kb, KnowledgeBase) else ()
        )
        # optional: phrases a found answer from its passage, checked for grounding
        self.composer: AnswerComposer | None = None

    async def gather(
        self, ticket: Ticket, facts_used: tuple[str, ...], language: str = "en"
    ) -> FactSheet:
        used = set(facts_used)
        sheet = FactSheet()
        name = (ticket.customer.name or "").split()
        sheet.facts.update(
            {
                "customer_vip": ticket.customer.vip,
                "automation_opt_in": ticket.customer.automation_opt_in,
                "customer_email": ticket.customer.email,
                "customer_first_name": name[0] if name else "there",
                # "there" is English: the other locales' greetings drop the name instead
                "customer_named": bool(name),
                # the classifier read the customer as upset: a draft for a person opens
                # with an apology (set by the workflow on a hand-off)
                "customer_upset": False,
            }
        )
        if used & ORDER_FACTS:
            await self._order(ticket, sheet)
        if used & SUBSCRIPTION_FACTS:
            await self._subscription(ticket, sheet)
        if used & ACCOUNT_FACTS:
            await self._account(ticket, sheet)
        if used & KB_FACTS:
            await self._knowledge(ticket, sheet, language)
        if used & PRODUCT_FACTS:
            await self._product(ticket, sheet)
        return sheet

    async def _product(self, ticket: Ticket, sheet: FactSheet) -> None:
        title = extract.product_named(ticket.text, self.product_titles)
        product = await self.commerce.find_product(title) if title else None
        sizes = [str(s) for s in (product or {}).get("sizes") or ()]
        sheet.facts["product_found"] = product is not None
        sheet.facts["product_has_sizes"] = bool(sizes)
        if product is not None:
            sheet.facts["product_title"] = str(product.get("title") or title)
            sheet.facts["product_sizes"] = ", ".join(sizes) or None

    async def _order(self, ticket: Ticket, sheet: FactSheet) -> None:
        reference = ticket.order_id or extract.order_reference(ticket.text)
        order: Doc | None = None
        if reference:
            order = await self.commerce.get_order(reference.lstrip("#"))
        elif ticket.customer.email is not None:
            order = await self.commerce.latest_order_for(ticket.customer.email)
        sheet.order = order
        sheet.facts.update(order_facts(order, ticket, reference))
        address = extract.new_address(ticket.body)
        sheet.address = address
        sheet.facts["new_address_provided"] = address is not None
        if address is not None:
            sheet.facts["new_address"] = (
                f"{address['address1']}, {address['city']}, {address['province_code']} "
                f"{address['zip']}"
            )
        sheet.facts["requested_edit"] = extract.requested_edit(ticket.text)
        if order is not None:
            await self._scope(ticket, order, sheet)

    async def _scope(self, ticket: Ticket, order: Doc, sheet: FactSheet) -> None:
        items: list[Any] = order.get("line_items") or []
        # a later message's subject repeats the opening one ("Re: Partial refund?"): its body
        # is what it says
        scope = read_scope(ticket.body if ticket.message_id else ticket.text, items)
        sheet.facts.update(scope_facts(scope))
        named = [li for li in items if any(int(li["id"]) == n.line_item_id for n in scope.items)]
        sheet.line_item = named[0] if len(named) == 1 and scope.unclear == "none" else None
        sheet.facts["edit_item_found"] = sheet.line_item is not None
        if sheet.line_item is not None:
            sheet.facts["edit_item"] = scope.items[0].label
        if scope.whole_order:
            sheet.facts["requested_refund_amount"] = sheet.facts.get("refund_amount")
            sheet.facts["requested_refund_amount_text"] = sheet.facts.get("refund_amount_text")
        if scope.unclear not in ("none", "quantity_unclear") or not scope.items:
            return
        # with an unclear quantity, every unit of the named items: what a return may cover
        sheet.lines = [
            {"line_item_id": n.line_item_id, "quantity": n.quantity} for n in scope.items
        ]
        if scope.unclear != "none" or scope.whole_order or order.get("cancelled_at"):
            return
        try:  # the shop's own figure: discounts and taxes allocated as it does
            suggested = await self.commerce.suggested_refund(str(order["id"]), sheet.lines)
        except ConnectorRejected:  # nothing refundable for them (already refunded, …)
            sheet.facts["requested_refund_amount"] = None
            return
        sheet.facts["requested_refund_amount"] = round(float(suggested["amount"]), 2)
        sheet.facts["requested_refund_amount_text"] = _money(float(suggested["amount"]))

    async def _subscription(self, ticket: Ticket, sheet: FactSheet) -> None:
        email = ticket.customer.email
        subs = await self.subscriptions.subscriptions_for(email) if email is not None else []
        active = [s for s in subs if s.get("status") == "active"]
        candidates = active or subs
        sub = candidates[0] if candidates else None
        sheet.subscription = sub
        change = extract.requested_subscription_change(ticket.body)
        if change == "unknown":
            change = extract.requested_subscription_change(ticket.subject)
        sheet.facts.update(
            {
                "subscription_found": sub is not None if email is not None else None,
                "subscription_status": sub.get("status") if sub else None,
                "requested_subscription_change": change,
                "requested_frequency_weeks": extract.requested_weeks(ticket.text),
                "requested_skip_count": requested_skip_count(ticket.text),
                "requested_delay_weeks": 0,
            }
        )
        if sub is None:
            return
        sheet.facts["subscription_id"] = str(sub["id"])
        sheet.facts["subscription_product"] = sub.get("product_title")
        sheet.facts["next_charge_date"] = sub.get("next_charge_scheduled_at")
        self._delay(ticket, sub, change, sheet)
        if change == "swap":
            lowered = ticket.text.lower()
            products = await self.subscriptions.products()
            wanted = [
                p
                for p in products
                if p.get("subscribable")
                and p.get("sku") != sub.get("sku")
                and str(p["title"]).lower() in lowered
            ]
            sheet.swap_product = wanted[0] if len(wanted) == 1 else None
            sheet.facts["swap_product_found"] = sheet.swap_product is not None
            if sheet.swap_product:
                sheet.facts["swap_product"] = str(sheet.swap_product["title"])

    @staticmethod
    def _delay(ticket: Ticket, sub: Doc, change: str, sheet: FactSheet) -> None:
        """The next charge date a pause until a date (or for a while) or a skip of several
        deliveries comes to, and how many weeks that is past the one scheduled."""
        scheduled = sub.get("next_charge_scheduled_at")
        if not scheduled:
            return
        current = date.fromisoformat(str(scheduled)[:10])
        new: date | None = None
        if change == "pause":
            new = requested_resume_date(ticket.text, ticket.created_at.date())
        elif change == "skip":
            count = int(sheet.facts.get("requested_skip_count") or 1)
            every = int(sub.get("order_interval_frequency") or 0)
            if count > 1 and every > 0:
                new = after_intervals(current, every * count, sub.get("order_interval_unit"))
        if new is None:
            return
        sheet.facts["new_charge_date"] = new.isoformat()
        sheet.facts["requested_delay_weeks"] = round((new - current).days / 7, 1)

    async def _account(self, ticket: Ticket, sheet: FactSheet) -> None:
        email = ticket.customer.email
        # no accounts service to ask: unknown, not "no account" (the policy escalates, with
        # what the customer asked for)
        service = not isinstance(self.accounts, NoAccountsService)
        account = await self.accounts.get_account(email) if email and service else None
        others = extract.emails_other_than(ticket.text, email or "")
        sheet.facts.update(
            {
                "account_found": account is not None if email and service else None,
                "requested_account_action": extract.requested_account_action(
                    ticket.text, email or ""
                ),
                "new_email_provided": bool(others),
            }
        )
        if others:
            sheet.facts["new_email"] = others[0]
            if service:
                taken = await self.accounts.get_account(others[0])
                sheet.facts["new_email_available"] = taken is None

    async def _knowledge(self, ticket: Ticket, sheet: FactSheet, language: str) -> None:
        """Searched in the ticket's language only: no English passage answers a Spanish
        question (no articles in that language = no answer = a gap)."""
        question = extract.question_of(ticket.body)
        sheet.kb_question = question
        match = sheet.kb_match = self.kb.search(question, language)
        sheet.facts["kb_match_score"] = match.score if match else 0.0
        sheet.facts["kb_answer_found"] = bool(match and match.found)
        sheet.facts["asks_for_information"] = asks_for_information(ticket.text)
        if match is not None:
            sheet.facts["kb_answer"] = match.passage.text
            sheet.facts["kb_title"] = match.passage.citation
            sheet.facts["kb_locale"] = match.passage.locale
        if match is not None and match.found and self.composer is not None:
            composed = await self.composer.compose(question, [match.passage], language)
            if composed:  # grounded in the cited passage, else the passage itself is sent
                sheet.facts["kb_answer"] = composed


def after_intervals(start: date, count: int, unit: object) -> date:
    """``count`` intervals of ``unit`` after ``start``: Recharge's ``order_interval_unit`` is
    ``day``, ``week`` (the default here) or ``month`` (the same day of the month, or its last
    day when the month is shorter)."""
    if unit == "day":
        return start + timedelta(days=count)
    if unit == "month":
        months = start.month - 1 + count
        year, month = start.year + months // 12, months % 12 + 1
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        return date(year, month, min(start.day, last))
    return start + timedelta(weeks=count)
