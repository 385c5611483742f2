"""``brand.yaml``: who is speaking in the replies and in which languages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from supportloop.errors import ConfigurationError

# The locales SupportLoop ships templates for; a brand may enable any subset.
SHIPPED_LOCALES = ("en", "es", "fr", "de", "it", "nl", "pt")
_LOCALE = re.compile(r"^[a-z]{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class BrandError(ConfigurationError):
    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


@dataclass(frozen=True)
class Brand:
    shop_name: str = "Fernhill & Co."
    sign_off: str = "Fernhill & Co."
    support_hours: str = "Monday to Friday, 9:00-17:00"
    default_locale: str = "en"
    enabled_locales: tuple[str, ...] = ("en",)
    currency: str = "USD"  # when an order does not say

    def locale_for(self, language: str | None) -> tuple[str, bool]:
        """The locale to answer in and whether it is a fallback (the customer's language
        is not enabled)."""
        wanted = (language or "").lower()[:2]
        if wanted in self.enabled_locales:
            return wanted, False
        return self.default_locale, wanted != self.default_locale

    def as_context(self) -> dict[str, str]:
        return {
            "shop_name": self.shop_name,
            "sign_off": self.sign_off,
            "support_hours": self.support_hours,
        }


def _text(data: Mapping[str, object], key: str, default: str, source: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise BrandError(source, f"{key} must be a non-empty string")
    if len(value) > 500:
        raise BrandError(source, f"{key} is longer than 500 characters")
    return value


def parse_brand(data: object, source: str = "brand.yaml") -> Brand:
    """Validate a parsed ``brand.yaml``; raise BrandError naming the key otherwise."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise BrandError(source, "expected a mapping of keys to values")
    known = {
        "shop_name", "sign_off", "support_hours", "default_locale", "enabled_locales",
        "currency",
    }  # fmt: skip
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        raise BrandError(source, f"unknown key(s): {', '.join(unknown)}")
    default = Brand()
    shop = _text(data, "shop_name", default.shop_name, source)
    sign_off = _text(data, "sign_off", shop, source)
    hours = _text(data, "support_hours", default.support_hours, source)
    locale = _text(data, "default_locale", default.default_locale, source)
    currency = _text(data, "currency", default.currency, source)
    if not _CURRENCY.match(currency):
        raise BrandError(source, f"currency must be an ISO 4217 code like USD, got {currency!r}")
    enabled_raw = data.get("enabled_locales", [locale])
    if not isinstance(enabled_raw, list) or not enabled_raw:
        raise BrandError(source, "enabled_locales must be a non-empty list")
    enabled: list[str] = []
    for item in enabled_raw:
        if not isinstance(item, str) or not _LOCALE.match(item):
            raise BrandError(source, f"locale {item!r} is not a two-letter code like 'es'")
        if item not in enabled:
            enabled.append(item)
    if not _LOCALE.match(locale):
        raise BrandError(source, f"default_locale {locale!r} is not a two-letter code")
    if locale not in enabled:
        raise BrandError(source, f"default_locale {locale!r} is not in enabled_locales")
    return Brand(shop, sign_off, hours, locale, tuple(enabled), currency)
