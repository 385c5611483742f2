"""Both webhooks fail closed: no secret → 503, bad or stale signature → 401, oversized → 413,
unreadable JSON → 400; never a 500 for anything a client sends."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr
from services_fakes import FakeDesk

from supportloop.adapters.ingest.signature import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    parse_timestamp,
    sign,
    signature_problem,
)
from supportloop.adapters.ingest.webhook_guard import (
    NOT_CONFIGURED,
    Refusal,
    WebhookSecurity,
    read_signed_json,
    refuse_before_reading,
)
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.helpdesk_webhook import (
    add_helpdesk_webhook,
    read_helpdesk_webhook,
)
from supportloop.adapters.runtime.stage import Publish
from supportloop.adapters.runtime.webhook import add_ticket_webhook, read_ticket_webhook
from supportloop.adapters.runtime.webhook_body import read_limited
from supportloop.core.topics import HUMAN_OUTCOMES, INBOUND
from supportloop.settings import KafkaSettings, ServiceSettings

# Part of the hostile-input suite (`make test-hostile`).
pytestmark = pytest.mark.hostile

SECRET = "whsec-test"
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
SIGNED = WebhookSecurity(SECRET)
TICKET = {
    "ticket": {
        "id": "W-1",
        "subject": "Where is my order?",
        "description": "Order 1001 has not arrived",
        "requester": {"email": "w@example.com"},
        "created_at": "2025-03-03T08:00:00Z",
    }
}
APPROVAL = {
    "id": "hook-1",
    "type": "zen:event-type:ticket.tags_changed",
    "time": "2025-03-03T08:59:00Z",
    "subject": "zen:ticket:T1",
    "detail": {"id": "T1", "actor_id": "901"},
    "event": {"tags_added": ["supportloop_approve"]},
}


def zulu(moment: datetime) -> str:
    """Zendesk's timestamp format (developer.zendesk.com/documentation/webhooks/verifying/)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def signed(body: bytes, at: datetime = NOW, secret: str = SECRET) -> dict[str, str]:
    stamp = zulu(at)
    return {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: sign(secret, stamp, body)}


Reader = Callable[[bytes, dict[str, str], WebhookSecurity], tuple[int, dict[str, Any]]]


def _tickets(body: bytes, headers: dict[str, str], security: WebhookSecurity) -> Any:
    answer = read_ticket_webhook(body, headers, security, NOW)
    return answer.status, answer.body


def _helpdesk(body: bytes, headers: dict[str, str], security: WebhookSecurity) -> Any:
    answer = read_helpdesk_webhook(body, headers, security, NOW)
    return answer.status, answer.body


ROUTES: dict[str, tuple[Reader, dict[str, Any]]] = {
    "tickets": (_tickets, TICKET),
    "helpdesk": (_helpdesk, APPROVAL),
}


@pytest.fixture(params=sorted(ROUTES))
def route(request: pytest.FixtureRequest) -> tuple[Reader, bytes]:
    reader, payload = ROUTES[request.param]
    return reader, json.dumps(payload).encode()


# --- timestamps and signatures (pure) --------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-05-17T18:39:41Z", datetime(2021, 5, 17, 18, 39, 41, tzinfo=UTC)),
        ("2021-05-17T20:39:41+02:00", datetime(2021, 5, 17, 18, 39, 41, tzinfo=UTC)),
        ("2021-05-17T18:39:41.250Z", datetime(2021, 5, 17, 18, 39, 41, 250000, tzinfo=UTC)),
        ("1621276781", datetime(2021, 5, 17, 18, 39, 41, tzinfo=UTC)),
        ("2021-05-17T18:39:41", None),  # no zone: ambiguous
        ("2021-05-17 18:39:41Z", None),
        ("2021-13-45T18:39:41Z", None),
        ("-1621276781", None),
        ("1e9", None),
        ("١٦٢١٢٧٦٧٨١", None),  # non-ASCII digits
        ("9" * 12, None),  # beyond datetime's range
        ("", None),
    ],
)
def test_timestamps_are_zendesk_iso_8601_or_unix_seconds(
    value: str, expected: datetime | None
) -> None:
    assert parse_timestamp(value) == expected


def test_a_correct_signature_within_the_window_passes() -> None:
    body = b'{"a": 1}'
    for skew in (-300, -1, 0, 1, 300):
        headers = signed(body, NOW + timedelta(seconds=skew))
        problem = signature_problem(
            SECRET, headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER], NOW, 300
        )
        assert problem is None, skew
    stamp = str(int(NOW.timestamp()))
    assert signature_problem(SECRET, stamp, body, sign(SECRET, stamp, body), NOW) is None


def _problem(body: bytes, headers: dict[str, str], now: datetime = NOW) -> str | None:
    return signature_problem(
        SECRET, headers.get(TIMESTAMP_HEADER), body, headers.get(SIGNATURE_HEADER), now, 300
    )


def test_missing_forged_replayed_expired_and_future_signatures_are_refused() -> None:
    body = b'{"a": 1}'
    good = signed(body)
    assert "missing" in str(_problem(body, {}))
    assert "missing" in str(_problem(body, {TIMESTAMP_HEADER: good[TIMESTAMP_HEADER]}))
    assert "missing" in str(_problem(body, {SIGNATURE_HEADER: good[SIGNATURE_HEADER]}))
    assert "does not match" in str(_problem(body, {**good, SIGNATURE_HEADER: "forged"}))
    assert "does not match" in str(_problem(body, {**good, SIGNATURE_HEADER: "é" * 44}))
    assert "does not match" in str(_problem(body, signed(body, secret="other")))
    # a captured signature replayed with another body, or with a fresher timestamp
    assert "does not match" in str(_problem(b'{"a": 2}', good))
    fresher = {**good, TIMESTAMP_HEADER: zulu(NOW + timedelta(seconds=1))}
    assert "does not match" in str(_problem(body, fresher))
    expired = _problem(body, signed(body, NOW - timedelta(seconds=301)))
    assert expired is not None and "301 s old" in expired and "tolerance 300 s" in expired
    future = _problem(body, signed(body, NOW + timedelta(seconds=301)))
    assert future is not None and "in the future" in future
    assert "not an ISO 8601" in str(_problem(body, {**good, TIMESTAMP_HEADER: "yesterday"}))


# --- settings -------------------------------------------------------------------------------


def test_security_comes_from_the_settings_and_an_empty_secret_is_no_secret() -> None:
    settings = ServiceSettings(
        webhook_secret=SecretStr("s"),
        webhook_allow_unsigned=False,
        webhook_timestamp_tolerance_s=60,
        webhook_max_body_bytes=2048,
        webhook_max_json_depth=8,
    )
    assert WebhookSecurity.from_settings(settings) == WebhookSecurity("s", False, 60, 2048, 8)
    blank = ServiceSettings(webhook_secret=SecretStr("  "), webhook_allow_unsigned=False)
    assert WebhookSecurity.from_settings(blank).secret is None
    defaults = ServiceSettings.model_fields
    assert defaults["webhook_allow_unsigned"].default is False
    assert defaults["webhook_timestamp_tolerance_s"].default == 300
    assert defaults["webhook_max_body_bytes"].default == 1_000_000
    assert defaults["webhook_max_json_depth"].default == 64


def test_start_up_warns_when_a_webhook_is_unprotected(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("webhook-test")
    with caplog.at_level(logging.WARNING, logger="webhook-test"):
        SIGNED.announce("/webhooks/x", logger)
        assert caplog.records == []
        WebhookSecurity().announce("/webhooks/x", logger)
        WebhookSecurity(allow_unsigned=True).announce("/webhooks/x", logger)
    refusing, insecure = (r.getMessage() for r in caplog.records)
    assert "refuses every request (503) until SUPPORTLOOP_WEBHOOK_SECRET" in refusing
    assert "INSECURE" in insecure and "SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED=true" in insecure


# --- both routes, pure ------------------------------------------------------------------------


def test_without_a_secret_every_request_is_refused_with_503(route: tuple[Reader, bytes]) -> None:
    reader, body = route
    status, answer = reader(body, signed(body), WebhookSecurity())
    assert status == 503
    assert answer["setting"] == "SUPPORTLOOP_WEBHOOK_SECRET"
    assert "SUPPORTLOOP_WEBHOOK_SECRET" in answer["error"]
    assert refuse_before_reading(WebhookSecurity(), None) == NOT_CONFIGURED


def test_the_development_flag_accepts_unsigned_requests(route: tuple[Reader, bytes]) -> None:
    reader, body = route
    assert reader(body, {}, WebhookSecurity(allow_unsigned=True))[0] == 202
    # with a secret configured the flag changes nothing: signatures are checked
    assert reader(body, {}, WebhookSecurity(SECRET, allow_unsigned=True))[0] == 401


def test_a_correctly_signed_request_is_accepted(route: tuple[Reader, bytes]) -> None:
    reader, body = route
    status, answer = reader(body, signed(body), SIGNED)
    assert (status, answer["accepted"]) == (202, True)


def test_bad_signatures_are_refused_with_401_and_a_reason(route: tuple[Reader, bytes]) -> None:
    reader, body = route
    for headers in (
        {},
        {**signed(body), SIGNATURE_HEADER: "forged"},
        signed(body.replace(b"}", b', "x": 1}', 1)),  # signature of another body
        signed(body, NOW - timedelta(minutes=10)),
        signed(body, NOW + timedelta(minutes=10)),
    ):
        status, answer = reader(body, headers, SIGNED)
        assert status == 401, headers
        assert answer["error"] == "invalid or missing signature" and answer["reason"]


def test_oversized_bodies_are_refused_with_413(route: tuple[Reader, bytes]) -> None:
    reader, body = route
    small = WebhookSecurity(SECRET, max_body_bytes=len(body) - 1)
    assert reader(body, signed(body), small)[0] == 413
    assert refuse_before_reading(SIGNED, 1_000_001) == Refusal(
        413, {"error": "payload too large (limit 1000000 bytes)"}
    )
    assert refuse_before_reading(SIGNED, 1_000_000) is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"[" * 5000 + b"]" * 5000, "too_deep"),
        (b'{"a":' * 5000 + b"1" + b"}" * 5000, "too_deep"),
        (b'{"ticket": "\xff\xfe"}', "not_utf8"),
        (b"{not json", "not_json"),
        (b"[1, 2]", "not_object"),
        (b"42", "not_object"),
    ],
)
def test_unreadable_json_is_refused_with_400_never_a_crash(
    route: tuple[Reader, bytes], body: bytes, reason: str
) -> None:
    reader, _ = route
    status, answer = reader(body, signed(body), SIGNED)
    assert (status, answer["reason"]) == (400, reason)


def test_the_verified_json_reader_answers_instead_of_raising() -> None:
    body = b"[" * 100_000
    refusal = read_signed_json(body, signed(body), SIGNED, NOW)
    assert refusal == Refusal(
        400, {"error": "JSON nested deeper than 64 levels", "reason": "too_deep"}
    )


@pytest.mark.parametrize(
    "payload",
    [
        {"ticket": {"id": "1", "comment": "text", "requester": {"email": "a@example.com"}}},
        {"ticket": {"id": "1", "custom_fields": 5, "requester": {"email": "a@example.com"}}},
        {"ticket": {"id": "1", "tags": 3, "requester": {"email": "a@example.com"}}},
        {**APPROVAL, "event": {"tags_added": 7}},
        {**APPROVAL, "time": "2025-03-03T08:59:00"},
    ],
)
def test_odd_payload_shapes_are_client_errors(
    route: tuple[Reader, bytes], payload: dict[str, Any]
) -> None:
    reader, _ = route
    body = json.dumps(payload).encode()
    status, _answer = reader(body, signed(body), SIGNED)
    assert 200 <= status < 500


# --- reading the body -----------------------------------------------------------------------


@dataclass
class Stream:
    data: bytes
    chunk: int = 4096
    consumed: int = 0

    async def read(self, n: int = -1) -> bytes:
        size = self.chunk if n < 0 else min(n, self.chunk)
        part = self.data[self.consumed : self.consumed + size]
        self.consumed += len(part)
        return part


@dataclass
class FakeRequest:
    content: Stream


async def test_the_body_is_read_up_to_the_limit_and_no_further() -> None:
    request = FakeRequest(Stream(b"x" * 10_000_000))
    assert await read_limited(request, 100_000) is None
    assert request.content.consumed == 100_001
    whole = FakeRequest(Stream(b"y" * 100_000))
    assert await read_limited(whole, 100_000) == b"y" * 100_000


# --- the Faust pages, over HTTP in-process --------------------------------------------------


@pytest.fixture
def make_client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    """A test HTTP client on a service app with both webhooks, and what they published."""
    published: list[Publish] = []

    async def publish(output: Publish) -> None:
        published.append(output)

    monkeypatch.setattr(ServiceApp, "publisher", lambda self: publish)

    def make(**settings: Any) -> tuple[TestClient[Any, Any], list[Publish]]:
        config = ServiceSettings(
            data_dir=tmp_path,
            **{"webhook_secret": None, "webhook_allow_unsigned": False, **settings},
        )
        service = ServiceApp("escalator", KafkaSettings(topic_prefix="hook-test."), config)
        add_ticket_webhook(service)
        add_helpdesk_webhook(service, FakeDesk())
        return TestClient(TestServer(service.app.web.web_app)), published

    yield make


PAGES = {"/webhooks/tickets": TICKET, "/webhooks/helpdesk": APPROVAL}


@pytest.mark.parametrize("path", sorted(PAGES))
async def test_pages_refuse_everything_without_a_secret(
    make_client: Callable[..., Any], path: str
) -> None:
    client, published = make_client()
    async with client:
        body = json.dumps(PAGES[path]).encode()
        response = await client.post(path, data=body, headers=signed(body, datetime.now(UTC)))
        assert response.status == 503
        assert (await response.json())["setting"] == "SUPPORTLOOP_WEBHOOK_SECRET"
    assert published == []


@pytest.mark.parametrize("path", sorted(PAGES))
async def test_pages_accept_signed_requests_and_refuse_bad_ones(
    make_client: Callable[..., Any], path: str
) -> None:
    client, published = make_client(
        webhook_secret=SecretStr(SECRET), webhook_max_body_bytes=100_000
    )
    body = json.dumps(PAGES[path]).encode()
    async with client:

        async def post(data: Any, headers: dict[str, str] | None = None) -> int:
            response = await client.post(path, data=data, headers=headers or {})
            await response.read()
            return int(response.status)

        now = datetime.now(UTC)
        assert await post(body, signed(body, now)) == 202
        assert len(published) == 1
        assert await post(body) == 401
        assert await post(body, signed(body, now - timedelta(hours=1))) == 401
        assert await post(b"x" * 100_001, signed(b"x" * 100_001, now)) == 413

        async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: chunked
            for _ in range(200):
                yield b"x" * 1_000

        assert await post(chunks(), signed(b"", now)) == 413
        deep = b"[" * 5000
        assert await post(deep, signed(deep, now)) == 400
        binary = b'{"a": "\xff"}'
        assert await post(binary, signed(binary, now)) == 400
    assert len(published) == 1


async def test_pages_accept_unsigned_requests_only_with_the_development_flag(
    make_client: Callable[..., Any],
) -> None:
    client, published = make_client(webhook_allow_unsigned=True)
    async with client:
        for path, payload in PAGES.items():
            response = await client.post(path, data=json.dumps(payload).encode())
            assert response.status == 202, await response.text()
    assert [p.topic for p in published] == [INBOUND, HUMAN_OUTCOMES]
