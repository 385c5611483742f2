"""Shadow review (how the agent used the AI's draft) and escalation review (did the human
follow the AI's recommendation). Both measure replies with ``token_similarity``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from supportloop.core import events as ev
from supportloop.core.autonomy.settings import RolloutSettings
from supportloop.core.autonomy.similarity import token_similarity
from supportloop.core.policy.actions import ACTIONS

Verdict = Literal["sent_as_is", "edited", "discarded"]


@dataclass(frozen=True)
class DraftReview:
    verdict: Verdict
    edit_ratio: float  # 0 = identical, 1 = nothing kept


def review_draft(
    draft: str, sent_reply: str | None, settings: RolloutSettings | None = None
) -> DraftReview:
    """Sent as is, edited or discarded; no reply sent (or an empty draft) → discarded."""
    s = settings or RolloutSettings()
    if sent_reply is None or not sent_reply.strip() or not draft.strip():
        return DraftReview("discarded", 1.0)
    edit_ratio = round(1.0 - token_similarity(draft, sent_reply), 4)
    if edit_ratio <= s.draft_as_is_max_edit:
        return DraftReview("sent_as_is", edit_ratio)
    if edit_ratio >= s.draft_discarded_min_edit:
        return DraftReview("discarded", edit_ratio)
    return DraftReview("edited", edit_ratio)


def is_accepted(verdict: str, edit_ratio: float, settings: RolloutSettings) -> bool:
    """A draft counts as accepted when sent as is or only lightly edited."""
    return verdict == "sent_as_is" or (
        verdict == "edited" and edit_ratio <= settings.accept_max_edit
    )


@dataclass(frozen=True)
class EscalationComparison:
    recommended_action: str
    human_action: str | None
    same_action: bool
    reply_similarity: float  # 0.0 when either reply is missing (nothing compared)
    replies_compared: bool
    materially_different: bool


def action_name(action: str | None) -> str | None:
    """The bare action name: ``"route_to_legal: do not …"`` → ``route_to_legal``."""
    if action is None:
        return None
    name = action.split(":", 1)[0].strip().casefold()
    return name or None


def changes_state(action: str | None) -> bool:
    name = action_name(action)
    spec = ACTIONS.get(name) if name else None
    return spec is not None and spec.kind == "effect"


def compare_escalation(
    recommended_action: str,
    draft_reply: str,
    human_action: str | None,
    human_reply: str | None,
    settings: RolloutSettings | None = None,
) -> EscalationComparison:
    """Same action: the names match; a human who took no action matches a recommendation
    that changes no state (route, assign, reply personally…). Materially different: another
    action, or a reply less similar to the draft than ``reply_min_similarity``."""
    s = settings or RolloutSettings()
    recommended, done = action_name(recommended_action), action_name(human_action)
    same = recommended == done if done is not None else not changes_state(recommended)
    compared = bool(draft_reply.strip()) and bool((human_reply or "").strip())
    similarity = round(token_similarity(draft_reply, human_reply or ""), 4) if compared else 0.0
    different = not same or (compared and similarity < s.reply_min_similarity)
    return EscalationComparison(
        recommended_action, human_action, same, similarity, compared, different
    )


def draft_reviewed(
    ticket_id: str, category: str, review: DraftReview, at: datetime
) -> ev.DraftReviewed:
    return ev.DraftReviewed(
        event_id=ev.derive_event_id(ticket_id, ev.IdStage.DRAFT_REVIEWED),
        ticket_id=ticket_id,
        occurred_at=at,
        category=category,
        verdict=review.verdict,
        edit_ratio=review.edit_ratio,
    )


def escalation_reviewed(
    ticket_id: str,
    category: str,
    comparison: EscalationComparison,
    at: datetime,
    draft: DraftReview | None = None,
) -> ev.EscalationReviewed:
    """``draft``: how the hand-off's draft reply was used (None: it had none)."""
    return ev.EscalationReviewed(
        event_id=ev.derive_event_id(ticket_id, ev.IdStage.ESCALATION_REVIEWED),
        ticket_id=ticket_id,
        occurred_at=at,
        category=category,
        recommended_action=comparison.recommended_action,
        human_action=comparison.human_action,
        same_action=comparison.same_action,
        reply_similarity=comparison.reply_similarity,
        materially_different=comparison.materially_different,
        draft_verdict=draft.verdict if draft is not None else None,
        draft_edit_ratio=draft.edit_ratio if draft is not None else None,
    )
