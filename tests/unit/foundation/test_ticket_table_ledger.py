"""The resolver's effect ledger on a table: one entry per ticket, the decision made durable."""

from __future__ import annotations

import pytest

from supportloop.adapters.runtime.ledger import TicketTableLedger


class RecordingTable(dict[bytes, bytes]):
    """A table that knows which writes a persist call has made durable."""

    def __init__(self) -> None:
        super().__init__()
        self.durable: dict[bytes, bytes] = {}

    async def persist(self) -> None:
        self.durable = dict(self)


async def test_the_decision_is_durable_before_record_returns() -> None:
    table = RecordingTable()
    ledger = TicketTableLedger(table, table.persist)
    await ledger.record("T-1:decision", {"action": "refund_order", "rule_version": "1"})
    # A worker killed right after this point (while refunding) must find the decision.
    assert b"T-1" in table.durable
    assert await ledger.get("T-1:decision") == {"action": "refund_order", "rule_version": "1"}


async def test_other_entries_are_not_flushed_one_by_one() -> None:
    table = RecordingTable()
    ledger = TicketTableLedger(table, table.persist)
    await ledger.record("T-2:reply", {"body": "Hi"})
    assert table.durable == {}
    assert await ledger.get("T-2:reply") == {"body": "Hi"}


async def test_first_write_wins_and_keys_must_name_ticket_and_effect() -> None:
    ledger = TicketTableLedger({})
    await ledger.record("T-3:decision", {"action": "a"})
    await ledger.record("T-3:decision", {"action": "b"})
    assert await ledger.get("T-3:decision") == {"action": "a"}
    with pytest.raises(ValueError, match="not '<ticket>:<effect>'"):
        await ledger.get("no-effect")
