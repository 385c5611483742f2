from __future__ import annotations

import json

import httpx
import pytest
from httpx_aiohttp import AiohttpTransport

from supportloop.adapters.connectors import (
    ConnectorRejected,
    ConnectorUnavailable,
    ReadOnlyViolation,
    RechargeSubscriptions,
    RetryPolicy,
    ShopifyCommerce,
    ZendeskHelpdesk,
    sign_webhook,
    verify_webhook_signature,
)
from supportloop.adapters.connectors.http import HttpConnector, env_proxy

# Shopify GraphQL answers (queries/orders; queries/order), the fields the connector reads
ORDER_NODE = {"id": "gid://shopify/Order/1001", "name": "#1001", "email": "a@b.example",
              "createdAt": "2025-05-30T12:16:00Z", "displayFulfillmentStatus": "UNFULFILLED",
              "currentTotalPriceSet": {"shopMoney": {"amount": "38.0"}}}  # fmt: skip
FOUND = {"data": {"orders": {"nodes": [ORDER_NODE]}}}


class Recorder:
    def __init__(self, responses: list[httpx.Response | Exception]) -> None:
        self.responses = responses
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.responses.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def _commerce(rec: Recorder, read_only: bool = False) -> ShopifyCommerce:
    return ShopifyCommerce(
        "http://shop.test",
        transport=httpx.MockTransport(rec.handler),
        retry=RetryPolicy(attempts=3, backoff_s=0.1),
        read_only=read_only,
        sleep=rec.sleep,
    )


@pytest.mark.parametrize("status", [429, 500, 502, 503])
async def test_retryable_status_is_retried_then_raises_unavailable(status: int) -> None:
    rec = Recorder([httpx.Response(status) for _ in range(3)])
    with pytest.raises(ConnectorUnavailable, match=f"HTTP {status}.*after 3 attempts"):
        await _commerce(rec).get_order("1001")
    assert len(rec.requests) == 3
    assert rec.sleeps == [0.1, 0.2]


async def test_timeouts_are_retried_then_raise_unavailable() -> None:
    rec = Recorder([httpx.ReadTimeout("slow") for _ in range(3)])
    with pytest.raises(ConnectorUnavailable, match="ReadTimeout"):
        await _commerce(rec).refund_order("1001", "10.00", "T-1:refund_order")
    assert len(rec.requests) == 3


async def test_recovers_when_a_retry_succeeds_and_honours_retry_after() -> None:
    rec = Recorder(
        [
            httpx.Response(429, headers={"Retry-After": "1.5"}),
            httpx.Response(200, json=FOUND),
        ]
    )
    order = await _commerce(rec).get_order("1001")
    assert order is not None and order["id"] == "gid://shopify/Order/1001"
    assert order["total_price"] == "38.00"
    assert rec.sleeps == [1.5]


async def test_client_errors_are_not_retried() -> None:
    rec = Recorder([httpx.Response(422, json={"errors": "already cancelled"})])
    with pytest.raises(ConnectorRejected) as caught:
        await _commerce(rec).cancel_order("1001", "T-1:cancel_order")
    assert caught.value.status == 422
    assert len(rec.requests) == 1


async def test_not_found_reads_return_none() -> None:
    rec = Recorder([httpx.Response(200, json={"data": {"orders": {"nodes": []}}})])
    assert await _commerce(rec).get_order("9") is None
    gone = Recorder([httpx.Response(200, json={"data": {"order": None}})])
    assert await _commerce(gone).get_order("gid://shopify/Order/9") is None


async def test_writes_carry_the_idempotency_key() -> None:
    paid = {**ORDER_NODE, "transactions": [
        {"id": "gid://shopify/OrderTransaction/9", "kind": "SALE", "status": "SUCCESS",
         "gateway": "shopify_payments"}]}  # fmt: skip
    created = {"refundCreate": {"refund": {"id": "gid://shopify/Refund/1"}, "userErrors": []}}
    rec = Recorder(
        [
            httpx.Response(200, json={"data": {"orders": {"nodes": [paid]}}}),
            httpx.Response(200, json={"data": created}),
        ]
    )
    await _commerce(rec).refund_order("1001", "10.00", "T-1:refund_order")
    read, refund = rec.requests
    assert refund.url.path == read.url.path == "/admin/api/2026-10/graphql.json"
    body = json.loads(refund.content)
    assert "@idempotent(key: $idempotencyKey)" in body["query"]
    assert body["variables"]["idempotencyKey"] == "T-1:refund_order"


async def test_read_only_refuses_every_write_before_sending() -> None:
    rec = Recorder([httpx.Response(200, json=FOUND), httpx.Response(200, json=FOUND)])
    commerce = _commerce(rec, read_only=True)
    assert await commerce.get_order("1001") is not None  # a GraphQL query is a read
    with pytest.raises(ReadOnlyViolation):
        await commerce.cancel_order("1001", "k")
    helpdesk = ZendeskHelpdesk("http://hd.test", transport=httpx.MockTransport(rec.handler))
    helpdesk.read_only = True
    with pytest.raises(ReadOnlyViolation):
        await helpdesk.public_reply("T-1", "hello", "k")
    assert len(rec.requests) == 2  # the two order reads; no mutation left the process


def test_webhook_signature_round_trip_and_tamper() -> None:
    body = b'{"ticket": {"id": 1}}'
    signature = sign_webhook("s3cret", "2025-06-02T12:00:00Z", body)
    assert verify_webhook_signature("s3cret", "2025-06-02T12:00:00Z", body, signature)
    assert not verify_webhook_signature("s3cret", "2025-06-02T12:00:01Z", body, signature)
    assert not verify_webhook_signature("other", "2025-06-02T12:00:00Z", body, signature)
    assert not verify_webhook_signature("s3cret", "2025-06-02T12:00:00Z", body + b" ", signature)


async def test_a_connector_talks_through_aiohttp_with_a_bounded_pool() -> None:
    connector = HttpConnector("http://store.example", max_connections=4)
    transport = connector._client._transport
    assert isinstance(transport, AiohttpTransport)
    session = transport.get_client()
    try:
        assert session.connector is not None and session.connector.limit == 4
        assert not session.trust_env  # the proxy is read once, not per request
    finally:
        await session.close()
    default = HttpConnector("http://store.example")._client._transport
    assert isinstance(default, AiohttpTransport)


def test_the_environments_proxy_is_read_once_per_connector_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert env_proxy("https://shop.example/admin") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,.corp.example")
    assert env_proxy("https://shop.example/admin") == "http://proxy.internal:3128"
    assert env_proxy("http://shop.example") is None  # no HTTP_PROXY
    assert env_proxy("https://helpdesk.corp.example") is None
    assert env_proxy("https://localhost:8443") is None


async def test_a_proxied_connector_sends_through_its_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    transport = HttpConnector("https://shop.example")._client._transport
    assert isinstance(transport, AiohttpTransport)
    session = transport.get_client()
    try:
        assert str(session._default_proxy) == "http://proxy.internal:3128"
    finally:
        await session.close()


async def test_a_hand_off_update_is_one_safe_zendesk_update() -> None:
    stamp = "2026-01-01T00:00:00Z"
    rec = Recorder(
        [
            httpx.Response(200, json={"ticket": {"id": "T-1", "updated_at": stamp}}),
            httpx.Response(200, json={"ticket": {"id": "T-1"}}),
        ]
    )
    helpdesk = ZendeskHelpdesk("http://hd.test", transport=httpx.MockTransport(rec.handler))
    await helpdesk.update_ticket(
        "T-1", "T-1:handoff", note="n", tags=["a", "b"], assignee_id=7, group_id=3
    )
    read, request = rec.requests
    assert (read.method, request.method, request.url.path) == (
        "GET",
        "PUT",
        "/api/v2/tickets/T-1.json",
    )
    assert request.headers["Idempotency-Key"] == "T-1:handoff"
    assert json.loads(request.content) == {
        "ticket": {
            "comment": {"body": "n", "public": False},
            "additional_tags": ["a", "b"],
            "group_id": 3,
            "assignee_id": 7,
            "safe_update": True,
            "updated_stamp": stamp,
        }
    }


async def test_a_colliding_update_is_re_read_and_retried_then_raised() -> None:
    def ticket(stamp: str) -> httpx.Response:
        return httpx.Response(200, json={"ticket": {"id": "T-1", "updated_at": stamp}})

    conflict = httpx.Response(409, json={"error": "UpdateConflict"})
    rec = Recorder([ticket("s1"), conflict, ticket("s2"), httpx.Response(200, json={})])
    helpdesk = ZendeskHelpdesk("http://hd.test", transport=httpx.MockTransport(rec.handler))
    await helpdesk.update_ticket("T-1", "T-1:handoff", note="n")
    stamps = [json.loads(r.content)["ticket"]["updated_stamp"] for r in rec.requests[1::2]]
    assert stamps == ["s1", "s2"]
    always = Recorder([ticket("s"), conflict] * 3)
    desk = ZendeskHelpdesk("http://hd.test", transport=httpx.MockTransport(always.handler))
    with pytest.raises(ConnectorRejected) as caught:
        await desk.update_ticket("T-1", "T-1:handoff", note="n")
    assert caught.value.status == 409 and len(always.requests) == 6


# --- writes that are not safe to send twice ---------------------------------------------
def _connector(cls: type[HttpConnector], rec: Recorder) -> HttpConnector:
    return cls(
        "http://vendor.test",
        transport=httpx.MockTransport(rec.handler),
        retry=RetryPolicy(attempts=3, backoff_s=0.1),
        sleep=rec.sleep,
    )


@pytest.mark.parametrize(
    "failure", [httpx.Response(500), httpx.Response(502), httpx.Response(504),
                httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")],
)  # fmt: skip
async def test_a_reply_is_never_sent_again_after_an_answer_that_may_mean_it_was_posted(
    failure: httpx.Response | Exception,
) -> None:
    """Zendesk does not deduplicate comments by Idempotency-Key: a retried PUT after a 502
    or a timeout could post the customer's reply twice. One request, then 'outcome unknown'
    for the workflow, which reads the ticket's audits before replying on a redelivery."""
    rec = Recorder([failure, httpx.Response(200, json={"ticket": {"id": 7}})])
    desk = _connector(ZendeskHelpdesk, rec)
    assert isinstance(desk, ZendeskHelpdesk)
    with pytest.raises(ConnectorUnavailable, match="outcome unknown"):
        await desk.public_reply("7", "Your refund is on its way.", "T-7:reply")
    assert len(rec.requests) == 1 and rec.sleeps == []


@pytest.mark.parametrize(
    "refusal", [httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(503),
                httpx.ConnectError("refused"), httpx.ConnectTimeout("no route")],
)  # fmt: skip
async def test_a_reply_the_server_refused_or_never_got_is_sent_again(
    refusal: httpx.Response | Exception,
) -> None:
    rec = Recorder([refusal, httpx.Response(200, json={"ticket": {"id": 7}})])
    desk = _connector(ZendeskHelpdesk, rec)
    assert isinstance(desk, ZendeskHelpdesk)
    assert (await desk.public_reply("7", "Hello", "T-7:reply"))["id"] == 7
    assert len(rec.requests) == 2


async def test_a_skip_is_sent_once_a_date_or_tags_are_sent_again() -> None:
    """A Recharge skip moves the next charge on each time it is sent; setting a date, and
    adding tags, do the same twice as once."""
    queued = {"charges": [{"id": 9, "status": "queued", "scheduled_at": "2027-01-04"}]}
    skip = Recorder([httpx.Response(200, json=queued), httpx.Response(502),
                     httpx.Response(200, json={"charge": {"id": 9}})])  # fmt: skip
    subs = _connector(RechargeSubscriptions, skip)
    assert isinstance(subs, RechargeSubscriptions)
    with pytest.raises(ConnectorUnavailable, match="outcome unknown"):
        await subs.skip_next("42", "T-1:skip_next_charge")
    assert [(r.method, r.url.path) for r in skip.requests] == [
        ("GET", "/charges"), ("POST", "/charges/9/skip")]  # fmt: skip
    moved = Recorder([httpx.Response(502), httpx.Response(200, json={"subscription": {"id": 42}})])
    subs = _connector(RechargeSubscriptions, moved)
    assert isinstance(subs, RechargeSubscriptions)
    assert (await subs.set_next_charge_date("42", "2027-01-04", "T-2:delay"))["id"] == 42
    assert len(moved.requests) == 2
    tags = Recorder([httpx.Response(502), httpx.Response(200, json={"tags": ["x"]})])
    desk = _connector(ZendeskHelpdesk, tags)
    assert isinstance(desk, ZendeskHelpdesk)
    assert (await desk.add_tags("7", ["x"], "T-3:tags"))["tags"] == ["x"]
    assert len(tags.requests) == 2


async def test_shopify_mutations_are_replayed_only_when_shopify_deduplicates_or_they_set() -> None:
    """refundCreate carries @idempotent: replayed; orderCancel is not sent again after a 502
    (the order is read back before anything else is tried)."""
    rec = Recorder([httpx.Response(502)])
    with pytest.raises(ConnectorUnavailable, match="outcome unknown"):
        await _commerce(rec).graphql(
            "orderCancel", {"orderId": "gid://shopify/Order/1", "reason": "CUSTOMER",
                            "restock": True, "notifyCustomer": False, "refund": True},
            mutation=True, key="T-1:cancel_order",
        )  # fmt: skip
    assert len(rec.requests) == 1
    ok = {"data": {"refundCreate": {"refund": {"id": "gid://shopify/Refund/1"}, "userErrors": []}}}
    rec = Recorder([httpx.Response(502), httpx.Response(200, json=ok)])
    data = await _commerce(rec).graphql(
        "refundCreate", {"input": {}, "key": "T-1:refund"}, mutation=True, key="T-1:refund"
    )
    assert data["refundCreate"]["refund"]["id"] == "gid://shopify/Refund/1"
    assert len(rec.requests) == 2
