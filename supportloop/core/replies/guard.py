"""Whether a model's polished rewrite of a reply may be sent instead of the template's text.

Deterministic and strict: the template's text is built from looked-up facts, the rewrite is
not trusted with any of them. Every "fact token" of the original must appear unchanged in
the rewrite, as often, and the rewrite may not add one:

- URLs and e-mail addresses (exact strings);
- every token that contains a digit: amounts ("$12.50", "12,50"), dates' day numbers,
  order names ("#1001"), tracking numbers, percentages, counts;
- currency symbols and codes ("$", "€", "USD");
- month and weekday names of the reply's locale (CLDR), so "Monday, December 7" cannot
  become "Tuesday, December 7";
- code-like words (ALL CAPS, 3+ characters: "WELCOME", "SAVE10"), so no discount code can
  be invented;
- money and offer words (discount, coupon, voucher, gift, percent, dollars, euros … in the
  shipped languages; not "free", which "feel free to" uses): the rewrite may not use one
  more often than the original, so no offer written out in words ("a free gift", "ten
  percent off") can appear;

and the rewrite must be in the same language as the original (``detect_language``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from supportloop.core.classification.language import detect_language
from supportloop.core.replies import formatting

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_DIGIT_TOKEN = re.compile(r"[#]?[\w.,:/\-]*\d[\w.,:/\-%]*", re.UNICODE)
_CURRENCY = re.compile(r"[$€£¥₹₽₩₺₴₪฿]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|BRL|MXN)\b")
_CODE_WORD = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_OFFER_WORDS = frozenset(
    """discount discounts coupon coupons voucher vouchers code codes gift credit
    percent dollar dollars euro euros pound pounds cashback compensation promo promotion
    descuento descuentos cupon cupón gratis regalo codigo código credito crédito
    reembolso dolares dólares porciento compensacion compensación
    remise réduction reduction gratuit gratuite cadeau pourcent
    rabatt gutschein gutscheincode kostenlos gratis geschenk prozent gutschrift
    sconto buono codice omaggio regalo percento
    korting kortingscode tegoed cadeau gratis procent
    desconto cupom grátis brinde crédito código porcento""".split()  # noqa: SIM905 (a word list per language reads better than a literal)
)
_TRAILING = ".,;:!?)"
MAX_GROWTH = 3.0  # a polished reply longer than 3x the original is not a polish


@dataclass(frozen=True)
class GuardResult:
    ok: bool
    outcome: str  # accepted | rejected_facts | rejected_language | rejected_shape
    detail: str = ""


def _strip(token: str) -> str:
    return token.rstrip(_TRAILING)


@lru_cache(maxsize=16)
def _calendar_words(code: str) -> frozenset[str]:
    loc = formatting.locale(code)
    words: set[str] = set()
    for table in (loc.months["format"], loc.months["stand-alone"], loc.days["format"]):
        for name in table.get("wide", {}).values():
            # as CLDR writes them and capitalised (sentence start): English "May" counts,
            # "you may" does not
            for word in _WORD.findall(name):
                words.update({word, word[:1].upper() + word[1:]})
    return frozenset(words)


def fact_tokens(text: str, locale: str) -> Counter[str]:
    """The tokens of ``text`` the guard protects, with their counts."""
    tokens: Counter[str] = Counter()
    rest = text
    for pattern, kind in ((_URL, "url"), (_EMAIL, "email")):
        for match in pattern.findall(rest):
            tokens[f"{kind}:{_strip(match)}"] += 1
        rest = pattern.sub(" ", rest)
    for match in _DIGIT_TOKEN.findall(rest):
        token = _strip(match).lstrip(".,:/-")
        if token:
            tokens[f"value:{token}"] += 1
    for match in _CURRENCY.findall(rest):
        tokens[f"currency:{match}"] += 1
    for match in _CODE_WORD.findall(rest):
        tokens[f"code:{match}"] += 1
    calendar = _calendar_words(locale)
    for word in _WORD.findall(rest):
        if word in calendar:
            tokens[f"calendar:{word.lower()}"] += 1
        if word.lower() in _OFFER_WORDS:
            tokens[f"offer:{word.lower()}"] += 1
    return tokens


def _describe(counter: Counter[str]) -> str:
    return ", ".join(sorted(counter))


def check_polish(original: str, polished: str, locale: str) -> GuardResult:
    """Accept ``polished`` only if it keeps every fact token of ``original`` (same counts),
    adds none, and is written in the same language."""
    text = polished.strip()
    if not text:
        return GuardResult(False, "rejected_shape", "empty rewrite")
    if len(text) > MAX_GROWTH * max(len(original), 40):
        return GuardResult(False, "rejected_shape", "rewrite much longer than the reply")
    if "{{" in text or "{%" in text:
        return GuardResult(False, "rejected_shape", "rewrite contains template syntax")
    before, after = fact_tokens(original, locale), fact_tokens(text, locale)
    if before != after:
        dropped, added = before - after, after - before
        parts = []
        if dropped:
            parts.append(f"dropped or changed: {_describe(dropped)}")
        if added:
            parts.append(f"added: {_describe(added)}")
        return GuardResult(False, "rejected_facts", "; ".join(parts))
    # The reply's locale, or what the (coarse, word-count) detector makes of the original:
    # a short Dutch reply may read as French to it, and its rewrite must read the same.
    expected = {locale[:2], detect_language(original)[0]}
    got, share = detect_language(text)
    if share == 0:
        return GuardResult(False, "rejected_language", "no recognisable language in rewrite")
    if got not in expected:
        shown = "/".join(sorted(expected))
        return GuardResult(False, "rejected_language", f"rewrite is in {got}, not {shown}")
    return GuardResult(True, "accepted")
