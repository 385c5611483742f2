"""Help-centre retrieval by question-and-answer passage, per locale.

Each ``## heading`` section of an article is one passage: in most help centres the heading is
the question and the section is its answer. A shopper's question is matched against both:

* words become canonical tokens — accents folded, light stemming, the shop vocabulary of
  :mod:`supportloop.core.knowledge.vocabulary` plus the brand's ``[synonyms]`` (so "postage",
  "envío" and "Versand" meet "shipping"), and a misspelt word is corrected to the nearest word
  the help centre or the vocabulary knows (one edit up to seven letters, two above; a corrected
  word earns half its weight, since it is a guess);
* ``coverage``: the share of the question (by IDF weight) the passage addresses. A question
  word the help centre never uses counts fully against it, so an unanswerable question stays
  low however many common words it shares;
* ``focus``: the share of the passage's own question (article title + heading) the shopper's
  question addresses — this prefers the more specific article ("shipping to Canada" →
  *International shipping*, "how long does shipping take" → *Shipping*).

``score = 0.6 * coverage + 0.4 * focus``, less up to 0.15 when the article's title names
something the question does not (the specific article is for questions about it), less 0.1 for
each topic of the built-in vocabulary (not a product word) the question names and the passage
never mentions ("can gift cards be combined?" is not answered by "gift cards never expire"),
less 0.1 when the question touches nothing of the passage's own question (title and heading)
and names nothing only this passage mentions (common words met in an answer's text are not
what it answers; "express" or "mulesing", found in one passage alone, still point to it),
in 0..1. The brand's threshold
(``kb.toml``, chosen from the ``supportloop kb eval`` curve) turns a score into ``found``.

Articles: ``<slug>.md`` is the default locale; ``<slug>.<locale>.md`` (e.g. ``shipping.es.md``)
or ``<locale>/<slug>.md`` are translations. A question is searched only in its own locale's
articles: a Spanish question is never answered with an English passage.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from supportloop.core.classification.text import fold_accents
from supportloop.core.knowledge.vocabulary import (
    CONCEPTS,
    IRREGULAR,
    OBJECT_CONCEPTS,
    STOP_WORDS,
    phrase_table,
)
from supportloop.errors import ConfigurationError

DEFAULT_LOCALE = "en"
DEFAULT_THRESHOLD = 0.6
COVERAGE_WEIGHT = 0.6
SETTINGS_FILE = "kb.toml"
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_LOCALE = re.compile(r"^[a-z]{2}(?:-[a-z]{2})?$")
_SUFFIXES = ("ings", "ing", "ies", "ed", "es", "s")
# English contractions ("what's", "bag's", "we're") lose their ending; French elisions
# ("l'international", "d'importation", "qu'il") lose their article: both hid the word itself
_CONTRACTION = re.compile(r"(?<=[a-z])'(?:s|re|ve|ll|d|m)\b")
_NEGATION = re.compile(r"(?<=[a-z])n't\b")
_ELISION = re.compile(r"\b(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'(?=[a-z])")
# English phrasal verbs with the object in the middle: "send the boots back", "ship it back"
_SEND_BACK = re.compile(
    r"\b(?:send|sending|sends|ship|shipping|post|posting|mail|mailing|bring|bringing)"
    r"(?: [a-z]+){1,3} back\b"
)
TITLE_PENALTY = 0.15
CORRECTED_CREDIT = 0.5
CONCEPT_PENALTY = 0.1
OBJECT_WEIGHT = 0.5
FOCUS_FLOOR = 2.0
UNTOUCHED_PENALTY = 0.1


def _stem(word: str) -> str:
    """Light English stemming that sends "take", "takes" and "taking" to one token."""
    if not word.isalpha() or len(word) <= 4 or word.endswith("ss"):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def _within(a: str, b: str, limit: int) -> bool:
    """Damerau-Levenshtein distance of a and b is at most ``limit`` (small strings)."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return False
        prev2, prev = prev, row
    return prev[-1] <= limit


@dataclass(frozen=True)
class Passage:
    article: str
    title: str
    heading: str
    text: str
    locale: str = DEFAULT_LOCALE
    url: str | None = None

    @property
    def citation(self) -> str:
        where = f" ({self.url})" if self.url else ""
        return f"{self.title} › {self.heading}{where}"


@dataclass(frozen=True)
class KbMatch:
    passage: Passage
    score: float
    found: bool = False  # at or above the brand's threshold


@dataclass(frozen=True)
class KbSettings:
    threshold: float = DEFAULT_THRESHOLD
    locales: tuple[str, ...] = (DEFAULT_LOCALE,)
    default_locale: str = DEFAULT_LOCALE
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # product title -> what it is ("organic cotton tee" -> "tee"): a product's name must not
    # read as a topic ("Does the Organic Cotton Tee run small?" is not about materials)
    products: dict[str, str] = field(default_factory=dict)


class Analyzer:
    """Text → canonical tokens, with the brand's vocabulary."""

    def __init__(
        self,
        synonyms: dict[str, tuple[str, ...]] | None = None,
        products: dict[str, str] | None = None,
    ) -> None:
        self._products = [
            (re.compile(rf"\b{re.escape(title)}\b"), f" {plain} ")
            for title, plain in sorted((products or {}).items(), key=lambda x: -len(x[0]))
        ]
        concepts = {k: tuple(v) for k, v in CONCEPTS.items()}
        for canonical, forms in (synonyms or {}).items():
            concepts[canonical] = concepts.get(canonical, ()) + tuple(forms)
        table = phrase_table(concepts)
        self._words = {k: v for k, v in table.items() if " " not in k and "-" not in k}
        for form, canonical in list(self._words.items()):  # "exchanging" meets "exchange"
            self._words.setdefault(_stem(form), canonical)
        # topics whose absence from a passage counts against it: the built-in ones about
        # what is asked, not the brand's product words nor the objects bought
        self.topics = frozenset(CONCEPTS) - OBJECT_CONCEPTS
        # what was bought — the brand's product words and the built-in objects: a policy
        # passage need not name the shopper's sweater to answer whether it can be returned
        self.objects = (OBJECT_CONCEPTS | frozenset(synonyms or {})) - self.topics
        phrases = sorted((k for k in table if " " in k or "-" in k), key=len, reverse=True)
        self._phrases = [(re.compile(rf"\b{re.escape(p)}\b"), table[p]) for p in phrases]
        self.known: dict[str, str] = {}  # surface word -> canonical, for spelling correction
        self._known_tokens: set[str] = set()

    def _canon(self, word: str) -> str:
        word = IRREGULAR.get(word, word)
        if word in self._words:
            return self._words[word]
        stem = _stem(word)
        return self._words.get(stem, stem)

    def learn(self, text: str) -> None:
        for word in self._surface(text):
            self.known.setdefault(word, self._canon(word))
            self._known_tokens.add(self.known[word])

    def _prepare(self, text: str) -> str:
        lowered = fold_accents(text.lower()).replace("’", "'")
        lowered = lowered.replace("can't", "can not").replace("won't", "will not")
        lowered = _NEGATION.sub(" not", _CONTRACTION.sub("", lowered))
        lowered = _SEND_BACK.sub(" return ", _ELISION.sub("", lowered))
        for pattern, plain in self._products:
            lowered = pattern.sub(plain, lowered)
        for pattern, canonical in self._phrases:
            lowered = pattern.sub(f" {canonical} ", lowered)
        return lowered

    def _surface(self, text: str) -> list[str]:
        return [w for w in _WORD.findall(self._prepare(text)) if w not in STOP_WORDS]

    def tokens(self, text: str) -> list[str]:
        # a form that stems to a function word ("whats" → "what") is one too
        return [
            t for t in (self._canon(word) for word in self._surface(text)) if t not in STOP_WORDS
        ]

    def query(self, text: str) -> dict[str, bool]:
        """A question's tokens, each with whether it was a spelling correction. Numbers the
        help centre never mentions ("my $40 order") are dropped: they carry no topic."""
        out: dict[str, bool] = {}
        for word in self._surface(text):
            corrected = False
            # a word is known when its stem is: "pedido" is not a misspelling of "pedidos"
            if (
                word not in self.known
                and word not in self._words
                and self._canon(word) not in self._known_tokens
            ):
                if word.isdigit():
                    continue
                if len(word) >= 5:
                    fixed = self._correct(word)
                    corrected, word = fixed != word, fixed
            token = self._canon(word)
            if token in STOP_WORDS:
                continue
            out[token] = out.get(token, True) and corrected
        return out

    def _correct(self, word: str) -> str:
        limit = 1 if len(word) < 8 else 2
        for pool in (self.known, self._words):
            near = [w for w in pool if w[:1] == word[:1] and _within(word, w, limit)]
            if near:
                return min(near, key=lambda w: (abs(len(w) - len(word)), w))
        return word


@dataclass
class _Indexed:
    passage: Passage
    question: frozenset[str]  # title + heading
    full: frozenset[str]  # title + heading + answer
    title: frozenset[str]


class KnowledgeBase:
    def __init__(self, passages: list[Passage], settings: KbSettings | None = None) -> None:
        self.settings = settings or KbSettings()
        self.passages = passages
        self.analyzer = Analyzer(self.settings.synonyms, self.settings.products)
        for p in passages:
            self.analyzer.learn(f"{p.title} {p.heading} {p.text}")
        self._index: dict[str, list[_Indexed]] = {}
        self._idf: dict[str, dict[str, float]] = {}
        self._unique: dict[str, frozenset[str]] = {}  # words only one passage of a locale has
        for locale in sorted({p.locale for p in passages}):
            mine = [p for p in passages if p.locale == locale]
            indexed = [
                _Indexed(
                    p,
                    frozenset(self.analyzer.tokens(f"{p.title} {p.heading}")),
                    frozenset(self.analyzer.tokens(f"{p.title} {p.heading} {p.text}")),
                    frozenset(self.analyzer.tokens(p.title)),
                )
                for p in mine
            ]
            frequency: Counter[str] = Counter()
            for item in indexed:
                frequency.update(item.full)
            n = len(indexed)
            self._idf[locale] = {
                t: math.log((1 + n) / (1 + df)) + 1.0 for t, df in frequency.items()
            }
            self._unique[locale] = frozenset(t for t, df in frequency.items() if df == 1)
            self._index[locale] = indexed

    @property
    def threshold(self) -> float:
        return self.settings.threshold

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self._index)

    def ranked(self, question: str, locale: str = DEFAULT_LOCALE) -> list[KbMatch]:
        """Every passage of the locale, best first (the evaluation and ``kb search`` use it)."""
        index = self._index.get(locale.lower()[:2])
        if not index:
            return []
        idf = self._idf[locale.lower()[:2]]
        unique = self._unique[locale.lower()[:2]]
        unknown = max(idf.values(), default=1.0)
        query = self.analyzer.query(question)
        if not query:
            return []
        weight = {t: idf.get(t, unknown) for t in query}
        # a corrected word ("hiring" → "hiking") is a guess: it earns half its weight
        credit = {t: w * (CORRECTED_CREDIT if query[t] else 1.0) for t, w in weight.items()}
        objects = {t for t in query if t in self.analyzer.objects}
        # a heading of one word ("What materials do you use?") is not fully addressed by
        # every question that names that word: focus is measured against at least one and
        # a half words of the help centre's average weight
        floor = FOCUS_FLOOR * sum(idf.values()) / len(idf)
        matches = []
        for item in index:
            # a product the passage does not name counts against it at half its weight
            total = sum(
                w * (OBJECT_WEIGHT if t in objects and t not in item.full else 1.0)
                for t, w in weight.items()
            )
            coverage = sum(w for t, w in credit.items() if t in item.full) / total
            own = max(sum(idf.get(t, unknown) for t in item.question), floor)
            focus = sum(w for t, w in credit.items() if t in item.question) / own
            score = COVERAGE_WEIGHT * coverage + (1 - COVERAGE_WEIGHT) * focus
            if focus == 0 and not any(t in item.full for t in query if t in unique):
                # the question touches nothing of the passage's own question and none of its
                # words is this passage's alone: words spread over the help centre ("account",
                # "order", "refund") met in an answer's text are not what it answers
                score -= UNTOUCHED_PENALTY
            # a topic the shopper named (a vocabulary concept) that the passage never
            # mentions: "can gift cards be combined?" is not answered by "they never expire"
            missed = sum(1 for t in query if t in self.analyzer.topics and t not in item.full)
            score -= CONCEPT_PENALTY * missed
            # the more specific article (International shipping) only when asked about
            named = sum(idf.get(t, unknown) for t in item.title) or 1.0
            unasked = sum(idf.get(t, unknown) for t in item.title if t not in query) / named
            score = round(max(score - TITLE_PENALTY * unasked, 0.0), 4)
            matches.append(KbMatch(item.passage, score, score >= self.threshold))
        matches.sort(key=lambda m: -m.score)
        return matches

    def search(self, question: str, locale: str = DEFAULT_LOCALE) -> KbMatch | None:
        ranked = self.ranked(question, locale)
        return ranked[0] if ranked else None


def parse_article(path: Path, locale: str = DEFAULT_LOCALE) -> list[Passage]:
    return parse_markdown(path.read_text(encoding="utf-8"), path.name.split(".")[0], locale)


def parse_markdown(text: str, slug: str, locale: str = DEFAULT_LOCALE) -> list[Passage]:
    """``# Title``, then ``## question`` sections; an optional ``Source: <url>`` line under
    the title is kept for the citation."""
    title = slug.replace("-", " ").capitalize()
    url: str | None = None
    passages: list[Passage] = []
    heading: str | None = None
    body: list[str] = []

    def flush() -> None:
        if heading and " ".join(body).strip():
            passages.append(Passage(slug, title, heading, " ".join(body).strip(), locale, url))

    for line in text.splitlines():
        if line.startswith("# "):
            title = line[2:].strip()
        elif line.startswith("## "):
            flush()
            heading, body = line[3:].strip(), []
        elif heading is None and line.lower().startswith("source:"):
            url = line.split(":", 1)[1].strip() or None
        elif line.strip() and heading is not None:
            body.append(line.strip())
    flush()
    return passages


def load_settings(directory: Path) -> KbSettings:
    path = directory / SETTINGS_FILE
    if not path.is_file():
        return KbSettings()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigurationError(f"{path}: {error}") from error
    threshold = raw.get("threshold", DEFAULT_THRESHOLD)
    if not isinstance(threshold, int | float) or not 0.0 < float(threshold) <= 1.0:
        raise ConfigurationError(f"{path}: threshold must be a number in (0, 1], not {threshold!r}")
    default = str(raw.get("default_locale", DEFAULT_LOCALE))
    locales = raw.get("locales", [default])
    if not isinstance(locales, list) or not all(
        isinstance(x, str) and _LOCALE.match(x) for x in locales
    ):
        raise ConfigurationError(f'{path}: locales must be a list like ["en", "es"]')
    synonyms = raw.get("synonyms", {})
    if not isinstance(synonyms, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in synonyms.values()
    ):
        raise ConfigurationError(f"{path}: [synonyms] maps a word to a list of words")
    products = raw.get("products", {})
    if not isinstance(products, dict) or not all(isinstance(v, str) for v in products.values()):
        raise ConfigurationError(f"{path}: [products] maps a product title to a plain word")
    return KbSettings(
        threshold=float(threshold),
        locales=tuple(locales),
        default_locale=default,
        synonyms={
            fold_accents(k.lower()): tuple(fold_accents(x.lower()) for x in v)
            for k, v in synonyms.items()
        },
        products={fold_accents(k.lower()): fold_accents(v.lower()) for k, v in products.items()},
    )


def _article_locale(path: Path, root: Path, default: str) -> str:
    if path.parent != root:
        return path.parent.name.lower()
    parts = path.name.split(".")
    return parts[-2].lower() if len(parts) == 3 and _LOCALE.match(parts[-2].lower()) else default


def load_knowledge_base(directory: Path | str) -> KnowledgeBase:
    directory = Path(directory)
    if not directory.is_dir():
        raise ConfigurationError(f"knowledge base directory {directory} does not exist")
    settings = load_settings(directory)
    files = sorted(directory.glob("*.md")) + sorted(directory.glob("*/*.md"))
    passages: list[Passage] = []
    for path in files:
        if path.name.lower() == "readme.md":
            continue
        locale = _article_locale(path, directory, settings.default_locale)
        if not _LOCALE.match(locale) or locale not in settings.locales:
            continue  # a locale the brand has not enabled, or a folder that is not one
        passages.extend(parse_article(path, locale))
    return KnowledgeBase(passages, settings)


def tokens(text: str) -> list[str]:
    """Canonical tokens with the default vocabulary (no brand synonyms)."""
    return Analyzer().tokens(text)
