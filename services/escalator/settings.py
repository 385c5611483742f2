"""Escalator settings (SUPPORTLOOP_ESCALATOR_*). The helpdesk defaults to the resolver's
(SUPPORTLOOP_RESOLVER_HELPDESK_URL, else SUPPORTLOOP_RESOLVER_STORE_URL), so one helpdesk
setting serves both services."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from supportloop.core.resolution import ResolverSettings


class EscalatorSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SUPPORTLOOP_ESCALATOR_", env_file=".env", extra="ignore"
    )

    helpdesk_url: str | None = None
    helpdesk_token: SecretStr | None = None
    retry_attempts: int = Field(default=3, ge=1, le=20)
    retry_backoff_s: float = Field(default=0.2, ge=0.0, le=60.0)
    timeout_s: float = Field(default=10.0, gt=0.0, le=120.0)
    sla_check_interval_s: float = Field(
        default=30.0, gt=0.0, le=3600.0, description="how often breached hand-offs are checked"
    )

    def helpdesk(self, resolver: ResolverSettings | None = None) -> tuple[str, SecretStr | None]:
        """(base URL, token) of the helpdesk, falling back to the resolver's settings."""
        if self.helpdesk_url:
            return self.helpdesk_url, self.helpdesk_token
        r = resolver or ResolverSettings()
        return r.helpdesk_url or r.store_url, self.helpdesk_token or r.helpdesk_token
