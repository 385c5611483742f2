"""The typed, versioned events that are the only contract between services.

Every event is frozen and rejects unknown fields. ``schema_version`` is part of the
payload; a consumer that meets a version it does not know dead-letters the message
instead of guessing. ``event_id`` is deterministic (ticket + stage), so a redelivered
event is recognisable as the same fact and consumers can drop it; ``IdStage`` names every
stage an id is derived for.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator, model_validator

SCHEMA_VERSION = 1
FactValue = str | int | float | bool | None
# A category's autonomy: off → shadow → live, plus paused (set by ops or the CSAT breaker).
Mode = Literal["off", "shadow", "live", "paused"]
_EVENT_NAMESPACE = uuid.UUID("5b8f0f5e-2a7c-4d63-9b43-6f1f0c6a2d10")


class IdStage(StrEnum):
    """Every stage an event id is derived for. The values are part of the ids already on
    the topics: renaming one changes the ids and breaks deduplication across a deploy."""

    RECEIVED = "received"
    CLASSIFIED = "classified"
    RESOLVED = "resolved"
    ESCALATED = "escalated"
    APPROVED = "approved"
    HANDED_OFF = "handed_off"
    KB_GAP = "kb_gap"
    DRAFT_REVIEWED = "draft_reviewed"
    ESCALATION_REVIEWED = "escalation_reviewed"
    MODE_CHANGED = "mode_changed"
    HUMAN_OUTCOME = "human_outcome"
    CSAT = "csat"
    AGENT_REPLY = "agent_reply"
    DEAD_LETTER = "deadletter"


def utcnow() -> datetime:
    return datetime.now(UTC)


def derive_event_id(ticket_id: str, stage: IdStage, qualifier: str = "") -> str:
    """Same ticket + same stage (+ qualifier) → same id, on every redelivery and replica."""
    name = f"{stage}:{qualifier}" if qualifier else str(stage)
    return str(uuid.uuid5(_EVENT_NAMESPACE, f"{name}:{ticket_id}"))


# A customer message's own id (a Zendesk comment id, a Gorgias message id, an import line's
# message_id): no ":" or "@", so "<ticket>:@<message>" splits back unambiguously.
MESSAGE_ID_PATTERN = r"^[A-Za-z0-9._\-]+$"


def turn_key(ticket_id: str, message_id: str | None) -> str:
    """What idempotency keys, ledger entries and dedupe name a turn by: the ticket alone for
    its opening message (and for events written before messages had ids, so a rolling
    upgrade neither re-acts nor double-replies), ``<ticket>:@<message>`` for a later one."""
    return ticket_id if not message_id else f"{ticket_id}:@{message_id}"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Customer(Frozen):
    # None: a pasted or exported ticket without an address. Every lookup by e-mail is then a
    # missing fact (the policy escalates), never a guess; `ingest` still requires one.
    email: str | None = Field(default=None, min_length=3, max_length=320)
    name: str | None = None
    vip: bool = False
    automation_opt_in: bool = False
    tags: tuple[str, ...] = ()

    @field_validator("email")
    @classmethod
    def _email_has_at(cls, value: str | None) -> str | None:
        if value is None:
            return None
        local, _, domain = value.partition("@")
        if not local or "." not in domain:
            raise ValueError("not an email address")
        return value.lower()


class Ticket(Frozen):
    """What a customer asked, as received from a file, a webhook or a helpdesk."""

    id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:\-]+$")
    subject: str = Field(default="", max_length=1_000)
    body: str = Field(min_length=1, max_length=50_000)
    customer: Customer
    order_id: str | None = Field(default=None, max_length=64)
    created_at: datetime
    channel: Literal["email", "chat", "form", "social", "phone", "other"] = "email"
    # The message this is (a ticket is the thread): None = the opening message, turn 1.
    message_id: str | None = Field(default=None, max_length=128, pattern=MESSAGE_ID_PATTERN)

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.body}".strip()


class EventBase(Frozen):
    schema_version: Literal[1] = 1
    event_id: str
    ticket_id: str
    occurred_at: datetime = Field(default_factory=utcnow)
    # The customer message (turn) this event is about; None = the opening message.
    message_id: str | None = Field(default=None, max_length=128, pattern=MESSAGE_ID_PATTERN)

    @property
    def turn(self) -> str:
        """``turn_key`` of this event's ticket and message."""
        return turn_key(self.ticket_id, self.message_id)


class _CarriesMessage(EventBase):
    """An event that carries the customer's message: its ``message_id`` is the message's."""

    @model_validator(mode="before")
    @classmethod
    def _message_id_of_ticket(cls, data: object) -> object:
        if not isinstance(data, dict) or data.get("message_id") is not None:
            return data
        ticket = data.get("ticket")
        message_id = (
            ticket.message_id if isinstance(ticket, Ticket) else
            ticket.get("message_id") if isinstance(ticket, dict) else None
        )  # fmt: skip
        return {**data, "message_id": message_id} if message_id else data

    @model_validator(mode="after")
    def _one_message(self) -> _CarriesMessage:
        ticket = getattr(self, "ticket", None)
        if isinstance(ticket, Ticket) and ticket.message_id != self.message_id:
            raise ValueError("message_id differs from ticket.message_id")
        return self


class TicketReceived(_CarriesMessage):
    type: Literal["ticket.received"] = "ticket.received"
    ticket: Ticket
    source: Literal["csv", "jsonl", "webhook", "replay", "simulator", "test"]
    received_at: datetime = Field(default_factory=utcnow)

    @classmethod
    def of(cls, ticket: Ticket, source: str, **extra: object) -> TicketReceived:
        return cls.model_validate(
            {
                "event_id": derive_event_id(ticket.id, IdStage.RECEIVED, ticket.message_id or ""),
                "ticket_id": ticket.id,
                "message_id": ticket.message_id,
                "ticket": ticket,
                "source": source,
                **extra,
            }
        )


class TicketClassified(_CarriesMessage):
    type: Literal["ticket.classified"] = "ticket.classified"
    ticket: Ticket
    received_at: datetime
    category: str
    tier: int = Field(ge=1, le=4)
    confidence: float = Field(ge=0.0, le=1.0)
    escalate: bool
    reasons: tuple[str, ...] = ()
    language: str = "en"
    classifier: str
    model_version: str
    # below the category's live threshold: the resolver drafts (shadow), never acts; the
    # model's top candidates (category, probability) go with the draft. Defaults keep
    # events written before these fields decodable.
    abstained: bool = False
    candidates: tuple[tuple[str, float], ...] = ()


class ActionTaken(Frozen):
    name: str
    idempotency_key: str
    params: dict[str, FactValue] = Field(default_factory=dict)
    verified: bool = False
    result: dict[str, FactValue] = Field(default_factory=dict)


class TicketResolved(EventBase):
    """Terminal: the AI resolved the ticket (live) or drafted its answer (shadow/paused)."""

    type: Literal["ticket.resolved"] = "ticket.resolved"
    category: str
    mode: Literal["live", "shadow", "paused"]
    outcome: Literal["resolved", "drafted"]
    action: ActionTaken | None = None
    reply: str
    rule_id: str
    rule_version: str
    received_at: datetime
    latency_ms: float = Field(ge=0.0)


class TicketEscalated(EventBase):
    """The AI will not finish this ticket; a person must. Carries what they need."""

    type: Literal["ticket.escalated"] = "ticket.escalated"
    category: str
    tier: int = Field(ge=1, le=4)
    stage: Literal["classifier", "resolver"]
    reason: str
    reasons: tuple[str, ...] = ()
    recommended_action: str
    draft_reply: str = ""
    # set when the draft is not in the customer's language (not an enabled reply locale)
    draft_locale_note: str = Field(default="", max_length=500)
    facts: dict[str, FactValue] = Field(default_factory=dict)
    customer_vip: bool = False
    # the ticket names an order (a number in its text, or the helpdesk's order field): the
    # hand-off should arrive with that order looked up (issue 24's order-facts share)
    order_named: bool = False
    received_at: datetime


class TicketHandedOff(EventBase):
    """Terminal: the escalator put the ticket in a human queue with a hand-off note."""

    type: Literal["ticket.handed_off"] = "ticket.handed_off"
    category: str
    queue: str
    priority: Literal["urgent", "high", "normal", "low"]
    reason: str
    recommended_action: str
    received_at: datetime
    latency_ms: float = Field(ge=0.0)


class HumanOutcome(EventBase):
    """What a person did on a ticket, reported by the helpdesk."""

    type: Literal["human.outcome"] = "human.outcome"
    kind: Literal["agent_reply", "approval", "rejection", "csat"]
    category: str | None = None
    agent: str | None = None
    action: str | None = None
    reply: str | None = None
    csat_score: int | None = Field(default=None, ge=1, le=5)
    resolved_by: Literal["ai", "human"] | None = None


class AutonomyModeChanged(EventBase):
    """An audited flip of one category's autonomy. Key on the config topic = category."""

    type: Literal["config.mode_changed"] = "config.mode_changed"
    category: str
    mode: Mode
    previous_mode: Mode | None = None
    changed_by: str
    reason: str = Field(min_length=1)
    evidence: dict[str, FactValue] = Field(default_factory=dict)

    @classmethod
    def flip(
        cls,
        key: str,
        category: str,
        mode: Mode,
        *,
        by: str,
        reason: str,
        previous: Mode | None,
        at: datetime,
        evidence: Mapping[str, FactValue] | None = None,
    ) -> AutonomyModeChanged:
        """The one way to build a flip. ``key`` names the flip (flips belong to no ticket,
        so it stands in the ticket id): the same key is the same flip on redelivery."""
        return cls(
            event_id=derive_event_id(key, IdStage.MODE_CHANGED),
            ticket_id=key,
            occurred_at=at,
            category=category,
            mode=mode,
            previous_mode=previous,
            changed_by=by,
            reason=reason,
            evidence=dict(evidence or {}),
        )


class KnowledgeGapFound(EventBase):
    type: Literal["kb.gap"] = "kb.gap"
    category: str
    question: str


class DraftReviewed(EventBase):
    """Shadow mode: how the agent used the AI's draft when they answered."""

    type: Literal["draft.reviewed"] = "draft.reviewed"
    category: str
    verdict: Literal["sent_as_is", "edited", "discarded"]
    edit_ratio: float = Field(ge=0.0, le=1.0, description="0 = identical, 1 = nothing kept")


class EscalationReviewed(EventBase):
    """A human finished an escalated ticket: did they follow the AI's recommendation?"""

    type: Literal["escalation.reviewed"] = "escalation.reviewed"
    category: str
    recommended_action: str
    human_action: str | None
    same_action: bool
    reply_similarity: float = Field(ge=0.0, le=1.0)
    materially_different: bool
    # How the person used the hand-off's draft reply (issue 24), kept apart from the shadow
    # drafts' DraftReviewed: measured against their first public reply after the hand-off;
    # an approval (SupportLoop sends the draft) is sent_as_is; a rejection or a solve with
    # no reply is discarded. None: the hand-off carried no draft.
    draft_verdict: Literal["sent_as_is", "edited", "discarded"] | None = None
    draft_edit_ratio: float | None = Field(
        default=None, ge=0.0, le=1.0, description="0 = identical, 1 = nothing kept"
    )

    @model_validator(mode="after")
    def _verdict_with_ratio(self) -> EscalationReviewed:
        if (self.draft_verdict is None) != (self.draft_edit_ratio is None):
            raise ValueError("draft_verdict and draft_edit_ratio come together")
        return self


class DeadLettered(EventBase):
    """Terminal for a ticket whose message could not be handled; the payload is kept."""

    type: Literal["deadletter"] = "deadletter"
    stage: str
    reason: str
    error_type: str
    source_topic: str
    partition: int | None = None
    offset: int | None = None
    payload: str = Field(description="the original message, decoded as UTF-8 with replacement")
    # What exactly was wrong (a validation error's locations and messages, capped). It can
    # name fields of the payload, so it is kept here, beside the payload, and never logged.
    detail: str = ""


Event = Annotated[
    TicketReceived
    | TicketClassified
    | TicketResolved
    | TicketEscalated
    | TicketHandedOff
    | HumanOutcome
    | AutonomyModeChanged
    | KnowledgeGapFound
    | DraftReviewed
    | EscalationReviewed
    | DeadLettered,
    Field(discriminator="type"),
]
TERMINAL_EVENT_TYPES = frozenset({"ticket.resolved", "ticket.handed_off", "deadletter"})

_event_adapter: TypeAdapter[Event] = TypeAdapter(Event)


def decode_event(raw: bytes | str) -> Event:
    """Parse one message; raises pydantic.ValidationError for anything malformed."""
    return _event_adapter.validate_json(raw)


def encode_event(event: EventBase) -> bytes:
    return event.model_dump_json().encode()
