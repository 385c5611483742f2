"""No message stops a stage: each poison becomes exactly one dead letter with its reason (or,
for an observer, one skip), the stage goes on, and no log line carries customer data."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from aiokafka.errors import KafkaConnectionError, MessageSizeTooLargeError
from faust.exceptions import ProducerSendError

from supportloop.adapters.kafka.reader import ReadEvent
from supportloop.adapters.runtime.config_view import ModeView
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.metrics import ServiceMetrics
from supportloop.adapters.runtime.stage import (
    MAX_PAYLOAD_CHARS,
    PoisonMessage,
    Publish,
    RawMessage,
    RetryPolicy,
    Stage,
)
from supportloop.core import events as ev
from supportloop.core.decoding import DecodeLimits
from supportloop.core.topics import CLASSIFIED, CONFIG, DEAD_LETTERS, INBOUND, RESOLUTIONS
from supportloop.errors import TransientError
from supportloop.settings import KafkaSettings, ServiceSettings
from tests.unit.foundation.fakes import RecordingBus, received, ticket

# Part of the hostile-input suite (`make test-hostile`).
pytestmark = pytest.mark.hostile

MARKER = "ZEBRA-MARKER-5521"
EMAIL = "ana.private@example.org"
LIMITS = DecodeLimits(max_message_bytes=20_000, max_json_depth=64, max_ticket_text_chars=5_000)


def _with(event: ev.TicketReceived, **ticket_fields: object) -> bytes:
    data = event.model_dump(mode="json")
    data["ticket"].update(ticket_fields)
    return json.dumps(data).encode()


def secret_ticket(ticket_id: str = "T-SECRET") -> ev.TicketReceived:
    """A ticket whose body and address must never reach a log."""
    event = received(ticket_id, body=f"My card {MARKER} was charged twice, write to {EMAIL}")
    customer = ev.Customer(email=EMAIL, name=f"Ana {MARKER}")
    return event.model_copy(
        update={"ticket": event.ticket.model_copy(update={"customer": customer})}
    )


def _config_flip(**fields: object) -> bytes:
    flip = ev.AutonomyModeChanged.flip(
        "flip-1", "wismo", "live", by="ops", reason="test", previous=None, at=ev.utcnow()
    ).model_dump(mode="json")
    flip.update(fields)
    return json.dumps(flip).encode()


# Every kind of poison, with the reason it must be dead-lettered with on the inbound topic.
POISON: dict[str, tuple[bytes | None, str]] = {
    "deep_5000": (b"[" * 5_000 + b"]" * 5_000, "too_deep"),
    "deep_in_object": (
        b'{"ticket_id": "X", "a": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
        "too_deep",
    ),
    "deep_unterminated": (b"{" * 10_000, "too_deep"),
    "oversize": (b'{"a": "' + b"a" * 25_000 + b'"}', "too_large"),
    "oversize_binary": (b"\xff" * 30_000, "too_large"),
    "not_utf8": (b'{"ticket_id": "T\xff\xfe"}', "not_utf8"),
    "not_json": (b"{not json", "not_json"),
    "not_an_object": (b"[1, 2, 3]", "not_an_object"),
    "scalar": (b"12345", "not_an_object"),
    "schema_version": (
        b'{"schema_version": 2, "type": "ticket.received"}',
        "unsupported_schema_version",
    ),
    "unknown_type": (b'{"type": "ticket.teleported", "ticket_id": "T-X"}', "unknown_event_type"),
    "wrong_type": (_config_flip(), "unexpected_event_type"),
    "invalid_event": (_with(secret_ticket(), channel="carrier pigeon"), "invalid_event"),
    "too_long": (_with(secret_ticket(), body="z" * 5_001), "ticket_too_long"),
    "schema_too_long": (_with(secret_ticket(), body="z" * 50_001), "too_large"),
    "empty": (None, "empty_message"),
    "bad_id": (b'{"ticket_id": "\\ud800", "type": "nope"}', "unknown_event_type"),
}


def raw(
    value: bytes | None, topic: str = INBOUND.name, offset: int = 7, key: bytes | None = None
) -> RawMessage:
    return RawMessage(topic=topic, partition=0, offset=offset, key=key, value=value)


def make_stage(
    bus: RecordingBus, accepts: tuple[type[ev.Event], ...] = (ev.TicketReceived,), **kw: object
) -> Stage[ev.Event]:
    async def sleep(seconds: float) -> None:
        pass

    return Stage(
        service="classifier",
        accepts=accepts,
        publish=bus.publish,
        metrics=ServiceMetrics.create(),
        retry=RetryPolicy(attempts=3, backoff_s=0.1),
        sleep=sleep,
        limits=LIMITS,
        **kw,  # type: ignore[arg-type]
    )


def sample(stage: Stage[ev.Event], name: str, labels: dict[str, str]) -> float:
    return stage.metrics.registry.get_sample_value(name, labels) or 0.0


def count(stage: Stage[ev.Event], outcome: str, topic: str = INBOUND.name) -> float:
    labels = {"service": stage.service, "topic": topic, "outcome": outcome}
    return sample(stage, "supportloop_messages_total", labels)


def letters(bus: RecordingBus) -> list[ev.DeadLettered]:
    return [e for e in bus.on(DEAD_LETTERS.name) if isinstance(e, ev.DeadLettered)]


async def echo(event: ev.Event) -> Sequence[Publish]:
    return [Publish(CLASSIFIED, event)]


async def batch_echo(events: Sequence[ev.Event]) -> list[list[Publish]]:
    return [[Publish(CLASSIFIED, e)] for e in events]


def assert_no_customer_data(caplog: pytest.LogCaptureFixture) -> None:
    assert caplog.records, "expected log lines"
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        assert MARKER not in text and EMAIL not in text and "input_value" not in text, text


@pytest.mark.parametrize("kind", sorted(POISON))
async def test_each_poison_is_one_dead_letter_and_the_stage_goes_on(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    value, reason = POISON[kind]
    bus = RecordingBus()
    stage = make_stage(bus)
    with caplog.at_level(logging.DEBUG):
        await stage.run_one(raw(value, key=b"POISON-1"), echo)
        await stage.run_one(raw(ev.encode_event(received("AFTER")), offset=8), echo)
    [letter] = letters(bus)
    assert (letter.reason, letter.stage, letter.source_topic, letter.offset) == (
        reason, "classifier", INBOUND.name, 7,
    )  # fmt: skip
    assert [e.ticket_id for e in bus.on(CLASSIFIED.name)] == ["AFTER"]
    assert count(stage, "dead_lettered") == 1 and count(stage, "ok") == 1
    labels = {"service": "classifier", "stage": "classifier", "reason": reason}
    assert sample(stage, "supportloop_dead_letters_total", labels) == 1
    # The dead letter is publishable: valid UTF-8, under the size limit, keyed by a safe id.
    encoded = ev.encode_event(letter)
    encoded.decode("utf-8")
    assert len(encoded) < LIMITS.max_message_bytes
    assert letter.ticket_id in {"POISON-1", "T-SECRET", "X", "T-X", "flip-1"}
    assert_no_customer_data(caplog)


async def test_a_poison_without_key_or_id_is_filed_under_where_it_was() -> None:
    bus = RecordingBus()
    await make_stage(bus).run_one(raw(b"[" * 5_000), echo)
    [letter] = letters(bus)
    assert letter.ticket_id == f"unknown:{INBOUND.name}:0:7"


async def test_a_long_or_binary_key_is_not_used_as_the_ticket_id() -> None:
    bus = RecordingBus()
    stage = make_stage(bus)
    await stage.run_one(raw(b"{", key=b"k" * 10_000), echo)
    await stage.run_one(raw(b"{", key=b"\x00\x01", offset=9), echo)
    assert [d.ticket_id for d in letters(bus)] == [
        f"unknown:{INBOUND.name}:0:7",
        f"unknown:{INBOUND.name}:0:9",
    ]


async def test_the_same_poisons_in_a_batch_each_dead_letter_once() -> None:
    bus = RecordingBus()
    stage = make_stage(bus)
    batch = [raw(value, offset=i) for i, (value, _) in enumerate(POISON.values())]
    batch.append(raw(ev.encode_event(received("GOOD")), offset=len(batch)))
    await stage.run_batch(batch, batch_echo)
    assert sorted(d.reason for d in letters(bus)) == sorted(r for _, r in POISON.values())
    assert [e.ticket_id for e in bus.on(CLASSIFIED.name)] == ["GOOD"]


@pytest.mark.parametrize("kind", sorted(POISON))
async def test_observers_count_and_skip_every_poison(kind: str) -> None:
    bus = RecordingBus()
    stage = make_stage(bus, observer=True)
    await stage.run_one(raw(POISON[kind][0]), echo)
    await stage.run_batch([raw(POISON[kind][0], offset=8)], batch_echo)
    assert bus.published == [] and count(stage, "skipped") == 2


async def test_an_observer_dead_letters_only_on_the_topics_it_owns() -> None:
    """The metrics service observes every topic but owns those the others only observe:
    one poison there gives exactly one dead letter, elsewhere a skip."""
    bus = RecordingBus()
    stage = make_stage(bus, observer=True)
    stage.owned_topics = frozenset({CONFIG.name})
    await stage.run_one(raw(POISON["not_json"][0], topic=CONFIG.name), echo)
    await stage.run_one(raw(POISON["not_json"][0], topic=INBOUND.name, offset=8), echo)
    assert [d.source_topic for d in letters(bus)] == [CONFIG.name]
    assert count(stage, "skipped") == 1


async def test_a_config_stage_dead_letters_tickets_and_invalid_modes() -> None:
    bus = RecordingBus()
    stage = make_stage(bus, accepts=(ev.AutonomyModeChanged,))
    await stage.run_one(raw(ev.encode_event(received("T-1")), topic=CONFIG.name), echo)
    await stage.run_one(raw(_config_flip(mode="yolo"), topic=CONFIG.name, offset=8), echo)
    await stage.run_one(raw(_config_flip(), topic=CONFIG.name, offset=9), echo)
    assert [d.reason for d in letters(bus)] == ["unexpected_event_type", "invalid_event"]
    assert len(bus.on(CLASSIFIED.name)) == 1


async def test_a_dead_letter_keeps_a_bounded_valid_payload() -> None:
    bus = RecordingBus()
    # Control characters take six bytes each in JSON; invalid bytes become U+FFFD.
    value = b'{"a": "' + b"\x01" * 15_000 + b"\xff\xfe" * 2_000
    await make_stage(bus).run_one(raw(value), echo)
    [letter] = letters(bus)
    assert letter.reason == "not_utf8"
    assert 0 < len(letter.payload) <= MAX_PAYLOAD_CHARS
    assert len(ev.encode_event(letter)) < LIMITS.max_message_bytes
    assert letter.payload.encode("utf-8").decode("utf-8") == letter.payload


async def test_the_payload_is_capped_in_characters_under_the_default_limit() -> None:
    bus = RecordingBus()
    stage = make_stage(bus)
    stage.limits = DecodeLimits()
    await stage.run_one(raw(b"\xe2\x82\xac" * 200_000 + b"\xff"), echo)  # "€" × 200,000
    [letter] = letters(bus)
    assert letter.reason == "not_utf8" and letter.payload == "€" * MAX_PAYLOAD_CHARS


async def test_details_go_to_the_dead_letter_not_the_log(caplog: pytest.LogCaptureFixture) -> None:
    bus = RecordingBus()
    with caplog.at_level(logging.DEBUG):
        await make_stage(bus).run_one(raw(POISON["invalid_event"][0]), echo)
    [letter] = letters(bus)
    assert "ticket.channel" in letter.detail
    assert MARKER in letter.payload and EMAIL in letter.payload
    assert "ticket.channel" not in caplog.text
    assert_no_customer_data(caplog)


async def test_handler_failures_log_type_and_place_never_the_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bus = RecordingBus()
    secret = secret_ticket()

    async def leaky(event: ev.Event) -> Sequence[Publish]:
        assert isinstance(event, ev.TicketReceived)
        if event.ticket_id == "T-TRANSIENT":
            raise TransientError(f"timeout for {event.ticket.customer.email}")
        if event.ticket_id == "T-INVALID":
            ev.Ticket.model_validate({"id": event.ticket.body})  # pydantic error text
        raise KeyError(event.ticket.body)

    stage = make_stage(bus)
    with caplog.at_level(logging.DEBUG):
        for ticket_id in ("T-SECRET", "T-TRANSIENT", "T-INVALID"):
            event = secret.model_copy(update={"ticket_id": ticket_id, "event_id": ticket_id})
            await stage.run_one(raw(ev.encode_event(event)), leaky)
    assert [(d.ticket_id, d.reason) for d in letters(bus)] == [
        ("T-SECRET", "handler_failed"),
        ("T-TRANSIENT", "retries_exhausted"),
        ("T-INVALID", "handler_failed"),
    ]
    assert MARKER in letters(bus)[0].detail  # the detail is kept, on the dead letter
    assert "KeyError at test_poison_messages.py" in caplog.text
    assert "ValidationError at test_poison_messages.py" in caplog.text
    assert "(event T-SECRET)" in caplog.text
    assert_no_customer_data(caplog)


async def test_the_resolvers_catch_all_logs_no_ticket_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from supportloop.core.resolution import workflow

    class Boom(workflow.ResolutionWorkflow):
        async def _handle(self, ctx: object) -> list[ev.EventBase]:
            raise ValueError(f"cannot parse {MARKER} {EMAIL}")

    boom = object.__new__(Boom)
    boom.clock = workflow.SystemClock()  # type: ignore[attr-defined]
    classified = ev.TicketClassified(
        event_id="c-1",
        ticket_id="T-1",
        ticket=secret_ticket().ticket,
        received_at=ev.utcnow(),
        category="wismo",
        tier=1,
        confidence=0.9,
        escalate=False,
        classifier="test",
        model_version="1",
    )
    # (the stub cannot build the escalation: only the log line matters here)
    with caplog.at_level(logging.DEBUG), contextlib.suppress(Exception):
        await boom.handle(classified, "live")
    assert "ValueError at test_poison_messages.py" in caplog.text
    assert_no_customer_data(caplog)


async def test_a_batch_handler_that_fails_or_miscounts_dead_letters_not_crashes() -> None:
    bus = RecordingBus()

    async def short(events: Sequence[ev.Event]) -> list[list[Publish]]:
        if len(events) > 1:
            return [[]]  # one result for several events: a bug, not a crash
        if events[0].ticket_id == "bad":
            raise RuntimeError("model blew up")
        return [[Publish(CLASSIFIED, events[0])]]

    stage = make_stage(bus)
    await stage.run_batch([raw(ev.encode_event(received(t))) for t in ("a", "bad", "c")], short)
    assert [e.ticket_id for e in bus.on(CLASSIFIED.name)] == ["a", "c"]
    assert [(d.ticket_id, d.reason) for d in letters(bus)] == [("bad", "handler_failed")]


async def test_transient_failures_in_a_batch_are_retried_boundedly() -> None:
    bus, calls = RecordingBus(), []

    async def down(events: Sequence[ev.Event]) -> list[list[Publish]]:
        calls.append(len(events))
        raise TransientError("still down")

    stage = make_stage(bus)
    await stage.run_batch([raw(ev.encode_event(received(t))) for t in ("a", "b")], down)
    assert calls == [2, 2, 2, 1, 1, 1, 1, 1, 1]
    assert [d.reason for d in letters(bus)] == ["retries_exhausted"] * 2


async def test_an_output_too_large_to_send_dead_letters_its_input() -> None:
    bus = RecordingBus()

    async def publish(output: Publish) -> None:
        if output.topic is CLASSIFIED and output.event.ticket_id == "huge":
            raise PoisonMessage("output_too_large", "TicketClassified larger than 20000")
        await bus.publish(output)

    stage = make_stage(bus)
    stage.publish = publish
    await stage.run_one(raw(ev.encode_event(received("huge"))), echo)
    await stage.run_one(raw(ev.encode_event(received("fine"))), echo)
    assert [(d.ticket_id, d.reason) for d in letters(bus)] == [("huge", "output_too_large")]
    assert [e.ticket_id for e in bus.on(CLASSIFIED.name)] == ["fine"]


async def test_a_refused_dead_letter_is_sent_again_without_its_payload() -> None:
    bus = RecordingBus()
    refused: list[ev.EventBase] = []

    async def publish(output: Publish) -> None:
        if isinstance(output.event, ev.DeadLettered) and output.event.payload:
            refused.append(output.event)
            raise PoisonMessage("output_too_large")
        await bus.publish(output)

    stage = make_stage(bus)
    stage.publish = publish
    await stage.run_one(raw(b"{not json", key=b"P-1"), echo)
    [letter] = letters(bus)
    assert len(refused) == 1 and (letter.ticket_id, letter.reason, letter.payload) == (
        "P-1", "not_json", "",
    )  # fmt: skip


async def test_a_broker_failure_still_stops_the_agent_so_the_message_is_read_again() -> None:
    async def down(output: Publish) -> None:
        raise ConnectionError("broker unreachable")

    stage = make_stage(RecordingBus())
    stage.publish = down
    with pytest.raises(ConnectionError):
        await stage.run_one(raw(b"{not json"), echo)


# ------------------------------------------------------------- the config topic's observer


def read(event: ev.Event | None, problem: str | None = None, offset: int = 0) -> ReadEvent:
    return ReadEvent(CONFIG.name, 0, offset, 0, event, problem)


def test_mode_view_counts_and_skips_what_is_not_a_flip(caplog: pytest.LogCaptureFixture) -> None:
    skipped: list[tuple[str, str]] = []
    view = ModeView(on_skip=lambda topic, reason: skipped.append((topic, reason)))
    flip = ev.AutonomyModeChanged.flip(
        "f", "wismo", "live", by="ops", reason="go", previous=None, at=ev.utcnow()
    )
    with caplog.at_level(logging.DEBUG):
        assert view.take(read(None, "too_deep")) is None
        assert view.take(read(secret_ticket(), offset=1)) is None
        assert view.take(read(None, "invalid_event", offset=2)) is None
        assert view.take(read(flip, offset=3)) == flip
    assert view.mode("wismo") == "live"
    assert skipped == [
        (CONFIG.name, "too_deep"),
        (CONFIG.name, "unexpected_event_type"),
        (CONFIG.name, "invalid_event"),
    ]
    assert dict(view.skipped) == {"too_deep": 1, "unexpected_event_type": 1, "invalid_event": 1}
    assert_no_customer_data(caplog)


def test_the_reader_never_raises_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from aiokafka import TopicPartition

    from supportloop.adapters.kafka.reader import _read

    tp = TopicPartition(CONFIG.name, 0)
    for value, reason in POISON.values():
        if reason == "unexpected_event_type":
            continue  # a valid event: the reader yields it, the observer decides
        message = SimpleNamespace(value=value, offset=1, timestamp=0)
        result = _read(tp, message, LIMITS)
        assert (result.event, result.problem) == (None, reason)
    good = SimpleNamespace(value=_config_flip(), offset=2, timestamp=0)
    assert isinstance(_read(tp, good, LIMITS).event, ev.AutonomyModeChanged)


# ------------------------------------------------------------- the settings reach the stage


def test_the_limits_come_from_the_settings(tmp_path: Path) -> None:
    settings = ServiceSettings(
        data_dir=tmp_path, max_message_bytes=50_000, max_json_depth=16, max_ticket_text_chars=900
    )
    service = ServiceApp("classifier", KafkaSettings(topic_prefix="limits-test."), settings)
    stage = service.stage(accepts=(ev.TicketReceived,))
    assert stage.limits == DecodeLimits(50_000, 16, 900)
    assert service.app.conf.producer_max_request_size == 1_000_000  # never below Faust's
    larger = ServiceSettings(data_dir=tmp_path, max_message_bytes=3_000_000)
    bigger = ServiceApp("resolver", KafkaSettings(topic_prefix="limits-test."), larger)
    assert bigger.app.conf.producer_max_request_size == 3_000_000
    defaults = ServiceSettings()
    assert (defaults.max_message_bytes, defaults.max_json_depth) == (1_000_000, 64)
    assert (
        defaults.max_ticket_text_chars
        == 50_000
        == ev.Ticket.model_fields["body"].metadata[-1].max_length
    )


def test_the_limits_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTLOOP_MAX_MESSAGE_BYTES", "200000")
    monkeypatch.setenv("SUPPORTLOOP_MAX_JSON_DEPTH", "32")
    monkeypatch.setenv("SUPPORTLOOP_MAX_TICKET_TEXT_CHARS", "10000")
    settings = ServiceSettings()
    assert (settings.max_message_bytes, settings.max_json_depth) == (200_000, 32)
    assert settings.max_ticket_text_chars == 10_000
    monkeypatch.setenv("SUPPORTLOOP_MAX_TICKET_TEXT_CHARS", "60000")  # over the schema's cap
    with pytest.raises(ValueError):
        ServiceSettings()


async def test_the_publisher_turns_a_too_large_event_into_a_dead_letter_reason(
    tmp_path: Path,
) -> None:
    service = ServiceApp(
        "classifier", KafkaSettings(topic_prefix="limits-test."), ServiceSettings(data_dir=tmp_path)
    )

    class Refusing:
        def __init__(self, error: Exception) -> None:
            self.error = error

        async def send(self, **_: object) -> None:
            raise self.error

    too_large = ProducerSendError("Error while sending")
    too_large.__cause__ = MessageSizeTooLargeError("The message is 2000000 bytes")
    service.topic = lambda spec: Refusing(too_large)  # type: ignore[assignment,method-assign,misc,return-value]
    with pytest.raises(PoisonMessage) as caught:
        await service.publisher()(Publish(RESOLUTIONS, received("T-1")))  # type: ignore[arg-type]
    assert caught.value.reason == "output_too_large"
    down = ProducerSendError("Error while sending")
    down.__cause__ = KafkaConnectionError()
    service.topic = lambda spec: Refusing(down)  # type: ignore[assignment,method-assign,misc,return-value]
    with pytest.raises(ProducerSendError):
        await service.publisher()(Publish(RESOLUTIONS, received("T-1")))  # type: ignore[arg-type]
    assert ticket().id == "T-1"


async def test_a_stage_over_several_topics_takes_each_topics_own_events_only(
    tmp_path: Path,
) -> None:
    service = ServiceApp(
        "metrics", KafkaSettings(topic_prefix="p."), ServiceSettings(data_dir=tmp_path)
    )
    accepts = (ev.TicketReceived, ev.AutonomyModeChanged)
    stage = service.stage(accepts=accepts, observer=True, topics=(INBOUND, CONFIG))
    bus = RecordingBus()
    stage.publish = bus.publish
    handled: list[str] = []

    async def note(event: ev.Event) -> Sequence[Publish]:
        handled.append(event.ticket_id)
        return []

    await stage.run_one(raw(ev.encode_event(received("T-1")), topic="p." + CONFIG.name), note)
    await stage.run_one(raw(_config_flip(), topic="p." + INBOUND.name), note)
    await stage.run_one(raw(ev.encode_event(received("T-2")), topic="p." + INBOUND.name), note)
    await stage.run_one(raw(_config_flip(), topic="p." + CONFIG.name), note)
    assert handled == ["T-2", "flip-1"] and bus.published == []
    assert count(stage, "skipped", "p." + CONFIG.name) == 1
    assert count(stage, "skipped", "p." + INBOUND.name) == 1


async def test_mode_view_waits_out_an_unreachable_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    """A broker restarting under the resolver: following the config topic fails, is waited
    out with backoff and read again; it never crashes the worker (it used to)."""
    from aiokafka.errors import KafkaConnectionError

    from supportloop.adapters.runtime import config_view

    flip = ev.AutonomyModeChanged.flip(
        "f", "wismo", "live", by="ops", reason="go", previous=None, at=ev.utcnow()
    )
    calls: list[bool] = []
    slept: list[float] = []

    async def follow(*_: object, until_end: bool = False, **__: object) -> Any:
        calls.append(until_end)
        if len(calls) <= 2:
            raise KafkaConnectionError("Unable to bootstrap")
        if until_end:
            yield read(flip)
        elif len(calls) == 4:
            raise KafkaConnectionError("broker gone again")

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(config_view, "follow", follow)
    monkeypatch.setattr(config_view.asyncio, "sleep", sleep)
    view = ModeView()
    await view.run(KafkaSettings())
    assert view.caught_up.is_set() and view.mode("wismo") == "live"
    assert calls == [True, True, True, False, False]  # caught up once, then followed again
    assert slept == [1.0, 2.0, 4.0]
