"""Questions are answered from the help centre wherever the classifier filed them, and only
questions: a request dressed as a question keeps its category's policy."""

from __future__ import annotations

from pathlib import Path

from resolution_harness import REPO, Harness
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core.events import (
    KnowledgeGapFound,
    TicketClassified,
    TicketEscalated,
    TicketResolved,
)
from supportloop.core.knowledge import load_knowledge_base

PRESALE = "DEMO-0646"  # an appended pre-sale ticket: a real helpdesk ticket, no order


def _asking(
    h: Harness, body: str, category: str, ticket_id: str = PRESALE, **extra: object
) -> TicketClassified:
    ticket = h.tickets[ticket_id].model_copy(update={"body": body, "subject": "Question"})
    classified = h.classified(ticket, category)
    return classified.model_copy(update=extra) if extra else classified


async def test_a_payment_question_filed_as_billing_is_answered_live_with_the_passage(
    harness: Harness,
) -> None:
    [event] = await harness.workflow.handle(
        _asking(harness, "Hi, do you take PayPal or Apple Pay? Thanks", "billing"), "live"
    )
    assert isinstance(event, TicketResolved), event
    assert event.category == "billing"  # counted where it was filed
    assert event.rule_id == "policy:policy_question"
    assert "We accept Visa" in event.reply and "Payment methods ›" in event.reply
    [reply] = harness.effects("helpdesk.public_reply")
    assert reply["payload"]["body"] == event.reply
    again = await harness.workflow.handle(
        _asking(harness, "Hi, do you take PayPal or Apple Pay? Thanks", "billing"), "live"
    )
    assert isinstance(again[0], TicketResolved)
    assert len(harness.effects("helpdesk.public_reply")) == 1  # replied once


async def test_a_request_dressed_as_a_question_keeps_its_policy(harness: Harness) -> None:
    tid = harness.ticket_ids("refund_request", "within_cap")[0]
    ticket = harness.tickets[tid]
    dressed = ticket.model_copy(
        update={"body": f"{ticket.body}\nAlso, can you refund me? Do refunds take long?"}
    )
    [event] = await harness.workflow.handle(harness.classified(dressed, "refund_request"), "live")
    assert isinstance(event, TicketResolved)
    assert event.rule_id == "policy:refund_request" and event.action is not None
    assert event.action.name == "refund_order"


async def test_a_tier_four_escalation_is_never_answered(harness: Harness) -> None:
    classified = _asking(
        harness, "Do you take PayPal? My lawyer asks.", "refund_request",
        escalate=True, tier=4, reasons=("legal_language",),
    )  # fmt: skip
    [event] = await harness.workflow.handle(classified, "live")
    assert isinstance(event, TicketEscalated) and event.reason == "legal_language"
    assert not harness.effects("helpdesk.public_reply")


async def test_a_tier_three_question_is_answered_but_an_upset_one_is_not(harness: Harness) -> None:
    care = _asking(
        harness, "How do I wash the merino sweater?", "sizing_fit",
        escalate=True, tier=3, reasons=("tier_requires_human",),
    )  # fmt: skip
    [event] = await harness.workflow.handle(care, "shadow")
    assert isinstance(event, TicketResolved) and event.outcome == "drafted"
    assert "Hand wash merino" in event.reply
    upset = care.model_copy(update={"reasons": ("tier_requires_human", "upset_customer")})
    [event] = await harness.workflow.handle(upset, "shadow")
    assert isinstance(event, TicketEscalated)


async def test_an_unanswered_question_without_a_policy_is_reported_as_a_gap(
    harness: Harness,
) -> None:
    events = await harness.workflow.handle(
        _asking(harness, "Do you have a student discount?", "sales_question"), "live"
    )
    assert [e.type for e in events] == ["ticket.escalated", "kb.gap"]
    assert isinstance(events[0], TicketEscalated) and events[0].reason == "no_policy"
    assert isinstance(events[1], KnowledgeGapFound)
    assert events[1].question == "Do you have a student discount?"


async def test_a_spanish_question_is_answered_in_spanish_or_becomes_a_gap(
    harness: Harness,
) -> None:
    [event] = await harness.workflow.handle(
        _asking(harness, "¿Aceptan PayPal?", "policy_question", language="es"), "live"
    )
    assert isinstance(event, TicketResolved) and "Aceptamos Visa" in event.reply
    # product care has no Spanish article: never the English passage, a gap instead
    events = await harness.workflow.handle(
        _asking(
            harness,
            "¿Cómo lavo el jersey de lana merino?",
            "policy_question",
            "DEMO-0645",
            language="es",
        ),
        "live",
    )
    assert [e.type for e in events] == ["ticket.escalated", "kb.gap"]
    assert isinstance(events[0], TicketEscalated) and events[0].reason == "kb_no_answer"
    assert "Hand wash" not in events[0].draft_reply


async def test_an_imported_gorgias_help_centre_answers_in_french_and_reports_its_gaps(
    tmp_path: Path,
) -> None:
    """``kb import --from gorgias`` (tests/fixtures/gorgias: English and French articles) in
    place of the demo help centre: a French question it covers is answered in French, one it
    does not is reported as a knowledge-base gap."""
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "kb.toml").write_text('locales = ["en", "fr"]\nthreshold = 0.45\n', encoding="utf-8")
    export = REPO / "tests" / "fixtures" / "gorgias"
    imported = CliRunner().invoke(
        app, ["kb", "import", str(export), "--from", "gorgias", "--out", str(kb)]
    )
    assert imported.exit_code == 0, imported.output
    harness = Harness(load_knowledge_base(kb))
    try:
        [event] = await harness.workflow.handle(
            _asking(
                harness,
                "Bonjour, combien de temps prend la livraison en Europe ?",
                "policy_question",
                language="fr",
            ),
            "live",
        )
        assert isinstance(event, TicketResolved), event
        assert "6 à 9 jours ouvrés" in event.reply
        assert "Livraison en Europe › Combien de temps prend la livraison en Europe ?" in (
            event.reply
        )
        events = await harness.workflow.handle(
            _asking(
                harness,
                "Proposez-vous une réduction pour les étudiants ?",
                "policy_question",
                "DEMO-0645",
                language="fr",
            ),
            "live",
        )
        assert [e.type for e in events] == ["ticket.escalated", "kb.gap"]
        assert isinstance(events[0], TicketEscalated) and events[0].reason == "kb_no_answer"
        assert isinstance(events[1], KnowledgeGapFound)
        assert events[1].question == "Proposez-vous une réduction pour les étudiants ?"
    finally:
        harness.shop.close()
