"""What the resolution workflow needs from the outside world. The HTTP connectors implement
these; tests use in-memory fakes. Payloads are the remote systems' JSON documents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from supportloop.core.knowledge import KbMatch
from supportloop.errors import ConnectorRejected

Doc = dict[str, Any]


class Commerce(Protocol):
    async def get_order(self, order_id: str) -> Doc | None: ...
    async def latest_order_for(self, email: str) -> Doc | None: ...
    async def update_shipping_address(self, order_id: str, address: Doc, key: str) -> Doc: ...
    async def remove_line_item(
        self, order_id: str, line_item_id: int, key: str, quantity: int | None = None
    ) -> Doc:
        """Take ``quantity`` units (all when None) of a line item off an unfulfilled order."""
        ...

    async def cancel_order(self, order_id: str, key: str) -> Doc: ...
    async def refund_order(self, order_id: str, amount: str, key: str) -> Doc: ...
    async def suggested_refund(self, order_id: str, lines: list[Doc]) -> Doc:
        """What refunding ``lines`` ({line_item_id, quantity}) comes to, as the shop computes
        it (``amount``, a 2-decimal string). Read-only."""
        ...

    async def refund_line_items(self, order_id: str, lines: list[Doc], key: str) -> Doc:
        """Refund the named units, by the amount the shop suggests for them."""
        ...

    async def create_return(self, order_id: str, key: str, lines: list[Doc] | None = None) -> Doc:
        """A return of ``lines`` ({line_item_id, quantity}), or of every fulfilled item."""
        ...

    async def find_product(self, title: str) -> Doc | None:
        """The product with this title: ``title``, ``product_type``, ``sizes`` (list)."""
        ...


class HelpdeskRecords(Protocol):
    """What verifying an approval reads from the helpdesk: the ticket, its audit trail and
    the people in it (Zendesk: ticket audits, users, group memberships, groups)."""

    async def get_ticket(self, ticket_id: str) -> Doc | None: ...
    async def ticket_audits(self, ticket_id: str, max_pages: int) -> tuple[list[Doc], bool]:
        """The ticket's audits, oldest first, and whether that is all of them (False: more
        than ``max_pages`` pages)."""
        ...

    async def get_user(self, user_id: str) -> Doc | None: ...
    async def current_user(self) -> Doc | None:
        """The user SupportLoop's own credentials act as."""
        ...

    async def user_group_memberships(self, user_id: str) -> list[Doc]: ...
    async def get_group(self, group_id: str) -> Doc | None: ...


class Helpdesk(HelpdeskRecords, Protocol):
    async def public_reply(
        self, ticket_id: str, body: str, key: str, tags: Sequence[str] = ()
    ) -> Doc:
        """The reply, with ``tags`` added to the ticket in the same update."""
        ...

    async def internal_note(self, ticket_id: str, body: str, key: str) -> Doc: ...
    async def add_tags(self, ticket_id: str, tags: list[str], key: str) -> Doc: ...


class TicketHistory(Protocol):
    """A customer's tickets on the helpdesk, for the hand-off note's customer context."""

    async def requested_tickets(self, requester_id: str) -> list[Doc]: ...


class Subscriptions(Protocol):
    async def subscriptions_for(self, email: str) -> list[Doc]: ...
    async def products(self) -> list[Doc]: ...
    async def get_subscription(self, subscription_id: str) -> Doc | None: ...
    async def pause(self, subscription_id: str, key: str) -> Doc: ...
    async def skip_next(self, subscription_id: str, key: str) -> Doc: ...
    async def set_next_charge_date(self, subscription_id: str, day: str, key: str) -> Doc:
        """Move the next charge to ``day`` (YYYY-MM-DD): a pause that resumes by itself."""
        ...

    async def swap(self, subscription_id: str, sku: str, key: str) -> Doc: ...
    async def set_frequency(self, subscription_id: str, weeks: int, key: str) -> Doc: ...


class Accounts(Protocol):
    async def get_account(self, email: str) -> Doc | None: ...
    async def send_password_reset(self, email: str, key: str) -> Doc: ...
    async def request_email_change(self, email: str, new_email: str, key: str) -> Doc: ...


class NoAccountsService:
    """A shop with no accounts service SupportLoop can call (Shopify's Admin API has no
    password reset or login-email change on a customer's behalf): the account facts are
    unknown, so ``account_help`` escalates; an effect that reaches here is refused."""

    async def get_account(self, email: str) -> Doc | None:
        raise ConnectorRejected("accounts", "no accounts service is configured", 501)

    async def send_password_reset(self, email: str, key: str) -> Doc:
        raise ConnectorRejected("accounts", "no accounts service is configured", 501)

    async def request_email_change(self, email: str, new_email: str, key: str) -> Doc:
        raise ConnectorRejected("accounts", "no accounts service is configured", 501)


class KnowledgeSearch(Protocol):
    def search(self, question: str, locale: str = "en") -> KbMatch | None: ...


class EffectLedger(Protocol):
    """Remembers effects by idempotency key so a redelivered ticket never acts twice."""

    async def get(self, key: str) -> Doc | None: ...
    async def record(self, key: str, value: Doc) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class InMemoryLedger:
    def __init__(self) -> None:
        self.entries: dict[str, Doc] = {}

    async def get(self, key: str) -> Doc | None:
        return self.entries.get(key)

    async def record(self, key: str, value: Doc) -> None:
        self.entries.setdefault(key, value)
