"""Tickets the classifier handles at the same time share one model call; a ticket the model
fails on fails alone; a handler cancelled while waiting does not break the batch."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from services.classifier.batching import BatchingClassifier
from supportloop.core import events as ev


def ticket(tid: str, body: str = "where is my order?") -> ev.Ticket:
    return ev.Ticket(
        id=tid,
        body=body,
        customer=ev.Customer(email="a@example.com"),
        created_at=datetime(2026, 1, 5, tzinfo=UTC),
    )


class Model:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, tickets: list[ev.Ticket]) -> Sequence[str]:
        self.calls.append([t.id for t in tickets])
        if any(t.body == "poison" for t in tickets):
            raise ValueError("cannot score this ticket")
        return [f"verdict-{t.id}" for t in tickets]


async def test_concurrent_tickets_share_one_call_and_each_gets_its_own_verdict() -> None:
    model = Model()
    scorer = BatchingClassifier(model, max_batch=32, window_s=0.01)
    verdicts = await asyncio.gather(*(scorer.classify(ticket(f"T-{i}")) for i in range(10)))
    assert verdicts == [f"verdict-T-{i}" for i in range(10)]
    assert model.calls == [[f"T-{i}" for i in range(10)]]


async def test_a_full_batch_goes_at_once_and_the_rest_waits_for_the_window() -> None:
    model = Model()
    scorer = BatchingClassifier(model, max_batch=4, window_s=0.01)
    verdicts = await asyncio.gather(*(scorer.classify(ticket(f"T-{i}")) for i in range(6)))
    assert verdicts == [f"verdict-T-{i}" for i in range(6)]
    assert [len(call) for call in model.calls] == [4, 2]
    assert scorer.batches == 2


async def test_a_ticket_the_model_fails_on_fails_alone() -> None:
    model = Model()
    scorer = BatchingClassifier(model, window_s=0.01)
    results = await asyncio.gather(
        scorer.classify(ticket("T-1")),
        scorer.classify(ticket("T-2", body="poison")),
        scorer.classify(ticket("T-3")),
        return_exceptions=True,
    )
    assert results[0] == "verdict-T-1" and results[2] == "verdict-T-3"
    assert isinstance(results[1], ValueError)
    assert model.calls[0] == ["T-1", "T-2", "T-3"]  # the batch, then one by one
    assert model.calls[1:] == [["T-1"], ["T-2"], ["T-3"]]


async def test_a_handler_cancelled_while_waiting_leaves_the_others_their_verdicts() -> None:
    model = Model()
    scorer = BatchingClassifier(model, window_s=0.02)
    waiting = asyncio.ensure_future(scorer.classify(ticket("T-1")))
    other = asyncio.ensure_future(scorer.classify(ticket("T-2")))
    await asyncio.sleep(0)
    waiting.cancel()
    assert await other == "verdict-T-2"
    with pytest.raises(asyncio.CancelledError):
        await waiting


async def test_one_ticket_alone_is_answered_after_the_window() -> None:
    model = Model()
    scorer = BatchingClassifier(model, window_s=0.001)
    assert await scorer.classify(ticket("T-1")) == "verdict-T-1"
    assert model.calls == [["T-1"]]
