"""Score the tickets the classifier handles concurrently in one model call.

Scoring a batch costs the model a fraction of the CPU per ticket of scoring tickets one at a
time (its numpy work is per call). The agent handles several tickets at once, so several
wait on the model together: the first opens a short window, the others join it, and one
``classify_batch`` call answers them all. Each ticket is still acknowledged only when its
own handler returns, and a ticket the model fails on fails alone.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from supportloop.core import events as ev

Verdict = TypeVar("Verdict")


class BatchingClassifier(Generic[Verdict]):
    def __init__(
        self,
        classify: Callable[[list[ev.Ticket]], Sequence[Verdict]],
        max_batch: int = 32,
        window_s: float = 0.002,
    ) -> None:
        self._classify = classify
        self.max_batch = max_batch
        self.window_s = window_s
        self._pending: list[tuple[ev.Ticket, asyncio.Future[Verdict]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self.batches = 0

    async def classify(self, ticket: ev.Ticket) -> Verdict:
        loop = asyncio.get_running_loop()
        verdict: asyncio.Future[Verdict] = loop.create_future()
        self._pending.append((ticket, verdict))
        if len(self._pending) >= self.max_batch:
            self._flush()
        elif self._timer is None:
            self._timer = loop.call_later(self.window_s, self._flush)
        return await verdict

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        if not batch:
            return
        self.batches += 1
        try:
            verdicts = self._classify([ticket for ticket, _ in batch])
        except Exception:
            for ticket, future in batch:  # find the ticket it fails on; the others go on
                self._one(ticket, future)
            return
        for (_, future), verdict in zip(batch, verdicts, strict=True):
            if not future.done():  # a handler cancelled while it waited
                future.set_result(verdict)

    def _one(self, ticket: ev.Ticket, future: asyncio.Future[Verdict]) -> None:
        try:
            [verdict] = self._classify([ticket])
        except Exception as exc:
            if not future.done():
                future.set_exception(exc)
            return
        if not future.done():
            future.set_result(verdict)
