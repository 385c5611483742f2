"""The share of hand-offs with a draft and with the order looked up (issue 24)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from supportloop.core import events as ev
from supportloop.core.metrics.handoffs import handoff_coverage


def _escalated(
    tid: str, category: str, draft: str = "", reasons: tuple[str, ...] = (), **facts: object
) -> ev.TicketEscalated:
    return ev.TicketEscalated(
        event_id=f"e-{tid}-{len(draft)}", ticket_id=tid, category=category, tier=3,
        stage="resolver", reason=reasons[0] if reasons else "out_of_policy", reasons=reasons,
        recommended_action="human_review", draft_reply=draft, facts=facts,  # type: ignore[arg-type]
        order_named=True, received_at=datetime(2025, 6, 2, tzinfo=UTC),
    )  # fmt: skip


def test_coverage_counts_drafts_and_lookups_per_category_and_in_all() -> None:
    events = [
        _escalated("A", "damaged_or_wrong_item", "Hi", order_found=True, order_id="gid://1"),
        _escalated("B", "damaged_or_wrong_item", "", order_found=False),  # number not found
        _escalated("C", "complaint", "Hi"),  # names an order, never looked up
        _escalated("D", "legal", "", ("legal:chargeback",), order_found=True, order_id="g"),
        _escalated("A", "damaged_or_wrong_item", "Hi again", order_found=True, order_id="g"),
    ]
    coverage = handoff_coverage(events)  # every one names an order
    damaged, every = coverage["damaged_or_wrong_item"], coverage["ALL"]
    assert (damaged.handoffs, damaged.with_draft, damaged.draft_expected) == (2, 1, 2)
    assert (damaged.naming_an_order, damaged.with_order_facts) == (2, 2)
    assert (every.handoffs, every.draft_expected, every.with_draft) == (4, 3, 2)  # legal: none
    assert (every.naming_an_order, every.with_order_facts) == (4, 3)
    assert every.order_facts_share == 0.75 and coverage["legal"].draft_share is None


async def test_the_metrics_service_counts_hand_offs_by_draft_and_order_once() -> None:
    from prometheus_client import CollectorRegistry, Counter, Histogram

    from services.metrics.handler import MetricsHandler
    from supportloop.core.metrics import CircuitBreaker, WeeklyBook
    from supportloop.core.outcomes import RecentIds

    registry = CollectorRegistry()
    handler = MetricsHandler(
        book=WeeklyBook(),
        breaker=CircuitBreaker(),
        outcomes=Counter("o", "o", ["category", "outcome"], registry=registry),
        time_to_outcome=Histogram("t", "t", ["outcome"], registry=registry),
        seen=RecentIds(),
        handoffs=Counter("h", "h", ["category", "draft", "order"], registry=registry),
    )
    drafted = _escalated("A", "complaint", "Hi", order_found=True, order_id="g")
    legal = _escalated("B", "legal", "", ("legal",))
    await handler.handle([drafted, legal, drafted])  # the repeat is a redelivery
    value = registry.get_sample_value
    assert value("h_total", {"category": "complaint", "draft": "yes", "order": "looked_up"}) == 1
    assert (
        value("h_total", {"category": "legal", "draft": "not_expected", "order": "not_looked_up"})
        == 1
    )


async def test_the_metrics_service_counts_handoff_draft_reviews_by_verdict_once() -> None:
    from prometheus_client import CollectorRegistry, Counter, Histogram

    from services.metrics.handler import MetricsHandler
    from supportloop.core.metrics import CircuitBreaker, WeeklyBook
    from supportloop.core.outcomes import RecentIds
    from tests.unit.metrics_core.factory import at, draft_reviewed, escalation_reviewed

    registry = CollectorRegistry()
    book = WeeklyBook()
    handler = MetricsHandler(
        book=book,
        breaker=CircuitBreaker(),
        outcomes=Counter("o", "o", ["category", "outcome"], registry=registry),
        time_to_outcome=Histogram("t", "t", ["outcome"], registry=registry),
        seen=RecentIds(),
        handoff_draft_reviews=Counter("d", "d", ["category", "verdict"], registry=registry),
    )
    as_is = escalation_reviewed(
        "A", "complaint", at(1), different=False, draft_verdict="sent_as_is"
    )
    edited = escalation_reviewed("B", "complaint", at(1), different=True, draft_verdict="edited")
    no_draft = escalation_reviewed("C", "legal", at(1), different=False)
    shadow = draft_reviewed("D", "complaint", at(1), "discarded", 1.0)
    await handler.handle([as_is, edited, no_draft, shadow, as_is])  # the last is a redelivery
    value = registry.get_sample_value
    assert value("d_total", {"category": "complaint", "verdict": "sent_as_is"}) == 1
    assert value("d_total", {"category": "complaint", "verdict": "edited"}) == 1
    assert value("d_total", {"category": "complaint", "verdict": "discarded"}) is None  # shadow
    assert value("d_total", {"category": "legal", "verdict": "discarded"}) is None
    assert book.tally(book.current_week or "").handoff_draft_verdicts == {
        "sent_as_is": 1,
        "edited": 1,
    }


def test_the_metrics_service_exports_the_counter_and_reads_the_reviews_topic(
    tmp_path: Path,
) -> None:
    from prometheus_client import CollectorRegistry, generate_latest

    from services.metrics.app import WATCHED_TOPICS, build_app
    from supportloop.core.metrics import names
    from supportloop.core.topics import REVIEWS
    from supportloop.core.topology import ESCALATOR, METRICS
    from supportloop.settings import KafkaSettings, ServiceSettings

    registry = CollectorRegistry()
    build_app(
        kafka=KafkaSettings(topic_prefix="handoffs."),
        settings=ServiceSettings(data_dir=tmp_path),
        registry=registry,
    )
    text = generate_latest(registry).decode()
    assert f"# TYPE {names.HANDOFF_DRAFT_REVIEWS}_total counter" in text
    # the escalator publishes EscalationReviewed to REVIEWS, which the metrics service reads
    assert REVIEWS in ESCALATOR.topics_out() and REVIEWS in METRICS.topics_in()
    assert REVIEWS in WATCHED_TOPICS and ev.EscalationReviewed in REVIEWS.events
    # listed with the services' names: the dashboards' metric check knows it
    assert f"{names.HANDOFF_DRAFT_REVIEWS}_total" in names.service_metric_names()
