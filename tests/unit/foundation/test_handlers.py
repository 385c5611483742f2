from dataclasses import dataclass
from datetime import timedelta

from services.classifier.handler import make_handler as make_classifier_handler
from services.classifier.handler import publish_verdict
from services.escalator.handler import hand_off
from services.resolver.handler import make_handler
from supportloop.core import events as ev
from supportloop.core.topics import CLASSIFIED, ESCALATIONS, HANDOFFS
from tests.unit.foundation.fakes import received


@dataclass(frozen=True)
class FakeVerdict:
    category: str
    tier: int
    confidence: float
    escalate: bool
    reasons: tuple[str, ...] = ()
    language: str = "en"
    classifier: str = "fake"
    model_version: str = "fake-1"


def test_safe_verdicts_go_to_the_resolver() -> None:
    output = publish_verdict(received("T-1"), FakeVerdict("wismo", 1, 0.93, False))
    assert output.topic is CLASSIFIED
    event = output.event
    assert isinstance(event, ev.TicketClassified)
    assert (event.category, event.tier, event.confidence, event.model_version) == (
        "wismo",
        1,
        0.93,
        "fake-1",
    )
    assert event.event_id == ev.derive_event_id("T-1", ev.IdStage.CLASSIFIED)


def test_guardrail_verdicts_reach_the_resolver_marked_to_escalate() -> None:
    """The resolver looks the order up for the person and acts on nothing (issue 24)."""
    verdict = FakeVerdict("legal", 4, 0.99, True, ("legal:chargeback",))
    output = publish_verdict(received("T-2", vip=True), verdict)
    assert output.topic is CLASSIFIED
    event = output.event
    assert isinstance(event, ev.TicketClassified)
    assert (event.escalate, event.reasons, event.tier) == (True, ("legal:chargeback",), 4)
    tiered = publish_verdict(received("T-3"), FakeVerdict("complaint", 3, 0.9, True)).event
    assert isinstance(tiered, ev.TicketClassified) and tiered.reasons == ("tier_3",)


async def test_classifier_handler_asks_for_a_second_opinion_when_configured() -> None:
    def classify(tickets: list[ev.Ticket]) -> list[FakeVerdict]:
        return [FakeVerdict("other", 4, 0.3, True, ("low_confidence",)) for _ in tickets]

    async def review(ticket: ev.Ticket, verdict: FakeVerdict) -> FakeVerdict:
        return FakeVerdict("wismo", 1, 0.91, False, (), classifier="claude")

    [plain] = await make_classifier_handler(classify)(received("A"))
    [reviewed] = await make_classifier_handler(classify, review)(received("B"))
    assert (plain.topic.name, reviewed.topic.name) == (CLASSIFIED.name, CLASSIFIED.name)
    assert isinstance(plain.event, ev.TicketClassified) and plain.event.escalate
    assert isinstance(reviewed.event, ev.TicketClassified) and not reviewed.event.escalate
    assert reviewed.event.classifier == "claude"


def classified(category: str = "refund_request", tier: int = 2) -> ev.TicketClassified:
    r = received("T-5")
    return ev.TicketClassified(
        event_id="c", ticket_id="T-5", ticket=r.ticket, received_at=r.received_at,
        category=category, tier=tier, confidence=0.9, escalate=False,
        classifier="fake", model_version="1",
    )  # fmt: skip


class FakeWorkflow:
    def __init__(self) -> None:
        self.modes: list[str] = []

    async def handle(self, classified: ev.TicketClassified, mode: str) -> list[ev.EventBase]:
        self.modes.append(mode)
        gap = ev.KnowledgeGapFound(
            event_id="g", ticket_id=classified.ticket_id, category=classified.category, question="?"
        )
        escalated = ev.TicketEscalated(
            event_id="e", ticket_id=classified.ticket_id, category=classified.category,
            tier=classified.tier, stage="resolver", reason="kb_no_answer",
            recommended_action="answer_manually", received_at=classified.received_at,
        )  # fmt: skip
        return [escalated, gap]


async def test_resolver_runs_the_workflow_in_the_category_mode_and_routes_its_events() -> None:
    workflow = FakeWorkflow()
    handle = make_handler(workflow, {"refund_request": "live"}.get)  # type: ignore[arg-type]
    outputs = await handle(classified())  # type: ignore[operator]
    assert workflow.modes == ["live"]
    assert [(o.topic.name, o.event.type) for o in outputs] == [
        (ESCALATIONS.name, "ticket.escalated"),
        ("supportloop.kb-gaps.v1", "kb.gap"),
    ]


def test_escalator_routes_and_times_the_hand_off() -> None:
    escalated = ev.TicketEscalated(
        event_id="e", ticket_id="T-7", category="legal", tier=4, stage="classifier",
        reason="legal:lawsuit", reasons=("legal:lawsuit",), recommended_action="route_to_legal",
        received_at=received().received_at,
    )  # fmt: skip
    [output] = hand_off(escalated, escalated.received_at + timedelta(milliseconds=250))
    assert output.topic is HANDOFFS
    event = output.event
    assert isinstance(event, ev.TicketHandedOff)
    assert (event.queue, event.priority, event.latency_ms) == ("legal", "urgent", 250.0)
