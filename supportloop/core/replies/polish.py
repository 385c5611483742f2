"""The optional polish step: a model rewrites the rendered reply in the brand's tone, and
``guard.check_polish`` decides whether the rewrite may be sent. The port is all the
workflow sees; ``supportloop.adapters.polish`` implements it with the anthropic SDK."""

from __future__ import annotations

from typing import Protocol

from supportloop.core.replies.catalog import RenderedReply


class ReplyPolisher(Protocol):
    async def polish(self, reply: RenderedReply) -> RenderedReply:
        """The polished reply when the guard accepts it, else ``reply`` unchanged. Never
        raises for a model failure (timeout, API error): the template's text is sent."""
        ...
