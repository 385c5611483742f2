"""ZendeskHelpdesk's reads behind approval verification: cursor pagination of ticket audits
(bounded), users, self, group memberships and groups, in Zendesk's request shapes."""

from __future__ import annotations

import json
from typing import Any

import httpx

from supportloop.adapters.connectors import RetryPolicy, ZendeskHelpdesk


class Desk:
    def __init__(self, pages: int = 3) -> None:
        self.pages = pages
        self.requests: list[httpx.Request] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path, query = request.url.path, request.url.params
        if path.endswith("/audits.json"):
            n = int(query.get("page[after]", "0"))
            more = n + 1 < self.pages
            body: dict[str, Any] = {
                "audits": [{"id": n, "author_id": 9001, "events": []}],
                "meta": {"has_more": more, "after_cursor": str(n + 1) if more else None},
            }
            return httpx.Response(200, json=body)
        if path == "/api/v2/users/me.json":
            return httpx.Response(200, json={"user": {"id": 9000, "role": "agent"}})
        if path == "/api/v2/users/9001.json":
            return httpx.Response(200, json={"user": {"id": 9001, "role": "agent"}})
        if path == "/api/v2/users/9001/group_memberships.json":
            return httpx.Response(200, json={"group_memberships": [{"group_id": 3602}]})
        if path == "/api/v2/groups/3602.json":
            return httpx.Response(200, json={"group": {"id": 3602, "name": "Finance"}})
        return httpx.Response(404, text=json.dumps({"error": "RecordNotFound"}))

    def connector(self) -> ZendeskHelpdesk:
        return ZendeskHelpdesk(
            "http://desk.test",
            transport=httpx.MockTransport(self.handler),
            retry=RetryPolicy(attempts=1),
        )


async def test_audits_follow_the_cursor_until_has_more_is_false() -> None:
    desk = Desk(pages=3)
    audits, complete = await desk.connector().ticket_audits("42", max_pages=5)
    assert ([a["id"] for a in audits], complete) == ([0, 1, 2], True)
    queries = [dict(r.url.params) for r in desk.requests]
    assert queries == [
        {"page[size]": "100"},
        {"page[size]": "100", "page[after]": "1"},
        {"page[size]": "100", "page[after]": "2"},
    ]
    assert desk.requests[0].url.path == "/api/v2/tickets/42/audits.json"


async def test_a_trail_longer_than_the_pages_read_is_reported_incomplete() -> None:
    desk = Desk(pages=10)
    audits, complete = await desk.connector().ticket_audits("42", max_pages=2)
    assert (len(audits), complete, len(desk.requests)) == (2, False, 2)


async def test_users_self_memberships_and_groups() -> None:
    desk = Desk()
    hd = desk.connector()
    assert await hd.current_user() == {"id": 9000, "role": "agent"}
    assert await hd.get_user("9001") == {"id": 9001, "role": "agent"}
    assert await hd.get_user("404") is None
    assert await hd.user_group_memberships("9001") == [{"group_id": 3602}]
    assert await hd.get_group("3602") == {"id": 3602, "name": "Finance"}
    assert await hd.get_group("1") is None
    before = len(desk.requests)
    # ids that are no numbers never reach a path
    assert await hd.get_user("me") is None and await hd.get_user("1/../2") is None
    assert await hd.user_group_memberships("x") == [] and await hd.get_group("-1") is None
    assert len(desk.requests) == before
