"""Where an escalated ticket goes, how urgent it is, and what we recommend. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Priority = Literal["urgent", "high", "normal", "low"]

QUEUES = ("legal", "vip", "business", "tier3_approval", "general")

# Reason codes raised by the classifier's guardrails and the resolver, mapped to the
# action we recommend to the person who picks the ticket up.
_RECOMMENDATIONS = {
    "legal": "route_to_legal: do not take any automated action or admit liability",
    "human_request": "assign_to_agent: the customer asked for a person",
    "business_inquiry": "forward_to_partnerships",
    "vip": "assign_to_vip_team",
    "suspicious_instructions": "review_manually: message tries to instruct the system",
    "low_confidence": "triage_manually: category unclear",
    "upset_customer": "reply_personally: customer is upset",
    "no_policy": "handle_manually: no policy for this category yet",
    "autonomy_off": "handle_manually: automation is off for this category",
}


@dataclass(frozen=True)
class Route:
    queue: str
    priority: Priority


HANDOFF_TAG = "supportloop_handoff"  # the default tag a hand-off puts on its ticket


def reason_bases(reasons: Iterable[str]) -> frozenset[str]:
    """The reason codes without their detail: ``"legal:chargeback"`` → ``legal``."""
    return frozenset(reason.split(":", 1)[0] for reason in reasons)


def recommended_action_for(reasons: tuple[str, ...], category: str, tier: int) -> str:
    for reason in reasons:
        base = reason.split(":", 1)[0]
        if base in _RECOMMENDATIONS:
            return _RECOMMENDATIONS[base]
    if tier >= 3:
        return f"human_review: tier {tier} category {category}"
    return "handle_manually"


def route_escalation(
    reasons: tuple[str, ...], category: str, tier: int, customer_vip: bool
) -> Route:
    bases = reason_bases(reasons)
    if "legal" in bases or category == "legal":
        return Route("legal", "urgent")
    if customer_vip or "vip" in bases:
        return Route("vip", "high")
    if "business_inquiry" in bases or category == "business_inquiry":
        return Route("business", "normal")
    if "approval_required" in bases or tier == 3:
        return Route("tier3_approval", "high" if "upset_customer" in bases else "normal")
    if "human_request" in bases or "upset_customer" in bases:
        return Route("general", "high")
    return Route("general", "normal")
