"""Connectors and the workflow against the running demo store (no Kafka: default run)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from supportloop.adapters.connectors import (
    AccountActions,
    ConnectorRejected,
    ConnectorUnavailable,
    RechargeSubscriptions,
    RetryPolicy,
    ShopifyCommerce,
    ZendeskHelpdesk,
)
from supportloop.adapters.wiring import build_workflow
from supportloop.core.events import Ticket, TicketClassified, TicketEscalated, TicketResolved
from supportloop.core.resolution import InMemoryLedger, ResolverSettings
from supportloop.devtools.demo_store import start_demo_store_in_thread

REPO = Path(__file__).resolve().parents[3]


def _serve(tmp_path: Path, strict_idempotency: bool = False) -> Iterator[str]:
    url, stop = start_demo_store_in_thread(
        db_path=tmp_path / "store.db", strict_idempotency=strict_idempotency
    )
    try:
        yield url
    finally:
        stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[str]:
    yield from _serve(tmp_path)


@pytest.fixture
def strict_store(tmp_path: Path) -> Iterator[str]:
    """A store that, like Zendesk and most of Shopify, absorbs no repeated idempotency key."""
    yield from _serve(tmp_path, strict_idempotency=True)


def _effects(url: str) -> list[dict[str, object]]:
    return list(httpx.get(f"{url}/_demo/side-effects").json()["side_effects"])


def _fault(url: str, count: int) -> None:
    httpx.post(f"{url}/_demo/faults", json={"prefix": "/admin", "status": 503, "count": count})


def _tickets() -> dict[str, tuple[Ticket, dict[str, str]]]:
    labels = {
        json.loads(line)["id"]: json.loads(line)
        for line in (REPO / "data/demo/labels.jsonl").read_text().splitlines()
    }
    out = {}
    for line in (REPO / "data/demo/tickets.jsonl").read_text().splitlines():
        ticket = Ticket.model_validate_json(line)
        out[ticket.id] = (ticket, labels[ticket.id])
    return out


def _classified(ticket: Ticket, category: str) -> TicketClassified:
    return TicketClassified(
        event_id=f"c-{ticket.id}", ticket_id=ticket.id, ticket=ticket,
        received_at=datetime.now(UTC), category=category, tier=1, confidence=0.9,
        escalate=False, classifier="test", model_version="test",
    )  # fmt: skip


def test_starts_fast_and_answers_health(tmp_path: Path) -> None:
    started = time.perf_counter()
    url, stop = start_demo_store_in_thread(db_path=tmp_path / "s.db")
    try:
        assert time.perf_counter() - started < 2.0
        assert httpx.get(f"{url}/health").json() == {"status": "ok"}
    finally:
        stop()


async def test_connector_happy_paths(store: str) -> None:
    commerce = ShopifyCommerce(store)
    helpdesk = ZendeskHelpdesk(store)
    subs = RechargeSubscriptions(f"{store}/recharge")
    accounts = AccountActions(f"{store}/accounts")
    order = await commerce.get_order("1001")
    assert order is not None and order["name"] == "#1001"
    assert await commerce.get_order("424242") is None
    latest = await commerce.latest_order_for(order["email"])
    assert latest is not None and latest["email"] == order["email"]
    await helpdesk.public_reply("T-9", "Hello!", "T-9:reply")
    await helpdesk.internal_note("T-9", "draft", "T-9:note")
    await helpdesk.add_tags("T-9", ["carrier_check"], "T-9:tags")
    ticket = await helpdesk.get_ticket("T-9")
    assert ticket is not None
    assert [c["public"] for c in ticket["comments"]] == [True, False]
    assert ticket["tags"] == ["carrier_check"]
    subscriber = await subs.subscriptions_for("nobody@example.com")
    assert subscriber == []
    account = await accounts.get_account(order["email"])
    assert account is not None and account["password_resets"] == 0
    await accounts.send_password_reset(order["email"], "T-9:reset")
    assert (await accounts.get_account(order["email"]) or {})["password_resets"] == 1
    kinds = [e["kind"] for e in _effects(store)]
    assert kinds == [
        "helpdesk.public_reply", "helpdesk.internal_note", "helpdesk.tags",
        "account.password_reset",
    ]  # fmt: skip
    for client in (commerce, helpdesk, subs, accounts):
        await client.aclose()


async def test_the_recharge_connector_changes_a_subscription_on_the_demo_store(
    strict_store: str,
) -> None:
    """Every subscription action over Recharge's 2021-11 calls, read back the way the
    resolver verifies it; a pause is refused without reaching the store."""
    subs = RechargeSubscriptions(f"{strict_store}/recharge")
    [sub] = await subs.subscriptions_for("elliot.hoffman147@example.co.uk")
    assert (sub["id"], sub["status"], sub["next_charge_scheduled_at"]) == (
        30001, "active", "2025-06-18")  # fmt: skip
    await subs.skip_next("30001", "T-1:skip_next_charge")
    assert (await subs.get_subscription("30001") or {})["next_charge_scheduled_at"] == "2025-07-16"
    await subs.set_next_charge_date("30001", "2025-09-01", "T-2:delay_subscription")
    await subs.swap("30001", "FH-COF-HOUSE", "T-3:swap_subscription_product")
    await subs.set_frequency("30001", 6, "T-4:change_subscription_frequency")
    after = await subs.get_subscription("30001") or {}
    assert (after["next_charge_scheduled_at"], after["sku"], after["product_title"]) == (
        "2025-09-01", "FH-COF-HOUSE", "House Blend Coffee 1 lb")  # fmt: skip
    assert (after["order_interval_frequency"], after["order_interval_unit"]) == (6, "week")
    with pytest.raises(ConnectorRejected):
        await subs.swap("30001", "FH-TEE-ORG", "T-5:swap")  # not subscribable
    with pytest.raises(ConnectorRejected):
        await subs.pause("30001", "T-6:pause_subscription")
    kinds = [e["kind"] for e in _effects(strict_store)]
    assert kinds == ["subscription.skip", "subscription.set_next_charge_date",
                     "subscription.swap", "subscription.frequency"]  # fmt: skip
    await subs.aclose()


async def test_one_ticket_update_carries_note_tags_and_assignee_once(store: str) -> None:
    helpdesk = ZendeskHelpdesk(store)
    before = len(_effects(store))
    for _ in range(2):  # a redelivered hand-off: the same idempotency key
        await helpdesk.update_ticket(
            "T-8", "T-8:handoff", note="hand-off", tags=["supportloop_handoff"], assignee_id=5
        )
    ticket = await helpdesk.get_ticket("T-8")
    assert ticket is not None
    assert [(c["body"], c["public"]) for c in ticket["comments"]] == [("hand-off", False)]
    assert ("supportloop_handoff" in ticket["tags"], ticket["assignee_id"]) == (True, 5)
    added = _effects(store)[before:]
    assert [(e["kind"], e["idempotency_key"]) for e in added] == [
        ("helpdesk.ticket_update", "T-8:handoff")
    ]
    await helpdesk.aclose()


def test_a_public_reply_may_add_tags_but_never_assign_or_remove(store: str) -> None:
    """A reply tags its ticket in the same update (SupportLoop's own reply tags); a combined
    update that also assigns, regroups or removes tags carries an internal note only."""
    url = f"{store}/api/v2/tickets/T-7.json"
    reply = {"comment": {"body": "hi", "public": True}, "additional_tags": ["x"]}
    tagged = httpx.put(url, json={"ticket": reply})
    assert tagged.status_code == 200 and "x" in tagged.json()["ticket"]["tags"]
    for extra in ({"assignee_id": 1}, {"remove_tags": ["x"]}):
        response = httpx.put(url, json={"ticket": {**reply, **extra}})
        assert response.status_code == 400
        assert "internal note" in response.json()["errors"]


async def test_injected_faults_are_retried_then_escalated_by_the_workflow(store: str) -> None:
    _fault(store, 2)
    commerce = ShopifyCommerce(store, retry=RetryPolicy(attempts=3, backoff_s=0.0))
    found = await commerce.get_order("1001")  # third attempt succeeds
    assert (found or {})["id"] == "gid://shopify/Order/1001"
    _fault(store, 3)
    with pytest.raises(ConnectorUnavailable):
        await commerce.get_order("1001")
    await commerce.aclose()


async def test_workflow_refunds_cancels_updates_and_replies_exactly_once(
    strict_store: str,
) -> None:
    store = strict_store
    settings = ResolverSettings(retry_backoff_s=0.0)
    workflow = build_workflow(
        store, REPO / "policies", REPO / "knowledge_base", InMemoryLedger(), settings=settings
    )
    tickets = _tickets()
    wanted = {
        ("refund_request", "within_cap"): "order.refund",
        ("cancellation", "before_fulfilment"): "order.cancel",
        ("address_change", "before_fulfilment"): "order.update_address",
    }
    chosen = []
    for (category, scenario), kind in wanted.items():
        tid = next(
            t for t, (ticket, label) in tickets.items()
            if (label["category"], label["scenario"]) == (category, scenario)
            and not ticket.customer.vip
        )  # fmt: skip
        chosen.append((tid, category, kind))
    for _ in range(2):  # the second pass is a redelivery
        for tid, category, _kind in chosen:
            [event] = await workflow.handle(_classified(tickets[tid][0], category), "live")
            assert isinstance(event, TicketResolved)
            assert event.action is not None and event.action.verified
    effects = _effects(store)
    for tid, _category, kind in chosen:
        assert len([e for e in effects if e["kind"] == kind]) == 1
        replies = [
            e for e in effects if e["kind"] == "helpdesk.public_reply" and e["target"] == tid
        ]
        assert len(replies) == 1
    # a restarted resolver (empty ledger) still does not act again
    fresh = build_workflow(
        store, REPO / "policies", REPO / "knowledge_base", InMemoryLedger(), settings=settings
    )
    for tid, category, _kind in chosen:
        await fresh.handle(_classified(tickets[tid][0], category), "live")
    assert len(_effects(store)) == len(effects)


async def test_read_only_settings_refuse_writes(store: str) -> None:
    workflow = build_workflow(
        store, REPO / "policies", REPO / "knowledge_base", InMemoryLedger(),
        settings=ResolverSettings(read_only=True, retry_backoff_s=0.0),
    )  # fmt: skip
    tickets = _tickets()
    tid = next(
        t for t, (ticket, label) in tickets.items()
        if (label["category"], label["scenario"]) == ("refund_request", "within_cap")
        and not ticket.customer.vip
    )  # fmt: skip
    [event] = await workflow.handle(_classified(tickets[tid][0], "refund_request"), "live")
    assert isinstance(event, TicketEscalated)
    assert event.reason == "connector_error"
    assert _effects(store) == []


async def test_a_strict_store_absorbs_nothing_and_the_pipeline_still_acts_once(
    tmp_path: Path,
) -> None:
    """--strict-idempotency: keys are recorded but never absorb a repeat (as the real APIs).
    The ledger stops redeliveries; with the ledger lost, the order's state read back before
    acting stops the money and order effects (only Shopify's @idempotent refund key is
    honoured by the store itself)."""
    url, stop = start_demo_store_in_thread(db_path=tmp_path / "strict.db", strict_idempotency=True)
    try:
        settings = ResolverSettings(retry_backoff_s=0.0)
        ledger = InMemoryLedger()
        workflow = build_workflow(
            url, REPO / "policies", REPO / "knowledge_base", ledger, settings=settings
        )
        tickets = _tickets()
        wanted = {
            ("refund_request", "within_cap"): "order.refund",
            ("cancellation", "before_fulfilment"): "order.cancel",
            ("address_change", "before_fulfilment"): "order.update_address",
        }
        chosen = []
        for (category, scenario), kind in wanted.items():
            tid = next(
                t for t, (ticket, label) in tickets.items()
                if (label["category"], label["scenario"]) == (category, scenario)
                and not ticket.customer.vip
            )  # fmt: skip
            chosen.append((tid, category, kind))
        for _ in range(2):
            for tid, category, _kind in chosen:
                [event] = await workflow.handle(_classified(tickets[tid][0], category), "live")
                assert isinstance(event, TicketResolved) and event.action is not None
                assert event.action.verified
        effects = _effects(url)
        keys = [e["idempotency_key"] for e in effects]
        assert len(keys) == len(set(keys)), "a repeated key reached the store twice"
        fresh = build_workflow(
            url, REPO / "policies", REPO / "knowledge_base", InMemoryLedger(), settings=settings
        )
        for tid, category, _kind in chosen:
            await fresh.handle(_classified(tickets[tid][0], category), "live")
        again = _effects(url)[len(effects) :]
        assert [e for e in again if str(e["kind"]).startswith("order.")] == []
        # the store itself absorbs nothing: a repeated Zendesk write is a second comment
        helpdesk = ZendeskHelpdesk(url)
        for _ in range(2):
            await helpdesk.internal_note("T-5", "same", "T-5:note")
        ticket = await helpdesk.get_ticket("T-5")
        assert [c["body"] for c in (ticket or {})["comments"]] == ["same", "same"]
        await helpdesk.aclose()
    finally:
        stop()
