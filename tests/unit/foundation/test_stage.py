from collections.abc import Sequence

import pytest

from supportloop.adapters.runtime.metrics import ServiceMetrics
from supportloop.adapters.runtime.stage import PoisonMessage, Publish, RetryPolicy, Stage
from supportloop.core import events as ev
from supportloop.core.topics import CLASSIFIED, DEAD_LETTERS
from supportloop.errors import TransientError, WorkerStopping
from tests.unit.foundation.fakes import RecordingBus, message, received


def make_stage(bus: RecordingBus, sleeps: list[float] | None = None) -> Stage:
    async def sleep(seconds: float) -> None:
        (sleeps if sleeps is not None else []).append(seconds)

    return Stage(
        service="classifier",
        accepts=(ev.TicketReceived,),
        publish=bus.publish,
        metrics=ServiceMetrics.create(),
        retry=RetryPolicy(attempts=3, backoff_s=0.1),
        sleep=sleep,
    )


def counter(stage: Stage, outcome: str) -> float:
    value = stage.metrics.registry.get_sample_value(
        "supportloop_messages_total",
        {"service": "classifier", "topic": "supportloop.tickets.inbound.v1", "outcome": outcome},
    )
    return value or 0.0


def dead_letters(bus: RecordingBus) -> list[ev.DeadLettered]:
    return [e for e in bus.on(DEAD_LETTERS.name) if isinstance(e, ev.DeadLettered)]


async def echo(event: ev.Event) -> Sequence[Publish]:
    return [Publish(CLASSIFIED, event)]  # type: ignore[arg-type]


async def test_valid_message_is_handled_and_published() -> None:
    bus = RecordingBus()
    stage = make_stage(bus)
    await stage.run_one(message(received("T-9")), echo)
    assert [p.event.ticket_id for p in bus.published] == ["T-9"]
    assert counter(stage, "ok") == 1


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe not json", "not_utf8"),
        (b"{not json", "not_json"),
        (b'{"type": "ticket.received"}', "invalid_event"),
        (b'{"schema_version": 9, "type": "ticket.received"}', "unsupported_schema_version"),
    ],
)
async def test_poison_messages_are_dead_lettered_with_reason(raw: bytes, reason: str) -> None:
    bus = RecordingBus()
    stage = make_stage(bus)
    await stage.run_one(message(raw=raw), echo)
    [letter] = dead_letters(bus)
    assert (letter.stage, letter.reason, letter.source_topic, letter.offset) == (
        "classifier",
        reason,
        "supportloop.tickets.inbound.v1",
        7,
    )
    assert counter(stage, "dead_lettered") == 1
    assert (
        stage.metrics.registry.get_sample_value(
            "supportloop_dead_letters_total",
            {"service": "classifier", "stage": "classifier", "reason": reason},
        )
        == 1
    )


async def test_unexpected_event_type_is_poison() -> None:
    bus = RecordingBus()
    gap = ev.KnowledgeGapFound(
        event_id="g", ticket_id="T-3", category="policy_question", question="?"
    )
    await make_stage(bus).run_one(message(gap), echo)
    [letter] = dead_letters(bus)
    assert letter.reason == "unexpected_event_type" and letter.ticket_id == "T-3"


async def test_transient_errors_are_retried_with_backoff_then_succeed() -> None:
    bus, sleeps, calls = RecordingBus(), [], []

    async def flaky(event: ev.Event) -> Sequence[Publish]:
        calls.append(1)
        if len(calls) < 3:
            raise TransientError("connector timeout")
        return await echo(event)

    stage = make_stage(bus, sleeps)
    await stage.run_one(message(received()), flaky)
    assert sleeps == [0.1, 0.2]
    assert len(bus.on(CLASSIFIED.name)) == 1 and counter(stage, "retried") == 2


async def test_retries_are_bounded_then_dead_lettered() -> None:
    bus = RecordingBus()

    async def down(event: ev.Event) -> Sequence[Publish]:
        raise TransientError("still down")

    stage = make_stage(bus)
    await stage.run_one(message(received()), down)
    [letter] = dead_letters(bus)
    assert letter.reason == "retries_exhausted" and letter.error_type == "TransientError"


async def test_a_bug_in_the_handler_dead_letters_one_message_not_the_stream() -> None:
    bus = RecordingBus()

    async def picky(event: ev.Event) -> Sequence[Publish]:
        if event.ticket_id == "bad":
            raise KeyError("missing")
        if event.ticket_id == "poison":
            raise PoisonMessage("order_unreadable")
        return await echo(event)

    stage = make_stage(bus)
    for ticket_id in ("a", "bad", "poison", "b"):
        await stage.run_one(message(received(ticket_id)), picky)
    assert [e.ticket_id for e in bus.on(CLASSIFIED.name)] == ["a", "b"]
    assert [(d.ticket_id, d.reason) for d in dead_letters(bus)] == [
        ("bad", "handler_failed"),
        ("poison", "order_unreadable"),
    ]


async def test_a_failing_batch_is_retried_ticket_by_ticket() -> None:
    bus = RecordingBus()

    async def batch(events: Sequence[ev.Event]) -> list[list[Publish]]:
        if any(e.ticket_id == "bad" for e in events):
            raise ValueError("model blew up")
        return [[Publish(CLASSIFIED, e)] for e in events]  # type: ignore[arg-type]

    stage = make_stage(bus)
    batch_messages = [message(received(t)) for t in ("a", "bad", "c")] + [message(raw=b"junk")]
    await stage.run_batch(batch_messages, batch)
    assert [e.ticket_id for e in bus.on(CLASSIFIED.name)] == ["a", "c"]
    assert sorted(d.reason for d in dead_letters(bus)) == ["handler_failed", "not_json"]


async def test_unreadable_dead_letters_are_never_fed_back() -> None:
    bus = RecordingBus()
    stage = make_stage(bus)
    await stage.run_one(message(raw=b"junk", topic=DEAD_LETTERS.name), echo)
    assert bus.published == []


async def test_observers_count_bad_input_without_dead_lettering_it() -> None:
    bus = RecordingBus()
    stage = make_stage(bus)
    stage.observer = True
    await stage.run_one(message(raw=b"junk"), echo)
    assert bus.published == [] and counter(stage, "skipped") == 1


async def test_a_stopping_worker_leaves_the_message_in_hand_unacknowledged() -> None:
    """Its producer stopped (the worker crashes or shuts down): the message is not the
    handler's fault, so it is neither dead-lettered nor counted done; the next owner of the
    partition reads it again."""
    bus = RecordingBus()

    async def stopping(event: ev.Event) -> Sequence[Publish]:
        raise WorkerStopping("producer stopped")

    stage = make_stage(bus)
    with pytest.raises(WorkerStopping):
        await stage.run_one(message(received()), stopping)
    assert dead_letters(bus) == [] and counter(stage, "ok") == 0
