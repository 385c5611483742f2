"""`make demo`'s replies-by-language table, from the demo store's recorded comments."""

from __future__ import annotations

from supportloop.devtools.demo.summary import replies_by_language, replies_by_language_table


def _comment(kind: str, body: str) -> dict[str, object]:
    return {"kind": kind, "payload": {"body": body, "public": kind.endswith("reply")}}


def test_sent_replies_and_drafts_are_counted_by_the_language_they_are_written_in() -> None:
    sign = "\n\nFernhill & Co."
    effects = [
        _comment(
            "helpdesk.public_reply",
            f"Hola, Ana:\n\nBuenas noticias: el pedido #1 ya está en camino.{sign}",
        ),
        _comment("helpdesk.public_reply", f"Hi Bo,\n\nGood news: order #2 is on its way.{sign}"),
        _comment("helpdesk.public_reply", f"Hi Cy,\n\nDone: order #3 will now ship to you.{sign}"),
        _comment(
            "helpdesk.internal_note",
            "[SupportLoop draft · refund_order · r1]\n\nHallo Di,\n\nIch habe 49,00\xa0$ für "
            f"Bestellung #4 erstattet; der Betrag erscheint bald.{sign}",
        ),
        _comment("helpdesk.internal_note", "**SupportLoop hand-off** · queue: refunds"),
        _comment("helpdesk.tags", ""),
    ]
    rows = replies_by_language(effects)
    assert list(rows) == ["en", "de", "es"]
    assert rows["en"][:2] == (2, 0) and rows["es"][:2] == (1, 0) and rows["de"][:2] == (0, 1)
    assert rows["es"][2] == "Buenas noticias: el pedido #1 ya está en camino."
    assert rows["de"][2].startswith("Ich habe 49,00")
    assert replies_by_language_table(effects).row_count == 3


def test_the_demo_lists_item_level_effects_by_line_item_and_units() -> None:
    from supportloop.devtools.demo.summary import item_level_effects

    effects: list[dict[str, object]] = [
        {"kind": "order.refund", "idempotency_key": "D-1:refund_line_items",
         "payload": {"amount": "22.00", "line_items": [{"line_item_id": 5, "quantity": 1}]},
         "result": {}},
        {"kind": "order.refund", "idempotency_key": "D-2:refund_order",
         "payload": {"amount": "74.00"}, "result": {}},
        {"kind": "order.edit", "idempotency_key": "D-3:remove_line_item",
         "payload": {"remove_line_item_id": 7, "quantity": 1}, "result": {}},
        {"kind": "order.return", "idempotency_key": "D-4:create_return",
         "payload": {"line_items": "all"}, "result": {}},
    ]  # fmt: skip
    assert item_level_effects(effects) == [
        ("D-1", "refund of line items", "5×1", "$22.00"),
        ("D-3", "line item removed", "7×1", ""),
    ]
