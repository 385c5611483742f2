"""Read tickets from CSV or JSONL files, one RowResult per row, never dropping a row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from supportloop.adapters.ingest.records import RowError, RowResult, to_ticket
from supportloop.errors import InputError

REQUIRED_CSV_COLUMNS = {"id", "body"}


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return "jsonl"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    raise InputError(f"{path}: unknown file type {suffix!r} (expected .csv or .jsonl)")


def count_rows(path: Path) -> int:
    with path.open("rb") as handle:
        lines = sum(1 for line in handle if line.strip())
    return max(0, lines - 1) if detect_format(path) == "csv" else lines


Record = dict[str, Any] | RowError


def read_tickets(path: Path) -> Iterator[RowResult]:
    for row, record in read_records(path):
        if isinstance(record, RowError):
            yield RowResult(row, None, (record,))
        else:
            yield to_ticket(row, record)


def read_records(path: Path, require_email: bool = True) -> Iterator[tuple[int, Record]]:
    """Each row of a .jsonl or .csv file as a dict, or the reason it cannot be read."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if detect_format(path) == "csv":
        yield from _read_csv(path, require_email)
    else:
        yield from _read_jsonl(path)


def _read_jsonl(path: Path) -> Iterator[tuple[int, Record]]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield line_no, RowError(line_no, "line", f"invalid JSON: {exc.msg}")
                continue
            if not isinstance(record, dict):
                yield line_no, RowError(line_no, "line", "not a JSON object")
                continue
            yield line_no, record


def _read_csv(path: Path, require_email: bool) -> Iterator[tuple[int, Record]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
        reader = csv.DictReader(handle, dialect=dialect)
        columns = set(reader.fieldnames or [])
        missing = REQUIRED_CSV_COLUMNS - columns
        if missing:
            raise InputError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        if require_email and not ({"customer_email", "email"} & columns):
            raise InputError(f"{path}: missing column customer_email")
        for index, row in enumerate(reader, start=2):  # row 1 is the header
            if None in row:
                yield index, RowError(index, "row", "more fields than columns")
                continue
            yield index, dict(row)
