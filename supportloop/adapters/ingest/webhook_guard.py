"""What both webhooks check before they look at a payload. They fail closed:

1. no secret configured → 503 for every request, unless unsigned requests are explicitly
   allowed (SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED=true, local development only);
2. a body over the limit → 413 (on Content-Length before reading, else once read);
3. a missing, malformed, expired, future or wrong signature → 401 with the reason;
4. a body that is not UTF-8, is JSON nested too deep, is not JSON or not an object → 400.

Pure (the clock is a parameter, no I/O), so every answer is unit-testable; reading the body
from the socket is the runtime's part (supportloop.adapters.runtime.webhook_body).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from supportloop.adapters.ingest.signature import (
    DEFAULT_TOLERANCE_S,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    signature_problem,
)
from supportloop.core.json_limits import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    JsonRejected,
    load_json_object,
)
from supportloop.settings import ServiceSettings

SECRET_SETTING = "SUPPORTLOOP_WEBHOOK_SECRET"
ALLOW_UNSIGNED_SETTING = "SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED"


@dataclass(frozen=True)
class WebhookSecurity:
    """How a webhook authenticates and bounds its requests (from ServiceSettings)."""

    secret: str | None = None
    allow_unsigned: bool = False
    tolerance_s: float = DEFAULT_TOLERANCE_S
    max_body_bytes: int = DEFAULT_MAX_BYTES
    max_json_depth: int = DEFAULT_MAX_DEPTH

    @classmethod
    def from_settings(cls, settings: ServiceSettings) -> WebhookSecurity:
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        return cls(
            # an empty secret is one anybody can sign with: treat it as none (fail closed)
            secret=secret if secret and secret.strip() else None,
            allow_unsigned=settings.webhook_allow_unsigned,
            tolerance_s=settings.webhook_timestamp_tolerance_s,
            max_body_bytes=settings.webhook_max_body_bytes,
            max_json_depth=settings.webhook_max_json_depth,
        )

    def announce(self, path: str, logger: logging.Logger) -> None:
        """Say at start-up when this webhook is not protected by a signature."""
        if self.secret is not None:
            return
        if self.allow_unsigned:
            logger.warning(
                "!!! INSECURE: %s accepts UNSIGNED requests (%s=true). Anyone who can reach "
                "it can post tickets and approvals. Local development only: set %s instead.",
                path,
                ALLOW_UNSIGNED_SETTING,
                SECRET_SETTING,
            )
        else:
            logger.warning("%s refuses every request (503) until %s is set", path, SECRET_SETTING)


@dataclass(frozen=True)
class Refusal:
    """An HTTP answer that ends the request."""

    status: int
    body: dict[str, Any]


NOT_CONFIGURED = Refusal(
    503,
    {
        "error": f"webhook signing secret not configured: set {SECRET_SETTING}",
        "setting": SECRET_SETTING,
    },
)


def too_large(max_bytes: int) -> Refusal:
    return Refusal(413, {"error": f"payload too large (limit {max_bytes} bytes)"})


def refuse_before_reading(security: WebhookSecurity, content_length: int | None) -> Refusal | None:
    """The answer that needs no body: not configured (503) or announced too large (413)."""
    if security.secret is None and not security.allow_unsigned:
        return NOT_CONFIGURED
    if content_length is not None and content_length > security.max_body_bytes:
        return too_large(security.max_body_bytes)
    return None


def read_signed_json(
    body: bytes, headers: Mapping[str, str], security: WebhookSecurity, now: datetime
) -> dict[str, Any] | Refusal:
    """The verified JSON object of a webhook request, or the refusal to answer with.

    `now` (timezone-aware) is the clock the signature timestamp is checked against.
    Never raises for anything in `body` or `headers`.
    """
    early = refuse_before_reading(security, len(body))
    if early is not None:
        return early
    if security.secret is not None:
        problem = signature_problem(
            security.secret,
            headers.get(TIMESTAMP_HEADER),
            body,
            headers.get(SIGNATURE_HEADER),
            now,
            security.tolerance_s,
        )
        if problem is not None:
            return Refusal(401, {"error": "invalid or missing signature", "reason": problem})
    try:
        return load_json_object(body, security.max_body_bytes, security.max_json_depth)
    except JsonRejected as exc:
        status = 413 if exc.reason == "too_large" else 400
        return Refusal(status, {"error": str(exc), "reason": exc.reason})
