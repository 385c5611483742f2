"""Read a webhook request's body from aiohttp without ever holding more than the limit."""

from __future__ import annotations

from typing import Any

from supportloop.adapters.ingest.webhook_guard import (
    Refusal,
    WebhookSecurity,
    refuse_before_reading,
    too_large,
)


def content_length(request: Any) -> int | None:
    """The announced body size; None when absent (chunked) or unreadable."""
    try:
        length = request.content_length
    except ValueError:
        return None
    return length if isinstance(length, int) else None


async def read_limited(request: Any, max_bytes: int) -> bytes | None:
    """The body, or None as soon as it proves longer than `max_bytes` (reads at most
    `max_bytes` + 1 bytes, whatever Content-Length claimed)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await request.content.read(max_bytes + 1 - size)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            return None


async def read_webhook_body(request: Any, security: WebhookSecurity) -> bytes | Refusal:
    """The body of a webhook request, or the answer that refuses it before or while reading:
    503 when no secret is configured (nothing is read), 413 when it is too large."""
    early = refuse_before_reading(security, content_length(request))
    if early is not None:
        return early
    body = await read_limited(request, security.max_body_bytes)
    return too_large(security.max_body_bytes) if body is None else body
