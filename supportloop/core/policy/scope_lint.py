"""Warnings for rules that could act on more than a customer asked for: a branch that takes
an order-level action (refund or cancel the whole order) without testing that the whole order
was requested. The executor refuses such an action on an item-level request anyway
(core/resolution/scope_guard.py); this says so when the policy is written, not at run time.
"""

from __future__ import annotations

from supportloop.core.policy.model import Condition, Rule

ORDER_LEVEL = frozenset({"refund_order", "cancel_order"})


def _tests_whole_order(conditions: tuple[Condition, ...]) -> bool:
    return any(
        c.fact == "whole_order_requested" and c.op == "is" and c.value is True for c in conditions
    )


def scope_warnings(rule: Rule) -> list[str]:
    warnings = []
    for branch in rule.branches:
        if branch.action in ORDER_LEVEL and not _tests_whole_order(branch.conditions):
            warnings.append(
                f"{rule.path}:{branch.line}: `Then {branch.action}` acts on the whole order "
                "but the branch does not test `whole_order_requested is true`: an item-level "
                f"request would be decided with the order's amount (the executor refuses it "
                "and hands off)"
            )
    if not rule.otherwise.escalate and rule.otherwise.action in ORDER_LEVEL:
        warnings.append(
            f"{rule.path}:{rule.otherwise.line}: `Else {rule.otherwise.action}` acts on the "
            "whole order whatever the customer named"
        )
    return warnings
