"""A helpdesk connector for Gorgias's REST API, behind the same ports as the Zendesk one
(``supportloop.core.resolution.ports``: HelpdeskRecords, Helpdesk, TicketHistory, and the
escalator's ``update_ticket``). Gorgias's documents are translated here into the neutral,
Zendesk-shaped documents the core reads, so the resolver and the escalator do not change.

Base URL ``https://{domain}.gorgias.com`` (paths under ``/api``), HTTP Basic auth with the
user's e-mail and a REST API key (Settings → REST API;
https://developers.gorgias.com/docs/create-a-new-message-in-ticket-via-api, "Authenticate
your account"). The calls, as documented:

- ``GET /api/tickets/{id}`` (Retrieve a ticket, https://developers.gorgias.com/reference/get-ticket;
  the Ticket object,
  https://developers.gorgias.com/reference/the-ticket-object): ``status`` ``open``/``closed``,
  ``customer`` {id, email, name}, ``assignee_user``, ``assignee_team``, ``tags`` [{name}],
  ``channel``, ``created_datetime``, ``updated_datetime``, ``messages``.
- ``GET /api/tickets/{id}/messages`` (List messages of a ticket,
  https://developers.gorgias.com/reference/list-ticket-messages; the TicketMessage object,
  https://developers.gorgias.com/reference/ticket-messages): cursor pagination with
  ``limit`` (≤ 100), ``cursor`` from ``meta.next_cursor`` and ``order_by``
  (https://developers.gorgias.com/reference/pagination-1). Read for a bounded number of pages,
  as the Zendesk audits are. Each message is one neutral audit holding one ``Comment`` event
  (``public`` false for an internal note).
- ``POST /api/tickets/{id}/messages`` (Create a message,
  https://developers.gorgias.com/reference/create-ticket-message; tutorial
  https://developers.gorgias.com/docs/create-a-new-message-in-ticket-via-api): an outgoing
  message has ``from_agent: true``, ``sender`` a user, ``receiver`` the customer, ``channel``
  the ticket's (``email``, ``chat`` …); an internal note has ``channel: "internal-note"`` and
  no receiver; the body is ``body_text`` and ``body_html``.
- ``POST /api/tickets/{id}/tags`` with ``{"names": [...]}`` (Add tags to a ticket,
  https://developers.gorgias.com/reference/create-ticket-tags): adds, keeps the others.
- ``PUT /api/tickets/{id}`` with ``assignee_user: {id}`` / ``assignee_team: {id}`` (Update a
  ticket, https://developers.gorgias.com/reference/update-ticket).
- ``GET /api/users/{id}`` (https://developers.gorgias.com/reference/get-user; ``0``: the user
  the credentials act as, as other Gorgias clients read it) and
  ``GET /api/customers/{id}`` (https://developers.gorgias.com/reference/get_api-customers-id-);
  ``GET /api/teams/{id}`` for a team by id.
- ``GET /api/tickets?customer_id=…`` (List tickets,
  https://developers.gorgias.com/reference/get_api-tickets): one page, the customer's tickets.
- Rate limits (https://developers.gorgias.com/reference/limitations): a leaky bucket (API
  keys: 40 requests per 20 s); over it, 429 with ``Retry-after`` in seconds, which the shared
  ``HttpConnector`` honours.

Gorgias has no idempotency keys: a message that gets a 500/502/504 or a timeout once sent is
never sent again (``replay_safe=False``); tags and the assignee set values and are retried.

Ids: Gorgias users (agents) and customers are two id spaces. A customer's neutral id is
``customer:<id>`` so it is never taken for an agent's (``get_user`` reads it from
``/api/customers``; an approval by a customer id is refused by the core, which wants digits).

Not available: Gorgias's messages carry no tag changes, so an approval (a tag an agent
added) cannot be traced to its author from them; the approval check finds no tag audit and
refuses, fail closed. (Gorgias's Events API would be the place; not built.) Team memberships
of a user are not read: ``user_group_memberships`` returns none.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping, Sequence
from typing import Any

from supportloop.adapters.connectors.http import HttpConnector
from supportloop.errors import ConnectorRejected

API = "/api"
PAGE_LIMIT = "100"  # the most a Gorgias list returns per page
CUSTOMER_PREFIX = "customer:"
CURRENT_USER = "0"  # GET /api/users/0: the user the API key belongs to
INTERNAL_NOTE = "internal-note"
VIA = "api"
# Channels a reply can go out on; a ticket opened any other way is answered by e-mail.
REPLY_CHANNELS = frozenset({"email", "chat", "sms", "facebook", "instagram-direct-message"})
DEFAULT_REPLY_CHANNEL = "email"
Doc = dict[str, Any]


def basic_auth(user: str, api_key: str) -> dict[str, str]:
    """``Authorization: Basic base64(email:api_key)``, as Gorgias's REST API keys are used."""
    token = base64.b64encode(f"{user}:{api_key}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def customer_ref(customer_id: Any) -> str | None:
    return None if customer_id is None else f"{CUSTOMER_PREFIX}{customer_id}"


def _id(value: Any) -> Any:
    return value.get("id") if isinstance(value, Mapping) else None


def neutral_ticket(ticket: Mapping[str, Any]) -> Doc:
    """A Gorgias ticket as the neutral (Zendesk-shaped) document the core reads."""
    tags = [
        str(t.get("name")) if isinstance(t, Mapping) else str(t) for t in ticket.get("tags") or ()
    ]
    return {
        "id": ticket.get("id"),
        "status": ticket.get("status"),
        "subject": ticket.get("subject"),
        "requester_id": customer_ref(_id(ticket.get("customer"))),
        "tags": tags,
        "assignee_id": _id(ticket.get("assignee_user")),
        "group_id": _id(ticket.get("assignee_team")),
        "created_at": ticket.get("created_datetime"),
        "updated_at": ticket.get("updated_datetime"),
        "via": {"channel": ticket.get("channel")},
    }


def message_author(message: Mapping[str, Any]) -> str | None:
    """An agent's user id, or a customer's ``customer:<id>``."""
    sender = _id(message.get("sender"))
    if sender is None:
        return None
    return str(sender) if message.get("from_agent") else customer_ref(sender)


def message_text(message: Mapping[str, Any]) -> str:
    text = message.get("body_text") or message.get("stripped_text")
    return str(text if text is not None else message.get("body_html") or "")


def neutral_audit(message: Mapping[str, Any]) -> Doc:
    """One message as one audit holding one ``Comment`` event (Zendesk's shape)."""
    author = message_author(message)
    public = message.get("public") is True and message.get("channel") != INTERNAL_NOTE
    return {
        "id": message.get("id"),
        "ticket_id": message.get("ticket_id"),
        "author_id": author,
        "created_at": message.get("created_datetime"),
        "events": [
            {
                "id": message.get("id"),
                "type": "Comment",
                "author_id": author,
                "body": message_text(message),
                "public": public,
                "channel": message.get("channel"),
            }
        ],
    }


def neutral_user(user: Mapping[str, Any]) -> Doc:
    """A Gorgias user (an agent) with the neutral ``role``, ``active``, ``suspended``."""
    role = user.get("role")
    name = role.get("name") if isinstance(role, Mapping) else role
    active = user.get("active") is not False and not user.get("deactivated_datetime")
    return {
        "id": user.get("id"),
        "name": user.get("name"),
        "email": user.get("email"),
        "role": None if name is None else str(name),
        "active": active,
        "suspended": not active,
    }


def neutral_customer(customer: Mapping[str, Any]) -> Doc:
    return {
        "id": customer_ref(customer.get("id")),
        "name": customer.get("name"),
        "email": customer.get("email"),
        "role": "end-user",
        "locale": customer.get("language"),
        "active": True,
        "suspended": False,
    }


def _customer_number(ref: str) -> str | None:
    number = ref.removeprefix(CUSTOMER_PREFIX)
    return number if ref.startswith(CUSTOMER_PREFIX) and number.isdigit() else None


class GorgiasHelpdesk(HttpConnector):
    service = "helpdesk"

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self._me: Doc | None = None

    async def _ticket(self, ticket_id: str) -> Doc | None:
        return await self.request("GET", f"{API}/tickets/{ticket_id}", allow_404=True)

    async def get_ticket(self, ticket_id: str) -> Doc | None:
        ticket = await self._ticket(ticket_id)
        return None if ticket is None else neutral_ticket(ticket)

    async def _list(
        self, path: str, params: dict[str, str], max_pages: int
    ) -> tuple[list[Doc], bool]:
        """Up to ``max_pages`` pages of a cursor-paginated list; True when that was all."""
        items: list[Doc] = []
        query = {"limit": PAGE_LIMIT, **params}
        for _ in range(max_pages):
            data = await self.request("GET", path, params=query, allow_404=True)
            if data is None:
                return items, True
            items += [item for item in data.get("data") or () if isinstance(item, dict)]
            cursor = (data.get("meta") or {}).get("next_cursor")
            if not cursor:
                return items, True
            query = {"limit": PAGE_LIMIT, **params, "cursor": str(cursor)}
        return items, False

    async def ticket_audits(self, ticket_id: str, max_pages: int) -> tuple[list[Doc], bool]:
        path = f"{API}/tickets/{ticket_id}/messages"
        order = {"order_by": "created_datetime:asc"}
        messages, complete = await self._list(path, order, max_pages)
        ordered = sorted(
            messages, key=lambda m: (str(m.get("created_datetime") or ""), str(m.get("id")))
        )
        return [neutral_audit(m) for m in ordered], complete

    async def get_user(self, user_id: str) -> Doc | None:
        number = _customer_number(user_id)
        if number is not None:
            customer = await self.request("GET", f"{API}/customers/{number}", allow_404=True)
            return None if customer is None else neutral_customer(customer)
        if not user_id.isdigit() or user_id == CURRENT_USER:
            return None  # an id from a payload never becomes a path of its own
        user = await self.request("GET", f"{API}/users/{user_id}", allow_404=True)
        return None if user is None else neutral_user(user)

    async def current_user(self) -> Doc | None:
        if self._me is None:
            user = await self.request("GET", f"{API}/users/{CURRENT_USER}")
            self._me = neutral_user(user) if user else None
        return self._me

    async def user_group_memberships(self, user_id: str) -> list[Doc]:
        return []  # not read from Gorgias (see the module docstring)

    async def get_group(self, group_id: str) -> Doc | None:
        if not group_id.isdigit():
            return None
        team = await self.request("GET", f"{API}/teams/{group_id}", allow_404=True)
        if team is None:
            return None
        return {"id": team.get("id"), "name": team.get("name"), "deleted": False}

    async def requested_tickets(self, requester_id: str) -> list[Doc]:
        """The customer's tickets: one page of up to 100."""
        number = _customer_number(requester_id)
        if number is None:
            return []
        tickets, _ = await self._list(f"{API}/tickets", {"customer_id": number}, 1)
        return [neutral_ticket(t) for t in tickets]

    async def _sender(self) -> Doc:
        me = await self.current_user()
        if not me or me.get("id") is None:
            raise ConnectorRejected(self.service, "GET /api/users/0 named no user to post as")
        return {"id": me["id"]}

    async def _message(self, ticket_id: str, message: Doc) -> Doc:
        data = await self.request(
            "POST", f"{API}/tickets/{ticket_id}/messages", json=message, replay_safe=False
        )
        return data or {}

    @staticmethod
    def _body(text: str) -> Doc:
        return {"body_text": text, "body_html": html.escape(text).replace("\n", "<br>")}

    async def public_reply(
        self, ticket_id: str, body: str, key: str, tags: Sequence[str] = ()
    ) -> Doc:
        """The reply on the ticket's channel, to its customer; ``tags`` added first (they
        are safe to send twice, the reply is not: Gorgias keeps no idempotency keys)."""
        if tags:
            await self.add_tags(ticket_id, list(tags), key)
        ticket = await self._ticket(ticket_id) or {}
        channel = str(ticket.get("channel") or "")
        message: Doc = {
            "channel": channel if channel in REPLY_CHANNELS else DEFAULT_REPLY_CHANNEL,
            "via": VIA,
            "from_agent": True,
            "public": True,
            "sender": await self._sender(),
            "receiver": {"id": _id(ticket.get("customer"))},
            **self._body(body),
        }
        return await self._message(ticket_id, message)

    async def internal_note(self, ticket_id: str, body: str, key: str) -> Doc:
        message = {
            "channel": INTERNAL_NOTE,
            "via": VIA,
            "from_agent": True,
            "public": False,
            "sender": await self._sender(),
            **self._body(body),
        }
        return await self._message(ticket_id, message)

    async def add_tags(self, ticket_id: str, tags: list[str], key: str) -> Doc:
        data = await self.request(
            "POST",
            f"{API}/tickets/{ticket_id}/tags",
            json={"names": list(tags)},
            replay_safe=True,  # adding tags a ticket already has changes nothing
        )
        return data or {}

    async def update_ticket(
        self,
        ticket_id: str,
        key: str,
        *,
        note: str | None = None,
        tags: list[str] | None = None,
        assignee_id: int | None = None,
        group_id: int | None = None,
    ) -> Doc:
        """Tags, then the assignee and team (``PUT``), then the internal note: Gorgias has
        no combined update with a note. Tags and assignment set values and may be sent again;
        the note goes last and once, so a failure before it leaves no note to repeat (the
        escalator looks for the note's marker before sending it again)."""
        if tags:
            await self.add_tags(ticket_id, tags, key)
        assignment: Doc = {}
        if assignee_id is not None:
            assignment["assignee_user"] = {"id": assignee_id}
        if group_id is not None:
            assignment["assignee_team"] = {"id": group_id}
        ticket: Doc = {}
        if assignment:
            ticket = (
                await self.request(
                    "PUT", f"{API}/tickets/{ticket_id}", json=assignment, replay_safe=True
                )
                or {}
            )
        if note is not None:
            await self.internal_note(ticket_id, note, key)
        return neutral_ticket(ticket) if ticket else {}
