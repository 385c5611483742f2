"""Thresholds of shadow review and of the rollout recommendation (SUPPORTLOOP_ROLLOUT_*)."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class RolloutSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SUPPORTLOOP_ROLLOUT_", env_file=".env", extra="ignore"
    )

    # shadow review: edit ratio = 1 - token similarity of draft and sent reply
    draft_as_is_max_edit: float = Field(
        default=0.05, ge=0.0, le=1.0, description="edit ratio up to which a draft was sent as is"
    )
    draft_discarded_min_edit: float = Field(
        default=0.7, ge=0.0, le=1.0, description="edit ratio from which a draft was discarded"
    )
    accept_max_edit: float = Field(
        default=0.2, ge=0.0, le=1.0, description="edited drafts up to this ratio count as accepted"
    )
    # escalation review
    reply_min_similarity: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="a human reply less similar than this to the AI draft is materially different",
    )
    # recommendation
    window_weeks: int = Field(default=4, ge=1, le=52, description="ISO weeks the figures cover")
    promote_min_shadow_tickets: int = Field(default=200, ge=1)
    promote_min_acceptance: float = Field(default=0.90, ge=0.0, le=1.0)
    promote_min_precision: float = Field(
        default=0.99,
        ge=0.0,
        le=1.0,
        description="measured precision of automated decisions a category needs to go live",
    )
    promote_min_coverage: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="share of the category's tickets automated at its threshold, to be worth it",
    )
    pause_below_acceptance: float = Field(
        default=0.60, ge=0.0, le=1.0, description="a live category accepted less than this pauses"
    )
    min_reviews: int = Field(
        default=50,
        ge=1,
        description="reviewed drafts needed before acceptance can promote or pause",
    )
    pause_csat_drop_points: float = Field(
        default=10.0, gt=0.0, le=100.0, description="week-over-week AI CSAT drop that pauses"
    )
    pause_csat_gap_points: float = Field(
        default=15.0, gt=0.0, le=100.0, description="AI CSAT this far below human pauses"
    )
    min_csat_ratings: int = Field(
        default=20, ge=1, description="ratings needed on each side of a CSAT comparison"
    )
    # the seventh number: customers coming back within 7 days about the same order or topic
    pause_repeat_gap_points: float = Field(
        default=10.0,
        gt=0.0,
        le=100.0,
        description="AI-resolved repeat-contact rate this many points above human pauses",
    )
    min_repeat_sample: int = Field(
        default=30, ge=1, description="resolved tickets needed on each side of that comparison"
    )

    @model_validator(mode="after")
    def _ordered(self) -> RolloutSettings:
        if self.draft_as_is_max_edit > self.draft_discarded_min_edit:
            raise ValueError("draft_as_is_max_edit must not exceed draft_discarded_min_edit")
        if self.pause_below_acceptance > self.promote_min_acceptance:
            raise ValueError("pause_below_acceptance must not exceed promote_min_acceptance")
        return self
