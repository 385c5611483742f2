"""The contract as documents, generated from ``topics.py`` and ``topology.py``:
an AsyncAPI 3.0 document of every topic, and the README's topic table.

Both are deterministic (sorted, no timestamps), so a test can regenerate them in memory and
tell when the committed copies are stale. Topic names are shown without
``SUPPORTLOOP_KAFKA_TOPIC_PREFIX``: the prefix is a deployment setting, not the contract.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

import supportloop
from supportloop.core import events as ev
from supportloop.core.topics import ALL_TOPICS, DAY_MS, TopicSpec
from supportloop.core.topology import (
    PURPOSE,
    SERVICES,
    TOOLS,
    Flow,
    ServiceTopology,
    Tool,
    consumers_of,
    producers_of,
    tools_writing,
)

ASYNCAPI_VERSION = "3.0.0"
KAFKA_BINDING_VERSION = "0.5.0"
ASYNCAPI_COMMAND = "supportloop topics asyncapi > docs/asyncapi.yaml"
README_COMMAND = "supportloop topics readme-table --write README.md"
README_START = "<!-- topics:start -->"
README_END = "<!-- topics:end -->"
_SCHEMA_REF = "#/components/schemas/{model}"


# ---------------------------------------------------------------- AsyncAPI


def _ref(*parts: str) -> dict[str, str]:
    return {"$ref": "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)}


def _first_line(text: str | None) -> str:
    return " ".join((text or "").strip().split("\n\n")[0].split())


def _retention(spec: TopicSpec) -> str:
    if spec.cleanup_policy == "compact":
        return "latest value per key kept"
    if spec.retention_ms is None:
        return "the broker's retention"
    if spec.retention_ms < 0:
        return "kept forever"
    days = spec.retention_ms / DAY_MS
    return f"{days:g} days" if days != 1 else "1 day"


def _partitions(spec: TopicSpec) -> str:
    return str(spec.partitions) if spec.partitions else "default (SUPPORTLOOP_KAFKA_PARTITIONS)"


def _event_types(topics: tuple[TopicSpec, ...]) -> list[type[ev.EventBase]]:
    seen: dict[str, type[ev.EventBase]] = {}
    for spec in topics:
        for event_type in spec.events:
            seen.setdefault(event_type.__name__, event_type)
    return [seen[name] for name in sorted(seen)]


def _message_keys(topics: tuple[TopicSpec, ...]) -> dict[str, str]:
    """The message key of each event type; one event type has one key on every topic."""
    keys: dict[str, str] = {}
    for spec in topics:
        for event_type in spec.events:
            if keys.setdefault(event_type.__name__, spec.key) != spec.key:
                raise ValueError(f"{event_type.__name__} is keyed differently on two topics")
    return keys


def _schemas(event_types: list[type[ev.EventBase]]) -> dict[str, Any]:
    """Every event's JSON Schema (pydantic's), nested models hoisted to components."""
    schemas: dict[str, Any] = {}
    for event_type in event_types:
        schema = event_type.model_json_schema(ref_template=_SCHEMA_REF)
        nested = schema.pop("$defs", {})
        for name, definition in {**nested, event_type.__name__: schema}.items():
            if schemas.setdefault(name, definition) != definition:
                raise ValueError(f"two different JSON Schemas named {name}")
    return {name: schemas[name] for name in sorted(schemas)}


def _channel(
    spec: TopicSpec, services: tuple[ServiceTopology, ...], tools: tuple[Tool, ...]
) -> dict[str, Any]:
    configuration: dict[str, Any] = {"cleanup.policy": [spec.cleanup_policy]}
    if spec.cleanup_policy == "delete" and spec.retention_ms is not None:
        configuration["retention.ms"] = spec.retention_ms
    kafka: dict[str, Any] = {"topic": spec.name}
    if spec.partitions:
        kafka["partitions"] = spec.partitions
    kafka["topicConfiguration"] = configuration
    kafka["bindingVersion"] = KAFKA_BINDING_VERSION
    writers = [s.name for s, _ in producers_of(spec, services)]
    writers += [t.command for t, _ in tools_writing(spec, tools)]
    readers = [s.name for s, _ in consumers_of(spec, services)]
    description = (
        f"{PURPOSE[spec.name]}\n\n"
        f"Key: `{spec.key}`. Partitions: {_partitions(spec)}. "
        f"Cleanup: {spec.cleanup_policy}, {_retention(spec)}.\n"
        f"Written by: {', '.join(writers) or '-'}. Read by: {', '.join(readers) or 'no service'}."
    )
    return {
        "address": spec.name,
        "title": spec.name,
        "description": description,
        "messages": {t.__name__: _ref("components", "messages", t.__name__) for t in _sorted(spec)},
        "bindings": {"kafka": kafka},
    }


def _sorted(spec: TopicSpec) -> list[type[ev.EventBase]]:
    return sorted(spec.events, key=lambda t: t.__name__)


def _operation(
    action: str,
    flow: Flow,
    summary: str,
    group_id: str | None,
    tag: str,
) -> dict[str, Any]:
    spec = flow.topic
    operation: dict[str, Any] = {
        "action": action,
        "channel": _ref("channels", spec.name),
        "summary": summary + (f" ({flow.via})" if flow.via else ""),
        "messages": [_ref("channels", spec.name, "messages", t.__name__) for t in _sorted(spec)],
        "tags": [{"name": tag}],
    }
    if group_id is not None:
        operation["bindings"] = {
            "kafka": {
                "groupId": {"type": "string", "enum": [group_id]},
                "bindingVersion": KAFKA_BINDING_VERSION,
            }
        }
    return operation


def _service_operations(service: ServiceTopology) -> dict[str, dict[str, Any]]:
    ops: dict[str, dict[str, Any]] = {}
    for flow in service.consumes:
        ops[f"{service.name}.receive.{flow.topic.name}"] = _operation(
            "receive",
            flow,
            f"{service.name} consumes {flow.topic.name} in its consumer group",
            service.group_id(),
            service.name,
        )
    for flow in service.reads:
        ops[f"{service.name}.receive.{flow.topic.name}"] = _operation(
            "receive",
            flow,
            f"{service.name} reads {flow.topic.name} from the start in every worker",
            None,
            service.name,
        )
    for flow in service.produces:
        ops[f"{service.name}.send.{flow.topic.name}"] = _operation(
            "send",
            flow,
            f"{service.name} publishes to {flow.topic.name}",
            None,
            service.name,
        )
    return ops


def _tool_operations(tool: Tool) -> dict[str, dict[str, Any]]:
    return {
        f"{tool.id}.send.{flow.topic.name}": _operation(
            "send",
            flow,
            f"`{tool.command}` publishes to {flow.topic.name}",
            None,
            "cli",
        )
        for flow in tool.produces
    }


def asyncapi_document(
    topics: tuple[TopicSpec, ...] = ALL_TOPICS,
    services: tuple[ServiceTopology, ...] = SERVICES,
    tools: tuple[Tool, ...] = TOOLS,
) -> dict[str, Any]:
    """The AsyncAPI 3.0 document: a channel per topic, a message per event type, and a
    send/receive operation per service (and operator command) and topic."""
    event_types = _event_types(topics)
    keys = _message_keys(topics)
    messages = {
        t.__name__: {
            "name": t.__name__,
            "title": t.__name__,
            "summary": _first_line(t.__doc__) or f"The `{t.model_fields['type'].default}` event.",
            "contentType": "application/json",
            "payload": _ref("components", "schemas", t.__name__),
            "bindings": {
                "kafka": {
                    "key": {"type": "string", "description": f"the {keys[t.__name__]}"},
                    "bindingVersion": KAFKA_BINDING_VERSION,
                }
            },
        }
        for t in event_types
    }
    operations: dict[str, dict[str, Any]] = {}
    for svc in services:
        operations.update(_service_operations(svc))
    for tool in tools:
        operations.update(_tool_operations(tool))
    groups = ", ".join(f"`{s.group_id()}`" for s in services)
    description = (
        "Every topic of SupportLoop's bus, its events and which service writes and reads it. "
        f"Generated by `{ASYNCAPI_COMMAND}` from `supportloop/core/topics.py` and "
        "`supportloop/core/topology.py`; do not edit by hand.\n\n"
        "Topic names, consumer groups and changelog topics all get "
        "`SUPPORTLOOP_KAFKA_TOPIC_PREFIX` (empty by default). Every message value is the "
        "event as JSON; the key is the ticket id (the category on the config topics). "
        f"Consumer groups (= Faust app ids): {groups}."
    )
    return {
        "asyncapi": ASYNCAPI_VERSION,
        "info": {
            "title": "SupportLoop",
            "version": supportloop.__version__,
            "description": description,
            "license": {"name": "Apache-2.0"},
        },
        "defaultContentType": "application/json",
        "servers": {
            "kafka": {
                "host": "127.0.0.1:9092",
                "protocol": "kafka",
                "description": "SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS (this is its default); "
                "any Kafka cluster works.",
            }
        },
        "channels": {
            spec.name: _channel(spec, services, tools)
            for spec in sorted(topics, key=lambda s: s.name)
        },
        "operations": {name: operations[name] for name in sorted(operations)},
        "components": {
            "messages": messages,
            "schemas": _schemas(event_types),
        },
    }


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks; everything else as safe_dump writes it."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(document: Any) -> str:
    """YAML in the order the document was built (callers sort), no timestamps."""
    return yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def render_asyncapi() -> str:
    return dump_yaml(asyncapi_document())


# ---------------------------------------------------------------- README table


def _who(name: str, via: str) -> str:
    return f"`{name}` ({via})" if via else f"`{name}`"


def _cleanup(spec: TopicSpec) -> str:
    if spec.cleanup_policy == "compact":
        return "compact"
    if spec.retention_ms is not None and spec.retention_ms < 0:
        return "delete, kept forever"
    return f"delete after {_retention(spec)}"


def readme_table(
    topics: tuple[TopicSpec, ...] = ALL_TOPICS,
    services: tuple[ServiceTopology, ...] = SERVICES,
    tools: tuple[Tool, ...] = TOOLS,
) -> str:
    """The README block between the topic markers (markers included)."""
    lines = [
        README_START,
        f"<!-- generated by `{README_COMMAND}` from supportloop/core/topology.py -->",
        "",
        "| topic | key | events | partitions · cleanup | written by | read by |",
        "|---|---|---|---|---|---|",
    ]
    for spec in topics:
        writers = [_who(s.name, f.via) for s, f in producers_of(spec, services)]
        writers += [_who(t.command, f.via) for t, f in tools_writing(spec, tools)]
        readers = [_who(s.name, f.via) for s, f in consumers_of(spec, services)]
        partitions = str(spec.partitions) if spec.partitions else "default"
        events = ", ".join(f"`{t.__name__}`" for t in spec.events)
        lines.append(
            f"| `{spec.name}` | `{spec.key}` | {events} | {partitions} · {_cleanup(spec)} "
            f"| {', '.join(writers) or '–'} | {', '.join(readers) or '–'} |"
        )
    lines += [
        "",
        "| service | Faust app id = consumer group | tables "
        "(changelog topic `<app id>-<table>-changelog`) |",
        "|---|---|---|",
    ]
    for svc in services:
        tables = ", ".join(f"`{t}`" for t in svc.tables) or "–"
        lines.append(f"| `{svc.name}` | `{svc.app_id()}` | {tables} |")
    lines += [
        "",
        "Topic names, groups and changelogs get `SUPPORTLOOP_KAFKA_TOPIC_PREFIX`. "
        "The whole contract, with every event's JSON Schema, is in "
        "[docs/asyncapi.yaml](docs/asyncapi.yaml); `supportloop topics acls` prints the ACLs "
        "each service needs.",
        README_END,
    ]
    return "\n".join(lines) + "\n"


_BLOCK = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END) + r"\n?", re.S)


def current_readme_block(readme: str) -> str | None:
    found = _BLOCK.search(readme)
    return found.group(0) if found else None


def with_readme_table(readme: str, block: str | None = None) -> str:
    """The README with its topic block replaced; ValueError when it has no markers."""
    if current_readme_block(readme) is None:
        raise ValueError(f"no {README_START} … {README_END} block in the README")
    replacement = block if block is not None else readme_table()
    return _BLOCK.sub(lambda _: replacement, readme, count=1)
