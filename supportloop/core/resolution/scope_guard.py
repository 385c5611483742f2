"""Invariants of scope the executor enforces whatever a policy says, and the item-level form
of a recommendation for a person.

- An automated refund never exceeds the value of what the customer named (and an order-level
  refund is never made for an item-level or unclear request).
- An order is never cancelled when the customer named items to keep, named only some items,
  or was unclear.
- An item-level action needs a clear scope.
"""

from __future__ import annotations

from collections.abc import Mapping

from supportloop.core.events import FactValue

# The order-level actions, and what they are at the grain of named items.
ITEM_LEVEL_FORM = {"refund_order": "refund_line_items", "cancel_order": "remove_line_item"}
ASK = "ask_scope_question"


def _unclear(facts: Mapping[str, FactValue]) -> bool:
    return facts.get("scope_question") not in (None, "none")


def _item_level(facts: Mapping[str, FactValue]) -> bool:
    return (
        facts.get("requested_items_found") is True
        and facts.get("whole_order_requested") is not True
    )


def scope_violation(action: str, facts: Mapping[str, FactValue]) -> str | None:
    """Why carrying out ``action`` on these facts would do more than was asked; None if it
    would not. Facts without a scope (no order looked up) are not judged here."""
    if "scope_question" not in facts:
        return None
    keeps = facts.get("items_to_keep_named") is True
    if action in ("refund_order", "cancel_order"):
        if keeps:
            return f"{action} would include items the customer named to keep"
        if _item_level(facts):
            return f"{action} acts on the whole order; the customer named only some items"
        if _unclear(facts):
            return f"{action} on an unclear request ({facts.get('scope_question')})"
        if facts.get("whole_order_requested") is not True:
            return f"{action} without a whole-order request"
    if action in ("refund_line_items", "remove_line_item") and (
        _unclear(facts) or facts.get("requested_items_found") is not True
    ):
        return f"{action} without clearly named items ({facts.get('scope_question')})"
    if action == "refund_line_items":
        amount = facts.get("requested_refund_amount")
        if not isinstance(amount, int | float) or isinstance(amount, bool) or amount <= 0:
            return "refund_line_items without the named items' value"
    return None


def scoped_recommendation(action: str, facts: Mapping[str, FactValue]) -> str:
    """What a hand-off recommends: the item-level form of an order-level action when the
    customer named items (a return, not a removal, once the order has shipped), the
    clarifying question when the scope is unclear; otherwise ``action`` itself."""
    if action not in ITEM_LEVEL_FORM and action != "create_return":
        return action
    question = facts.get("scope_question")
    if action == "create_return" and question == "quantity_unclear":
        return action  # every unit of the named items: nothing is refunded before they are back
    if _unclear(facts) and question != "amount_named":
        return ASK
    if action in ITEM_LEVEL_FORM and (_item_level(facts) or facts.get("items_to_keep_named")):
        if not _item_level(facts):
            return ASK
        if action == "cancel_order" and facts.get("fulfillment_status") != "unfulfilled":
            return "create_return" if facts.get("fulfillment_status") == "delivered" else action
        return ITEM_LEVEL_FORM[action]
    return action
