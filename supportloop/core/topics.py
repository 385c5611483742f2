"""Every topic on the bus, in one place: name, key, partitions, cleanup policy, events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from supportloop.core import events as ev

DAY_MS = 24 * 60 * 60 * 1000


@dataclass(frozen=True)
class TopicSpec:
    name: str
    key: str
    events: tuple[type[ev.Event], ...]
    cleanup_policy: Literal["delete", "compact"] = "delete"
    retention_ms: int | None = 14 * DAY_MS
    partitions: int | None = None  # None → the deployment's default partition count
    # False on a topic that carries copies (the audit trail): its events live elsewhere.
    home: bool = True
    # A compacted topic whose keys are deleted (tombstones): roll a segment this often, and
    # keep a tombstone this long, so compaction reclaims deleted keys within about twice
    # this (Kafka compacts only closed segments; its defaults are 7 days and 1 day).
    compact_within_ms: int | None = None

    def full_name(self, prefix: str = "") -> str:
        return f"{prefix}{self.name}"

    def config(self) -> dict[str, str]:
        cfg: dict[str, str] = {"cleanup.policy": self.cleanup_policy}
        if self.retention_ms is not None and self.cleanup_policy == "delete":
            cfg["retention.ms"] = str(self.retention_ms)
        if self.compact_within_ms is not None and self.cleanup_policy == "compact":
            cfg["segment.ms"] = str(self.compact_within_ms)
            cfg["delete.retention.ms"] = str(self.compact_within_ms)
        return cfg


INBOUND = TopicSpec("supportloop.tickets.inbound.v1", "ticket_id", (ev.TicketReceived,))
CLASSIFIED = TopicSpec("supportloop.tickets.classified.v1", "ticket_id", (ev.TicketClassified,))
RESOLUTIONS = TopicSpec("supportloop.resolutions.v1", "ticket_id", (ev.TicketResolved,))
ESCALATIONS = TopicSpec("supportloop.escalations.v1", "ticket_id", (ev.TicketEscalated,))
HANDOFFS = TopicSpec("supportloop.handoffs.v1", "ticket_id", (ev.TicketHandedOff,))
HUMAN_OUTCOMES = TopicSpec(
    "supportloop.human-outcomes.v1", "ticket_id", (ev.HumanOutcome,), retention_ms=90 * DAY_MS
)
KNOWLEDGE_GAPS = TopicSpec(
    "supportloop.kb-gaps.v1", "ticket_id", (ev.KnowledgeGapFound,), retention_ms=90 * DAY_MS
)
REVIEWS = TopicSpec(
    "supportloop.reviews.v1",
    "ticket_id",
    (ev.DraftReviewed, ev.EscalationReviewed),
    retention_ms=90 * DAY_MS,
)
# Compacted: the latest mode per category survives forever; history lives in AUDIT.
CONFIG = TopicSpec(
    "supportloop.config.v1",
    "category",
    (ev.AutonomyModeChanged,),
    cleanup_policy="compact",
    retention_ms=None,
    partitions=1,
)
CONFIG_AUDIT = TopicSpec(
    "supportloop.config-audit.v1",
    "category",
    (ev.AutonomyModeChanged,),
    retention_ms=-1,
    partitions=1,
    home=False,
)
DEAD_LETTERS = TopicSpec(
    "supportloop.dead-letters.v1", "ticket_id", (ev.DeadLettered,), retention_ms=30 * DAY_MS
)

ALL_TOPICS: tuple[TopicSpec, ...] = (
    INBOUND,
    CLASSIFIED,
    RESOLUTIONS,
    ESCALATIONS,
    HANDOFFS,
    HUMAN_OUTCOMES,
    KNOWLEDGE_GAPS,
    REVIEWS,
    CONFIG,
    CONFIG_AUDIT,
    DEAD_LETTERS,
)
TERMINAL_TOPICS: tuple[TopicSpec, ...] = (RESOLUTIONS, HANDOFFS, DEAD_LETTERS)


def _homes() -> dict[type[ev.EventBase], TopicSpec]:
    homes: dict[type[ev.EventBase], TopicSpec] = {}
    for spec in ALL_TOPICS:
        for event_type in spec.events if spec.home else ():
            if homes.setdefault(event_type, spec) is not spec:
                raise AssertionError(f"{event_type.__name__} has two home topics")
    return homes


_HOME_OF = _homes()


def topic_of(event: ev.EventBase) -> TopicSpec:
    """The topic an event is published to."""
    return _HOME_OF[type(event)]
