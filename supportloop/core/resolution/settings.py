"""Resolver settings, read from SUPPORTLOOP_RESOLVER_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ResolverSettings(BaseSettings):
    """Where the policies, knowledge base and external systems are. ``store_url`` is the
    embedded demo store; each ``*_url`` overrides it for one system (a real shop, helpdesk…)."""

    model_config = SettingsConfigDict(
        env_prefix="SUPPORTLOOP_RESOLVER_", env_file=".env", extra="ignore"
    )

    policies_dir: Path = Path("policies")
    kb_dir: Path = Path("knowledge_base")
    store_url: str = "http://127.0.0.1:8765"
    commerce_url: str | None = None
    helpdesk_url: str | None = None
    subscriptions_url: str | None = None
    accounts_url: str | None = None
    commerce_token: SecretStr | None = None
    helpdesk_token: SecretStr | None = None
    subscriptions_token: SecretStr | None = None
    read_only: bool = False
    retry_attempts: int = Field(default=3, ge=1, le=20)
    retry_backoff_s: float = Field(default=0.2, ge=0.0, le=60.0)
    timeout_s: float = Field(default=10.0, gt=0.0, le=120.0)
