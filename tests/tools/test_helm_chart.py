"""The Helm chart, rendered with the real helm for every scenario and checked as parsed YAML.

Settings the chart puts in the environment are checked against the app's own settings
classes (found in the source, imported, names from env_prefix + model_fields), so a misspelt
or renamed variable fails here rather than silently in a cluster.

`python tests/tools/test_helm_chart.py --write-schema` (make helm-schema) rewrites the
extraSettings part of values.schema.json from the settings classes.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import typing
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from pydantic import SecretStr
from pydantic_settings import BaseSettings

from supportloop.adapters.connectors.gorgias import GorgiasHelpdesk
from supportloop.adapters.connectors.helpdesks import build_helpdesk, helpdesk_kind
from supportloop.core import topology
from supportloop.core.classification.settings import ClassifierSettings
from supportloop.core.resolution.settings import ResolverSettings
from supportloop.core.topics import ALL_TOPICS
from supportloop.settings import HelpdeskSettings, KafkaSettings, ServiceSettings

REPO_ROOT = Path(__file__).resolve().parents[2]
CHART = REPO_ROOT / "deploy" / "helm" / "supportloop"
SCENARIOS = [
    "default",
    *sorted(p.name.removesuffix("-values.yaml") for p in CHART.glob("ci/*-values.yaml")),
]
SERVICES = ("classifier", "escalator", "metrics", "resolver")
RELEASE = "sl"
NAMESPACE = "support"
KUBE_VERSION = "1.33.0"
SELECTOR_LABELS = (
    "app.kubernetes.io/name",
    "app.kubernetes.io/instance",
    "app.kubernetes.io/component",
)
UNSTABLE_LABELS = ("helm.sh/chart", "app.kubernetes.io/version", "app.kubernetes.io/managed-by")
SECRET_LIKE = re.compile(r"(PASSWORD|TOKEN|SECRET|API_KEY)$")

Manifest = dict[str, Any]
helm_tests = pytest.mark.tools


# --- the app's settings -------------------------------------------------------------------

# Packages whose modules may define settings classes.
SETTINGS_PACKAGES = ("supportloop", "services")


@cache
def settings_classes() -> tuple[type[BaseSettings], ...]:
    """Every class in the project's source that derives from pydantic's BaseSettings.

    Found by parsing the source (importing every module would start the services' workers),
    then imported, so the names come from the classes themselves."""
    found: list[type[BaseSettings]] = []
    for package in SETTINGS_PACKAGES:
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(), str(path))
            names = [
                node.name
                for node in ast.walk(tree)
                if isinstance(node, ast.ClassDef) and any(_is_base_settings(b) for b in node.bases)
            ]
            if names:
                module_name = ".".join(path.relative_to(REPO_ROOT).with_suffix("").parts)
                module = importlib.import_module(module_name)
                found += [getattr(module, name) for name in names]
    return tuple(found)


def _is_base_settings(base: ast.expr) -> bool:
    return (isinstance(base, ast.Name) and base.id == "BaseSettings") or (
        isinstance(base, ast.Attribute) and base.attr == "BaseSettings"
    )


def _holds_secret(annotation: Any) -> bool:
    return annotation is SecretStr or any(_holds_secret(a) for a in typing.get_args(annotation))


@cache
def app_settings() -> dict[str, tuple[str, bool]]:
    """Environment name → (Class.field, whether the field holds a secret)."""
    names: dict[str, tuple[str, bool]] = {}
    for cls in settings_classes():
        prefix = str(cls.model_config.get("env_prefix", ""))
        for field_name, field in cls.model_fields.items():
            env_names = [prefix + field_name]
            if isinstance(field.validation_alias, str):
                env_names.append(field.validation_alias)
            for env_name in env_names:
                names[env_name.upper()] = (
                    f"{cls.__name__}.{field_name}",
                    _holds_secret(field.annotation),
                )
    return names


# Settings that must differ between the workers of one service, so never one value for all
# pods (extraSettings is one ConfigMap): a shared static group member id would fence them.
PER_WORKER_SETTINGS = {"SUPPORTLOOP_KAFKA_GROUP_INSTANCE_ID"}


def extra_settings_schema() -> dict[str, Any]:
    """The values.schema.json entry of extraSettings: every non-secret setting that may be
    the same in every pod, nothing else."""
    properties = {
        name: {"type": ["string", "number", "boolean"], "description": where}
        for name, (where, secret) in sorted(app_settings().items())
        if not secret and name not in PER_WORKER_SETTINGS
    }
    return {
        "type": "object",
        "description": "Non-secret settings of the app (generated: make helm-schema).",
        "additionalProperties": False,
        "properties": properties,
    }


def write_extra_settings_schema() -> None:
    path = CHART / "values.schema.json"
    schema = json.loads(path.read_text())
    schema["properties"]["extraSettings"] = extra_settings_schema()
    path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")


def image_env() -> dict[str, str]:
    """The ENV of the Dockerfile's final stage (what every container starts with)."""
    text = (REPO_ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    final_stage = text.split("\nFROM ")[-1]
    env: dict[str, str] = {}
    for line in final_stage.splitlines():
        if line.startswith("ENV "):
            for pair in shlex.split(line[4:]):
                name, _, value = pair.partition("=")
                env[name] = value
    return env


def helm_binary() -> Path:
    tools_bin = Path(os.environ.get("SUPPORTLOOP_TOOLS_BIN", REPO_ROOT / ".tools" / "bin"))
    helm = tools_bin / "helm"
    if not os.access(helm, os.X_OK):
        pytest.fail(
            f"helm not found at {helm}: build it with `make helm` (go install, no download)"
        )
    return helm


def run_helm(
    *args: str, chart: Path = CHART, release: str = RELEASE
) -> subprocess.CompletedProcess[str]:
    command = [str(helm_binary()), "template", release, str(chart), "--namespace", NAMESPACE]
    command += ["--kube-version", KUBE_VERSION, *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)


def render(*args: str, chart: Path = CHART, release: str = RELEASE) -> list[Manifest]:
    result = run_helm(*args, chart=chart, release=release)
    assert result.returncode == 0, result.stderr
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


@cache
def render_scenario(scenario: str) -> tuple[Manifest, ...]:
    args = () if scenario == "default" else ("-f", str(CHART / "ci" / f"{scenario}-values.yaml"))
    return tuple(render(*args))


def scenario_values(scenario: str) -> dict[str, Any]:
    values: dict[str, Any] = yaml.safe_load((CHART / "values.yaml").read_text())
    if scenario != "default":
        override = yaml.safe_load((CHART / "ci" / f"{scenario}-values.yaml").read_text())
        values = deep_merge(values, override)
    return values


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def of_kind(manifests: tuple[Manifest, ...] | list[Manifest], kind: str) -> list[Manifest]:
    return [m for m in manifests if m["kind"] == kind]


def one(manifests: tuple[Manifest, ...] | list[Manifest], kind: str, name: str) -> Manifest:
    found = [m for m in of_kind(manifests, kind) if m["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


def pod_spec(workload: Manifest) -> dict[str, Any]:
    spec: dict[str, Any] = workload["spec"]["template"]["spec"]
    return spec


def container(workload: Manifest) -> dict[str, Any]:
    containers = pod_spec(workload)["containers"]
    assert len(containers) == 1
    first: dict[str, Any] = containers[0]
    return first


def settings_env(
    manifests: tuple[Manifest, ...] | list[Manifest], workload: Manifest
) -> dict[str, str]:
    """The environment a container starts with (the image's, then the ConfigMaps', then its
    own); Secret references become a placeholder."""
    env: dict[str, str] = dict(image_env())
    for source in container(workload).get("envFrom", []):
        config_map = one(manifests, "ConfigMap", source["configMapRef"]["name"])
        env.update(config_map["data"])
    for var in container(workload).get("env", []):
        env[var["name"]] = var.get("value", "<from-secret>")
    return env


@pytest.fixture
def app_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[pytest.MonkeyPatch]:
    """A clean environment (no SUPPORTLOOP_* from the shell, no .env) for the settings classes."""
    for name in list(os.environ):
        if name.startswith("SUPPORTLOOP_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    yield monkeypatch


def chart_copy(tmp_path: Path, *, rules: str | None, dashboards: dict[str, str]) -> Path:
    """The chart with the generated monitoring files replaced by the given ones (or none)."""
    copy = tmp_path / "supportloop"
    shutil.copytree(
        CHART, copy, ignore=shutil.ignore_patterns("dashboards", "prometheus-rules.yml")
    )
    (copy / "files").mkdir(exist_ok=True)
    if rules is not None:
        (copy / "files" / "prometheus-rules.yml").write_text(rules)
    if dashboards:
        (copy / "files" / "dashboards").mkdir()
        for name, text in dashboards.items():
            (copy / "files" / "dashboards" / name).write_text(text)
    return copy


# --- every scenario -------------------------------------------------------------------------


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_each_service_runs_as_its_own_deployment(scenario: str) -> None:
    manifests = render_scenario(scenario)
    deployments = {
        d["metadata"]["labels"]["app.kubernetes.io/component"]: d
        for d in of_kind(manifests, "Deployment")
    }
    assert sorted(deployments) == list(SERVICES)
    for name, deployment in deployments.items():
        assert deployment["metadata"]["name"] == f"{RELEASE}-supportloop-{name}"
        assert container(deployment)["args"] == ["run", name]
        assert container(deployment)["image"] == "ghcr.io/supportloop/supportloop:0.1.0"


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_selectors_are_stable_labels_that_every_pod_carries(scenario: str) -> None:
    manifests = render_scenario(scenario)
    pods = {
        d["metadata"]["name"]: d["spec"]["template"]["metadata"]["labels"]
        for d in of_kind(manifests, "Deployment")
    }
    selectors: list[tuple[str, dict[str, str]]] = []
    for deployment in of_kind(manifests, "Deployment"):
        selectors.append(
            (
                f"Deployment/{deployment['metadata']['name']}",
                deployment["spec"]["selector"]["matchLabels"],
            )
        )
    for pdb in of_kind(manifests, "PodDisruptionBudget"):
        selectors.append(
            (
                f"PodDisruptionBudget/{pdb['metadata']['name']}",
                pdb["spec"]["selector"]["matchLabels"],
            )
        )
    for service in of_kind(manifests, "Service"):
        selectors.append((f"Service/{service['metadata']['name']}", service["spec"]["selector"]))

    for owner, selector in selectors:
        assert sorted(selector) == sorted(SELECTOR_LABELS), owner
        assert not set(UNSTABLE_LABELS) & set(selector), owner
        matched = [name for name, labels in pods.items() if selector.items() <= labels.items()]
        assert len(matched) == 1, f"{owner} selects {matched}"
        assert matched[0] == owner.split("/")[1], owner


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_object_carries_the_standard_labels_and_a_valid_name(scenario: str) -> None:
    for manifest in render_scenario(scenario):
        labels = manifest["metadata"]["labels"]
        assert labels["app.kubernetes.io/name"] == "supportloop"
        assert labels["app.kubernetes.io/instance"] == RELEASE
        assert labels["app.kubernetes.io/managed-by"] == "Helm"
        assert labels["helm.sh/chart"] == "supportloop-0.1.0"
        assert re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", manifest["metadata"]["name"])
        assert len(manifest["metadata"]["name"]) <= 63


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_probes_check_health_on_the_port_the_app_listens_on(
    scenario: str, app_environment: pytest.MonkeyPatch
) -> None:
    manifests = render_scenario(scenario)
    for deployment in of_kind(manifests, "Deployment"):
        main = container(deployment)
        assert main["ports"] == [{"name": "http", "containerPort": 8080, "protocol": "TCP"}]
        for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
            assert main[probe]["httpGet"] == {"path": "/health", "port": "http"}, probe
        for name, value in settings_env(manifests, deployment).items():
            app_environment.setenv(name, value)
        settings = ServiceSettings()
        assert (settings.web_host, settings.web_port) == ("0.0.0.0", 8080)


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_pods_run_as_non_root_on_a_read_only_root_file_system(
    scenario: str, app_environment: pytest.MonkeyPatch
) -> None:
    manifests = render_scenario(scenario)
    for workload in [*of_kind(manifests, "Deployment"), *of_kind(manifests, "Job")]:
        pod = pod_spec(workload)
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["runAsUser"] == 10001
        assert pod["automountServiceAccountToken"] is False
        context = container(workload)["securityContext"]
        assert context["readOnlyRootFilesystem"] is True
        assert context["allowPrivilegeEscalation"] is False
        assert context["capabilities"] == {"drop": ["ALL"]}
        volumes = {v["name"]: v for v in pod["volumes"]}
        mounts = {m["mountPath"]: m["name"] for m in container(workload)["volumeMounts"]}
        assert volumes[mounts["/tmp"]]["emptyDir"] is not None
    for deployment in of_kind(manifests, "Deployment"):
        for name, value in settings_env(manifests, deployment).items():
            app_environment.setenv(name, value)
        data_dir = str(ServiceSettings().data_dir)
        volumes = {v["name"]: v for v in pod_spec(deployment)["volumes"]}
        mounts = {m["mountPath"]: m["name"] for m in container(deployment)["volumeMounts"]}
        assert "emptyDir" in volumes[mounts[data_dir]]


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_no_secret_value_appears_in_any_manifest(scenario: str) -> None:
    manifests = render_scenario(scenario)
    assert of_kind(manifests, "Secret") == []
    for config_map in of_kind(manifests, "ConfigMap"):
        assert not [key for key in config_map.get("data", {}) if SECRET_LIKE.search(key)]
    for workload in [*of_kind(manifests, "Deployment"), *of_kind(manifests, "Job")]:
        for var in container(workload).get("env", []):
            if SECRET_LIKE.search(var["name"]):
                assert set(var) == {"name", "valueFrom"}, var["name"]
                assert set(var["valueFrom"]) == {"secretKeyRef"}, var["name"]


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_topic_job_creates_the_topics_before_install_and_upgrade(
    scenario: str, app_environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    manifests = render_scenario(scenario)
    values = scenario_values(scenario)["kafka"]
    job = one(manifests, "Job", f"{RELEASE}-supportloop-topics")
    assert job["metadata"]["annotations"] == {
        "helm.sh/hook": "pre-install,pre-upgrade",
        "helm.sh/hook-weight": "-5",
        "helm.sh/hook-delete-policy": "before-hook-creation,hook-succeeded",
    }
    assert container(job)["args"] == ["topics", "create"]
    assert pod_spec(job)["restartPolicy"] == "Never"
    # A hook runs before the release's ConfigMaps exist: the Job must not depend on them.
    assert "envFrom" not in container(job)
    env = {v["name"]: v.get("value", "<from-secret>") for v in container(job)["env"]}
    for name, value in env.items():
        app_environment.setenv(name, value)
    kafka = KafkaSettings()
    assert kafka.partitions == values["partitions"]
    assert kafka.replication_factor == values["replicationFactor"]
    assert kafka.topic_prefix == values["topicPrefix"]
    assert kafka.bootstrap_servers == values["bootstrapServers"]

    # What `supportloop topics create` makes of exactly this environment.
    plan = topic_plan(env, tmp_path)
    prefix = values["topicPrefix"]
    assert plan[f"{prefix}supportloop.config.v1"] == (1, "compact")
    assert plan[f"{prefix}supportloop.tickets.inbound.v1"] == (values["partitions"], "delete")
    assert set(plan) == {t.full_name(prefix) for t in ALL_TOPICS}


def topic_plan(env: dict[str, str], cwd: Path) -> dict[str, tuple[int, str]]:
    """`supportloop topics list` (the registry `topics create` works from) under env."""
    cli = Path(sys.executable).parent / "supportloop"
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SUPPORTLOOP_")}
    result = subprocess.run(
        [str(cli), "topics", "list"],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    plan = {}
    for line in result.stdout.splitlines():
        row = re.fullmatch(r"(\S+)\s+key=\S+\s+partitions=(\d+)\s+cleanup=(\S+)", line.strip())
        assert row, line
        plan[row.group(1)] = (int(row.group(2)), row.group(3))
    return plan


@helm_tests
def test_topic_job_reaches_a_sasl_ssl_cluster_with_secrets_by_reference(
    app_environment: pytest.MonkeyPatch,
) -> None:
    manifests = render_scenario("sasl-ssl-existing-kafka")
    job = one(manifests, "Job", f"{RELEASE}-supportloop-topics")
    refs = {
        v["name"]: v["valueFrom"]["secretKeyRef"] for v in container(job)["env"] if "valueFrom" in v
    }
    assert refs == {
        "SUPPORTLOOP_KAFKA_SASL_USERNAME": {"name": "supportloop-kafka-user", "key": "username"},
        "SUPPORTLOOP_KAFKA_SASL_PASSWORD": {"name": "supportloop-kafka-user", "key": "password"},
    }
    env = {v["name"]: v.get("value", "<from-secret>") for v in container(job)["env"]}
    for name, value in env.items():
        app_environment.setenv(name, value)
    kafka = KafkaSettings()
    assert (kafka.security_protocol, kafka.sasl_mechanism) == ("SASL_SSL", "SCRAM-SHA-512")
    assert kafka.ssl_cafile == Path("/etc/supportloop/kafka-tls/ca.crt")
    volumes = {v["name"]: v for v in pod_spec(job)["volumes"]}
    mounts = {m["mountPath"]: m for m in container(job)["volumeMounts"]}
    tls_mount = mounts["/etc/supportloop/kafka-tls"]
    assert tls_mount["readOnly"] is True
    assert volumes[tls_mount["name"]]["secret"]["secretName"] == "prod-cluster-ca-cert"


@helm_tests
def test_each_service_gets_only_the_credentials_it_uses() -> None:
    manifests = render_scenario("sasl-ssl-existing-kafka")
    secret_env = {
        d["metadata"]["labels"]["app.kubernetes.io/component"]: {
            v["name"]: v["valueFrom"]["secretKeyRef"]
            for v in container(d)["env"]
            if "valueFrom" in v and "SASL" not in v["name"]
        }
        for d in of_kind(manifests, "Deployment")
    }
    connectors = "supportloop-connectors"
    webhooks = "supportloop-webhook"
    assert secret_env == {
        "classifier": {
            "SUPPORTLOOP_WEBHOOK_SECRET": {"name": webhooks, "key": "tickets-webhook-secret"},
            "SUPPORTLOOP_CLASSIFIER_ANTHROPIC_API_KEY": {
                "name": "supportloop-anthropic",
                "key": "api-key",
            },
        },
        "resolver": {
            "SUPPORTLOOP_RESOLVER_COMMERCE_TOKEN": {"name": connectors, "key": "commerce-token"},
            "SUPPORTLOOP_RESOLVER_HELPDESK_TOKEN": {"name": connectors, "key": "helpdesk-token"},
            "SUPPORTLOOP_RESOLVER_SUBSCRIPTIONS_TOKEN": {
                "name": connectors,
                "key": "subscriptions-token",
            },
        },
        "escalator": {
            "SUPPORTLOOP_WEBHOOK_SECRET": {"name": webhooks, "key": "helpdesk-webhook-secret"},
            "SUPPORTLOOP_ESCALATOR_HELPDESK_TOKEN": {"name": connectors, "key": "helpdesk-token"},
        },
        "metrics": {},
    }


@helm_tests
def test_one_webhook_secret_key_serves_both_webhooks_by_default() -> None:
    manifests = render("--set", "webhook.existingSecret=hooks")
    keys = {
        d["metadata"]["labels"]["app.kubernetes.io/component"]: [
            v["valueFrom"]["secretKeyRef"]
            for v in container(d).get("env", [])
            if v["name"] == "SUPPORTLOOP_WEBHOOK_SECRET"
        ]
        for d in of_kind(manifests, "Deployment")
    }
    same = [{"name": "hooks", "key": "webhook-secret"}]
    assert keys == {"classifier": same, "escalator": same, "resolver": [], "metrics": []}


# --- every setting is one the app reads -------------------------------------------------------


def test_settings_classes_are_found_in_the_source() -> None:
    names = {cls.__name__ for cls in settings_classes()}
    assert {
        "KafkaSettings",
        "ServiceSettings",
        "ClassifierSettings",
        "ResolverSettings",
        "EscalatorSettings",
        "MetricsSettings",
        "RolloutSettings",
        "HandoffSettings",
        "HelpdeskSettings",
    } <= names
    assert app_settings()["SUPPORTLOOP_RESOLVER_KB_DIR"] == ("ResolverSettings.kb_dir", False)
    assert app_settings()["SUPPORTLOOP_KAFKA_SASL_PASSWORD"] == (
        "KafkaSettings.sasl_password",
        True,
    )


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_supportloop_variable_in_every_container_is_an_app_setting(scenario: str) -> None:
    manifests = render_scenario(scenario)
    known = app_settings()
    for workload in [*of_kind(manifests, "Deployment"), *of_kind(manifests, "Job")]:
        name = workload["metadata"]["name"]
        env = settings_env(manifests, workload)
        unknown = sorted(n for n in env if n.startswith("SUPPORTLOOP_") and n not in known)
        assert unknown == [], f"{name}: no settings class reads {unknown}"
        secret_env = {v["name"] for v in container(workload).get("env", []) if "valueFrom" in v}
        for var in env:
            if var in known and known[var][1]:
                assert var in secret_env, f"{name}: secret {var} is not a Secret reference"


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_container_environment_loads_into_the_settings_classes(
    scenario: str, app_environment: pytest.MonkeyPatch
) -> None:
    manifests = render_scenario(scenario)
    for workload in [*of_kind(manifests, "Deployment"), *of_kind(manifests, "Job")]:
        with app_environment.context() as env:
            for name, value in settings_env(manifests, workload).items():
                env.setenv(name, value)
            for cls in settings_classes():
                cls()  # raises on a value the app would reject at start-up


@helm_tests
def test_values_reach_the_settings_of_the_service_that_reads_them(
    app_environment: pytest.MonkeyPatch,
) -> None:
    manifests = render_scenario("sasl-ssl-existing-kafka")
    values = scenario_values("sasl-ssl-existing-kafka")
    resolver = one(manifests, "Deployment", f"{RELEASE}-supportloop-resolver")
    with app_environment.context() as env:
        for name, value in settings_env(manifests, resolver).items():
            env.setenv(name, value)
        settings = ResolverSettings()
    connectors = values["connectors"]
    assert settings.commerce_url == connectors["commerce"]["url"]
    assert settings.helpdesk_url == connectors["helpdesk"]["url"]
    assert settings.subscriptions_url == connectors["subscriptions"]["url"]
    assert settings.accounts_url == connectors["accounts"]["url"]
    assert settings.read_only is False
    assert settings.timeout_s == values["extraSettings"]["SUPPORTLOOP_RESOLVER_TIMEOUT_S"]

    escalator = one(manifests, "Deployment", f"{RELEASE}-supportloop-escalator")
    escalator_env = settings_env(manifests, escalator)
    assert escalator_env["SUPPORTLOOP_ESCALATOR_HELPDESK_URL"] == connectors["helpdesk"]["url"]

    classifier = one(manifests, "Deployment", f"{RELEASE}-supportloop-classifier")
    with app_environment.context() as env:
        for name, value in settings_env(manifests, classifier).items():
            env.setenv(name, value)
        classifier_settings = ClassifierSettings()
    assert classifier_settings.claude_enabled is True
    assert classifier_settings.confidence_threshold == 0.6

    # Connector settings stay with the services that read them.
    for service in ("classifier", "metrics"):
        deployment = one(manifests, "Deployment", f"{RELEASE}-supportloop-{service}")
        leaked = [
            v["name"]
            for v in container(deployment)["env"]
            if v["name"].startswith(("SUPPORTLOOP_RESOLVER_", "SUPPORTLOOP_ESCALATOR_"))
        ]
        assert leaked == [], service


def test_extra_settings_schema_lists_only_non_secret_app_settings() -> None:
    """A renamed or removed setting fails here; a new one is accepted by extraSettings once
    `make helm-schema` has listed it (until then the schema rejects it by name)."""
    schema = json.loads((CHART / "values.schema.json").read_text())["properties"]
    listed = schema["extraSettings"]["properties"]
    current = extra_settings_schema()["properties"]
    stale = sorted(set(listed) - set(current))
    assert stale == [], f"not (or no longer) non-secret app settings: {stale}; run make helm-schema"
    assert {name: listed[name] for name in listed} == {name: current[name] for name in listed}
    assert {k: v for k, v in schema["extraSettings"].items() if k != "properties"} == {
        k: v for k, v in extra_settings_schema().items() if k != "properties"
    }


@helm_tests
@pytest.mark.parametrize(
    "name",
    [
        "SUPPORTLOOP_POLICIES_DIR",
        "SUPPORTLOOP_COMMERCE_URL",
        "SUPPORTLOOP_RESOLVER_COMMERCE_TOKEN",
        "SUPPORTLOOP_WEBHOOK_SECRET",
        "SUPPORTLOOP_GORGIAS_API_KEY",
        "SUPPORTLOOP_GORGIAS_WEBHOOK_TOKEN",
    ],
)
def test_extra_settings_refuse_names_the_app_does_not_read_and_secrets(name: str) -> None:
    result = run_helm("--set", f"extraSettings.{name}=x")
    assert result.returncode != 0
    assert "additional properties" in result.stderr.lower()
    assert name in result.stderr


@helm_tests
def test_extra_settings_cannot_shadow_a_setting_the_chart_makes_from_its_values() -> None:
    result = run_helm("--set", "extraSettings.SUPPORTLOOP_RESOLVER_READ_ONLY=true")
    assert result.returncode != 0
    assert "extraSettings.SUPPORTLOOP_RESOLVER_READ_ONLY: the chart already sets" in result.stderr


@helm_tests
def test_the_topic_job_gets_kafka_settings_and_the_extra_settings_only() -> None:
    manifests = render_scenario("sasl-ssl-existing-kafka")
    job = one(manifests, "Job", f"{RELEASE}-supportloop-topics")
    names = {v["name"] for v in container(job)["env"]}
    extra = set(scenario_values("sasl-ssl-existing-kafka")["extraSettings"])
    assert extra <= names
    assert {n for n in names - extra if not n.startswith("SUPPORTLOOP_KAFKA_")} == {
        "SUPPORTLOOP_LOG_LEVEL"
    }


@helm_tests
@pytest.mark.parametrize(
    "setting",
    [
        "kafka.sasl.password=hunter2",
        "connectors.commerce.token=shpat_123",
        "webhook.secret=whsec_123",
        "anthropic.apiKey=sk-ant-123",
        "connectors.helpdesk.gorgias.apiKey=gorgias-key-123",
        "webhook.gorgiasToken=gorgias-token-123",
    ],
)
def test_values_refuse_secret_values(setting: str) -> None:
    result = run_helm("--set", setting)
    assert result.returncode != 0
    assert "additional properties" in result.stderr
    assert setting.split("=")[1] not in result.stdout


# --- scaling ------------------------------------------------------------------------------


@helm_tests
def test_autoscaled_services_stay_within_the_partition_count() -> None:
    manifests = render_scenario("scaled-out")
    partitions = scenario_values("scaled-out")["kafka"]["partitions"]
    hpas = {h["metadata"]["name"]: h for h in of_kind(manifests, "HorizontalPodAutoscaler")}
    assert sorted(hpas) == [f"{RELEASE}-supportloop-classifier", f"{RELEASE}-supportloop-resolver"]
    for name, hpa in hpas.items():
        assert hpa["spec"]["scaleTargetRef"] == {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": name,
        }
        assert hpa["spec"]["maxReplicas"] <= partitions
        assert "replicas" not in one(manifests, "Deployment", name)["spec"]
    assert hpas[f"{RELEASE}-supportloop-classifier"]["spec"]["maxReplicas"] == 24
    assert one(manifests, "Deployment", f"{RELEASE}-supportloop-escalator")["spec"]["replicas"] == 2


@helm_tests
def test_render_fails_when_the_hpa_could_outgrow_the_partitions() -> None:
    result = run_helm(
        "-f",
        str(CHART / "ci" / "scaled-out-values.yaml"),
        "--set",
        "services.resolver.autoscaling.maxReplicas=25",
    )
    assert result.returncode != 0
    assert (
        "services.resolver.autoscaling.maxReplicas (25) exceeds kafka.partitions (24)"
        in result.stderr
    )


@helm_tests
def test_render_fails_when_fixed_replicas_outnumber_the_partitions() -> None:
    result = run_helm("--set", "kafka.partitions=2", "--set", "services.escalator.replicaCount=3")
    assert result.returncode != 0
    assert "services.escalator.replicaCount (3) exceeds kafka.partitions (2)" in result.stderr


@helm_tests
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_metrics_runs_exactly_one_worker_also_during_an_upgrade(scenario: str) -> None:
    manifests = render_scenario(scenario)
    metrics = one(manifests, "Deployment", f"{RELEASE}-supportloop-metrics")
    assert metrics["spec"]["replicas"] == 1
    assert metrics["spec"]["strategy"] == {"type": "Recreate"}
    targets = [
        h["spec"]["scaleTargetRef"]["name"] for h in of_kind(manifests, "HorizontalPodAutoscaler")
    ]
    assert metrics["metadata"]["name"] not in targets


@helm_tests
@pytest.mark.parametrize(
    "setting",
    [
        "services.metrics.replicaCount=2",
        "services.metrics.autoscaling.enabled=true",
        "services.metrics.autoscaling.maxReplicas=3",
    ],
)
def test_values_cannot_scale_the_metrics_service(setting: str) -> None:
    result = run_helm("--set", setting)
    assert result.returncode != 0
    assert "additional properties" in result.stderr.lower()
    assert "services.metrics" in result.stderr or "/services/metrics" in result.stderr


@helm_tests
def test_sasl_without_credentials_fails_with_a_clear_message() -> None:
    result = run_helm(
        "--set", "kafka.securityProtocol=SASL_SSL", "--set", "kafka.sasl.mechanism=PLAIN"
    )
    assert result.returncode != 0
    assert "set kafka.sasl.existingSecret" in result.stderr


@helm_tests
def test_no_resources_are_set_by_default() -> None:
    manifests = render_scenario("default")
    for workload in [*of_kind(manifests, "Deployment"), *of_kind(manifests, "Job")]:
        assert "resources" not in container(workload)
    assert of_kind(manifests, "HorizontalPodAutoscaler") == []


@helm_tests
def test_pod_disruption_budgets_let_a_single_replica_drain() -> None:
    budgets = of_kind(render_scenario("default"), "PodDisruptionBudget")
    assert len(budgets) == len(SERVICES)
    assert {b["spec"]["maxUnavailable"] for b in budgets} == {1}


# --- configuration --------------------------------------------------------------------------


@helm_tests
def test_default_install_uses_the_policies_kb_and_taxonomy_baked_into_the_image(
    app_environment: pytest.MonkeyPatch,
) -> None:
    manifests = render_scenario("default")
    assert [c["metadata"]["name"] for c in of_kind(manifests, "ConfigMap")] == [
        f"{RELEASE}-supportloop-settings"
    ]
    resolver = one(manifests, "Deployment", f"{RELEASE}-supportloop-resolver")
    env = settings_env(manifests, resolver)
    assert "SUPPORTLOOP_CLASSIFIER_TAXONOMY_PATH" not in env
    with app_environment.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        settings = ResolverSettings()
    # The image's ENV points at the directories its Dockerfile copies the repository's into.
    dockerfile = (REPO_ROOT / "Dockerfile").read_text()
    workdirs = re.findall(r"^WORKDIR (\S+)$", dockerfile, flags=re.MULTILINE)
    assert (settings.policies_dir, settings.kb_dir) == (
        Path("/app/policies"),
        Path("/app/knowledge_base"),
    )
    assert workdirs[-1] == "/app"
    assert "COPY policies ./policies" in dockerfile
    assert "COPY knowledge_base ./knowledge_base" in dockerfile


@helm_tests
def test_policy_files_loaded_with_set_file_are_mounted_where_the_resolver_reads_them(
    tmp_path: Path, app_environment: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "wismo.policy"
    policy.write_text("Version: 1\nWhen a customer asks where their order is\nThen send_tracking\n")
    manifests = render("--set-file", f"policies.wismo\\.policy={policy}")
    policies = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-policies")
    assert policies["data"] == {"wismo.policy": policy.read_text()}
    resolver = one(manifests, "Deployment", f"{RELEASE}-supportloop-resolver")
    with app_environment.context() as patch:
        for name, value in settings_env(manifests, resolver).items():
            patch.setenv(name, value)
        settings = ResolverSettings()
    assert settings.policies_dir == Path("/etc/supportloop/policies")
    assert settings.kb_dir == Path("/app/knowledge_base")
    assert mounted_config_map(resolver, settings.policies_dir) == (
        f"{RELEASE}-supportloop-policies"
    )
    for other in ("classifier", "escalator", "metrics"):
        deployment = one(manifests, "Deployment", f"{RELEASE}-supportloop-{other}")
        assert "policies" not in {v["name"] for v in pod_spec(deployment)["volumes"]}, other


@helm_tests
def test_knowledge_base_articles_are_mounted_where_the_resolver_reads_them(
    app_environment: pytest.MonkeyPatch,
) -> None:
    manifests = render_scenario("sasl-ssl-existing-kafka")
    articles = scenario_values("sasl-ssl-existing-kafka")["knowledgeBase"]
    knowledge_base = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-knowledge-base")
    assert knowledge_base["data"] == articles
    resolver = one(manifests, "Deployment", f"{RELEASE}-supportloop-resolver")
    with app_environment.context() as patch:
        for name, value in settings_env(manifests, resolver).items():
            patch.setenv(name, value)
        settings = ResolverSettings()
    assert settings.kb_dir == Path("/etc/supportloop/knowledge_base")
    assert mounted_config_map(resolver, settings.kb_dir) == f"{RELEASE}-supportloop-knowledge-base"
    assert mounted_config_map(resolver, settings.policies_dir) == (
        f"{RELEASE}-supportloop-policies"
    )


def mounted_config_map(workload: Manifest, path: Path) -> str:
    """Name of the ConfigMap mounted read-only at path in the workload's container."""
    (mount,) = [m for m in container(workload)["volumeMounts"] if m["mountPath"] == str(path)]
    assert mount["readOnly"] is True
    volumes = {v["name"]: v for v in pod_spec(workload)["volumes"]}
    name: str = volumes[mount["name"]]["configMap"]["name"]
    return name


@helm_tests
def test_changing_a_policy_rolls_the_pods() -> None:
    def checksum(*args: str) -> str:
        deployment = one(render(*args), "Deployment", f"{RELEASE}-supportloop-resolver")
        value: str = deployment["spec"]["template"]["metadata"]["annotations"]["checksum/config"]
        return value

    first = checksum("--set", "policies.wismo\\.policy=Version: 1")
    assert first == checksum("--set", "policies.wismo\\.policy=Version: 1")
    assert first != checksum("--set", "policies.wismo\\.policy=Version: 2")


@helm_tests
def test_custom_taxonomy_is_mounted_at_the_configured_path(
    app_environment: pytest.MonkeyPatch,
) -> None:
    manifests = render_scenario("sasl-ssl-existing-kafka")
    settings = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-settings")["data"]
    path = Path(settings["SUPPORTLOOP_CLASSIFIER_TAXONOMY_PATH"])
    taxonomy = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-taxonomy")
    assert yaml.safe_load(taxonomy["data"][path.name])["categories"]["gift_wrapping"] == {"tier": 2}
    classifier = one(manifests, "Deployment", f"{RELEASE}-supportloop-classifier")
    mounts = {m["mountPath"]: m["name"] for m in container(classifier)["volumeMounts"]}
    assert mounts[str(path.parent)] == "taxonomy"


def ingress_routes(manifests: tuple[Manifest, ...] | list[Manifest]) -> dict[str, str]:
    (ingress,) = of_kind(manifests, "Ingress")
    routes: dict[str, str] = {}
    for rule in ingress["spec"]["rules"]:
        for path in rule["http"]["paths"]:
            assert path["pathType"] == "Exact"
            assert path["backend"]["service"]["port"] == {"name": "http"}
            routes[path["path"]] = path["backend"]["service"]["name"]
    return routes


@helm_tests
def test_ingress_routes_each_webhook_to_the_service_that_serves_it() -> None:
    manifests = render_scenario("sasl-ssl-existing-kafka")
    (ingress,) = of_kind(manifests, "Ingress")
    (rule,) = ingress["spec"]["rules"]
    assert rule["host"] == "support-hooks.example.com"
    routes = ingress_routes(manifests)
    assert routes == {
        "/webhooks/tickets": f"{RELEASE}-supportloop-classifier",
        "/webhooks/helpdesk": f"{RELEASE}-supportloop-escalator",
    }
    services = {s["metadata"]["name"]: s for s in of_kind(manifests, "Service")}
    for path, backend in routes.items():
        (port,) = services[backend]["spec"]["ports"]
        assert (port["name"], port["targetPort"]) == ("http", "http"), path
    assert of_kind(render_scenario("default"), "Ingress") == []


# An Ingress needs the webhook signing secret (the chart fails closed without it).
PUBLIC_WEBHOOKS = ("--set", "ingress.enabled=true", "--set", "webhook.existingSecret=hooks")


@helm_tests
def test_ingress_leaves_out_the_webhook_of_a_disabled_service() -> None:
    manifests = render(*PUBLIC_WEBHOOKS, "--set", "services.escalator.enabled=false")
    assert ingress_routes(manifests) == {"/webhooks/tickets": f"{RELEASE}-supportloop-classifier"}
    manifests = render(*PUBLIC_WEBHOOKS, "--set", "services.classifier.enabled=false")
    assert ingress_routes(manifests) == {"/webhooks/helpdesk": f"{RELEASE}-supportloop-escalator"}
    both_off = render(
        "--set",
        "ingress.enabled=true",
        "--set",
        "services.classifier.enabled=false",
        "--set",
        "services.escalator.enabled=false",
    )
    assert of_kind(both_off, "Ingress") == []  # nothing public: no secret needed


@helm_tests
def test_render_fails_when_the_webhook_ingress_has_no_signing_secret() -> None:
    result = run_helm("--set", "ingress.enabled=true")
    assert result.returncode != 0
    assert (
        "ingress.enabled=true exposes the helpdesk webhooks publicly, but "
        "webhook.existingSecret is empty: set webhook.existingSecret"
    ) in result.stderr
    result = run_helm("--set", "ingress.enabled=true", "--set", "services.escalator.enabled=false")
    assert result.returncode != 0 and "webhook.existingSecret is empty" in result.stderr


@helm_tests
def test_render_passes_when_the_webhook_ingress_has_a_signing_secret() -> None:
    manifests = render(*PUBLIC_WEBHOOKS)
    assert len(ingress_routes(manifests)) == 2
    for name in ("classifier", "escalator"):
        deployment = one(manifests, "Deployment", f"{RELEASE}-supportloop-{name}")
        env = {v["name"]: v for v in container(deployment)["env"]}
        assert env["SUPPORTLOOP_WEBHOOK_SECRET"]["valueFrom"]["secretKeyRef"]["name"] == "hooks"
        assert env["SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED"]["value"] == "false"


@helm_tests
@pytest.mark.parametrize(
    "unsigned",
    [
        ("--set", "webhook.allowUnsigned=true"),
        (
            "--set",
            "services.escalator.extraEnv[0].name=SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED",
            "--set-string",
            "services.escalator.extraEnv[0].value=true",
        ),
    ],
)
def test_render_refuses_unsigned_webhooks_behind_an_ingress(unsigned: tuple[str, ...]) -> None:
    result = run_helm(*PUBLIC_WEBHOOKS, *unsigned)
    assert result.returncode != 0
    assert "is for local development only and cannot be combined with ingress.enabled=true" in (
        result.stderr
    )


@helm_tests
def test_webhook_values_reach_the_services_that_serve_webhooks(
    app_environment: pytest.MonkeyPatch,
) -> None:
    manifests = render(
        "--set", "webhook.timestampToleranceSeconds=120", "--set", "webhook.allowUnsigned=true"
    )
    for name in SERVICES:
        deployment = one(manifests, "Deployment", f"{RELEASE}-supportloop-{name}")
        env = settings_env(manifests, deployment)
        with app_environment.context() as patch:
            for key, value in env.items():
                patch.setenv(key, value)
            settings = ServiceSettings()
        serves_webhooks = name in ("classifier", "escalator")
        assert settings.webhook_timestamp_tolerance_s == (120 if serves_webhooks else 300), name
        assert settings.webhook_allow_unsigned is serves_webhooks, name
    defaults = render_scenario("default")
    classifier = one(defaults, "Deployment", f"{RELEASE}-supportloop-classifier")
    env = settings_env(defaults, classifier)
    assert env["SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED"] == "false"
    assert env["SUPPORTLOOP_WEBHOOK_TIMESTAMP_TOLERANCE_S"] == "300"
    result = run_helm("--set", "extraSettings.SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED=true")
    assert result.returncode != 0 and "the chart already sets" in result.stderr


@helm_tests
def test_long_release_names_give_distinct_names_within_63_characters() -> None:
    release = "a-very-long-release-name-for-the-supportloop-chart-x"
    manifests = render(*PUBLIC_WEBHOOKS, release=release)
    names = [(m["kind"], m["metadata"]["name"]) for m in manifests]
    assert len(set(names)) == len(names)
    assert all(len(name) <= 63 for _, name in names)
    suffixes = {name.rsplit("-", 1)[1] for kind, name in names if kind == "Deployment"}
    assert suffixes == set(SERVICES)


# --- monitoring ---------------------------------------------------------------------------

RULES = """\
groups:
  - name: supportloop.rules
    rules:
      - alert: SupportLoopDeadLetters
        expr: sum(rate(supportloop_dead_letters_total[5m])) > 0
        for: 10m
        labels: {severity: warning}
        annotations:
          summary: "{{ $labels.stage }} is dead-lettering"
"""
DASHBOARD = json.dumps(
    {"title": "SupportLoop weekly numbers", "panels": [{"id": 1, "type": "stat"}]}
)


@helm_tests
def test_monitoring_objects_are_absent_by_default(tmp_path: Path) -> None:
    chart = chart_copy(tmp_path, rules=RULES, dashboards={"weekly.json": DASHBOARD})
    kinds = {m["kind"] for m in render(chart=chart)}
    assert not kinds & {"ServiceMonitor", "PrometheusRule"}
    assert all("grafana_dashboard" not in m["metadata"]["labels"] for m in render(chart=chart))


@helm_tests
def test_monitoring_objects_carry_the_release_label_when_enabled(tmp_path: Path) -> None:
    chart = chart_copy(tmp_path, rules=RULES, dashboards={"weekly.json": DASHBOARD})
    manifests = render("-f", str(CHART / "ci" / "monitoring-on-values.yaml"), chart=chart)

    (monitor,) = of_kind(manifests, "ServiceMonitor")
    assert monitor["metadata"]["labels"]["release"] == "monitoring"
    assert monitor["spec"]["endpoints"][0]["port"] == "http"
    assert monitor["spec"]["endpoints"][0]["path"] == "/metrics"
    selector = monitor["spec"]["selector"]["matchLabels"]
    scraped = [
        s
        for s in of_kind(manifests, "Service")
        if selector.items() <= s["metadata"]["labels"].items()
    ]
    assert len(scraped) == len(SERVICES)

    (rule,) = of_kind(manifests, "PrometheusRule")
    assert rule["metadata"]["labels"]["release"] == "monitoring"
    assert rule["spec"] == yaml.safe_load(RULES)

    (dashboards,) = [
        m for m in of_kind(manifests, "ConfigMap") if "grafana_dashboard" in m["metadata"]["labels"]
    ]
    assert dashboards["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert json.loads(dashboards["data"]["weekly.json"]) == json.loads(DASHBOARD)


@helm_tests
def test_monitoring_renders_without_the_generated_files(tmp_path: Path) -> None:
    chart = chart_copy(tmp_path, rules=None, dashboards={})
    manifests = render("-f", str(CHART / "ci" / "monitoring-on-values.yaml"), chart=chart)
    assert len(of_kind(manifests, "ServiceMonitor")) == 1
    assert of_kind(manifests, "PrometheusRule") == []
    assert [
        m for m in of_kind(manifests, "ConfigMap") if "grafana_dashboard" in m["metadata"]["labels"]
    ] == []


# --- NOTES -------------------------------------------------------------------------------


def render_notes(*args: str, tmp_path: Path) -> str:
    """NOTES.txt as `helm install` prints it (helm template leaves it out, so a copy of the
    chart carries it as an ordinary template wrapped in a YAML block)."""
    copy = tmp_path / "notes-chart"
    shutil.copytree(CHART, copy)
    notes = copy / "templates" / "NOTES.txt"
    indented = "".join(f"  {line}" for line in notes.read_text().splitlines(keepends=True))
    (copy / "templates" / "notes-as-yaml.yaml").write_text("notes: |\n" + indented)
    notes.unlink()
    result = run_helm(*args, "--show-only", "templates/notes-as-yaml.yaml", chart=copy)
    assert result.returncode == 0, result.stderr
    text: str = yaml.safe_load(result.stdout)["notes"]
    return text


@helm_tests
def test_notes_name_each_consumer_group_with_the_topic_prefix_and_both_webhooks(
    tmp_path: Path,
) -> None:
    notes = render_notes(
        "-f", str(CHART / "ci" / "sasl-ssl-existing-kafka-values.yaml"), tmp_path=tmp_path
    )
    for service in SERVICES:
        assert f"group shop-eu.supportloop-{service}," in notes, service
    assert "group shop-eu.supportloop-metrics, exactly 1 replica, never scaled" in notes
    assert "https://support-hooks.example.com/webhooks/tickets" in notes
    assert "https://support-hooks.example.com/webhooks/helpdesk" in notes
    assert "WARNING" not in notes


@helm_tests
def test_notes_warn_when_the_webhooks_have_no_secret(tmp_path: Path) -> None:
    notes = render_notes(tmp_path=tmp_path)
    assert "webhook.existingSecret is empty, so the webhooks refuse every request (503)" in notes
    unsigned = render_notes("--set", "webhook.allowUnsigned=true", tmp_path=tmp_path / "u")
    assert "the webhooks accept UNSIGNED requests (development only)" in unsigned


# --- Gorgias ------------------------------------------------------------------------------

GORGIAS_VALUES = CHART / "ci" / "gorgias-values.yaml"
HELPDESK_SETTINGS = re.compile(r"SUPPORTLOOP_(HELPDESK|GORGIAS_\w+)$")


def helpdesk_settings_of(
    manifests: tuple[Manifest, ...] | list[Manifest],
    service: str,
    app_environment: pytest.MonkeyPatch,
) -> HelpdeskSettings:
    deployment = one(manifests, "Deployment", f"{RELEASE}-supportloop-{service}")
    with app_environment.context() as patch:
        for name, value in settings_env(manifests, deployment).items():
            patch.setenv(name, value)
        return HelpdeskSettings()


@helm_tests
def test_gorgias_values_reach_the_helpdesk_settings_of_the_resolver_and_the_escalator(
    app_environment: pytest.MonkeyPatch,
) -> None:
    manifests = render_scenario("gorgias")
    gorgias = scenario_values("gorgias")["connectors"]["helpdesk"]["gorgias"]
    for service in ("resolver", "escalator"):
        settings = helpdesk_settings_of(manifests, service, app_environment)
        assert helpdesk_kind(settings) == "gorgias", service
        assert (settings.gorgias_url, settings.gorgias_user) == (gorgias["url"], gorgias["user"])
        assert settings.gorgias_api_key is not None, service
        # What the service's composition root builds from exactly these settings.
        desk = build_helpdesk(
            settings,
            zendesk_url="https://unused.example",
            zendesk_token=None,
            store_url="https://unused.example",
            transport=httpx.MockTransport(lambda request: httpx.Response(500)),
        )
        assert isinstance(desk, GorgiasHelpdesk), service
        assert str(desk._client.base_url).rstrip("/") == gorgias["url"]
        asyncio.run(desk.aclose())
    # The settings live in those two containers, not in the shared ConfigMap.
    settings_map = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-settings")["data"]
    assert not [name for name in settings_map if HELPDESK_SETTINGS.match(name)]
    for service in ("classifier", "metrics"):
        deployment = one(manifests, "Deployment", f"{RELEASE}-supportloop-{service}")
        env = settings_env(manifests, deployment)
        assert not [name for name in env if HELPDESK_SETTINGS.match(name)], service
    job = one(manifests, "Job", f"{RELEASE}-supportloop-topics")
    assert not [v["name"] for v in container(job)["env"] if HELPDESK_SETTINGS.match(v["name"])]


@helm_tests
def test_the_default_helpdesk_is_zendesk_with_no_gorgias_settings(
    app_environment: pytest.MonkeyPatch,
) -> None:
    manifests = render_scenario("default")
    for service in ("resolver", "escalator"):
        deployment = one(manifests, "Deployment", f"{RELEASE}-supportloop-{service}")
        env = settings_env(manifests, deployment)
        assert env["SUPPORTLOOP_HELPDESK"] == "zendesk", service
        assert not [name for name in env if name.startswith("SUPPORTLOOP_GORGIAS_")], service
        settings = helpdesk_settings_of(manifests, service, app_environment)
        assert helpdesk_kind(settings) == "zendesk"
    # Gorgias values left in place do nothing while the kind is zendesk.
    left = render("-f", str(GORGIAS_VALUES), "--set", "connectors.helpdesk.kind=zendesk")
    for deployment in of_kind(left, "Deployment"):
        env = settings_env(left, deployment)
        assert not [name for name in env if name.startswith("SUPPORTLOOP_GORGIAS_")]
    assert "/webhooks/gorgias" not in ingress_routes(left)


@helm_tests
def test_gorgias_key_goes_to_the_resolver_and_escalator_and_its_token_to_the_escalator() -> None:
    manifests = render_scenario("gorgias")
    secret_env = {
        d["metadata"]["labels"]["app.kubernetes.io/component"]: {
            v["name"]: v["valueFrom"]["secretKeyRef"]
            for v in container(d).get("env", [])
            if "valueFrom" in v
        }
        for d in of_kind(manifests, "Deployment")
    }
    api_key = {"name": "supportloop-gorgias", "key": "api-key"}
    webhooks = "supportloop-webhook"
    assert secret_env == {
        "classifier": {
            "SUPPORTLOOP_WEBHOOK_SECRET": {"name": webhooks, "key": "webhook-secret"},
        },
        "resolver": {
            "SUPPORTLOOP_RESOLVER_COMMERCE_TOKEN": {
                "name": "supportloop-connectors",
                "key": "commerce-token",
            },
            "SUPPORTLOOP_GORGIAS_API_KEY": api_key,
        },
        "escalator": {
            "SUPPORTLOOP_WEBHOOK_SECRET": {"name": webhooks, "key": "webhook-secret"},
            "SUPPORTLOOP_GORGIAS_API_KEY": api_key,
            "SUPPORTLOOP_GORGIAS_WEBHOOK_TOKEN": {"name": webhooks, "key": "gorgias-webhook-token"},
        },
        "metrics": {},
    }
    job = one(manifests, "Job", f"{RELEASE}-supportloop-topics")
    assert not [v for v in container(job)["env"] if "valueFrom" in v]


@helm_tests
def test_ingress_routes_the_gorgias_webhook_to_the_escalator_only_with_gorgias() -> None:
    manifests = render_scenario("gorgias")
    assert ingress_routes(manifests) == {
        "/webhooks/tickets": f"{RELEASE}-supportloop-classifier",
        "/webhooks/helpdesk": f"{RELEASE}-supportloop-escalator",
        "/webhooks/gorgias": f"{RELEASE}-supportloop-escalator",
    }
    for scenario in SCENARIOS:
        if scenario != "gorgias" and of_kind(render_scenario(scenario), "Ingress"):
            assert "/webhooks/gorgias" not in ingress_routes(render_scenario(scenario)), scenario
    assert "/webhooks/gorgias" not in ingress_routes(render(*PUBLIC_WEBHOOKS))
    # No escalator, no Gorgias webhook (and no token needed for it).
    without_escalator = render(
        "-f",
        str(GORGIAS_VALUES),
        "--set",
        "services.escalator.enabled=false",
        "--set",
        "webhook.gorgiasTokenKey=",
    )
    assert ingress_routes(without_escalator) == {
        "/webhooks/tickets": f"{RELEASE}-supportloop-classifier"
    }


@helm_tests
@pytest.mark.parametrize(
    ("setting", "message"),
    [
        (
            "connectors.helpdesk.gorgias.url=",
            "connectors.helpdesk.kind is gorgias: set connectors.helpdesk.gorgias.url",
        ),
        (
            "connectors.helpdesk.gorgias.user=",
            "connectors.helpdesk.kind is gorgias: set connectors.helpdesk.gorgias.user",
        ),
        (
            "connectors.helpdesk.gorgias.existingSecret=",
            "connectors.helpdesk.kind is gorgias: set connectors.helpdesk.gorgias.existingSecret",
        ),
        (
            "webhook.gorgiasTokenKey=",
            "ingress.enabled=true with connectors.helpdesk.kind=gorgias exposes POST "
            "/webhooks/gorgias publicly, but webhook.gorgiasTokenKey is empty",
        ),
        (
            "webhook.existingSecret=",
            "ingress.enabled=true exposes the helpdesk webhooks publicly, but "
            "webhook.existingSecret is empty",
        ),
    ],
)
def test_render_fails_when_gorgias_lacks_what_it_needs(setting: str, message: str) -> None:
    result = run_helm("-f", str(GORGIAS_VALUES), "--set", setting)
    assert result.returncode != 0
    assert message in result.stderr


@helm_tests
def test_gorgias_without_an_ingress_renders_without_a_webhook_token(tmp_path: Path) -> None:
    args = ("-f", str(GORGIAS_VALUES), "--set", "ingress.enabled=false")
    manifests = render(*args, "--set", "webhook.gorgiasTokenKey=")
    escalator = one(manifests, "Deployment", f"{RELEASE}-supportloop-escalator")
    names = {v["name"] for v in container(escalator)["env"]}
    assert "SUPPORTLOOP_GORGIAS_WEBHOOK_TOKEN" not in names
    assert "SUPPORTLOOP_GORGIAS_API_KEY" in names
    notes = render_notes(*args, "--set", "webhook.gorgiasTokenKey=", tmp_path=tmp_path)
    assert "http://sl-supportloop-escalator.support.svc:8080/webhooks/gorgias" in notes
    assert "WARNING: /webhooks/gorgias refuses every request (503)" in notes


@helm_tests
def test_notes_list_the_gorgias_webhook_only_with_gorgias(tmp_path: Path) -> None:
    notes = render_notes("-f", str(GORGIAS_VALUES), tmp_path=tmp_path / "gorgias")
    assert "https://support-hooks.example.com/webhooks/gorgias" in notes
    assert "X-SupportLoop-Webhook-Token" in notes
    assert "WARNING" not in notes
    zendesk = render_notes(*PUBLIC_WEBHOOKS, tmp_path=tmp_path / "zendesk")
    assert "/webhooks/gorgias" not in zendesk and "Gorgias" not in zendesk


@helm_tests
@pytest.mark.parametrize("kind", ["freshdesk", "Gorgias", ""])
def test_values_refuse_an_unknown_helpdesk_kind(kind: str) -> None:
    result = run_helm("--set", f"connectors.helpdesk.kind={kind}")
    assert result.returncode != 0
    assert "values don't meet the specifications of the schema" in result.stderr
    assert "/connectors/helpdesk/kind" in result.stderr


@helm_tests
@pytest.mark.parametrize(
    "name", ["SUPPORTLOOP_HELPDESK", "SUPPORTLOOP_GORGIAS_URL", "SUPPORTLOOP_GORGIAS_USER"]
)
def test_extra_settings_cannot_set_the_helpdesk_whatever_the_kind(name: str) -> None:
    result = run_helm("--set", f"extraSettings.{name}=x")
    assert result.returncode != 0
    assert f"extraSettings.{name}: the chart already sets" in result.stderr


# --- image --------------------------------------------------------------------------------


def test_dockerfile_builds_one_non_root_image_with_everything_the_app_reads() -> None:
    dockerfile = (REPO_ROOT / "Dockerfile").read_text()
    instructions = [
        line.split(None, 1)
        for line in dockerfile.splitlines()
        if line and not line[0].isspace() and not line.startswith("#")
    ]
    copied = {
        args.split()[0]
        for op, args in instructions
        if op == "COPY" and not args.startswith("--from")
    }
    needed = {
        "pyproject.toml", "supportloop", "services", "policies", "knowledge_base", "replies",
    }  # fmt: skip
    assert copied == needed
    assert all((REPO_ROOT / path).exists() for path in needed)
    allowed = {
        line[1:]
        for line in (REPO_ROOT / ".dockerignore").read_text().splitlines()
        if line.startswith("!")
    }
    assert allowed == needed
    bases = [args for op, args in instructions if op == "FROM"]
    assert all(base.startswith("python:3.11-slim") for base in bases)
    users = [args for op, args in instructions if op == "USER"]
    chart_user = yaml.safe_load((CHART / "values.yaml").read_text())["podSecurityContext"][
        "runAsUser"
    ]
    assert users == [f"{chart_user}:{chart_user}"]
    assert instructions[-2:] == [["ENTRYPOINT", '["supportloop"]'], ["CMD", '["--help"]']]


# --- values -------------------------------------------------------------------------------

# Values whose contents are Kubernetes API objects, documented by Kubernetes itself.
KUBERNETES_OBJECTS = {"podSecurityContext", "securityContext", "startup", "liveness", "readiness"}


def test_every_chart_value_has_a_comment() -> None:
    lines = (CHART / "values.yaml").read_text().splitlines()
    ancestors: list[tuple[int, str]] = []
    undocumented = []
    for number, line in enumerate(lines):
        key = re.match(r"^( *)([A-Za-z_][\w.-]*):", line)
        if not key:
            continue
        indent = len(key.group(1))
        ancestors = [(i, name) for i, name in ancestors if i < indent]
        inside_object = any(name in KUBERNETES_OBJECTS for _, name in ancestors)
        if not inside_object and not lines[number - 1].lstrip().startswith("#"):
            undocumented.append(f"{number + 1}: {line.strip()}")
        ancestors.append((indent, key.group(2)))
    assert undocumented == []


if __name__ == "__main__":
    if sys.argv[1:] != ["--write-schema"]:
        sys.exit("usage: python tests/tools/test_helm_chart.py --write-schema")
    write_extra_settings_schema()


@helm_tests
def test_reply_templates_are_mounted_as_the_directory_the_resolver_loads(
    tmp_path: Path, app_environment: pytest.MonkeyPatch
) -> None:
    """Every file of replies/ through --set-file, the ConfigMap and the volume's items back
    to <locale>/<file>: the mounted tree loads and passes `replies check`."""
    from supportloop.adapters.replies import load_replies
    from supportloop.core.policy import load_policies
    from supportloop.core.replies.check import check_replies

    source = REPO_ROOT / "replies"
    files = sorted(p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file())
    args: list[str] = []
    for name in files:
        args += ["--set-file", f"replies.{name.replace('.', chr(92) + '.')}={source / name}"]
    manifests = render(*args)
    config_map = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-replies")
    resolver = one(manifests, "Deployment", f"{RELEASE}-supportloop-resolver")
    with app_environment.context() as patch:
        for name, value in settings_env(manifests, resolver).items():
            patch.setenv(name, value)
        settings = ResolverSettings()
    assert settings.replies_dir == Path("/etc/supportloop/replies")
    assert mounted_config_map(resolver, settings.replies_dir) == f"{RELEASE}-supportloop-replies"
    volume = next(v for v in pod_spec(resolver)["volumes"] if v["name"] == "replies")
    mounted = tmp_path / "replies"
    for item in volume["configMap"]["items"]:
        target = mounted / item["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(config_map["data"][item["key"]], encoding="utf-8")
    assert sorted(p.relative_to(mounted).as_posix() for p in mounted.rglob("*.*")) == files
    catalog = load_replies(mounted)
    assert check_replies(catalog, load_policies(REPO_ROOT / "policies").values()) == []
    for other in ("classifier", "escalator", "metrics"):
        deployment = one(manifests, "Deployment", f"{RELEASE}-supportloop-{other}")
        assert "replies" not in {v["name"] for v in pod_spec(deployment)["volumes"]}, other


# --- autoscaling on consumer lag (KEDA) and the custom resources' schemas --------------------

# The CRD schemas, beside the clone as CI lays it out (README.md there names the files).
CRD_SCHEMAS = REPO_ROOT.parent / "shared" / "data" / "schemas"
KEDA_VALUES = CHART / "ci" / "keda-lag-autoscaling-values.yaml"
SCALABLE = tuple(s for s in topology.SERVICES if s.name != "metrics")


@cache
def crd_schema(relative: str) -> dict[str, Any]:
    path = CRD_SCHEMAS / relative
    if not path.is_file():
        pytest.fail(f"CRD schema {path} not found: the shared schemas belong beside the clone")
    schema: dict[str, Any] = json.loads(path.read_text())
    # No format check of the schema itself: the operator's patterns are Go regexps (an inline
    # "(?i)" after "^", which Python's re refuses), only compiled if that field is present.
    jsonschema.validators.validator_for(schema).check_schema(schema, format_checker=None)
    return schema


def schema_errors(manifest: Manifest, relative: str) -> list[str]:
    schema = crd_schema(relative)
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(manifest)
    ]


def assert_valid(manifest: Manifest, relative: str) -> None:
    group, _, file_name = relative.partition("/")
    kind, _, version = file_name.removesuffix(".json").partition("_")
    assert manifest["apiVersion"] == f"{group}/{version}"
    assert manifest["kind"].lower() == kind
    assert schema_errors(manifest, relative) == [], manifest["metadata"]["name"]


def secret_refs(workload: Manifest) -> set[tuple[str, str]]:
    """(Secret, key) of every secretKeyRef in the workload's container env."""
    return {
        (e["valueFrom"]["secretKeyRef"]["name"], e["valueFrom"]["secretKeyRef"]["key"])
        for e in container(workload).get("env", [])
        if "secretKeyRef" in e.get("valueFrom", {})
    }


@helm_tests
@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s != "keda-lag-autoscaling"])
def test_no_scaled_object_unless_keda_is_enabled(scenario: str) -> None:
    kinds = {m["kind"] for m in render_scenario(scenario)}
    assert not kinds & {"ScaledObject", "TriggerAuthentication"}


@helm_tests
def test_keda_scales_each_service_on_its_own_groups_lag_on_its_input_topics() -> None:
    manifests = render_scenario("keda-lag-autoscaling")
    values = scenario_values("keda-lag-autoscaling")
    prefix = values["kafka"]["topicPrefix"]
    scaled = {m["metadata"]["name"]: m for m in of_kind(manifests, "ScaledObject")}
    assert sorted(scaled) == sorted(f"{RELEASE}-supportloop-{s.name}" for s in SCALABLE)
    assert of_kind(manifests, "HorizontalPodAutoscaler") == []  # never both autoscalers
    (auth,) = of_kind(manifests, "TriggerAuthentication")
    for service in SCALABLE:
        name = f"{RELEASE}-supportloop-{service.name}"
        scaled_object = scaled[name]
        assert_valid(scaled_object, "keda.sh/scaledobject_v1alpha1.json")
        spec = scaled_object["spec"]
        keda = values["services"][service.name]["keda"]
        assert spec["scaleTargetRef"] == {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": name,
        }
        assert "replicas" not in one(manifests, "Deployment", name)["spec"]  # KEDA owns them
        assert spec["minReplicaCount"] == keda.get("minReplicaCount", 1)
        assert spec["maxReplicaCount"] == keda["maxReplicaCount"]
        assert spec["maxReplicaCount"] <= values["kafka"]["partitions"]
        # One trigger per topic the service's consumer group reads, as the topology declares.
        topics = [t["metadata"]["topic"] for t in spec["triggers"]]
        assert topics == [flow.topic.full_name(prefix) for flow in service.consumes]
        for trigger in spec["triggers"]:
            assert trigger["type"] == "kafka"
            metadata = trigger["metadata"]
            assert metadata["consumerGroup"] == service.group_id(prefix)
            assert metadata["bootstrapServers"] == values["kafka"]["bootstrapServers"]
            assert metadata["lagThreshold"] == str(keda.get("lagThreshold", 50))
            assert metadata["offsetResetPolicy"] == "earliest"  # as the services' consumers
            assert metadata["allowIdleConsumers"] == "false"
            assert (metadata["sasl"], metadata["tls"]) == ("plaintext", "enable")
            assert trigger["authenticationRef"] == {"name": auth["metadata"]["name"]}


@helm_tests
def test_notes_say_which_services_keda_scales(tmp_path: Path) -> None:
    notes = render_notes("-f", str(KEDA_VALUES), tmp_path=tmp_path)
    assert "group shop-us.supportloop-resolver, scaled on consumer lag by KEDA 2–12" in notes
    assert "group shop-us.supportloop-escalator, scaled on consumer lag by KEDA 1–6" in notes
    assert "group shop-us.supportloop-metrics, exactly 1 replica, never scaled" in notes


@helm_tests
def test_keda_reads_the_lag_with_the_secrets_the_services_use() -> None:
    manifests = render_scenario("keda-lag-autoscaling")
    (auth,) = of_kind(manifests, "TriggerAuthentication")
    assert_valid(auth, "keda.sh/triggerauthentication_v1alpha1.json")
    refs = {r["parameter"]: (r["name"], r["key"]) for r in auth["spec"]["secretTargetRef"]}
    assert refs == {
        "password": ("supportloop-kafka", "kafka-password"),
        "ca": ("kafka-client-tls", "ca.crt"),
        "cert": ("kafka-client-tls", "tls.crt"),
        "key": ("kafka-client-tls", "tls.key"),
    }
    resolver = one(manifests, "Deployment", f"{RELEASE}-supportloop-resolver")
    assert refs["password"] in secret_refs(resolver)
    (tls_volume,) = [v for v in pod_spec(resolver)["volumes"] if v["name"] == "kafka-tls"]
    assert tls_volume["secret"]["secretName"] == refs["ca"][0]
    # The user name is not a secret: KEDA reads it where the services do, the settings map.
    (username,) = auth["spec"]["configMapTargetRef"]
    settings = one(manifests, "ConfigMap", username["name"])
    assert username["parameter"] == "username"
    assert settings["data"][username["key"]] == "supportloop"
    assert {"name": username["name"]} in [
        ref["configMapRef"] for ref in container(resolver)["envFrom"] if "configMapRef" in ref
    ]


@helm_tests
def test_keda_takes_a_sasl_user_name_kept_in_the_secret_from_the_secret() -> None:
    manifests = render(
        "-f",
        str(CHART / "ci" / "sasl-ssl-existing-kafka-values.yaml"),
        "--set",
        "services.resolver.keda.enabled=true",
    )
    (scaled_object,) = of_kind(manifests, "ScaledObject")
    assert_valid(scaled_object, "keda.sh/scaledobject_v1alpha1.json")
    assert {t["metadata"]["sasl"] for t in scaled_object["spec"]["triggers"]} == {"scram_sha512"}
    (auth,) = of_kind(manifests, "TriggerAuthentication")
    assert_valid(auth, "keda.sh/triggerauthentication_v1alpha1.json")
    refs = {r["parameter"]: (r["name"], r["key"]) for r in auth["spec"]["secretTargetRef"]}
    assert refs == {
        "username": ("supportloop-kafka-user", "username"),
        "password": ("supportloop-kafka-user", "password"),
        "ca": ("prod-cluster-ca-cert", "ca.crt"),
    }
    assert "configMapTargetRef" not in auth["spec"]
    resolver = one(manifests, "Deployment", f"{RELEASE}-supportloop-resolver")
    assert {refs["username"], refs["password"]} <= secret_refs(resolver)
    classifier = one(manifests, "Deployment", f"{RELEASE}-supportloop-classifier")
    assert classifier["spec"]["replicas"] == 1  # only the services that enable it


@helm_tests
def test_keda_on_a_plaintext_cluster_needs_no_trigger_authentication() -> None:
    manifests = render("--set", "services.escalator.keda.enabled=true")
    (scaled_object,) = of_kind(manifests, "ScaledObject")
    assert_valid(scaled_object, "keda.sh/scaledobject_v1alpha1.json")
    assert of_kind(manifests, "TriggerAuthentication") == []
    for trigger in scaled_object["spec"]["triggers"]:
        assert "authenticationRef" not in trigger
        assert not {"sasl", "tls"} & trigger["metadata"].keys()
        assert trigger["metadata"]["consumerGroup"] == "supportloop-escalator"


@helm_tests
@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            ("services.resolver.keda.maxReplicaCount=13",),
            "services.resolver.keda.maxReplicaCount (13) exceeds kafka.partitions (12)",
        ),
        (
            ("services.classifier.autoscaling.enabled=true",),
            "services.classifier: keda.enabled and autoscaling.enabled are both true",
        ),
        (
            (
                "services.escalator.keda.minReplicaCount=5",
                "services.escalator.keda.maxReplicaCount=4",
            ),
            "services.escalator.keda.minReplicaCount (5) exceeds its maxReplicaCount (4)",
        ),
    ],
)
def test_render_refuses_a_scaled_object_beyond_the_partitions_or_beside_the_hpa(
    settings: tuple[str, ...], message: str
) -> None:
    args = [arg for setting in settings for arg in ("--set", setting)]
    result = run_helm("-f", str(KEDA_VALUES), *args)
    assert result.returncode != 0
    assert message in result.stderr


@helm_tests
@pytest.mark.parametrize(
    "setting",
    [
        "services.metrics.keda.enabled=true",
        "services.resolver.keda.minReplicaCount=0",
        "services.resolver.keda.lagThreshold=0",
    ],
)
def test_values_refuse_scaling_metrics_or_scaling_to_zero_on_lag(setting: str) -> None:
    result = run_helm("--set", setting)
    assert result.returncode != 0
    assert "values don't meet the specifications of the schema" in result.stderr


def test_the_crd_schemas_reject_what_the_cluster_would_reject() -> None:
    """The schema checks are not vacuous: a broken ScaledObject fails them."""
    scaled_object = one(
        render_scenario("keda-lag-autoscaling"), "ScaledObject", f"{RELEASE}-supportloop-resolver"
    )
    broken = json.loads(json.dumps(scaled_object))
    broken["spec"]["triggers"][0]["metadata"]["lagThreshold"] = 20  # not a string
    del broken["spec"]["scaleTargetRef"]
    errors = schema_errors(broken, "keda.sh/scaledobject_v1alpha1.json")
    assert any("lagThreshold" in e for e in errors), errors
    assert any("scaleTargetRef" in e for e in errors), errors


@helm_tests
def test_service_monitor_and_prometheus_rule_match_the_operator_schemas() -> None:
    """With the chart's real files/prometheus-rules.yml (the shipped rules)."""
    manifests = render("-f", str(CHART / "ci" / "monitoring-on-values.yaml"))
    (monitor,) = of_kind(manifests, "ServiceMonitor")
    assert_valid(monitor, "monitoring.coreos.com/servicemonitor_v1.json")
    (rule,) = of_kind(manifests, "PrometheusRule")
    assert_valid(rule, "monitoring.coreos.com/prometheusrule_v1.json")
    shipped = yaml.safe_load(
        (REPO_ROOT / "deploy/prometheus/rules/supportloop.rules.yml").read_text()
    )
    assert rule["spec"] == shipped
