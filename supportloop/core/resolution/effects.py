"""How each effect action is carried out: check the external state first (already done?),
act with the idempotency key, then read the state back to verify it took effect."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from supportloop.core.events import FactValue
from supportloop.core.resolution.facts import FactSheet
from supportloop.core.resolution.ports import Accounts, Commerce, Doc, Helpdesk, Subscriptions

CARRIER_CHECK_TAG = "carrier_check"


@dataclass(frozen=True)
class Ports:
    commerce: Commerce
    helpdesk: Helpdesk
    subscriptions: Subscriptions
    accounts: Accounts


@dataclass(frozen=True)
class EffectOutcome:
    params: dict[str, FactValue]
    result: dict[str, FactValue]
    verified: bool
    skipped_as_done: bool


Reader = Callable[[Ports, FactSheet, str], Awaitable[Doc | None]]
Done = Callable[[Doc, FactSheet], bool]
Act = Callable[[Ports, FactSheet, str, str], Awaitable[Doc]]


@dataclass(frozen=True)
class Effect:
    read: Reader
    done: Done  # true on state read back once the effect has happened
    act: Act
    params: Callable[[FactSheet], dict[str, FactValue]]
    result: Callable[[Doc], dict[str, FactValue]]
    verify: Done | None = None  # defaults to ``done``


def _order_id(sheet: FactSheet) -> str:
    return str(sheet.facts["order_id"])


async def _read_order(ports: Ports, sheet: FactSheet, ticket_id: str) -> Doc | None:
    return await ports.commerce.get_order(_order_id(sheet))


async def _read_subscription(ports: Ports, sheet: FactSheet, ticket_id: str) -> Doc | None:
    return await ports.subscriptions.get_subscription(str(sheet.facts["subscription_id"]))


async def _read_account(ports: Ports, sheet: FactSheet, ticket_id: str) -> Doc | None:
    return await ports.accounts.get_account(str(sheet.facts["customer_email"]))


async def _read_ticket(ports: Ports, sheet: FactSheet, ticket_id: str) -> Doc | None:
    return await ports.helpdesk.get_ticket(ticket_id)


def _order_params(sheet: FactSheet) -> dict[str, FactValue]:
    return {"order_id": _order_id(sheet)}


def _refund_result(doc: Doc) -> dict[str, FactValue]:
    refunds = doc.get("refunds") or []
    total = sum(float(r["amount"]) for r in refunds)
    return {"financial_status": doc.get("financial_status"), "refunded_total": round(total, 2)}


def _pick(*names: str) -> Callable[[Doc], dict[str, FactValue]]:
    def pick(doc: Doc) -> dict[str, FactValue]:
        out: dict[str, FactValue] = {}
        for name in names:
            value: Any = doc.get(name)
            out[name] = value if isinstance(value, str | int | float | bool) else None
        return out

    return pick


def _address_line(doc: Doc) -> str:
    return str((doc.get("shipping_address") or {}).get("address1", ""))


def _item_lines(sheet: FactSheet) -> list[Doc] | None:
    """The named units when the request is about part of the order; None: all of it."""
    if sheet.lines and sheet.facts.get("whole_order_requested") is not True:
        return list(sheet.lines)
    return None


def _lines_text(sheet: FactSheet) -> str:
    return ", ".join(f"{li['line_item_id']}x{li['quantity']}" for li in sheet.lines or ())


def _removed_units(sheet: FactSheet) -> int:
    """Units of ``sheet.line_item`` the request takes off (all of them unless it named fewer)."""
    ordered = int((sheet.line_item or {}).get("quantity") or 0)
    for line in sheet.lines or ():
        if sheet.line_item is not None and int(line["line_item_id"]) == int(sheet.line_item["id"]):
            return min(int(line["quantity"]), ordered)
    return ordered


def _partial_units(sheet: FactSheet) -> int | None:
    units = _removed_units(sheet)
    return None if units >= int((sheet.line_item or {}).get("quantity") or 0) else units


def _units_removed(doc: Doc, sheet: FactSheet) -> bool:
    """The line item is gone, or down by the units asked for (quantities at decision time
    are what ``sheet.line_item`` recorded)."""
    if sheet.line_item is None:
        return False
    ordered = int(sheet.line_item.get("quantity") or 0)
    now = next(
        (int(li.get("quantity") or 0) for li in doc.get("line_items") or []
         if li["id"] == sheet.line_item["id"]),
        0,
    )  # fmt: skip
    return now <= ordered - _removed_units(sheet)


def _own_refund(doc: Doc, sheet: FactSheet) -> Doc | None:
    """The refund this effect made: the one whose note carries its idempotency key."""
    note = f"SupportLoop {sheet.effect_key}"
    return next((r for r in doc.get("refunds") or [] if r.get("note") == note), None)


def _refund_matches(doc: Doc, sheet: FactSheet, fact: str = "requested_refund_amount") -> bool:
    """Read back: the refund exists and is exactly the amount decided on (the named items'
    value, or what was refundable on the order), so the reply quotes what was refunded."""
    refund = _own_refund(doc, sheet)
    expected = sheet.facts.get(fact)
    if refund is None or not isinstance(expected, int | float):
        return False
    return abs(float(refund["amount"]) - float(expected)) < 0.005


def _sub_id(sheet: FactSheet) -> str:
    return str(sheet.facts["subscription_id"])


EFFECTS: dict[str, Effect] = {
    "refund_order": Effect(
        _read_order,
        lambda doc, sheet: bool(doc.get("refunds")),
        lambda ports, sheet, tid, key: ports.commerce.refund_order(
            _order_id(sheet), f"{float(sheet.facts['refund_amount'] or 0):.2f}", key
        ),
        lambda sheet: {**_order_params(sheet), "amount": sheet.facts.get("refund_amount")},
        _refund_result,
        # read back: this refund, by the amount the reply quotes
        verify=lambda doc, sheet: _refund_matches(doc, sheet, "refund_amount"),
    ),
    "cancel_order": Effect(
        _read_order,
        lambda doc, sheet: bool(doc.get("cancelled_at")),
        lambda ports, sheet, tid, key: ports.commerce.cancel_order(_order_id(sheet), key),
        _order_params,
        _pick("cancelled_at", "financial_status"),
    ),
    "create_return": Effect(
        _read_order,
        lambda doc, sheet: bool(doc.get("returns")),
        lambda ports, sheet, tid, key: ports.commerce.create_return(
            _order_id(sheet), key, _item_lines(sheet)
        ),
        lambda sheet: {**_order_params(sheet), "line_items": _lines_text(sheet) or "all"},
        lambda doc: _pick("id", "label_url")((doc.get("returns") or [{}])[-1]),
    ),
    "update_shipping_address": Effect(
        _read_order,
        lambda doc, sheet: (
            sheet.address is not None and _address_line(doc) == sheet.address["address1"]
        ),
        lambda ports, sheet, tid, key: ports.commerce.update_shipping_address(
            _order_id(sheet), dict(sheet.address or {}), key
        ),
        lambda sheet: {**_order_params(sheet), "address": sheet.facts.get("new_address")},
        lambda doc: {"address1": _address_line(doc)},
    ),
    "remove_line_item": Effect(
        _read_order,
        _units_removed,
        lambda ports, sheet, tid, key: ports.commerce.remove_line_item(
            _order_id(sheet), int((sheet.line_item or {})["id"]), key, _partial_units(sheet)
        ),
        lambda sheet: {
            **_order_params(sheet),
            "line_item_id": int((sheet.line_item or {}).get("id", 0)),
            "quantity": _removed_units(sheet),
        },
        _pick("total_price"),
    ),
    "refund_line_items": Effect(
        _read_order,
        lambda doc, sheet: _own_refund(doc, sheet) is not None,
        lambda ports, sheet, tid, key: ports.commerce.refund_line_items(
            _order_id(sheet), list(sheet.lines or ()), key
        ),
        lambda sheet: {
            **_order_params(sheet),
            "line_items": _lines_text(sheet),
            "amount": sheet.facts.get("requested_refund_amount"),
        },
        lambda doc: {"financial_status": doc.get("financial_status")},
        verify=lambda doc, sheet: _refund_matches(doc, sheet),
    ),
    "pause_subscription": Effect(
        _read_subscription,
        lambda doc, sheet: doc.get("status") == "paused",
        lambda ports, sheet, tid, key: ports.subscriptions.pause(_sub_id(sheet), key),
        lambda sheet: {"subscription_id": _sub_id(sheet)},
        _pick("status"),
    ),
    "delay_subscription": Effect(
        _read_subscription,
        lambda doc, sheet: (
            str(doc.get("next_charge_scheduled_at") or "")[:10] == sheet.facts["new_charge_date"]
        ),
        lambda ports, sheet, tid, key: ports.subscriptions.set_next_charge_date(
            _sub_id(sheet), str(sheet.facts["new_charge_date"]), key
        ),
        lambda sheet: {"subscription_id": _sub_id(sheet), "date": sheet.facts["new_charge_date"]},
        _pick("next_charge_scheduled_at", "status"),
    ),
    "skip_next_charge": Effect(
        _read_subscription,
        lambda doc, sheet: doc.get("next_charge_scheduled_at") != sheet.facts["next_charge_date"],
        lambda ports, sheet, tid, key: ports.subscriptions.skip_next(_sub_id(sheet), key),
        lambda sheet: {"subscription_id": _sub_id(sheet), "date": sheet.facts["next_charge_date"]},
        _pick("next_charge_scheduled_at"),
    ),
    "swap_subscription_product": Effect(
        _read_subscription,
        lambda doc, sheet: doc.get("sku") == (sheet.swap_product or {}).get("sku"),
        lambda ports, sheet, tid, key: ports.subscriptions.swap(
            _sub_id(sheet), str((sheet.swap_product or {})["sku"]), key
        ),
        lambda sheet: {
            "subscription_id": _sub_id(sheet),
            "sku": str((sheet.swap_product or {}).get("sku")),
        },
        _pick("sku", "product_title"),
    ),
    "change_subscription_frequency": Effect(
        _read_subscription,
        lambda doc, sheet: (
            doc.get("order_interval_frequency") == sheet.facts["requested_frequency_weeks"]
            and doc.get("order_interval_unit", "week") == "week"
        ),
        lambda ports, sheet, tid, key: ports.subscriptions.set_frequency(
            _sub_id(sheet), int(sheet.facts["requested_frequency_weeks"] or 0), key
        ),
        lambda sheet: {
            "subscription_id": _sub_id(sheet),
            "weeks": sheet.facts["requested_frequency_weeks"],
        },
        _pick("order_interval_frequency"),
    ),
    "send_password_reset": Effect(
        _read_account,
        lambda doc, sheet: False,  # a reset link may be sent again; the ledger stops repeats
        lambda ports, sheet, tid, key: ports.accounts.send_password_reset(
            str(sheet.facts["customer_email"]), key
        ),
        lambda sheet: {"email": sheet.facts["customer_email"]},
        _pick("password_resets"),
        verify=lambda doc, sheet: int(doc.get("password_resets") or 0) > 0,
    ),
    "request_email_change": Effect(
        _read_account,
        lambda doc, sheet: doc.get("pending_email") == sheet.facts.get("new_email"),
        lambda ports, sheet, tid, key: ports.accounts.request_email_change(
            str(sheet.facts["customer_email"]), str(sheet.facts["new_email"]), key
        ),
        lambda sheet: {
            "email": sheet.facts["customer_email"],
            "new_email": sheet.facts["new_email"],
        },
        _pick("pending_email"),
    ),
    "apologize_and_check_carrier": Effect(
        _read_ticket,
        lambda doc, sheet: CARRIER_CHECK_TAG in (doc.get("tags") or []),
        lambda ports, sheet, tid, key: ports.helpdesk.add_tags(tid, [CARRIER_CHECK_TAG], key),
        lambda sheet: {**_order_params(sheet), "tag": CARRIER_CHECK_TAG},
        lambda doc: {"tagged": CARRIER_CHECK_TAG in (doc.get("tags") or [])},
    ),
}


async def perform(
    name: str, ports: Ports, sheet: FactSheet, ticket_id: str, key: str, already_recorded: bool
) -> EffectOutcome:
    """Act unless the ledger or the external state says it's done; then verify by reading."""
    effect = EFFECTS[name]
    sheet.effect_key = key
    before = await effect.read(ports, sheet, ticket_id)
    skipped = already_recorded or (before is not None and effect.done(before, sheet))
    if not skipped:
        await effect.act(ports, sheet, ticket_id, key)
    after = await effect.read(ports, sheet, ticket_id)
    verify = effect.verify or effect.done
    verified = after is not None and verify(after, sheet)
    result = effect.result(after) if after is not None else {}
    return EffectOutcome(effect.params(sheet), result, verified, skipped)
