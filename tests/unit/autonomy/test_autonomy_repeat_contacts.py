"""`rollout status` uses the seventh number: repeat contacts within 7 days, AI vs human,
are evidence for every category, and pause a live category whose AI answers bring
customers back clearly more often than people's answers do."""

from __future__ import annotations

from supportloop.core import events as ev
from supportloop.core.autonomy import RolloutSettings, rollout_status
from tests.unit.autonomy.autonomy_events import at, flip, resolved
from tests.unit.metrics_core.factory import handed_off
from tests.unit.metrics_core.test_repeat_contacts import contact

SETTINGS = RolloutSettings(min_repeat_sample=10, pause_repeat_gap_points=10.0)


def tickets(prefix: str, count: int, back: int, *, ai: bool) -> list[ev.Event]:
    """``count`` wismo tickets of distinct customers, ``back`` of whom write again (same
    order) two days after the resolution."""
    events: list[ev.Event] = []
    for i in range(count):
        email, order = f"{prefix}{i}@example.com", f"{prefix}-{i}"
        tid = f"{prefix}{i}"
        events.append(contact(tid, at(0, minutes=i), email=email, order=order))
        events.append(resolved(tid, "wismo", at(0.5)) if ai else handed_off(tid, "wismo", at(0.5)))
        if i < back:
            events.append(contact(f"{tid}-again", at(2.5), email=email, order=order))
    return events


def status_of(events: list[ev.Event]) -> tuple[str, tuple[str, ...], dict[str, object]]:
    live = [flip("wismo", "live", at(-1), previous="shadow")]
    (status,) = [s for s in rollout_status([*live, *events], SETTINGS) if s.category == "wismo"]
    return status.recommendation, status.reasons, dict(status.evidence)


def test_ai_answers_that_bring_customers_back_pause_a_live_category() -> None:
    recommendation, reasons, evidence = status_of(
        tickets("a", 20, 6, ai=True) + tickets("h", 20, 1, ai=False)
    )
    assert recommendation == "pause"
    assert reasons[-1] == (
        "AI-resolved customers came back within 7 days 30.0% of the time vs 5.0% for people "
        "(25.0 points; threshold 10)"
    )
    assert (evidence["repeat_rate_ai"], evidence["repeat_resolved_ai"]) == (0.3, 20)
    assert (evidence["repeat_rate_human"], evidence["repeat_resolved_human"]) == (0.05, 20)


def test_a_small_gap_or_a_small_sample_is_evidence_only() -> None:
    close, _, evidence = status_of(tickets("a", 20, 3, ai=True) + tickets("h", 20, 2, ai=False))
    assert close == "keep" and evidence["repeat_rate_ai"] == 0.15
    few, _, _ = status_of(tickets("a", 5, 4, ai=True) + tickets("h", 20, 0, ai=False))
    assert few == "keep"  # 5 AI resolutions: below min_repeat_sample
