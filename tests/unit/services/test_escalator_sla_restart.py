"""The SLA re-notification level lives in the escalator's table, not in memory: a restarted
worker (or the one a rebalance hands the ticket to) reads it back and sends no level twice."""

from __future__ import annotations

from pathlib import Path

from prometheus_client import CollectorRegistry
from services_fakes import FakeDesk

from services.escalator.app import build_app
from services.escalator.follow_up import SlaWatch, renotify
from supportloop.core.handoff import HandoffSettings, OpenHandoff, Renotification
from supportloop.settings import KafkaSettings, ServiceSettings
from tests.unit.autonomy.autonomy_events import at, handed_off, outcome

SETTINGS = HandoffSettings(sla_first_response_minutes={"normal": 10.0})


async def test_a_restarted_worker_does_not_send_a_level_again() -> None:
    changelog: dict[bytes, bytes] = {}  # what a restart reads back
    desk = FakeDesk()
    breached: list[Renotification] = []
    before = SlaWatch(changelog, SETTINGS)
    before.observe(handed_off("T1", "wismo", at(0)))
    assert (
        await renotify(desk, before.due(at(0, minutes=11)), before.mark_notified, breached.append)
        == 1
    )
    assert OpenHandoff.model_validate_json(changelog[b"T1"]).notified_level == 1

    after = SlaWatch(changelog, SETTINGS)  # a new process over the recovered table
    assert after.due(at(0, minutes=12)) == []
    assert (
        await renotify(desk, after.due(at(0, minutes=12)), after.mark_notified, breached.append)
        == 0
    )
    # The next level is still sent, once.
    assert (
        await renotify(desk, after.due(at(0, minutes=21)), after.mark_notified, breached.append)
        == 1
    )
    assert [(r.ticket_id, r.level) for r in breached] == [("T1", 1), ("T1", 2)]
    assert sorted(k for k in desk.writes if k.startswith("T1:renotify:")) == [
        "T1:renotify:1",
        "T1:renotify:1:tags",
        "T1:renotify:2",
        "T1:renotify:2:tags",
    ]


def test_a_redelivered_hand_off_keeps_the_level_sent() -> None:
    table: dict[bytes, bytes] = {}
    sla = SlaWatch(table, SETTINGS)
    sla.observe(handed_off("T1", "wismo", at(0)))
    [due] = sla.due(at(0, minutes=11))
    sla.mark_notified(due)
    sla.observe(handed_off("T1", "wismo", at(0, minutes=1)))  # redelivered after a rebalance
    assert sla.due(at(0, minutes=12)) == []


def test_a_reply_while_the_note_was_sent_is_not_undone_by_marking_it() -> None:
    table: dict[bytes, bytes] = {}
    sla = SlaWatch(table, SETTINGS)
    sla.observe(handed_off("T1", "wismo", at(0)))
    [due] = sla.due(at(0, minutes=11))
    sla.observe(outcome("T1", "agent_reply", at(0, minutes=11), reply="Sorry for the wait."))
    sla.mark_notified(due)  # the note went out just before the reply was handled
    assert table == {}
    assert sla.due(at(1)) == []


def test_marking_never_lowers_the_level() -> None:
    table: dict[bytes, bytes] = {}
    sla = SlaWatch(table, SETTINGS)
    sla.observe(handed_off("T1", "wismo", at(0)))
    (first,) = sla.due(at(0, minutes=11))
    (second,) = [r for r in sla.due(at(0, minutes=21)) if r.level == 2]
    sla.mark_notified(second)
    sla.mark_notified(first)
    assert OpenHandoff.model_validate_json(table[b"T1"]).notified_level == 2


def test_the_escalators_tables_take_writes_from_a_timer(tmp_path: Path) -> None:
    """Faust refuses a table write outside stream iteration unless the table routes its
    changelog by the partitioner: the SLA re-notifications and the expiry of old entries
    write from timers, so every ticket table does."""
    service = build_app(
        KafkaSettings(topic_prefix="sla."),
        ServiceSettings(data_dir=tmp_path),
        CollectorRegistry(),
        helpdesk=FakeDesk(),
    )
    routing = {name: table.use_partitioner for name, table in service.app.tables.items()}
    assert routing == {
        "escalator-handoffs": True,
        "escalator-sla": True,
        "escalator-reviews": True,
        "escalator-unposted": True,
    }
