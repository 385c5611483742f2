"""How long a subscription change is asked for: "pause for two months", "start again in
August", "until the 15th of September", "skip the next two deliveries". Deterministic; the
dates are measured from the ticket's ``created_at`` so a replay reads the same."""

from __future__ import annotations

import re
from datetime import date, timedelta

_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "a couple of": 2,
    "a few": 3, "next": 1,
}  # fmt: skip
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_COUNT = r"(\d{1,2}|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_FOR = re.compile(rf"\bfor\s+(?:the\s+next\s+)?{_COUNT}\s+(day|week|month)s?\b")
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_UNTIL_WORDS = r"until|till|til|back in|again in|resume in|restart in|start(?:ing)? again in"
_ROUGHLY = r"(?:(?:early|mid|the start of|the beginning of)\s+)?(?:the\s+)?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_UNTIL = re.compile(
    rf"\b(?:{_UNTIL_WORDS})\s+{_ROUGHLY}"
    rf"(?:{_DAY}\s+(?:of\s+)?({_MONTH})\b|({_MONTH})\b(?:\s+{_DAY}\b)?)"
)
_SKIP = re.compile(
    rf"\bskip\s+(?:the\s+)?(?:next\s+)?{_COUNT}\s+(?:deliver|shipment|order|box|charge|month)"
)


def _count(raw: str) -> int:
    return int(raw) if raw.isdigit() else _COUNTS[raw]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def requested_resume_date(text: str, today: date) -> date | None:
    """The date the customer wants deliveries to start again, if they said one: a month (the
    1st of its next occurrence), a day of a month, or a duration from ``today``."""
    lowered = text.lower()
    until = _UNTIL.search(lowered)
    if until is not None:
        day_first, month_a, month_b, day_after = until.groups()
        month = _MONTHS[month_a or month_b]
        day = int(day_first or day_after or 1)
        year = today.year
        try:
            wanted = date(year, month, day)
            if wanted <= today:
                wanted = date(year + 1, month, day)
        except ValueError:
            return None
        return wanted
    duration = _FOR.search(lowered)
    if duration is not None:
        count, unit = _count(duration.group(1)), duration.group(2)
        if unit == "day":
            return today + timedelta(days=count)
        if unit == "week":
            return today + timedelta(weeks=count)
        return _add_months(today, count)
    return None


def requested_skip_count(text: str) -> int:
    """Deliveries to skip: "skip the next two deliveries" → 2; a plain "skip" → 1."""
    match = _SKIP.search(text.lower())
    return _count(match.group(1)) if match else 1
