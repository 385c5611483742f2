"""Is this effect already on the ticket? Read from the helpdesk's own audit trail.

Zendesk (and Gorgias) keep no idempotency keys for comments: a reply or note sent by a worker
that died before recording it, or by a partition's previous owner during a rebalance, is only
visible in the ticket's history. Ticket audits
(https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/) list each
update's events; a ``Comment`` event has ``body`` and ``public``.

A comment whose text can differ between two attempts (a hand-off note carries the time its
first response is due) ends with ``effect_marker(key)``: its idempotency key in words, which
is what is looked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MARKER_PREFIX = "SupportLoop ref:"


def effect_marker(key: str) -> str:
    return f"{MARKER_PREFIX} {key}"


def _comments(audits: Iterable[Mapping[str, Any]], public: bool) -> Iterable[str]:
    for audit in audits:
        if not isinstance(audit, Mapping):
            continue
        for event in audit.get("events") or ():
            if (
                isinstance(event, Mapping)
                and event.get("type") == "Comment"
                and event.get("public") is public
            ):
                yield str(event.get("body") or "").strip()


def has_comment(audits: Iterable[Mapping[str, Any]], body: str, *, public: bool) -> bool:
    """A comment with exactly this text (surrounding whitespace aside)."""
    wanted = body.strip()
    return any(text == wanted for text in _comments(audits, public))


def replied_this_turn(audits: Iterable[Mapping[str, Any]], body: str) -> bool:
    """This reply is on the ticket after the customer's latest message: an identical public
    comment after the last public comment with any other text (the customer writing this
    turn, or an earlier reply). A customer who asks the same thing twice gets the same
    answer twice; a turn whose reply went out before a crash does not."""
    wanted = body.strip()
    sent = False
    for text in _comments(audits, public=True):
        sent = text == wanted
    return sent


def has_marked_comment(audits: Iterable[Mapping[str, Any]], key: str, *, public: bool) -> bool:
    """A comment that ends with ``effect_marker(key)``."""
    marker = effect_marker(key)
    return any(text.endswith(marker) for text in _comments(audits, public))
