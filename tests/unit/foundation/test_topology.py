"""supportloop/core/topology.py says what the services' wiring does.

What a service consumes, its tables and its app id come from the app itself: each service is
built with ``build_app`` (no broker needed) and its Faust agents and tables are read back.
What it publishes is found in its code: every ``Publish(TOPIC, …)`` in ``services/<name>/``
and in the runtime modules it imports (its webhooks), the topics of the events its
workflow builds where it publishes ``Publish.of(event)``, and the dead-letter topic when it
has a stage that is not an observer. The operator commands' writes are found the same way.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

import supportloop.core.topics as topics_module
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.core import events as ev
from supportloop.core.resolution import ResolverSettings
from supportloop.core.topics import ALL_TOPICS, CONFIG_AUDIT, DEAD_LETTERS, TopicSpec
from supportloop.core.topology import PURPOSE, SERVICES, TOOLS, ServiceTopology, service
from supportloop.settings import DEFAULT_WEB_PORTS, KafkaSettings, ServiceSettings

REPO = Path(__file__).resolve().parents[3]
PREFIX = "wiring-test."
# Runtime modules every service shares: the Faust glue, the stage (its dead letters are
# counted from the service's own stages, see _dead_letters) and the deduplication that
# republishes what a handler published before.
FRAMEWORK = {
    "supportloop.adapters.runtime.faust_app",
    "supportloop.adapters.runtime.stage",
    "supportloop.adapters.runtime.dedupe",
}
# Where a service publishes `Publish.of(event)`, the events come from here.
EVENT_SOURCES = {"services/resolver/handler.py": "supportloop/core/resolution"}
# The operator commands that write, and the modules that write for them.
TOOL_MODULES = {
    "supportloop ingest": ("supportloop/cli/ingest_cmd.py", "supportloop/adapters/ingest"),
    "supportloop flags set": ("supportloop/cli/flags_cmd.py",),
}
EVENT_TYPES = {
    name: obj
    for name, obj in vars(ev).items()
    if isinstance(obj, type) and issubclass(obj, ev.EventBase) and obj is not ev.EventBase
}


def _fake_classify(tickets: list[ev.Ticket]) -> list[Any]:
    raise AssertionError("not called: the app is only built")


def build(name: str, tmp_path: Path) -> ServiceApp:
    import importlib

    module = importlib.import_module(f"services.{name}.app")
    common: dict[str, Any] = {
        "kafka": KafkaSettings(topic_prefix=PREFIX),
        "settings": ServiceSettings(data_dir=tmp_path),
        "registry": CollectorRegistry(),
    }
    if name == "classifier":
        common["classify"] = _fake_classify
    if name == "resolver":  # the real workflow: the approvals agent is wired only with it
        common["resolver_settings"] = ResolverSettings(
            policies_dir=REPO / "policies", kb_dir=REPO / "knowledge_base"
        )
    app: ServiceApp = module.build_app(**common)
    return app


def _bare(name: str) -> str:
    assert name.startswith(PREFIX), f"{name} lacks the topic prefix"
    return name[len(PREFIX) :]


def _names(flows: Any) -> set[str]:
    return {flow.topic.name for flow in flows}


# ---------------------------------------------------------------- built apps


@pytest.mark.parametrize("topology", SERVICES, ids=lambda s: s.name)
def test_a_service_consumes_what_the_topology_says(
    topology: ServiceTopology, tmp_path: Path
) -> None:
    app = build(topology.name, tmp_path).app
    consumed = {_bare(topic) for agent in app.agents.values() for topic in agent.channel.topics}
    assert consumed == _names(topology.consumes)


@pytest.mark.parametrize("topology", SERVICES, ids=lambda s: s.name)
def test_a_service_has_the_app_id_group_and_tables_the_topology_says(
    topology: ServiceTopology, tmp_path: Path
) -> None:
    app = build(topology.name, tmp_path).app
    assert app.conf.id == topology.app_id(PREFIX) == topology.group_id(PREFIX)
    assert sorted(app.tables) == sorted(topology.tables)
    changelogs = {table.changelog_topic.get_topic_name() for table in app.tables.values()}
    assert changelogs == set(topology.changelog_topics(PREFIX))
    # What the ACLs rely on: no leader-assignor topic, no transactional producer.
    assert app.conf.topic_disable_leader is True
    assert str(app.conf.processing_guarantee.value) == "at_least_once"


def test_every_service_is_declared_once() -> None:
    on_disk = {path.parent.name for path in (REPO / "services").glob("*/app.py")}
    declared = [s.name for s in SERVICES]
    assert sorted(declared) == sorted(on_disk) == sorted(DEFAULT_WEB_PORTS)
    assert service("resolver").name == "resolver"


# ---------------------------------------------------------------- the code's publish sites


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(), str(path))


def _topic(node: ast.expr, where: Path) -> TopicSpec:
    assert isinstance(node, ast.Name), f"{where}:{node.lineno}: a topic that is not a constant"
    spec = getattr(topics_module, node.id, None)
    assert isinstance(spec, TopicSpec), f"{where}:{node.lineno}: {node.id} is not a topic"
    return spec


def _imported(path: Path) -> Iterator[str]:
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _modules(name: str) -> list[Path]:
    """The service's own modules and the runtime modules they import, directly or not
    (its webhooks …)."""
    own = sorted((REPO / "services" / name).glob("*.py"))
    runtime: set[Path] = set()
    todo = list(own)
    while todo:
        for module in _imported(todo.pop()):
            path = REPO / (module.replace(".", "/") + ".py")
            if (
                module.startswith("supportloop.adapters.runtime.")
                and module not in FRAMEWORK
                and path.is_file()
                and path not in runtime
            ):
                runtime.add(path)
                todo.append(path)
    return own + sorted(runtime)


def _calls(path: Path) -> Iterator[ast.Call]:
    yield from (node for node in ast.walk(_tree(path)) if isinstance(node, ast.Call))


def _constructed_events(package: Path) -> set[type[ev.EventBase]]:
    found = set()
    for path in sorted(package.rglob("*.py")):
        for call in _calls(path):
            func = call.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in EVENT_TYPES:
                found.add(EVENT_TYPES[name])
    return found


def _home(event_type: type[ev.EventBase]) -> TopicSpec:
    # The audit topic carries copies of the config topic's flips.
    [home] = [s for s in ALL_TOPICS if event_type in s.events and s is not CONFIG_AUDIT]
    return home


def published_by(name: str) -> set[str]:
    found: set[str] = set()
    for path in _modules(name):
        for call in _calls(path):
            func = call.func
            if isinstance(func, ast.Name) and func.id == "Publish":
                topic = (
                    call.args[0]
                    if call.args
                    else next(k.value for k in call.keywords if k.arg == "topic")
                )
                found.add(_topic(topic, path).name)
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "of"
                and isinstance(func.value, ast.Name)
                and func.value.id == "Publish"
            ):
                relative = str(path.relative_to(REPO))
                assert relative in EVENT_SOURCES, f"{relative}: Publish.of with no event source"
                events = _constructed_events(REPO / EVENT_SOURCES[relative])
                assert events, f"no events built in {EVENT_SOURCES[relative]}"
                found.update(_home(t).name for t in events)
    if _dead_letters(name):
        found.add(DEAD_LETTERS.name)
    return found


def _dead_letters(name: str) -> bool:
    """A stage that is not an observer dead-letters what it cannot handle."""
    for path in sorted((REPO / "services" / name).glob("*.py")):
        for call in _calls(path):
            if isinstance(call.func, ast.Attribute) and call.func.attr == "stage":
                observer = next((k.value for k in call.keywords if k.arg == "observer"), None)
                owns = any(k.arg == "owns" for k in call.keywords)
                if owns or not (isinstance(observer, ast.Constant) and observer.value is True):
                    return True
    return False


def read_without_group(name: str) -> set[str]:
    """`follow(settings, [TOPIC, …])`: every worker reads the whole topic, no group."""
    found: set[str] = set()
    for path in _modules(name):
        for call in _calls(path):
            func = call.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called == "follow" and len(call.args) > 1:
                listed = call.args[1]
                assert isinstance(listed, ast.List | ast.Tuple), f"{path}: follow(…) of what?"
                found.update(_topic(element, path).name for element in listed.elts)
    return found


@pytest.mark.parametrize("topology", SERVICES, ids=lambda s: s.name)
def test_a_service_publishes_what_the_topology_says(topology: ServiceTopology) -> None:
    assert published_by(topology.name) == _names(topology.produces)


@pytest.mark.parametrize("topology", SERVICES, ids=lambda s: s.name)
def test_a_service_reads_outside_its_group_what_the_topology_says(
    topology: ServiceTopology,
) -> None:
    assert read_without_group(topology.name) == _names(topology.reads)


def _sent(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        for call in _calls(path):
            func = call.func
            sends = isinstance(func, ast.Attribute) and func.attr in ("send", "send_and_wait")
            if sends and call.args and isinstance(call.args[0], ast.Name):
                spec = getattr(topics_module, call.args[0].id, None)
                if isinstance(spec, TopicSpec):
                    found.add(spec.name)
    return found


def _files(*relative: str) -> list[Path]:
    paths: list[Path] = []
    for item in relative:
        path = REPO / item
        paths += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return paths


def test_the_operator_commands_write_what_the_topology_says() -> None:
    assert sorted(TOOL_MODULES) == sorted(tool.command for tool in TOOLS)
    for tool in TOOLS:
        assert _sent(_files(*TOOL_MODULES[tool.command])) == _names(tool.produces), tool.command
    # No other product command writes to a topic.
    everything = _sent(_files("supportloop/cli", "supportloop/adapters/ingest"))
    assert everything == set().union(*(_names(tool.produces) for tool in TOOLS))


def test_every_topic_has_a_purpose_and_a_writer() -> None:
    assert set(PURPOSE) == {spec.name for spec in ALL_TOPICS}
    written = set().union(*(_names(s.produces) for s in SERVICES))
    written |= set().union(*(_names(t.produces) for t in TOOLS))
    assert written == {spec.name for spec in ALL_TOPICS}
