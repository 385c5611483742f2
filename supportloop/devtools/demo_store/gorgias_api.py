"""The demo store's Gorgias face: the REST calls SupportLoop's Gorgias connector makes, in
Gorgias's shapes, under ``/gorgias/api`` (the connector's base URL is the store's
``/gorgias``), over the same tickets, people and audits as the Zendesk emulation.

Strict where Gorgias is: HTTP Basic auth with ``<email>:<API key>`` is required (there is no
demo-only anonymous user here), an end-user's credentials get 403; no ``Idempotency-Key`` is
honoured (Gorgias has none: a repeated message is a second message); lists are
cursor-paginated (``limit`` ≤ 100, ``cursor`` from ``meta.next_cursor``, ``order_by``
``created_datetime:asc|desc``). Rate limiting, when on (``RateLimit``: Gorgias's leaky
bucket, 40 requests draining at 2 per second for API keys,
https://developers.gorgias.com/reference/limitations): a request over it gets 429 with
``Retry-After`` in seconds, every answer ``X-Gorgias-Account-Api-Call-Limit``. Off by
default; the store's fault injection (``POST /_demo/faults`` with ``"status": 429,
"retry_after": …``) makes single 429s as for the other APIs.

The documents: a ticket's ``status`` is ``open`` or ``closed`` (Zendesk's ``solved`` and
``closed``), its ``customer`` the requester, ``assignee_user``/``assignee_team`` its assignee
and group, ``tags`` [{name}]; a message is one comment of the audit trail, ``from_agent``
when its author is staff, ``channel`` ``internal-note`` when it is not public. Customers are
the helpdesk's end-users, users its staff; teams its groups. See
``supportloop/adapters/connectors/gorgias.py`` for the documentation pages.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from supportloop.devtools.demo_store.shop import DemoShop, Doc

PREFIX = "/gorgias/api"
MAX_LIMIT = 100
DEFAULT_LIMIT = 30
ACTOR: web.RequestKey[Doc] = web.RequestKey("gorgias_actor", dict)
LIMIT_HEADER = "X-Gorgias-Account-Api-Call-Limit"
STAFF = ("agent", "admin")
_CLOSED = ("solved", "closed")


@dataclass
class RateLimit:
    """Gorgias's leaky bucket: ``capacity`` requests, draining ``capacity / window_s`` per
    second. ``clock`` is injectable (tests drain it by advancing time)."""

    capacity: int = 40
    window_s: float = 20.0
    clock: Callable[[], float] = time.monotonic
    level: float = 0.0
    _at: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self) -> tuple[bool, int, str]:
        """(allowed, seconds to wait when not, the call-limit header's value)."""
        with self._lock:
            now = self.clock()
            rate = self.capacity / self.window_s
            if self._at is not None:
                self.level = max(0.0, self.level - (now - self._at) * rate)
            self._at = now
            if self.level + 1 > self.capacity:
                wait = math.ceil((self.level + 1 - self.capacity) / rate)
                return False, max(wait, 1), f"{math.ceil(self.level)}/{self.capacity}"
            self.level += 1
            return True, 0, f"{math.ceil(self.level)}/{self.capacity}"


RATE_LIMIT: web.AppKey[RateLimit] = web.AppKey("gorgias_rate_limit", RateLimit)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status)


def _error(status: int, message: str) -> web.Response:
    return _json({"error": {"msg": message}}, status)


def authenticate(shop: DemoShop, header: str | None) -> Doc | None:
    """The user ``Authorization: Basic base64(<email>:<API key>)`` names, or None."""
    scheme, _, credentials = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(credentials.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    email, _, key = decoded.partition(":")
    return shop.user_for_api_token(email, key) if email and key else None


def _person(user: Doc | None) -> Doc | None:
    if user is None:
        return None
    first, _, last = str(user.get("name") or "").partition(" ")
    return {
        "id": user["id"],
        "email": user.get("email"),
        "name": user.get("name"),
        "firstname": first,
        "lastname": last,
    }


def _user(user: Doc) -> Doc:
    active = not user.get("suspended") and user.get("active") is not False
    return {**(_person(user) or {}), "role": {"name": user.get("role")}, "active": active}


def _customer(user: Doc) -> Doc:
    return {
        **(_person(user) or {}),
        "language": user.get("locale"),
        "channels": [{"type": "email", "address": user.get("email"), "preferred": True}],
    }


def _team(shop: DemoShop, group_id: Any) -> Doc | None:
    group = None if group_id is None else shop.get_group(group_id)
    return None if group is None else {"id": group["id"], "name": group["name"]}


def _ticket_id(ticket_id: str) -> int | str:
    return int(ticket_id) if ticket_id.isdigit() else ticket_id


def gorgias_ticket(shop: DemoShop, ticket: Doc) -> Doc:
    audits = shop.audits(str(ticket["id"]))
    requester = shop.get_user(ticket["requester_id"]) if ticket.get("requester_id") else None
    assignee = shop.get_user(ticket["assignee_id"]) if ticket.get("assignee_id") else None
    created = audits[0]["created_at"] if audits else ticket.get("created_at")
    return {
        "id": _ticket_id(str(ticket["id"])),
        "uri": f"/api/tickets/{ticket['id']}/",
        "status": "closed" if ticket.get("status") in _CLOSED else "open",
        "channel": "email",
        "via": "email",
        "subject": ticket.get("subject") or "",  # the demo's helpdesk keeps no subjects
        "customer": _person(requester),
        "assignee_user": _person(assignee),
        "assignee_team": _team(shop, ticket.get("group_id")),
        "tags": [{"name": tag} for tag in ticket.get("tags") or ()],
        "created_datetime": created,
        "updated_datetime": ticket.get("updated_at") or created,
    }


def messages(shop: DemoShop, ticket_id: str) -> list[Doc]:
    """The ticket's comments as Gorgias messages, oldest first."""
    ticket = shop.get_ticket(ticket_id)
    customer = shop.get_user(ticket["requester_id"]) if ticket.get("requester_id") else None
    found = []
    for audit in shop.audits(ticket_id):
        for event in audit.get("events") or ():
            if event.get("type") != "Comment":
                continue
            author = shop.get_user(event.get("author_id") or audit.get("author_id") or 0)
            from_agent = author is not None and author.get("role") in STAFF
            public = bool(event.get("public"))
            found.append(
                {
                    "id": event["id"],
                    "uri": f"/api/tickets/{ticket_id}/messages/{event['id']}/",
                    "ticket_id": _ticket_id(ticket_id),
                    "public": public,
                    "channel": "email" if public else "internal-note",
                    "via": "api" if from_agent else "email",
                    "from_agent": from_agent,
                    "sender": _person(author),
                    "receiver": _person(customer) if from_agent and public else None,
                    "body_text": event.get("body"),
                    "body_html": event.get("body_html") or event.get("body"),
                    "created_datetime": audit["created_at"],
                    "sent_datetime": audit["created_at"] if from_agent and public else None,
                }
            )
    return found


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps(["next", offset]).encode()).decode()


def _page(request: web.Request, items: list[Doc], sort_key: str) -> web.Response:
    """Gorgias's list shape: ``data``, ``object``, ``uri``, ``meta`` with the cursors."""
    try:
        limit = int(request.query.get("limit", DEFAULT_LIMIT))
        raw = request.query.get("cursor")
        start = json.loads(base64.urlsafe_b64decode(raw.encode()))[1] if raw else 0
    except (ValueError, TypeError, IndexError, binascii.Error):
        return _error(400, "invalid limit or cursor")
    if not 1 <= limit <= MAX_LIMIT:
        return _error(400, f"limit must be between 1 and {MAX_LIMIT}")
    order = request.query.get("order_by", f"{sort_key}:asc")
    field, _, direction = order.partition(":")
    if field != sort_key or direction not in ("asc", "desc"):
        return _error(400, f"order_by must be {sort_key}:asc or {sort_key}:desc")
    ordered = sorted(items, key=lambda i: (str(i.get(sort_key) or ""), str(i.get("id"))))
    if direction == "desc":
        ordered.reverse()
    chunk = ordered[start : start + limit]
    more = start + limit < len(ordered)
    return _json(
        {
            "data": chunk,
            "object": "list",
            "uri": request.path.removeprefix("/gorgias"),
            "meta": {
                "next_cursor": _cursor(start + limit) if more else None,
                "prev_cursor": _cursor(max(start - limit, 0)) if start else None,
            },
        }
    )


@web.middleware
async def gorgias_auth(request: web.Request, handler: Any) -> web.StreamResponse:
    if not request.path.startswith(PREFIX + "/"):
        response: web.StreamResponse = await handler(request)
        return response
    user = authenticate(_shop(request), request.headers.get("Authorization"))
    if user is None or user.get("suspended") or user.get("active") is False:
        return _error(401, "Unauthorized: wrong e-mail or API key")
    if user.get("role") not in STAFF:
        return _error(403, "Forbidden")
    limit = request.app.get(RATE_LIMIT)
    allowed, wait, used = limit.take() if limit is not None else (True, 0, "")
    if not allowed:
        refused = _error(429, "Too many requests")
        refused.headers.update({"Retry-After": str(wait), LIMIT_HEADER: used})
        return refused
    request[ACTOR] = user
    response = await handler(request)
    if used:
        response.headers[LIMIT_HEADER] = used
    return response


def _shop(request: web.Request) -> DemoShop:
    from supportloop.devtools.demo_store.server import SHOP_KEY  # server imports this module

    return request.app[SHOP_KEY]


def _known_ticket(shop: DemoShop, ticket_id: str) -> Doc | None:
    return shop.find_ticket(ticket_id)


async def _body(request: web.Request) -> Doc | None:
    try:
        data = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


async def get_ticket(request: web.Request) -> web.Response:
    shop = _shop(request)
    ticket = _known_ticket(shop, request.match_info["id"])
    if ticket is None:
        return _error(404, "Ticket not found")
    return _json(gorgias_ticket(shop, ticket))


async def list_tickets(request: web.Request) -> web.Response:
    shop = _shop(request)
    customer = request.query.get("customer_id", "")
    if customer and not customer.isdigit():
        return _error(400, "customer_id must be an integer")
    tickets = shop.requested_tickets(customer) if customer else shop.tickets()
    found = [gorgias_ticket(shop, t) for t in tickets]
    return _page(request, found, "created_datetime")


async def list_messages(request: web.Request) -> web.Response:
    shop, ticket_id = _shop(request), request.match_info["id"]
    if _known_ticket(shop, ticket_id) is None:
        return _error(404, "Ticket not found")
    return _page(request, messages(shop, ticket_id), "created_datetime")


async def create_message(request: web.Request) -> web.Response:
    """An outgoing message or an internal note by a user (``from_agent``). No idempotency:
    every request is a new message, as at Gorgias."""
    shop, ticket_id = _shop(request), request.match_info["id"]
    ticket = _known_ticket(shop, ticket_id)
    body = await _body(request)
    if ticket is None:
        return _error(404, "Ticket not found")
    if body is None:
        return _error(400, "invalid JSON")
    channel, text = body.get("channel"), body.get("body_text") or body.get("body_html")
    sender = shop.get_user((body.get("sender") or {}).get("id") or 0)
    problems = []
    if not isinstance(channel, str) or not channel:
        problems.append("channel is required")
    if body.get("from_agent") is not True:
        problems.append("from_agent must be true (incoming messages are not emulated)")
    if sender is None or sender.get("role") not in STAFF:
        problems.append("sender must reference a user")
    if not isinstance(text, str) or not text.strip():
        problems.append("body_text or body_html is required")
    note = channel == "internal-note"
    receiver = (body.get("receiver") or {}).get("id")
    if not note and str(receiver) != str(ticket.get("requester_id")):
        problems.append("receiver must reference the ticket's customer")
    if note and receiver is not None:
        problems.append("an internal note has no receiver")
    if problems:
        return _json({"error": {"msg": "; ".join(problems)}}, 400)
    assert sender is not None and isinstance(text, str)
    shop.add_comment(ticket_id, text, not note, None, int(sender["id"]))
    created = messages(shop, ticket_id)[-1]
    return _json(created, 201)


async def add_tags(request: web.Request) -> web.Response:
    shop, ticket_id = _shop(request), request.match_info["id"]
    body = await _body(request)
    if _known_ticket(shop, ticket_id) is None:
        return _error(404, "Ticket not found")
    names = (body or {}).get("names")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        return _error(400, "names must be a non-empty list of tag names")
    shop.add_tags(ticket_id, list(names), None, int(request[ACTOR]["id"]))
    return web.Response(status=201)


async def update_ticket(request: web.Request) -> web.Response:
    shop, ticket_id = _shop(request), request.match_info["id"]
    body = await _body(request)
    if _known_ticket(shop, ticket_id) is None:
        return _error(404, "Ticket not found")
    if body is None:
        return _error(400, "invalid JSON")
    user_id, team_id = _id(body.get("assignee_user")), _id(body.get("assignee_team"))
    if user_id is not None:
        user = shop.get_user(user_id)
        if user is None or user.get("role") not in STAFF:
            return _error(400, "assignee_user: no such user")
    if team_id is not None and shop.get_group(team_id) is None:
        return _error(400, "assignee_team: no such team")
    if user_id is None and team_id is None:
        return _error(400, "only assignee_user and assignee_team are emulated")
    shop.update_ticket(
        ticket_id,
        None,
        assignee_id=None if user_id is None else int(user_id),
        group_id=None if team_id is None else int(team_id),
        author_id=int(request[ACTOR]["id"]),
    )
    return _json(gorgias_ticket(shop, shop.get_ticket(ticket_id)), 202)


def _id(value: Any) -> Any:
    return value.get("id") if isinstance(value, dict) else None


async def get_user(request: web.Request) -> web.Response:
    raw = request.match_info["id"]
    user = request[ACTOR] if raw == "0" else _shop(request).get_user(raw)
    if user is None or user.get("role") not in STAFF:
        return _error(404, "User not found")
    return _json(_user(user))


async def get_customer(request: web.Request) -> web.Response:
    user = _shop(request).get_user(request.match_info["id"])
    if user is None or user.get("role") in STAFF:
        return _error(404, "Customer not found")
    return _json(_customer(user))


async def get_team(request: web.Request) -> web.Response:
    shop = _shop(request)
    team = _team(shop, request.match_info["id"])
    if team is None:
        return _error(404, "Team not found")
    return _json(team)


def routes() -> list[web.RouteDef]:
    p = PREFIX
    return [
        web.get(f"{p}/tickets", list_tickets),
        web.get(f"{p}/tickets/{{id}}", get_ticket),
        web.put(f"{p}/tickets/{{id}}", update_ticket),
        web.get(f"{p}/tickets/{{id}}/messages", list_messages),
        web.post(f"{p}/tickets/{{id}}/messages", create_message),
        web.post(f"{p}/tickets/{{id}}/tags", add_tags),
        web.get(f"{p}/users/{{id}}", get_user),
        web.get(f"{p}/customers/{{id}}", get_customer),
        web.get(f"{p}/teams/{{id}}", get_team),
    ]
