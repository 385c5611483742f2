"""Historical tickets with what the agent did: the ticket (validated like `ingest`) plus the
optional history columns ``agent_action``, ``agent_reply`` and ``resolved_by``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supportloop.adapters.ingest.files import read_records
from supportloop.adapters.ingest.records import RowError, to_ticket
from supportloop.core.events import Ticket

HISTORY_FIELDS = ("agent_action", "agent_reply", "resolved_by")


@dataclass(frozen=True)
class AgentOutcome:
    action: str | None  # a SupportLoop action name, or what the agent did instead ("declined")
    reply: str | None = None
    resolved_by: str | None = None


@dataclass(frozen=True)
class HistoryRow:
    row: int
    ticket: Ticket | None
    errors: tuple[RowError, ...] = ()
    agent: AgentOutcome | None = None


def normalise_action(value: str) -> str:
    return "_".join(value.strip().lower().replace("-", " ").split())


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def agent_outcome(record: dict[str, Any]) -> AgentOutcome | None:
    action, reply, resolved_by = (_text(record.get(name)) for name in HISTORY_FIELDS)
    if action is None and reply is None and resolved_by is None:
        return None
    return AgentOutcome(
        normalise_action(action) if action else None,
        reply,
        resolved_by.lower() if resolved_by else None,
    )


def history_row(row: int, record: dict[str, Any]) -> HistoryRow:
    ticket = {k: v for k, v in record.items() if k not in HISTORY_FIELDS}
    result = to_ticket(row, ticket)
    return HistoryRow(row, result.ticket, result.errors, agent_outcome(record))


def read_history(path: Path) -> Iterator[HistoryRow]:
    """One HistoryRow per row of a .jsonl or .csv file; a bad row carries its errors."""
    for row, record in read_records(path, require_email=False):
        if isinstance(record, RowError):
            yield HistoryRow(row, None, (record,))
        else:
            yield history_row(row, record)
