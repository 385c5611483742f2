"""What part of an order a request is about.

Reads the line items the customer names (matched to the order's items by title, variant and
product type, tolerant of plurals, a typo and a few everyday synonyms), how many units of
each, the items they say to keep, whether the whole order is meant, and whether the request
is too vague to act on ("refund half", an item that is not on the order, two items that both
match). Deterministic, English wording for the keep/whole/vague cues (item names match in any
language, titles being the shop's); it picks parameters and never decides: a policy does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Unclear = Literal[
    "none", "vague_amount", "unknown_item", "ambiguous_item", "quantity_unclear", "amount_named"
]

# Words of a title that people also use for other things: they name an item only next to
# another word of the same title ("house blend", "wool socks"), never alone.
_COMMON = frozenset(
    """
    house water everyday sample sale single origin field crew camp loose leaf blend
    roast set pack throw hiking swiss organic soy canvas wool cotton linen stoneware
    ribbed waxed turkish merino weekender grey gray black white blue red green navy size
    small medium large lb oz the and of with for new classic original
    """.split()  # noqa: SIM905 - a word list reads better as prose
)
# Common title words that still name an item alone when nothing else does ("that one pack").
_ALONE = frozenset({"pack", "set", "blend", "roast"})
# Title words that name the kind of product, and what customers call them instead.
_SYNONYMS = {
    "tshirt": "tee", "t-shirt": "tee", "jumper": "sweater", "pullover": "sweater",
    "trousers": "chino", "pants": "chino", "hat": "beanie", "toque": "beanie", "towels": "towel",
    "cup": "mug", "candles": "candle", "bag": "bag", "duffel": "bag", "duffle": "bag",
}  # fmt: skip
_NUMBERS = {
    "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "both": -1, "all": -1,
}  # fmt: skip
_CLAUSE = re.compile(r"[.,;:!?\n]+|\s(?:but|while|though|although|and then)\s")
_KEEP = re.compile(
    r"\b(keep|keeping|kept|still want|still need|hold on to|not the|except|other than|"
    r"apart from|aside from|leave the|ship the rest|rest of (?:the |my )?order|rest as)\b"
)
# said after the item: "the socks are fine", "the mug is lovely"
_KEEP_AFTER = re.compile(
    r"\b(?:is|are|was|were) (?:fine|ok|okay|great|perfect|lovely|good|staying)\b|"
    r"\bcan stay\b|\bi(?:'ll| will) keep\b"
)
_REST_KEPT = re.compile(
    r"\b(ship the rest|send the rest|rest of (?:the |my |this )?order|everything else|"
    r"the others?\b|the rest\b)"
)
_WHOLE = re.compile(
    r"\b(?:whole|entire|complete|full|total)\s+(?:order|purchase|thing|amount|basket)\b|"
    r"\beverything\b(?!\s+else)|\ball of (?:it|them|my order|the order)\b|"
    r"\ball (?:the |my )?(?:items|things|products)\b|"
    r"\b(?:cancel|refund|return)\s+(?:my|the|this|that)\s+(?:\w+\s+)?order\b|"
    r"\bcancel\s+(?:order\b|#)"
)
_FULL_REFUND = re.compile(r"\bfull refund\b|\brefund (?:it )?in full\b|\ball my money\b")
_VAGUE = re.compile(
    r"\bhalf\b|\bpart of\b|\bpartial(?:ly)?\b|\bpartly\b|\bsome of\b|\ba portion\b|"
    r"\d+\s?%|\bpercent\b|\bsome (?:money|of my money|compensation|credit)\b|"
    r"\bsomething back\b|\bcompensat\w*|\bgoodwill\b|\bdiscount\b"
)
_AMOUNT = re.compile(
    r"[$€£]\s?(\d{1,5}(?:[.,]\d{1,2})?)|\b(\d{1,5}(?:[.,]\d{1,2})?)\s?(?:dollars|usd|eur|euros?)\b"
)
# "refund the lamp", "cancel just the blue one": the words after an action verb and a
# determiner, which should be an item of the order.
_MENTION = re.compile(
    r"\b(?:refund(?:ed)?|cancel(?:led)?|return(?:ed)?|remove|send back|take off|drop)\b"
    r"[^.,;!?\n]{0,25}?\b(?:the|my|that|this|those|these)\s+([a-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?"
)
_NOT_ITEMS = frozenset(
    """
    order orders refund money rest item items thing things stuff package parcel purchase
    payment charge whole entire full subscription box delivery shipment one ones other
    others same amount total rest balance card account return label cost price shipping
    lot recent last latest previous current first second delay wait trouble
    inconvenience hassle mistake error problem issue damage whole
    """.split()  # noqa: SIM905 - a word list reads better as prose
)


@dataclass(frozen=True)
class NamedItem:
    """A line item the customer asked about, and how many of its units."""

    line_item_id: int
    title: str
    variant: str | None
    quantity: int
    ordered: int
    unit_price: float

    @property
    def label(self) -> str:
        variant = f" ({self.variant})" if self.variant else ""
        count = f"{self.quantity} × " if self.ordered > 1 or self.quantity > 1 else ""
        return f"{count}{self.title}{variant}"


@dataclass(frozen=True)
class RequestScope:
    items: tuple[NamedItem, ...] = ()
    kept: tuple[str, ...] = ()  # titles named to keep
    rest_kept: bool = False  # "ship the rest", "everything else is fine"
    whole_order: bool = False
    unclear: Unclear = "none"
    candidates: tuple[str, ...] = ()  # what a person or the customer picks from
    amount: float | None = None  # an amount the customer named

    @property
    def quantity(self) -> int:
        return sum(i.quantity for i in self.items)


# --- words ----------------------------------------------------------------------------------
def _word(raw: str) -> str:
    word = raw.lower().strip("'-")
    word = _SYNONYMS.get(word, word)
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _raw_words(text: str) -> list[str]:
    lowered = text.lower().replace("t-shirt", "tshirt").replace("t shirt", "tshirt")
    return re.findall(r"[a-z0-9][a-z0-9']*", lowered)


def _words(text: str) -> list[str]:
    return [_word(w) for w in _raw_words(text)]


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from a to b, capped at 3."""
    if abs(len(a) - len(b)) > 2:
        return 3
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return min(previous[-1], 3)


def _same(word: str, token: str) -> bool:
    if word == token:
        return True
    if len(token) < 5 or word[:1] != token[:1]:
        return False
    return _distance(word, token) <= (2 if len(token) >= 8 else 1)


# --- matching --------------------------------------------------------------------------------
@dataclass
class _Item:
    doc: Mapping[str, Any]
    tokens: list[str]  # title words, in order
    kinds: set[str]  # product type words: match only when no title word does
    variant: str | None


def _items(line_items: Iterable[Mapping[str, Any]]) -> list[_Item]:
    items = []
    for li in line_items:
        tokens = [w for w in _words(str(li.get("title") or "")) if not w.isdigit()]
        kinds = {w for w in _words(str(li.get("product_type") or "")) if len(w) > 2}
        variant = li.get("variant_title")
        items.append(_Item(li, tokens, kinds - set(tokens), str(variant) if variant else None))
    return items


def _hits(item: _Item, words: Sequence[str], alone: bool = False) -> tuple[set[str], int | None]:
    """The title words the text names (a common word only beside another title word, unless
    ``alone``), and where the first named word is."""
    found: dict[str, int] = {}
    for index, word in enumerate(words):
        for position, token in enumerate(item.tokens):
            if not _same(word, token):
                continue
            if alone and token not in _ALONE:
                continue
            if token in _COMMON and not alone:
                neighbours = item.tokens[max(position - 1, 0) : position + 2]
                around = words[max(index - 1, 0) : index + 2]
                if not any(n != token and any(_same(w, n) for w in around) for n in neighbours):
                    continue
            found.setdefault(token, index)
    first = min(found.values()) if found else None
    return set(found), first


def _last_hit(item: _Item, words: Sequence[str], start: int) -> int:
    """The last word of the item's name from ``start`` (the noun: "stoneware MUGS")."""
    index = start
    while index + 1 < len(words) and any(_same(words[index + 1], t) for t in item.tokens):
        index += 1
    return index


def _kind_hits(item: _Item, words: Sequence[str]) -> int | None:
    for index, word in enumerate(words):
        if any(_same(word, kind) for kind in item.kinds):
            return index
    return None


def _variant_named(variant: str | None, text: str) -> bool:
    if not variant:
        return False
    v = re.escape(variant.lower())
    if len(variant) <= 2:
        return (
            re.search(rf"\bsize\s+{v}\b|\({v}\)|\bin (?:an? )?{v}\b|\bthe {v} one\b", text)
            is not None
        )
    return re.search(rf"\b{v}\b", text) is not None


def _number(word: str) -> int | None:
    if word in _NUMBERS:
        return _NUMBERS[word]
    return int(word) if word.isdigit() and len(word) <= 2 else None


def _quantity(words: Sequence[str], at: int, ordered: int, mention: str, title: set[str]) -> int:
    """Units asked for: a number just before the item ("2 tees", "one pack"), the first of
    "one of the two packs of socks", all of them for a plural or a single unit, 0 when it
    cannot be told."""
    before = list(words[max(at - 7, 0) : at])
    counts = [
        _number(before[i - 1]) for i in range(1, len(before))
        if before[i] == "of" and _number(before[i - 1]) is not None
    ]  # fmt: skip
    if not counts:
        counts = [_number(w) for w in before[-3:] if _number(w) is not None]
        counts = counts[-1:]
    if counts and counts[0] is not None:
        return ordered if counts[0] == -1 else counts[0]
    if ordered == 1:
        return 1
    plural = mention.endswith("s") and _word(mention) != mention and _word(mention) in title
    return ordered if plural else 0


def _clauses(text: str) -> list[tuple[int, int, str]]:
    spans, start = [], 0
    for match in _CLAUSE.finditer(text):
        spans.append((start, match.start(), text[start : match.start()]))
        start = match.end()
    spans.append((start, len(text), text[start:]))
    return spans


_KEEP_THAT = re.compile(
    r"^\s*(?:(?:but )?i(?:'?m| am|'?ll| will)? )?(?:keep|keeping|holding on to)\s+"
    r"(?:that|it|this|them|those|that one)\b"
)


def _kept(text: str, title: str) -> bool:
    """The item is named in a clause that says to keep it ("keeping the socks", "I still
    want the mug", "but not the beanie"), or the next clause keeps it ("…, keeping that")."""
    words = [w for w in _words(title) if w not in _COMMON and not w.isdigit()] or _words(title)
    clauses = [c for _, _, c in _clauses(text.lower())]
    for index, clause in enumerate(clauses):
        named = _words(clause)
        if not any(_same(w, t) for w in named for t in words):
            continue
        following = clauses[index + 1] if index + 1 < len(clauses) else ""
        if _KEEP_THAT.search(following):
            return True
        mention = min(i for i, w in enumerate(named) if any(_same(w, t) for t in words))
        match = _KEEP.search(clause)
        if match is not None and len(_words(clause[: match.start()])) <= mention:
            return True
        after = _KEEP_AFTER.search(clause)
        if after is not None and len(_words(clause[: after.start()])) > mention:
            return True
    return False


def _unknown_mentions(text: str, items: list[_Item]) -> list[str]:
    known = {t for item in items for t in item.tokens} | {k for i in items for k in i.kinds}
    unknown = []
    for match in _MENTION.finditer(text):
        word = _word(match.group(1))
        if _word(match.group(2) or "") in _NOT_ITEMS:
            continue
        if word in _NOT_ITEMS or word in _NUMBERS or word in _COMMON or len(word) < 3:
            continue
        if not any(_same(word, token) for token in known):
            unknown.append(match.group(1))
    return unknown


def read_scope(text: str, line_items: Sequence[Mapping[str, Any]]) -> RequestScope:
    """The scope of a request about an order whose items are ``line_items`` (order documents'
    ``line_items``: id, title, variant_title, quantity, price, optional product_type)."""
    lowered = text.lower()
    words = _words(text)
    items = _items(line_items)
    raw_words = _raw_words(text)
    amount_match = _AMOUNT.search(lowered)
    amount = float((amount_match.group(1) or amount_match.group(2)).replace(",", ".")) if (
        amount_match
    ) else None  # fmt: skip

    hits = {id(i): _hits(i, words) for i in items}
    named = [i for i in items if hits[id(i)][0]]
    # a title that names only what another one names too, and less, is not the one meant
    named = [
        i for i in named
        if not any(hits[id(i)][0] < hits[id(o)][0] for o in named if o is not i)
    ]  # fmt: skip
    if not named:  # "the coffee" for Swiss Water Decaf: the product type, when no title fits
        named = [i for i in items if _kind_hits(i, words) is not None]
        for i in named:
            hits[id(i)] = ({"<kind>"}, _kind_hits(i, words))
    if not named:  # "refund that one pack": a common title word alone, when nothing else fits
        loose = {id(i): _hits(i, words, alone=True) for i in items}
        named = [i for i in items if loose[id(i)][0]]
        hits.update({k: v for k, v in loose.items() if v[0]})

    kept = [i for i in named if _kept(text, str(i.doc.get("title") or ""))]
    acting = [i for i in named if i not in kept]
    rest_kept = bool(_REST_KEPT.search(lowered))
    unknown = _unknown_mentions(lowered, items)
    titles = tuple(str(i.doc.get("title")) for i in items)
    kept_titles = tuple(str(i.doc.get("title")) for i in kept)

    # two items of one product told apart by the variant only
    groups: dict[frozenset[str], list[_Item]] = {}
    for i in acting:
        groups.setdefault(frozenset(hits[id(i)][0]), []).append(i)
    chosen: list[_Item] = []
    for group in groups.values():
        if len(group) == 1:
            chosen += group
            continue
        by_variant = [i for i in group if _variant_named(i.variant, lowered)]
        if len(by_variant) == 1:
            chosen += by_variant
            continue
        labels = tuple(
            f"{i.doc.get('title')}" + (f" ({i.variant})" if i.variant else "") for i in group
        )
        return RequestScope(
            kept=kept_titles, rest_kept=rest_kept, unclear="ambiguous_item",
            candidates=labels, amount=amount,
        )  # fmt: skip

    result_items: list[NamedItem] = []
    unclear_quantity: tuple[str, ...] = ()
    for i in chosen:
        _, at = hits[id(i)]
        ordered = int(i.doc.get("quantity") or 1)
        last = _last_hit(i, words, at) if at is not None else 0
        mention = raw_words[last] if last < len(raw_words) else ""
        quantity = _quantity(words, at or 0, ordered, mention, set(i.tokens))
        if quantity <= 0 or quantity > ordered:
            # kept with every unit: a return may cover them all; a refund or removal asks
            unclear_quantity += (f"{i.doc.get('title')} ({ordered} ordered)",)
            quantity = ordered
        result_items.append(
            NamedItem(
                int(i.doc["id"]),
                str(i.doc.get("title")),
                i.variant,
                quantity,
                ordered,
                float(i.doc.get("price") or 0),
            )
        )
    order_ids = [str(li.get("id")) for li in line_items]
    scope_items = tuple(sorted(result_items, key=lambda n: order_ids.index(str(n.line_item_id))))

    keeps_something = bool(kept) or rest_kept
    whole_words = bool(_WHOLE.search(lowered))
    everything_named = bool(scope_items) and not unclear_quantity and all(
        any(n.line_item_id == int(li["id"]) and n.quantity == int(li.get("quantity") or 1)
            for n in scope_items)
        for li in line_items
    )  # fmt: skip
    if whole_words and not keeps_something and not _VAGUE.search(lowered):
        return RequestScope((), kept_titles, rest_kept, True, "none", (), amount)
    if unknown:
        return RequestScope(
            scope_items, kept_titles, rest_kept, False, "unknown_item", titles, amount
        )
    if unclear_quantity:
        return RequestScope(
            scope_items, kept_titles, rest_kept, False, "quantity_unclear", unclear_quantity,
            amount,
        )  # fmt: skip
    if _VAGUE.search(lowered) and not (everything_named and not keeps_something):
        return RequestScope(
            scope_items, kept_titles, rest_kept, False, "vague_amount", titles, amount
        )
    if everything_named and not keeps_something:
        return RequestScope(scope_items, kept_titles, rest_kept, True, "none", (), amount)
    if scope_items:
        return RequestScope(scope_items, kept_titles, rest_kept, False, "none", (), amount)
    if keeps_something:  # "keep the mug" and nothing named to act on: which one, then?
        others = tuple(t for t in titles if t not in kept_titles)
        return RequestScope((), kept_titles, rest_kept, False, "unknown_item", others, amount)
    if amount is not None and not _FULL_REFUND.search(lowered):
        return RequestScope((), (), False, False, "amount_named", titles, amount)
    return RequestScope((), (), False, True, "none", (), amount)
