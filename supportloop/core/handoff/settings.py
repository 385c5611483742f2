"""Hand-off settings (SUPPORTLOOP_HANDOFF_*). Maps and lists are JSON in the environment, e.g.
``SUPPORTLOOP_HANDOFF_ASSIGNMENTS='{"legal": {"group_id": 12}, "vip": {"assignee_id": 7}}'``.

Who may approve money: ``SUPPORTLOOP_HANDOFF_APPROVAL_MONEY_THRESHOLD=100`` with
``SUPPORTLOOP_HANDOFF_APPROVAL_MONEY_GROUPS='["Finance"]'`` (a group's name or id) and/or
``SUPPORTLOOP_HANDOFF_APPROVAL_MONEY_ROLES='["admin"]'``: an approved action moving more than
100 (a refund's amount, a cancelled order's total) executes only when its approver is in one
of those groups or holds one of those roles. Threshold 0: every refund needs them. Unset
(the default): any verified agent may approve."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from supportloop.core.routing import HANDOFF_TAG, Priority


class Assignment(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    group_id: int | None = None
    assignee_id: int | None = None


# The helpdesk roles that may approve an action (Zendesk's roles: end-user, agent, admin).
APPROVER_ROLES = frozenset({"agent", "admin"})


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
    handoff_tag: str = HANDOFF_TAG
    ai_resume_tag: str = Field(
        default="supportloop_ai_resume",
        description="an agent's tag that gives a handed-off ticket back to the AI: its later "
        "customer messages are answered again (remove it to take the ticket back)",
    )
    approve_tag: str = "supportloop_approve"
    reject_tag: str = "supportloop_reject"
    bot_user_ids: tuple[str, ...] = Field(
        default=(), description="helpdesk users that post the AI's own replies and notes"
    )
    approval_money_threshold: float | None = Field(
        default=None,
        ge=0,
        description="an approved action moving more money than this needs an approver with "
        "one of approval_money_roles or in one of approval_money_groups; None: no extra "
        "requirement, 0: every refund",
    )
    approval_money_roles: tuple[str, ...] = Field(
        default=(), description="helpdesk roles (agent, admin) that may approve above the threshold"
    )
    approval_money_groups: tuple[str, ...] = Field(
        default=(),
        description="helpdesk groups (by id, or by name) whose members may approve above the "
        "threshold; ids survive a rename",
    )
    approval_audit_max_pages: int = Field(
        default=5,
        ge=1,
        le=50,
        description="ticket audit pages (100 audits each) read to verify an approval; a "
        "longer trail is not verified",
    )

    @field_validator("sla_first_response_minutes")
    @classmethod
    def _every_priority(cls, value: dict[Priority, float]) -> dict[Priority, float]:
        merged = {**_default_sla(), **value}
        if any(minutes <= 0 for minutes in merged.values()):
            raise ValueError("SLA targets must be positive minutes")
        return merged

    @field_validator("approval_money_groups", mode="before")
    @classmethod
    def _group_ids_as_text(cls, value: object) -> object:
        if isinstance(value, list | tuple):
            return tuple(str(item).strip() for item in value)
        return value

    @field_validator("approval_money_roles")
    @classmethod
    def _helpdesk_roles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - APPROVER_ROLES)
        if unknown:
            raise ValueError(f"approval_money_roles: {unknown} are not roles that can approve")
        return value

    @model_validator(mode="after")
    def _money_needs_someone(self) -> HandoffSettings:
        if self.approval_money_threshold is not None and not (
            self.approval_money_roles or self.approval_money_groups
        ):
            raise ValueError(
                "approval_money_threshold needs approval_money_roles or approval_money_groups"
            )
        return self

    @field_validator("renotify_multiples")
    @classmethod
    def _increasing(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if not value or any(m <= 0 for m in value) or list(value) != sorted(set(value)):
            raise ValueError("renotify_multiples must be positive and strictly increasing")
        return value
