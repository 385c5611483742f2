from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.resolver.approvals import ApprovalBook, ApprovalHandler
from supportloop.core import events as ev
from supportloop.core.resolution import DecidedAction, Execution
from supportloop.core.topics import RESOLUTIONS
from supportloop.errors import ConnectorUnavailable
from tests.unit.autonomy.autonomy_events import at, outcome
from tests.unit.resolution.resolution_harness import Harness


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness()
    try:
        yield h
    finally:
        h.shop.close()


async def _escalate_above_cap(h: Harness) -> tuple[str, ev.TicketClassified, ev.TicketEscalated]:
    tid = h.ticket_ids("refund_request", "above_cap")[0]
    event = h.classified(tid)
    [escalated] = await h.workflow.handle(event, "live")
    assert isinstance(escalated, ev.TicketEscalated)
    return tid, event, escalated


def _handler(
    h: Harness, book: ApprovalBook, mode: str = "live"
) -> tuple[ApprovalHandler, list[str]]:
    counted: list[str] = []
    return ApprovalHandler(book, h.workflow, lambda c: mode, counted.append), counted


async def test_approval_refunds_once_replies_and_publishes_the_resolution(harness: Harness) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    assert book.remember(event, escalated) is True
    assert book.remember(event, escalated) is False  # redelivered escalation
    handle, counted = _handler(harness, book)

    [published] = await handle(outcome(tid, "approval", at(0), agent="901"))
    again = await handle(outcome(tid, "approval", at(0, minutes=1), agent="902"))

    assert published.topic is RESOLUTIONS
    resolved = published.event
    assert isinstance(resolved, ev.TicketResolved) and resolved.action is not None
    assert resolved.event_id == ev.derive_event_id(tid, ev.IdStage.APPROVED)
    assert (resolved.mode, resolved.outcome, resolved.rule_id) == (
        "live",
        "resolved",
        "policy:refund_request",
    )
    assert resolved.action.idempotency_key == f"{tid}:refund_order"
    assert resolved.action.result["approved_by"] == "901"
    assert resolved.reply == escalated.draft_reply
    assert [o.event for o in again] == [resolved]  # republished, not executed again
    assert [e["idempotency_key"] for e in harness.effects("order.refund")] == [
        f"{tid}:refund_order"
    ]
    [reply] = harness.effects("helpdesk.public_reply")
    assert (reply["idempotency_key"], reply["payload"]["body"]) == (
        f"{tid}:approved_reply",
        escalated.draft_reply,
    )
    assert counted == ["executed", "duplicate"]
    entry = book.get(tid)
    assert entry is not None and (entry.status, entry.by) == ("executed", "901")


async def test_rejection_records_and_does_nothing(harness: Harness) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    book.remember(event, escalated)
    handle, counted = _handler(harness, book)
    assert await handle(outcome(tid, "rejection", at(0), agent="901")) == []
    assert await handle(outcome(tid, "approval", at(0, minutes=1))) == []  # too late
    assert harness.effects() == []
    entry = book.get(tid)
    assert entry is not None and (entry.status, entry.by) == ("rejected", "901")
    assert counted == ["rejected", "duplicate"]


async def test_approval_of_changed_facts_is_not_executed(harness: Harness) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    book.remember(event, escalated)
    order_id = str(escalated.facts["order_id"])
    harness.shop.refund_order(order_id, "5.00", "someone-else")  # a partial refund meanwhile
    handle, counted = _handler(harness, book)
    assert await handle(outcome(tid, "approval", at(0))) == []
    assert [e["kind"] for e in harness.effects()] == ["order.refund", "helpdesk.internal_note"]
    assert "facts changed" in harness.effects()[1]["payload"]["body"]
    assert counted == ["stale"]


async def test_shadow_or_paused_categories_never_execute_an_approval(harness: Harness) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    book.remember(event, escalated)
    handle, counted = _handler(harness, book, mode="shadow")
    assert await handle(outcome(tid, "approval", at(0))) == []
    assert [e["kind"] for e in harness.effects()] == ["helpdesk.internal_note"]
    assert counted == ["not_live"]
    entry = book.get(tid)
    assert entry is not None and entry.status == "waiting"


class FlakyExecutor:
    def __init__(self) -> None:
        self.calls: list[bool] = []
        self.fail = True

    async def execute(self, decided: DecidedAction) -> Execution:
        self.calls.append(decided.recheck)
        if self.fail:
            raise ConnectorUnavailable("commerce", "HTTP 503 after 3 attempts")
        return Execution("executed")

    async def tell(self, ticket_id: str, note: str, key: str) -> None:
        return None


async def test_a_failed_execution_resumes_on_the_next_approval_without_rechecking(
    harness: Harness,
) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    book.remember(event, escalated)
    executor = FlakyExecutor()
    counted: list[str] = []
    handle = ApprovalHandler(book, executor, lambda c: "live", counted.append)
    assert await handle(outcome(tid, "approval", at(0))) == []
    executor.fail = False
    assert await handle(outcome(tid, "approval", at(0, minutes=1))) == []
    assert executor.calls == [True, False]
    assert counted == ["failed", "executed"]


async def test_outcomes_without_a_pending_approval_are_ignored(harness: Harness) -> None:
    handle, counted = _handler(harness, ApprovalBook({}))
    assert await handle(outcome("T-none", "approval", at(0))) == []
    assert await handle(outcome("T-none", "agent_reply", at(0), reply="hi")) == []
    assert counted == ["nothing_pending"]
