"""The category taxonomy: names, default tiers, and which categories always go to a human."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from supportloop.errors import ConfigurationError

FALLBACK_CATEGORY = "other"
ESCALATION_TIER = 3


@dataclass(frozen=True)
class CategorySpec:
    name: str
    tier: int
    upset_tier: int | None = None
    escalate: bool = False

    def tier_for(self, upset: bool) -> int:
        return self.upset_tier if upset and self.upset_tier is not None else self.tier


@dataclass(frozen=True)
class Taxonomy:
    categories: Mapping[str, CategorySpec]

    def __contains__(self, name: object) -> bool:
        return name in self.categories

    def spec(self, name: str) -> CategorySpec:
        return self.categories.get(name) or self.categories[FALLBACK_CATEGORY]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.categories)


def _spec(name: str, raw: Any) -> CategorySpec:
    if not isinstance(raw, Mapping):
        raise ConfigurationError(f"taxonomy: category {name!r} must be a mapping")
    unknown = set(raw) - {"tier", "upset_tier", "escalate"}
    if unknown:
        raise ConfigurationError(f"taxonomy: category {name!r} has unknown keys {sorted(unknown)}")
    tier: int = raw.get("tier")  # type: ignore[assignment]  # checked just below
    upset_tier: int | None = raw.get("upset_tier")
    for label, value in (("tier", tier), ("upset_tier", upset_tier)):
        if value is None and label == "upset_tier":
            continue
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 4:
            raise ConfigurationError(f"taxonomy: {name}.{label} must be an integer 1..4")
    return CategorySpec(name, tier, upset_tier, bool(raw.get("escalate", False)))


def parse_taxonomy(data: Any) -> Taxonomy:
    if not isinstance(data, Mapping) or not isinstance(data.get("categories"), Mapping):
        raise ConfigurationError("taxonomy: expected a mapping with a 'categories' mapping")
    categories = {str(n): _spec(str(n), raw) for n, raw in data["categories"].items()}
    if FALLBACK_CATEGORY not in categories:
        categories[FALLBACK_CATEGORY] = CategorySpec(FALLBACK_CATEGORY, 4, escalate=True)
    return Taxonomy(categories)


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read a YAML or JSON taxonomy; None means the packaged default."""
    if path is None:
        text = resources.files(__package__).joinpath("taxonomy.yaml").read_text("utf-8")
        return parse_taxonomy(yaml.safe_load(text))
    try:
        text = path.read_text("utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise ConfigurationError(f"taxonomy {path}: {exc}") from exc
    return parse_taxonomy(data)
