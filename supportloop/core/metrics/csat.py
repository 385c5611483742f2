"""CSAT points: a 1–5 rating maps linearly onto 0–100, so 1→0, 2→25, 3→50, 4→75, 5→100.

A week's CSAT is the mean of its ratings' points; a gap or a change is a difference of means,
in points. The linear map keeps every rating in the mean (a "share of 4s and 5s" would hide
a slide from 5 to 4), and one point equals one percent of the scale.
"""

from __future__ import annotations

MIN_SCORE = 1
MAX_SCORE = 5


def csat_points(score: int) -> float:
    if not MIN_SCORE <= score <= MAX_SCORE:
        raise ValueError(f"CSAT score {score} is outside {MIN_SCORE}–{MAX_SCORE}")
    return (score - MIN_SCORE) * 100.0 / (MAX_SCORE - MIN_SCORE)
