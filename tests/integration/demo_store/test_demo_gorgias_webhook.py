"""POST /webhooks/gorgias against the demo store's Gorgias emulation: a customer's message
becomes the ticket's next message (TicketReceived on the inbound topic, the Gorgias message
id its message id; the ticket's first message is the ticket itself); agents' messages and
notes are not; the shared token is required (503 without one configured, 401 without or with
a wrong one); a helpdesk that cannot be read answers 503. No Kafka: default run."""

from __future__ import annotations

import importlib
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client import CollectorRegistry

from supportloop.adapters.connectors import GorgiasHelpdesk, RetryPolicy, ZendeskHelpdesk
from supportloop.adapters.connectors.gorgias import basic_auth
from supportloop.adapters.ingest.webhook_guard import Refusal, WebhookSecurity
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.gorgias_webhook import (
    PATH,
    TOKEN_HEADER,
    GorgiasRequest,
    add_gorgias_webhook,
    read_gorgias_webhook,
)
from supportloop.adapters.runtime.stage import Publish
from supportloop.core.events import TicketReceived
from supportloop.core.topics import INBOUND
from supportloop.devtools.demo_data.helpdesk import API_TOKEN
from supportloop.devtools.demo_store.server import open_shop
from supportloop.settings import KafkaSettings, ServiceSettings

TICKET = "DEMO-0050"
TOKEN = "gorgias-shared-token"
Client = TestClient[Any, Any]


def customer_writes(store_db: Path, text: str) -> None:
    """The ticket's customer writes (the demo store's shop, on the same database)."""
    shop = open_shop(store_db)
    try:
        shop.customer_writes(TICKET, text)
    finally:
        shop.close()


@pytest.fixture
async def make_client(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Callable[..., tuple[Client, list[Publish]]]]:
    published: list[Publish] = []
    desks: list[GorgiasHelpdesk] = []

    async def publish(output: Publish) -> None:
        published.append(output)

    monkeypatch.setattr(ServiceApp, "publisher", lambda self: publish)

    def make(token: str | None = TOKEN, **settings: Any) -> tuple[Client, list[Publish]]:
        config = ServiceSettings(data_dir=tmp_path, **settings)
        service = ServiceApp("escalator", KafkaSettings(topic_prefix="gorgias-hook."), config)
        desk = GorgiasHelpdesk(
            f"{store}/gorgias",
            headers=basic_auth("supportloop@fernhill.example", API_TOKEN),
            retry=RetryPolicy(attempts=1),
        )
        desks.append(desk)
        add_gorgias_webhook(service, desk, token)
        return TestClient(TestServer(service.app.web.web_app)), published

    yield make
    for desk in desks:
        await desk.aclose()


async def post(client: Client, body: object, token: str | None = TOKEN) -> tuple[int, Any]:
    headers = {TOKEN_HEADER: token} if token is not None else {}
    response = await client.post(PATH, data=json.dumps(body).encode(), headers=headers)
    return response.status, await response.json()


def messages(published: list[Publish]) -> list[TicketReceived]:
    assert all(p.topic == INBOUND for p in published)
    return [p.event for p in published if isinstance(p.event, TicketReceived)]


async def test_the_customers_messages_become_the_tickets_messages(
    make_client: Callable[..., tuple[Client, list[Publish]]], tmp_path: Path, store: str
) -> None:
    client, published = make_client()
    customer_writes(tmp_path / "store.db", "Where is my parcel?")
    async with client:
        status, answer = await post(client, {"ticket_id": TICKET})
        assert (status, answer["kind"], answer["message_id"]) == (202, "new_ticket", None)
        customer_writes(tmp_path / "store.db", "Any news?")
        status, answer = await post(client, {"ticket_id": TICKET})
        assert (status, answer["kind"]) == (202, "customer_message")
        again = await post(client, {"ticket_id": TICKET, "message_id": answer["message_id"]})
        assert again[1]["message_id"] == answer["message_id"]  # a redelivery: same message
    opening, later, redelivered = messages(published)
    assert opening.ticket.id == TICKET and opening.ticket.message_id is None
    assert opening.ticket.body == "Where is my parcel?"
    assert "@" in opening.ticket.customer.email
    assert later.ticket.body == "Any news?" and later.ticket.message_id == answer["message_id"]
    assert redelivered.ticket.message_id == later.ticket.message_id


async def test_agents_messages_and_notes_are_not_the_customer_writing(
    make_client: Callable[..., tuple[Client, list[Publish]]], store: str
) -> None:
    client, published = make_client()
    desk = GorgiasHelpdesk(f"{store}/gorgias", headers=basic_auth("supportloop@fernhill.example",
                                                                  API_TOKEN))  # fmt: skip
    await desk.internal_note(TICKET, "looked at it", "k")
    await desk.public_reply(TICKET, "On its way.", "k2")
    await desk.aclose()
    async with client:
        status, answer = await post(client, {"ticket_id": TICKET})
        assert (status, answer["accepted"]) == (202, False)
        status, answer = await post(client, {"ticket_id": "no-such-ticket"})
        assert (status, answer["reason"]) == (202, "no such ticket")
    assert published == []


async def test_the_token_is_required(
    make_client: Callable[..., tuple[Client, list[Publish]]],
) -> None:
    client, published = make_client()
    async with client:
        assert (await post(client, {"ticket_id": TICKET}, token=None))[0] == 401
        assert (await post(client, {"ticket_id": TICKET}, token="wrong"))[0] == 401
        assert (await post(client, {"ticket_id": TICKET}, token=TOKEN + "x"))[0] == 401
        assert (await post(client, {"nothing": 1}))[0] == 422
    unconfigured, _ = make_client(token=None)
    async with unconfigured:
        status, answer = await post(unconfigured, {"ticket_id": TICKET})
        assert status == 503 and answer["setting"] == "SUPPORTLOOP_GORGIAS_WEBHOOK_TOKEN"
    empty, _ = make_client(token="  ")
    async with empty:
        assert (await post(empty, {"ticket_id": TICKET}, token="  "))[0] == 503
    assert published == []


async def test_a_helpdesk_that_cannot_be_read_gets_a_503(
    make_client: Callable[..., tuple[Client, list[Publish]]], store: str
) -> None:
    client, published = make_client()
    fault = {"prefix": "/gorgias/api", "status": 503, "count": 5}
    async with client:
        await client.session.post(f"{store}/_demo/faults", json=fault)
        status, _ = await post(client, {"ticket_id": TICKET})
    assert status == 503 and published == []


def test_the_body_names_a_ticket_and_maybe_a_message() -> None:
    security = WebhookSecurity()
    assert read_gorgias_webhook(b'{"ticket_id": 123}', security) == GorgiasRequest("123", None)
    named = read_gorgias_webhook(b'{"ticket": {"id": "7"}, "message_id": 9}', security)
    assert named == GorgiasRequest("7", "9")
    for bad, status in [(b"[]", 400), (b"{", 400), (b'{"ticket_id": "../x"}', 422),
                        (b'{"ticket_id": 1, "message_id": "a b"}', 422)]:  # fmt: skip
        refused = read_gorgias_webhook(bad, security)
        assert isinstance(refused, Refusal) and refused.status == status, bad


def test_the_escalator_mounts_it_when_the_helpdesk_is_gorgias(tmp_path: Path) -> None:
    module = importlib.import_module("services.escalator.app")

    def paths(desk: object) -> set[str]:
        service = module.build_app(
            kafka=KafkaSettings(topic_prefix="mount."),
            settings=ServiceSettings(data_dir=tmp_path),
            registry=CollectorRegistry(),
            helpdesk=desk,
        )
        router = service.app.web.web_app.router
        return {r.resource.canonical for r in router.routes() if r.resource is not None}

    assert PATH in paths(GorgiasHelpdesk("http://g.invalid"))
    assert PATH not in paths(ZendeskHelpdesk("http://z.invalid"))
