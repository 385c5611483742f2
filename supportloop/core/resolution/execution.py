"""A decided action, and what carrying it out gave.

An action is decided either by a policy (live mode) or by a person approving a tier-3
recommendation. Both are carried out by ``ResolutionWorkflow.execute``: act with the
idempotency key ``<ticket>:<action>`` (``<ticket>:@<message>:<action>`` for a later turn of
the conversation), verify by reading the state back, reply once, and build the
``TicketResolved``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from supportloop.core.events import FactValue, IdStage, TicketClassified, TicketResolved


@dataclass(frozen=True)
class DecidedAction:
    classified: TicketClassified
    action: str
    stage: IdStage  # the outcome event's id stage: RESOLVED (a policy) or APPROVED (a person)
    reply_key: str
    rule_id: str | None = None  # None: the category's current rule (an approval)
    rule_version: str | None = None
    reply: str | None = None  # a reply approved with the action; None: the action's template
    reply_required: bool = True  # no reply → not executed (live); an approval may have none
    approved_by: str | None = None  # the approver the helpdesk's audit shows (a user id)
    approver_role: str | None = None
    # An approval: facts are looked up again and must still equal what the person saw.
    expected: Mapping[str, FactValue] = field(default_factory=dict)
    recheck: bool = True
    # A redelivered turn (its decision was in the ledger already): the reply may have been
    # sent before a crash lost its ledger record, so the helpdesk is checked first.
    redelivered: bool = False

    @property
    def ticket_id(self) -> str:
        return self.classified.ticket_id

    @property
    def idempotency_key(self) -> str:
        return f"{self.classified.turn}:{self.action}"

    @classmethod
    def by_policy(
        cls, classified: TicketClassified, action: str, rule_id: str, rule_version: str
    ) -> DecidedAction:
        return cls(
            classified,
            action,
            IdStage.RESOLVED,
            f"{classified.turn}:reply",
            rule_id=rule_id,
            rule_version=rule_version,
        )

    @classmethod
    def by_approval(
        cls,
        classified: TicketClassified,
        action: str,
        *,
        approved_by: str | None,
        approver_role: str | None = None,
        reply: str,
        expected: Mapping[str, FactValue],
        recheck: bool,
    ) -> DecidedAction:
        return cls(
            classified,
            action,
            IdStage.APPROVED,
            f"{classified.turn}:approved_reply",
            reply=reply or None,
            reply_required=False,
            approved_by=approved_by,
            approver_role=approver_role,
            expected=dict(expected),
            recheck=recheck,
        )


ExecutionStatus = Literal["executed", "stale", "unverified", "reply_missing", "scope_violation"]


@dataclass(frozen=True)
class Execution:
    status: ExecutionStatus
    resolved: TicketResolved | None = None
    note: str = ""


def changed_facts(expected: Mapping[str, FactValue], facts: Mapping[str, FactValue]) -> str:
    """What differs between the facts a person approved and the facts now; empty if none."""
    return ", ".join(
        f"{name}: {value!r} → {facts.get(name)!r}"
        for name, value in sorted(expected.items())
        if facts.get(name) != value
    )
