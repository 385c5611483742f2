"""Hand-off notes the helpdesk did not take: tried again until it does.

A helpdesk that stays down through the connector's retries costs the hand-off's helpdesk
update (note, tags, assignee), never the hand-off: its queue is in the published event. The
update is owed, so the escalation is kept in a ticket table and the escalator's timer posts
it once the helpdesk answers (the note's key makes a repeat visible on the ticket, see
``HandOff``). A redelivered escalation that posts it removes it too.
"""

from __future__ import annotations

import json
from collections.abc import MutableMapping

from supportloop.core import events as ev

Table = MutableMapping[bytes, bytes]


class UnpostedNotes:
    """Per ticket, the escalations (one per turn) whose helpdesk update is still owed."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def _read(self, ticket_id: str) -> dict[str, ev.TicketEscalated]:
        raw = self.table.get(ticket_id.encode())
        if raw is None:
            return {}
        return {
            turn: ev.TicketEscalated.model_validate_json(doc)
            for turn, doc in json.loads(raw).items()
        }

    def _write(self, ticket_id: str, owed: dict[str, ev.TicketEscalated]) -> None:
        key = ticket_id.encode()
        if not owed:
            if self.table.get(key) is not None:
                del self.table[key]
            return
        docs = {turn: escalated.model_dump_json() for turn, escalated in owed.items()}
        self.table[key] = json.dumps(docs).encode()

    def owe(self, escalated: ev.TicketEscalated) -> None:
        owed = self._read(escalated.ticket_id)
        owed[escalated.turn] = escalated
        self._write(escalated.ticket_id, owed)

    def posted(self, escalated: ev.TicketEscalated) -> None:
        owed = self._read(escalated.ticket_id)
        if owed.pop(escalated.turn, None) is not None:
            self._write(escalated.ticket_id, owed)

    def owed(self) -> list[ev.TicketEscalated]:
        found = []
        for raw in list(self.table.values()):
            found += [ev.TicketEscalated.model_validate_json(d) for d in json.loads(raw).values()]
        return sorted(found, key=lambda e: e.occurred_at)
