"""Customers write back (issue 21), on the real broker with all four services and the demo
store: 30 tickets the pipeline resolved on its own, then a second message on each asking an
address change, with the resolver SIGKILLed while the second messages flow. Every second
question gets its own answer or a hand-off that carries the thread, and no effect happens
twice.

The second messages arrive the way a helpdesk reports them: Zendesk's signed
``comment_added`` ticket-event webhook on the escalator's ``POST /webhooks/helpdesk``, the
requester's comment id as the message id, and some webhooks delivered twice."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator

import pytest

from supportloop.adapters.ingest.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import follow
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.core import events as ev
from supportloop.core.topics import ESCALATIONS, INBOUND
from supportloop.devtools.demo.flags import demo_flips, publish_flips
from supportloop.devtools.devstack import DevStack
from supportloop.devtools.local_broker import LocalBroker
from supportloop.settings import KafkaSettings
from tests.e2e.test_pipeline_e2e import side_effects
from tests.stacks import stack_on

pytestmark = [pytest.mark.e2e, pytest.mark.chaos]
DEMO = __import__("pathlib").Path(__file__).resolve().parents[2] / "data" / "demo"
SECOND = (
    "Thanks for the quick answer. One more thing: can you change the shipping address on "
    "that order to 12 Elm Street, Springfield, IL 62704?"
)
RESOLVED_FIRST = 30
WEBHOOK_SECRET = "conversation-secret"


@pytest.fixture
def conversation_stack(
    kafka_broker: LocalBroker, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    settings = KafkaSettings(
        bootstrap_servers=kafka_broker.bootstrap_servers, partitions=4, topic_prefix="e2e-conv."
    )
    stack = stack_on(
        settings,
        tmp_path_factory.mktemp("e2e-conv"),
        extra_env={"SUPPORTLOOP_WEBHOOK_SECRET": WEBHOOK_SECRET},
    )
    try:
        stack.start_demo_store()
        asyncio.run(publish_flips(settings, demo_flips()))
        stack.start_services()
        yield stack, settings
    finally:
        stack.stop()


def opening_messages() -> list[tuple[ev.Ticket, str]]:
    """Routine live-category tickets: not yet shipped (the address can still change) first,
    then parcels in transit (the address policy's Else branch: a person)."""
    labels = [json.loads(line) for line in (DEMO / "labels.jsonl").read_text().splitlines()]
    tickets = {
        t["id"]: ev.Ticket.model_validate(t)
        for t in map(json.loads, (DEMO / "tickets.jsonl").read_text().splitlines())
    }
    wanted = [
        ("wismo", "unshipped"), ("order_status", "unshipped"), ("order_status", "just_placed"),
        ("wismo", "in_transit"), ("order_status", "in_transit"),
    ]  # fmt: skip
    picked = [
        (tickets[label["id"]], label["scenario"])
        for kind in wanted
        for label in labels
        if (label["category"], label["scenario"]) == kind and not tickets[label["id"]].customer.vip
    ]
    return picked[:90]


async def produce(settings: KafkaSettings, events: list[ev.TicketReceived], pause: float) -> None:
    async with event_producer(settings) as producer:
        for event in events:
            await producer.send(INBOUND, event)
            await producer.flush()
            await asyncio.sleep(pause)


def escalations(settings: KafkaSettings, message_ids: set[str]) -> dict[str, ev.TicketEscalated]:
    async def read() -> dict[str, ev.TicketEscalated]:
        found: dict[str, ev.TicketEscalated] = {}
        async for read in follow(settings, [ESCALATIONS], until_end=True):
            event = read.event
            if isinstance(event, ev.TicketEscalated) and event.message_id in message_ids:
                found[event.ticket_id] = event
        return found

    return asyncio.run(read())


def requesters() -> dict[str, int]:
    seed = json.loads((DEMO / "store_seed.json").read_text())
    return {t["id"]: t["requester_id"] for t in seed["helpdesk"]["tickets"]}


def comment_added(ticket: ev.Ticket, requester: int, comment_id: str) -> dict[str, object]:
    """Zendesk's ticket event for a new comment by the requester
    (https://developer.zendesk.com/api-reference/webhooks/event-types/ticket-events/)."""
    return {
        "id": f"zen-event-{comment_id}",
        "type": "zen:event-type:ticket.comment_added",
        "account_id": 12514403,
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "zendesk_event_version": "2022-11-06",
        "subject": f"zen:ticket:{ticket.id}",
        "detail": {
            "id": ticket.id,
            "subject": ticket.subject,
            "description": ticket.body,
            "requester_id": str(requester),
            "status": "OPEN",
            "tags": [],
            "via": {"channel": "email"},
        },
        "event": {
            "comment": {
                "id": comment_id,
                "body": SECOND,
                "is_public": True,
                "author": {"id": str(requester), "is_staff": False, "name": ticket.customer.name},
            }
        },
    }


def post_webhooks(url: str, payloads: list[dict[str, object]], pause: float) -> list[int]:
    statuses = []
    for payload in payloads:
        body = json.dumps(payload).encode()
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: stamp,
            SIGNATURE_HEADER: sign(WEBHOOK_SECRET, stamp, body),
        }
        request = urllib.request.Request(url, data=body, method="POST", headers=headers)
        with urllib.request.urlopen(request, timeout=10) as response:
            statuses.append(response.status)
        time.sleep(pause)
    return statuses


def test_every_second_question_gets_an_answer_or_a_person_across_a_resolver_kill(
    conversation_stack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = conversation_stack
    started = time.monotonic()
    openings = opening_messages()
    events = [ev.TicketReceived.of(t, "test") for t, _ in openings]
    asyncio.run(produce(settings, events, 0.0))
    first = asyncio.run(
        wait_for_outcomes(settings, {t.id for t, _ in openings}, timeout_s=90, settle_s=1)
    )
    done = [(t, scenario) for t, scenario in openings
            if t.id in first.outcomes and first.outcomes[t.id].outcome == "resolved"]  # fmt: skip
    # mostly orders not shipped yet (the address can change), some already in transit
    resolved = [t for t, scenario in done if scenario != "in_transit"][: RESOLVED_FIRST - 6]
    resolved += [t for t, scenario in done if scenario == "in_transit"][:6]
    assert len(resolved) == RESOLVED_FIRST, Counter(o.outcome for o in first.outcomes.values())

    # the second message on each ticket, as the helpdesk reports it: the requester's comment,
    # its id the message id; every fifth webhook delivered twice (helpdesks retry)
    who = requesters()
    comment_ids = {t.id: str(880_001 + n) for n, t in enumerate(resolved)}
    webhooks = []
    for n, t in enumerate(resolved):
        webhooks += [comment_added(t, who[t.id], comment_ids[t.id])] * (2 if n % 5 == 0 else 1)
    escalator = stack.processes["escalator"]
    url = f"http://127.0.0.1:{escalator.port}/webhooks/helpdesk"
    statuses: list[int] = []
    # a steady pace (the demo shop's GraphQL cost bucket throttles bursts, as Shopify does)
    sender = threading.Thread(target=lambda: statuses.extend(post_webhooks(url, webhooks, 0.4)))
    sender.start()
    time.sleep(3.0)  # mid-conversation: some second messages decided, some in flight
    stack.restart("resolver", hard=True)  # SIGKILL, no graceful commit
    sender.join()
    assert statuses == [202] * len(webhooks), Counter(statuses)

    turns = {ev.turn_key(t.id, comment_ids[t.id]) for t in resolved}
    ledger = asyncio.run(wait_for_outcomes(settings, turns, timeout_s=120, settle_s=3))
    missing = turns - ledger.outcomes.keys()
    assert not missing, f"second messages silently ignored: {sorted(missing)[:5]}"
    assert ledger.conflicts == [], ledger.conflicts[:3]
    second = {t.id: ledger.outcomes[ev.turn_key(t.id, comment_ids[t.id])] for t in resolved}
    outcomes = Counter(o.outcome for o in second.values())
    assert set(outcomes) <= {"resolved", "escalated"}, outcomes
    handed = escalations(settings, set(comment_ids.values()))
    why = Counter(f"{e.reason}: {e.reasons[:1]}" for e in handed.values())
    assert outcomes["resolved"] > 0 and outcomes["escalated"] > 0, (outcomes, why)
    print(f"second messages: {dict(outcomes)}; handed off because {dict(why)}")
    for t in resolved:  # never the first turn's outcome republished
        assert second[t.id].event_id != first.outcomes[t.id].event_id
        assert second[t.id].message_id == comment_ids[t.id]

    # a hand-off carries the thread: the first turn and what the AI did on it
    for tid, o in second.items():
        if o.outcome == "escalated":
            assert any(r.startswith("thread turn 1") for r in handed[tid].reasons), handed[tid]
            assert handed[tid].facts.get("ai_turns") == 1

    effects = [e for e in side_effects(stack.store_url or "") if e["idempotency_key"]]
    keys = Counter(str(e["idempotency_key"]) for e in effects)
    assert max(keys.values()) == 1, f"an effect happened twice: {keys.most_common(3)}"
    replies = {str(e["idempotency_key"]) for e in effects if e["kind"] == "helpdesk.public_reply"}
    addresses = {str(e["idempotency_key"]) for e in effects if e["kind"] == "order.update_address"}
    notes = {str(e["idempotency_key"]) for e in effects if e["kind"] == "helpdesk.ticket_update"}
    for tid, o in second.items():
        assert f"{tid}:reply" in replies  # the first turn's answer, once
        turn = f"{tid}:@{comment_ids[tid]}"
        if o.outcome == "resolved":  # the second question's own answer, and the change
            assert f"{turn}:reply" in replies
            assert f"{turn}:update_shipping_address" in addresses
        else:  # a person got the ticket with a hand-off note of its own
            assert f"{turn}:reply" not in replies
            assert f"{turn}:handoff" in notes
    assert time.monotonic() - started < 180
