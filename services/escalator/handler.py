"""Escalator handler: put an escalated ticket in the right human queue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from supportloop import events as ev
from supportloop.routing import route_escalation
from supportloop.runtime.stage import Publish
from supportloop.topics import HANDOFFS


def hand_off(escalated: ev.TicketEscalated, now: datetime) -> Sequence[Publish]:
    route = route_escalation(
        escalated.reasons or (escalated.reason,),
        escalated.category,
        escalated.tier,
        escalated.customer_vip,
    )
    latency_ms = max(0.0, (now - escalated.received_at).total_seconds() * 1000)
    return [
        Publish(
            HANDOFFS,
            ev.TicketHandedOff(
                event_id=ev.derive_event_id(escalated.ticket_id, "handed_off"),
                ticket_id=escalated.ticket_id,
                occurred_at=now,
                category=escalated.category,
                queue=route.queue,
                priority=route.priority,
                reason=escalated.reason,
                recommended_action=escalated.recommended_action,
                received_at=escalated.received_at,
                latency_ms=latency_ms,
            ),
        )
    ]
