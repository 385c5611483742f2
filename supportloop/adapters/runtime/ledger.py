"""The resolver's effect ledger on a Faust table, one entry per ticket.

The workflow keys effects as "<ticket>:<effect>" ("<ticket>:@<message>:<effect>" for a
later turn of the conversation). The table is keyed by the ticket id alone
(the same bytes as the Kafka message key) so each entry lives on its ticket's partition.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Collection, MutableMapping
from typing import Any

Doc = dict[str, Any]


class TicketTableLedger:
    """`persist` waits until table writes are acknowledged by the broker; entries named in
    `durable` are persisted before `record` returns. The decision must be: it is recorded
    before the side effect, and a worker killed after acting but before its table write
    reached Kafka would otherwise decide again on the changed state (an order it just
    refunded looks already refunded) and reach a different outcome."""

    def __init__(
        self,
        table: MutableMapping[bytes, bytes],
        persist: Callable[[], Awaitable[None]] | None = None,
        durable: Collection[str] = ("decision",),
    ) -> None:
        self.table = table
        self.persist = persist
        self.durable = frozenset(durable)

    @staticmethod
    def _split(key: str) -> tuple[bytes, str]:
        # "<ticket>:@<message>:<effect>" for a later turn: ticket ids hold no "@", so the
        # first ":@" ends the ticket id and the turn's entries live in the ticket's entry.
        ticket, turn, rest = key.partition(":@")
        if turn:
            if ":" not in rest:
                raise ValueError(f"ledger key {key!r} is not '<ticket>:@<message>:<effect>'")
            return ticket.encode(), f"@{rest}"
        ticket, _, effect = key.rpartition(":")
        if not ticket:
            raise ValueError(f"ledger key {key!r} is not '<ticket>:<effect>'")
        return ticket.encode(), effect

    def _entries(self, ticket: bytes) -> dict[str, Doc]:
        raw = self.table.get(ticket)
        return json.loads(raw) if raw else {}

    async def get(self, key: str) -> Doc | None:
        ticket, effect = self._split(key)
        return self._entries(ticket).get(effect)

    async def record(self, key: str, value: Doc) -> None:
        ticket, effect = self._split(key)
        entries = self._entries(ticket)
        if effect in entries:  # first write wins, like the in-memory ledger
            return
        entries[effect] = value
        self.table[ticket] = json.dumps(entries, default=str).encode()
        if self.persist is not None and effect in self.durable:
            await self.persist()
