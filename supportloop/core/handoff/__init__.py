"""Hand-off: the note and tags on the helpdesk ticket, who gets it, first-response SLAs and
re-notification, the no-reply-after-hand-off guard, tier-3 approvals and the mapping of
helpdesk webhooks to human outcomes. Pure: no faust, kafka or http imports."""

from supportloop.core.handoff.approval import (
    Execute,
    PendingApproval,
    Record,
    approval_still_matches,
    decide_approval,
    needs_approval,
    pending_approval,
)
from supportloop.core.handoff.assignment import choose_assignment
from supportloop.core.handoff.guard import TicketState, ai_may_reply, ticket_state
from supportloop.core.handoff.note import build_handoff_note, handoff_tags
from supportloop.core.handoff.settings import Assignment, HandoffSettings
from supportloop.core.handoff.sla import (
    HandoffTracker,
    OpenHandoff,
    Renotification,
    breach_level,
    due_renotifications,
    first_response_due,
    first_response_target,
)
from supportloop.core.handoff.webhooks import outcome_from_webhook

__all__ = [
    "Assignment",
    "Execute",
    "HandoffSettings",
    "HandoffTracker",
    "OpenHandoff",
    "PendingApproval",
    "Record",
    "Renotification",
    "TicketState",
    "ai_may_reply",
    "approval_still_matches",
    "breach_level",
    "build_handoff_note",
    "choose_assignment",
    "decide_approval",
    "due_renotifications",
    "first_response_due",
    "first_response_target",
    "handoff_tags",
    "needs_approval",
    "outcome_from_webhook",
    "pending_approval",
    "ticket_state",
]
