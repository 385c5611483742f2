"""The contract documents (docs/asyncapi.yaml, the README's topic table) are what
supportloop/core/topology.py and topics.py generate today, and the AsyncAPI document has
the structure of AsyncAPI 3.0.

No AsyncAPI 3.0 JSON Schema ships in a PyPI package, so the structure is checked here: the
required fields, action values, name patterns, and that every ``$ref`` resolves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from supportloop.core import events as ev
from supportloop.core.contract_docs import (
    ASYNCAPI_COMMAND,
    README_COMMAND,
    asyncapi_document,
    current_readme_block,
    readme_table,
    render_asyncapi,
    with_readme_table,
)
from supportloop.core.topics import ALL_TOPICS, TopicSpec
from supportloop.core.topology import SERVICES, TOOLS
from tests.unit.foundation.fakes import received

REPO = Path(__file__).resolve().parents[3]
ASYNCAPI_FILE = REPO / "docs" / "asyncapi.yaml"
README = REPO / "README.md"
COMPONENT_KEY = re.compile(r"^[\w\d.\-_]+$")  # AsyncAPI 3.0's pattern for component names


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return asyncapi_document()


# ---------------------------------------------------------------- staleness


def test_docs_asyncapi_yaml_is_up_to_date() -> None:
    assert ASYNCAPI_FILE.is_file(), f"docs/asyncapi.yaml is missing: run `{ASYNCAPI_COMMAND}`"
    assert ASYNCAPI_FILE.read_text() == render_asyncapi(), (
        f"docs/asyncapi.yaml is stale (topics, events or topology changed): "
        f"run `{ASYNCAPI_COMMAND}`"
    )


def test_the_readme_topic_table_is_up_to_date() -> None:
    block = current_readme_block(README.read_text())
    assert block is not None, (
        f"README.md lost its topic markers: put them back, run `{README_COMMAND}`"
    )
    assert block == readme_table(), f"the README's topic table is stale: run `{README_COMMAND}`"


def test_generation_is_deterministic_and_round_trips() -> None:
    text = render_asyncapi()
    assert text == render_asyncapi()
    assert yaml.safe_load(text) == asyncapi_document()
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text), "no timestamps in the document"


def test_the_readme_block_is_replaced_in_place_only() -> None:
    readme = "intro\n<!-- topics:start -->\nold\n<!-- topics:end -->\noutro\n"
    updated = with_readme_table(readme)
    assert updated.startswith("intro\n") and updated.endswith("outro\n")
    assert current_readme_block(updated) == readme_table()
    with pytest.raises(ValueError, match="topics:start"):
        with_readme_table("no markers here\n")


def test_the_readme_table_lists_every_topic_with_its_writers_and_readers() -> None:
    rows = {
        line.split("|")[1].strip(" `"): line
        for line in readme_table().splitlines()
        if line.startswith("| `supportloop.")
    }
    assert set(rows) == {spec.name for spec in ALL_TOPICS}
    outcomes = rows["supportloop.human-outcomes.v1"]
    assert "`escalator` (POST /webhooks/helpdesk)" in outcomes  # the approval loop …
    assert "`resolver` (approvals)" in outcomes  # … closes at the resolver
    assert "`DraftReviewed`, `EscalationReviewed`" in rows["supportloop.reviews.v1"]
    assert "1 · compact" in rows["supportloop.config.v1"]


# ---------------------------------------------------------------- AsyncAPI 3.0 structure


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        assert isinstance(node, dict) and part in node, f"{ref} does not resolve"
        node = node[part]
    return node


def test_the_document_has_the_asyncapi_3_shape(doc: dict[str, Any]) -> None:
    assert doc["asyncapi"] == "3.0.0"
    assert set(doc) <= {
        "asyncapi",
        "id",
        "info",
        "servers",
        "defaultContentType",
        "channels",
        "operations",
        "components",
    }
    assert doc["info"]["title"] and doc["info"]["version"]
    for server in doc["servers"].values():
        assert server["protocol"] == "kafka" and server["host"]
    assert set(doc["components"]) == {"messages", "schemas"}
    for section in ("messages", "schemas"):
        assert all(COMPONENT_KEY.match(name) for name in doc["components"][section])
    assert all(COMPONENT_KEY.match(name) for name in doc["operations"])


def test_every_reference_resolves(doc: dict[str, Any]) -> None:
    refs = set(_refs(doc))
    assert refs
    for ref in refs:
        _resolve(doc, ref)


def _spec(name: str) -> TopicSpec:
    return next(spec for spec in ALL_TOPICS if spec.name == name)


def test_a_channel_per_topic_with_its_key_partitions_and_cleanup(doc: dict[str, Any]) -> None:
    channels = doc["channels"]
    assert list(channels) == sorted(spec.name for spec in ALL_TOPICS)
    for name, channel in channels.items():
        spec = _spec(name)
        assert channel["address"] == name
        messages = channel["messages"]
        assert set(messages) == {t.__name__ for t in spec.events}
        for message_name, ref in messages.items():
            assert ref == {"$ref": f"#/components/messages/{message_name}"}
        kafka = channel["bindings"]["kafka"]
        assert kafka["bindingVersion"] == "0.5.0"
        assert kafka["topicConfiguration"]["cleanup.policy"] == [spec.cleanup_policy]
        assert kafka.get("partitions") == spec.partitions
        if spec.cleanup_policy == "delete":
            assert kafka["topicConfiguration"]["retention.ms"] == spec.retention_ms
        assert f"Key: `{spec.key}`" in channel["description"]


def test_operations_send_and_receive_per_service_and_topic(doc: dict[str, Any]) -> None:
    operations = doc["operations"]
    expected: set[tuple[str, str, str]] = set()
    for svc in SERVICES:
        expected |= {(svc.name, "receive", s.name) for s in svc.topics_in()}
        expected |= {(svc.name, "send", s.name) for s in svc.topics_out()}
    for tool in TOOLS:
        expected |= {(tool.id, "send", f.topic.name) for f in tool.produces}
    assert {tuple(name.split(".", 2)) for name in operations} == expected
    for name, operation in operations.items():
        actor, action, topic = name.split(".", 2)
        assert operation["action"] == action and action in ("send", "receive")
        assert operation["channel"] == {"$ref": f"#/channels/{topic}"}
        channel_messages = {
            f"#/channels/{topic}/messages/{m}" for m in doc["channels"][topic]["messages"]
        }
        assert {m["$ref"] for m in operation["messages"]} == channel_messages
        group = operation.get("bindings", {}).get("kafka", {}).get("groupId")
        consumes = action == "receive" and any(
            f.topic.name == topic for s in SERVICES if s.name == actor for f in s.consumes
        )
        assert (group == {"type": "string", "enum": [f"supportloop-{actor}"]}) == consumes


def test_messages_carry_the_pydantic_json_schemas(doc: dict[str, Any]) -> None:
    messages = doc["components"]["messages"]
    schemas = doc["components"]["schemas"]
    carried = {t for spec in ALL_TOPICS for t in spec.events}
    assert set(messages) == {t.__name__ for t in carried}
    for event_type in carried:
        message = messages[event_type.__name__]
        assert message["contentType"] == "application/json"
        assert message["payload"] == {"$ref": f"#/components/schemas/{event_type.__name__}"}
        expected = event_type.model_json_schema(ref_template="#/components/schemas/{model}")
        nested = expected.pop("$defs", {})
        assert schemas[event_type.__name__] == expected
        for name, definition in nested.items():
            assert schemas[name] == definition


def test_a_real_event_validates_against_its_schema_in_the_document(doc: dict[str, Any]) -> None:
    event = received("T-1")
    root = {"$ref": "#/components/schemas/TicketReceived", "components": doc["components"]}
    validator = jsonschema.Draft202012Validator(root)
    validator.validate(yaml.safe_load(ev.encode_event(event)))
    broken = event.model_dump(mode="json") | {"source": "carrier-pigeon"}
    assert list(validator.iter_errors(broken))
