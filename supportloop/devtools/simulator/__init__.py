"""A seeded, pure rollout simulator: weeks of events that tell the shadow → live story."""

from supportloop.devtools.simulator.rollout import RolloutPlan, simulate_rollout

__all__ = ["RolloutPlan", "simulate_rollout"]
