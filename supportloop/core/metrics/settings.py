"""Settings of the weekly book and the CSAT circuit breaker (SUPPORTLOOP_METRICS_* variables)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class MetricsSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SUPPORTLOOP_METRICS_", env_file=".env", extra="ignore"
    )

    breaker_min_sample: int = Field(
        default=20, ge=1, description="AI CSAT ratings needed in each of the two weeks compared"
    )
    breaker_drop_points: float = Field(
        default=10.0, gt=0.0, le=100.0, description="week-over-week AI CSAT drop that pauses"
    )
    breaker_max_p_value: float = Field(
        default=0.001,
        gt=0.0,
        le=1.0,
        description="one-sided p-value the drop must reach (Welch z-test); 1.0 = no check",
    )
    breaker_lookback_weeks: int = Field(
        default=2,
        ge=1,
        le=8,
        description="weeks back the breaker may go for a baseline with the minimum sample",
    )
    retained_weeks: int = Field(default=12, ge=2, le=104, description="weeks kept in memory")
    exposed_weeks: int = Field(default=2, ge=1, le=12, description="weeks exported to Prometheus")
    max_categories: int = Field(default=64, ge=1, le=1_000)
    ticket_cache_size: int = Field(default=100_000, ge=100, description="tickets joined at once")
    ticket_ttl_hours: float = Field(default=14 * 24, gt=0.0, description="event time a join waits")
    seen_event_ids: int = Field(default=200_000, ge=100, description="event ids kept for dedup")
    kb_questions_per_week: int = Field(
        default=50, ge=0, le=1_000, description="distinct gap questions kept per week × category"
    )
