"""Hand-off readiness in the weekly book and report (issue 24): the share of hand-offs with a
draft, the share of hand-offs naming an order that carry its facts, and how people used the
hand-off drafts, kept apart from the shadow drafts the rollout gate reads."""

from __future__ import annotations

import csv
import io
import json
import re

from supportloop.core import events as ev
from supportloop.core.autonomy.rollout import rollout_status
from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.report import NumbersRow, build_weekly_report, render
from supportloop.reporting.weekly import render_html, render_markdown
from tests.unit.metrics_core.factory import (
    W10,
    at,
    draft_reviewed,
    escalated,
    escalation_reviewed,
)


def handoffs() -> list[ev.Event]:
    first = escalated(
        "A", "complaint", at(1), draft="Sorry!", order_named=True, order_found=True, order_id="g1"
    )
    return [
        first,
        first,  # redelivered: the same event id, counted once
        # a later turn of the same ticket went to a person again: a hand-off of its own
        escalated(
            "A", "complaint", at(2), message_id="m2", draft="", order_named=True,
            order_found=True, order_id="g1",
        ),
        escalated("B", "complaint", at(1), draft="Hi", order_named=True, order_found=False),
        escalated("C", "complaint", at(1), draft="Hi", order_named=True),  # never looked up
        # legal: facts, and on purpose no draft: out of the draft share
        escalated(
            "D", "legal", at(1), reasons=("legal:chargeback",), order_named=True,
            order_found=True, order_id="g4",
        ),
        # looked up (by e-mail) but the ticket names no order: not in the order-facts share
        escalated("E", "wismo", at(1), draft="Hi", order_found=True, order_id="g5"),
        escalated("F", "wismo", at(1), draft=""),
    ]  # fmt: skip


def rows(events: list[ev.Event]) -> dict[str, NumbersRow]:
    [week] = build_weekly_report(events, weeks=1).weeks
    return {r.category: r for r in (*week.categories, week.overall)}


def test_handoff_readiness_per_category_and_all() -> None:
    by = rows(handoffs())
    complaint, legal, wismo, every = by["complaint"], by["legal"], by["wismo"], by["ALL"]
    assert (complaint.handoffs, complaint.handoff_draft_expected) == (4, 4)
    assert (complaint.handoffs_with_draft, complaint.handoff_draft_share) == (3, 0.75)
    assert (complaint.handoffs_naming_an_order, complaint.handoffs_with_order_facts) == (4, 3)
    assert complaint.handoff_order_facts_share == 0.75
    assert (legal.handoffs, legal.handoff_draft_expected, legal.handoff_draft_share) == (1, 0, None)
    assert legal.handoff_order_facts_share == 1.0
    assert (wismo.handoff_draft_share, wismo.handoffs_naming_an_order) == (0.5, 0)
    assert wismo.handoff_order_facts_share is None  # looked up, but no order named
    assert (every.handoffs, every.handoff_draft_expected, every.handoffs_with_draft) == (7, 6, 4)
    assert (every.handoffs_naming_an_order, every.handoffs_with_order_facts) == (5, 4)
    assert (every.handoff_draft_share, every.handoff_order_facts_share) == (0.6667, 0.8)


def test_the_book_counts_each_handoff_event_once_into_its_week() -> None:
    book = WeeklyBook()
    events = handoffs()
    book.observe_all(events)
    book.observe_all(events)  # the whole stream again: every event is a redelivery
    assert book.tally(W10).handoffs.handoffs == 7
    later = escalated("G", "wismo", at(1, weeks=1), draft="Hi", order_named=True)
    book.observe(later)
    assert book.tally(W10).handoffs.handoffs == 7
    assert book.tally("2025-W11").handoffs.naming_an_order == 1


def reviews() -> list[ev.Event]:
    return [
        escalation_reviewed("H1", "complaint", at(3), different=False, draft_verdict="sent_as_is"),
        escalation_reviewed("H2", "complaint", at(3), different=True, draft_verdict="edited"),
        escalation_reviewed("H3", "complaint", at(3), different=True, draft_verdict="discarded"),
        escalation_reviewed("H4", "complaint", at(3), different=False, draft_verdict="sent_as_is"),
        escalation_reviewed("H5", "legal", at(3), different=False),  # no draft: no verdict
        draft_reviewed("S1", "complaint", at(3), "edited", 0.3),  # shadow mode
        draft_reviewed("S2", "wismo", at(3), "sent_as_is"),
    ]


def test_handoff_draft_verdicts_are_shares_of_the_reviewed_handoff_drafts() -> None:
    by = rows(reviews())
    complaint, legal, every = by["complaint"], by["legal"], by["ALL"]
    assert complaint.handoff_drafts_reviewed == 4
    assert (
        complaint.handoff_drafts_sent_as_is_share,
        complaint.handoff_drafts_edited_share,
        complaint.handoff_drafts_discarded_share,
    ) == (0.5, 0.25, 0.25)
    assert (legal.handoff_drafts_reviewed, legal.handoff_drafts_sent_as_is_share) == (0, None)
    assert legal.escalation_reviews == 1  # still an escalation review
    assert every.handoff_drafts_reviewed == 4 and every.escalation_reviews == 5
    assert by["wismo"].handoff_drafts_reviewed == 0  # its shadow draft is not a hand-off's


def test_handoff_drafts_stay_out_of_the_shadow_draft_verdicts() -> None:
    book = WeeklyBook()
    book.observe_all(reviews())
    assert book.tally(W10, "complaint").draft_verdicts == {"edited": 1}
    assert book.tally(W10).draft_verdicts == {"edited": 1, "sent_as_is": 1}
    assert book.tally(W10).handoff_draft_verdicts == {
        "sent_as_is": 2,
        "edited": 1,
        "discarded": 1,
    }
    shadow_only = [e for e in reviews() if isinstance(e, ev.DraftReviewed)]
    gate = {s.category: s for s in rollout_status(reviews())}
    alone = {s.category: s for s in rollout_status(shadow_only)}
    for name in ("complaint", "wismo"):
        assert gate[name].draft_verdicts == alone[name].draft_verdicts
        assert gate[name].reviewed_drafts == alone[name].reviewed_drafts
        assert gate[name].accepted_drafts == alone[name].accepted_drafts
    assert gate["complaint"].reviewed_drafts == 1


def test_every_weekly_format_shows_the_handoff_numbers() -> None:
    report = build_weekly_report([*handoffs(), *reviews()], weeks=1)
    table = render(report, "table")
    assert "hand-offs w/ draft (n)" in table and "hand-offs w/ order facts (n)" in table
    assert "hand-off drafts as-is/edited/discarded (n)" in table
    [every] = [line for line in table.splitlines() if line.startswith("ALL ")]
    assert "66.7% (6)" in every and "80.0% (5)" in every
    assert "50.0%/25.0%/25.0% (4)" in every
    markdown = render_markdown(report)
    assert "| hand-offs w/ draft (n) |" in markdown and "| 80.0% (5) |" in markdown
    overall = json.loads(render(report, "json"))["weeks"][0]["overall"]
    assert overall["handoff_order_facts_share"] == 0.8
    assert overall["handoff_drafts_edited_share"] == 0.25
    [first, *_] = csv.DictReader(io.StringIO(render(report, "csv")))
    assert (first["category"], first["handoff_draft_share"]) == ("ALL", "0.6667")
    html = render_html(report)
    assert "Hand-off readiness" in html
    for title in (
        "hand-offs with a draft",
        "naming an order: with its facts",
        "hand-off drafts sent as is",
        "hand-off drafts edited",
        "hand-off drafts discarded",
    ):
        assert f"<th>{title}</th>" in html
        assert f'aria-label="complaint: {title} over 1 weeks"' in html
    assert "75%" in html  # complaint's draft share


def test_a_week_without_handoffs_says_so() -> None:
    from tests.unit.metrics_core.factory import resolved

    report = build_weekly_report([resolved("R", "wismo", at(1))], weeks=1)
    assert report.weeks[0].overall.handoff_draft_share is None
    assert "no hand-offs" in render_html(report)
    every = render(report, "table").splitlines()[-2]
    assert every.startswith("ALL") and re.split(r"\s{2,}", every)[-3:] == [
        "— (0)",
        "— (0)",
        "—/—/— (0)",
    ]
