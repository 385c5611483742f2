"""TF-IDF cosine retrieval over the ``## question`` sections of markdown articles.

Each ``## heading`` section of ``knowledge_base/*.md`` is one passage; its heading counts twice
so the question a section answers weighs more than its wording. Scores are cosine
similarities in 0..1, which a policy can threshold (``kb_match_score is at least 0.4``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from supportloop.errors import ConfigurationError

_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = (
    "a an and are as at be but by can do does for from have how i if in is it my of on or our "
    "so that the there this to we what when where which will with you your me am any was"
)
_STOP = frozenset(_STOP_WORDS.split())


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def tokens(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP]


@dataclass(frozen=True)
class Passage:
    article: str
    title: str
    heading: str
    text: str


@dataclass(frozen=True)
class KbMatch:
    passage: Passage
    score: float


class KnowledgeBase:
    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages
        docs = [Counter(tokens(f"{p.heading} {p.heading} {p.text}")) for p in passages]
        frequency: Counter[str] = Counter()
        for doc in docs:
            frequency.update(doc.keys())
        n = len(docs)
        self._idf = {term: math.log((1 + n) / (1 + df)) + 1.0 for term, df in frequency.items()}
        self._vectors = [self._weigh(doc) for doc in docs]

    def _weigh(self, counts: Counter[str]) -> dict[str, float]:
        vector = {t: (1 + math.log(c)) * self._idf.get(t, 0.0) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {t: v / norm for t, v in vector.items() if v}

    def search(self, question: str) -> KbMatch | None:
        query = self._weigh(Counter(tokens(question)))
        best: KbMatch | None = None
        for passage, vector in zip(self.passages, self._vectors, strict=True):
            score = sum(weight * vector.get(term, 0.0) for term, weight in query.items())
            if best is None or score > best.score:
                best = KbMatch(passage, round(score, 4))
        return best


def parse_article(path: Path) -> list[Passage]:
    text = path.read_text(encoding="utf-8")
    title = path.stem.replace("-", " ").capitalize()
    passages: list[Passage] = []
    heading: str | None = None
    body: list[str] = []

    def flush() -> None:
        if heading and " ".join(body).strip():
            passages.append(Passage(path.stem, title, heading, " ".join(body).strip()))

    for line in text.splitlines():
        if line.startswith("# "):
            title = line[2:].strip()
        elif line.startswith("## "):
            flush()
            heading, body = line[3:].strip(), []
        elif line.strip():
            body.append(line.strip())
    flush()
    return passages


def load_knowledge_base(directory: Path | str) -> KnowledgeBase:
    directory = Path(directory)
    if not directory.is_dir():
        raise ConfigurationError(f"knowledge base directory {directory} does not exist")
    passages = [
        p
        for path in sorted(directory.glob("*.md"))
        if path.name.lower() != "readme.md"
        for p in parse_article(path)
    ]
    return KnowledgeBase(passages)
