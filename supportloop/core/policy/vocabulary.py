"""The facts a policy may test. Each fact is looked up (or extracted deterministically) by the
resolver before a rule runs; a rule that names anything else does not compile."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FactType = Literal["bool", "number", "text"]


@dataclass(frozen=True)
class FactSpec:
    name: str
    type: FactType
    description: str
    values: tuple[str, ...] = ()  # allowed values of a text fact; empty = any


def _facts(*specs: FactSpec) -> dict[str, FactSpec]:
    return {spec.name: spec for spec in specs}


FACTS: dict[str, FactSpec] = _facts(
    FactSpec("customer_vip", "bool", "the customer is tagged VIP"),
    FactSpec("automation_opt_in", "bool", "the customer agreed to automated handling"),
    FactSpec("order_reference_given", "bool", "the ticket names an order number"),
    FactSpec("order_found", "bool", "the order exists in the shop"),
    FactSpec("order_owned_by_customer", "bool", "the order's email is the ticket's email"),
    FactSpec("order_cancelled", "bool", "the order is cancelled"),
    FactSpec(
        "fulfillment_status",
        "text",
        "where the order is",
        ("unfulfilled", "in_transit", "delivered"),
    ),
    FactSpec("shipment_late", "bool", "in transit and past the carrier's estimated delivery"),
    FactSpec("hours_since_order", "number", "hours from order to ticket"),
    FactSpec("days_since_order", "number", "whole days from order to ticket"),
    FactSpec("days_since_delivery", "number", "whole days from delivery to ticket"),
    FactSpec("order_total", "number", "order total in the shop currency"),
    FactSpec("refund_amount", "number", "amount still refundable on the order"),
    FactSpec("already_refunded", "bool", "the order has at least one refund"),
    FactSpec("line_item_count", "number", "number of distinct line items"),
    FactSpec("has_final_sale_items", "bool", "the order contains a final-sale item"),
    FactSpec("return_exists", "bool", "a return was already opened for the order"),
    FactSpec("new_address_provided", "bool", "the ticket gives a complete new US address"),
    FactSpec(
        "requested_edit",
        "text",
        "the order change asked for",
        ("remove_item", "change_variant", "none"),
    ),
    FactSpec("edit_item_found", "bool", "the item to change is a line item of the order"),
    # The request's scope (core/resolution/scope.py): what part of the order it is about.
    FactSpec(
        "whole_order_requested",
        "bool",
        "the whole order is meant (said so, named no item, or named every item) and no item "
        "is named to keep",
    ),
    FactSpec(
        "requested_items_found",
        "bool",
        "the ticket names line items of the order, each matched to exactly one item",
    ),
    FactSpec("requested_item_count", "number", "distinct line items named (0: none or unclear)"),
    FactSpec("requested_quantity", "number", "units of the named line items asked for"),
    FactSpec(
        "items_to_keep_named",
        "bool",
        "the customer names items to keep or says to ship the rest",
    ),
    FactSpec(
        "scope_question",
        "text",
        "why the scope is unclear; none when it is clear",
        (
            "none",
            "vague_amount",
            "unknown_item",
            "ambiguous_item",
            "quantity_unclear",
            "amount_named",
        ),
    ),
    FactSpec(
        "requested_refund_amount",
        "number",
        "the value of what the customer named, as the shop computes a refund of it "
        "(Shopify suggestedRefund: discounts and taxes allocated); the refundable amount when "
        "the whole order is meant",
    ),
    FactSpec("subscription_found", "bool", "the customer has a subscription"),
    FactSpec(
        "subscription_status",
        "text",
        "state of the subscription",
        ("active", "paused", "cancelled"),
    ),
    FactSpec(
        "requested_subscription_change",
        "text",
        "the subscription change asked for",
        ("pause", "skip", "swap", "frequency", "unknown"),
    ),
    FactSpec("swap_product_found", "bool", "the product to swap to is subscribable"),
    FactSpec("requested_frequency_weeks", "number", "new delivery interval, in weeks"),
    FactSpec(
        "requested_skip_count",
        "number",
        'deliveries the customer asks to skip ("skip the next two"; 1 when not said)',
    ),
    FactSpec(
        "requested_delay_weeks",
        "number",
        "weeks past the scheduled next charge that a pause until a date (or for a while) or a "
        "skip of several deliveries moves it; 0 when no date or duration was asked",
    ),
    FactSpec("account_found", "bool", "the customer has an account"),
    FactSpec(
        "requested_account_action",
        "text",
        "the account help asked for",
        ("password_reset", "email_change", "unknown"),
    ),
    FactSpec("new_email_provided", "bool", "the ticket gives a new email address"),
    FactSpec("new_email_available", "bool", "no other account uses the new email"),
    FactSpec("kb_match_score", "number", "similarity of the best knowledge-base passage, 0..1"),
    FactSpec(
        "kb_answer_found",
        "bool",
        "a help-centre passage in the ticket's language scores at or above the brand's "
        "threshold (kb.toml)",
    ),
    FactSpec(
        "asks_for_information",
        "bool",
        "the message asks for information and for no action on the customer's own order, "
        "payment, account or subscription",
    ),
    FactSpec(
        "product_found",
        "bool",
        "the ticket names a product of the catalogue (a title kb.toml lists) and the shop has it",
    ),
    FactSpec(
        "product_has_sizes",
        "bool",
        "that product comes in sizes (its Size option, or its only option, has values)",
    ),
    # The conversation so far (core/resolution/thread.py): 0 / none on a ticket's first turn.
    FactSpec("ai_turns", "number", "earlier turns of this ticket the AI resolved live"),
    FactSpec("previous_action", "text", "the action of the AI's last live turn, or none"),
    FactSpec(
        "hours_since_last_ai_reply", "number", "hours since the AI's last live reply (0: none)"
    ),
)


def describe_vocabulary() -> str:
    lines = []
    for spec in FACTS.values():
        allowed = f" (one of: {', '.join(spec.values)})" if spec.values else ""
        lines.append(f"{spec.name:32} {spec.type:7} {spec.description}{allowed}")
    return "\n".join(lines)
