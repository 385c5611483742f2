"""The category model artefact: hashed TF-IDF features, a linear layer, a softmax temperature.

Stored as ``manifest.json`` (version, classes, feature settings, temperature, training figures)
and ``weights.npz`` in one directory. Loading needs numpy and scipy only, not scikit-learn.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from supportloop.core.classification.features import (
    FeatureConfig,
    Vocabulary,
    linear_scores,
    transform,
)
from supportloop.errors import ConfigurationError

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
WEIGHTS = "weights.npz"
# Up to this many texts, scores come from the non-zero features directly (half the time of
# scipy's sparse product for one ticket); larger batches amortise the sparse matrices.
SMALL_BATCH = 16
F32 = npt.NDArray[np.float32]


def default_model_dir() -> Path:
    return Path(str(resources.files(__package__).joinpath("model")))


@dataclass(frozen=True)
class CategoryModel:
    version: str
    classes: tuple[str, ...]
    config: FeatureConfig
    vocabs: tuple[Vocabulary, Vocabulary]
    coef: F32
    intercept: F32
    temperature: float
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def thresholds(self) -> dict[str, float]:
        """Per-category confidence thresholds chosen with the model (``info.thresholds``)."""
        raw = self.info.get("thresholds") or {}
        return {str(k): float(v) for k, v in raw.items()} if isinstance(raw, dict) else {}

    def scores(self, texts: Sequence[str], normalised: bool = False) -> F32:
        if len(texts) <= SMALL_BATCH:
            # the service classifies a ticket at a time: skip building sparse matrices
            scores = linear_scores(texts, self.config, self.vocabs, self.coef, normalised)
            return scores + self.intercept
        features = transform(texts, self.config, self.vocabs, normalised)
        return np.asarray(features @ self.coef, dtype=np.float32) + self.intercept

    def predict_proba(self, texts: Sequence[str], normalised: bool = False) -> F32:
        return softmax(self.scores(texts, normalised), self.temperature)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            directory / WEIGHTS,
            word_buckets=self.vocabs[0].buckets,
            word_idf=self.vocabs[0].idf,
            char_buckets=self.vocabs[1].buckets,
            char_idf=self.vocabs[1].idf,
            coef=self.coef.astype(np.float16),
            intercept=self.intercept,
        )
        manifest = {
            "format": FORMAT_VERSION,
            "version": self.version,
            "classes": list(self.classes),
            "features": asdict(self.config),
            "temperature": self.temperature,
            "info": self.info,
        }
        (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")

    @classmethod
    def load(cls, directory: Path | None = None) -> CategoryModel:
        directory = directory or default_model_dir()
        try:
            manifest = json.loads((directory / MANIFEST).read_text("utf-8"))
            weights = np.load(directory / WEIGHTS)
        except (OSError, ValueError) as exc:
            raise ConfigurationError(
                f"cannot load the category model from {directory}: {exc}"
            ) from exc
        if manifest.get("format") != FORMAT_VERSION:
            raise ConfigurationError(
                f"{directory}: unknown model format {manifest.get('format')!r}"
            )
        features = dict(manifest["features"])
        features["char_sizes"] = tuple(features["char_sizes"])
        return cls(
            version=str(manifest["version"]),
            classes=tuple(manifest["classes"]),
            config=FeatureConfig(**features),
            vocabs=(
                Vocabulary(weights["word_buckets"], weights["word_idf"]),
                Vocabulary(weights["char_buckets"], weights["char_idf"]),
            ),
            coef=weights["coef"].astype(np.float32),
            intercept=weights["intercept"].astype(np.float32),
            temperature=float(manifest["temperature"]),
            info=dict(manifest.get("info", {})),
        )


def softmax(scores: F32, temperature: float) -> F32:
    scaled = scores / np.float32(temperature)
    scaled -= scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return np.asarray(exp / exp.sum(axis=1, keepdims=True), dtype=np.float32)
