"""Deterministic reading of what a ticket asks for (order number, new address, item, the
subscription or account change). These pick parameters; they never decide: the policy does."""

from __future__ import annotations

import re
from collections.abc import Iterable

_ORDER_HASH = re.compile(r"#\s?(\d{4,6})\b")
_ORDER_WORD = re.compile(r"\border\s+(?:number\s+|no\.?\s+)?(\d{4,6})\b", re.IGNORECASE)
_NEW_ADDRESS = re.compile(r"new address:\s*(.+)", re.IGNORECASE)
_US_ADDRESS = re.compile(
    r"^(?P<street>[^,]+),\s*(?P<city>[^,]+),\s*(?P<state>[A-Z]{2})\s+(?P<zip>\d{5})$"
)
# "change the shipping address … to 12 Elm Street, Springfield, IL 62704": a US address
# (street starting with its number) right after "to"/"is"/"at", in a message about an address.
_ADDRESS_TO = re.compile(r"\b(?:to|is|at):?\s+(\d+[^,\n]*,\s*[^,\n]+,\s*[A-Z]{2}\s+\d{5})(?![\d-])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_EVERY_WEEKS = re.compile(r"every\s+(\d{1,2}|one|two|three|four|five|six|eight)\s+weeks?", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8}


def order_reference(text: str) -> str | None:
    match = _ORDER_HASH.search(text) or _ORDER_WORD.search(text)
    return match.group(1) if match else None


def new_address(text: str) -> dict[str, str] | None:
    match = _NEW_ADDRESS.search(text)
    if not match and "address" in text.lower():
        match = _ADDRESS_TO.search(text)
    if not match:
        return None
    parts = _US_ADDRESS.match(match.group(1).strip().rstrip("."))
    if not parts:
        return None
    return {
        "address1": parts["street"].strip(),
        "city": parts["city"].strip(),
        "province_code": parts["state"],
        "zip": parts["zip"],
        "country_code": "US",
    }


def requested_edit(text: str) -> str:
    lowered = text.lower()
    if re.search(r"\bsize\b|\bto an? (xs|s|m|l|xl)\b|\bswitch\b", lowered):
        return "change_variant"
    if re.search(r"\bremove\b|\btake .+ off\b|\bdrop\b", lowered):
        return "remove_item"
    return "none"


def requested_subscription_change(text: str) -> str:
    lowered = text.lower()
    if re.search(r"\bskip", lowered):
        return "skip"
    if re.search(r"\bpause\b|\bon hold\b", lowered):
        return "pause"
    if _EVERY_WEEKS.search(lowered) or "frequency" in lowered or "less often" in lowered:
        return "frequency"
    if re.search(r"\bswap\b|\bswitch\b|\binstead\b|\bchange my coffee\b", lowered):
        return "swap"
    return "unknown"


def requested_weeks(text: str) -> int | None:
    match = _EVERY_WEEKS.search(text)
    if not match:
        return None
    raw = match.group(1).lower()
    return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]


def emails_other_than(text: str, own: str) -> list[str]:
    return [e.lower() for e in _EMAIL.findall(text) if e.lower() != own.lower()]


def requested_account_action(text: str, own_email: str) -> str:
    lowered = text.lower()
    if emails_other_than(text, own_email):
        return "email_change"
    if re.search(r"password|log ?in|locked out|reset", lowered):
        return "password_reset"
    return "unknown"


def question_of(body: str) -> str:
    """The sentences that ask something, without greetings and sign-offs."""
    questions = [s.strip() for s in re.findall(r"[^.!?\n]*\?", body) if len(s.split()) >= 3]
    return " ".join(questions) if questions else body.strip()


def product_named(text: str, titles: Iterable[str]) -> str | None:
    """The catalogue title the text names (the longest, when one contains another), matched
    as whole words, case aside: "the everyday chino in 32" → "Everyday Chino"."""
    folded = text.casefold()
    named = [
        t for t in titles
        if t.strip() and re.search(rf"(?<!\w){re.escape(t.casefold())}(?!\w)", folded)
    ]  # fmt: skip
    return max(named, key=len) if named else None
