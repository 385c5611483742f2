"""Replay history through today's taxonomy and policies, deciding only (never acting), and
append one result record per ticket to a JSONL file that a later run can resume from."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from supportloop.adapters.ingest.records import RowError
from supportloop.core.classification import Verdict
from supportloop.triage.agreement import compare
from supportloop.triage.evaluate import Evaluation, PolicyEvaluator
from supportloop.triage.history import AgentOutcome, HistoryRow
from supportloop.triage.run import BATCH_SIZE, BatchClassifier, evaluate_batch


@dataclass
class ReplayRun:
    written: int = 0
    already_done: int = 0
    before_since: int = 0
    errors: list[RowError] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.errors})


def result_record(
    row: int,
    ticket_id: str,
    created_at: datetime,
    verdict: Verdict,
    evaluation: Evaluation,
    agent: AgentOutcome | None,
) -> dict[str, Any]:
    return {
        "ticket_id": ticket_id,
        "row": row,
        "created_at": created_at.isoformat(),
        "category": verdict.category,
        "tier": verdict.tier,
        "confidence": verdict.confidence,
        "kind": evaluation.kind,
        "verdict": evaluation.label,
        "reason": evaluation.reason,
        "action": evaluation.action,
        "branch": evaluation.branch,
        "reply": evaluation.reply,
        "missing_facts": list(evaluation.missing_facts),
        "blocking": list(evaluation.blocking),
        "details": list(evaluation.details),
        "rule_version": evaluation.rule_version,
        "agent_action": agent.action if agent else None,
        "agent_reply": agent.reply if agent else None,
        "resolved_by": agent.resolved_by if agent else None,
        "agreement": compare(evaluation, agent),
    }


def load_results(path: Path) -> list[dict[str, Any]]:
    """The complete records of a results file. A torn last line (a run killed mid-write) is
    cut off so that appending continues on a clean line."""
    if not path.exists():
        return []
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        path.write_bytes(data)
    records = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line) if line.strip() else None
        except json.JSONDecodeError:
            continue  # an unreadable record is not done: its ticket is replayed again
        if isinstance(record, dict) and "ticket_id" in record:
            records.append(record)
    return records


def as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


async def rows_of(rows: Iterable[HistoryRow]) -> AsyncIterator[HistoryRow]:
    for row in rows:
        yield row


async def replay(
    rows: AsyncIterator[HistoryRow],
    classifier: BatchClassifier,
    evaluator: PolicyEvaluator,
    out: TextIO,
    *,
    done: set[str] | None = None,
    since: datetime | None = None,
    batch_size: int = BATCH_SIZE,
    on_row: Callable[[], None] | None = None,
) -> ReplayRun:
    """Decide every new ticket of ``rows`` and write its record to ``out``; tickets whose id
    is in ``done`` (and repeats within ``rows``) are skipped."""
    started = time.perf_counter()
    run = ReplayRun()
    seen = set(done or ())
    threshold = as_utc(since) if since is not None else None
    pending: list[HistoryRow] = []

    def tick() -> None:
        if on_row:
            on_row()

    async def flush() -> None:
        tickets = [r.ticket for r in pending if r.ticket is not None]
        decided = await evaluate_batch(tickets, classifier, evaluator)
        for row, ticket, (verdict, evaluation) in zip(pending, tickets, decided, strict=True):
            record = result_record(
                row.row, ticket.id, ticket.created_at, verdict, evaluation, row.agent
            )
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            run.written += 1
            tick()
        out.flush()
        pending.clear()

    async for row in rows:
        if row.ticket is None:
            run.errors.extend(row.errors)
            tick()
        elif row.ticket.id in seen:
            run.already_done += 1
            tick()
        elif threshold is not None and row.ticket.created_at < threshold:
            run.before_since += 1
            tick()
        else:
            seen.add(row.ticket.id)
            pending.append(row)
            if len(pending) >= batch_size:
                await flush()
    if pending:
        await flush()
    run.elapsed_s = time.perf_counter() - started
    return run
