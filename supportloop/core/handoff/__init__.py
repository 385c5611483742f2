"""Hand-off: the note and tags on the helpdesk ticket, who gets it, first-response SLAs and
re-notification, the no-reply-after-hand-off guard, tier-3 approvals and the mapping of
helpdesk webhooks to human outcomes, and the verification of an approval against the
helpdesk's own records (ticket, audit trail, approver). Pure: no faust, kafka or http imports."""

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
from supportloop.core.handoff.verification import (
    REFUSAL_REASONS,
    ApprovalEvidence,
    ApprovalRefused,
    RefusalReason,
    VerifiedApproval,
    approval_amount,
    approval_audit,
    approver_groups_needed,
    groups_by_name,
    ticket_refusal,
    verify_approval,
)
from supportloop.core.handoff.webhooks import (
    CustomerComment,
    customer_comment_from_webhook,
    outcome_from_webhook,
)

__all__ = [
    "REFUSAL_REASONS",
    "ApprovalEvidence",
    "ApprovalRefused",
    "Assignment",
    "CustomerComment",
    "Execute",
    "HandoffSettings",
    "HandoffTracker",
    "OpenHandoff",
    "PendingApproval",
    "Record",
    "RefusalReason",
    "Renotification",
    "TicketState",
    "VerifiedApproval",
    "ai_may_reply",
    "approval_amount",
    "approval_audit",
    "approval_still_matches",
    "approver_groups_needed",
    "breach_level",
    "build_handoff_note",
    "choose_assignment",
    "customer_comment_from_webhook",
    "decide_approval",
    "due_renotifications",
    "first_response_due",
    "first_response_target",
    "groups_by_name",
    "handoff_tags",
    "needs_approval",
    "outcome_from_webhook",
    "pending_approval",
    "ticket_refusal",
    "ticket_state",
    "verify_approval",
]
