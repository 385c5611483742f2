from __future__ import annotations

from functools import cache

from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.devtools.demo.rollout import rollout_story


@cache
def story() -> str:
    return rollout_story(7)


def timeline_modes(text: str) -> list[tuple[str, ...]]:
    """(week, mode of each live-bound category) rows of the timeline."""
    lines = text.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("week "))) + 2
    rows = []
    for line in lines[start:]:
        if not line.strip():
            break
        cells = line.split()
        rows.append((cells[0], *(c for c in cells[2:] if c.isalpha())))
    return rows


def test_the_story_shows_shadow_weeks_then_live_one_at_a_time_and_the_breakers_pause() -> None:
    assert timeline_modes(story()) == [
        ("2025-W10", "shadow", "shadow", "shadow", "shadow", "shadow"),
        ("2025-W11", "shadow", "shadow", "shadow", "shadow", "shadow"),
        ("2025-W12", "live", "shadow", "shadow", "shadow", "shadow"),
        ("2025-W13", "live", "live", "shadow", "shadow", "shadow"),
        ("2025-W14", "live", "live", "live", "shadow", "shadow"),
        ("2025-W15", "live", "paused", "live", "live", "shadow"),
        ("2025-W16", "live", "paused", "live", "live", "live"),
        ("2025-W17", "live", "paused", "live", "live", "live"),
    ]
    [breaker] = [line for line in story().splitlines() if line.startswith("Circuit breaker:")]
    assert breaker.startswith("Circuit breaker: 2025-04-11 16:45 order_status live → paused:")
    assert "(85.9 in 2025-W14 → 59.4 in 2025-W15, 32 → 24 ratings, p=0.00052)" in breaker
    assert "\n== 2025-W17 (from 2025-04-21) ==\n" in story()  # the weekly report follows
    assert "Mode: 2025-04-11 16:45 order_status live → paused by metrics-circuit-breaker" in story()


def test_same_seed_same_text_and_another_seed_another_story() -> None:
    assert rollout_story(7) == story()
    small = rollout_story(3, weeks=3, tickets_per_week=60)
    assert small == rollout_story(3, weeks=3, tickets_per_week=60)
    assert small != rollout_story(4, weeks=3, tickets_per_week=60)
    assert "Circuit breaker: no pause." in small


def test_cli_prints_the_story() -> None:
    args = ["report", "story", "--seed", "3", "--weeks", "3", "--tickets-per-week", "60"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == rollout_story(3, weeks=3, tickets_per_week=60)
