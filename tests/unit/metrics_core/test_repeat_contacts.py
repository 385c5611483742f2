"""The seventh number: repeat contacts within 7 days, AI- vs human-resolved, per week and
category — the window's edges, same-order matching and same-topic matching."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from supportloop.core import events as ev
from supportloop.core.metrics.repeats import RepeatRow, overall, render_text, repeat_rows
from tests.unit.metrics_core.factory import W10, W11, _base, at, classified, handed_off, resolved


def contact(
    ticket_id: str,
    when: datetime,
    *,
    email: str | None = "ana@example.com",
    order: str | None = None,
    body: str = "where is my parcel?",
    **extra: Any,
) -> ev.TicketReceived:
    ticket = ev.Ticket(
        id=ticket_id,
        body=body,
        customer=ev.Customer(email=email),
        order_id=order,
        created_at=when,
        **extra,
    )
    return ev.TicketReceived(
        **_base(ticket_id, when), ticket=ticket, source="test", received_at=when
    )


def rows_by(rows: list[RepeatRow]) -> dict[tuple[str, str, str], tuple[int, int, bool]]:
    return {
        (r.week, r.category, r.resolved_by): (r.resolved, r.repeated, r.window_closed) for r in rows
    }


def test_the_seven_day_window_is_measured_from_the_resolution() -> None:
    events = [
        # resolved by the AI on day 0 (noon); back on day 7, 11:00: inside the window
        contact("T1", at(0), order="1001"), resolved("T1", "wismo", at(0.5)),
        contact("T2", at(7.4583), order="1001"),
        # resolved by the AI; back 7 days and 1 hour later: outside
        contact("T3", at(1), email="bo@example.com", order="2002"),
        resolved("T3", "wismo", at(1)),
        contact("T4", at(8.05), email="bo@example.com", order="2002"),
        # back *before* the resolution (while waiting): not a repeat of the answer
        contact("T5", at(2), email="cy@example.com", order="3003"),
        contact("T6", at(2.1), email="cy@example.com", order="3003"),
        resolved("T5", "wismo", at(3)),
        resolved("T6", "wismo", at(3)),  # T6 itself: nobody came back after it
        handed_off("T2", "wismo", at(20)), handed_off("T4", "wismo", at(20)),
    ]  # fmt: skip
    got = rows_by(repeat_rows(events))
    assert got[(W10, "wismo", "ai")] == (4, 1, True)  # T1 repeated; T3, T5, T6 not
    assert got[("2025-W12", "wismo", "human")] == (2, 0, False)  # resolved on the last day seen


def test_same_order_or_same_topic() -> None:
    events = [
        # a different order of the same customer is not the same thing …
        contact("A1", at(0), order="1001"), resolved("A1", "wismo", at(0)),
        contact("A2", at(1), order="1002"),
        # … an order number in the text is matched like the order_id field
        contact("B1", at(0), email="bo@example.com", body="Refund order #5005 please"),
        handed_off("B1", "refund_request", at(0.1)),
        contact("B2", at(2), email="bo@example.com", body="Still no refund for #5005!"),
        # without an order: the same category is the same topic, another category is not
        contact("C1", at(0), email="cy@example.com", body="How do I reset my password?"),
        classified("C1", "account_help", at(0)), resolved("C1", "account_help", at(0)),
        contact("C2", at(3), email="cy@example.com", body="The reset link does not work"),
        classified("C2", "account_help", at(3)),
        contact("D1", at(0), email="di@example.com", body="Can I pay by invoice?"),
        resolved("D1", "billing", at(0)),
        contact("D2", at(1), email="di@example.com", body="Where is my parcel?"),
        classified("D2", "wismo", at(1)),
        # the same person under another e-mail, or no e-mail at all, cannot be matched
        contact("E1", at(0), email=None, order="7007"), resolved("E1", "wismo", at(0)),
        contact("E2", at(1), email=None, order="7007"),
        contact("Z1", at(30), email="zed@example.com"),  # time moves on: windows close
    ]  # fmt: skip
    got = rows_by(repeat_rows(events))
    assert got[(W10, "wismo", "ai")] == (1, 0, True)  # A1 (E1 has no e-mail: left out)
    assert got[(W10, "refund_request", "human")] == (1, 1, True)  # B1
    assert got[(W10, "account_help", "ai")] == (1, 1, True)  # C1
    assert got[(W10, "billing", "ai")] == (1, 0, True)  # D1


def test_a_follow_up_message_is_not_a_repeat_contact_and_drafts_count_as_human() -> None:
    events = [
        contact("F1", at(0), order="1001"), resolved("F1", "wismo", at(0), outcome="drafted"),
        contact("F1", at(1), order="1001", message_id="m2"),  # same ticket, later message
    ]  # fmt: skip
    assert rows_by(repeat_rows(events)) == {(W10, "wismo", "human"): (1, 0, False)}


def test_a_young_week_is_marked_open_and_the_overall_line_sums() -> None:
    events = [
        contact("G1", at(0, weeks=1), order="1"), resolved("G1", "wismo", at(0, weeks=1)),
        contact("G2", at(2, weeks=1), order="1"),
        contact("H1", at(1, weeks=1), email="h@example.com"),
        resolved("H1", "billing", at(1, weeks=1)),
    ]  # fmt: skip
    rows = repeat_rows(events)
    assert rows_by(rows)[(W11, "wismo", "ai")] == (1, 1, False)  # only 2 days seen since
    (total,) = overall(rows)
    assert (total.category, total.resolved, total.repeated, total.rate) == ("ALL", 2, 1, 0.5)
    text = render_text(rows)
    assert "2025-W11 wismo                    ai 100% (1/1) (window open) · human —" in text
    assert "2025-W11 ALL                      ai 50% (1/2) (window open) · human —" in text


def test_exported_to_prometheus_for_the_last_weeks_and_pruned() -> None:
    from prometheus_client import CollectorRegistry, generate_latest
    from prometheus_client.parser import text_string_to_metric_families

    from supportloop.core.metrics import names
    from supportloop.core.metrics.repeat_collector import RepeatCollector
    from supportloop.core.metrics.repeats import RepeatContacts

    counter = RepeatContacts()
    collector = RepeatCollector(counter, exposed_weeks=1)
    counter.observe_all(
        [
            contact("P1", at(0), order="1"), resolved("P1", "wismo", at(0)),  # W10
            contact("Q1", at(0, weeks=1), order="2"), resolved("Q1", "wismo", at(0, weeks=1)),
            contact("Q2", at(1, weeks=1), order="2"),  # W11: Q1 came back
        ]
    )  # fmt: skip
    registry = CollectorRegistry()
    registry.register(collector)
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(generate_latest(registry).decode())
        for s in family.samples
    }
    labels = (("category", "wismo"), ("resolver", "ai"), ("week", W11))
    assert samples == {  # only the exported week; W10 is gone from /metrics
        (names.WEEK_REPEAT_RESOLVED_TICKETS, labels): 1.0,
        (names.WEEK_REPEAT_CONTACT_TICKETS, labels): 1.0,
    }
    assert counter.tracked == 3
    counter.observe(contact("Z9", at(0, weeks=4), email="z@example.com"))
    assert collector.prune() == 1  # P1 (W10) is older than 2 exported weeks + the window
    assert counter.tracked == 3
