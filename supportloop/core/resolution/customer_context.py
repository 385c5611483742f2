"""What the person taking a hand-off should know about the customer beyond this ticket: their
other tickets on the helpdesk and what SupportLoop did on each, read from the tags SupportLoop
puts on a ticket when it replies (``ai_reply_tags``) or hands it off."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from supportloop.core.events import FactValue

AI_REPLY_TAG = "supportloop_ai_reply"
ACTION_TAG_PREFIX = "supportloop_action_"
HISTORY_SHOWN = 5  # the newest other tickets listed in the note


def ai_reply_tags(action: str) -> list[str]:
    """The tags on a ticket SupportLoop answered: that it did, and with which action."""
    return [AI_REPLY_TAG, f"{ACTION_TAG_PREFIX}{action}"]


def what_supportloop_did(tags: Iterable[str], handoff_tag: str) -> str:
    names = {str(tag) for tag in tags}
    actions = sorted(
        t.removeprefix(ACTION_TAG_PREFIX) for t in names if t.startswith(ACTION_TAG_PREFIX)
    )
    done = []
    if actions:
        done.append("AI " + ", ".join(actions))
    elif AI_REPLY_TAG in names:
        done.append("AI replied")
    if handoff_tag in names:
        done.append("handed off")
    return " then ".join(done) if done else "no SupportLoop action"


def _newest_first(ticket: Mapping[str, Any]) -> tuple[str, str]:
    return (str(ticket.get("created_at") or ""), str(ticket.get("id")))


def history_facts(
    tickets: Iterable[Mapping[str, Any]], ticket_id: str, handoff_tag: str
) -> dict[str, FactValue]:
    """``customer_earlier_tickets`` (how many other tickets) and ``customer_ticket_history``
    (the newest few: number, status, what SupportLoop did)."""
    others = sorted(
        (t for t in tickets if str(t.get("id")) != ticket_id), key=_newest_first, reverse=True
    )
    listed = [
        f"#{t.get('id')} {t.get('status') or 'open'}: "
        f"{what_supportloop_did(t.get('tags') or (), handoff_tag)}"
        for t in others[:HISTORY_SHOWN]
    ]
    return {
        "customer_earlier_tickets": len(others),
        "customer_ticket_history": "; ".join(listed) or None,
    }
