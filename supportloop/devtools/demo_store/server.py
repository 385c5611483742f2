"""HTTP face of the demo shop: Shopify- (GraphQL Admin API, shopify_graphql.py), Zendesk-,
Gorgias- (under ``/gorgias``, gorgias_api.py) and Recharge-shaped (REST API 2021-11,
recharge.py) API subsets on aiohttp.

Every write honours ``Idempotency-Key`` unless the shop is strict (``--strict-idempotency``:
keys are recorded, never absorb a repeat, as with the real APIs; Shopify's
``refundCreate @idempotent`` is honoured either way); ``GET /_demo/side-effects`` lists what
was received, ``POST /_demo/faults`` makes the next N requests under a path prefix fail (for
retry demos; ``retry_after`` adds a ``Retry-After`` header, as a rate-limited 429 has).

The helpdesk (``/api/v2``) knows who is asking, as Zendesk does
(https://support.zendesk.com/hc/en-us/articles/4408831452954, "Authentication for API
requests"):
``Authorization: Bearer <token>`` is an OAuth access token, which identifies its user
(the seed's ``helpdesk.oauth_tokens``), and ``Authorization: Basic
base64(<email>/token:<api token>)`` is the account's API token acting as that user. Wrong
credentials, or a suspended or deleted user's, get 401; an end-user gets 403 (the agent API
is not theirs). Demo-only: a request without ``Authorization`` acts as the API user
SupportLoop uses (``helpdesk.api_user_id``), so the services need no token configured. Every
ticket change is audited with the acting user as ``author_id``, and the reads that verify an
approval answer in Zendesk's shapes: ``GET /api/v2/tickets/{id}/audits`` (cursor pagination:
``page[size]`` ≤ 100, ``page[after]``; ``meta.has_more``, ``meta.after_cursor``),
``GET /api/v2/users/{id}``, ``GET /api/v2/users/me``,
``GET /api/v2/users/{id}/group_memberships`` and ``GET /api/v2/groups/{id}``.
``DELETE /api/v2/tickets/{id}/tags`` removes tags, as does ``remove_tags`` on a ticket update.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from supportloop.adapters.wiring import ACCOUNTS_PREFIX, SUBSCRIPTIONS_PREFIX
from supportloop.devtools.demo_store import gorgias_api, recharge
from supportloop.devtools.demo_store.shop import DemoShop, Doc, ShopError
from supportloop.devtools.demo_store.shopify_graphql import ShopifyGraphQL

COMMERCE_GRAPHQL_PATH = "/admin/api/{version}/graphql.json"
HELPDESK_PREFIX = "/api/v2"
DEFAULT_SEED_PATH = Path("data/demo/store_seed.json")

SHOP_KEY: web.AppKey[DemoShop] = web.AppKey("shop", DemoShop)
ACTOR: web.RequestKey[Doc] = web.RequestKey("actor", dict)  # who the request authenticated as
MAX_PAGE_SIZE = 100
FAULTS_KEY: web.AppKey[list[dict[str, Any]]] = web.AppKey("faults", list)
GRAPHQL_KEY: web.AppKey[ShopifyGraphQL] = web.AppKey("shopify_graphql", ShopifyGraphQL)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def load_seed(path: Path | None = None) -> Doc:
    """The seed file if present, else the same data regenerated from the bundled generator."""
    candidate = path or DEFAULT_SEED_PATH
    if candidate.is_file():
        seed: Doc = json.loads(candidate.read_text(encoding="utf-8"))
        return seed
    if path is not None:
        raise FileNotFoundError(path)
    from supportloop.devtools.demo_data import generate

    return generate().store_seed


def _json(data: Doc, status: int = 200) -> web.Response:
    return web.json_response(data, status=status)


def _key(request: web.Request) -> str | None:
    return request.headers.get("Idempotency-Key")


async def _body(request: web.Request) -> Doc:
    if not request.can_read_body:
        return {}
    try:
        data = await request.json()
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text='{"errors": "invalid JSON"}') from None
    return data if isinstance(data, dict) else {}


@web.middleware
async def _errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    faults = request.app[FAULTS_KEY]
    for fault in faults:
        if request.path.startswith(fault["prefix"]) and fault["remaining"] > 0:
            fault["remaining"] -= 1
            response = _json({"errors": "injected fault"}, status=int(fault["status"]))
            if fault.get("retry_after") is not None:
                response.headers["Retry-After"] = str(fault["retry_after"])
            return response
    try:
        return await handler(request)
    except ShopError as error:
        return _json({"errors": error.message}, status=error.status)


def _shop(request: web.Request) -> DemoShop:
    return request.app[SHOP_KEY]


def _authenticated(shop: DemoShop, header: str | None) -> Doc | None:
    if not header:
        return None if shop.api_user_id is None else shop.get_user(shop.api_user_id)
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() == "bearer":
        return shop.user_for_token(credentials.strip())
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credentials.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        login, _, secret = decoded.partition(":")
        email, marker, _ = login.partition("/token")
        return shop.user_for_api_token(email, secret) if marker else None
    return None


@web.middleware
async def _helpdesk_auth(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not request.path.startswith(HELPDESK_PREFIX + "/"):
        return await handler(request)
    user = _authenticated(_shop(request), request.headers.get("Authorization"))
    if user is None or user.get("suspended") or user.get("active") is False:
        return _json({"error": "Couldn't authenticate you"}, 401)
    if (
        user.get("role") not in ("agent", "admin")
        and request.path != f"{HELPDESK_PREFIX}/users/me.json"
    ):
        return _json(
            {"error": "Forbidden", "description": "You do not have access to this page."}, 403
        )
    request[ACTOR] = user
    return await handler(request)


def _actor_id(request: web.Request) -> int:
    return int(request[ACTOR]["id"])


def _page(request: web.Request, items: list[Doc], name: str) -> web.Response:
    """Zendesk's list shapes: cursor pagination with ``page[size]``, else one offset page."""
    if "page[size]" not in request.query:
        return _json({name: items, "next_page": None, "previous_page": None, "count": len(items)})
    try:
        size = min(max(int(request.query["page[size]"]), 1), MAX_PAGE_SIZE)
        start = int(request.query.get("page[after]", "0") or 0)
    except ValueError:
        return _json({"errors": "invalid pagination"}, 400)
    chunk, more = items[start : start + size], start + size < len(items)
    after = str(start + size) if more else None
    base = f"{request.scheme}://{request.host}{request.path}?page[size]={size}"
    return _json(
        {
            name: chunk,
            "meta": {"has_more": more, "after_cursor": after, "before_cursor": str(start)},
            "links": {"next": f"{base}&page[after]={after}" if more else None, "prev": None},
        }
    )


# commerce: Shopify's GraphQL Admin API (shopify_graphql.py) ------------------------------
async def shopify_graphql(request: web.Request) -> web.Response:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _json({"errors": "invalid JSON"}, 400)
    api = request.app[GRAPHQL_KEY]
    status, answer = await asyncio.to_thread(
        api.handle,
        request.match_info["version"],
        body,
        request.headers.get("X-Shopify-Access-Token"),
        _key(request),
    )
    return _json(answer, status)


# helpdesk ---------------------------------------------------------------------------------
async def get_ticket(request: web.Request) -> web.Response:
    return _json({"ticket": _shop(request).get_ticket(request.match_info["id"])})


async def update_ticket(request: web.Request) -> web.Response:
    body = (await _body(request)).get("ticket", {})
    shop, ticket_id, key = _shop(request), request.match_info["id"], _key(request)
    author = _actor_id(request)
    if body.get("safe_update") and body.get("updated_stamp") != shop.get_ticket(ticket_id).get(
        "updated_at"
    ):  # Zendesk's collision protection: the ticket changed since the caller read it
        return _json({"error": "UpdateConflict", "description": "Safe Update prevented the "
                      "update due to outdated ticket data. Please fetch the latest ticket data "
                      "and try again."}, 409)  # fmt: skip
    if "group_id" in body:
        group = body["group_id"]
        if group is not None and shop.get_group(str(group)) is None:
            return _json({"error": "RecordInvalid", "description": "Group is invalid"}, 422)
    comment = body.get("comment")
    has_comment = isinstance(comment, dict) and bool(comment.get("body"))
    tags, removed = body.get("additional_tags"), body.get("remove_tags")
    if any(v is not None and not isinstance(v, list) for v in (tags, removed)):
        return _json({"errors": "additional_tags and remove_tags must be lists"}, 400)
    only_tags_added = tags and not removed and not {"assignee_id", "group_id"} & set(body)
    if has_comment and comment.get("public", True) and only_tags_added:
        # a public reply that tags the ticket in the same update (additional_tags)
        ticket = shop.add_comment(
            ticket_id, str(comment["body"]), True, key, author, [str(t) for t in tags]
        )
    elif tags or removed or (has_comment and "assignee_id" in body):
        if has_comment and comment.get("public", True):
            return _json({"errors": "a combined update carries an internal note only"}, 400)
        assignee = body.get("assignee_id")
        ticket = shop.update_ticket(
            ticket_id,
            key,
            note=str(comment["body"]) if has_comment else None,
            tags=[str(t) for t in tags or []],
            assignee_id=None if assignee is None else int(assignee),
            author_id=author,
            remove_tags=[str(t) for t in removed or []],
            group_id=None if body.get("group_id") is None else int(body["group_id"]),
        )
    elif has_comment:
        public = bool(comment.get("public", True))
        ticket = shop.add_comment(ticket_id, str(comment["body"]), public, key, author)
    elif "assignee_id" in body:
        ticket = shop.set_assignee(ticket_id, int(body["assignee_id"]), key, author)
    elif "requester_id" in body:
        ticket = shop.set_requester(ticket_id, int(body["requester_id"]), key, author)
    else:
        return _json(
            {"errors": "comment, additional_tags, remove_tags or assignee_id required"}, 400
        )
    return _json({"ticket": ticket})


async def put_tags(request: web.Request) -> web.Response:
    tags = (await _body(request)).get("tags", [])
    ticket = _shop(request).add_tags(
        request.match_info["id"], [str(t) for t in tags], _key(request), _actor_id(request)
    )
    return _json({"tags": ticket["tags"]})


async def delete_tags(request: web.Request) -> web.Response:
    tags = (await _body(request)).get("tags", [])
    ticket = _shop(request).remove_tags(
        request.match_info["id"], [str(t) for t in tags], _key(request), _actor_id(request)
    )
    return _json({"tags": ticket["tags"]})


async def list_tickets(request: web.Request) -> web.Response:
    return _page(request, _shop(request).tickets(), "tickets")


async def list_requested_tickets(request: web.Request) -> web.Response:
    shop, user_id = _shop(request), request.match_info["id"]
    if shop.get_user(user_id) is None:
        return _json({"error": "RecordNotFound"}, 404)
    return _page(request, shop.requested_tickets(user_id), "tickets")


async def list_audits(request: web.Request) -> web.Response:
    return _page(request, _shop(request).audits(request.match_info["id"]), "audits")


async def show_self(request: web.Request) -> web.Response:
    return _json({"user": request[ACTOR]})


async def show_user(request: web.Request) -> web.Response:
    user = _shop(request).get_user(request.match_info["id"])
    return _json({"user": user}) if user else _json({"error": "RecordNotFound"}, 404)


async def list_user_memberships(request: web.Request) -> web.Response:
    shop, user_id = _shop(request), request.match_info["id"]
    if shop.get_user(user_id) is None:
        return _json({"error": "RecordNotFound"}, 404)
    return _page(request, shop.group_memberships(user_id), "group_memberships")


async def show_group(request: web.Request) -> web.Response:
    group = _shop(request).get_group(request.match_info["id"])
    return _json({"group": group}) if group else _json({"error": "RecordNotFound"}, 404)


# accounts ---------------------------------------------------------------------------------
async def get_account(request: web.Request) -> web.Response:
    account = _shop(request).get_account(request.query.get("email", ""))
    return _json({"account": account}) if account else _json({"errors": "Not Found"}, 404)


async def password_reset(request: web.Request) -> web.Response:
    email = str((await _body(request)).get("email", ""))
    return _json({"account": _shop(request).send_password_reset(email, _key(request))}, 201)


async def email_change(request: web.Request) -> web.Response:
    body = await _body(request)
    shop = _shop(request)
    account = shop.request_email_change(
        str(body.get("email", "")), str(body.get("new_email", "")), _key(request)
    )
    return _json({"account": account}, 201)


# demo -------------------------------------------------------------------------------------
async def health(request: web.Request) -> web.Response:
    return _json({"status": "ok"})


async def side_effects(request: web.Request) -> web.Response:
    return _json({"side_effects": _shop(request).side_effects()})


async def add_fault(request: web.Request) -> web.Response:
    body = await _body(request)
    fault = {
        "prefix": str(body.get("prefix", "/")),
        "status": int(body.get("status", 503)),
        "remaining": int(body.get("count", 1)),
        "retry_after": body.get("retry_after"),  # a 429's Retry-After, in seconds
    }
    request.app[FAULTS_KEY].append(fault)
    return _json({"fault": fault}, 201)


def create_app(
    shop: DemoShop,
    *,
    shopify_tokens: dict[str, set[str]] | None = None,
    shopify_plan: str = "plus",
    gorgias_rate_limit: gorgias_api.RateLimit | None = None,
) -> web.Application:
    """``shopify_tokens``: access tokens and the scopes each was granted (a request without
    a token acts with every scope); ``shopify_plan`` sets the GraphQL cost bucket;
    ``gorgias_rate_limit`` turns on the Gorgias emulation's leaky bucket."""
    app = web.Application(
        middlewares=[_errors, _helpdesk_auth, gorgias_api.gorgias_auth, recharge.require_version]
    )
    app[SHOP_KEY] = shop
    app[FAULTS_KEY] = []
    if gorgias_rate_limit is not None:
        app[gorgias_api.RATE_LIMIT] = gorgias_rate_limit
    app[GRAPHQL_KEY] = ShopifyGraphQL(
        shop,
        strict_idempotency=shop.strict_idempotency,
        tokens=shopify_tokens,
        plan=shopify_plan,
    )
    h, a = HELPDESK_PREFIX, ACCOUNTS_PREFIX
    recharge.add_routes(app, shop, SUBSCRIPTIONS_PREFIX)
    app.add_routes(
        [
            web.post(COMMERCE_GRAPHQL_PATH, shopify_graphql),
            web.get(f"{h}/tickets.json", list_tickets),
            web.get(f"{h}/tickets/{{id}}.json", get_ticket),
            web.put(f"{h}/tickets/{{id}}.json", update_ticket),
            web.put(f"{h}/tickets/{{id}}/tags.json", put_tags),
            web.delete(f"{h}/tickets/{{id}}/tags.json", delete_tags),
            web.get(f"{h}/tickets/{{id}}/audits.json", list_audits),
            web.get(f"{h}/users/me.json", show_self),
            web.get(f"{h}/users/{{id}}.json", show_user),
            web.get(f"{h}/users/{{id}}/group_memberships.json", list_user_memberships),
            web.get(f"{h}/users/{{id}}/tickets/requested.json", list_requested_tickets),
            web.get(f"{h}/groups/{{id}}.json", show_group),
            web.get(f"{a}/customers", get_account),
            web.post(f"{a}/password-resets", password_reset),
            web.post(f"{a}/email-changes", email_change),
            *gorgias_api.routes(),
            web.get("/health", health),
            web.get("/_demo/side-effects", side_effects),
            web.post("/_demo/faults", add_fault),
        ]
    )
    return app


def open_shop(
    db_path: str | Path = ":memory:",
    seed_path: Path | None = None,
    *,
    strict_idempotency: bool = False,
) -> DemoShop:
    return DemoShop(str(db_path), load_seed(seed_path), strict_idempotency=strict_idempotency)


def start_demo_store_in_thread(
    port: int = 0,
    db_path: str | Path = ":memory:",
    host: str = "127.0.0.1",
    seed_path: Path | None = None,
    *,
    strict_idempotency: bool = False,
    shopify_tokens: dict[str, set[str]] | None = None,
    shopify_plan: str = "plus",
    gorgias_rate_limit: gorgias_api.RateLimit | None = None,
) -> tuple[str, Callable[[], None]]:
    """Serve the demo store from a background thread; returns (base URL, stop function)."""
    shop = open_shop(db_path, seed_path, strict_idempotency=strict_idempotency)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, Any] = {}

    async def start() -> None:
        app = create_app(
            shop,
            shopify_tokens=shopify_tokens,
            shopify_plan=shopify_plan,
            gorgias_rate_limit=gorgias_rate_limit,
        )
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        state["runner"] = runner
        state["port"] = runner.addresses[0][1]

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(start())
        except BaseException as error:  # surfaced to the caller below
            state["error"] = error
            ready.set()
            return
        ready.set()
        loop.run_forever()
        loop.run_until_complete(state["runner"].cleanup())
        loop.close()

    thread = threading.Thread(target=run, name="demo-store", daemon=True)
    thread.start()
    ready.wait(timeout=10)
    if "error" in state:
        shop.close()
        raise state["error"]

    def stop() -> None:
        if thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
        shop.close()

    return f"http://{host}:{state['port']}", stop


def serve(
    host: str,
    port: int,
    db_path: str | Path,
    seed_path: Path | None = None,
    *,
    strict_idempotency: bool = False,
    shopify_tokens: dict[str, set[str]] | None = None,
    shopify_plan: str = "plus",
) -> None:
    shop = open_shop(db_path, seed_path, strict_idempotency=strict_idempotency)
    app = create_app(shop, shopify_tokens=shopify_tokens, shopify_plan=shopify_plan)
    web.run_app(app, host=host, port=port, print=None)
