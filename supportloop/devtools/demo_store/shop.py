"""The demo shop's state in SQLite: orders, subscriptions, accounts and helpdesk tickets stored
as JSON documents, plus a log of every side effect received and an idempotency table.

The helpdesk keeps Zendesk's record of who did what: users (agents, an admin, the API user
SupportLoop acts as, customers as end-users), groups and memberships, and an audit for every
ticket change (comments, tags added or removed, assignee, requester, status) whose
``author_id`` is the user the request authenticated as.

Used by the HTTP demo store and, over ``:memory:``, as the state behind the test fakes.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

Doc = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (kind TEXT, id TEXT, body TEXT, PRIMARY KEY (kind, id));
CREATE TABLE IF NOT EXISTS side_effects (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, target TEXT, idempotency_key TEXT,
  payload TEXT, result TEXT, at TEXT);
CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, kind TEXT, result TEXT);
CREATE INDEX IF NOT EXISTS docs_kind ON docs (kind);
CREATE TABLE IF NOT EXISTS audits (
  id INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id TEXT, body TEXT);
CREATE INDEX IF NOT EXISTS audits_ticket ON audits (ticket_id);
CREATE INDEX IF NOT EXISTS docs_requester ON docs (kind, json_extract(body, '$.requester_id'));
CREATE INDEX IF NOT EXISTS docs_email ON docs (kind, lower(json_extract(body, '$.email')));
"""
FIRST_AUDIT_ID = 7_000_000  # audit and event ids in the range Zendesk's look like


class ShopError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def unit_refund(line: Doc) -> float:
    """A unit's price less its share of the line's allocated discount (``discount``)."""
    units = max(int(line.get("quantity") or 1), 1)
    return round(float(line["price"]) - float(line.get("discount") or 0) / units, 2)


def refunded_units(order: Doc, line_item_id: int) -> int:
    return sum(
        int(li["quantity"])
        for r in order.get("refunds") or ()
        if r.get("note") != "edit"
        for li in r.get("line_items") or ()
        if int(li["line_item_id"]) == line_item_id
    )


def _suggested(order: Doc, lines: list[Doc]) -> Doc:
    by_id = {int(li["id"]): li for li in order.get("line_items") or ()}
    amount = 0.0
    out = []
    for line in lines:
        item = by_id.get(int(line["line_item_id"]))
        if item is None:
            raise ShopError(422, f"line item {line['line_item_id']} is not on the order")
        units = int(line["quantity"])
        refundable = int(item["quantity"]) - refunded_units(order, int(item["id"]))
        if not 0 < units <= refundable:
            raise ShopError(422, f"only {refundable} of line item {item['id']} can be refunded")
        amount += unit_refund(item) * units
        out.append({"line_item_id": int(item["id"]), "quantity": units})
    refunded = sum(
        float(r["amount"]) for r in order.get("refunds") or () if r.get("note") != "edit"
    )
    maximum = max(float(order["total_price"]) - refunded, 0.0)
    return {"amount": f"{min(amount, maximum):.2f}", "maximum": f"{maximum:.2f}", "lines": out}


def net_payment(order: Doc) -> float:
    """``Order.netPaymentSet``: received (the total before edits) minus every refund."""
    refunds = order.get("refunds") or ()
    received = float(order["total_price"]) + sum(
        float(r["amount"]) for r in refunds if r.get("note") == "edit"
    )
    return round(received - sum(float(r["amount"]) for r in refunds), 2)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _append_comment(ticket: Doc, body: str, public: bool, author_id: int | None = None) -> None:
    comment = {"id": len(ticket["comments"]) + 1, "body": body, "public": public}
    ticket["comments"].append({**comment, "author_id": author_id})
    if public:
        ticket["status"] = "solved"


def _add_tags(ticket: Doc, tags: list[str]) -> None:
    ticket["tags"] = sorted(set(ticket["tags"]) | set(tags))


def _remove_tags(ticket: Doc, tags: list[str]) -> None:
    ticket["tags"] = sorted(set(ticket["tags"]) - set(tags))


def _new_ticket(ticket_id: str) -> Doc:
    return {
        "id": ticket_id,
        "tags": [],
        "comments": [],
        "assignee_id": None,
        "requester_id": None,
        "status": "open",
    }


_AUDITED_FIELDS = ("status", "assignee_id", "requester_id", "group_id")


def _audit_events(before: Doc, after: Doc) -> list[Doc]:
    """Zendesk audit events for one update: a Comment per new comment, a Change per field
    (for tags: the whole list after and before, as Zendesk reports it)."""
    events: list[Doc] = [
        {"type": "Comment", "author_id": c.get("author_id"), "body": c["body"],
         "public": c["public"], "attachments": []}
        for c in after["comments"][len(before["comments"]):]
    ]  # fmt: skip
    if sorted(before["tags"]) != sorted(after["tags"]):
        events.append(
            {"type": "Change", "field_name": "tags", "value": list(after["tags"]),
             "previous_value": list(before["tags"])}
        )  # fmt: skip
    for name in _AUDITED_FIELDS:
        if before.get(name) != after.get(name):
            old, new = before.get(name), after.get(name)
            events.append(
                {"type": "Change", "field_name": name,
                 "value": None if new is None else str(new),
                 "previous_value": None if old is None else str(old)}
            )  # fmt: skip
    return events


class DemoShop:
    def __init__(
        self, db_path: str, seed: Doc | None = None, *, strict_idempotency: bool = False
    ) -> None:
        # Strict: idempotency keys are recorded but absorb nothing, as with the real APIs that
        # have none (Shopify honours only @idempotent mutations, Zendesk and Recharge none):
        # the pipeline's own ledger and state checks must stop repeats.
        self.strict_idempotency = strict_idempotency
        self._lock = threading.RLock()
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        # WAL without a sync per statement: a demo store needs speed more than power-loss safety.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        empty = self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0] == 0
        if seed is not None and empty:
            self.load_seed(seed)
        elif seed is not None and not self._all("hd_user"):  # a store from before its people
            with self._lock:
                self._db.execute("BEGIN")
                self._load_helpdesk(seed)
                self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    # storage ------------------------------------------------------------------------------
    def load_seed(self, seed: Doc) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            for order in seed["orders"]:
                self._put("order", str(order["id"]), order)
            for sub in seed["subscriptions"]:
                self._put("subscription", str(sub["id"]), sub)
            for customer in seed["customers"]:
                account = {
                    "id": customer["id"],
                    "email": customer["email"],
                    "first_name": customer["first_name"],
                    "pending_email": None,
                    "password_resets": 0,
                }
                self._put("account", customer["email"], account)
            for product in seed["products"]:
                self._put("product", product["sku"], product)
            self._load_helpdesk(seed)
            self._db.execute("COMMIT")

    def _load_helpdesk(self, seed: Doc) -> None:
        desk = seed.get("helpdesk") or {}
        for user in desk.get("users", ()):
            self._put("hd_user", str(user["id"]), user)
        for group in desk.get("groups", ()):
            self._put("hd_group", str(group["id"]), group)
        for membership in desk.get("group_memberships", ()):
            self._put("hd_membership", str(membership["id"]), membership)
        for grant in desk.get("oauth_tokens", ()):
            self._put("hd_token", str(grant["token"]), {"user_id": grant["user_id"]})
        account = {"api_user_id": desk.get("api_user_id"), "api_token": desk.get("api_token")}
        self._put("hd_account", "account", account)
        for seeded in desk.get("tickets", ()):
            ticket_id = str(seeded["id"])
            ticket = self._get("ticket", ticket_id) or _new_ticket(ticket_id)
            if ticket.get("requester_id") is None:
                ticket["requester_id"] = seeded["requester_id"]
            self._put("ticket", ticket_id, ticket)

    def _put(self, kind: str, key: str, doc: Doc) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO docs (kind, id, body) VALUES (?, ?, ?)",
            (kind, key, json.dumps(doc)),
        )

    def _get(self, kind: str, key: str) -> Doc | None:
        row = self._db.execute(
            "SELECT body FROM docs WHERE kind = ? AND id = ?", (kind, key)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def _all(self, kind: str) -> list[Doc]:
        rows = self._db.execute("SELECT body FROM docs WHERE kind = ? ORDER BY id", (kind,))
        return [json.loads(r[0]) for r in rows]

    def _require(self, kind: str, key: str) -> Doc:
        doc = self._get(kind, key)
        if doc is None:
            raise ShopError(404, f"{kind} {key} not found")
        return doc

    def write(
        self,
        kind: str,
        target: str,
        payload: Doc,
        key: str | None,
        apply: Callable[[], Doc],
        honour_key: bool | None = None,
    ) -> Doc:
        """Apply a side effect once per idempotency key and record it. ``honour_key``: whether
        a repeated key returns the first result (default: unless strict)."""
        honour = (not self.strict_idempotency) if honour_key is None else honour_key
        with self._lock:
            if key and honour:
                row = self._db.execute(
                    "SELECT result FROM idempotency WHERE key = ?", (key,)
                ).fetchone()
                if row:
                    result: Doc = json.loads(row[0])
                    return result
            self._db.execute("BEGIN")
            try:
                result = apply()
                self._db.execute(
                    "INSERT INTO side_effects (kind, target, idempotency_key, payload, result, at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (kind, target, key, json.dumps(payload), json.dumps(result), _now()),
                )
                if key and honour:
                    self._db.execute(
                        "INSERT OR REPLACE INTO idempotency (key, kind, result) VALUES (?, ?, ?)",
                        (key, kind, json.dumps(result)),
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return result

    def side_effects(self) -> list[Doc]:
        with self._lock:
            rows = self._db.execute(
                "SELECT seq, kind, target, idempotency_key, payload, result, at FROM side_effects"
                " ORDER BY seq"
            ).fetchall()
        return [
            {
                "seq": r[0],
                "kind": r[1],
                "target": r[2],
                "idempotency_key": r[3],
                "payload": json.loads(r[4]),
                "result": json.loads(r[5]),
                "at": r[6],
            }
            for r in rows
        ]

    # commerce -----------------------------------------------------------------------------
    def get_order(self, order_id: str) -> Doc | None:
        with self._lock:
            return self._get("order", order_id.lstrip("#"))

    def orders_by_email(self, email: str) -> list[Doc]:
        with self._lock:
            orders = [o for o in self._all("order") if o["email"] == email.lower()]
        return sorted(orders, key=lambda o: o["created_at"], reverse=True)

    def orders_count(self, email: str) -> int:
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*) FROM docs WHERE kind = 'order' AND "
                "lower(json_extract(body, '$.email')) = ?",
                (email.lower(),),
            ).fetchone()
        return int(row[0])

    def recent_orders(self) -> list[Doc]:
        with self._lock:
            orders = self._all("order")
        return sorted(orders, key=lambda o: o["created_at"], reverse=True)

    def update_shipping_address(self, order_id: str, address: Doc, key: str | None) -> Doc:
        def apply() -> Doc:
            order = self._require("order", order_id)
            if order["fulfillment_status"] or order["cancelled_at"]:
                raise ShopError(422, "order is already fulfilled or cancelled")
            order["shipping_address"] = {**order["shipping_address"], **address}
            self._put("order", order_id, order)
            return order

        return self.write("order.update_address", order_id, {"address": address}, key, apply)

    def remove_line_item(
        self, order_id: str, line_item_id: int, key: str | None, quantity: int | None = None
    ) -> Doc:
        """Take ``quantity`` units (all when None) of a line item off an unfulfilled order and
        refund what they cost."""

        def apply() -> Doc:
            order = self._require("order", order_id)
            if order["fulfillment_status"] or order["cancelled_at"]:
                raise ShopError(422, "order is already fulfilled or cancelled")
            line = next((li for li in order["line_items"] if li["id"] == line_item_id), None)
            if line is None:
                raise ShopError(422, f"line item {line_item_id} not in order")
            units = int(line["quantity"]) if quantity is None else quantity
            if not 0 < units <= int(line["quantity"]):
                raise ShopError(422, f"cannot remove {units} of {line['quantity']} units")
            amount = unit_refund(line) * units
            if units == int(line["quantity"]):
                order["line_items"] = [li for li in order["line_items"] if li is not line]
            else:
                line["discount"] = (
                    f"{float(line.get('discount') or 0) * (1 - units / int(line['quantity'])):.2f}"
                )
                line["quantity"] = int(line["quantity"]) - units
            order["total_price"] = f"{float(order['total_price']) - amount:.2f}"
            order["refunds"].append(
                {"id": len(order["refunds"]) + 1, "amount": f"{amount:.2f}", "note": "edit",
                 "line_items": [{"line_item_id": line_item_id, "quantity": units}]}
            )  # fmt: skip
            self._put("order", order_id, order)
            return order

        payload: Doc = {"remove_line_item_id": line_item_id}
        if quantity is not None:
            payload["quantity"] = quantity
        return self.write("order.edit", order_id, payload, key, apply)

    def suggested_refund(self, order_id: str, lines: list[Doc]) -> Doc:
        """What refunding ``lines`` ({line_item_id, quantity}) comes to, discounts allocated
        per unit as the shop does: Shopify's ``Order.suggestedRefund``."""
        with self._lock:
            order = self._require("order", order_id)
        return _suggested(order, lines)

    def refund_line_items(
        self, order_id: str, lines: list[Doc], amount: str, key: str | None, note: str = ""
    ) -> Doc:
        """A refund of named line items; the amount may not exceed what they are worth."""

        def apply() -> Doc:
            order = self._require("order", order_id)
            suggested = _suggested(order, lines)
            if float(amount) <= 0 or float(amount) > float(suggested["amount"]) + 1e-9:
                raise ShopError(422, "refund exceeds the value of the refunded line items")
            refund = {"id": len(order["refunds"]) + 1, "amount": f"{float(amount):.2f}",
                      "note": note or "customer", "line_items": suggested["lines"]}  # fmt: skip
            order["refunds"].append(refund)
            full = net_payment(order) <= 1e-9
            order["financial_status"] = "refunded" if full else "partially_refunded"
            self._put("order", order_id, order)
            return {"refund": refund, "order": order}

        return self.write(
            "order.refund", order_id, {"amount": amount, "line_items": lines}, key, apply, True
        )

    def cancel_order(self, order_id: str, key: str | None) -> Doc:
        def apply() -> Doc:
            order = self._require("order", order_id)
            if order["cancelled_at"]:
                raise ShopError(422, "order is already cancelled")
            if order["fulfillment_status"]:
                raise ShopError(422, "order is fulfilled and cannot be cancelled")
            order["cancelled_at"] = _now()
            order["financial_status"] = "refunded"
            order["refunds"].append(
                {"id": len(order["refunds"]) + 1, "amount": order["total_price"], "note": "cancel"}
            )
            self._put("order", order_id, order)
            return order

        return self.write("order.cancel", order_id, {"refund": True}, key, apply)

    def refund_order(
        self,
        order_id: str,
        amount: str,
        key: str | None,
        honour_key: bool | None = None,
        note: str = "",
    ) -> Doc:
        def apply() -> Doc:
            order = self._require("order", order_id)
            if float(amount) <= 0 or float(amount) > net_payment(order) + 1e-9:
                raise ShopError(422, "refund exceeds the refundable amount")
            refund = {"id": len(order["refunds"]) + 1, "amount": amount, "note": note or "customer"}
            order["refunds"].append(refund)
            full = net_payment(order) <= 1e-9
            order["financial_status"] = "refunded" if full else "partially_refunded"
            self._put("order", order_id, order)
            return {"refund": refund, "order": order}

        return self.write("order.refund", order_id, {"amount": amount}, key, apply, honour_key)

    def create_return(self, order_id: str, key: str | None, lines: list[Doc] | None = None) -> Doc:
        """A return of ``lines`` ({line_item_id, quantity}; every item when None)."""

        def apply() -> Doc:
            order = self._require("order", order_id)
            if order["returns"]:
                raise ShopError(422, "a return is already open")
            quantities = {int(li["id"]): int(li["quantity"]) for li in order["line_items"]}
            chosen = lines or [{"line_item_id": i, "quantity": q} for i, q in quantities.items()]
            for line in chosen:
                if not 0 < int(line["quantity"]) <= quantities.get(int(line["line_item_id"]), 0):
                    raise ShopError(422, f"line item {line['line_item_id']} cannot be returned")
            number = len(order["returns"]) + 1
            ret = {
                "id": f"R{order_id}-{number}",
                "status": "open",
                "label_url": f"https://labels.example.com/returns/R{order_id}-{number}.pdf",
                "line_items": [
                    {"line_item_id": int(li["line_item_id"]), "quantity": int(li["quantity"])}
                    for li in chosen
                ],
            }
            order["returns"].append(ret)
            self._put("order", order_id, order)
            return ret

        return self.write("order.return", order_id, {"line_items": lines or "all"}, key, apply)

    # helpdesk -----------------------------------------------------------------------------
    def tickets(self) -> list[Doc]:
        with self._lock:
            return self._all("ticket")

    def get_ticket(self, ticket_id: str) -> Doc:
        with self._lock:
            return self._get("ticket", ticket_id) or _new_ticket(ticket_id)

    def find_ticket(self, ticket_id: str) -> Doc | None:
        """The ticket if the helpdesk has it (seeded or written to); None otherwise."""
        with self._lock:
            return self._get("ticket", ticket_id)

    def _touch_ticket(
        self, ticket_id: str, change: Callable[[Doc], None], author_id: int | None = None
    ) -> Doc:
        """Apply one update to a ticket and audit it, authored by ``author_id`` (default:
        the API user, as an unauthenticated demo request is)."""
        ticket = self.get_ticket(ticket_id)
        before = copy.deepcopy(ticket)
        change(ticket)
        if ticket != before:  # Zendesk's updated_at: what a safe_update's stamp must match
            ticket["updated_at"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        self._put("ticket", ticket_id, ticket)
        events = _audit_events(before, ticket)
        if events:
            author = self.api_user_id if author_id is None else author_id
            self._audit(ticket_id, author, events)
        return ticket

    def _audit(self, ticket_id: str, author_id: int | None, events: list[Doc]) -> None:
        row = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM audits").fetchone()
        audit_id = max(int(row[0]) + 1, FIRST_AUDIT_ID)
        audit = {
            "id": audit_id,
            "ticket_id": ticket_id,
            "author_id": -1 if author_id is None else author_id,
            "created_at": _now(),
            "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
            "metadata": {"system": {}, "custom": {}},
            "events": [{"id": audit_id * 10 + n, **event} for n, event in enumerate(events, 1)],
        }
        self._db.execute(
            "INSERT INTO audits (id, ticket_id, body) VALUES (?, ?, ?)",
            (audit_id, ticket_id, json.dumps(audit)),
        )

    def audits(self, ticket_id: str) -> list[Doc]:
        """The ticket's audits, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM audits WHERE ticket_id = ? ORDER BY id", (ticket_id,)
            ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def add_comment(
        self,
        ticket_id: str,
        body: str,
        public: bool,
        key: str | None,
        author_id: int | None = None,
        tags: list[str] | None = None,
    ) -> Doc:
        """A comment, with ``tags`` added in the same update (Zendesk's ``additional_tags``)."""
        author = self.api_user_id if author_id is None else author_id

        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                _append_comment(ticket, body, public, author)
                if tags:
                    _add_tags(ticket, tags)

            return self._touch_ticket(ticket_id, change, author)

        kind = "helpdesk.public_reply" if public else "helpdesk.internal_note"
        payload: Doc = {"body": body, "public": public}
        if tags:
            payload["tags"] = list(tags)
        return self.write(kind, ticket_id, payload, key, apply)

    def customer_writes(self, ticket_id: str, body: str) -> Doc:
        """The ticket's requester adds a public comment (the customer writing back): audited
        with the requester as author, the ticket reopened. Not a side effect of ours."""
        with self._lock:
            requester = self.get_ticket(ticket_id).get("requester_id")

            def change(ticket: Doc) -> None:
                _append_comment(ticket, body, True, requester)
                ticket["status"] = "open"

            return self._touch_ticket(ticket_id, change, requester)

    def requested_tickets(self, requester_id: str) -> list[Doc]:
        """The tickets a user requested, oldest first (Zendesk's List Tickets by requester)."""
        if not requester_id.isdigit():
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT id, body FROM docs WHERE kind = 'ticket' AND "
                "json_extract(body, '$.requester_id') = ?",
                (int(requester_id),),
            ).fetchall()
        return [json.loads(body) for _, body in sorted(rows)]

    def add_tags(
        self, ticket_id: str, tags: list[str], key: str | None, author_id: int | None = None
    ) -> Doc:
        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                _add_tags(ticket, tags)

            return self._touch_ticket(ticket_id, change, author_id)

        return self.write("helpdesk.tags", ticket_id, {"tags": tags}, key, apply)

    def remove_tags(
        self, ticket_id: str, tags: list[str], key: str | None, author_id: int | None = None
    ) -> Doc:
        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                _remove_tags(ticket, tags)

            return self._touch_ticket(ticket_id, change, author_id)

        return self.write("helpdesk.tags_removed", ticket_id, {"tags": tags}, key, apply)

    def update_ticket(
        self,
        ticket_id: str,
        key: str | None,
        note: str | None = None,
        tags: list[str] | None = None,
        assignee_id: int | None = None,
        author_id: int | None = None,
        remove_tags: list[str] | None = None,
        group_id: int | None = None,
    ) -> Doc:
        """An internal note, added (and removed) tags, a group and an assignee in one update,
        recorded once and audited once."""
        author = self.api_user_id if author_id is None else author_id

        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                if note is not None:
                    _append_comment(ticket, note, False, author)
                if tags:
                    _add_tags(ticket, tags)
                if remove_tags:
                    _remove_tags(ticket, remove_tags)
                if assignee_id is not None:
                    ticket["assignee_id"] = assignee_id
                if group_id is not None:
                    ticket["group_id"] = group_id

            return self._touch_ticket(ticket_id, change, author)

        payload: Doc = {"body": note, "tags": tags or [], "assignee_id": assignee_id}
        if remove_tags:
            payload["remove_tags"] = list(remove_tags)
        if group_id is not None:
            payload["group_id"] = group_id
        return self.write("helpdesk.ticket_update", ticket_id, payload, key, apply)

    def set_assignee(
        self, ticket_id: str, assignee_id: int, key: str | None, author_id: int | None = None
    ) -> Doc:
        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                ticket["assignee_id"] = assignee_id

            return self._touch_ticket(ticket_id, change, author_id)

        return self.write("helpdesk.assignee", ticket_id, {"assignee_id": assignee_id}, key, apply)

    def set_requester(
        self, ticket_id: str, requester_id: int, key: str | None, author_id: int | None = None
    ) -> Doc:
        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                ticket["requester_id"] = requester_id

            return self._touch_ticket(ticket_id, change, author_id)

        payload = {"requester_id": requester_id}
        return self.write("helpdesk.requester", ticket_id, payload, key, apply)

    # helpdesk people ----------------------------------------------------------------------
    @property
    def api_user_id(self) -> int | None:
        with self._lock:
            account = self._get("hd_account", "account") or {}
        value = account.get("api_user_id")
        return None if value is None else int(value)

    def get_user(self, user_id: str | int) -> Doc | None:
        with self._lock:
            return self._get("hd_user", str(user_id))

    def user_for_token(self, token: str) -> Doc | None:
        """The user an OAuth-style bearer token belongs to."""
        with self._lock:
            grant = self._get("hd_token", token)
        return None if grant is None else self.get_user(grant["user_id"])

    def user_for_api_token(self, email: str, api_token: str) -> Doc | None:
        """``<email>/token:<api token>``: the account's API token acting as that user."""
        with self._lock:
            account = self._get("hd_account", "account") or {}
            if not account.get("api_token") or api_token != account["api_token"]:
                return None
            users = self._all("hd_user")
        return next((u for u in users if str(u.get("email")).lower() == email.lower()), None)

    def update_user(self, user_id: int, **changes: Any) -> Doc:
        """Change a user (``suspended``, ``role``, ``active`` …), as an admin would."""
        with self._lock:
            user = self._require("hd_user", str(user_id))
            user.update(changes)
            self._put("hd_user", str(user_id), user)
            return user

    def group_memberships(self, user_id: str | int) -> list[Doc]:
        with self._lock:
            found = [m for m in self._all("hd_membership") if str(m["user_id"]) == str(user_id)]
        return sorted(found, key=lambda m: int(m["id"]))

    def add_group_membership(self, user_id: int, group_id: int) -> Doc:
        with self._lock:
            ids = [int(m["id"]) for m in self._all("hd_membership")]
            membership = {
                "id": max(ids, default=4000) + 1,
                "user_id": user_id,
                "group_id": group_id,
                "default": False,
            }
            self._put("hd_membership", str(membership["id"]), membership)
            return membership

    def get_group(self, group_id: str | int) -> Doc | None:
        with self._lock:
            return self._get("hd_group", str(group_id))

    # subscriptions ------------------------------------------------------------------------
    def subscriptions_by_email(self, email: str) -> list[Doc]:
        with self._lock:
            return [s for s in self._all("subscription") if s["email"] == email.lower()]

    def subscriptions(self) -> list[Doc]:
        with self._lock:
            return self._all("subscription")

    def products(self) -> list[Doc]:
        with self._lock:
            return self._all("product")

    def get_subscription(self, subscription_id: str) -> Doc | None:
        with self._lock:
            return self._get("subscription", subscription_id)

    def update_subscription(
        self, subscription_id: str, operation: str, payload: Doc, key: str | None
    ) -> Doc:
        def apply() -> Doc:
            sub = self._require("subscription", subscription_id)
            if sub["status"] != "active":
                raise ShopError(422, f"subscription is {sub['status']}")
            if operation == "pause":
                sub["status"] = "paused"
            elif operation == "skip":
                current = date.fromisoformat(sub["next_charge_scheduled_at"])
                sub["skipped_charges"].append(current.isoformat())
                step = timedelta(weeks=int(sub["order_interval_frequency"]))
                sub["next_charge_scheduled_at"] = (current + step).isoformat()
            elif operation == "set_next_charge_date":
                try:
                    wanted = date.fromisoformat(str(payload["date"]))
                except ValueError:
                    raise ShopError(422, "date must be YYYY-MM-DD") from None
                sub["next_charge_scheduled_at"] = wanted.isoformat()
            elif operation == "swap":
                product = self._require("product", str(payload["sku"]))
                if not product["subscribable"]:
                    raise ShopError(422, "product is not subscribable")
                sub["sku"], sub["product_title"] = product["sku"], product["title"]
                sub["price"] = product["price"]
            elif operation == "frequency":
                sub["order_interval_frequency"] = int(payload["order_interval_frequency"])
            else:
                raise ShopError(400, f"unknown operation {operation}")
            self._put("subscription", subscription_id, sub)
            return sub

        return self.write(f"subscription.{operation}", subscription_id, payload, key, apply)

    # accounts -----------------------------------------------------------------------------
    def accounts(self) -> list[Doc]:
        with self._lock:
            return self._all("account")

    def get_account(self, email: str) -> Doc | None:
        with self._lock:
            return self._get("account", email.lower())

    def send_password_reset(self, email: str, key: str | None) -> Doc:
        def apply() -> Doc:
            account = self._require("account", email.lower())
            account["password_resets"] += 1
            self._put("account", email.lower(), account)
            return account

        return self.write("account.password_reset", email, {}, key, apply)

    def request_email_change(self, email: str, new_email: str, key: str | None) -> Doc:
        def apply() -> Doc:
            account = self._require("account", email.lower())
            if self._get("account", new_email.lower()) is not None:
                raise ShopError(422, "email already in use")
            account["pending_email"] = new_email.lower()
            self._put("account", email.lower(), account)
            return account

        return self.write("account.email_change", email, {"new_email": new_email}, key, apply)
