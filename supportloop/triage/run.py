"""Triage a batch of tickets: classify, then evaluate each one's policy without acting."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from supportloop.adapters.ingest.records import RowError, RowResult
from supportloop.core.classification import Verdict
from supportloop.core.events import Ticket
from supportloop.triage.evaluate import Evaluation, PolicyEvaluator

BATCH_SIZE = 256
CONCURRENCY = 16


class BatchClassifier(Protocol):
    def classify_batch(self, tickets: Sequence[Ticket]) -> list[Verdict]: ...


@dataclass(frozen=True)
class TriagedTicket:
    row: int
    ticket: Ticket
    verdict: Verdict
    evaluation: Evaluation
    notes: tuple[str, ...] = ()  # what the row lacked or what was repaired (intake)

    @property
    def category(self) -> str:
        return self.verdict.category

    def as_dict(self) -> dict[str, object]:
        e = self.evaluation
        return {
            "row": self.row,
            "ticket_id": self.ticket.id,
            "category": self.verdict.category,
            "tier": self.verdict.tier,
            "confidence": self.verdict.confidence,
            "verdict": e.label,
            "kind": e.kind,
            "reason": e.reason,
            "action": e.action,
            "branch": e.branch,
            "reply": e.reply,
            "missing_facts": list(e.missing_facts),
            "blocking": list(e.blocking),
            "details": list(e.details),
            "needs": list(e.needs),
            "once_given": e.once_given,
            "notes": list(self.notes),
            "rule_version": e.rule_version,
        }


@dataclass(frozen=True)
class TriageReport:
    tickets: tuple[TriagedTicket, ...]
    errors: tuple[RowError, ...]
    elapsed_s: float

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.errors})

    @property
    def tickets_per_s(self) -> float:
        return len(self.tickets) / self.elapsed_s if self.elapsed_s > 0 else 0.0


async def evaluate_batch(
    tickets: Sequence[Ticket],
    classifier: BatchClassifier,
    evaluator: PolicyEvaluator,
    concurrency: int = CONCURRENCY,
) -> list[tuple[Verdict, Evaluation]]:
    """Classify the batch at once, then evaluate the tickets concurrently (order kept)."""
    verdicts = classifier.classify_batch(tickets)
    gate = asyncio.Semaphore(concurrency)

    async def one(ticket: Ticket, verdict: Verdict) -> Evaluation:
        async with gate:
            return await evaluator.evaluate(ticket, verdict)

    evaluations = await asyncio.gather(*(one(t, v) for t, v in zip(tickets, verdicts, strict=True)))
    return list(zip(verdicts, evaluations, strict=True))


async def triage(
    rows: Iterable[RowResult],
    classifier: BatchClassifier,
    evaluator: PolicyEvaluator,
    *,
    batch_size: int = BATCH_SIZE,
    on_row: Callable[[], None] | None = None,
) -> TriageReport:
    """Every valid row triaged, every bad row kept as its errors; never stops on a bad row."""
    started = time.perf_counter()
    done: list[TriagedTicket] = []
    errors: list[RowError] = []
    pending: list[tuple[int, Ticket, tuple[str, ...]]] = []

    async def flush() -> None:
        results = await evaluate_batch([t for _, t, _ in pending], classifier, evaluator)
        for (row, ticket, notes), (verdict, evaluation) in zip(pending, results, strict=True):
            done.append(TriagedTicket(row, ticket, verdict, evaluation, notes))
            if on_row:
                on_row()
        pending.clear()

    for result in rows:
        if result.ticket is None:
            errors.extend(result.errors)
            if on_row:
                on_row()
            continue
        pending.append((result.row, result.ticket, result.notes))
        if len(pending) >= batch_size:
            await flush()
    if pending:
        await flush()
    return TriageReport(tuple(done), tuple(errors), time.perf_counter() - started)
