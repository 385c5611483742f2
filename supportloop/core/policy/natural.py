"""Conditions in a support lead's words, rewritten deterministically to the canonical form.

``order total is at most 100``, ``the order total is no more than $100``, ``days since order
is at most thirty``, ``within 30 days of ordering``, ``the order has not shipped``,
``requested frequency weeks is between 1 and 12`` … each becomes the canonical condition(s)
``policy explain`` prints (``order_total is at most 100``, ``days_since_order is at most 30``,
``fulfillment_status is unfulfilled`` …). Nothing here guesses: a phrase is either in these
tables or left as written, and the compiler then says what it cannot read and which fact
name is closest ("did you mean `order_total`?").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from supportloop.core.policy.vocabulary import FACTS

# Another name a support lead may use for a fact (words joined by "_", articles dropped).
FACT_SYNONYMS: dict[str, str] = {
    "order_value": "order_total", "order_amount": "order_total", "total": "order_total",
    "order_price": "order_total", "total_price": "order_total", "order_sum": "order_total",
    "refundable_amount": "refund_amount", "amount_to_refund": "refund_amount",
    "refund_value": "refund_amount", "refund": "refund_amount",
    "days_since_ordering": "days_since_order", "days_since_purchase": "days_since_order",
    "days_since_the_order": "days_since_order", "order_age_in_days": "days_since_order",
    "order_age": "days_since_order", "days_since_order_was_placed": "days_since_order",
    "hours_since_ordering": "hours_since_order", "hours_since_purchase": "hours_since_order",
    "hours_since_the_order": "hours_since_order",
    "days_since_delivered": "days_since_delivery", "days_since_the_delivery": "days_since_delivery",
    "number_of_items": "line_item_count", "item_count": "line_item_count",
    "number_of_line_items": "line_item_count", "line_items": "line_item_count",
    "shipping_status": "fulfillment_status", "shipment_status": "fulfillment_status",
    "fulfilment_status": "fulfillment_status", "delivery_status": "fulfillment_status",
    "subscription_state": "subscription_status",
    "new_frequency": "requested_frequency_weeks",
    "requested_frequency": "requested_frequency_weeks",
    "frequency_in_weeks": "requested_frequency_weeks",
    "new_frequency_in_weeks": "requested_frequency_weeks",
    "vip": "customer_vip", "customer_is_vip": "customer_vip",
}  # fmt: skip

# (operator words, canonical operator words); longest first so "is not more than" wins.
_OPERATORS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [
            ("is at most", "is at most"), ("is no more than", "is at most"),
            ("is not more than", "is at most"), ("is up to", "is at most"),
            ("is less than or equal to", "is at most"), ("is at or below", "is at most"),
            ("is under or equal to", "is at most"), ("does not exceed", "is at most"),
            ("<=", "is at most"), ("≤", "is at most"),
            ("is at least", "is at least"), ("is no less than", "is at least"),
            ("is not less than", "is at least"), ("is greater than or equal to", "is at least"),
            ("is more than or equal to", "is at least"), ("is at or above", "is at least"),
            (">=", "is at least"), ("≥", "is at least"),
            ("is more than", "is more than"), ("is greater than", "is more than"),
            ("is over", "is more than"), ("is above", "is more than"),
            ("exceeds", "is more than"), (">", "is more than"),
            ("is less than", "is less than"), ("is fewer than", "is less than"),
            ("is under", "is less than"), ("is below", "is less than"), ("<", "is less than"),
            ("is one of", "is one of"), ("is any of", "is one of"), ("is either", "is one of"),
            ("is not", "is not"), ("is not equal to", "is not"),
            ("does not equal", "is not"), ("!=", "is not"),
            ("is equal to", "is"), ("equals", "is"), ("==", "is"), ("=", "is"), ("is", "is"),
        ],
        key=lambda pair: -len(pair[0]),
    )
)  # fmt: skip

_UNITS = {
    "ones": 1, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "zero": 0, "none": 0, "no": 0,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000}
_DURATION = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0}  # in days
_CURRENCY = re.compile(
    r"^(?:[$€£]|usd|eur|gbp)?\s*(?P<n>.+?)\s*(?:dollars?|euros?|pounds?|usd|eur|gbp|bucks)?$"
)
_ARTICLES = ("the ", "a ", "an ", "its ", "their ")


def _words_number(text: str) -> float | None:
    """``thirty`` → 30, ``twenty-five`` → 25, ``one hundred`` → 100, ``1,000`` → 1000."""
    cleaned = text.strip().lower().replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
    total = current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", cleaned):
        if word in ("and", ""):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1.0) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def parse_number(text: str, fact: str) -> str | None:
    """A number, an amount or a duration in words, in the fact's unit (days_*/hours_*/…)."""
    raw = text.strip().lower().rstrip(".")
    duration = re.fullmatch(r"(?P<n>.+?)\s+(?P<unit>hour|day|week|month)s?", raw)
    if duration:
        amount = _words_number(duration["n"])
        if amount is None:
            return None
        days = amount * _DURATION[duration["unit"]]
        if fact.startswith("hours_"):
            return _fmt(round(days * 24, 4))
        if fact.startswith("days_"):
            return _fmt(round(days, 4))
        if fact.endswith("_weeks"):
            return _fmt(round(days / 7, 4))
        return None  # a duration for a fact that is not one
    money = _CURRENCY.fullmatch(raw)
    amount = _words_number(money["n"]) if money else None
    return _fmt(amount) if amount is not None else None


def _strip_articles(text: str) -> str:
    lowered = text.strip()
    changed = True
    while changed:
        changed = False
        for article in _ARTICLES:
            if lowered.lower().startswith(article):
                lowered = lowered[len(article) :].strip()
                changed = True
    return lowered


def fact_name(phrase: str) -> str | None:
    """``order total`` / ``the order value`` / ``Days-Since-Order`` → the fact, or None."""
    key = "_".join(re.findall(r"[a-z0-9]+", _strip_articles(phrase).lower()))
    if key in FACTS:
        return key
    synonym = FACT_SYNONYMS.get(key)
    return synonym if synonym in FACTS else None


def did_you_mean(name: str, candidates: Iterable[str] | None = None) -> str | None:
    """The closest known fact (or other name) to a misspelt one."""
    key = "_".join(re.findall(r"[a-z0-9]+", _strip_articles(name).lower()))
    pool = list(candidates) if candidates is not None else [*FACTS, *FACT_SYNONYMS]
    found = difflib.get_close_matches(key, pool, n=1, cutoff=0.72)
    if not found:
        return None
    return FACT_SYNONYMS.get(found[0], found[0]) if candidates is None else found[0]


# Whole-sentence conditions: (pattern, canonical with {neg} for the negated variant).
_NOT = r"(?P<neg>not |n't |no longer |never )?"
_PHRASES: tuple[tuple[str, str, str], ...] = (
    # pattern, canonical when affirmative, canonical when negated
    (rf"order (?:is |was |has been |can be )?{_NOT}found", "order_found is true",
     "order_found is false"),
    (r"order exists", "order_found is true", "order_found is false"),
    (rf"order (?:does |is |was )?{_NOT}(?:belongs? to|owned by) the customer",
     "order_owned_by_customer is true", "order_owned_by_customer is false"),
    (rf"customer (?:does |did )?{_NOT}owns? the order", "order_owned_by_customer is true",
     "order_owned_by_customer is false"),
    (rf"order (?:is |was |has |has been )?{_NOT}(?:been )?cancell?ed",
     "order_cancelled is true", "order_cancelled is false"),
    (rf"order (?:is |has |was )?{_NOT}(?:yet )?(?:been )?(?:shipped|fulfill?ed|sent)(?: yet)?",
     "fulfillment_status is one of in_transit, delivered", "fulfillment_status is unfulfilled"),
    (r"order is (?:unshipped|unfulfill?ed)", "fulfillment_status is unfulfilled", ""),
    (r"order (?:is )?(?:in transit|on its way)", "fulfillment_status is in_transit", ""),
    (rf"order (?:is |was |has |has been )?{_NOT}(?:been )?delivered",
     "fulfillment_status is delivered", "fulfillment_status is one of unfulfilled, in_transit"),
    (rf"(?:shipment|parcel|package|delivery) (?:is |was )?{_NOT}late", "shipment_late is true",
     "shipment_late is false"),
    (rf"order (?:is |was |has |has been )?{_NOT}(?:already )?(?:been )?refunded",
     "already_refunded is true", "already_refunded is false"),
    (rf"order (?:has |contains |includes ){_NOT}(?:any )?final[- ]sale items?",
     "has_final_sale_items is true", "has_final_sale_items is false"),
    (r"order (?:has |contains |includes )no final[- ]sale items?",
     "has_final_sale_items is false", ""),
    (rf"return (?:does |has |is )?{_NOT}(?:already )?(?:exists?|been opened|open)",
     "return_exists is true", "return_exists is false"),
    (r"(?:there is )?no return(?: exists| is open| has been opened)?(?: yet)?",
     "return_exists is false", ""),
    (r"(?:customer (?:gave|gives|provided|provides) a new address|new address is "
     r"(?:given|provided))", "new_address_provided is true", ""),
    (rf"customer is {_NOT}(?:a )?vip", "customer_vip is true", "customer_vip is false"),
    (rf"customer (?:has )?{_NOT}opted in(?: to automation)?", "automation_opt_in is true",
     "automation_opt_in is false"),
    (rf"customer (?:does )?{_NOT}(?:has|have) an account", "account_found is true",
     "account_found is false"),
    (rf"account (?:is |was )?{_NOT}found", "account_found is true", "account_found is false"),
    (rf"customer (?:does )?{_NOT}(?:has|have) a subscription", "subscription_found is true",
     "subscription_found is false"),
    (rf"subscription (?:is |was )?{_NOT}found", "subscription_found is true",
     "subscription_found is false"),
    (r"subscription is (?P<v>active|paused|cancelled)", "subscription_status is {v}", ""),
    (r"(?:an )?order number is (?:given|named|provided)", "order_reference_given is true", ""),
    (r"new e-?mail (?:address )?is (?:given|provided)", "new_email_provided is true", ""),
    (r"new e-?mail (?:address )?is (?:available|free|unused)", "new_email_available is true", ""),
)  # fmt: skip

_WITHIN = re.compile(
    r"^(?:(?:request|ticket|message|it|customer) (?:is |was |comes |came |asks |asked |writes "
    r"|wrote )?)?(?:within|inside|in the first|no later than) (?P<amount>.+?) "
    r"(?:of|after|from|since) (?P<since>.+)$"
)
_WITHIN_ALONE = re.compile(
    r"^(?:(?:request|ticket|message|it) (?:is |was |comes |came )?)?within (?P<amount>.+?)$"
)
_SINCE_FACT = {
    "ordering": "order", "order": "order", "the order": "order", "purchase": "order",
    "the purchase": "order", "buying": "order", "checkout": "order", "the order date": "order",
    "delivery": "delivery", "the delivery": "delivery", "receiving it": "delivery",
    "receipt": "delivery", "the order arriving": "delivery", "arrival": "delivery",
}  # fmt: skip
_BETWEEN = re.compile(r"\bbetween\s+(.+?)\s+and\s+(.+?)(?=\s+and\s+|$)", re.IGNORECASE)


def protect_between(text: str) -> str:
    """``x is between 1 and 12`` survives the split on ``and`` (as ``… between 1 ~and~ 12``)."""
    return _BETWEEN.sub(lambda m: f"between {m[1]} ~and~ {m[2]}", text)


def _within(clause: str) -> list[str] | None:
    match = _WITHIN.match(clause)
    since = "order"
    if match:
        since_key = _SINCE_FACT.get(_strip_articles(match["since"]).lower()) or _SINCE_FACT.get(
            match["since"].lower()
        )
        if since_key is None:
            return None
        since = since_key
    else:
        match = _WITHIN_ALONE.match(clause)
        if not match:
            return None
    amount = match["amount"]
    unit = re.search(r"(hour|day|week|month)s?$", amount)
    if unit is None:
        return None
    fact = "hours_since_order" if unit[1] == "hour" and since == "order" else f"days_since_{since}"
    value = parse_number(amount, fact)
    return None if value is None else [f"{fact} is at most {value}"]


def _value(fact: str, raw: str) -> str:
    spec = FACTS[fact]
    text = raw.strip().rstrip(".").strip()
    if spec.type == "number":
        return parse_number(text, fact) or text
    if spec.type == "bool":
        lowered = text.lower()
        return {"yes": "true", "no": "false"}.get(lowered, lowered)
    words = [w.strip() for w in re.split(r",|\s+or\s+", text) if w.strip()]
    joined = ["_".join(_strip_articles(w).lower().split()) for w in words]
    return ", ".join(joined)


def _expand(clause: str) -> str:
    text = " ".join(clause.strip().rstrip(".").split())
    text = re.sub(r"\b(can|won)'t\b", lambda m: "can not" if m[1] == "can" else "will not", text)
    return re.sub(r"n't\b", " not", text)


def operator_left(clause: str) -> str | None:
    """The words before the clause's comparison (its fact, if it has one), or None."""
    text = _expand(clause)
    for words, _ in _OPERATORS:
        at = _find_operator(text, words)
        if at is not None:
            return text[:at].strip() or None
    return None


def rewrite(clause: str) -> list[str] | None:
    """The canonical condition(s) for one clause in plain English, or None (left as is)."""
    text = _expand(clause)
    lowered = _strip_articles(text).lower()
    for pattern, affirmative, negated in _PHRASES:
        match = re.fullmatch(pattern, lowered)
        if match:
            neg = match.groupdict().get("neg")
            chosen = negated if neg else affirmative
            if not chosen:
                continue
            return [chosen.format(**{k: v for k, v in match.groupdict().items() if v})]
    within = _within(lowered)
    if within is not None:
        return within
    for words, canonical in _OPERATORS:
        at = _find_operator(text, words)
        if at is None:
            continue
        left, right = text[:at].strip(), text[at + len(words) :].strip()
        fact = fact_name(left)
        if fact is None or not right:
            return None
        between = re.fullmatch(r"between (.+?) ~and~ (.+)", right, re.IGNORECASE)
        if between and canonical == "is":
            low, high = _value(fact, between[1]), _value(fact, between[2])
            return [f"{fact} is at least {low}", f"{fact} is at most {high}"]
        return [f"{fact} {canonical} {_value(fact, right)}"]
    return None


def _find_operator(text: str, words: str) -> int | None:
    """Where the operator words start in the clause (whole words, case-insensitive)."""
    if re.fullmatch(r"[<>=!≤≥]+", words):
        match = re.search(rf"\s{re.escape(words)}\s", text)
    else:
        match = re.search(rf"(?<![\w'])\s*{re.escape(words)}(?![\w'])", text, re.IGNORECASE)
    if match is None or match.start() == 0:
        return None
    return match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
