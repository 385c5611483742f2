"""A ticket the classifier abstained on is drafted (shadow) even in a live category, and counted."""

from __future__ import annotations

from collections.abc import Sequence

from services.resolver.handler import make_handler, shadow_if_abstained
from supportloop.core import events as ev
from supportloop.core.resolution import Mode
from tests.unit.foundation.fakes import received


def classified(abstained: bool) -> ev.TicketClassified:
    r = received("T-7")
    return ev.TicketClassified(
        event_id="c",
        ticket_id=r.ticket_id,
        ticket=r.ticket,
        received_at=r.received_at,
        category="wismo",
        tier=1,
        confidence=0.7,
        escalate=False,
        reasons=("below_category_threshold",) if abstained else (),
        classifier="model",
        model_version="test",
        abstained=abstained,
        candidates=(("wismo", 0.7), ("order_status", 0.2), ("complaint", 0.05)),
    )


class RecordingWorkflow:
    def __init__(self) -> None:
        self.modes: list[str] = []

    async def handle(self, event: ev.TicketClassified, mode: Mode) -> Sequence[ev.EventBase]:
        self.modes.append(mode)
        return []


async def test_abstained_ticket_in_a_live_category_is_handled_as_shadow_and_counted() -> None:
    workflow, counted = RecordingWorkflow(), []
    handle = make_handler(workflow, lambda c: "live", on_abstained=counted.append)
    await handle(classified(abstained=True))
    await handle(classified(abstained=False))
    assert workflow.modes == ["shadow", "live"]
    assert counted == ["wismo"]


def test_off_and_paused_stay_as_they_are() -> None:
    for mode in ("off", "paused", "shadow"):
        assert shadow_if_abstained(classified(abstained=True), mode) == mode  # type: ignore[arg-type]


def test_old_classified_events_still_decode_without_the_new_fields() -> None:
    raw = classified(abstained=False).model_dump(mode="json")
    del raw["abstained"], raw["candidates"]
    decoded = ev.decode_event(ev.encode_event(ev.TicketClassified.model_validate(raw)))
    assert isinstance(decoded, ev.TicketClassified)
    assert (decoded.abstained, decoded.candidates) == (False, ())
