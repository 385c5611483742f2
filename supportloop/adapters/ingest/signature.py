"""Helpdesk webhook signatures: base64(HMAC-SHA256(secret, timestamp + body)), Zendesk style."""

from __future__ import annotations

import base64
import hashlib
import hmac

SIGNATURE_HEADER = "X-Zendesk-Webhook-Signature"
TIMESTAMP_HEADER = "X-Zendesk-Webhook-Signature-Timestamp"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify(secret: str, timestamp: str | None, body: bytes, signature: str | None) -> bool:
    if not timestamp or not signature:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)
