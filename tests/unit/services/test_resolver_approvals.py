"""The resolver's approvals over the demo store's helpdesk: an approval executes only when the
helpdesk itself shows it (the approve tag on the ticket, added by an agent the audit trail
names). Every hostile case asserts that nothing moved: no refund, no public reply."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from services.resolver.approvals import ApprovalBook, ApprovalHandler, still_open
from supportloop.adapters.approval_check import ApprovalCheck
from supportloop.core import events as ev
from supportloop.core.handoff import HandoffSettings
from supportloop.core.resolution import DecidedAction, Execution
from supportloop.core.topics import RESOLUTIONS
from supportloop.devtools.demo_data.helpdesk import (
    ADMIN_GRACE,
    AGENT_ANA,
    AGENT_BEN,
    API_USER_ID,
    FINANCE_CHIOMA,
    FINANCE_GROUP_ID,
    SUSPENDED_DAN,
)
from supportloop.devtools.demo_store import shop as shop_module
from supportloop.errors import ConnectorUnavailable
from tests.unit.autonomy.autonomy_events import at, outcome
from tests.unit.resolution.resolution_harness import APPROVE_TAG, Harness

REJECT_TAG = "supportloop_reject"


hostile = pytest.mark.hostile


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness()
    try:
        yield h
    finally:
        h.shop.close()


async def _escalate_above_cap(h: Harness) -> tuple[str, ev.TicketClassified, ev.TicketEscalated]:
    tid = h.whole_order_ids("refund_request", "above_cap")[0]
    event = h.classified(tid)
    [escalated] = await h.workflow.handle(event, "live")
    assert isinstance(escalated, ev.TicketEscalated)
    return tid, event, escalated


def _handler(
    h: Harness,
    book: ApprovalBook,
    mode: str = "live",
    settings: HandoffSettings | None = None,
) -> tuple[ApprovalHandler, list[str]]:
    counted: list[str] = []
    check = ApprovalCheck(h.helpdesk, settings or HandoffSettings())
    return ApprovalHandler(book, h.workflow, lambda c: mode, counted.append, check=check), counted


async def _pending(
    h: Harness, settings: HandoffSettings | None = None
) -> tuple[str, ev.TicketEscalated, ApprovalBook, ApprovalHandler, list[str]]:
    tid, event, escalated = await _escalate_above_cap(h)
    book = ApprovalBook({})
    assert book.remember(event, escalated) is True
    handle, counted = _handler(h, book, settings=settings)
    return tid, escalated, book, handle, counted


def approval(tid: str, by: int | str | None, minutes: float = 0) -> ev.HumanOutcome:
    agent = None if by is None else str(by)
    return outcome(tid, "approval", at(0, minutes=minutes), agent=agent)


def assert_nothing_moved(h: Harness) -> None:
    assert h.effects("order.refund") == []
    assert h.effects("helpdesk.public_reply") == []


def notes(h: Harness) -> list[str]:
    return [e["payload"]["body"] for e in h.effects("helpdesk.internal_note")]


def refusals(book: ApprovalBook, tid: str) -> list[str]:
    entry = book.get(tid)
    assert entry is not None and entry.status == "waiting"  # never closed by a refusal
    return [ignored.reason for ignored in entry.ignored]


# a real approval ---------------------------------------------------------------------------
async def test_approval_refunds_once_replies_and_publishes_the_resolution(harness: Harness) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    assert book.remember(event, escalated) is True
    assert book.remember(event, escalated) is False  # redelivered escalation
    handle, counted = _handler(harness, book)
    harness.approve(tid, by=AGENT_ANA)

    [published] = await handle(approval(tid, AGENT_ANA))
    again = await handle(approval(tid, AGENT_BEN, minutes=1))

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
    assert resolved.action.result["approved_by"] == str(AGENT_ANA)
    assert resolved.action.result["approved_by_role"] == "agent"
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
    [note] = harness.effects("helpdesk.internal_note")
    assert note["idempotency_key"] == f"{tid}:approval_executed"
    assert f"approved by user {AGENT_ANA} (agent)" in note["payload"]["body"]
    assert counted == ["executed", "duplicate"]
    entry = book.get(tid)
    assert entry is not None and (entry.status, entry.by, entry.by_role) == (
        "executed",
        str(AGENT_ANA),
        "agent",
    )


async def test_rejection_records_and_does_nothing(harness: Harness) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    book.remember(event, escalated)
    handle, counted = _handler(harness, book)
    assert await handle(outcome(tid, "rejection", at(0), agent="901")) == []
    harness.approve(tid, by=AGENT_ANA)
    assert await handle(approval(tid, AGENT_ANA, minutes=1)) == []  # too late
    assert_nothing_moved(harness)
    entry = book.get(tid)
    assert entry is not None and (entry.status, entry.by) == ("rejected", "901")
    assert counted == ["rejected", "duplicate"]


async def test_approval_of_changed_facts_is_not_executed(harness: Harness) -> None:
    tid, escalated, _, handle, counted = await _pending(harness)
    order_id = str(escalated.facts["order_id"])
    harness.shop.refund_order(order_id, "5.00", "someone-else")  # a partial refund meanwhile
    harness.approve(tid)
    assert await handle(approval(tid, AGENT_ANA)) == []
    assert [e["kind"] for e in harness.effects() if e["kind"] != "helpdesk.tags"] == [
        "order.refund",
        "helpdesk.internal_note",
    ]
    assert "facts changed" in notes(harness)[0]
    assert counted == ["stale"]


async def test_shadow_or_paused_categories_never_execute_an_approval(harness: Harness) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    book.remember(event, escalated)
    handle, counted = _handler(harness, book, mode="shadow")
    harness.approve(tid)
    assert await handle(approval(tid, AGENT_ANA)) == []
    assert [e["kind"] for e in harness.effects()] == ["helpdesk.tags", "helpdesk.internal_note"]
    assert counted == ["not_live"]
    entry = book.get(tid)
    assert entry is not None and entry.status == "waiting"


class FlakyExecutor:
    def __init__(self) -> None:
        self.calls: list[tuple[bool, str | None]] = []
        self.fail = True

    async def execute(self, decided: DecidedAction) -> Execution:
        self.calls.append((decided.recheck, decided.approved_by))
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
    check = ApprovalCheck(harness.helpdesk)
    handle = ApprovalHandler(book, executor, lambda c: "live", counted.append, check=check)
    harness.approve(tid, by=AGENT_ANA)
    assert await handle(approval(tid, AGENT_ANA)) == []
    executor.fail = False
    assert await handle(approval(tid, AGENT_BEN, minutes=1)) == []
    # the resumed run is the verified approver's, whoever the second webhook named
    assert executor.calls == [(True, str(AGENT_ANA)), (False, str(AGENT_ANA))]
    assert counted == ["failed", "executed"]


async def test_an_approval_is_open_while_waiting_or_executing(harness: Harness) -> None:
    """What expiry counts as open (still_open): a person may still answer it, or its
    execution is to be finished; a final one is closed."""
    tid, event, escalated = await _escalate_above_cap(harness)
    table: dict[bytes, bytes] = {}
    book = ApprovalBook(table)
    book.remember(event, escalated)
    assert still_open(table[tid.encode()])
    executor = FlakyExecutor()
    handle = ApprovalHandler(
        book, executor, lambda c: "live", check=ApprovalCheck(harness.helpdesk)
    )
    harness.approve(tid, by=AGENT_ANA)
    await handle(approval(tid, AGENT_ANA))
    assert book.get(tid).status == "executing"  # type: ignore[union-attr]
    assert still_open(table[tid.encode()])
    executor.fail = False
    await handle(approval(tid, AGENT_ANA, minutes=1))
    assert book.get(tid).status == "executed"  # type: ignore[union-attr]
    assert not still_open(table[tid.encode()])


async def test_outcomes_without_a_pending_approval_are_ignored(harness: Harness) -> None:
    handle, counted = _handler(harness, ApprovalBook({}))
    assert await handle(outcome("T-none", "approval", at(0))) == []
    assert await handle(outcome("T-none", "agent_reply", at(0), reply="hi")) == []
    assert counted == ["nothing_pending"]


# forged or unverifiable approvals do nothing ---------------------------------------------
@hostile
async def test_an_approval_from_an_unknown_actor_with_no_tag_does_nothing(
    harness: Harness,
) -> None:
    tid, _, book, handle, counted = await _pending(harness)
    event = approval(tid, "424242")
    assert await handle(event) == []
    assert await handle(event) == []  # redelivered: one note, not two
    assert_nothing_moved(harness)
    assert counted == ["tag_not_on_ticket", "tag_not_on_ticket"]
    assert refusals(book, tid) == ["tag_not_on_ticket", "tag_not_on_ticket"]
    entry = book.get(tid)
    assert entry is not None and entry.ignored[0].claimed_by == "424242"
    [note] = harness.effects("helpdesk.internal_note")
    assert note["idempotency_key"] == f"{tid}:approval_refused:{event.event_id}"
    assert "not executed (tag_not_on_ticket)" in note["payload"]["body"]
    assert "still pending" in note["payload"]["body"]


@hostile
async def test_a_tag_added_by_an_id_the_helpdesk_never_saw_does_nothing(harness: Harness) -> None:
    tid, _, book, handle, counted = await _pending(harness)
    harness.approve(tid, by=31337)
    assert await handle(approval(tid, 31337)) == []
    assert_nothing_moved(harness)
    assert counted == ["unknown_approver"]
    assert refusals(book, tid) == counted


@hostile
async def test_the_requester_cannot_approve_their_own_refund(harness: Harness) -> None:
    tid, _, book, handle, counted = await _pending(harness)
    requester = harness.shop.get_ticket(tid)["requester_id"]
    harness.approve(tid, by=requester)  # straight into the store: its API would refuse (403)
    assert await handle(approval(tid, requester)) == []
    harness.shop.set_requester(tid, AGENT_BEN, "test:requester")  # an agent's own order
    harness.untag(tid, by=AGENT_ANA)
    harness.approve(tid, by=AGENT_BEN)
    assert await handle(approval(tid, AGENT_BEN, minutes=1)) == []
    assert_nothing_moved(harness)
    assert counted == ["approver_is_requester", "approver_is_requester"]
    assert refusals(book, tid) == counted


@hostile
async def test_supportloops_api_user_or_a_bot_cannot_approve(harness: Harness) -> None:
    bots = HandoffSettings(bot_user_ids=(str(AGENT_BEN),))
    tid, _, book, handle, counted = await _pending(harness, bots)
    harness.approve(tid, by=API_USER_ID)
    assert await handle(approval(tid, AGENT_ANA)) == []
    harness.untag(tid, by=AGENT_ANA)
    harness.approve(tid, by=AGENT_BEN)
    assert await handle(approval(tid, AGENT_BEN, minutes=1)) == []
    assert_nothing_moved(harness)
    assert counted == ["approver_is_bot", "approver_is_bot"]
    assert refusals(book, tid) == counted


@hostile
async def test_a_tag_removed_before_execution_does_nothing(harness: Harness) -> None:
    tid, _, book, handle, counted = await _pending(harness)
    harness.approve(tid, by=AGENT_ANA)
    harness.untag(tid, by=AGENT_BEN)  # withdrawn before the webhook is handled
    assert await handle(approval(tid, AGENT_ANA)) == []
    assert_nothing_moved(harness)
    assert counted == ["tag_not_on_ticket"]
    assert refusals(book, tid) == counted


@hostile
async def test_approve_and_reject_together_do_nothing(harness: Harness) -> None:
    tid, _, book, handle, counted = await _pending(harness)
    harness.shop.add_tags(tid, [APPROVE_TAG, REJECT_TAG], "test:both", AGENT_ANA)
    assert await handle(approval(tid, AGENT_ANA)) == []
    assert_nothing_moved(harness)
    assert counted == ["rejected_since"]
    assert refusals(book, tid) == counted


@hostile
async def test_a_reject_added_after_the_approve_does_nothing_even_once_removed(
    harness: Harness,
) -> None:
    tid, _, book, handle, counted = await _pending(harness)
    harness.approve(tid, by=AGENT_ANA)
    harness.approve(tid, by=AGENT_BEN, tag=REJECT_TAG)
    assert await handle(approval(tid, AGENT_ANA)) == []
    harness.untag(tid, by=AGENT_BEN, tag=REJECT_TAG)
    assert await handle(approval(tid, AGENT_ANA, minutes=1)) == []
    assert_nothing_moved(harness)
    assert counted == ["rejected_since", "rejected_since"]
    assert refusals(book, tid) == counted


@hostile
async def test_a_suspended_agent_cannot_approve(harness: Harness) -> None:
    tid, _, book, handle, counted = await _pending(harness)
    harness.approve(tid, by=SUSPENDED_DAN)
    assert await handle(approval(tid, SUSPENDED_DAN)) == []
    harness.untag(tid, by=AGENT_ANA)
    harness.approve(tid, by=AGENT_ANA)
    harness.shop.update_user(AGENT_ANA, suspended=True)  # suspended since adding the tag
    assert await handle(approval(tid, AGENT_ANA, minutes=1)) == []
    assert_nothing_moved(harness)
    assert counted == ["approver_suspended", "approver_suspended"]
    assert refusals(book, tid) == counted


@hostile
async def test_the_audits_author_is_recorded_when_the_webhook_names_someone_else(
    harness: Harness,
) -> None:
    tid, _, _, handle, counted = await _pending(harness)
    harness.approve(tid, by=AGENT_ANA)
    [published] = await handle(approval(tid, AGENT_BEN))
    resolved = published.event
    assert isinstance(resolved, ev.TicketResolved) and resolved.action is not None
    assert resolved.action.result["approved_by"] == str(AGENT_ANA)
    [note] = notes(harness)
    assert f"The webhook named user {AGENT_BEN}" in note
    assert f"user {AGENT_ANA}, is recorded as the approver" in note
    assert len(harness.effects("order.refund")) == 1 and counted == ["executed"]


FINANCE_REVIEWS_EVERY_REFUND = HandoffSettings(
    approval_money_threshold=0, approval_money_groups=("Finance",)
)


@hostile
async def test_above_the_threshold_only_finance_moves_the_money_and_only_once(
    harness: Harness,
) -> None:
    tid, _, book, handle, counted = await _pending(harness, FINANCE_REVIEWS_EVERY_REFUND)
    harness.approve(tid, by=AGENT_ANA)
    assert await handle(approval(tid, AGENT_ANA)) == []
    assert_nothing_moved(harness)
    assert "needs an approver with group Finance" in notes(harness)[0]
    assert refusals(book, tid) == ["approver_lacks_role_or_group"]

    harness.untag(tid, by=FINANCE_CHIOMA)
    harness.approve(tid, by=FINANCE_CHIOMA)
    [published] = await handle(approval(tid, FINANCE_CHIOMA, minutes=1))
    await handle(approval(tid, FINANCE_CHIOMA, minutes=2))
    assert len(harness.effects("order.refund")) == 1
    assert len(harness.effects("helpdesk.public_reply")) == 1
    resolved = published.event
    assert isinstance(resolved, ev.TicketResolved) and resolved.action is not None
    assert resolved.action.result["approved_by"] == str(FINANCE_CHIOMA)
    assert counted == ["approver_lacks_role_or_group", "executed", "duplicate"]


async def test_a_group_by_id_or_a_role_satisfies_the_money_requirement(harness: Harness) -> None:
    settings = HandoffSettings(
        approval_money_threshold=100,
        approval_money_groups=(str(FINANCE_GROUP_ID),),
        approval_money_roles=("admin",),
    )
    tid, _, _, handle, counted = await _pending(harness, settings)
    harness.approve(tid, by=ADMIN_GRACE)
    [published] = await handle(approval(tid, ADMIN_GRACE))
    resolved = published.event
    assert isinstance(resolved, ev.TicketResolved) and resolved.action is not None
    assert resolved.action.result["approved_by_role"] == "admin"
    assert "memberships" not in harness.helpdesk.reads  # the role was enough
    assert counted == ["executed"]


@hostile
async def test_helpdesk_unavailable_does_nothing_keeps_waiting_and_a_later_approval_runs(
    harness: Harness,
) -> None:
    tid, _, book, handle, counted = await _pending(harness)
    harness.approve(tid, by=AGENT_ANA)
    harness.helpdesk.fail_with = ConnectorUnavailable("helpdesk", "HTTP 503 after 3 attempts")
    assert await handle(approval(tid, AGENT_ANA)) == []
    assert_nothing_moved(harness)
    assert refusals(book, tid) == ["helpdesk_unavailable"]  # still pending, not final

    harness.helpdesk.fail_with = None
    [published] = await handle(approval(tid, AGENT_ANA, minutes=5))
    assert isinstance(published.event, ev.TicketResolved)
    assert len(harness.effects("order.refund")) == 1
    assert counted == ["helpdesk_unavailable", "executed"]


# a conversation asks again ------------------------------------------------------------------
def _later_turn(
    event: ev.TicketClassified, escalated: ev.TicketEscalated, message_id: str, minutes: int
) -> tuple[ev.TicketClassified, ev.TicketEscalated]:
    later = timedelta(minutes=minutes)
    ticket = event.ticket.model_copy(update={"message_id": message_id})
    turn = event.model_copy(
        update={
            "message_id": message_id,
            "ticket": ticket,
            "received_at": event.received_at + later,
        }
    )
    asked = escalated.model_copy(
        update={"message_id": message_id, "occurred_at": escalated.occurred_at + later}
    )
    return turn, asked


async def test_the_book_keeps_the_latest_turns_pending_action(harness: Harness) -> None:
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    assert book.remember(event, escalated) is True
    turn2, asked2 = _later_turn(event, escalated, "m2", 10)
    # a later turn that needs no approval leaves the waiting one alone
    assert book.remember(turn2, asked2.model_copy(update={"recommended_action": None})) is False
    assert book.get(tid).classified.message_id is None  # type: ignore[union-attr]
    # a later turn asking again supersedes it; this turn redelivered, or an earlier one, doesn't
    assert book.remember(turn2, asked2) is True
    assert book.remember(turn2, asked2) is False
    assert book.remember(event, escalated) is False
    entry = book.get(tid)
    assert entry is not None and entry.classified.message_id == "m2"
    assert entry.pending.requested_at == asked2.occurred_at
    # an execution in progress is never replaced
    book.put(entry.model_copy(update={"status": "executing"}))
    turn3, asked3 = _later_turn(event, escalated, "m3", 20)
    assert book.remember(turn3, asked3) is False


@hostile
async def test_a_later_turns_approval_needs_a_tag_added_after_it_was_asked(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Turn 1's approve tag stays on the ticket: it must not approve what turn 2 asks. Once an
    agent re-adds it, turn 2's action runs under turn 2's keys, with its own note."""
    tid, event, escalated = await _escalate_above_cap(harness)
    book = ApprovalBook({})
    book.remember(event, escalated)
    handle, counted = _handler(harness, book)
    harness.approve(tid, by=AGENT_ANA)
    [first] = await handle(approval(tid, AGENT_ANA))
    assert counted == ["executed"]

    turn2, asked2 = _later_turn(event, escalated, "m2", 1)
    assert book.remember(turn2, asked2) is True
    assert await handle(approval(tid, AGENT_ANA, minutes=2)) == []  # the old tag: refused
    assert refusals(book, tid) == ["approved_before_request"]
    assert [e["idempotency_key"] for e in harness.effects("order.refund")] == [
        f"{tid}:refund_order"
    ]
    [refused_note] = [n for n in notes(harness) if "approved_before_request" in n]
    assert "remove and re-add" in refused_note

    # an agent removes and re-adds the tag after turn 2 asked (the helpdesk's clock 2 min on)
    later = datetime.now(UTC) + timedelta(minutes=2)
    monkeypatch.setattr(shop_module, "_now", lambda: later.strftime("%Y-%m-%dT%H:%M:%SZ"))
    harness.untag(tid, by=AGENT_ANA)
    harness.approve(tid, by=AGENT_ANA)
    published = await handle(approval(tid, AGENT_ANA, minutes=3))
    entry = book.get(tid)
    assert entry is not None and entry.classified.message_id == "m2"
    assert counted[-1] in ("executed", "stale"), counted  # the order was refunded by turn 1
    if published:
        [resolution] = published
        assert resolution.event.event_id != first.event.event_id
    executed = [n["idempotency_key"] for n in harness.effects("helpdesk.internal_note")]
    assert f"{tid}:@m2:approval_{entry.status}" in executed, executed
