"""Promotion also needs the measured precision of automated decisions and coverage (issue 19)."""

from __future__ import annotations

from supportloop.core import events as ev
from supportloop.core.autonomy import CategoryStatus, rollout_status
from supportloop.core.autonomy.render import render_status
from supportloop.core.autonomy.rollout import AutomationFigures
from tests.unit.autonomy.autonomy_events import at, drafted, reviewed
from tests.unit.autonomy.test_autonomy_rollout import SMALL


def _ready() -> list[ev.Event]:
    shadow: list[ev.Event] = [drafted(f"w-{i}", "wismo", at(i / 10)) for i in range(4)]
    return shadow + [
        reviewed(f"w-{i}", "wismo", at(1 + i / 10), "sent_as_is", 0.0) for i in range(4)
    ]


def _status(figures: AutomationFigures | None) -> CategoryStatus:
    automation = {} if figures is None else {"wismo": figures}
    [status] = rollout_status(_ready(), SMALL, automation=automation)
    return status


def test_precise_enough_at_a_worthwhile_coverage_is_promoted() -> None:
    status = _status(AutomationFigures(0.995, 0.85, 0.9, "eval held-out"))
    assert (status.recommendation, status.target_mode) == ("promote", "live")
    assert status.reasons[-1] == (
        "precision of automated decisions 99.5% at coverage 85.0% (eval held-out)"
    )
    assert status.evidence["precision_automated"] == 0.995
    assert "0.9 99.5%/85.0%" in render_status([status])


def test_accepted_drafts_alone_do_not_promote_an_imprecise_category() -> None:
    status = _status(AutomationFigures(0.97, 0.9, 0.6, "dev"))
    assert (status.recommendation, status.target_mode) == ("keep", None)
    assert status.reasons == ("precision of automated decisions 97.0%, need 99.0%",)
    assert status.evidence["recommendation"] == "keep"


def test_precise_but_rarely_automated_is_not_worth_promoting() -> None:
    status = _status(AutomationFigures(1.0, 0.2, 0.99, "dev"))
    assert status.recommendation == "keep"
    assert status.reasons == ("coverage 20.0% at its threshold, need 50.0%",)


def test_unmeasured_category_is_kept() -> None:
    status = _status(None)
    assert status.recommendation == "keep"
    assert status.reasons == ("no measured precision of automated decisions",)


def test_without_figures_the_gate_is_not_applied() -> None:
    [status] = rollout_status(_ready(), SMALL)
    assert status.recommendation == "promote"
