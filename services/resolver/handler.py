"""Resolver handler: without a policy for a category, hand the ticket to a person."""

from __future__ import annotations

from collections.abc import Sequence

from supportloop import events as ev
from supportloop.routing import recommended_action_for
from supportloop.runtime.stage import Publish
from supportloop.topics import ESCALATIONS


def escalate_without_policy(classified: ev.TicketClassified) -> Sequence[Publish]:
    reasons = ("no_policy",)
    return [
        Publish(
            ESCALATIONS,
            ev.TicketEscalated(
                event_id=ev.derive_event_id(classified.ticket_id, "escalated"),
                ticket_id=classified.ticket_id,
                category=classified.category,
                tier=classified.tier,
                stage="resolver",
                reason="no_policy",
                reasons=reasons,
                recommended_action=recommended_action_for(
                    reasons, classified.category, classified.tier
                ),
                customer_vip=classified.ticket.customer.vip,
                received_at=classified.received_at,
            ),
        )
    ]
