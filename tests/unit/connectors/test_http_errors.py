from __future__ import annotations

import json

import httpx
import pytest
from httpx_aiohttp import AiohttpTransport

from supportloop.adapters.connectors import (
    ConnectorRejected,
    ConnectorUnavailable,
    ReadOnlyViolation,
    RetryPolicy,
    ShopifyCommerce,
    ZendeskHelpdesk,
    sign_webhook,
    verify_webhook_signature,
)
from supportloop.adapters.connectors.http import HttpConnector, env_proxy


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
            httpx.Response(200, json={"order": {"id": 1001}}),
        ]
    )
    assert await _commerce(rec).get_order("1001") == {"id": 1001}
    assert rec.sleeps == [1.5]


async def test_client_errors_are_not_retried() -> None:
    rec = Recorder([httpx.Response(422, json={"errors": "already cancelled"})])
    with pytest.raises(ConnectorRejected) as caught:
        await _commerce(rec).cancel_order("1001", "T-1:cancel_order")
    assert caught.value.status == 422
    assert len(rec.requests) == 1


async def test_not_found_reads_return_none() -> None:
    rec = Recorder([httpx.Response(404)])
    assert await _commerce(rec).get_order("9") is None


async def test_writes_carry_the_idempotency_key() -> None:
    rec = Recorder([httpx.Response(201, json={"refund": {"id": 1}})])
    await _commerce(rec).refund_order("1001", "10.00", "T-1:refund_order")
    [request] = rec.requests
    assert request.headers["Idempotency-Key"] == "T-1:refund_order"
    assert request.url.path == "/admin/api/2024-04/orders/1001/refunds.json"


async def test_read_only_refuses_every_write_before_sending() -> None:
    rec = Recorder([httpx.Response(200, json={"order": {"id": 1}})])
    commerce = _commerce(rec, read_only=True)
    assert await commerce.get_order("1") == {"id": 1}
    with pytest.raises(ReadOnlyViolation):
        await commerce.cancel_order("1", "k")
    helpdesk = ZendeskHelpdesk("http://hd.test", transport=httpx.MockTransport(rec.handler))
    helpdesk.read_only = True
    with pytest.raises(ReadOnlyViolation):
        await helpdesk.public_reply("T-1", "hello", "k")
    assert len(rec.requests) == 1


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


async def test_a_hand_off_update_is_one_zendesk_request() -> None:
    rec = Recorder([httpx.Response(200, json={"ticket": {"id": "T-1"}})])
    helpdesk = ZendeskHelpdesk("http://hd.test", transport=httpx.MockTransport(rec.handler))
    await helpdesk.update_ticket("T-1", "T-1:handoff", note="n", tags=["a", "b"], assignee_id=7)
    [request] = rec.requests
    assert (request.method, request.url.path) == ("PUT", "/api/v2/tickets/T-1.json")
    assert request.headers["Idempotency-Key"] == "T-1:handoff"
    assert json.loads(request.content) == {
        "ticket": {
            "comment": {"body": "n", "public": False},
            "additional_tags": ["a", "b"],
            "assignee_id": 7,
        }
    }
