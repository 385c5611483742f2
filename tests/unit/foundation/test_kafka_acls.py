"""The ACLs each service needs, rendered from supportloop/core/topology.py: kafka-acls.sh
commands and Strimzi KafkaUsers, the latter validated against Strimzi's JSON Schema (from
shared/data/schemas/kafka.strimzi.io, beside the repository)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from supportloop.cli.main import app as cli
from supportloop.core.acls import (
    Acl,
    principal,
    render_kafka_acls,
    render_strimzi,
    service_acls,
    strimzi_user,
    strimzi_users,
)
from supportloop.core.topics import CLASSIFIED, CONFIG, HUMAN_OUTCOMES, INBOUND
from supportloop.core.topology import SERVICES, service

REPO = Path(__file__).resolve().parents[3]
SCHEMA = REPO.parent / "shared" / "data" / "schemas" / "kafka.strimzi.io" / "kafkauser_v1beta2.json"


@pytest.fixture(scope="module")
def kafka_user_schema() -> jsonschema.protocols.Validator:
    if not SCHEMA.is_file():
        pytest.fail(
            f"Strimzi's KafkaUser schema is not at {SCHEMA} (shared schemas beside the clone)"
        )
    schema = json.loads(SCHEMA.read_text())
    validator_class = jsonschema.validators.validator_for(schema, jsonschema.Draft7Validator)
    validator_class.check_schema(schema)
    validator: jsonschema.protocols.Validator = validator_class(schema)
    return validator


def _by_resource(acls: list[Acl]) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(acl.resource_type, acl.name): acl.operations for acl in acls}


def test_the_resolver_gets_exactly_what_its_wiring_uses() -> None:
    acls = _by_resource(service_acls(service("resolver"), "shop-eu."))
    assert acls[("topic", "shop-eu." + CLASSIFIED.name)] == ("Read", "Describe")
    assert acls[("topic", "shop-eu." + HUMAN_OUTCOMES.name)] == ("Read", "Describe")
    assert acls[("topic", "shop-eu." + CONFIG.name)] == ("Read", "Describe")  # outside its group
    assert acls[("topic", "shop-eu.supportloop.resolutions.v1")] == ("Write", "Describe")
    assert acls[("topic", "shop-eu.supportloop.dead-letters.v1")] == ("Write", "Describe")
    changelog = "shop-eu.supportloop-resolver-resolver-ledger-changelog"
    assert acls[("topic", changelog)] == ("Read", "Write", "Create", "Describe")
    assert acls[("group", "shop-eu.supportloop-resolver")] == ("Read",)
    assert not any(name.endswith("__assignor-__leader") for _, name in acls)
    assert len(acls) == 3 + 4 + 3 + 1  # read, written, changelogs, the group


def test_a_topic_both_read_and_written_gets_both_once() -> None:
    acls = _by_resource(service_acls(service("classifier")))
    assert acls[("topic", INBOUND.name)] == ("Read", "Write", "Describe")  # webhook + agent
    names = [acl.name for acl in service_acls(service("classifier"))]
    assert len(names) == len(set(names))


def test_every_service_topic_and_group_is_covered() -> None:
    for svc in SERVICES:
        acls = _by_resource(service_acls(svc, "p."))
        for spec in svc.topics_in():
            assert {"Read", "Describe"} <= set(acls[("topic", "p." + spec.name)])
        for spec in svc.topics_out():
            assert {"Write", "Describe"} <= set(acls[("topic", "p." + spec.name)])
        for name in svc.changelog_topics("p."):
            assert acls[("topic", name)] == ("Read", "Write", "Create", "Describe")
        assert acls[("group", svc.group_id("p."))] == ("Read",)


def test_kafka_acls_commands_parse_and_respect_the_prefix() -> None:
    text = render_kafka_acls("shop-eu.")
    commands = [shlex.split(line) for line in text.splitlines() if line.startswith("kafka-acls")]
    assert len(commands) == sum(len(service_acls(s)) for s in SERVICES)
    for argv in commands:
        assert argv[:4] == ["kafka-acls.sh", "--bootstrap-server", "$BOOTSTRAP", "--add"]
        assert argv[4] == "--allow-principal" and argv[5].startswith("User:shop-eu.supportloop-")
        resource = argv[-1]
        assert resource.startswith(("shop-eu.supportloop.", "shop-eu.supportloop-")), resource
        assert argv[-2] in ("--topic", "--group")
        operations = [argv[i + 1] for i, arg in enumerate(argv) if arg == "--operation"]
        assert operations and set(operations) <= {"Read", "Write", "Create", "Describe"}
    assert (
        'kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --add --allow-principal '
        "User:shop-eu.supportloop-metrics --operation Read --group shop-eu.supportloop-metrics"
    ) in text


def test_tls_principals_are_distinguished_names() -> None:
    assert principal(service("metrics"), "", "tls") == "User:CN=supportloop-metrics"
    assert "User:CN=supportloop-escalator" in render_kafka_acls("", "tls")


@pytest.mark.parametrize("prefix", ["", "shop-eu.", "staging-"])
@pytest.mark.parametrize("auth", ["scram-sha-512", "tls"])
def test_every_kafka_user_validates_against_strimzis_schema(
    kafka_user_schema: jsonschema.protocols.Validator, prefix: str, auth: Any
) -> None:
    users = strimzi_users(prefix, auth, cluster="kafka-main")
    assert [u["metadata"]["name"] for u in users] == [
        f"{prefix}supportloop-{s.name}" for s in SERVICES
    ]
    for user in users:
        errors = sorted(kafka_user_schema.iter_errors(user), key=lambda e: list(e.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
        assert user["apiVersion"] == "kafka.strimzi.io/v1beta2" and user["kind"] == "KafkaUser"
        assert user["metadata"]["labels"]["strimzi.io/cluster"] == "kafka-main"
        spec = user["spec"]
        assert spec["authentication"] == {"type": auth}
        assert spec["authorization"]["type"] == "simple"
        for acl in spec["authorization"]["acls"]:
            assert acl["resource"]["type"] in ("topic", "group")
            assert acl["resource"]["patternType"] == "literal"
            assert acl["resource"]["name"].startswith(prefix)


def test_the_schema_check_catches_a_wrong_operation(
    kafka_user_schema: jsonschema.protocols.Validator,
) -> None:
    user = strimzi_user(service("resolver"))
    user["spec"]["authorization"]["acls"][0]["operations"] = ["Reed"]
    assert list(kafka_user_schema.iter_errors(user))


def test_the_rendered_yaml_is_the_users_and_refuses_a_non_kubernetes_name(
    kafka_user_schema: jsonschema.protocols.Validator,
) -> None:
    documents = list(yaml.safe_load_all(render_strimzi("shop-eu.")))
    assert documents == strimzi_users("shop-eu.")
    for document in documents:
        assert not list(kafka_user_schema.iter_errors(document))
    with pytest.raises(ValueError, match="not a Kubernetes resource name"):
        strimzi_user(service("metrics"), "Shop_EU.")


def test_the_cli_prints_them_with_the_configured_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTLOOP_KAFKA_TOPIC_PREFIX", "env-")
    runner = CliRunner()
    acls = runner.invoke(cli, ["topics", "acls"])
    assert acls.exit_code == 0, acls.output
    assert acls.output == render_kafka_acls("env-")
    strimzi = runner.invoke(cli, ["topics", "acls", "--format", "strimzi", "--prefix", "x."])
    assert strimzi.exit_code == 0, strimzi.output
    assert strimzi.output == render_strimzi("x.")
    bad = runner.invoke(cli, ["topics", "acls", "--format", "strimzi", "--prefix", "X_"])
    assert bad.exit_code == 2
