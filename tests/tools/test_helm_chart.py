"""The Helm chart, rendered with the real helm for every scenario and checked as parsed YAML.

Settings the chart puts in the environment are fed back through the app's own settings
classes, so a misspelt variable name fails here rather than silently in a cluster.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from supportloop.settings import KafkaSettings, ServiceSettings
from supportloop.topics import ALL_TOPICS

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
    """The environment a container starts with; Secret references become a placeholder."""
    env: dict[str, str] = {}
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
            v["name"] for v in container(d)["env"] if "valueFrom" in v and "SASL" not in v["name"]
        }
        for d in of_kind(manifests, "Deployment")
    }
    connectors = {
        "SUPPORTLOOP_COMMERCE_TOKEN",
        "SUPPORTLOOP_HELPDESK_TOKEN",
        "SUPPORTLOOP_SUBSCRIPTIONS_TOKEN",
    }
    assert secret_env == {
        "classifier": {
            "SUPPORTLOOP_HELPDESK_TOKEN",
            "SUPPORTLOOP_WEBHOOK_SECRET",
            "ANTHROPIC_API_KEY",
        },
        "resolver": connectors | {"ANTHROPIC_API_KEY"},
        "escalator": connectors | {"ANTHROPIC_API_KEY"},
        "metrics": set(),
    }


@helm_tests
@pytest.mark.parametrize(
    "setting",
    [
        "kafka.sasl.password=hunter2",
        "connectors.commerce.token=shpat_123",
        "webhook.secret=whsec_123",
        "anthropic.apiKey=sk-ant-123",
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
    result = run_helm("--set", "kafka.partitions=2", "--set", "services.metrics.replicaCount=3")
    assert result.returncode != 0
    assert "services.metrics.replicaCount (3) exceeds kafka.partitions (2)" in result.stderr


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
def test_default_install_uses_the_policies_and_taxonomy_baked_into_the_image() -> None:
    manifests = render_scenario("default")
    settings = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-settings")["data"]
    assert "SUPPORTLOOP_POLICIES_DIR" not in settings
    assert "SUPPORTLOOP_CLASSIFIER_TAXONOMY_PATH" not in settings
    assert [c["metadata"]["name"] for c in of_kind(manifests, "ConfigMap")] == [
        f"{RELEASE}-supportloop-settings"
    ]


@helm_tests
def test_policy_files_loaded_with_set_file_are_mounted_where_the_app_reads_them(
    tmp_path: Path,
) -> None:
    policy = tmp_path / "wismo.policy"
    policy.write_text("Version: 1\nWhen a customer asks where their order is\nThen send_tracking\n")
    manifests = render("--set-file", f"policies.wismo\\.policy={policy}")
    policies = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-policies")
    assert policies["data"] == {"wismo.policy": policy.read_text()}
    settings = one(manifests, "ConfigMap", f"{RELEASE}-supportloop-settings")["data"]
    for deployment in of_kind(manifests, "Deployment"):
        mounts = {m["mountPath"]: m["name"] for m in container(deployment)["volumeMounts"]}
        volumes = {v["name"]: v for v in pod_spec(deployment)["volumes"]}
        volume = volumes[mounts[settings["SUPPORTLOOP_POLICIES_DIR"]]]
        assert volume["configMap"]["name"] == f"{RELEASE}-supportloop-policies"


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


@helm_tests
def test_ingress_exposes_only_the_webhook_of_the_classifier() -> None:
    manifests = render_scenario("sasl-ssl-existing-kafka")
    (ingress,) = of_kind(manifests, "Ingress")
    (rule,) = ingress["spec"]["rules"]
    assert rule["host"] == "support-hooks.example.com"
    assert rule["http"]["paths"] == [
        {
            "path": "/webhooks/tickets",
            "pathType": "Prefix",
            "backend": {
                "service": {"name": f"{RELEASE}-supportloop-classifier", "port": {"name": "http"}}
            },
        }
    ]
    assert of_kind(render_scenario("default"), "Ingress") == []


@helm_tests
def test_long_release_names_give_distinct_names_within_63_characters() -> None:
    release = "a-very-long-release-name-for-the-supportloop-chart-x"
    manifests = render("--set", "ingress.enabled=true", release=release)
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
    needed = {"pyproject.toml", "supportloop", "services", "policies", "knowledge_base"}
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
