"""Is an approval real? Decided from what the helpdesk itself shows, never from the webhook.

A webhook only says "someone approved ticket T". Before anything executes, the resolver reads
the ticket, its audit trail and the approver's user record, and this module decides (pure:
the documents in, a verified approver or a refusal out):

1. the approve tag is on the ticket now, and the reject tag is not;
2. the audit trail shows who added the approve tag (the most recent audit adding it);
3. nobody rejected since: no later audit adds the reject tag or removes the approve tag;
   and the tag was added after SupportLoop asked (a tag left on the ticket from an earlier
   turn's approval approves nothing new: the agent removes and re-adds it);
4. that person is an active, unsuspended agent or admin, not the ticket's requester, not a
   bot (``bot_user_ids``) and not the API user SupportLoop itself acts as;
5. money needs the right person: above ``approval_money_threshold`` the approver holds one of
   ``approval_money_roles`` or belongs to one of ``approval_money_groups``.

The approver recorded is the audit's author; a webhook naming someone else loses.

Zendesk shapes relied on (Support API reference):

- Ticket audits, ``GET /api/v2/tickets/{ticket_id}/audits``
  (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/): "a
  read-only history of all updates to a ticket", one audit per update, each with ``id``,
  ``author_id`` ("the user who created the audit"), ``created_at`` and ``events``. Listed
  oldest first; cursor pagination, at most 100 per page.
- Audit events
  (https://developer.zendesk.com/documentation/ticketing/reference-guides/ticket-audit-events-reference):
  a ``Change`` event has ``field_name``, ``value`` and ``previous_value``; for ``tags`` these
  are the ticket's whole tag list after and before the update (a list, or a space-separated
  string), so what was added or removed is their difference. A ``Create`` event sets a field
  of a new ticket (``value`` only). System changes (triggers, automations) have author -1.
- Users, ``GET /api/v2/users/{user_id}``
  (https://developer.zendesk.com/api-reference/ticketing/users/users/): ``role`` is
  ``end-user``, ``agent`` or ``admin``; ``suspended``; ``active`` is false once deleted.
- Groups (https://developer.zendesk.com/api-reference/ticketing/groups/groups/): ``id``,
  ``name``, ``deleted``.
- Tickets: ``tags`` and ``requester_id``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, get_args

from supportloop.core.handoff.approval import PendingApproval
from supportloop.core.handoff.settings import APPROVER_ROLES, HandoffSettings

Doc = Mapping[str, Any]
RefusalReason = Literal[
    "helpdesk_unavailable",
    "tag_not_on_ticket",
    "rejected_since",
    "approval_not_audited",
    "approved_before_request",
    "audit_incomplete",
    "unknown_approver",
    "approver_is_bot",
    "approver_is_requester",
    "approver_not_agent",
    "approver_suspended",
    "approver_lacks_role_or_group",
]
REFUSAL_REASONS: tuple[str, ...] = get_args(RefusalReason)
SYSTEM_AUTHOR = "-1"  # Zendesk's author of changes made by triggers and automations
# The helpdesk's clock against the resolver's: an approve tag added this long before the
# request still counts (audits are stamped to the second).
CLOCK_SKEW = timedelta(seconds=5)

# What an approved action moves, by the fact that carries the amount. A removed line item's
# refund is not a fact: the order's total bounds it.
MONEY_FACTS: dict[str, tuple[str, ...]] = {
    "refund_order": ("refund_amount", "order_total"),
    "cancel_order": ("order_total",),
    "remove_line_item": ("order_total",),
}


@dataclass(frozen=True)
class ApprovalEvidence:
    """What the helpdesk shows, as its own documents. ``approver``: the user document of the
    audit's author (None: not found). ``approver_groups``: group documents (at least ``id``;
    ``name`` when groups are configured by name) of the approver's group memberships."""

    ticket: Doc | None
    audits: Sequence[Doc] = ()
    audits_complete: bool = True
    approver: Doc | None = None
    approver_groups: Sequence[Doc] = ()
    api_user_id: str | None = None


@dataclass(frozen=True)
class VerifiedApproval:
    user_id: str
    role: str
    audit_id: str | None
    claimed_by: str | None  # who the webhook said approved

    @property
    def claim_differs(self) -> bool:
        return self.claimed_by is not None and self.claimed_by != self.user_id


@dataclass(frozen=True)
class ApprovalRefused:
    reason: RefusalReason
    detail: str  # for the agents' internal note: ids and amounts, no customer data
    author_id: str | None = None


@dataclass(frozen=True)
class TagAudit:
    """The audit that last added the approve tag, and where it sits in the trail."""

    index: int
    audit_id: str | None
    author_id: str | None


Verdict = VerifiedApproval | ApprovalRefused


def _id(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _tags(value: Any) -> set[str]:
    if isinstance(value, str):
        return set(value.split())
    if isinstance(value, list | tuple):
        return {str(tag) for tag in value}
    return set()


def _when(audit: Doc) -> datetime:
    raw = audit.get("created_at")
    if isinstance(raw, str):
        try:
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return datetime.min.replace(tzinfo=UTC)


def chronological(audits: Sequence[Doc]) -> list[Doc]:
    """Oldest first, by ``created_at``; audits of the same second keep the API's order."""
    return sorted((a for a in audits if isinstance(a, Mapping)), key=_when)


def tag_changes(audit: Doc) -> tuple[set[str], set[str]]:
    """Tags one audit added and removed."""
    added: set[str] = set()
    removed: set[str] = set()
    events = audit.get("events")
    for event in events if isinstance(events, list) else ():
        if not isinstance(event, Mapping) or event.get("field_name") != "tags":
            continue
        if event.get("type") == "Change":
            after, before = _tags(event.get("value")), _tags(event.get("previous_value"))
            added |= after - before
            removed |= before - after
        elif event.get("type") == "Create":
            added |= _tags(event.get("value"))
    return added, removed


def approval_audit(audits: Sequence[Doc], settings: HandoffSettings) -> TagAudit | None:
    """The most recent audit adding the approve tag (in ``chronological(audits)``)."""
    ordered = chronological(audits)
    for index in range(len(ordered) - 1, -1, -1):
        added, _ = tag_changes(ordered[index])
        if settings.approve_tag in added:
            audit = ordered[index]
            return TagAudit(index, _id(audit.get("id")), _id(audit.get("author_id")))
    return None


def ticket_refusal(ticket: Doc | None, settings: HandoffSettings) -> ApprovalRefused | None:
    """What the ticket alone says against the approval (checked before reading more)."""
    tags = _tags((ticket or {}).get("tags"))
    if settings.reject_tag in tags:
        return ApprovalRefused("rejected_since", f"the reject tag {settings.reject_tag} is on it")
    if ticket is None or settings.approve_tag not in tags:
        return ApprovalRefused(
            "tag_not_on_ticket", f"the approve tag {settings.approve_tag} is not on it now"
        )
    return None


def approval_amount(pending: PendingApproval) -> float | None:
    """The money the approved action moves: None when it moves none, ``inf`` when it moves
    an amount the approval does not carry (so any threshold applies)."""
    facts = MONEY_FACTS.get(pending.action)
    if facts is None:
        return None
    for name in facts:
        value = pending.params.get(name)
        if value is None or isinstance(value, bool):
            continue
        try:
            amount = float(value)
        except ValueError:
            continue
        if math.isfinite(amount):
            return amount
    return math.inf


def money_requirement_applies(pending: PendingApproval, settings: HandoffSettings) -> bool:
    threshold = settings.approval_money_threshold
    amount = approval_amount(pending)
    return threshold is not None and amount is not None and amount > threshold


def groups_by_name(settings: HandoffSettings) -> bool:
    """Whether a configured group is named rather than given by id (group docs needed)."""
    return any(not group.isdigit() for group in settings.approval_money_groups)


def _in_named_group(groups: Sequence[Doc], settings: HandoffSettings) -> bool:
    wanted = {group.casefold() for group in settings.approval_money_groups}
    for group in groups:
        if not isinstance(group, Mapping) or group.get("deleted"):
            continue
        names = {str(group.get("id")), str(group.get("name") or "").casefold()}
        if wanted & names:
            return True
    return False


def _money_text(pending: PendingApproval, settings: HandoffSettings) -> str:
    amount = approval_amount(pending)
    shown = "an amount it does not state" if amount in (None, math.inf) else f"{amount:.2f}"
    who = [f"role {role}" for role in settings.approval_money_roles]
    who += [f"group {group}" for group in settings.approval_money_groups]
    return (
        f"{pending.action} moves {shown}, above {settings.approval_money_threshold:.2f}: it "
        f"needs an approver with {' or '.join(who)}"
    )


def verify_approval(
    pending: PendingApproval,
    evidence: ApprovalEvidence,
    settings: HandoffSettings,
    claimed_by: str | None = None,
) -> Verdict:
    """The verified approver of ``pending``, or why the approval does not count."""
    refused = ticket_refusal(evidence.ticket, settings)
    if refused is not None:
        return refused
    assert evidence.ticket is not None
    if not evidence.audits_complete:
        return ApprovalRefused(
            "audit_incomplete",
            f"its audit trail is longer than the {settings.approval_audit_max_pages} pages read",
        )
    found = approval_audit(evidence.audits, settings)
    if found is None:
        return ApprovalRefused(
            "approval_not_audited",
            "approved_before_request",
            f"no audit shows who added {settings.approve_tag}",
        )
    author = found.author_id
    for later in chronological(evidence.audits)[found.index + 1 :]:
        added, removed = tag_changes(later)
        if settings.reject_tag in added or settings.approve_tag in removed:
            by = _id(later.get("author_id"))
            return ApprovalRefused(
                "rejected_since", f"user {by} rejected or withdrew it after the approval", author
            )
    tagged_at = _when(chronological(evidence.audits)[found.index])
    if tagged_at < pending.requested_at - CLOCK_SKEW:
        return ApprovalRefused(
            "approved_before_request",
            f"the {settings.approve_tag} tag was added at {tagged_at:%Y-%m-%d %H:%M:%S} UTC, "
            f"before this action was proposed at {pending.requested_at:%Y-%m-%d %H:%M:%S} UTC",
            author,
        )
    if author is None or author == SYSTEM_AUTHOR:
        return ApprovalRefused(
            "unknown_approver", "the tag was added by no user (a trigger or automation)", author
        )
    if author in settings.bot_user_ids or author == evidence.api_user_id:
        return ApprovalRefused(
            "approver_is_bot", f"user {author} is SupportLoop's own API user or a bot", author
        )
    if author == _id(evidence.ticket.get("requester_id")):
        return ApprovalRefused(
            "approver_is_requester", f"user {author} is the ticket's requester", author
        )
    user = evidence.approver
    if (
        user is None
        or _id(user.get("id")) != author
        or user.get("active") is False
        or not user.get("role")
    ):
        return ApprovalRefused(
            "unknown_approver", f"user {author} is not a known, active helpdesk user", author
        )
    if user.get("suspended"):
        return ApprovalRefused("approver_suspended", f"user {author} is suspended", author)
    role = str(user.get("role"))
    if role not in APPROVER_ROLES:
        return ApprovalRefused(
            "approver_not_agent", f"user {author} is an {role}, not an agent or admin", author
        )
    if (
        money_requirement_applies(pending, settings)
        and role not in settings.approval_money_roles
        and not _in_named_group(evidence.approver_groups, settings)
    ):
        return ApprovalRefused(
            "approver_lacks_role_or_group",
            f"{_money_text(pending, settings)}; user {author} ({role}) has neither",
            author,
        )
    return VerifiedApproval(author, role, found.audit_id, claimed_by)


def approver_groups_needed(
    pending: PendingApproval, approver: Doc | None, settings: HandoffSettings
) -> bool:
    """Whether the approver's groups decide anything (saves the helpdesk calls otherwise)."""
    return (
        approver is not None
        and bool(settings.approval_money_groups)
        and str(approver.get("role")) not in settings.approval_money_roles
        and money_requirement_applies(pending, settings)
    )
