"""Joins what the AI proposed with what the human then did, per ticket.

A drafted ticket (shadow/paused) is reviewed at the agent's first public reply, or as
discarded when a human solves it without replying. An escalated ticket is reviewed when a
human finishes it: an approval, a rejection, or an agent reply with ``resolved_by="human"``
(the helpdesk marked it solved); until then the agent's latest reply and action are kept,
and their first public reply: the escalation review also says how the hand-off's draft was
used (``EscalationReviewed.draft_verdict``, apart from the shadow drafts' ``DraftReviewed``).

``PendingReview`` is a frozen model so a service can keep it in a table;
``ReviewJoin`` is the bounded in-memory variant.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Literal

from supportloop.core import events as ev
from supportloop.core.autonomy.review import (
    DraftReview,
    compare_escalation,
    draft_reviewed,
    escalation_reviewed,
    review_draft,
)
from supportloop.core.autonomy.settings import RolloutSettings

Review = ev.DraftReviewed | ev.EscalationReviewed


class PendingReview(ev.Frozen):
    ticket_id: str
    category: str
    kind: Literal["draft", "escalation"]
    draft: str = ""
    recommended_action: str = ""
    last_reply: str | None = None
    last_action: str | None = None
    # the agent's first public reply after the hand-off: what the hand-off's draft is judged by
    first_reply: str | None = None


def pending_review(event: ev.Event) -> PendingReview | None:
    """What to wait for after this event, if anything."""
    if isinstance(event, ev.TicketResolved) and event.outcome == "drafted":
        return PendingReview(
            ticket_id=event.ticket_id, category=event.category, kind="draft", draft=event.reply
        )
    if isinstance(event, ev.TicketEscalated):
        return PendingReview(
            ticket_id=event.ticket_id,
            category=event.category,
            kind="escalation",
            draft=event.draft_reply,
            recommended_action=event.recommended_action,
        )
    return None


def advance(
    pending: PendingReview, outcome: ev.HumanOutcome, settings: RolloutSettings | None = None
) -> tuple[PendingReview | None, Review | None]:
    """(what is still pending, the review to publish). (pending, None): keep waiting."""
    s = settings or RolloutSettings()
    at = outcome.occurred_at
    if pending.kind == "draft":
        if outcome.kind != "agent_reply":
            return pending, None
        if outcome.reply and outcome.reply.strip():
            review = review_draft(pending.draft, outcome.reply, s)
        elif outcome.resolved_by == "human":
            review = review_draft(pending.draft, None, s)
        else:
            return pending, None
        return None, draft_reviewed(pending.ticket_id, pending.category, review, at)

    if outcome.kind == "csat":
        return pending, None
    if outcome.kind == "agent_reply":
        replied = outcome.reply if outcome.reply and outcome.reply.strip() else None
        pending = pending.model_copy(
            update={
                "last_reply": outcome.reply if outcome.reply else pending.last_reply,
                "last_action": outcome.action or pending.last_action,
                "first_reply": pending.first_reply or replied,
            }
        )
        if outcome.resolved_by != "human":
            return pending, None
        human_action = pending.last_action
    elif outcome.kind == "approval":
        human_action = outcome.action or pending.recommended_action
    else:  # rejection: the recommended action was not taken
        human_action = pending.last_action
    comparison = compare_escalation(
        pending.recommended_action, pending.draft, human_action, pending.last_reply, s
    )
    draft = handoff_draft_review(pending, outcome, s)
    return None, escalation_reviewed(pending.ticket_id, pending.category, comparison, at, draft)


def handoff_draft_review(
    pending: PendingReview, finished_by: ev.HumanOutcome, settings: RolloutSettings
) -> DraftReview | None:
    """How the hand-off's draft was used, when the escalation is finished; None: no draft.
    The agent's first public reply decides; with none, an approval sends the draft as is
    (SupportLoop runs the action and sends it) and a rejection or a solve discards it."""
    if not pending.draft.strip():
        return None
    # An entry kept before first replies were (a deploy ago) only knows the latest one.
    first = pending.first_reply if pending.first_reply is not None else pending.last_reply
    if (first is None or not first.strip()) and finished_by.kind == "approval":
        return DraftReview("sent_as_is", 0.0)
    return review_draft(pending.draft, first, settings)


class ReviewJoin:
    def __init__(self, settings: RolloutSettings | None = None, capacity: int = 100_000) -> None:
        self.settings = settings or RolloutSettings()
        self.capacity = capacity
        self._pending: OrderedDict[str, PendingReview] = OrderedDict()
        self.evicted = 0

    def __len__(self) -> int:
        return len(self._pending)

    def pending(self, ticket_id: str) -> PendingReview | None:
        return self._pending.get(ticket_id)

    def observe(self, event: ev.Event) -> list[Review]:
        if isinstance(event, ev.HumanOutcome):
            current = self._pending.get(event.ticket_id)
            if current is None:
                return []
            still, review = advance(current, event, self.settings)
            if still is None:
                del self._pending[event.ticket_id]
            else:
                self._pending[event.ticket_id] = still
            return [review] if review is not None else []
        waiting = pending_review(event)
        if waiting is not None and waiting.ticket_id not in self._pending:
            self._pending[waiting.ticket_id] = waiting
            while len(self._pending) > self.capacity:
                self._pending.popitem(last=False)
                self.evicted += 1
        return []
