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
    replies_dir: Path = Path("replies")  # <locale>/<action>.j2 and brand.yaml
    store_url: str = "http://127.0.0.1:8765"
    commerce_url: str | None = None
    helpdesk_url: str | None = None
    subscriptions_url: str | None = None
    accounts_url: str | None = None
    commerce_token: SecretStr | None = None
    # Shopify GraphQL Admin API version (supported: 2026-01, 2026-04, 2026-07, 2026-10)
    commerce_api_version: str = Field(default="2026-10", pattern=r"^\d{4}-(01|04|07|10)$")
    helpdesk_token: SecretStr | None = None
    subscriptions_token: SecretStr | None = None
    read_only: bool = False
    retry_attempts: int = Field(default=3, ge=1, le=20)
    retry_backoff_s: float = Field(default=0.2, ge=0.0, le=60.0)
    timeout_s: float = Field(default=10.0, gt=0.0, le=120.0)
    max_ai_turns: int = Field(
        default=3,
        ge=1,
        le=50,
        description="a ticket's customer messages the AI answers live; a later one goes to a "
        "person with the thread",
    )
