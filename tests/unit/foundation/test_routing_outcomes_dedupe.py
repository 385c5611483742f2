from collections.abc import Sequence

import pytest

from supportloop.adapters.runtime.dedupe import OnceByTicket, decode_outputs, encode_outputs
from supportloop.adapters.runtime.stage import Publish
from supportloop.core import events as ev
from supportloop.core.outcomes import OutcomeLedger, RecentIds, TerminalOutcome
from supportloop.core.routing import Route, recommended_action_for, route_escalation
from supportloop.core.topics import CLASSIFIED
from tests.unit.foundation.fakes import received


@pytest.mark.parametrize(
    ("reasons", "category", "tier", "vip", "route"),
    [
        (("legal:lawyer",), "legal", 4, True, Route("legal", "urgent")),
        (("vip",), "wismo", 1, True, Route("vip", "high")),
        (
            ("business_inquiry:wholesale",),
            "business_inquiry",
            4,
            False,
            Route("business", "normal"),
        ),
        (("approval_required",), "refund_request", 2, False, Route("tier3_approval", "normal")),
        (("upset_customer",), "complaint", 3, False, Route("tier3_approval", "high")),
        (("human_request",), "human_request", 4, False, Route("general", "high")),
        (("no_policy",), "billing", 2, False, Route("general", "normal")),
    ],
)
def test_escalations_are_routed_by_reason(
    reasons: tuple[str, ...], category: str, tier: int, vip: bool, route: Route
) -> None:
    assert route_escalation(reasons, category, tier, vip) == route


def test_recommendations_follow_the_first_known_reason() -> None:
    assert recommended_action_for(("odd", "human_request"), "other", 4).startswith(
        "assign_to_agent"
    )
    assert recommended_action_for((), "sizing_fit", 3) == "human_review: tier 3 category sizing_fit"


def test_ledger_absorbs_redeliveries_and_reports_conflicts() -> None:
    ledger = OutcomeLedger()
    first = TerminalOutcome("T-1", "e1", "wismo", "resolved", 10.0)
    ledger.observe(first)
    ledger.observe(first)
    ledger.observe(TerminalOutcome("T-1", "e2", "wismo", "escalated", 12.0))
    ledger.observe(TerminalOutcome("T-2", "e3", "unknown", "dead_lettered", None))
    assert ledger.redeliveries == 1
    assert [(a.event_id, b.event_id) for a, b in ledger.conflicts] == [("e1", "e2")]
    assert ledger.summary({"T-2": "billing"}) == {
        "wismo": {"resolved": 1},
        "billing": {"dead_lettered": 1},
    }


def test_recent_ids_is_bounded() -> None:
    ids = RecentIds(capacity=2)
    assert ids.add("a") and ids.add("b") and not ids.add("a")
    assert ids.add("c")  # evicts b, the least recently seen
    assert ids.add("b")


async def test_once_by_ticket_republishes_the_first_decision() -> None:
    calls: list[str] = []
    duplicates: list[int] = []

    async def decide(event: ev.Event) -> Sequence[Publish]:
        calls.append(event.ticket_id)
        return [Publish(CLASSIFIED, event)]  # type: ignore[arg-type]

    seen: dict[bytes, bytes] = {}
    handle = OnceByTicket(seen, lambda: duplicates.append(1)).wrap(decide)
    first = await handle(received("T-1"))
    again = await handle(received("T-1"))
    assert calls == ["T-1"] and duplicates == [1]
    assert [p.event for p in again] == [p.event for p in first]
    assert decode_outputs(encode_outputs(first))[0].topic is CLASSIFIED


async def test_the_same_ticket_twice_in_one_concurrent_batch_is_decided_once() -> None:
    import asyncio

    calls: list[str] = []

    async def slow(event: ev.Event) -> Sequence[Publish]:
        calls.append(event.ticket_id)
        await asyncio.sleep(0.01)
        return [Publish(CLASSIFIED, event)]  # type: ignore[arg-type]

    handle = OnceByTicket({}).wrap(slow)
    first, second = await asyncio.gather(handle(received("T-1")), handle(received("T-1")))
    assert calls == ["T-1"]
    assert [p.event for p in first] == [p.event for p in second]


async def test_outputs_are_released_only_after_the_decision_is_durable() -> None:
    log: list[str] = []
    seen: dict[bytes, bytes] = {}

    async def decide(event: ev.Event) -> Sequence[Publish]:
        log.append("decided")
        return [Publish(CLASSIFIED, event)]  # type: ignore[arg-type]

    async def persist() -> None:
        log.append(f"persisted {sorted(seen)}")

    outputs = await OnceByTicket(seen, persist=persist).wrap(decide)(received("T-1"))
    log.append("published")
    assert log == ["decided", "persisted [b'T-1']", "published"] and len(outputs) == 1


def test_an_approved_action_after_hand_off_is_a_follow_up_not_a_conflict() -> None:
    from supportloop.core import events as events_module

    ledger = OutcomeLedger()
    ledger.observe(TerminalOutcome("T-9", "h1", "refund_request", "escalated", 5.0))
    approved = TerminalOutcome(
        "T-9",
        events_module.derive_event_id("T-9", events_module.IdStage.APPROVED),
        "refund_request",
        "resolved",
        9.0,
    )
    ledger.observe(approved)
    ledger.observe(approved)
    assert ledger.conflicts == [] and ledger.approvals == [approved] and ledger.redeliveries == 1
    assert ledger.outcomes["T-9"].outcome == "escalated"
