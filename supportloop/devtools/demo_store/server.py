"""HTTP face of the demo shop: Shopify-, Zendesk-, Recharge-shaped API subsets on aiohttp.

Every write honours ``Idempotency-Key``; ``GET /_demo/side-effects`` lists what was received,
``POST /_demo/faults`` makes the next N requests under a path prefix fail (for retry demos).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from supportloop.adapters.wiring import ACCOUNTS_PREFIX, SUBSCRIPTIONS_PREFIX
from supportloop.devtools.demo_store.shop import DemoShop, Doc, ShopError

COMMERCE_PREFIX = "/admin/api/2024-04"
HELPDESK_PREFIX = "/api/v2"
DEFAULT_SEED_PATH = Path("data/demo/store_seed.json")

SHOP_KEY: web.AppKey[DemoShop] = web.AppKey("shop", DemoShop)
FAULTS_KEY: web.AppKey[list[dict[str, Any]]] = web.AppKey("faults", list)
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
            return _json({"errors": "injected fault"}, status=int(fault["status"]))
    try:
        return await handler(request)
    except ShopError as error:
        return _json({"errors": error.message}, status=error.status)


def _shop(request: web.Request) -> DemoShop:
    return request.app[SHOP_KEY]


# commerce ---------------------------------------------------------------------------------
async def get_order(request: web.Request) -> web.Response:
    order = _shop(request).get_order(request.match_info["id"])
    return _json({"order": order}) if order else _json({"errors": "Not Found"}, 404)


async def list_orders(request: web.Request) -> web.Response:
    email = request.query.get("email", "")
    return _json({"orders": _shop(request).orders_by_email(email)})


async def update_order(request: web.Request) -> web.Response:
    body = (await _body(request)).get("order", {})
    address = body.get("shipping_address")
    if not isinstance(address, dict):
        return _json({"errors": "shipping_address required"}, 400)
    order = _shop(request).update_shipping_address(request.match_info["id"], address, _key(request))
    return _json({"order": order})


async def edit_order(request: web.Request) -> web.Response:
    body = await _body(request)
    line_item_id = int(body.get("remove_line_item_id", 0))
    shop = _shop(request)
    return _json(
        {"order": shop.remove_line_item(request.match_info["id"], line_item_id, _key(request))}
    )


async def cancel_order(request: web.Request) -> web.Response:
    return _json({"order": _shop(request).cancel_order(request.match_info["id"], _key(request))})


async def refund_order(request: web.Request) -> web.Response:
    refund = (await _body(request)).get("refund", {})
    transactions = refund.get("transactions") or [{}]
    amount = str(transactions[0].get("amount", "0"))
    result = _shop(request).refund_order(request.match_info["id"], amount, _key(request))
    return _json(result, 201)


async def create_return(request: web.Request) -> web.Response:
    result = _shop(request).create_return(request.match_info["id"], _key(request))
    return _json({"return": result}, 201)


# helpdesk ---------------------------------------------------------------------------------
async def get_ticket(request: web.Request) -> web.Response:
    return _json({"ticket": _shop(request).get_ticket(request.match_info["id"])})


async def update_ticket(request: web.Request) -> web.Response:
    body = (await _body(request)).get("ticket", {})
    shop, ticket_id, key = _shop(request), request.match_info["id"], _key(request)
    comment = body.get("comment")
    has_comment = isinstance(comment, dict) and bool(comment.get("body"))
    tags = body.get("additional_tags")
    if tags is not None and not isinstance(tags, list):
        return _json({"errors": "additional_tags must be a list"}, 400)
    if tags or (has_comment and "assignee_id" in body):
        if has_comment and comment.get("public", True):
            return _json({"errors": "a combined update carries an internal note only"}, 400)
        assignee = body.get("assignee_id")
        ticket = shop.update_ticket(
            ticket_id,
            key,
            note=str(comment["body"]) if has_comment else None,
            tags=[str(t) for t in tags or []],
            assignee_id=None if assignee is None else int(assignee),
        )
    elif has_comment:
        public = bool(comment.get("public", True))
        ticket = shop.add_comment(ticket_id, str(comment["body"]), public, key)
    elif "assignee_id" in body:
        ticket = shop.set_assignee(ticket_id, int(body["assignee_id"]), key)
    else:
        return _json({"errors": "comment, additional_tags or assignee_id required"}, 400)
    return _json({"ticket": ticket})


async def put_tags(request: web.Request) -> web.Response:
    tags = (await _body(request)).get("tags", [])
    ticket = _shop(request).add_tags(
        request.match_info["id"], [str(t) for t in tags], _key(request)
    )
    return _json({"tags": ticket["tags"]})


# subscriptions ----------------------------------------------------------------------------
async def list_subscriptions(request: web.Request) -> web.Response:
    email = request.query.get("email", "")
    return _json({"subscriptions": _shop(request).subscriptions_by_email(email)})


async def list_products(request: web.Request) -> web.Response:
    return _json({"products": _shop(request).products()})


async def get_subscription(request: web.Request) -> web.Response:
    sub = _shop(request).get_subscription(request.match_info["id"])
    return _json({"subscription": sub}) if sub else _json({"errors": "Not Found"}, 404)


async def subscription_action(request: web.Request) -> web.Response:
    operation = request.match_info["action"]
    if operation not in ("pause", "skip"):
        return _json({"errors": "unknown action"}, 404)
    shop = _shop(request)
    sub = shop.update_subscription(request.match_info["id"], operation, {}, _key(request))
    return _json({"subscription": sub})


async def update_subscription(request: web.Request) -> web.Response:
    body = await _body(request)
    if "sku" in body:
        operation, payload = "swap", {"sku": body["sku"]}
    elif "order_interval_frequency" in body:
        operation = "frequency"
        payload = {"order_interval_frequency": body["order_interval_frequency"]}
    else:
        return _json({"errors": "sku or order_interval_frequency required"}, 400)
    shop = _shop(request)
    sub = shop.update_subscription(request.match_info["id"], operation, payload, _key(request))
    return _json({"subscription": sub})


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
    }
    request.app[FAULTS_KEY].append(fault)
    return _json({"fault": fault}, 201)


def create_app(shop: DemoShop) -> web.Application:
    app = web.Application(middlewares=[_errors])
    app[SHOP_KEY] = shop
    app[FAULTS_KEY] = []
    c, h, s, a = COMMERCE_PREFIX, HELPDESK_PREFIX, SUBSCRIPTIONS_PREFIX, ACCOUNTS_PREFIX
    app.add_routes(
        [
            web.get(f"{c}/orders/{{id}}.json", get_order),
            web.get(f"{c}/orders.json", list_orders),
            web.put(f"{c}/orders/{{id}}.json", update_order),
            web.post(f"{c}/orders/{{id}}/edits.json", edit_order),
            web.post(f"{c}/orders/{{id}}/cancel.json", cancel_order),
            web.post(f"{c}/orders/{{id}}/refunds.json", refund_order),
            web.post(f"{c}/orders/{{id}}/returns.json", create_return),
            web.get(f"{h}/tickets/{{id}}.json", get_ticket),
            web.put(f"{h}/tickets/{{id}}.json", update_ticket),
            web.put(f"{h}/tickets/{{id}}/tags.json", put_tags),
            web.get(f"{s}/subscriptions", list_subscriptions),
            web.get(f"{s}/subscriptions/{{id}}", get_subscription),
            web.get(f"{s}/products", list_products),
            web.put(f"{s}/subscriptions/{{id}}", update_subscription),
            web.post(f"{s}/subscriptions/{{id}}/{{action}}", subscription_action),
            web.get(f"{a}/customers", get_account),
            web.post(f"{a}/password-resets", password_reset),
            web.post(f"{a}/email-changes", email_change),
            web.get("/health", health),
            web.get("/_demo/side-effects", side_effects),
            web.post("/_demo/faults", add_fault),
        ]
    )
    return app


def open_shop(db_path: str | Path = ":memory:", seed_path: Path | None = None) -> DemoShop:
    return DemoShop(str(db_path), load_seed(seed_path))


def start_demo_store_in_thread(
    port: int = 0,
    db_path: str | Path = ":memory:",
    host: str = "127.0.0.1",
    seed_path: Path | None = None,
) -> tuple[str, Callable[[], None]]:
    """Serve the demo store from a background thread; returns (base URL, stop function)."""
    shop = open_shop(db_path, seed_path)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, Any] = {}

    async def start() -> None:
        runner = web.AppRunner(create_app(shop), access_log=None)
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


def serve(host: str, port: int, db_path: str | Path, seed_path: Path | None = None) -> None:
    web.run_app(create_app(open_shop(db_path, seed_path)), host=host, port=port, print=None)
