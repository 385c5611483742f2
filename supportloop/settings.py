"""Runtime configuration, read from SUPPORTLOOP_* environment variables (or a .env file)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseSettings):
    """How to reach Kafka. Any cluster works: the local one, Strimzi, MSK, Confluent Cloud."""

    model_config = SettingsConfigDict(
        env_prefix="SUPPORTLOOP_KAFKA_", env_file=".env", extra="ignore"
    )

    bootstrap_servers: str = "127.0.0.1:9092"
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    topic_prefix: str = ""
    partitions: int = Field(default=6, ge=1, le=10_000)
    replication_factor: int = Field(default=1, ge=1, le=10)
    # Static group membership (KIP-345): a worker that restarts under the same id within the
    # session timeout gets its partitions back without a rebalance. Only for workers with a
    # stable identity (a StatefulSet ordinal, a fixed host), unique per worker of a service:
    # a Deployment's pods get new names, and a static member that is gone for good keeps
    # its partitions idle until the session timeout. Unset: dynamic membership.
    group_instance_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9._-]{1,200}$")


class ServiceSettings(BaseSettings):
    """Settings every service shares. Per-service ports come from SUPPORTLOOP_WEB_PORT."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTLOOP_", env_file=".env", extra="ignore")

    web_host: str = "127.0.0.1"
    web_port: int | None = Field(default=None, ge=0, le=65535)
    data_dir: Path = Path(".run/data")
    store: str = "memory://"
    log_level: Literal["debug", "info", "warning", "error"] = "warning"
    retry_attempts: int = Field(default=3, ge=1, le=20)
    retry_backoff_s: float = Field(default=0.2, ge=0.0, le=60.0)
    # Webhooks fail closed: without a (non-empty) secret they answer 503 to every request,
    # unless webhook_allow_unsigned (development only: anyone who reaches them can post).
    webhook_secret: SecretStr | None = None
    webhook_allow_unsigned: bool = False
    # A signature timestamp further than this from our clock (past or future) → 401.
    webhook_timestamp_tolerance_s: int = Field(default=300, ge=1, le=86_400)
    webhook_max_body_bytes: int = Field(default=1_000_000, ge=1_024, le=100_000_000)
    webhook_max_json_depth: int = Field(default=64, ge=2, le=500)
    # Every consumer refuses a message over these limits before parsing it: it dead-letters
    # it (too_large, too_deep, ticket_too_long), or counts and skips it as an observer.
    # The services' producers may send max(max_message_bytes, 1,000,000) bytes: keep that at
    # most the broker's message.max.bytes (Kafka's default is 1,048,588).
    max_message_bytes: int = Field(default=1_000_000, ge=4_096, le=100_000_000)
    max_json_depth: int = Field(default=64, ge=8, le=500)
    # Longest ticket body accepted; the event schema's 50,000 (events.Ticket.body) is the cap.
    max_ticket_text_chars: int = Field(default=50_000, ge=1, le=50_000)
    # Ticket table entries are deleted this long after their last write. Longer than the 14
    # days the ticket topics keep a message (core.state_lifetime.REDELIVERY_REACH): a message
    # handed to a service again still finds what was done for it.
    state_ttl_days: int = Field(default=21, gt=14, le=3650)


DEFAULT_WEB_PORTS = {"classifier": 6066, "resolver": 6067, "escalator": 6068, "metrics": 6069}


HELPDESKS = ("zendesk", "gorgias")


class HelpdeskSettings(BaseSettings):
    """Which helpdesk the resolver and the escalator act on (SUPPORTLOOP_HELPDESK), and the
    Gorgias account when it is Gorgias. Zendesk's URL and token are the resolver's
    (SUPPORTLOOP_RESOLVER_HELPDESK_URL / _TOKEN, or the escalator's own)."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTLOOP_", env_file=".env", extra="ignore")

    # zendesk | gorgias; checked by supportloop.adapters.connectors.helpdesks (a
    # ConfigurationError naming the setting, not a validation trace)
    helpdesk: str = "zendesk"
    # https://{domain}.gorgias.com; unset: the demo store's Gorgias emulation
    # (SUPPORTLOOP_RESOLVER_STORE_URL + /gorgias)
    gorgias_url: str | None = None
    gorgias_user: str | None = None  # the e-mail of the user the REST API key belongs to
    gorgias_api_key: SecretStr | None = None
    # Gorgias HTTP integrations do not sign their requests: the escalator's
    # POST /webhooks/gorgias wants this value in the X-SupportLoop-Webhook-Token header;
    # unset, it answers 503 to every request (fail closed)
    gorgias_webhook_token: SecretStr | None = None
