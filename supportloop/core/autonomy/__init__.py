"""Per-category autonomy: modes and their audited flips, shadow review of drafts, escalation
review, and the rollout status with its promote / keep / pause recommendation. Pure: no
faust, kafka or http imports."""

from supportloop.core.autonomy.board import CategoryMode, ModeBoard
from supportloop.core.autonomy.errors import FlipRejected, NoOpFlip, UnknownCategory, UnknownMode
from supportloop.core.autonomy.flips import make_flip, validate_flip
from supportloop.core.autonomy.modes import DEFAULT_MODE, MODES, Mode, drafts_only, is_mode, may_act
from supportloop.core.autonomy.review import (
    DraftReview,
    EscalationComparison,
    action_name,
    compare_escalation,
    draft_reviewed,
    escalation_reviewed,
    is_accepted,
    review_draft,
)
from supportloop.core.autonomy.review_join import PendingReview, ReviewJoin, advance, pending_review
from supportloop.core.autonomy.rollout import CategoryStatus, rollout_status
from supportloop.core.autonomy.settings import RolloutSettings
from supportloop.core.autonomy.similarity import token_similarity

__all__ = [
    "DEFAULT_MODE",
    "MODES",
    "CategoryMode",
    "CategoryStatus",
    "DraftReview",
    "EscalationComparison",
    "FlipRejected",
    "Mode",
    "ModeBoard",
    "NoOpFlip",
    "PendingReview",
    "ReviewJoin",
    "RolloutSettings",
    "UnknownCategory",
    "UnknownMode",
    "action_name",
    "advance",
    "compare_escalation",
    "draft_reviewed",
    "drafts_only",
    "escalation_reviewed",
    "is_accepted",
    "is_mode",
    "make_flip",
    "may_act",
    "pending_review",
    "review_draft",
    "rollout_status",
    "token_similarity",
    "validate_flip",
]
