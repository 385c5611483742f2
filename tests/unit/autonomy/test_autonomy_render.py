from __future__ import annotations

import json
import re

from supportloop.core.autonomy import ModeBoard, rollout_status
from supportloop.core.autonomy.render import render_history, render_modes, render_status
from tests.unit.autonomy.autonomy_events import at, drafted, flip


def test_modes_table_marks_never_flipped_categories() -> None:
    board = ModeBoard.from_events([flip("wismo", "live", at(0), by="alice")])
    assert render_modes(board.states(["billing"])).splitlines() == [
        "CATEGORY  MODE    SINCE                 BY     REASON",
        "billing   shadow  (default)",
        "wismo     live    2025-03-03 00:00:00Z  alice  to live",
    ]


def test_history_of_a_never_flipped_category() -> None:
    assert render_history("billing", []) == "billing: never flipped (default mode shadow)\n"
    assert json.loads(render_history("billing", [], "json")) == []


def test_history_json_keeps_who_when_why_and_previous_mode() -> None:
    [row] = json.loads(
        render_history("wismo", [flip("wismo", "live", at(1), "shadow", "bob")], "json")
    )
    assert row == {
        "at": "2025-03-04 00:00:00Z",
        "category": "wismo",
        "mode": "live",
        "previous_mode": "shadow",
        "changed_by": "bob",
        "reason": "to live",
        "evidence": {},
    }


def test_status_table_row() -> None:
    statuses = rollout_status([drafted("t", "wismo", at(0))], categories=["wismo"])
    lines = render_status(statuses).splitlines()
    assert lines[0] == "window: 2025-W07 … 2025-W10"
    assert re.split(r"\s{2,}", lines[1]) == [
        "CATEGORY", "MODE", "SHADOW", "REVIEWED", "ACCEPTED", "CSAT AI/HUMAN", "ESCALATED",
        "THRESHOLD PREC/COV", "RECOMMENDATION", "EVIDENCE",
    ]  # fmt: skip
    assert re.split(r"\s{2,}", lines[2]) == [
        "wismo", "shadow", "1", "0", "—", "— / —", "0.0%", "—", "keep",
        "1 shadow tickets, need 200; 0 reviewed drafts, need 50; no draft acceptance, need 90.0%",
    ]  # fmt: skip


def test_status_without_events() -> None:
    assert render_status([]).splitlines()[0] == "window: no events"


def test_status_json_is_every_field() -> None:
    [row] = json.loads(render_status(rollout_status([], categories=["wismo"]), "json"))
    assert (row["category"], row["mode"], row["recommendation"], row["tickets"]) == (
        "wismo",
        "shadow",
        "keep",
        0,
    )
