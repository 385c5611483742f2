"""An httpx transport that answers like Anthropic's Messages API (``POST /v1/messages``), and
an SDK client over it: the model paths run through the real ``anthropic`` SDK, offline."""

from __future__ import annotations

import json
from collections.abc import Callable

import anthropic
import httpx2 as httpx  # the anthropic SDK's own HTTP package

Handler = Callable[[httpx.Request], httpx.Response]


def messages_api(text: str, seen: list[dict[str, object]] | None = None) -> Handler:
    """Answer every request with one text block; ``seen`` collects the request bodies."""

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/messages"
        if seen is not None:
            seen.append(json.loads(request.content))
        return httpx.Response(
            200,
            json={
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "model": "claude-test",
                "content": [{"type": "text", "text": text}],
                "stop_reason": "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": 10, "output_tokens": 5},
            },
        )

    return handler


def client_over(handler: Handler) -> anthropic.AsyncAnthropic:
    """The SDK's async client, talking to ``handler`` only, without retries."""
    return anthropic.AsyncAnthropic(
        api_key="test",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
