"""The Kafka ACLs each service needs, derived from ``topology.py``.

Per service (principal = the service's Faust app id, e.g. ``supportloop-resolver``):

- Read + Describe on every topic it consumes or reads (the resolver reads the config topic
  outside its group; the metrics service re-reads its topics after a restart);
- Write + Describe on every topic it publishes to (dead letters included);
- Read on its consumer group ``<prefix>supportloop-<service>`` (join, commit; it implies
  the Describe the metrics service uses to fetch its committed offsets);
- Create + Describe + Read + Write on its tables' changelog topics
  ``<app id>-<table>-changelog``: the service creates them itself before its consumer
  subscribes (and Faust declares them again when its metadata does not list them yet).

Nothing else: Faust's leader-assignor topic is switched off (``topic_disable_leader``), the
producers are neither transactional nor idempotent (no TransactionalId / IdempotentWrite),
and the services create no other topic (``supportloop topics create`` does, with an
operator's rights). Pure: the CLI only prints what these functions return.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import Any, Literal

import yaml

from supportloop.core.topology import SERVICES, ServiceTopology

Operation = Literal["Read", "Write", "Create", "Describe"]
Authentication = Literal["scram-sha-512", "tls"]
_ORDER: tuple[Operation, ...] = ("Read", "Write", "Create", "Describe")
STRIMZI_API_VERSION = "kafka.strimzi.io/v1beta2"
_K8S_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


@dataclass(frozen=True)
class Acl:
    resource_type: Literal["topic", "group"]
    name: str
    operations: tuple[Operation, ...]
    pattern_type: Literal["literal", "prefix"] = "literal"


def user_name(service: ServiceTopology, prefix: str = "") -> str:
    """The service's Kafka user: its app id, so two installations get two users."""
    return service.app_id(prefix)


def principal(
    service: ServiceTopology, prefix: str = "", auth: Authentication = "scram-sha-512"
) -> str:
    name = user_name(service, prefix)
    return f"User:CN={name}" if auth == "tls" else f"User:{name}"


def service_acls(service: ServiceTopology, prefix: str = "") -> list[Acl]:
    """Topics sorted by name, then the consumer group; each resource once."""
    wanted: dict[str, set[Operation]] = {}

    def grant(name: str, *operations: Operation) -> None:
        wanted.setdefault(name, set()).update(operations)

    for spec in service.topics_in():
        grant(spec.full_name(prefix), "Read", "Describe")
    for spec in service.topics_out():
        grant(spec.full_name(prefix), "Write", "Describe")
    for name in service.changelog_topics(prefix):
        grant(name, "Create", "Describe", "Read", "Write")
    acls = [
        Acl("topic", name, tuple(op for op in _ORDER if op in wanted[name]))
        for name in sorted(wanted)
    ]
    acls.append(Acl("group", service.group_id(prefix), ("Read",)))
    return acls


def render_kafka_acls(
    prefix: str = "",
    auth: Authentication = "scram-sha-512",
    services: tuple[ServiceTopology, ...] = SERVICES,
) -> str:
    """``kafka-acls.sh`` commands, one per principal and resource."""
    lines = [
        "# The ACLs each SupportLoop service needs (`supportloop topics acls`).",
        "# BOOTSTRAP=<host:port>; on a secured cluster add --command-config <admin.properties>.",
    ]
    for svc in services:
        who = principal(svc, prefix, auth)
        changelogs = ", ".join(svc.changelog_topics(prefix)) or "none"
        lines += [
            "",
            f"# {svc.name}: principal {who}, consumer group {svc.group_id(prefix)}",
            f"# table changelogs (the service creates them): {changelogs}",
        ]
        for acl in service_acls(svc, prefix):
            operations = " ".join(f"--operation {op}" for op in acl.operations)
            resource = f"--{acl.resource_type} {shlex.quote(acl.name)}"
            if acl.pattern_type == "prefix":
                resource += " --resource-pattern-type prefixed"
            lines.append(
                'kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --add '
                f"--allow-principal {shlex.quote(who)} {operations} {resource}"
            )
    return "\n".join(lines) + "\n"


def strimzi_user(
    service: ServiceTopology,
    prefix: str = "",
    auth: Authentication = "scram-sha-512",
    cluster: str = "my-cluster",
) -> dict[str, Any]:
    """A Strimzi ``KafkaUser`` (v1beta2) for one service, with its simple-authorization ACLs."""
    name = user_name(service, prefix)
    if not _K8S_NAME.match(name) or len(name) > 253:
        raise ValueError(
            f"{name!r} is not a Kubernetes resource name: use a topic prefix of lower-case "
            "letters, digits, '-' and '.'"
        )
    return {
        "apiVersion": STRIMZI_API_VERSION,
        "kind": "KafkaUser",
        "metadata": {
            "name": name,
            "labels": {
                "strimzi.io/cluster": cluster,
                "app.kubernetes.io/part-of": "supportloop",
                "app.kubernetes.io/component": service.name,
            },
        },
        "spec": {
            "authentication": {"type": auth},
            "authorization": {
                "type": "simple",
                "acls": [
                    {
                        "resource": {
                            "type": acl.resource_type,
                            "name": acl.name,
                            "patternType": acl.pattern_type,
                        },
                        "operations": list(acl.operations),
                        "host": "*",
                    }
                    for acl in service_acls(service, prefix)
                ],
            },
        },
    }


def strimzi_users(
    prefix: str = "",
    auth: Authentication = "scram-sha-512",
    cluster: str = "my-cluster",
    services: tuple[ServiceTopology, ...] = SERVICES,
) -> list[dict[str, Any]]:
    return [strimzi_user(svc, prefix, auth, cluster) for svc in services]


def render_strimzi(
    prefix: str = "",
    auth: Authentication = "scram-sha-512",
    cluster: str = "my-cluster",
    services: tuple[ServiceTopology, ...] = SERVICES,
) -> str:
    """One ``KafkaUser`` YAML document per service, for ``kubectl apply -f -``."""
    header = (
        "# The KafkaUsers of SupportLoop's services (`supportloop topics acls --format strimzi`).\n"
    )
    return header + yaml.safe_dump_all(
        strimzi_users(prefix, auth, cluster, services),
        sort_keys=False,
        explicit_start=True,
        default_flow_style=False,
        width=100,
    )
