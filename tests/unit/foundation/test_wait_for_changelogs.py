"""An agent starts consuming only once the consumer's metadata knows its tables' changelogs."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest
from faust.exceptions import PartitionsMismatch

from supportloop.adapters.runtime.changelogs import (
    check_copartitioned,
    known_partitions,
    wait_for_changelogs,
)


@dataclass
class FakeTopic:
    name: str

    def get_topic_name(self) -> str:
        return self.name


@dataclass
class FakeTable:
    changelog_topic: FakeTopic


@dataclass
class FakeConsumer:
    known: dict[str, object] = field(default_factory=dict)
    asked: int = 0

    def topic_partitions(self, name: str) -> object:
        self.asked += 1
        return self.known.get(name)


@dataclass
class FakeApp:
    consumer: FakeConsumer
    tables: dict[str, FakeTable]


def app_with(*names: str) -> FakeApp:
    return FakeApp(FakeConsumer(), {n: FakeTable(FakeTopic(f"{n}-changelog")) for n in names})


async def test_returns_once_every_changelog_has_partitions() -> None:
    app = app_with("decisions", "ledger")
    waiting = asyncio.create_task(wait_for_changelogs(app))
    await asyncio.sleep(0.3)
    assert not waiting.done()
    app.consumer.known["decisions-changelog"] = {0, 1}
    await asyncio.sleep(0.3)
    assert not waiting.done()
    app.consumer.known["ledger-changelog"] = {0, 1}
    await asyncio.wait_for(waiting, timeout=2)


async def test_never_gives_up_and_reports_while_the_metadata_lacks_a_changelog(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = app_with("decisions")
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(wait_for_changelogs(app, report_every_s=0.1), timeout=0.7)
    assert "still no partition metadata for decisions-changelog" in caplog.text


def test_an_agent_refuses_topics_partitioned_unlike_its_tables_changelogs() -> None:
    """Table writes go to the partitioner's partition of the ticket id: the ticket's own
    partition only when its topic and the changelog have as many partitions."""
    app = app_with("decisions")
    app.consumer.known.update({"decisions-changelog": 6, "tickets": 6, "outcomes": 6})
    check_copartitioned(app, ["tickets", "outcomes"])  # type: ignore[arg-type]
    app.consumer.known["outcomes"] = 12
    with pytest.raises(PartitionsMismatch, match="outcomes has 12 partitions"):
        check_copartitioned(app, ["tickets", "outcomes"])  # type: ignore[arg-type]


async def test_the_task_dump_follows_the_chain_of_awaits() -> None:
    from supportloop.adapters.runtime.task_dump import _task_stack

    stuck = asyncio.Event()

    async def handle_ticket() -> None:
        await stuck.wait()

    async def agent() -> None:
        await handle_ticket()

    task = asyncio.create_task(agent())
    await asyncio.sleep(0.01)
    dump = "".join(_task_stack(task))
    task.cancel()
    assert dump.index("in agent") < dump.index("in handle_ticket") < dump.index("in wait")


@dataclass
class FakeCluster:
    topics: dict[str, set[int]]

    def partitions_for_topic(self, name: str) -> set[int] | None:
        return self.topics.get(name)


async def test_a_follower_reads_the_clients_metadata_not_the_leaders_snapshot() -> None:
    """Faust's topic_partitions is the group leader's snapshot: empty on a follower that
    joined right after a broker restart. The consumer client's own metadata knows."""
    app = app_with("ledger")
    cluster = FakeCluster({})
    client = type("Client", (), {"cluster": cluster})()
    consumer = type("Consumer", (), {"_client": client})()
    app.consumer._thread = type("Thread", (), {"_consumer": consumer})()  # type: ignore[attr-defined]
    assert known_partitions(app, "ledger-changelog") is None
    cluster.topics["ledger-changelog"] = {0, 1, 2, 3}
    assert known_partitions(app, "ledger-changelog") == 4
    await asyncio.wait_for(wait_for_changelogs(app), timeout=2)
