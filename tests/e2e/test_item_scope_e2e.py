"""Item-level requests end to end (issue 23): the bundled item-scope demo tickets through the
classifier, resolver, escalator and metrics services on a real broker and the strict demo
store. No automated action goes beyond what the customer named, whole-order requests still
automate, each recorded refund equals the named items' value, and the hand-off over the cap
recommends the named item's refund and amount."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from collections.abc import Iterator

import pytest

from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import follow
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.core import events as ev
from supportloop.core.topics import INBOUND, TERMINAL_TOPICS
from supportloop.devtools.demo_data import generate
from supportloop.devtools.demo_data.phrasing import ITEM_SCOPE_TICKETS
from supportloop.devtools.devstack import DevStack
from supportloop.devtools.local_broker import LocalBroker
from supportloop.settings import KafkaSettings
from tests.stacks import demo_pipeline

pytestmark = pytest.mark.e2e
SCENARIOS = {(category, scenario) for category, scenario, *_ in ITEM_SCOPE_TICKETS}
# (category, scenario) -> the action taken, or ("escalated", recommended action)
EXPECTED: dict[tuple[str, str], str | tuple[str, str]] = {
    ("refund_request", "one_item"): "refund_line_items",
    ("refund_request", "one_unit"): "refund_line_items",
    ("refund_request", "named_within_cap"): "refund_line_items",
    ("refund_request", "item_above_cap"): ("escalated", "refund_line_items"),
    ("refund_request", "vague_amount"): "ask_scope_question",
    ("refund_request", "unknown_item"): "ask_scope_question",
    ("refund_request", "ambiguous_item"): "ask_scope_question",
    ("refund_request", "whole_order"): "refund_order",
    ("cancellation", "keep_the_rest"): "remove_line_item",
    ("cancellation", "just_one_ship_rest"): "remove_line_item",
    ("cancellation", "vague_amount"): "ask_scope_question",
    ("return_request", "one_item"): "create_return",
}
REFUNDED = {  # the named items' value, discounts allocated (or the order's, when it is meant)
    ("refund_request", "one_item"): "26.00",
    ("refund_request", "one_unit"): "22.00",
    ("refund_request", "named_within_cap"): "68.00",
    ("refund_request", "whole_order"): "40.00",
}


@pytest.fixture
def stack(
    kafka_broker: LocalBroker, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    settings = KafkaSettings(
        bootstrap_servers=kafka_broker.bootstrap_servers, partitions=2, topic_prefix="e2e-scope."
    )
    with demo_pipeline(settings, tmp_path_factory.mktemp("scope")) as dev:
        yield dev, settings


def _effects(url: str) -> list[dict[str, object]]:
    with urllib.request.urlopen(f"{url}/_demo/side-effects", timeout=10) as response:
        effects: list[dict[str, object]] = json.loads(response.read())["side_effects"]
    return effects


async def _outcomes(settings: KafkaSettings, ids: set[str]) -> dict[str, ev.EventBase]:
    found: dict[str, ev.EventBase] = {}
    async for read in follow(settings, TERMINAL_TOPICS, until_end=True):
        if read.event is not None and read.event.ticket_id in ids:
            found.setdefault(read.event.ticket_id, read.event)
    return found


def test_item_level_requests_do_exactly_what_was_asked(
    stack: tuple[DevStack, KafkaSettings],
) -> None:
    dev, settings = stack
    data = generate()
    labels = {label["id"]: (label["category"], label["scenario"]) for label in data.labels}
    tickets = [t for t in data.tickets if labels[t["id"]] in SCENARIOS and t["id"] > "DEMO-0650"]
    assert len(tickets) == len(ITEM_SCOPE_TICKETS)

    async def produce() -> None:
        async with event_producer(settings) as producer:
            for ticket in tickets:
                await producer.send(
                    INBOUND, ev.TicketReceived.of(ev.Ticket.model_validate(ticket), "test")
                )

    asyncio.run(produce())
    ids = {str(t["id"]) for t in tickets}
    ledger = asyncio.run(wait_for_outcomes(settings, ids, timeout_s=180, settle_s=2))
    assert ids <= ledger.outcomes.keys(), ids - ledger.outcomes.keys()
    assert ledger.conflicts == []
    events = asyncio.run(_outcomes(settings, ids))

    effects = _effects(dev.store_url or "")
    for tid in sorted(ids):
        key = labels[tid]
        event, expected = events[tid], EXPECTED[key]
        mine = [e for e in effects if str(e["idempotency_key"]).startswith(f"{tid}:")]
        if isinstance(expected, tuple):
            assert isinstance(event, ev.TicketHandedOff), (tid, key, event)
            assert event.recommended_action == expected[1], (tid, key)
            # the hand-off: one ticket update carrying the note for the agents
            [handoff] = [e for e in effects if e["idempotency_key"] == f"{tid}:handoff"]
            body = json.dumps(handoff["payload"])
            # the jacket's refund and amount, not the $207.00 order's
            assert "refund_line_items" in body and "$189.00" in body and "$207.00" not in body
            assert "Waxed Field Jacket" in body
        else:
            assert isinstance(event, ev.TicketResolved), (tid, key, event)
            assert event.action is not None and event.action.name == expected, (tid, key)
            assert (event.mode, event.action.verified) == ("live", True), (tid, key, event.outcome)
        kinds = sorted(str(e["kind"]) for e in mine)
        assert "order.cancel" not in kinds, (tid, kinds)  # nobody asked to cancel an order
        refunds = [e for e in mine if e["kind"] == "order.refund"]
        if key in REFUNDED:
            [refund] = refunds
            result = refund["result"]
            assert isinstance(result, dict) and result["refund"]["amount"] == REFUNDED[key]
            assert isinstance(event, ev.TicketResolved) and f"${REFUNDED[key]}" in event.reply
        else:
            assert refunds == [], (tid, key)
        if expected == "ask_scope_question":
            assert kinds == ["helpdesk.public_reply"], (tid, kinds)
        if expected == "remove_line_item":
            assert kinds.count("order.edit") == 1, (tid, kinds)
