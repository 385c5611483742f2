"""`rollout status`: per category, where it stands and whether to promote, keep or pause.

Figures cover the latest ``window_weeks`` ISO weeks of event time and come from the metrics
core's ``WeeklyBook`` (terminal outcomes, CSAT AI vs human with its joins, escalation
accuracy, week-over-week CSAT change); draft acceptance is counted here because it needs each
review's edit ratio. Modes come from every flip seen, whatever its age.

Recommendation, first match wins:
- off → keep (nothing is measured while off);
- live → pause when the AI CSAT fell ≥ ``pause_csat_drop_points`` week over week, or sits
  ≥ ``pause_csat_gap_points`` below the human CSAT (each side ≥ ``min_csat_ratings``
  ratings), or draft acceptance is below ``pause_below_acceptance`` (≥ ``min_reviews``
  reviews); otherwise keep;
- shadow/paused → promote when drafted tickets ≥ ``promote_min_shadow_tickets``, reviews ≥
  ``min_reviews`` and acceptance ≥ ``promote_min_acceptance`` and, when automation figures
  are supplied (the CLI always supplies them: the model's own, or ``supportloop eval --json``
  output), the category's measured precision of automated decisions ≥
  ``promote_min_precision`` at a coverage ≥ ``promote_min_coverage``; otherwise keep.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from supportloop.core import events as ev
from supportloop.core.autonomy.board import ModeBoard
from supportloop.core.autonomy.modes import Mode
from supportloop.core.autonomy.review import is_accepted
from supportloop.core.autonomy.settings import RolloutSettings
from supportloop.core.metrics.book import UNKNOWN_CATEGORY, WeeklyBook
from supportloop.core.metrics.repeats import RepeatContacts
from supportloop.core.metrics.settings import MetricsSettings
from supportloop.core.metrics.tally import Tally
from supportloop.core.metrics.weeks import as_utc, week_of, weeks_back

Recommendation = Literal["promote", "keep", "pause"]


@dataclass(frozen=True)
class AutomationFigures:
    """A category's precision of automated decisions and coverage at its live threshold,
    measured offline (``supportloop eval``) and where they were measured."""

    precision: float | None
    coverage: float | None
    threshold: float | None = None
    source: str = ""


@dataclass(frozen=True)
class CategoryStatus:
    category: str
    mode: Mode
    first_week: str | None
    last_week: str | None
    tickets: int  # terminal outcomes in the window
    shadow_tickets: int  # drafted (shadow or paused)
    ai_resolved: int
    handed_off: int
    reviewed_drafts: int
    accepted_drafts: int
    draft_verdicts: dict[str, int]
    acceptance_rate: float | None
    csat_ai: float | None  # points 0–100
    csat_ai_ratings: int
    csat_human: float | None
    csat_human_ratings: int
    csat_ai_change: float | None  # latest week minus the one before, in points
    escalation_rate: float | None
    escalation_accuracy: float | None
    recommendation: Recommendation
    target_mode: Mode | None  # the flip the recommendation implies
    reasons: tuple[str, ...]
    evidence: dict[str, ev.FactValue] = field(default_factory=dict)
    automation: AutomationFigures | None = None


@dataclass(frozen=True)
class _Review:
    week: str
    category: str
    verdict: str
    edit_ratio: float


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _pct(value: float) -> str:
    return f"{value * 100:.1f}%"


def rollout_status(
    events: Iterable[ev.Event],
    settings: RolloutSettings | None = None,
    categories: Iterable[str] = (),
    automation: Mapping[str, AutomationFigures] | None = None,
) -> list[CategoryStatus]:
    """One status per category: every name in ``categories`` plus every category seen.
    Events are taken in event-time order (topics interleave), so ratings join correctly."""
    s = settings or RolloutSettings()
    book = WeeklyBook(
        MetricsSettings(
            retained_weeks=max(s.window_weeks + 1, 2),
            breaker_min_sample=s.min_csat_ratings,
            max_categories=1_000,
        )
    )
    board = ModeBoard()
    reviews: list[_Review] = []
    repeats = RepeatContacts()
    for event in sorted(events, key=lambda e: as_utc(e.occurred_at)):
        board.apply(event)
        repeats.observe(event)
        if book.observe(event) and isinstance(event, ev.DraftReviewed):
            reviews.append(
                _Review(week_of(event.occurred_at), event.category, event.verdict, event.edit_ratio)
            )
    current = book.current_week
    first = weeks_back(current, s.window_weeks - 1) if current else None
    window = [w for w in book.weeks() if first is not None and w >= first]
    names = set(categories) | set(board.flipped_categories)
    names |= {c for w in window for c in book.categories(w)} - {UNKNOWN_CATEGORY}
    repeat_counts: dict[tuple[str, str], list[int]] = {}
    for row in repeats.rows():
        if row.week in window:
            counts = repeat_counts.setdefault((row.category, row.resolved_by), [0, 0])
            counts[0] += row.resolved
            counts[1] += row.repeated
    statuses = []
    for name in sorted(names):
        tally = Tally()
        for week in window:
            tally.merge(book.tally(week, name), kb_limit=0)
        own = [r for r in reviews if r.category == name and first is not None and r.week >= first]
        change = book.csat_change(current, name, "ai") if current else None
        status = _status(name, board.mode(name), first, current, tally, own, change, s)
        status = _with_repeats(
            status,
            RepeatEvidence(
                *repeat_counts.get((name, "ai"), (0, 0)),
                *repeat_counts.get((name, "human"), (0, 0)),
            ),
            s,
        )
        if automation is not None:
            status = _gate_on_precision(status, automation.get(name), s)
        statuses.append(status)
    return statuses


@dataclass(frozen=True)
class RepeatEvidence:
    """Repeat contacts within 7 days over the window: resolved and repeated, AI and human."""

    ai_resolved: int
    ai_repeated: int
    human_resolved: int
    human_repeated: int

    @property
    def ai_rate(self) -> float | None:
        return _ratio(self.ai_repeated, self.ai_resolved)

    @property
    def human_rate(self) -> float | None:
        return _ratio(self.human_repeated, self.human_resolved)


def _with_repeats(
    status: CategoryStatus, repeats: RepeatEvidence, s: RolloutSettings
) -> CategoryStatus:
    """The seventh number as evidence; a live category whose AI answers bring customers back
    clearly more often than people's pauses (enough resolutions on both sides)."""
    evidence = dict(status.evidence)
    evidence["repeat_rate_ai"] = _round(repeats.ai_rate)
    evidence["repeat_resolved_ai"] = repeats.ai_resolved
    evidence["repeat_rate_human"] = _round(repeats.human_rate)
    evidence["repeat_resolved_human"] = repeats.human_resolved
    ai, human = repeats.ai_rate, repeats.human_rate
    enough = min(repeats.ai_resolved, repeats.human_resolved) >= s.min_repeat_sample
    gap = (ai - human) * 100 if ai is not None and human is not None else None
    if status.mode != "live" or not enough or gap is None or gap < s.pause_repeat_gap_points:
        return replace(status, evidence=evidence)
    reason = (
        f"AI-resolved customers came back within 7 days {_pct(ai or 0.0)} of the time vs "
        f"{_pct(human or 0.0)} for people ({gap:.1f} points; threshold "
        f"{s.pause_repeat_gap_points:g})"
    )
    reasons = [r for r in status.reasons if r != "live and within every pause threshold"]
    evidence["recommendation"] = "pause"
    return replace(
        status,
        recommendation="pause",
        target_mode="paused",
        reasons=(*reasons, reason),
        evidence=evidence,
    )


def _gate_on_precision(
    status: CategoryStatus, figures: AutomationFigures | None, s: RolloutSettings
) -> CategoryStatus:
    """Promotion also needs the measured precision of automated decisions and coverage."""
    evidence = dict(status.evidence)
    if figures is not None:
        evidence["precision_automated"] = _round(figures.precision)
        evidence["coverage_automated"] = _round(figures.coverage)
        evidence["threshold"] = figures.threshold
        evidence["automation_source"] = figures.source
    if status.mode not in ("shadow", "paused"):
        return replace(status, automation=figures, evidence=evidence)
    missing = []
    if figures is None or figures.precision is None:
        missing.append("no measured precision of automated decisions")
    elif figures.precision < s.promote_min_precision:
        missing.append(
            f"precision of automated decisions {_pct(figures.precision)}, "
            f"need {_pct(s.promote_min_precision)}"
        )
    if figures is not None and (figures.coverage or 0.0) < s.promote_min_coverage:
        missing.append(
            f"coverage {_pct(figures.coverage or 0.0)} at its threshold, "
            f"need {_pct(s.promote_min_coverage)}"
        )
    if not missing:
        assert figures is not None and figures.precision is not None
        reasons = status.reasons
        if status.recommendation == "promote":
            reasons += (
                f"precision of automated decisions {_pct(figures.precision)} at coverage "
                f"{_pct(figures.coverage or 0.0)} ({figures.source})",
            )
        return replace(status, automation=figures, evidence=evidence, reasons=reasons)
    reasons = tuple(r for r in status.reasons if status.recommendation != "promote") + tuple(
        missing
    )
    evidence["recommendation"] = "keep"
    return replace(
        status,
        recommendation="keep",
        target_mode=None,
        reasons=reasons,
        evidence=evidence,
        automation=figures,
    )


def _status(
    name: str,
    mode: Mode,
    first: str | None,
    last: str | None,
    tally: Tally,
    reviews: list[_Review],
    csat_change: float | None,
    s: RolloutSettings,
) -> CategoryStatus:
    verdicts: dict[str, int] = {}
    for review in reviews:
        verdicts[review.verdict] = verdicts.get(review.verdict, 0) + 1
    accepted = sum(1 for r in reviews if is_accepted(r.verdict, r.edit_ratio, s))
    acceptance = _ratio(accepted, len(reviews))
    drafted = tally.terminal["drafted"]
    csat_ai, csat_human = tally.csat("ai"), tally.csat("human")
    ai_n, human_n = tally.csat_count("ai"), tally.csat_count("human")
    escalation_rate = _ratio(tally.terminal["handed_off"], tally.terminal_tickets)

    recommendation: Recommendation = "keep"
    target: Mode | None = None
    reasons: list[str] = []
    if mode == "off":
        reasons.append("automation is off; flip to shadow to start measuring drafts")
    elif mode == "live":
        if csat_change is not None and csat_change <= -s.pause_csat_drop_points + 1e-9:
            reasons.append(
                f"AI CSAT fell {-csat_change:.1f} points week over week "
                f"(threshold {s.pause_csat_drop_points:g})"
            )
        if (
            csat_ai is not None
            and csat_human is not None
            and min(ai_n, human_n) >= s.min_csat_ratings
            and csat_human - csat_ai >= s.pause_csat_gap_points - 1e-9
        ):
            reasons.append(
                f"AI CSAT {csat_ai:.1f} is {csat_human - csat_ai:.1f} points below human "
                f"{csat_human:.1f} (threshold {s.pause_csat_gap_points:g})"
            )
        if (
            acceptance is not None
            and len(reviews) >= s.min_reviews
            and acceptance < s.pause_below_acceptance
        ):
            reasons.append(
                f"draft acceptance {_pct(acceptance)} is below {_pct(s.pause_below_acceptance)}"
            )
        if reasons:
            recommendation, target = "pause", "paused"
        else:
            reasons.append("live and within every pause threshold")
    else:
        missing = []
        if drafted < s.promote_min_shadow_tickets:
            missing.append(f"{drafted} shadow tickets, need {s.promote_min_shadow_tickets}")
        if len(reviews) < s.min_reviews:
            missing.append(f"{len(reviews)} reviewed drafts, need {s.min_reviews}")
        if acceptance is None or acceptance < s.promote_min_acceptance:
            shown = "no" if acceptance is None else _pct(acceptance)
            missing.append(f"{shown} draft acceptance, need {_pct(s.promote_min_acceptance)}")
        if missing:
            reasons.extend(missing)
        else:
            assert acceptance is not None
            recommendation, target = "promote", "live"
            reasons.append(
                f"{drafted} shadow tickets and {_pct(acceptance)} draft acceptance "
                f"over {len(reviews)} reviews"
            )

    evidence: dict[str, ev.FactValue] = {
        "mode": mode,
        "recommendation": recommendation,
        "first_week": first,
        "last_week": last,
        "tickets": tally.terminal_tickets,
        "shadow_tickets": drafted,
        "reviewed_drafts": len(reviews),
        "accepted_drafts": accepted,
        "acceptance_rate": _round(acceptance),
        "csat_ai": _round(csat_ai, 2),
        "csat_ai_ratings": ai_n,
        "csat_human": _round(csat_human, 2),
        "csat_human_ratings": human_n,
        "csat_ai_change": _round(csat_change, 2),
        "escalation_rate": _round(escalation_rate),
    }
    return CategoryStatus(
        category=name,
        mode=mode,
        first_week=first,
        last_week=last,
        tickets=tally.terminal_tickets,
        shadow_tickets=drafted,
        ai_resolved=tally.ai_resolved,
        handed_off=tally.terminal["handed_off"],
        reviewed_drafts=len(reviews),
        accepted_drafts=accepted,
        draft_verdicts=verdicts,
        acceptance_rate=acceptance,
        csat_ai=csat_ai,
        csat_ai_ratings=ai_n,
        csat_human=csat_human,
        csat_human_ratings=human_n,
        csat_ai_change=csat_change,
        escalation_rate=escalation_rate,
        escalation_accuracy=tally.escalation_accuracy(),
        recommendation=recommendation,
        target_mode=target,
        reasons=tuple(reasons),
        evidence=evidence,
    )
