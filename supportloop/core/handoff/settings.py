"""Hand-off settings (SUPPORTLOOP_HANDOFF_*). Maps are JSON in the environment, e.g.
``SUPPORTLOOP_HANDOFF_ASSIGNMENTS='{"legal": {"group_id": 12}, "vip": {"assignee_id": 7}}'``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from supportloop.core.routing import Priority


class Assignment(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    group_id: int | None = None
    assignee_id: int | None = None


def _default_sla() -> dict[Priority, float]:
    return {"urgent": 15.0, "high": 60.0, "normal": 240.0, "low": 1440.0}


class HandoffSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SUPPORTLOOP_HANDOFF_", env_file=".env", extra="ignore"
    )

    assignments: dict[str, Assignment] = Field(
        default_factory=dict,
        description="queue → helpdesk group/assignee; a queue not listed falls back to general",
    )
    sla_first_response_minutes: dict[Priority, float] = Field(
        default_factory=_default_sla, description="first-response target per priority"
    )
    renotify_multiples: tuple[float, ...] = Field(
        default=(1.0, 2.0, 4.0),
        description="breach levels as multiples of the target; one re-notification per level",
    )
    handoff_tag: str = "supportloop_handoff"
    approve_tag: str = "supportloop_approve"
    reject_tag: str = "supportloop_reject"
    bot_user_ids: tuple[str, ...] = Field(
        default=(), description="helpdesk users that post the AI's own replies and notes"
    )

    @field_validator("sla_first_response_minutes")
    @classmethod
    def _every_priority(cls, value: dict[Priority, float]) -> dict[Priority, float]:
        merged = {**_default_sla(), **value}
        if any(minutes <= 0 for minutes in merged.values()):
            raise ValueError("SLA targets must be positive minutes")
        return merged

    @field_validator("renotify_multiples")
    @classmethod
    def _increasing(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if not value or any(m <= 0 for m in value) or list(value) != sorted(set(value)):
            raise ValueError("renotify_multiples must be positive and strictly increasing")
        return value
