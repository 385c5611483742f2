"""Every Prometheus name SupportLoop's numbers use, in one place.

Exported by the metrics service's collector (``collector.py``), from the weekly book.
The ``supportloop_week_*`` families carry a ``week`` label (ISO week of event time, e.g.
``2025-W03``) and exist for the last ``exposed_weeks`` weeks only; they are counts within
that week, not process-lifetime counters. Overall figures are sums over ``category``.

| number                        | families                                                      |
|-------------------------------|---------------------------------------------------------------|
| 1 autonomous resolution rate  | WEEK_AI_RESOLVED_TICKETS / WEEK_TERMINAL_TICKETS              |
| 2 CSAT AI vs human, gap       | WEEK_CSAT_POINTS (summary: _sum points, _count ratings)       |
| 3 escalation accuracy         | WEEK_ACCURATE_ESCALATION_REVIEWS / WEEK_ESCALATION_REVIEWS    |
| 4 first response time         | WEEK_FIRST_RESPONSE_SECONDS (histogram, resolver ai|human)    |
| 5 categories with falling CSAT| CSAT_CHANGE_POINTS (resolver ai|human|all, current vs previous)|
| 6 knowledge-base gaps         | WEEK_KNOWLEDGE_GAPS                                           |
| 7 repeat contacts within 7 d  | WEEK_REPEAT_CONTACT_TICKETS / WEEK_REPEAT_RESOLVED_TICKETS    |

Recording rules (deploy/prometheus/rules) turn these into ratios, means and quantiles:
``week[_category][_resolver]:supportloop_<number>:<unit>``.
"""

from __future__ import annotations

import re

PREFIX = "supportloop"

WEEK_TERMINAL_TICKETS = "supportloop_week_terminal_tickets"
WEEK_AI_RESOLVED_TICKETS = "supportloop_week_ai_resolved_tickets"
WEEK_CSAT_POINTS = "supportloop_week_csat_points"
WEEK_ESCALATION_REVIEWS = "supportloop_week_escalation_reviews"
WEEK_ACCURATE_ESCALATION_REVIEWS = "supportloop_week_accurate_escalation_reviews"
WEEK_FIRST_RESPONSE_SECONDS = "supportloop_week_first_response_seconds"
WEEK_KNOWLEDGE_GAPS = "supportloop_week_knowledge_gaps"
# The seventh number (core/metrics/repeats.py): by week of resolution, category, resolver.
WEEK_REPEAT_RESOLVED_TICKETS = "supportloop_week_repeat_resolved_tickets"
WEEK_REPEAT_CONTACT_TICKETS = "supportloop_week_repeat_contact_tickets"
CSAT_CHANGE_POINTS = "supportloop_csat_change_points"
CURRENT_WEEK_INFO = "supportloop_metrics_current_week_info"
CIRCUIT_BREAKER_TRIPS = "supportloop_circuit_breaker_trips"  # counter → _total
EVENTS_OBSERVED = "supportloop_metrics_events_observed"  # counter → _total
EVENTS_DUPLICATE = "supportloop_metrics_events_duplicate"  # counter → _total
EVENTS_LATE = "supportloop_metrics_events_late"  # counter → _total
EVENTS_UNJOINED = "supportloop_metrics_events_unjoined"  # counter → _total
TRACKED_TICKETS = "supportloop_metrics_tracked_tickets"
REBUILD_EVENTS = "supportloop_metrics_rebuild_events"  # read back at the last start
REBUILD_FAILED = "supportloop_metrics_rebuild_failed"  # 1: history before the start is missing
# {category, draft: yes|no|not_expected, order: looked_up|not_looked_up} → _total
HANDOFFS = "supportloop_handoffs"  # listed in SERVICE_COUNTERS with its _total
# {category, verdict: sent_as_is|edited|discarded} → _total: how people used hand-off drafts
# (escalation reviews); the shadow drafts' verdicts are not counted in here
HANDOFF_DRAFT_REVIEWS = "supportloop_handoff_draft_reviews"  # in SERVICE_COUNTERS too

# Exported by the pipeline services (owned by the service wiring, referenced by rules and
# dashboards). Histograms are listed by their base name.
SERVICE_COUNTERS = (
    "supportloop_messages_total",  # {service, topic, outcome}
    "supportloop_dead_letters_total",  # {service, stage, reason}
    "supportloop_terminal_outcomes_total",  # {category, outcome}
    "supportloop_handoffs_total",  # {category, draft, order} (metrics service, issue 24)
    "supportloop_handoff_draft_reviews_total",  # {category, verdict} (metrics service)
)
SERVICE_GAUGES = (
    "supportloop_autonomy_mode",  # {category, mode} 0/1
    "supportloop_consumer_lag_messages",  # {service, topic, partition}
)
SERVICE_HISTOGRAMS = ("supportloop_processing_seconds",)  # {service}


def sample_names(base: str, kind: str) -> tuple[str, ...]:
    """The series names a family of this kind puts in the exposition."""
    if kind == "histogram":
        return (f"{base}_bucket", f"{base}_sum", f"{base}_count")
    if kind == "summary":
        return (base, f"{base}_sum", f"{base}_count")
    if kind == "counter":
        return (base if base.endswith("_total") else f"{base}_total",)
    return (base,)


def service_metric_names() -> frozenset[str]:
    names: set[str] = set()
    for base in SERVICE_COUNTERS:
        names.update(sample_names(base, "counter"))
    for base in SERVICE_GAUGES:
        names.update(sample_names(base, "gauge"))
    for base in SERVICE_HISTOGRAMS:
        names.update(sample_names(base, "histogram"))
    return frozenset(names)


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_IDENTIFIER = re.compile(r"(?<![\w.$])[A-Za-z_:][A-Za-z0-9_:]*")
_KEYWORDS = frozenset(
    {"and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring"}
    | {"group_left", "group_right", "inf", "nan", "atan2"}
)


def referenced_metric_names(expr: str) -> frozenset[str]:
    """Metric names a PromQL expression selects (functions, labels and keywords left out)."""
    text = _STRINGS.sub('""', expr)
    text = _MATCHERS.sub("", text)
    text = _RANGES.sub("", text)
    text = _GROUPING.sub("", text)
    found = set()
    for match in _IDENTIFIER.finditer(text):
        rest = text[match.end() :].lstrip()
        if rest.startswith("(") or match.group().lower() in _KEYWORDS:
            continue
        found.add(match.group())
    return frozenset(found)
