"""Helpdesk webhook signatures: base64(HMAC-SHA256(secret, timestamp + body)), Zendesk style.

Zendesk sends the signature in ``X-Zendesk-Webhook-Signature`` and the signed timestamp in
``X-Zendesk-Webhook-Signature-Timestamp``, an ISO 8601 UTC time such as
``2021-03-25T05:09:27Z``; see https://developer.zendesk.com/documentation/webhooks/verifying/
and https://developer.zendesk.com/documentation/webhooks/anatomy-of-a-webhook-request/
(request headers). Unix seconds (``1741000000``) are accepted too, for senders that sign
with an epoch. The timestamp is what makes a captured request unusable later: a request
whose timestamp is further than the tolerance from our clock (either way) is refused.

Pure: the clock is a parameter, nothing here does I/O.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import UTC, datetime

SIGNATURE_HEADER = "X-Zendesk-Webhook-Signature"
TIMESTAMP_HEADER = "X-Zendesk-Webhook-Signature-Timestamp"
DEFAULT_TOLERANCE_S = 300.0

_UNIX_SECONDS = re.compile(r"\d{1,12}", re.ASCII)
# Zendesk's form, optionally with fractions of a second or an explicit offset.
_ISO_8601 = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})", re.ASCII
)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def parse_timestamp(value: str) -> datetime | None:
    """The signature timestamp as an aware UTC datetime; None when it is neither ISO 8601
    with a zone (``2021-03-25T05:09:27Z``) nor unix seconds."""
    try:
        if _UNIX_SECONDS.fullmatch(value):
            return datetime.fromtimestamp(int(value), UTC)
        if _ISO_8601.fullmatch(value):
            return datetime.fromisoformat(value).astimezone(UTC)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def signature_problem(
    secret: str,
    timestamp: str | None,
    body: bytes,
    signature: str | None,
    now: datetime,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
) -> str | None:
    """Why this request's signature is not acceptable at `now`; None when it is.

    Checks, in order: both headers present, the timestamp readable and within
    `tolerance_s` of `now` (past or future), then the HMAC over timestamp + body, compared in
    constant time.
    """
    if not timestamp or not signature:
        return f"missing {SIGNATURE_HEADER} or {TIMESTAMP_HEADER} header"
    signed_at = parse_timestamp(timestamp)
    if signed_at is None:
        return f"{TIMESTAMP_HEADER} is not an ISO 8601 time (2021-03-25T05:09:27Z) or unix seconds"
    skew = (signed_at - now).total_seconds()
    if abs(skew) > tolerance_s:
        direction = "old" if skew < 0 else "in the future"
        return (
            f"signature timestamp {timestamp} is {abs(skew):.0f} s {direction} "
            f"(tolerance {tolerance_s:.0f} s): replayed request or clock skew"
        )
    # a valid signature is base64 (ASCII); compare_digest refuses non-ASCII str
    if not signature.isascii() or not hmac.compare_digest(sign(secret, timestamp, body), signature):
        return "signature does not match the body"
    return None


def verify(
    secret: str,
    timestamp: str | None,
    body: bytes,
    signature: str | None,
    now: datetime,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
) -> bool:
    return signature_problem(secret, timestamp, body, signature, now, tolerance_s) is None
