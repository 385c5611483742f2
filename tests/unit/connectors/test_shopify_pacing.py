"""Pacing by Shopify's own cost figures: reserve what an operation asked last time, wait for
the refill when the bucket is short, queue concurrent calls behind each other."""

from __future__ import annotations

from supportloop.adapters.connectors.shopify_pacing import CostPacer


def _answer(requested: float, available: float, rate: float = 100.0) -> dict[str, object]:
    return {
        "extensions": {
            "cost": {
                "requestedQueryCost": requested,
                "throttleStatus": {
                    "maximumAvailable": 2000.0,
                    "currentlyAvailable": available,
                    "restoreRate": rate,
                },
            }
        }
    }


def test_no_figures_no_wait_then_waits_for_the_refill() -> None:
    now = [0.0]
    pacer = CostPacer(clock=lambda: now[0])
    assert pacer.reserve("orders") == 0.0  # nothing known yet
    pacer.observe("orders", _answer(requested=300, available=450))
    assert pacer.reserve("orders") == 0.0  # 450 ≥ 300: sent at once, 150 left
    assert pacer.reserve("orders") == 1.5  # 150 short at 100/s
    assert pacer.reserve("orders") == 4.5  # queued behind the one before
    now[0] = 10.0  # refilled: 1000 back, capped at the maximum
    assert pacer.reserve("orders") == 0.0


def test_waits_are_capped_and_garbage_figures_are_ignored() -> None:
    pacer = CostPacer(max_wait_s=2.0, clock=lambda: 0.0)
    pacer.observe("order", _answer(requested=1000, available=0, rate=50))
    assert pacer.reserve("order") == 2.0
    pacer.observe("order", {"extensions": {"cost": {"throttleStatus": {"x": 1}}}})
    pacer.observe("order", {"errors": "Throttled"})
    pacer.observe("order", None)
    assert pacer.reserve("order") == 2.0  # the last good picture stands
