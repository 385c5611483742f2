"""The demo shop's state in SQLite: orders, subscriptions, accounts and helpdesk tickets stored
as JSON documents, plus a log of every side effect received and an idempotency table.

Used by the HTTP demo store and, over ``:memory:``, as the state behind the test fakes.
"""

from __future__ import annotations

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
"""


class ShopError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _append_comment(ticket: Doc, body: str, public: bool) -> None:
    ticket["comments"].append({"id": len(ticket["comments"]) + 1, "body": body, "public": public})
    if public:
        ticket["status"] = "solved"


def _add_tags(ticket: Doc, tags: list[str]) -> None:
    ticket["tags"] = sorted(set(ticket["tags"]) | set(tags))


class DemoShop:
    def __init__(self, db_path: str, seed: Doc | None = None) -> None:
        self._lock = threading.RLock()
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        # WAL without a sync per statement: a demo store needs speed more than power-loss safety.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        empty = self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0] == 0
        if seed is not None and empty:
            self.load_seed(seed)

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
            self._db.execute("COMMIT")

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
    ) -> Doc:
        """Apply a side effect once per idempotency key and record it."""
        with self._lock:
            if key:
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
                if key:
                    self._db.execute(
                        "INSERT INTO idempotency (key, kind, result) VALUES (?, ?, ?)",
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

    def update_shipping_address(self, order_id: str, address: Doc, key: str | None) -> Doc:
        def apply() -> Doc:
            order = self._require("order", order_id)
            if order["fulfillment_status"] or order["cancelled_at"]:
                raise ShopError(422, "order is already fulfilled or cancelled")
            order["shipping_address"] = {**order["shipping_address"], **address}
            self._put("order", order_id, order)
            return order

        return self.write("order.update_address", order_id, {"address": address}, key, apply)

    def remove_line_item(self, order_id: str, line_item_id: int, key: str | None) -> Doc:
        def apply() -> Doc:
            order = self._require("order", order_id)
            if order["fulfillment_status"] or order["cancelled_at"]:
                raise ShopError(422, "order is already fulfilled or cancelled")
            kept = [li for li in order["line_items"] if li["id"] != line_item_id]
            if len(kept) == len(order["line_items"]):
                raise ShopError(422, f"line item {line_item_id} not in order")
            removed = next(li for li in order["line_items"] if li["id"] == line_item_id)
            amount = float(removed["price"]) * removed["quantity"]
            order["line_items"] = kept
            order["total_price"] = f"{float(order['total_price']) - amount:.2f}"
            order["refunds"].append(
                {"id": len(order["refunds"]) + 1, "amount": f"{amount:.2f}", "note": "edit"}
            )
            self._put("order", order_id, order)
            return order

        return self.write("order.edit", order_id, {"remove_line_item_id": line_item_id}, key, apply)

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

    def refund_order(self, order_id: str, amount: str, key: str | None) -> Doc:
        def apply() -> Doc:
            order = self._require("order", order_id)
            refunded = sum(float(r["amount"]) for r in order["refunds"])
            if float(amount) <= 0 or refunded + float(amount) > float(order["total_price"]) + 1e-9:
                raise ShopError(422, "refund exceeds the refundable amount")
            refund = {"id": len(order["refunds"]) + 1, "amount": amount, "note": "customer"}
            order["refunds"].append(refund)
            total_refunded = refunded + float(amount)
            full = total_refunded >= float(order["total_price"]) - 1e-9
            order["financial_status"] = "refunded" if full else "partially_refunded"
            self._put("order", order_id, order)
            return {"refund": refund, "order": order}

        return self.write("order.refund", order_id, {"amount": amount}, key, apply)

    def create_return(self, order_id: str, key: str | None) -> Doc:
        def apply() -> Doc:
            order = self._require("order", order_id)
            if order["returns"]:
                raise ShopError(422, "a return is already open")
            number = len(order["returns"]) + 1
            ret = {
                "id": f"R{order_id}-{number}",
                "status": "open",
                "label_url": f"https://labels.example.com/returns/R{order_id}-{number}.pdf",
            }
            order["returns"].append(ret)
            self._put("order", order_id, order)
            return ret

        return self.write("order.return", order_id, {}, key, apply)

    # helpdesk -----------------------------------------------------------------------------
    def get_ticket(self, ticket_id: str) -> Doc:
        with self._lock:
            return self._get("ticket", ticket_id) or {
                "id": ticket_id,
                "tags": [],
                "comments": [],
                "assignee_id": None,
                "status": "open",
            }

    def _touch_ticket(self, ticket_id: str, change: Callable[[Doc], None]) -> Doc:
        ticket = self.get_ticket(ticket_id)
        change(ticket)
        self._put("ticket", ticket_id, ticket)
        return ticket

    def add_comment(self, ticket_id: str, body: str, public: bool, key: str | None) -> Doc:
        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                _append_comment(ticket, body, public)

            return self._touch_ticket(ticket_id, change)

        kind = "helpdesk.public_reply" if public else "helpdesk.internal_note"
        return self.write(kind, ticket_id, {"body": body, "public": public}, key, apply)

    def add_tags(self, ticket_id: str, tags: list[str], key: str | None) -> Doc:
        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                _add_tags(ticket, tags)

            return self._touch_ticket(ticket_id, change)

        return self.write("helpdesk.tags", ticket_id, {"tags": tags}, key, apply)

    def update_ticket(
        self,
        ticket_id: str,
        key: str | None,
        note: str | None = None,
        tags: list[str] | None = None,
        assignee_id: int | None = None,
    ) -> Doc:
        """An internal note, added tags and an assignee in one update, recorded once."""

        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                if note is not None:
                    _append_comment(ticket, note, public=False)
                if tags:
                    _add_tags(ticket, tags)
                if assignee_id is not None:
                    ticket["assignee_id"] = assignee_id

            return self._touch_ticket(ticket_id, change)

        payload = {"body": note, "tags": tags or [], "assignee_id": assignee_id}
        return self.write("helpdesk.ticket_update", ticket_id, payload, key, apply)

    def set_assignee(self, ticket_id: str, assignee_id: int, key: str | None) -> Doc:
        def apply() -> Doc:
            def change(ticket: Doc) -> None:
                ticket["assignee_id"] = assignee_id

            return self._touch_ticket(ticket_id, change)

        return self.write("helpdesk.assignee", ticket_id, {"assignee_id": assignee_id}, key, apply)

    # subscriptions ------------------------------------------------------------------------
    def subscriptions_by_email(self, email: str) -> list[Doc]:
        with self._lock:
            return [s for s in self._all("subscription") if s["email"] == email.lower()]

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
