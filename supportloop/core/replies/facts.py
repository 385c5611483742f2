"""Which facts a reply template may use, and sample values to render every template with.

A template for an action may use the facts the fact gatherer looks up for every policy that
chooses the action (``FactGatherer.gather`` looks up the order, subscription, account or
knowledge-base group when the rule tests one of the group's facts), plus what the action's
effect reports back (the return label), plus ``brand`` and ``locale``.
"""

from __future__ import annotations

from collections.abc import Iterable

from supportloop.core.events import FactValue
from supportloop.core.policy import Rule
from supportloop.core.resolution.facts import (
    ACCOUNT_FACTS,
    KB_FACTS,
    ORDER_FACTS,
    PRODUCT_FACTS,
    SUBSCRIPTION_FACTS,
)

BASE_FACTS = frozenset(
    {"customer_vip", "automation_opt_in", "customer_email", "customer_first_name",
     "customer_named", "customer_upset"}
)  # fmt: skip
# (the facts a rule tests that make the gatherer look a group up, all the facts it then sets)
GROUPS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        ORDER_FACTS,
        ORDER_FACTS
        | {
            "order_id", "order_name", "items", "order_total_text", "refund_amount_text",
            "currency", "carrier", "tracking_number", "tracking_url", "eta_date", "eta_at",
            "delivered_at", "order_status_sentence", "new_address", "edit_item",
            "requested_items", "scope_candidates", "requested_refund_amount_text",
        },
    ),
    (
        SUBSCRIPTION_FACTS,
        SUBSCRIPTION_FACTS
        | {"subscription_id", "subscription_product", "next_charge_date", "swap_product",
           "new_charge_date"},
    ),
    (ACCOUNT_FACTS, ACCOUNT_FACTS | {"new_email"}),
    (KB_FACTS, KB_FACTS | {"kb_answer", "kb_title"}),
    (PRODUCT_FACTS, PRODUCT_FACTS | {"product_title", "product_sizes"}),
)  # fmt: skip
EFFECT_RESULT_FACTS: dict[str, frozenset[str]] = {"create_return": frozenset({"return_label_url"})}
ALL_FACTS = BASE_FACTS.union(*(provided for _, provided in GROUPS)).union(
    *EFFECT_RESULT_FACTS.values()
)


def facts_for_rule(rule: Rule) -> frozenset[str]:
    used = set(rule.facts_used)
    provided = set(BASE_FACTS)
    for trigger, group in GROUPS:
        if used & trigger:
            provided |= group
    return frozenset(provided)


def facts_for_action(action: str, rules: Iterable[Rule]) -> frozenset[str]:
    """What a template for ``action`` can rely on: the facts every rule choosing it looks
    up (a template must render whichever rule chose it). No rule chooses it: all facts."""
    choosing = [r for r in rules if action in r.actions_used]
    effect = EFFECT_RESULT_FACTS.get(action, frozenset())
    if not choosing:
        return ALL_FACTS
    return frozenset.intersection(*(facts_for_rule(r) for r in choosing)) | effect


SAMPLE_FACTS: dict[str, FactValue] = {
    "customer_vip": False,
    "automation_opt_in": False,
    "customer_email": "ana@example.com",
    "customer_first_name": "Ana",
    "customer_named": True,
    "customer_upset": False,
    "order_reference_given": True,
    "order_found": True,
    "order_owned_by_customer": True,
    "order_cancelled": False,
    "fulfillment_status": "in_transit",
    "shipment_late": False,
    "hours_since_order": 50.0,
    "days_since_order": 2,
    "days_since_delivery": None,
    "order_total": 1234.5,
    "refund_amount": 1234.5,
    "already_refunded": False,
    "line_item_count": 2,
    "has_final_sale_items": False,
    "return_exists": False,
    "new_address_provided": True,
    "requested_edit": "remove_item",
    "edit_item_found": True,
    "order_id": "1001",
    "order_name": "#1001",
    "items": "Linen Shirt, Wool Socks",
    "order_total_text": "$1,234.50",
    "refund_amount_text": "$1,234.50",
    "currency": "USD",
    "carrier": "UPS",
    "tracking_number": "1Z999AA10123456784",
    "tracking_url": "https://track.example.com/1Z999AA10123456784",
    "eta_date": "Monday, December 7",
    "eta_at": "2026-12-07T18:00:00+00:00",
    "delivered_at": "2026-12-03T12:00:00+00:00",
    "order_status_sentence": (
        "has shipped with UPS and should arrive by Monday, December 7. "
        "Tracking: https://track.example.com/1Z999AA10123456784"
    ),
    "new_address": "12 Elm St, Portland, OR 97201",
    "edit_item": "Wool Socks",
    "whole_order_requested": False,
    "requested_items_found": True,
    "requested_item_count": 1,
    "requested_quantity": 1,
    "items_to_keep_named": True,
    "scope_question": "none",
    "requested_refund_amount": 26.0,
    "requested_refund_amount_text": "$26.00",
    "requested_items": "Wool Socks",
    "scope_candidates": "Linen Shirt, Wool Socks",
    "subscription_found": True,
    "subscription_status": "active",
    "requested_subscription_change": "skip",
    "swap_product_found": True,
    "requested_frequency_weeks": 4,
    "subscription_id": "sub_1",
    "subscription_product": "Morning Roast",
    "next_charge_date": "2026-12-14",
    "requested_skip_count": 1,
    "requested_delay_weeks": 8.0,
    "new_charge_date": "2027-02-08",
    "swap_product": "Evening Decaf",
    "account_found": True,
    "requested_account_action": "password_reset",
    "new_email_provided": True,
    "new_email_available": True,
    "new_email": "ana.new@example.com",
    "kb_match_score": 0.9,
    "kb_answer": "Returns are free within 30 days.",
    "kb_title": "Returns",
    "return_label_url": "https://labels.example.com/r/1001.pdf",
    "product_found": True,
    "product_has_sizes": True,
    "product_title": "Everyday Chino",
    "product_sizes": "30, 32, 34, 36",
}
