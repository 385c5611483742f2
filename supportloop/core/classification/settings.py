"""Classifier settings from SUPPORTLOOP_CLASSIFIER_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from supportloop.core.classification.classifier import DEFAULT_CONFIDENCE_THRESHOLD


class ClassifierSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SUPPORTLOOP_CLASSIFIER_", env_file=".env", extra="ignore"
    )

    model_path: Path | None = None
    taxonomy_path: Path | None = None
    confidence_threshold: float = Field(default=DEFAULT_CONFIDENCE_THRESHOLD, ge=0.0, le=1.0)
    batch_size: int = Field(default=500, ge=1, le=100_000)
    claude_enabled: bool = False
    claude_model: str = "claude-sonnet-4-5"
    claude_timeout_s: float = Field(default=8.0, gt=0.0, le=120.0)
    claude_min_confidence: float = Field(default=0.7, ge=0.0, le=1.0)
    anthropic_api_key: SecretStr | None = None
