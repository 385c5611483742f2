"""The HTTP plumbing every connector shares: injected transport, bounded retries with
exponential backoff on 429 / 5xx / timeouts / connection errors (for a write that is not
safe to send twice, only where the server cannot have acted), Idempotency-Key on writes,
and a read-only switch that refuses every write before it leaves the process."""

from __future__ import annotations

import asyncio
import urllib.request
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from supportloop.errors import (
    ConnectorRejected,
    ConnectorUnavailable,
    ReadOnlyViolation,
)

Sleep = Callable[[float], Awaitable[None]]
_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# The server says it did not act: 429 (rate limited) and 503 (unavailable) are refusals,
# asked to come back later. A 500/502/504 or a timeout after the request was sent may have
# acted: a write the vendor does not deduplicate is not sent again (see ``request``).
_REFUSED = frozenset({429, 503})
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3
    backoff_s: float = 0.2
    max_backoff_s: float = 5.0

    def delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(float(retry_after), self.max_backoff_s)
            except ValueError:
                pass
        return float(min(self.backoff_s * (2 ** (attempt - 1)), self.max_backoff_s))


def env_proxy(base_url: str) -> str | None:
    """The proxy the environment sets for this base URL (``HTTPS_PROXY``/``HTTP_PROXY``,
    unless ``NO_PROXY`` covers the host)."""
    url = httpx.URL(base_url)
    if urllib.request.proxy_bypass(url.host):
        return None
    return urllib.request.getproxies().get(url.scheme)


def aiohttp_transport(max_connections: int, base_url: str) -> AiohttpTransport:
    """httpx's API over aiohttp's connection pool. httpcore's own pool cost about 1.1 ms of
    CPU per request under 16 concurrent tickets (it re-checks every pooled connection for
    each queued request); aiohttp's costs about 0.35 ms.

    A connector talks to one host, so the environment's proxy for it is read once here.
    aiohttp's ``trust_env`` would look it up (and read ``~/.netrc``) in a worker thread on
    every request. CA bundles still come from the environment (``SSL_CERT_FILE``)."""
    proxy = env_proxy(base_url)

    def session() -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(limit=max_connections, keepalive_timeout=5.0)
        return aiohttp.ClientSession(connector=connector, proxy=proxy)

    return AiohttpTransport(client=session)


class HttpConnector:
    service = "http"

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: dict[str, str] | None = None,
        retry: RetryPolicy | None = None,
        timeout_s: float = 10.0,
        read_only: bool = False,
        sleep: Sleep = asyncio.sleep,
        max_connections: int = 8,
    ) -> None:
        self.read_only = read_only
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            transport=transport or aiohttp_transport(max_connections, base_url),
            headers=headers or {},
            timeout=timeout_s,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
        idempotency_key: str | None = None,
        allow_404: bool = False,
        write: bool | None = None,
        replay_safe: bool | None = None,
    ) -> dict[str, Any] | None:
        """``write`` overrides what the method implies (a GraphQL query is a read sent as
        POST; a GraphQL mutation is a write). ``replay_safe``: sending it twice does what
        sending it once does (a read; a write that sets a value; a write the vendor
        deduplicates by its key). A write that is not is never sent again after an answer
        that may mean it acted (500/502/504, a timeout once sent): that raises
        :class:`ConnectorUnavailable` with ``outcome_unknown``, and the caller reads the
        state back before acting again (a helpdesk that ignores the Idempotency-Key would
        otherwise post the reply twice)."""
        method = method.upper()
        headers = {}
        is_write = (method in _WRITES) if write is None else write
        if is_write:
            if self.read_only:
                raise ReadOnlyViolation(self.service, f"read-only: refused {method} {path}")
            if idempotency_key:
                headers["Idempotency-Key"] = idempotency_key
        replayable = (not is_write) if replay_safe is None else replay_safe
        last = "no attempt"
        for attempt in range(1, self._retry.attempts + 1):
            retry_after = None
            try:
                response = await self._client.request(
                    method, path, json=json, params=params, headers=headers
                )
            except (httpx.TimeoutException, httpx.TransportError) as error:
                last = f"{type(error).__name__} on {method} {path}"
                if not replayable and not isinstance(error, _NOT_SENT):
                    raise self._outcome_unknown(last) from None
            else:
                if response.status_code == 404 and allow_404:
                    return None
                if response.status_code == 429 or response.status_code >= 500:
                    last = f"HTTP {response.status_code} on {method} {path}"
                    if not replayable and response.status_code not in _REFUSED:
                        raise self._outcome_unknown(last)
                    retry_after = response.headers.get("Retry-After")
                elif response.status_code >= 400:
                    raise ConnectorRejected(
                        self.service,
                        f"HTTP {response.status_code} on {method} {path}: {response.text[:200]}",
                        response.status_code,
                    )
                else:
                    data = response.json() if response.content else {}
                    return data if isinstance(data, dict) else {"data": data}
            if attempt < self._retry.attempts:
                await self._sleep(self._retry.delay(attempt, retry_after))
        raise ConnectorUnavailable(self.service, f"{last} after {self._retry.attempts} attempts")

    def _outcome_unknown(self, what: str) -> ConnectorUnavailable:
        return ConnectorUnavailable(
            self.service, f"{what}: outcome unknown, not sent again (the write may have acted)"
        )
