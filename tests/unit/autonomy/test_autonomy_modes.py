from __future__ import annotations

import pytest

from supportloop.core import events as ev
from supportloop.core.autonomy import (
    MODES,
    ModeBoard,
    NoOpFlip,
    UnknownCategory,
    UnknownMode,
    drafts_only,
    make_flip,
    may_act,
    validate_flip,
)
from tests.unit.autonomy.autonomy_events import at, flip

CATEGORIES = ("refund_request", "wismo")


def test_only_live_acts_and_paused_drafts_like_shadow() -> None:
    assert MODES == ("off", "shadow", "live", "paused")
    assert [may_act(m) for m in MODES] == [False, False, True, False]
    assert [drafts_only(m) for m in MODES] == [False, True, False, True]


def test_every_category_starts_in_shadow() -> None:
    board = ModeBoard()
    assert board.mode("wismo") == "shadow"
    state = board.state("wismo")
    assert (state.mode, state.flipped, state.last_flip) == ("shadow", False, None)


def test_latest_flip_by_event_time_wins_even_when_it_arrives_first() -> None:
    newer = flip("wismo", "live", at(2), previous="shadow")
    older = flip("wismo", "off", at(1), previous="shadow")
    board = ModeBoard.from_events([newer, older])
    assert board.mode("wismo") == "live"
    assert [f.mode for f in board.history("wismo")] == ["off", "live"]


def test_equal_times_later_arrival_wins() -> None:
    first = flip("wismo", "live", at(1))
    second = flip("wismo", "paused", at(1))
    assert ModeBoard.from_events([first, second]).mode("wismo") == "paused"


def test_redelivered_flip_and_other_events_are_ignored() -> None:
    one = flip("wismo", "live", at(1))
    board = ModeBoard()
    assert board.apply(one) is True
    assert board.apply(one) is False
    assert board.apply("not an event") is False
    assert len(board.history("wismo")) == 1


def test_states_list_given_categories_and_flipped_ones_sorted() -> None:
    board = ModeBoard.from_events([flip("zzz_retired", "off", at(1))])
    states = board.states(["wismo", "billing"])
    assert [(s.category, s.mode, s.flipped) for s in states] == [
        ("billing", "shadow", False),
        ("wismo", "shadow", False),
        ("zzz_retired", "off", True),
    ]


def test_unknown_category_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownCategory) as error:
        validate_flip("wsimo", "live", CATEGORIES, "shadow")
    assert str(error.value) == "unknown category 'wsimo'; valid categories: refund_request, wismo"


def test_unknown_mode_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownMode) as error:
        validate_flip("wismo", "on", CATEGORIES, "shadow")
    assert str(error.value) == "unknown mode 'on'; valid modes: off, shadow, live, paused"


def test_no_op_flip_is_rejected() -> None:
    with pytest.raises(NoOpFlip) as error:
        validate_flip("wismo", "shadow", CATEGORIES, "shadow")
    assert str(error.value) == "wismo is already shadow; nothing to change"
    assert validate_flip("wismo", "live", CATEGORIES, "shadow") == "live"
    assert validate_flip("wismo", "shadow", CATEGORIES, None) == "shadow"


def test_make_flip_carries_who_when_why_and_previous_mode() -> None:
    event = make_flip("wismo", "live", "acceptance 95%", "alice", "shadow", at(3), {"n": 250})
    assert (event.category, event.mode, event.previous_mode) == ("wismo", "live", "shadow")
    assert (event.changed_by, event.reason, event.occurred_at) == ("alice", "acceptance 95%", at(3))
    assert event.evidence == {"n": 250}
    assert event.ticket_id == f"autonomy:wismo:live:{at(3).isoformat()}"
    assert event.event_id == ev.derive_event_id(event.ticket_id, ev.IdStage.MODE_CHANGED)
    again = make_flip("wismo", "live", "acceptance 95%", "alice", "shadow", at(3))
    later = make_flip("wismo", "live", "acceptance 95%", "alice", "shadow", at(4))
    assert again.event_id == event.event_id
    assert later.event_id != event.event_id
