"""Historical tickets with what the agent did: the ticket (validated like `ingest`) plus the
optional history columns ``agent_action``, ``agent_reply`` and ``resolved_by``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supportloop.errors import InputError
from supportloop.events import Ticket
from supportloop.ingest.files import REQUIRED_CSV_COLUMNS, detect_format
from supportloop.ingest.records import RowError, to_ticket

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
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if detect_format(path) == "csv":
        yield from _read_csv(path)
    else:
        yield from _read_jsonl(path)


def _read_jsonl(path: Path) -> Iterator[HistoryRow]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield HistoryRow(
                    line_no, None, (RowError(line_no, "line", f"invalid JSON: {exc.msg}"),)
                )
                continue
            if not isinstance(record, dict):
                yield HistoryRow(line_no, None, (RowError(line_no, "line", "not a JSON object"),))
                continue
            yield history_row(line_no, record)


def _read_csv(path: Path) -> Iterator[HistoryRow]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
        reader = csv.DictReader(handle, dialect=dialect)
        columns = set(reader.fieldnames or [])
        missing = REQUIRED_CSV_COLUMNS - columns
        if missing:
            raise InputError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for index, row in enumerate(reader, start=2):  # row 1 is the header
            if None in row:
                yield HistoryRow(index, None, (RowError(index, "row", "more fields than columns"),))
                continue
            yield history_row(index, dict(row))
