"""Verify an approval at the source: read the ticket, its audit trail and the approver from
the helpdesk, and let the core decide (``supportloop.core.handoff.verify_approval``).

The reads stop as soon as the answer is known (a ticket without the approve tag needs no
audit trail; an approver whose role already qualifies needs no groups). Any helpdesk failure
is a refusal, ``helpdesk_unavailable``: an approval that cannot be verified never executes.
SupportLoop's own API user (``GET /api/v2/users/me``) is looked up once and remembered.
"""

from __future__ import annotations

from supportloop.core.handoff import (
    ApprovalEvidence,
    ApprovalRefused,
    HandoffSettings,
    PendingApproval,
    VerifiedApproval,
    approval_audit,
    approver_groups_needed,
    groups_by_name,
    ticket_refusal,
    verify_approval,
)
from supportloop.core.resolution.ports import Doc, HelpdeskRecords
from supportloop.errors import ConnectorError

MAX_GROUP_LOOKUPS = 20


class ApprovalCheck:
    def __init__(self, helpdesk: HelpdeskRecords, settings: HandoffSettings | None = None) -> None:
        self.helpdesk = helpdesk
        self.settings = settings or HandoffSettings()
        self._api_user_id: str | None = None

    async def __call__(
        self, pending: PendingApproval, claimed_by: str | None
    ) -> VerifiedApproval | ApprovalRefused:
        try:
            evidence = await self._evidence(pending)
        except ConnectorError as error:
            return ApprovalRefused(
                "helpdesk_unavailable",
                f"the {error.service} could not be read to verify it"
                + (f" (HTTP {error.status})" if error.status else ""),
            )
        return verify_approval(pending, evidence, self.settings, claimed_by)

    async def _evidence(self, pending: PendingApproval) -> ApprovalEvidence:
        s, helpdesk = self.settings, self.helpdesk
        ticket = await helpdesk.get_ticket(pending.ticket_id)
        if ticket_refusal(ticket, s) is not None:
            return ApprovalEvidence(ticket)
        audits, complete = await helpdesk.ticket_audits(
            pending.ticket_id, s.approval_audit_max_pages
        )
        found = approval_audit(audits, s) if complete else None
        author = found.author_id if found else None
        if author is None or not author.isdigit():
            return ApprovalEvidence(ticket, audits, complete)
        api_user_id = await self._api_user()
        approver = await helpdesk.get_user(author)
        groups: list[Doc] = []
        if approver_groups_needed(pending, approver, s):
            groups = await self._groups(author)
        return ApprovalEvidence(ticket, audits, complete, approver, groups, api_user_id)

    async def _api_user(self) -> str | None:
        if self._api_user_id is None:
            me = await self.helpdesk.current_user()
            user_id = (me or {}).get("id")
            if user_id is not None:
                self._api_user_id = str(user_id)
        return self._api_user_id

    async def _groups(self, user_id: str) -> list[Doc]:
        memberships = await self.helpdesk.user_group_memberships(user_id)
        ids = list(dict.fromkeys(str(m.get("group_id")) for m in memberships))
        if not groups_by_name(self.settings):
            return [{"id": group_id} for group_id in ids]
        found = [await self.helpdesk.get_group(gid) for gid in ids[:MAX_GROUP_LOOKUPS]]
        return [group for group in found if group is not None]
