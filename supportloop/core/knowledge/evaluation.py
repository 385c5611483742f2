"""Measure the help centre on a question set: coverage, wrong answers and the threshold curve.

A question set is JSON Lines, one question a line::

    {"question": "do gift cards expire?", "expected": "gift-cards"}
    {"question": "¿Tienen descuento para estudiantes?", "expected": null, "locale": "es"}

``expected`` is the article (file name without ``.md`` and locale) whose passage answers the
question, or ``null`` when the help centre cannot answer it. At a threshold a question is
*answered* when its best passage in its own locale scores at least the threshold; it is
*right* when that passage is from the expected article. Coverage = right / answerable.
A wrong answer or an answer to an unanswerable question is what a brand cannot afford, so
the recommended threshold is the highest with neither that keeps the best such coverage.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from supportloop.core.knowledge.questions import asks_for_information
from supportloop.core.knowledge.retrieval import DEFAULT_LOCALE, KbMatch, KnowledgeBase
from supportloop.errors import ConfigurationError

CURVE = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 … 0.95


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    expected: str | None
    locale: str = DEFAULT_LOCALE


@dataclass(frozen=True)
class Scored:
    item: EvalQuestion
    best: KbMatch | None
    is_question: bool

    def answered(self, threshold: float) -> bool:
        return self.best is not None and self.best.score >= threshold

    def right(self, threshold: float) -> bool:
        return (
            self.answered(threshold)
            and self.best is not None
            and (self.best.passage.article == self.item.expected)
        )


@dataclass(frozen=True)
class Point:
    threshold: float
    answerable: int
    right: int
    wrong: int  # answered an answerable question from another article
    unanswerable_answered: int

    @property
    def coverage(self) -> float:
        return self.right / self.answerable if self.answerable else 0.0


@dataclass(frozen=True)
class Evaluation:
    scored: tuple[Scored, ...]
    threshold: float

    def at(self, threshold: float) -> Point:
        answerable = [s for s in self.scored if s.item.expected is not None]
        unanswerable = [s for s in self.scored if s.item.expected is None]
        right = sum(s.right(threshold) for s in answerable)
        wrong = sum(s.answered(threshold) and not s.right(threshold) for s in answerable)
        extra = sum(s.answered(threshold) for s in unanswerable)
        return Point(threshold, len(answerable), right, wrong, extra)

    @property
    def point(self) -> Point:
        return self.at(self.threshold)

    def curve(self) -> list[Point]:
        return [self.at(t) for t in sorted({*CURVE, self.threshold})]

    def recommended(self) -> float | None:
        """Among the thresholds of the curve with no wrong answer and no answer to an
        unanswerable question, the highest that keeps their best coverage: the widest margin
        from both kinds of mistake at no cost in coverage. None when every one errs."""
        safe = [p for p in self.curve() if p.wrong == 0 and p.unanswerable_answered == 0]
        if not safe:
            return None
        best = max(p.coverage for p in safe)
        return max(p.threshold for p in safe if p.coverage == best)

    @property
    def question_rate(self) -> float:
        """Share of the questions the question detector recognises as asking for information
        (those the resolver may answer wherever the classifier filed them)."""
        return sum(s.is_question for s in self.scored) / len(self.scored) if self.scored else 0.0


def load_questions(path: Path) -> list[EvalQuestion]:
    if not path.is_file():
        raise ConfigurationError(f"question set {path} does not exist")
    items: list[EvalQuestion] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            raise ConfigurationError(f"{path}:{number}: not JSON ({error.msg})") from error
        if not isinstance(raw, dict):
            raise ConfigurationError(f"{path}:{number}: expected an object")
        question, expected = raw.get("question"), raw.get("expected", "missing")
        locale = raw.get("locale", DEFAULT_LOCALE)
        if not isinstance(question, str) or not question.strip():
            raise ConfigurationError(f"{path}:{number}: 'question' must be a non-empty string")
        if expected is not None and (not isinstance(expected, str) or expected == "missing"):
            raise ConfigurationError(f"{path}:{number}: 'expected' must be an article name or null")
        if not isinstance(locale, str) or not locale:
            raise ConfigurationError(f"{path}:{number}: 'locale' must be a language code")
        items.append(EvalQuestion(question.strip(), expected, locale.lower()))
    if not items:
        raise ConfigurationError(f"question set {path} is empty")
    return items


def evaluate(
    kb: KnowledgeBase, questions: list[EvalQuestion], threshold: float | None = None
) -> Evaluation:
    articles = {p.article for p in kb.passages}
    unknown = sorted({q.expected for q in questions if q.expected and q.expected not in articles})
    if unknown:
        raise ConfigurationError(
            f"the question set expects articles the help centre does not have: {unknown}"
        )
    scored = tuple(
        Scored(q, kb.search(q.question, q.locale), asks_for_information(q.question))
        for q in questions
    )
    return Evaluation(scored, kb.threshold if threshold is None else threshold)


def render(evaluation: Evaluation, verbose: bool = False) -> str:
    p = evaluation.point
    lines = [
        f"questions: {len(evaluation.scored)} ({p.answerable} answerable, "
        f"{len(evaluation.scored) - p.answerable} not)",
        f"threshold: {evaluation.threshold:.2f}",
        f"coverage:  {p.right}/{p.answerable} answered right ({p.coverage:.0%})",
        f"wrong answers: {p.wrong}",
        f"unanswerable answered: {p.unanswerable_answered}",
        f"asks for information (question detector): {evaluation.question_rate:.0%}",
        "",
        "threshold  coverage  right  wrong  unanswerable_answered",
    ]
    for point in evaluation.curve():
        mark = " <" if point.threshold == evaluation.threshold else ""
        lines.append(
            f"{point.threshold:9.2f}  {point.coverage:8.0%}  {point.right:5d}  "
            f"{point.wrong:5d}  {point.unanswerable_answered:21d}{mark}"
        )
    recommended = evaluation.recommended()
    lines.append("")
    lines.append(
        f"recommended threshold: {recommended:.2f} (the best coverage with no wrong answer)"
        if recommended is not None
        else "recommended threshold: none — every threshold gives a wrong answer"
    )
    if verbose:
        lines += ["", "misses at the threshold:"]
        t = evaluation.threshold
        for s in evaluation.scored:
            ok = s.right(t) if s.item.expected else not s.answered(t)
            if ok:
                continue
            got = (
                f"{s.best.passage.article} › {s.best.passage.heading} ({s.best.score:.3f})"
                if s.best
                else "no article in this locale"
            )
            lines.append(
                f"  [{s.item.locale}] {s.item.question!r}: expected "
                f"{s.item.expected or 'no answer'}, best {got}"
            )
    return "\n".join(lines)
