"""The rollout story `make demo` ends with: weeks of a seeded rollout in fast-forward.

The simulator plays the tickets, ratings and agent outcomes in event-time order through a
``WeeklyBook`` and a ``CircuitBreaker`` — the breaker is asked after every CSAT rating, as
the metrics service asks it — so the pause it decides is part of the story and sends the
category's later tickets back to drafts. The text is a timeline (mode and AI CSAT of each
category that went live, week by week, and the breaker's decisions with their evidence)
followed by the weekly report. Same seed, same text.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
from collections.abc import Sequence
from datetime import timedelta

from prometheus_client.parser import text_string_to_metric_families

from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import read_all
from supportloop.core import events as ev
from supportloop.core.metrics import names
from supportloop.core.metrics.breaker import BREAKER_ACTOR
from supportloop.core.metrics.report import WeeklyReport, build_weekly_report, render
from supportloop.core.metrics.weeks import as_utc
from supportloop.core.topics import ALL_TOPICS, TopicSpec
from supportloop.devtools.simulator import RolloutPlan, simulate_rollout
from supportloop.settings import KafkaSettings


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
    return _story(seed, weeks, tickets_per_week, plan, events)


def rollout_story_with_report(
    seed: int = 7, *, weeks: int = 8, tickets_per_week: int = 600
) -> tuple[str, WeeklyReport]:
    """The story and its weekly report (for the HTML page), from one simulation."""
    plan = RolloutPlan()
    events = simulate_rollout(seed, weeks=weeks, tickets_per_week=tickets_per_week, plan=plan)
    report = build_weekly_report(events, weeks=weeks, settings=plan.settings)
    return _story(seed, weeks, tickets_per_week, plan, events), report


def _story(
    seed: int, weeks: int, tickets_per_week: int, plan: RolloutPlan, events: Sequence[ev.Event]
) -> str:
    report = build_weekly_report(events, weeks=weeks, settings=plan.settings)
    pauses = {  # a flip read back from the config and the audit topic is one flip
        e.event_id: e
        for e in events
        if isinstance(e, ev.AutonomyModeChanged) and e.changed_by == BREAKER_ACTOR
    }
    s = plan.settings
    header = (
        f"Rollout story, seed {seed}: {weeks} weeks × {tickets_per_week} simulated tickets. "
        f"Weeks 1–2 shadow, then one category live a week; {plan.degrading_category}'s AI "
        f"CSAT degrades from week {plan.degrade_week}. Circuit breaker: AI CSAT down "
        f"≥ {s.breaker_drop_points:g} points week over week on ≥ {s.breaker_min_sample} "
        f"ratings a week, p ≤ {s.breaker_max_p_value:g}."
    )
    return "\n".join(
        [
            header,
            "",
            *timeline(report, live_categories(plan)),
            "",
            *breaker_lines(list(pauses.values())),
            "",
        ]
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


# ------------------------------------------------------------------ through the real service
def topics_of(event: ev.Event) -> tuple[TopicSpec, ...]:
    """Where the pipeline publishes an event of this type (a flip goes to config and audit)."""
    return tuple(spec for spec in ALL_TOPICS if isinstance(event, spec.events))


def _key(event: ev.Event) -> str:
    return event.category if isinstance(event, ev.AutonomyModeChanged) else event.ticket_id


def observed_events(metrics_url: str) -> float:
    """The metrics service's count of events in its weekly book, from its /metrics page."""
    with urllib.request.urlopen(f"{metrics_url}/metrics", timeout=10) as response:
        text = response.read().decode()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == f"{names.EVENTS_OBSERVED}_total":
                return float(sample.value)
    return 0.0


async def publish_in_event_time(
    settings: KafkaSettings,
    events: Sequence[ev.Event],
    metrics_url: str,
    chunk: timedelta = timedelta(hours=6),
    timeout_s: float = 60.0,
) -> None:
    """Publish the events chunk by chunk of event time, and after each chunk wait until the
    metrics service has counted it — so the service sees the weeks in order even though it
    reads many topics and partitions at once."""
    target = await asyncio.to_thread(observed_events, metrics_url)
    ordered = sorted(events, key=lambda e: as_utc(e.occurred_at))
    async with event_producer(settings) as producer:
        index = 0
        while index < len(ordered):
            end = as_utc(ordered[index].occurred_at) + chunk
            while index < len(ordered) and as_utc(ordered[index].occurred_at) < end:
                event = ordered[index]
                for topic in topics_of(event):
                    await producer.send(topic, event, key=_key(event))
                target += 1
                index += 1
            await producer.flush()
            deadline = time.monotonic() + timeout_s
            while await asyncio.to_thread(observed_events, metrics_url) < target:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the metrics service did not count {target} events")
                await asyncio.sleep(0.05)


def rollout_story_via_service(
    settings: KafkaSettings,
    metrics_url: str,
    seed: int = 7,
    *,
    weeks: int = 8,
    tickets_per_week: int = 600,
    plan: RolloutPlan | None = None,
) -> str:
    """The same story, but the running metrics service makes the breaker's decision: the
    simulated events (without the simulator's own pause) are published to the topics in
    event-time order, and the story is read back from the topics.

    Use topics of their own (a ``topic_prefix``) and a metrics service that has seen no
    other events: the simulated flips would otherwise steer a real resolver, and a book
    already in a later week would drop the simulated weeks as late.
    """
    plan = plan or RolloutPlan()
    simulated = simulate_rollout(seed, weeks=weeks, tickets_per_week=tickets_per_week, plan=plan)
    without_pause = [e for e in simulated if not _is_breaker_flip(e)]
    asyncio.run(publish_in_event_time(settings, without_pause, metrics_url))
    events = sorted(
        asyncio.run(read_all(settings, ALL_TOPICS)), key=lambda e: as_utc(e.occurred_at)
    )
    return _story(seed, weeks, tickets_per_week, plan, events)


def _is_breaker_flip(event: ev.Event) -> bool:
    return isinstance(event, ev.AutonomyModeChanged) and event.changed_by == BREAKER_ACTOR
