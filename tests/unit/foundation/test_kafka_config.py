from pathlib import Path

import pytest
from pydantic import SecretStr

from supportloop.adapters.kafka.connection import aiokafka_kwargs, faust_broker_kwargs
from supportloop.core.topics import ALL_TOPICS, CONFIG
from supportloop.devtools.local_broker import require_tool, server_properties
from supportloop.errors import ToolMissingError
from supportloop.settings import KafkaSettings


def test_plaintext_by_default() -> None:
    assert aiokafka_kwargs(KafkaSettings(bootstrap_servers="k:9092")) == {
        "bootstrap_servers": "k:9092",
        "security_protocol": "PLAINTEXT",
    }
    assert faust_broker_kwargs(KafkaSettings(bootstrap_servers="a:1,b:2")) == {
        "broker": "kafka://a:1,kafka://b:2"
    }


def test_sasl_ssl_settings_reach_both_clients() -> None:
    settings = KafkaSettings(
        bootstrap_servers="k:9093",
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="svc",
        sasl_password=SecretStr("pw"),
    )
    kwargs = aiokafka_kwargs(settings)
    assert (
        kwargs["sasl_mechanism"],
        kwargs["sasl_plain_username"],
        kwargs["sasl_plain_password"],
    ) == ("SCRAM-SHA-512", "svc", "pw")
    assert kwargs["ssl_context"] is not None
    credentials = faust_broker_kwargs(settings)["broker_credentials"]
    assert credentials.username == "svc"


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS", "broker:29092")
    monkeypatch.setenv("SUPPORTLOOP_KAFKA_PARTITIONS", "24")
    settings = KafkaSettings()
    assert (settings.bootstrap_servers, settings.partitions) == ("broker:29092", 24)


def test_broker_config_binds_loopback_only(tmp_path: Path) -> None:
    props = server_properties(tmp_path, 19092, 19093)
    assert "listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093" in props
    assert "controller.quorum.bootstrap.servers=127.0.0.1:19093" in props


def test_missing_tools_say_what_to_install() -> None:
    with pytest.raises(ToolMissingError, match="no-such-tool not found — install it please"):
        require_tool("no-such-tool", "it please")


def test_topic_registry_is_consistent() -> None:
    names = [t.name for t in ALL_TOPICS]
    assert len(names) == len(set(names))
    assert all(n.startswith("supportloop.") and n.endswith(".v1") for n in names)
    assert CONFIG.config() == {"cleanup.policy": "compact"} and CONFIG.key == "category"


def test_changelogs_compact_their_tombstones_within_days() -> None:
    """Expired table entries are deleted; Kafka compacts only closed segments (7 days by
    default) and keeps tombstones a day: the changelogs roll daily so a restart reads what
    is live, not weeks of deleted keys."""
    from supportloop.adapters.runtime.changelogs import changelog_specs
    from supportloop.adapters.runtime.faust_app import ServiceApp
    from supportloop.settings import KafkaSettings, ServiceSettings

    service = ServiceApp("resolver", KafkaSettings(topic_prefix="cfg."), ServiceSettings())
    service.ticket_table("resolver-ledger")
    [spec] = changelog_specs(service.app, 6)
    assert spec.config() == {
        "cleanup.policy": "compact",
        "segment.ms": "86400000",
        "delete.retention.ms": "86400000",
    }
