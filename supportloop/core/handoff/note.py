"""The hand-off note posted (as an internal note) on the helpdesk ticket, and its tags."""

from __future__ import annotations

from datetime import datetime

from supportloop.core import events as ev
from supportloop.core.handoff.settings import HandoffSettings
from supportloop.core.metrics.weeks import as_utc
from supportloop.core.policy.actions import ACTIONS
from supportloop.core.routing import Route


def _cell(value: ev.FactValue) -> str:
    text = "—" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _action_parameters(escalated: ev.TicketEscalated) -> str:
    """What the recommended action would act on and for how much, from the facts."""
    facts = escalated.facts
    parts = []
    if facts.get("order_name"):
        parts.append(f"order {facts['order_name']}")
    if facts.get("requested_items") and escalated.recommended_action in _ITEM_ACTIONS:
        parts.append(str(facts["requested_items"]))
    amount = facts.get(_AMOUNT_OF.get(escalated.recommended_action, ""))
    if isinstance(amount, int | float) and not isinstance(amount, bool):
        parts.append(f"{amount:,.2f}")
    return " · ".join(parts)


def _customer_line(escalated: ev.TicketEscalated) -> str:
    """VIP, orders in the shop, and the other tickets with what SupportLoop did on them."""
    facts = escalated.facts
    parts = ["VIP"] if escalated.customer_vip else []
    orders = facts.get("customer_orders")
    if isinstance(orders, int) and not isinstance(orders, bool):
        parts.append(f"{orders} order{'s' if orders != 1 else ''}")
    earlier = facts.get("customer_earlier_tickets")
    if isinstance(earlier, int) and not isinstance(earlier, bool):
        parts.append(
            f"{earlier} other ticket{'s' if earlier != 1 else ''}" if earlier else "first ticket"
        )
    history = facts.get("customer_ticket_history")
    if history:
        parts.append(f"({_cell(history)})")
    return " · ".join(parts)


# facts the note shows in its own lines, not in the table
_SHOWN_APART = frozenset(
    {"help_article", "help_passage", "customer_orders", "customer_earlier_tickets",
     "customer_ticket_history"}
)  # fmt: skip
_ITEM_ACTIONS = frozenset({"refund_line_items", "remove_line_item", "create_return"})
_AMOUNT_OF = {"refund_line_items": "requested_refund_amount", "refund_order": "refund_amount"}


def build_handoff_note(
    escalated: ev.TicketEscalated,
    route: Route,
    due_at: datetime | None = None,
    approve_tag: str | None = None,
) -> str:
    """Markdown: queue and priority, why, the recommended action with what it acts on, how to
    approve it with one tag (``approve_tag``, when it is an action SupportLoop can run), the
    unsent draft, the facts."""
    lines = [f"**SupportLoop hand-off** · queue: {route.queue} · priority: {route.priority}"]
    if due_at is not None:
        lines.append(f"First response due by {as_utc(due_at):%Y-%m-%d %H:%M} UTC")
    lines += [
        "",
        f"**Why:** {escalated.reason} (category {escalated.category}, tier {escalated.tier})",
    ]
    lines += [f"- {detail}" for detail in escalated.reasons if detail != escalated.reason]
    lines += ["", f"**Recommended action:** {escalated.recommended_action}"]
    parameters = _action_parameters(escalated)
    if parameters:
        lines[-1] += f" ({parameters})"
    if approve_tag and escalated.recommended_action in ACTIONS:
        lines.append(
            f"**To approve:** add the tag `{approve_tag}`: SupportLoop runs "
            f"{escalated.recommended_action} once, verifies it and sends the draft below."
        )
    customer = _customer_line(escalated)
    if customer:
        lines.append(f"**Customer:** {customer}")
    lines.append("")
    if escalated.draft_reply.strip():
        locale = f"; {escalated.draft_locale_note}" if escalated.draft_locale_note else ""
        lines.append(f"**Draft reply** (not sent{locale}):")
        lines += [f"> {line}" if line else ">" for line in escalated.draft_reply.splitlines()]
    else:
        lines.append("**Draft reply:** none")
    lines.append("")
    article, passage = escalated.facts.get("help_article"), escalated.facts.get("help_passage")
    if article and passage:
        lines += [f"**Help centre:** {article}", f"> {_cell(passage)}", ""]
    table = sorted(name for name in escalated.facts if name not in _SHOWN_APART)
    if table:
        lines += ["**Facts looked up:**", "", "| fact | value |", "|---|---|"]
        lines += [f"| {name} | {_cell(escalated.facts[name])} |" for name in table]
    else:
        lines.append("**Facts looked up:** none")
    lines += ["", "The AI will not reply on this ticket from now on."]
    return "\n".join(lines)


def handoff_tags(route: Route, settings: HandoffSettings | None = None) -> list[str]:
    s = settings or HandoffSettings()
    return [
        s.handoff_tag,
        f"supportloop_queue_{route.queue}",
        f"supportloop_priority_{route.priority}",
    ]
