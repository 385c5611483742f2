"""Resolver + escalator on a real broker with the demo store: autonomy modes, hand-off on the
helpdesk, no AI reply after hand-off, tier-3 approvals and the helpdesk webhook."""

from __future__ import annotations

import asyncio
import json
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from supportloop.adapters.ingest.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import follow
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.core import events as ev
from supportloop.core.topics import (
    CLASSIFIED,
    ESCALATIONS,
    HANDOFFS,
    HUMAN_OUTCOMES,
    RESOLUTIONS,
    REVIEWS,
)
from supportloop.devtools.demo.flags import publish_flips
from supportloop.devtools.demo_data import generate
from supportloop.devtools.demo_data.helpdesk import AGENT_ANA, TOKENS
from supportloop.devtools.devstack import DevStack
from supportloop.devtools.local_broker import LocalBroker
from supportloop.settings import KafkaSettings
from tests.demo_picks import whole_order_ids
from tests.stacks import stack_on

pytestmark = pytest.mark.integration
PREFIX = "hoff."
SECRET = "handoff-secret"
DATA = generate()
TICKETS = {t["id"]: ev.Ticket.model_validate(t) for t in DATA.tickets}
LABELS = {label["id"]: label for label in DATA.labels}
Doc = dict[str, Any]


def pick(category: str, scenario: str, count: int) -> list[str]:
    found = [
        tid
        for tid, label in LABELS.items()
        if (label["category"], label["scenario"]) == (category, scenario)
        and not TICKETS[tid].customer.vip
    ]
    assert len(found) >= count
    return found[:count]


REFUNDS = pick("refund_request", "within_cap", 4)
# order-level refunds over the cap (tickets that name one item of the order are refunded at
# the grain of that item, within the cap: tests/unit/resolution/test_item_scope.py)
ABOVE_CAP = [
    t for t in whole_order_ids(DATA, "refund_request", "above_cap") if not TICKETS[t].customer.vip
][:2]
WISMO = pick("wismo", "in_transit", 1)
ORDER_STATUS = pick("order_status", "in_transit", 1)


@pytest.fixture(scope="module")
def hstack(
    kafka_broker: LocalBroker, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    settings = KafkaSettings(
        bootstrap_servers=kafka_broker.bootstrap_servers, partitions=2, topic_prefix=PREFIX
    )
    stack = stack_on(
        settings,
        tmp_path_factory.mktemp("handoff"),
        {
            "SUPPORTLOOP_WEBHOOK_SECRET": SECRET,
            "SUPPORTLOOP_ESCALATOR_SLA_CHECK_INTERVAL_S": "1",
            # 3 s to a first response for normal tickets: the breach shows up within the test;
            # 12 s for low ones: time for a restart between two levels (levels at 1×, 2×, 4×)
            "SUPPORTLOOP_HANDOFF_SLA_FIRST_RESPONSE_MINUTES": '{"normal": 0.05, "low": 0.2}',
        },
    )
    try:
        stack.start_demo_store()
        asyncio.run(publish_flips(settings, [flip("order_status", "paused", "shadow")]))
        stack.start_services(("resolver", "escalator"))
        yield stack, settings
    finally:
        stack.stop()


def flip(category: str, mode: str, previous: str) -> ev.AutonomyModeChanged:
    return ev.AutonomyModeChanged.flip(
        f"test-flip:{category}:{mode}:{time.time_ns()}",
        category,
        mode,  # type: ignore[arg-type]
        by="test",
        reason="integration test",
        previous=previous,  # type: ignore[arg-type]
        at=ev.utcnow(),
    )


def classified(ticket_id: str) -> ev.TicketClassified:
    ticket = TICKETS[ticket_id]
    return ev.TicketClassified(
        event_id=ev.derive_event_id(ticket_id, ev.IdStage.CLASSIFIED),
        ticket_id=ticket_id,
        ticket=ticket,
        received_at=datetime.now(UTC),
        category=LABELS[ticket_id]["category"],
        tier=2,
        confidence=0.95,
        escalate=False,
        classifier="test",
        model_version="test",
    )


def send_tickets(settings: KafkaSettings, ids: list[str]) -> None:
    async def send() -> None:
        async with event_producer(settings) as producer:
            for tid in ids:
                await producer.send_and_wait(CLASSIFIED, classified(tid))

    asyncio.run(send())


def outcomes(settings: KafkaSettings, ids: list[str]) -> dict[str, str]:
    ledger = asyncio.run(wait_for_outcomes(settings, set(ids), timeout_s=45))
    return {t: o.outcome for t, o in ledger.outcomes.items() if t in ids}


def wait_for_event(
    settings: KafkaSettings, topic: Any, match: Callable[[ev.Event], bool], timeout_s: float = 30
) -> ev.Event:
    async def find() -> ev.Event:
        async for read in follow(settings, [topic]):
            if read.event is not None and match(read.event):
                return read.event
        raise AssertionError("unreachable")

    return asyncio.run(asyncio.wait_for(find(), timeout_s))


def events_on(settings: KafkaSettings, topic: Any, ticket_id: str) -> list[ev.Event]:
    async def read() -> list[ev.Event]:
        return [
            r.event
            async for r in follow(settings, [topic], until_end=True)
            if r.event is not None and r.event.ticket_id == ticket_id
        ]

    return asyncio.run(read())


def http(url: str, body: bytes | None = None, method: str = "GET", **headers: str) -> Any:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def effects_for(stack: DevStack, ticket_id: str) -> list[Doc]:
    _, body = http(f"{stack.store_url}/_demo/side-effects")
    return [
        e
        for e in body["side_effects"]
        if str(e["idempotency_key"] or "").startswith(f"{ticket_id}:") or e["target"] == ticket_id
    ]


def helpdesk_ticket(stack: DevStack, ticket_id: str) -> Doc:
    _, body = http(f"{stack.store_url}/api/v2/tickets/{ticket_id}.json")
    ticket: Doc = body["ticket"]
    return ticket


def webhook(stack: DevStack, payload: Doc, secret: str | None = SECRET) -> tuple[int, Doc]:
    body = json.dumps(payload).encode()
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        stamp = str(int(time.time()))
        headers |= {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: sign(secret, stamp, body)}
    port = stack.processes["escalator"].port
    result: tuple[int, Doc] = http(
        f"http://127.0.0.1:{port}/webhooks/helpdesk", body, "POST", **headers
    )
    return result


def zendesk(hook_id: str, kind: str, ticket_id: str, event: Doc, actor: str = "901") -> Doc:
    return {
        "id": hook_id,
        "type": f"zen:event-type:ticket.{kind}",
        "time": datetime.now(UTC).isoformat(),
        "subject": f"zen:ticket:{ticket_id}",
        "detail": {"id": ticket_id, "actor_id": actor},
        "event": event,
    }


def metric(stack: DevStack, service: str, name: str, labels: str = "") -> float:
    """The sum of a metric's samples over all its labels (those containing ``labels``)."""
    port = stack.processes[service].port
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    pattern = rf"^{re.escape(name)}(?:{{([^}}]*)}})? ([0-9.e+]+)$"
    return sum(float(v) for seen, v in re.findall(pattern, text, re.MULTILINE) if labels in seen)


def tag_as(stack: DevStack, ticket_id: str, user_id: int, tag: str) -> None:
    """A person adds a tag on the helpdesk ticket, authenticated as themselves."""
    status, _ = http(
        f"{stack.store_url}/api/v2/tickets/{ticket_id}/tags.json",
        json.dumps({"tags": [tag]}).encode(),
        "PUT",
        **{
            "Content-Type": "application/json",
            "Authorization": f"Bearer {TOKENS[user_id]}",
            "Idempotency-Key": f"test:{ticket_id}:{tag}:{user_id}",
        },
    )
    assert status == 200


def eventually(check: Callable[[], bool], timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.3)


def test_shadow_and_paused_only_post_internal_notes(
    hstack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = hstack
    ids = [REFUNDS[0], WISMO[0], ORDER_STATUS[0]]  # shadow, shadow, paused
    send_tickets(settings, ids)
    assert outcomes(settings, ids) == {tid: "drafted" for tid in ids}
    modes = {
        e.ticket_id: e.mode
        for tid in ids
        for e in events_on(settings, RESOLUTIONS, tid)
        if isinstance(e, ev.TicketResolved)
    }
    assert modes == {REFUNDS[0]: "shadow", WISMO[0]: "shadow", ORDER_STATUS[0]: "paused"}
    for tid in ids:
        assert [e["kind"] for e in effects_for(stack, tid)] == ["helpdesk.internal_note"]


def test_flip_to_live_changes_behaviour_without_a_restart(
    hstack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = hstack
    resolver = stack.processes["resolver"].process
    assert resolver is not None
    pid = resolver.pid
    send_tickets(settings, [REFUNDS[1]])
    assert outcomes(settings, [REFUNDS[1]]) == {REFUNDS[1]: "drafted"}
    asyncio.run(publish_flips(settings, [flip("refund_request", "live", "shadow")]))
    time.sleep(1.5)  # every resolver follows the config topic
    send_tickets(settings, [REFUNDS[2]])
    assert outcomes(settings, [REFUNDS[2]]) == {REFUNDS[2]: "resolved"}
    assert [e["kind"] for e in effects_for(stack, REFUNDS[1])] == ["helpdesk.internal_note"]
    assert [e["kind"] for e in effects_for(stack, REFUNDS[2])] == [
        "order.refund",
        "helpdesk.public_reply",
    ]
    assert resolver.pid == pid and resolver.poll() is None


def test_no_ai_reply_on_a_ticket_tagged_as_handed_off(
    hstack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = hstack
    tid = REFUNDS[3]  # refund_request is live since the previous test
    status, _ = http(
        f"{stack.store_url}/api/v2/tickets/{tid}/tags.json",
        json.dumps({"tags": ["supportloop_handoff"]}).encode(),
        "PUT",
        **{"Content-Type": "application/json", "Idempotency-Key": f"test:{tid}"},
    )
    assert status == 200
    send_tickets(settings, [tid])
    assert outcomes(settings, [tid]) == {tid: "escalated"}
    [escalated] = events_on(settings, ESCALATIONS, tid)
    assert isinstance(escalated, ev.TicketEscalated)
    assert (escalated.reason, escalated.recommended_action) == ("handed_off", "refund_order")
    kinds = [e["kind"] for e in effects_for(stack, tid)]
    assert "helpdesk.public_reply" not in kinds and "order.refund" not in kinds
    assert not [c for c in helpdesk_ticket(stack, tid)["comments"] if c["public"]]


def test_hand_off_note_approval_executes_once_and_rejection_nothing(
    hstack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = hstack
    approved, rejected = ABOVE_CAP
    send_tickets(settings, [approved, rejected])
    assert outcomes(settings, [approved, rejected]) == {
        approved: "escalated",
        rejected: "escalated",
    }

    doc = helpdesk_ticket(stack, approved)
    [note] = [c["body"] for c in doc["comments"] if "SupportLoop hand-off" in c["body"]]
    assert "queue: tier3_approval" in note and "**Recommended action:** refund_order" in note
    assert "| refund_amount |" in note and "**Draft reply** (not sent):" in note
    assert {"supportloop_handoff", "supportloop_queue_tier3_approval"} <= set(doc["tags"])

    approve = {"tags_added": ["supportloop_approve"]}
    # A correctly signed webhook claiming an approval nobody made on the helpdesk: nothing.
    forged = zendesk("hook-f1", "tags_changed", approved, approve, actor="424242")
    assert webhook(stack, forged)[0] == 202
    eventually(
        lambda: metric(stack, "resolver", "supportloop_approvals_total", "tag_not_on_ticket") >= 1
    )
    assert not {"order.refund", "helpdesk.public_reply"} & {
        e["kind"] for e in effects_for(stack, approved)
    }
    # A real one: an agent adds the tag on the ticket, then the helpdesk's webhook arrives.
    tag_as(stack, approved, AGENT_ANA, "supportloop_approve")
    ana = str(AGENT_ANA)
    assert webhook(stack, zendesk("hook-a1", "tags_changed", approved, approve, ana))[0] == 202
    assert webhook(stack, zendesk("hook-a2", "tags_changed", approved, approve, ana))[0] == 202
    reject = {"tags_added": ["supportloop_reject"]}
    assert webhook(stack, zendesk("hook-r1", "tags_changed", rejected, reject))[0] == 202

    resolved = wait_for_event(
        settings,
        RESOLUTIONS,
        lambda e: e.event_id == ev.derive_event_id(approved, ev.IdStage.APPROVED),
    )
    assert isinstance(resolved, ev.TicketResolved) and resolved.action is not None
    assert (resolved.mode, resolved.outcome, resolved.action.name) == (
        "live",
        "resolved",
        "refund_order",
    )
    assert resolved.action.result["approved_by"] == str(AGENT_ANA)
    assert resolved.action.result["approved_by_role"] == "agent"
    eventually(lambda: metric(stack, "resolver", "supportloop_approvals_total") >= 4)
    kinds = [e["kind"] for e in effects_for(stack, approved)]
    assert kinds.count("order.refund") == 1 and kinds.count("helpdesk.public_reply") == 1
    [refund] = [e for e in effects_for(stack, approved) if e["kind"] == "order.refund"]
    assert refund["idempotency_key"] == f"{approved}:refund_order"
    assert {e["kind"] for e in effects_for(stack, rejected)} <= {
        "helpdesk.internal_note",
        "helpdesk.ticket_update",  # the hand-off: note, tags and assignee in one update
        "helpdesk.tags",
    }

    outcomes_seen = [e for e in events_on(settings, HUMAN_OUTCOMES, approved)]
    assert [getattr(e, "kind", None) for e in outcomes_seen] == ["approval"] * 3
    notes = [c["body"] for c in helpdesk_ticket(stack, approved)["comments"] if not c["public"]]
    assert any("not executed (tag_not_on_ticket)" in n for n in notes)
    assert any(f"approved by user {AGENT_ANA} (agent)" in n for n in notes)
    review = wait_for_event(
        settings, REVIEWS, lambda e: e.ticket_id == rejected and e.type == "escalation.reviewed"
    )
    assert isinstance(review, ev.EscalationReviewed) and review.same_action is False

    # nobody answered: the 3 s first-response SLA is breached and re-notified on the ticket
    eventually(
        lambda: any("SLA breach" in c["body"] for c in helpdesk_ticket(stack, rejected)["comments"])
    )
    assert "supportloop_sla_breached" in helpdesk_ticket(stack, rejected)["tags"]


def sla_levels(settings: KafkaSettings, ticket_id: str) -> list[int]:
    """notified_level of every record of the ticket in the escalator's SLA changelog (its
    entries stamped with the time of the write: ``supportloop.core.state_lifetime``)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    from supportloop.adapters.kafka.connection import aiokafka_kwargs
    from supportloop.core.state_lifetime import payload
    from supportloop.core.topology import ESCALATOR

    (topic,) = [
        t for t in ESCALATOR.changelog_topics(PREFIX) if t.endswith("-escalator-sla-changelog")
    ]

    async def read() -> list[int]:
        consumer = AIOKafkaConsumer(enable_auto_commit=False, **aiokafka_kwargs(settings))
        await consumer.start()
        try:
            ids = consumer.partitions_for_topic(topic)
            if ids is None:
                await consumer._client.force_metadata_update()
                ids = consumer.partitions_for_topic(topic)
            partitions = [TopicPartition(topic, p) for p in ids or ()]
            if not partitions:
                return []
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            levels: list[int] = []

            async def behind() -> bool:
                return any([await consumer.position(tp) < end for tp, end in ends.items()])

            while await behind():
                for records in (await consumer.getmany(timeout_ms=1000)).values():
                    levels += [
                        json.loads(payload(r.value))["notified_level"]
                        for r in records
                        if r.key == ticket_id.encode() and r.value is not None
                    ]
            return levels
        finally:
            await consumer.stop()

    return asyncio.run(read())


def test_helpdesk_webhook_publishes_outcomes_and_refuses_bad_input(
    hstack: tuple[DevStack, KafkaSettings],
) -> None:
    stack, settings = hstack
    drafted = REFUNDS[0]  # drafted in shadow by the first test
    [draft] = [
        e for e in events_on(settings, RESOLUTIONS, drafted) if isinstance(e, ev.TicketResolved)
    ]
    comment = {"comment": {"body": draft.reply, "is_public": True,
                           "author": {"id": "901", "is_staff": True, "name": "Ana"}}}  # fmt: skip
    status, body = webhook(stack, zendesk("hook-c1", "comment_added", drafted, comment))
    assert (status, body["kind"]) == (202, "agent_reply")
    outcome = wait_for_event(settings, HUMAN_OUTCOMES, lambda e: e.ticket_id == drafted)
    assert isinstance(outcome, ev.HumanOutcome)
    assert (outcome.kind, outcome.agent, outcome.reply) == ("agent_reply", "Ana", draft.reply)
    review = wait_for_event(
        settings, REVIEWS, lambda e: e.ticket_id == drafted and e.type == "draft.reviewed"
    )
    assert isinstance(review, ev.DraftReviewed) and review.verdict == "sent_as_is"

    hook = zendesk("hook-x", "comment_added", drafted, comment)
    assert webhook(stack, hook, secret=None)[0] == 401
    assert webhook(stack, hook, secret="wrong")[0] == 401
    stamp = str(int(time.time()))
    port = stack.processes["escalator"].port
    bad = b"{not json"
    status, _ = http(
        f"http://127.0.0.1:{port}/webhooks/helpdesk", bad, "POST",
        **{TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: sign(SECRET, stamp, bad)},
    )  # fmt: skip
    assert status == 400
    assert webhook(stack, {"type": "zen:event-type:user.created", "id": "u"})[0] == 422
    status, body = webhook(stack, zendesk("hook-n", "comment_added", drafted, {}))
    assert (status, body["accepted"]) == (202, False)


SLA_TICKET = pick("wismo", "in_transit", 3)[2]


def test_a_restarted_escalator_sends_no_sla_level_twice(
    hstack: tuple[DevStack, KafkaSettings],
) -> None:
    """The level sent lives in the escalator's SLA table: killed right after level 1 and
    back within the same level, it sends level 1 no second time (the strict store keeps
    every note), then level 2 when it is due."""
    stack, settings = hstack
    handed = ev.TicketHandedOff(
        event_id=f"sla-restart:{time.time_ns()}",
        ticket_id=SLA_TICKET,
        category="wismo",
        queue="general",
        priority="low",
        reason="test",
        recommended_action="send_tracking",
        received_at=ev.utcnow(),
        latency_ms=1.0,
    )

    async def send() -> None:
        async with event_producer(settings) as producer:
            await producer.send_and_wait(HANDOFFS, handed)

    asyncio.run(send())

    def level_notes(level: int) -> int:
        comments = helpdesk_ticket(stack, SLA_TICKET)["comments"]
        return sum(f"SLA breach** (level {level})" in c["body"] for c in comments)

    eventually(lambda: level_notes(1) == 1, timeout_s=40)
    eventually(lambda: max(sla_levels(settings, SLA_TICKET), default=0) >= 1)
    stack.restart("escalator", hard=True)  # SIGKILL, then back and healthy
    eventually(lambda: level_notes(2) == 1, timeout_s=40)
    assert level_notes(1) == 1
    assert max(sla_levels(settings, SLA_TICKET)) == 2
