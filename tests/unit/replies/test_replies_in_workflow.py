"""The resolver answers in the customer's language: live replies, shadow drafts and hand-off
drafts, over the demo shop (resolution harness), with the shipped templates."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import anthropic
import httpx2 as httpx  # the anthropic SDK's own HTTP package
import pytest
from prometheus_client import CollectorRegistry

from supportloop.adapters.polish import ClaudePolisher, polish_counter
from supportloop.adapters.replies import load_replies
from supportloop.core.events import TicketEscalated, TicketResolved
from supportloop.core.handoff.note import build_handoff_note
from supportloop.core.replies import Brand
from supportloop.core.resolution import extract
from supportloop.core.routing import Route

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "tests" / "unit" / "resolution"))
from resolution_harness import Harness  # noqa: E402


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness()
    h.workflow.replies = load_replies(REPO / "replies")
    try:
        yield h
    finally:
        h.shop.close()


def _in_language(h: Harness, tid: str, subject: str, body: str, language: str):  # type: ignore[no-untyped-def]
    original = h.tickets[tid]
    reference = original.order_id or extract.order_reference(original.text)
    text = f"{body} #{reference.lstrip('#')}" if reference else body
    ticket = original.model_copy(update={"subject": subject, "body": text})
    return h.classified(ticket, h.labels[tid]["category"]).model_copy(update={"language": language})


def _public_replies(h: Harness, tid: str) -> list[str]:
    return [
        str(e["payload"]["body"]) for e in h.effects("helpdesk.public_reply") if e["target"] == tid
    ]


async def test_spanish_wismo_ticket_gets_a_spanish_reply_with_a_spanish_date(
    harness: Harness,
) -> None:
    tid = harness.ticket_ids("wismo", "in_transit")[0]
    classified = _in_language(
        harness, tid, "¿Dónde está mi pedido?", "Hola, ¿dónde está mi pedido? Gracias", "es"
    )
    [event] = await harness.workflow.handle(classified, "live")
    assert isinstance(event, TicketResolved) and event.outcome == "resolved", event
    assert event.reply.startswith("Hola, ")
    assert "ya está en camino con" in event.reply and "debería llegar el " in event.reply
    weekdays = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    date_part = event.reply.split("debería llegar el ", 1)[1].split(".", 1)[0]
    assert date_part.split(",")[0] in weekdays and " de " in date_part, date_part
    assert all(day not in event.reply for day in ("Monday", "Tuesday", "Friday"))
    assert _public_replies(harness, tid) == [event.reply]  # what the customer got, once
    [again] = await harness.workflow.handle(classified, "live")  # redelivery
    assert isinstance(again, TicketResolved) and again.reply == event.reply
    assert _public_replies(harness, tid) == [event.reply]


async def test_german_refund_reply_formats_the_amount_the_german_way(harness: Harness) -> None:
    tid = harness.ticket_ids("refund_request", "within_cap")[0]
    classified = _in_language(
        harness,
        tid,
        "Rückerstattung",
        "Hallo, ich möchte bitte mein Geld für die Bestellung zurück. Danke",
        "de",
    )
    [event] = await harness.workflow.handle(classified, "live")
    assert isinstance(event, TicketResolved) and event.action is not None
    assert event.action.name == "refund_order", event
    amount = float(str(event.action.params.get("amount") or event.action.result.get("amount")))
    german = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    assert f"Ich habe {german}\xa0$ für Bestellung" in event.reply, event.reply
    assert event.reply.startswith("Hallo ")
    assert _public_replies(harness, tid) == [event.reply]


async def test_shadow_draft_is_in_the_customers_language(harness: Harness) -> None:
    tid = harness.ticket_ids("wismo", "in_transit")[1]
    classified = _in_language(
        harness, tid, "Où est ma commande ?", "Bonjour, où est ma commande ? Merci", "fr"
    )
    [event] = await harness.workflow.handle(classified, "shadow")
    assert isinstance(event, TicketResolved) and event.outcome == "drafted"
    assert event.reply.startswith("Bonjour ") and "est en route avec" in event.reply


async def test_hand_off_draft_falls_back_to_the_default_locale_and_the_note_says_so(
    harness: Harness,
) -> None:
    tid = harness.ticket_ids("refund_request", "above_cap")[0]
    classified = _in_language(
        harness, tid, "Zwrot", "Dzień dobry, proszę o zwrot pieniędzy za zamówienie", "pl"
    )
    [event] = await harness.workflow.handle(classified, "live")
    assert isinstance(event, TicketEscalated)
    assert event.draft_reply.startswith("Hi ")
    assert event.draft_locale_note == (
        "reply in en: the customer wrote in pl, not an enabled locale"
    )
    note = build_handoff_note(event, Route(queue="refunds", priority="normal"))
    assert "**Draft reply** (not sent; reply in en: the customer wrote in pl" in note


async def test_hand_off_draft_in_an_enabled_language_has_no_locale_note(
    harness: Harness,
) -> None:
    tid = harness.ticket_ids("refund_request", "above_cap")[0]
    classified = _in_language(
        harness, tid, "Rimborso", "Ciao, vorrei il rimborso del mio ordine, grazie", "it"
    )
    [event] = await harness.workflow.handle(classified, "live")
    assert isinstance(event, TicketEscalated)
    assert event.draft_reply.startswith("Ciao ") and event.draft_locale_note == ""


def _claude_rewriting(rewrite: Callable[[str], str], registry: CollectorRegistry) -> ClaudePolisher:
    def handler(request: httpx.Request) -> httpx.Response:
        content = json.loads(request.content)["messages"][0]["content"]
        text = content.removeprefix("<reply>\n").removesuffix("\n</reply>")
        return httpx.Response(
            200,
            json={
                "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
                "content": [{"type": "text", "text": rewrite(text)}],
                "stop_reason": "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": 10, "output_tokens": 5},
            },
        )  # fmt: skip

    client = anthropic.AsyncAnthropic(
        api_key="test",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    return ClaudePolisher(client, Brand(), polish_counter(registry), model="claude-test")


async def test_live_reply_is_polished_when_the_guard_accepts(harness: Harness) -> None:
    registry = CollectorRegistry()
    harness.workflow.polisher = _claude_rewriting(
        lambda text: text.replace("Buenas noticias", "¡Buenas noticias!"), registry
    )
    tid = harness.ticket_ids("wismo", "in_transit")[2]
    classified = _in_language(harness, tid, "Pedido", "Hola, ¿dónde está mi pedido?", "es")
    [event] = await harness.workflow.handle(classified, "live")
    assert isinstance(event, TicketResolved)
    assert "¡Buenas noticias!:" in event.reply
    assert _public_replies(harness, tid) == [event.reply]
    assert registry.get_sample_value("supportloop_reply_polish_total", {"outcome": "accepted"})


async def test_live_reply_falls_back_to_the_template_when_the_model_changes_a_fact(
    harness: Harness,
) -> None:
    registry = CollectorRegistry()
    tid = harness.ticket_ids("refund_request", "within_cap")[1]
    classified = _in_language(
        harness, tid, "Rückerstattung", "Hallo, ich möchte bitte mein Geld zurück", "de"
    )
    harness.workflow.polisher = _claude_rewriting(
        lambda text: text.replace(",", ";").replace("Ich habe", "Wir haben Ihnen gern"), registry
    )
    [event] = await harness.workflow.handle(classified, "live")
    assert isinstance(event, TicketResolved) and event.reply.startswith("Hallo ")
    assert "Ich habe " in event.reply  # the template's text, not the rewrite
    assert _public_replies(harness, tid) == [event.reply]
    rejected = {"outcome": "rejected_facts"}
    assert registry.get_sample_value("supportloop_reply_polish_total", rejected) == 1


FOREIGN_SUBJECTS = {
    "¿Dónde está mi pedido?": "es",
    "Mi pedido no llega": "es",
    "Où est ma commande ?": "fr",
    "Wo ist meine Bestellung?": "de",
    "Reembolso": "es",
    "Rückerstattung": "de",
    "Annuler ma commande": "fr",
}
GREETING = {"es": "Hola, ", "fr": "Bonjour ", "de": "Hallo "}


async def test_bundled_demo_tickets_in_spanish_french_german_are_answered_in_kind(
    harness: Harness,
) -> None:
    """The classifier files them in their (live) category and language; the resolver
    answers (or drafts, below the category's live threshold) in that language."""
    from supportloop.core.classification.classifier import Classifier

    classifier = Classifier.load()
    foreign = [t for t in harness.tickets.values() if t.subject in FOREIGN_SUBJECTS]
    assert len(foreign) == len(FOREIGN_SUBJECTS)
    assert {FOREIGN_SUBJECTS[t.subject] for t in foreign} == {"es", "fr", "de"}
    answered = 0
    for ticket in foreign:
        verdict = classifier.classify(ticket)
        language = FOREIGN_SUBJECTS[ticket.subject]
        assert verdict.language == language, ticket.subject
        assert verdict.category == harness.labels[ticket.id]["category"], ticket.subject
        assert not verdict.escalate, (ticket.subject, verdict.reasons)
        classified = harness.classified(ticket, verdict.category).model_copy(
            update={"language": verdict.language}
        )
        mode = "shadow" if verdict.abstained else "live"
        [event] = await harness.workflow.handle(classified, mode)
        assert isinstance(event, TicketResolved), (ticket.subject, event)
        assert event.reply.startswith(GREETING[language]), (ticket.subject, event.reply)
        answered += event.outcome == "resolved"
    assert answered >= 5
