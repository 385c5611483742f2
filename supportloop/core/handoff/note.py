"""The hand-off note posted (as an internal note) on the helpdesk ticket, and its tags."""

from __future__ import annotations

from datetime import datetime

from supportloop.core import events as ev
from supportloop.core.handoff.settings import HandoffSettings
from supportloop.core.metrics.weeks import as_utc
from supportloop.core.routing import Route


def _cell(value: ev.FactValue) -> str:
    text = "—" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def build_handoff_note(
    escalated: ev.TicketEscalated, route: Route, due_at: datetime | None = None
) -> str:
    """Markdown: queue and priority, why, the recommended action, the unsent draft, facts."""
    lines = [f"**SupportLoop hand-off** · queue: {route.queue} · priority: {route.priority}"]
    if due_at is not None:
        lines.append(f"First response due by {as_utc(due_at):%Y-%m-%d %H:%M} UTC")
    lines += [
        "",
        f"**Why:** {escalated.reason} (category {escalated.category}, tier {escalated.tier})",
    ]
    lines += [f"- {detail}" for detail in escalated.reasons if detail != escalated.reason]
    lines += ["", f"**Recommended action:** {escalated.recommended_action}"]
    if escalated.customer_vip:
        lines.append("**Customer:** VIP")
    lines.append("")
    if escalated.draft_reply.strip():
        locale = f"; {escalated.draft_locale_note}" if escalated.draft_locale_note else ""
        lines.append(f"**Draft reply** (not sent{locale}):")
        lines += [f"> {line}" if line else ">" for line in escalated.draft_reply.splitlines()]
    else:
        lines.append("**Draft reply:** none")
    lines.append("")
    if escalated.facts:
        lines += ["**Facts looked up:**", "", "| fact | value |", "|---|---|"]
        lines += [
            f"| {name} | {_cell(escalated.facts[name])} |" for name in sorted(escalated.facts)
        ]
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
