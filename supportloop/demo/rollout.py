"""The rollout story `make demo` ends with: weeks of a seeded rollout in fast-forward.

The simulator plays the tickets, ratings and agent outcomes in event-time order through a
``WeeklyBook`` and a ``CircuitBreaker`` — the breaker is asked after every CSAT rating, as
the metrics service asks it — so the pause it decides is part of the story and sends the
category's later tickets back to drafts. The text is a timeline (mode and AI CSAT of each
category that went live, week by week, and the breaker's decisions with their evidence)
followed by the weekly report. Same seed, same text.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportloop import events as ev
from supportloop.metrics_core.breaker import BREAKER_ACTOR
from supportloop.metrics_core.report import WeeklyReport, build_weekly_report, render
from supportloop.simulator import RolloutPlan, simulate_rollout


def rollout_story(
    seed: int = 7,
    *,
    weeks: int = 8,
    tickets_per_week: int = 600,
    plan: RolloutPlan | None = None,
) -> str:
    """Timeline plus weekly report (table) of a simulated shadow → live rollout."""
    plan = plan or RolloutPlan()
    events = simulate_rollout(seed, weeks=weeks, tickets_per_week=tickets_per_week, plan=plan)
    report = build_weekly_report(events, weeks=weeks, settings=plan.settings)
    pauses = [
        e for e in events if isinstance(e, ev.AutonomyModeChanged) and e.changed_by == BREAKER_ACTOR
    ]
    s = plan.settings
    header = (
        f"Rollout story, seed {seed}: {weeks} weeks × {tickets_per_week} simulated tickets. "
        f"Weeks 1–2 shadow, then one category live a week; {plan.degrading_category}'s AI "
        f"CSAT degrades from week {plan.degrade_week}. Circuit breaker: AI CSAT down "
        f"≥ {s.breaker_drop_points:g} points week over week on ≥ {s.breaker_min_sample} "
        f"ratings a week, p ≤ {s.breaker_max_p_value:g}."
    )
    return "\n".join(
        [header, "", *timeline(report, live_categories(plan)), "", *breaker_lines(pauses), ""]
    ) + ("\n" + render(report, "table"))


def live_categories(plan: RolloutPlan) -> list[str]:
    return [category for _, category in plan.go_live]


def timeline(report: WeeklyReport, categories: Sequence[str]) -> list[str]:
    """One row a week: overall autonomous resolution, then each category's mode at the end
    of the week and its AI CSAT in points (ratings) where the AI answered."""
    header = ("week", "auto-res", *categories)
    rows = [header]
    for week in report.weeks:
        by_category = {row.category: row for row in week.categories}
        rate = week.overall.autonomous_resolution_rate
        cells = [week.week, "—" if rate is None else f"{rate * 100:.0f}%"]
        for category in categories:
            row = by_category.get(category)
            if row is None:
                cells.append("")
                continue
            cell = row.mode or "?"
            if row.csat_ai_points is not None:
                cell += f" {row.csat_ai_points:.0f} ({row.csat_ai_ratings})"
            if any(c.category == category and c.mode == "paused" for c in week.mode_changes):
                cell += " ⏸"
            cells.append(cell)
        rows.append(tuple(cells))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    title = "Timeline (mode at week end, AI CSAT points (ratings), ⏸ = paused by the breaker):"
    return [title, *lines]


def breaker_lines(pauses: Sequence[ev.AutonomyModeChanged]) -> list[str]:
    if not pauses:
        return ["Circuit breaker: no pause."]
    return [
        f"Circuit breaker: {p.occurred_at:%Y-%m-%d %H:%M} {p.category} "
        f"{p.previous_mode} → {p.mode}: {p.reason}"
        for p in pauses
    ]
