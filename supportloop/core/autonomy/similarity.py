"""How alike two replies are: difflib's ratio over word tokens.

Texts are split into word and punctuation tokens, case-folded; whitespace and case never
count as edits. ``SequenceMatcher(None, a, b, autojunk=False).ratio()`` is 2·M / T, where M is
the number of tokens in matching blocks and T the tokens of both texts: 1.0 identical, 0.0
nothing in common. Texts are cut at ``MAX_TOKENS`` tokens to bound the quadratic matcher.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

MAX_TOKENS = 3_000
_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)[:MAX_TOKENS]]


def token_similarity(a: str, b: str) -> float:
    left, right = tokens(a), tokens(b)
    if not left and not right:
        return 1.0
    if not left or not right:
        return 0.0
    return SequenceMatcher(None, left, right, autojunk=False).ratio()
