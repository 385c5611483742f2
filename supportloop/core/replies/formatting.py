"""Money, dates and numbers the way the customer's locale writes them (CLDR via Babel).

"$12.50" in en, "12,50 €" in de/fr/es: ``format_currency`` picks the symbol, its place and
the separators from the locale. Dates are the locale's *full* date pattern without the year
("Monday, December 7", "lunes, 7 de diciembre", "Montag, 7. Dezember"), which is what the
English replies said before templates were files.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

_YEAR = re.compile(r"[,\s]*(?:'de'\s*)?y+\.?$")


class FormatError(ValueError):
    pass


@lru_cache(maxsize=64)
def locale(code: str) -> Locale:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError) as error:
        raise FormatError(f"unknown locale {code!r}") from error


@lru_cache(maxsize=64)
def _day_pattern(code: str) -> str:
    return _YEAR.sub("", locale(code).date_formats["full"].pattern)


def as_amount(value: object) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise FormatError(f"not an amount: {value!r}")
    try:
        amount = Decimal(str(value))
    except InvalidOperation as error:
        raise FormatError(f"not an amount: {value!r}") from error
    if not amount.is_finite():
        raise FormatError(f"not an amount: {value!r}")
    return amount


def money(value: object, currency: str, code: str) -> str:
    return format_currency(as_amount(value), currency, locale=locale(code))


def number(value: object, code: str) -> str:
    return format_decimal(as_amount(value), locale=locale(code))


def as_day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError as error:
            raise FormatError(f"not a date: {value!r}") from error
    raise FormatError(f"not a date: {value!r}")


def day(value: object, code: str) -> str:
    return format_date(as_day(value), _day_pattern(code), locale=locale(code))
