"""How ready a hand-off is for the person who gets it (issue 24): the share of hand-offs that
carry a draft reply, and of those whose ticket names an order, the share that arrive with
the order looked up (its facts, or "not found" under the number given). Legal, business and
explicit human requests are left out of the draft share: they get the facts and, on purpose,
no draft. The weekly book counts every hand-off event into its week's ``HandoffCoverage``
(``order_named`` on the event says whether the ticket names an order)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from supportloop.core import events as ev
from supportloop.core.routing import reason_bases

NO_DRAFT_EXPECTED = frozenset({"legal", "business_inquiry", "human_request"})


def drafted(escalated: ev.TicketEscalated) -> bool:
    return bool(escalated.draft_reply.strip())


def carries_order_facts(escalated: ev.TicketEscalated) -> bool:
    """The order was looked up: found, with its facts (id, items, status …), or reported as
    not found under the number the customer gave (the agent need not search again)."""
    found = escalated.facts.get("order_found")
    return (found is True and bool(escalated.facts.get("order_id"))) or found is False


def draft_expected(escalated: ev.TicketEscalated) -> bool:
    bases = reason_bases((escalated.reason, *escalated.reasons))
    return escalated.category not in NO_DRAFT_EXPECTED and not bases & NO_DRAFT_EXPECTED


@dataclass
class HandoffCoverage:
    handoffs: int = 0
    draft_expected: int = 0
    with_draft: int = 0
    naming_an_order: int = 0
    with_order_facts: int = 0

    def add(self, escalated: ev.TicketEscalated) -> None:
        self.handoffs += 1
        if draft_expected(escalated):
            self.draft_expected += 1
            self.with_draft += drafted(escalated)
        if escalated.order_named:
            self.naming_an_order += 1
            self.with_order_facts += carries_order_facts(escalated)

    def merge(self, other: HandoffCoverage) -> None:
        self.handoffs += other.handoffs
        self.draft_expected += other.draft_expected
        self.with_draft += other.with_draft
        self.naming_an_order += other.naming_an_order
        self.with_order_facts += other.with_order_facts

    @property
    def draft_share(self) -> float | None:
        return self.with_draft / self.draft_expected if self.draft_expected else None

    @property
    def order_facts_share(self) -> float | None:
        return self.with_order_facts / self.naming_an_order if self.naming_an_order else None


def last_handoffs(escalations: Iterable[ev.TicketEscalated]) -> list[ev.TicketEscalated]:
    """Each ticket's last hand-off (a redelivered escalation once), in ticket order."""
    last = {escalated.ticket_id: escalated for escalated in escalations}
    return [last[ticket_id] for ticket_id in sorted(last)]


def handoff_coverage(escalations: Iterable[ev.TicketEscalated]) -> dict[str, HandoffCoverage]:
    """Per category and ``"ALL"``, over each ticket's last hand-off."""
    out: dict[str, HandoffCoverage] = {"ALL": HandoffCoverage()}
    for escalated in last_handoffs(escalations):
        out.setdefault(escalated.category, HandoffCoverage()).add(escalated)
        out["ALL"].add(escalated)
    return out


def handoff_labels(escalated: ev.TicketEscalated) -> tuple[str, str]:
    """(draft, order) labels of one hand-off for the hand-off counter."""
    draft = (
        "not_expected" if not draft_expected(escalated) else "yes" if drafted(escalated) else "no"
    )
    order = "looked_up" if carries_order_facts(escalated) else "not_looked_up"
    return draft, order
