"""verify_approval: whether an approval is real, from the helpdesk's own documents (ticket,
audit trail in Zendesk's shape, the approver's user record and groups)."""

from __future__ import annotations

import itertools
import math
from datetime import UTC, datetime
from typing import Any

import pytest

from supportloop.core.handoff import (
    REFUSAL_REASONS,
    ApprovalEvidence,
    ApprovalRefused,
    HandoffSettings,
    PendingApproval,
    VerifiedApproval,
    approval_amount,
    approval_audit,
    approver_groups_needed,
    ticket_refusal,
    verify_approval,
)
from supportloop.core.handoff.verification import chronological, tag_changes

APPROVE, REJECT = "supportloop_approve", "supportloop_reject"
ANA, BEN, REQUESTER, API_USER = "9001", "9002", "27001", "9000"
Doc = dict[str, Any]
_ids = itertools.count(1000)


hostile = pytest.mark.hostile


def pending(action: str = "refund_order", **params: Any) -> PendingApproval:
    facts = {"order_id": "1034", "refund_amount": 114.0, "order_total": 114.0, **params}
    return PendingApproval(
        ticket_id="T1",
        category="refund_request",
        action=action,
        params={k: v for k, v in facts.items() if v is not None},
        requested_at=datetime(2025, 6, 2, 12, 0, tzinfo=UTC),
    )


def ticket(*tags: str, requester: str | int | None = REQUESTER) -> Doc:
    return {"id": "T1", "tags": list(tags), "requester_id": requester, "status": "open"}


def tags_audit(author: str | int | None, before: list[str], after: list[str], minute: int) -> Doc:
    return {
        "id": next(_ids),
        "ticket_id": "T1",
        "author_id": author,
        "created_at": f"2025-06-02T12:{minute:02d}:00Z",
        "events": [
            {"id": next(_ids), "type": "Change", "field_name": "tags", "value": after,
             "previous_value": before},
        ],
    }  # fmt: skip


def comment_audit(author: str, minute: int) -> Doc:
    return {
        "id": next(_ids),
        "author_id": author,
        "created_at": f"2025-06-02T12:{minute:02d}:00Z",
        "events": [{"id": next(_ids), "type": "Comment", "body": "hi", "public": False}],
    }


HANDOFF = ["supportloop_handoff"]
APPROVED = [*HANDOFF, APPROVE]


def user(user_id: str, role: str = "agent", **extra: Any) -> Doc:
    return {"id": int(user_id), "role": role, "active": True, "suspended": False, **extra}


def evidence(
    audits: list[Doc],
    approver: Doc | None = None,
    the_ticket: Doc | None = None,
    groups: list[Doc] | None = None,
    complete: bool = True,
) -> ApprovalEvidence:
    return ApprovalEvidence(
        ticket=the_ticket if the_ticket is not None else ticket(*APPROVED),
        audits=audits,
        audits_complete=complete,
        approver=approver,
        approver_groups=groups or [],
        api_user_id=API_USER,
    )


def approved_by(author: str, minute: int = 5) -> list[Doc]:
    return [
        tags_audit(API_USER, [], HANDOFF, 1),
        comment_audit(API_USER, 1),
        tags_audit(author, HANDOFF, APPROVED, minute),
    ]


def refused(verdict: object) -> str:
    assert isinstance(verdict, ApprovalRefused), verdict
    return verdict.reason


S = HandoffSettings()


# the happy path ------------------------------------------------------------------------
def test_an_agent_who_added_the_tag_is_the_verified_approver() -> None:
    verdict = verify_approval(pending(), evidence(approved_by(ANA), user(ANA)), S, ANA)
    assert verdict == VerifiedApproval(ANA, "agent", verdict.audit_id, ANA)  # type: ignore[union-attr]
    assert isinstance(verdict, VerifiedApproval) and not verdict.claim_differs


def test_an_admin_approves_too() -> None:
    verdict = verify_approval(pending(), evidence(approved_by(ANA), user(ANA, "admin")), S)
    assert isinstance(verdict, VerifiedApproval) and verdict.role == "admin"


@hostile
def test_the_audits_author_wins_over_the_webhooks_claimed_actor() -> None:
    verdict = verify_approval(pending(), evidence(approved_by(ANA), user(ANA)), S, BEN)
    assert isinstance(verdict, VerifiedApproval)
    assert (verdict.user_id, verdict.claimed_by, verdict.claim_differs) == (ANA, BEN, True)


def test_the_most_recent_audit_adding_the_tag_names_the_approver() -> None:
    audits = [
        *approved_by(BEN, 2),
        tags_audit(BEN, APPROVED, HANDOFF, 3),  # withdrawn …
        tags_audit(ANA, HANDOFF, APPROVED, 4),  # … and approved again by someone else
    ]
    verdict = verify_approval(pending(), evidence(audits, user(ANA)), S, BEN)
    assert isinstance(verdict, VerifiedApproval) and verdict.user_id == ANA


def test_audits_are_read_in_time_order_and_same_second_audits_keep_the_api_order() -> None:
    first, second = tags_audit(ANA, [], [APPROVE], 5), tags_audit(BEN, [APPROVE], [], 5)
    late = tags_audit(ANA, [], [APPROVE], 9)
    assert [a["id"] for a in chronological([late, first, second])] == [
        first["id"],
        second["id"],
        late["id"],
    ]
    found = approval_audit([late, first, second], S)
    assert found is not None and found.author_id == ANA and found.index == 2


def test_tag_values_may_be_lists_or_space_separated_strings_and_create_events_count() -> None:
    audit = {"events": [{"type": "Change", "field_name": "tags", "value": "a b supportloop_approve",
                         "previous_value": "a b c"}]}  # fmt: skip
    assert tag_changes(audit) == ({APPROVE}, {"c"})
    created = {"events": [{"type": "Create", "field_name": "tags", "value": [APPROVE]}]}
    assert tag_changes(created) == ({APPROVE}, set())
    assert tag_changes({"events": "junk"}) == (set(), set())


# forged, withdrawn or contradicted -------------------------------------------------------
@hostile
def test_an_approval_without_the_tag_on_the_ticket_now_is_refused() -> None:
    verdict = verify_approval(
        pending(), evidence(approved_by(ANA), user(ANA), ticket(*HANDOFF)), S, ANA
    )
    assert refused(verdict) == "tag_not_on_ticket"
    assert refused(verify_approval(pending(), ApprovalEvidence(None), S)) == "tag_not_on_ticket"


@hostile
def test_approve_and_reject_together_is_a_rejection() -> None:
    both = ticket(*APPROVED, REJECT)
    assert refused(verify_approval(pending(), evidence(approved_by(ANA), user(ANA), both), S)) == (
        "rejected_since"
    )


@hostile
def test_a_reject_added_after_the_approval_refuses_it_even_once_removed_again() -> None:
    audits = [
        *approved_by(ANA, 2),
        tags_audit(BEN, APPROVED, [*APPROVED, REJECT], 3),
        tags_audit(BEN, [*APPROVED, REJECT], APPROVED, 4),
    ]
    verdict = verify_approval(pending(), evidence(audits, user(ANA)), S, ANA)
    assert refused(verdict) == "rejected_since"
    assert isinstance(verdict, ApprovalRefused) and verdict.author_id == ANA


@hostile
def test_an_approve_tag_with_no_audit_adding_it_is_refused() -> None:
    audits = [tags_audit(API_USER, [], HANDOFF, 1), comment_audit(ANA, 2)]
    assert refused(verify_approval(pending(), evidence(audits, user(ANA)), S)) == (
        "approval_not_audited"
    )


@hostile
def test_an_audit_trail_longer_than_what_was_read_is_not_verified() -> None:
    verdict = verify_approval(pending(), evidence(approved_by(ANA), user(ANA), complete=False), S)
    assert refused(verdict) == "audit_incomplete"


# who approved ---------------------------------------------------------------------------
@hostile
@pytest.mark.parametrize("author", [None, "-1", -1])
def test_a_tag_added_by_no_user_or_the_system_is_refused(author: Any) -> None:
    verdict = verify_approval(pending(), evidence(approved_by(author), None), S, ANA)
    assert refused(verdict) == "unknown_approver"


@hostile
def test_an_author_the_helpdesk_does_not_know_is_refused() -> None:
    verdict = verify_approval(pending(), evidence(approved_by("31337"), None), S, "31337")
    assert refused(verdict) == "unknown_approver"
    # a user document for someone else (or deleted) does not vouch for the author
    assert refused(verify_approval(pending(), evidence(approved_by("31337"), user(ANA)), S)) == (
        "unknown_approver"
    )
    deleted = user("31337", active=False)
    assert refused(verify_approval(pending(), evidence(approved_by("31337"), deleted), S)) == (
        "unknown_approver"
    )


@hostile
def test_the_requester_cannot_approve_even_when_they_are_an_agent() -> None:
    agent_requester = ticket(*APPROVED, requester=int(ANA))
    verdict = verify_approval(pending(), evidence(approved_by(ANA), user(ANA), agent_requester), S)
    assert refused(verdict) == "approver_is_requester"
    as_end_user = verify_approval(
        pending(), evidence(approved_by(REQUESTER), user(REQUESTER, "end-user")), S
    )
    assert refused(as_end_user) == "approver_is_requester"


@hostile
def test_supportloops_api_user_and_bot_users_cannot_approve() -> None:
    verdict = verify_approval(pending(), evidence(approved_by(API_USER), user(API_USER)), S)
    assert refused(verdict) == "approver_is_bot"
    bots = HandoffSettings(bot_user_ids=("777",))
    verdict = verify_approval(pending(), evidence(approved_by("777"), user("777")), bots)
    assert refused(verdict) == "approver_is_bot"


@hostile
def test_an_end_user_cannot_approve() -> None:
    verdict = verify_approval(pending(), evidence(approved_by(BEN), user(BEN, "end-user")), S)
    assert refused(verdict) == "approver_not_agent"


@hostile
def test_a_suspended_agent_cannot_approve() -> None:
    verdict = verify_approval(pending(), evidence(approved_by(ANA), user(ANA, suspended=True)), S)
    assert refused(verdict) == "approver_suspended"


# money needs the right person ------------------------------------------------------------
FINANCE = {"id": 3602, "name": "Finance", "deleted": False}
SUPPORT = {"id": 3601, "name": "Support", "deleted": False}


def test_no_money_requirement_by_default() -> None:
    assert approval_amount(pending()) == 114.0
    big = pending(refund_amount=5000.0)
    assert isinstance(
        verify_approval(big, evidence(approved_by(ANA), user(ANA)), S), VerifiedApproval
    )


@hostile
def test_above_the_threshold_an_agent_outside_the_group_is_refused() -> None:
    s = HandoffSettings(approval_money_threshold=100, approval_money_groups=("Finance",))
    verdict = verify_approval(pending(), evidence(approved_by(ANA), user(ANA), groups=[SUPPORT]), s)
    assert refused(verdict) == "approver_lacks_role_or_group"
    assert isinstance(verdict, ApprovalRefused) and "114.00" in verdict.detail


def test_above_the_threshold_a_group_member_by_name_or_id_approves() -> None:
    by_name = HandoffSettings(approval_money_threshold=100, approval_money_groups=("finance",))
    by_id = HandoffSettings(approval_money_threshold=100, approval_money_groups=(3602,))  # type: ignore[arg-type]
    for s in (by_name, by_id):
        groups = [SUPPORT, FINANCE] if s is by_name else [{"id": 3602}]
        verdict = verify_approval(
            pending(), evidence(approved_by(ANA), user(ANA), groups=groups), s
        )
        assert isinstance(verdict, VerifiedApproval), s


@hostile
def test_a_deleted_group_does_not_count() -> None:
    s = HandoffSettings(approval_money_threshold=0, approval_money_groups=("Finance",))
    gone = [{**FINANCE, "deleted": True}]
    verdict = verify_approval(pending(), evidence(approved_by(ANA), user(ANA), groups=gone), s)
    assert refused(verdict) == "approver_lacks_role_or_group"


def test_a_role_satisfies_the_requirement_without_groups() -> None:
    s = HandoffSettings(approval_money_threshold=0, approval_money_roles=("admin",))
    assert isinstance(
        verify_approval(pending(), evidence(approved_by(ANA), user(ANA, "admin")), s),
        VerifiedApproval,
    )
    assert refused(verify_approval(pending(), evidence(approved_by(ANA), user(ANA)), s)) == (
        "approver_lacks_role_or_group"
    )


def test_at_or_below_the_threshold_any_agent_approves() -> None:
    s = HandoffSettings(approval_money_threshold=114, approval_money_groups=("Finance",))
    assert isinstance(
        verify_approval(pending(), evidence(approved_by(ANA), user(ANA)), s), VerifiedApproval
    )
    assert not approver_groups_needed(pending(), user(ANA), s)
    assert approver_groups_needed(pending(refund_amount=114.01), user(ANA), s)


def test_threshold_zero_reviews_every_refund_and_actions_without_money_are_free() -> None:
    s = HandoffSettings(approval_money_threshold=0, approval_money_groups=("Finance",))
    assert approver_groups_needed(pending(refund_amount=1.0), user(ANA), s)
    address = pending("update_shipping_address", refund_amount=None, order_total=None)
    assert approval_amount(address) is None
    assert isinstance(
        verify_approval(address, evidence(approved_by(ANA), user(ANA)), s), VerifiedApproval
    )


def test_the_amount_of_each_money_moving_action() -> None:
    assert approval_amount(pending("cancel_order", refund_amount=None, order_total=80.0)) == 80.0
    assert approval_amount(pending("refund_order", refund_amount=None, order_total=80.0)) == 80.0
    assert approval_amount(pending("remove_line_item", order_total=60.0)) == 60.0  # a bound
    unknown = pending("refund_order", refund_amount=None, order_total=None)
    assert approval_amount(unknown) == math.inf  # a money action without an amount: fail closed
    assert approval_amount(pending(refund_amount="abc", order_total=None)) == math.inf


def test_settings_refuse_a_threshold_nobody_can_meet_and_unknown_roles() -> None:
    with pytest.raises(ValueError, match="approval_money_roles or approval_money_groups"):
        HandoffSettings(approval_money_threshold=0)
    with pytest.raises(ValueError, match="not roles"):
        HandoffSettings(approval_money_roles=("administrator",))


def test_ticket_refusal_reads_the_ticket_alone() -> None:
    assert ticket_refusal(ticket(*APPROVED), S) is None
    assert ticket_refusal(ticket(), S) == ApprovalRefused(
        "tag_not_on_ticket", f"the approve tag {APPROVE} is not on it now"
    )


def test_every_refusal_reason_is_listed() -> None:
    assert set(REFUSAL_REASONS) >= {
        "tag_not_on_ticket", "unknown_approver", "approver_is_requester", "approver_is_bot",
        "approver_not_agent", "approver_suspended", "rejected_since",
        "approver_lacks_role_or_group", "helpdesk_unavailable",
    }  # fmt: skip
