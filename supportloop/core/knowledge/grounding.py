"""Optional grounded composition: a model may phrase the answer from the cited passages, and a
deterministic check keeps its text only when every fact in it is in those passages.

A *fact* is what a shopper would act on: a number (amounts, prices, percentages, ranges such as
``7-14``, counts, durations — "30 days", "two-year", written numbers "five"), a name (a
capitalised word that does not start a sentence: *PayPal*, *Portland*, *UPS*), a link or an
e-mail address. The composed text passes when every one of its facts appears in the passages
(it may leave some out: it answers the question, not the whole article), it is in the
passages' language, and it is not much longer than them. Otherwise the passage itself is sent.
The port is all the resolver sees; ``supportloop.adapters.kb_compose`` implements it with the
anthropic SDK.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from supportloop.core.classification.language import detect_language
from supportloop.core.classification.text import fold_accents
from supportloop.core.knowledge.retrieval import Passage

MAX_GROWTH = 1.5
_URL = re.compile(r"https?://[^\s)>\]]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(]\s*)$")
NUMBER_WORDS = {
    # en, es, fr, de: "two-year warranty" states the number two
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fourteen": "14",
    "twenty": "20", "thirty": "30", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "zwei": "2", "drei": "3",
    "vier": "4", "funf": "5", "half": "0.5", "once": "1", "twice": "2",
}  # fmt: skip


class AnswerComposer(Protocol):
    async def compose(self, question: str, passages: list[Passage], locale: str) -> str | None:
        """Text phrased from ``passages`` answering ``question``, already checked with
        :func:`check_grounded`; None when there is none (model off, failed or ungrounded):
        the passage itself is then sent. Never raises for a model failure."""
        ...


@dataclass(frozen=True)
class Grounding:
    ok: bool
    reason: str = ""


def facts_of(text: str) -> set[str]:
    """The facts a text states (see the module docstring), normalised for comparison."""
    facts: set[str] = set()
    rest = text
    for pattern, kind in ((_URL, "url"), (_EMAIL, "email")):
        for match in pattern.findall(rest):
            facts.add(f"{kind}:{match.rstrip('.,;').lower()}")
        rest = pattern.sub(" ", rest)
    for match in _NUMBER.findall(rest):
        facts.add(f"number:{match.replace(',', '.').rstrip('.')}")
    for match in _WORD.finditer(rest):
        word = match.group(0)
        for part in re.split(r"[-’']", fold_accents(word.lower())):
            if part in NUMBER_WORDS:
                facts.add(f"number:{NUMBER_WORDS[part]}")
        if word[0].isupper() and not _SENTENCE_START.search(rest[: match.start()]):
            facts.add(f"name:{fold_accents(word.lower()).rstrip('’')}")
    return facts


def _known(passages: list[Passage]) -> tuple[set[str], set[str]]:
    """Facts of the passages, and every word of them (a capitalised word the passage writes in
    lower case — "Standard shipping" at a sentence start — is no new name)."""
    facts: set[str] = set()
    words: set[str] = set()
    for passage in passages:
        text = f"{passage.title}. {passage.heading}\n{passage.text}"
        facts |= facts_of(text)
        words |= {fold_accents(w.lower()) for w in _WORD.findall(text)}
    return facts, words


def check_grounded(composed: str, passages: list[Passage]) -> Grounding:
    text = composed.strip()
    if not text or not passages:
        return Grounding(False, "empty")
    source = " ".join(p.text for p in passages)
    if len(text) > MAX_GROWTH * max(len(source), 80):
        return Grounding(False, "longer than the passages")
    if "{" in text or "<" in text:
        return Grounding(False, "markup or template syntax")
    known, words = _known(passages)
    unknown = sorted(
        f
        for f in facts_of(text) - known
        if not (f.startswith("name:") and f.removeprefix("name:") in words)
    )
    if unknown:
        return Grounding(False, "not in the passages: " + ", ".join(unknown))
    expected = passages[0].locale
    got, share = detect_language(text)
    if share > 0 and got != expected:
        return Grounding(False, f"written in {got}, the passages in {expected}")
    return Grounding(True)
