"""Issue 24: a sizing hand-off's draft quotes the sizes of the product the customer names,
from the shop's own product data (Shopify products(query: title:…) → options), in the
customer's language; a product without sizes, or none named, falls back to the size guide or
an acknowledgement."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from supportloop.adapters.connectors import ShopifyCommerce
from supportloop.adapters.connectors.commerce import product_sizes
from supportloop.adapters.replies import load_replies
from supportloop.core import events as ev
from supportloop.core.resolution.extract import product_named
from supportloop.devtools.demo_store.shop import DemoShop
from supportloop.devtools.demo_store.shopify_graphql import ShopifyGraphQL
from tests.unit.resolution.resolution_harness import Harness

REPO = Path(__file__).resolve().parents[3]
TITLES = ("Organic Cotton Tee", "Everyday Chino", "Wool Hiking Socks", "Stoneware Mug")


def _sizing(h: Harness, body: str, language: str = "en") -> ev.TicketClassified:
    [tid, *_] = h.ticket_ids("sizing_fit", "general")
    ticket = h.tickets[tid].model_copy(update={"body": body, "subject": "Sizing"})
    return h.classified(ticket, "sizing_fit").model_copy(update={"language": language})


async def test_a_named_products_sizes_are_the_draft(harness: Harness) -> None:
    [event] = await harness.workflow.handle(
        _sizing(harness, "I'm between sizes - which Everyday Chino should I get?"), "live"
    )
    assert isinstance(event, ev.TicketEscalated)
    assert (event.reason, event.recommended_action) == ("augment_review", "answer_size_question")
    assert event.facts["product_title"] == "Everyday Chino"
    assert event.facts["product_sizes"] == "30, 32, 34, 36"
    assert "Everyday Chino comes in 30, 32, 34, 36" in event.draft_reply
    assert harness.effects("helpdesk.public_reply") == []  # augment: nothing is sent


async def test_the_size_answer_is_in_the_customers_language(harness: Harness) -> None:
    harness.workflow.replies = load_replies(REPO / "replies")  # the shipped templates
    [event] = await harness.workflow.handle(
        _sizing(harness, "¿Qué talla del Organic Cotton Tee me recomiendan?", "es"), "live"
    )
    assert isinstance(event, ev.TicketEscalated)
    assert event.recommended_action == "answer_size_question"
    assert "Organic Cotton Tee está disponible en S, M, L, XL" in event.draft_reply


async def test_a_product_without_sizes_or_none_named_falls_back(harness: Harness) -> None:
    for body in ("Does the Stoneware Mug run small?", "Do your trousers run small or large?"):
        [event] = await harness.workflow.handle(_sizing(harness, body), "live")
        assert isinstance(event, ev.TicketEscalated)
        assert event.recommended_action in ("answer_from_kb", "acknowledge_and_review"), body
        assert event.facts.get("product_sizes") is None
        assert event.draft_reply  # still a draft for the person


def test_the_named_product_is_a_whole_catalogue_title() -> None:
    assert product_named("the everyday chino in 32?", TITLES) == "Everyday Chino"
    assert product_named("Wool Hiking Socks (3-pack)", TITLES) == "Wool Hiking Socks"
    assert product_named("my organic cotton teeshirt", TITLES) is None  # not a whole word
    assert product_named("a mug", TITLES) is None
    longer = (*TITLES, "Everyday Chino Shorts")
    assert product_named("the Everyday Chino Shorts run big", longer) == "Everyday Chino Shorts"


def test_sizes_are_the_size_option_else_the_only_real_option() -> None:
    sized = [{"name": "Color", "values": ["Red"]}, {"name": "Size", "values": ["S", "M"]}]
    assert product_sizes(sized) == ["S", "M"]
    assert product_sizes([{"name": "Waist", "values": ["30", "32"]}]) == ["30", "32"]
    assert product_sizes([{"name": "Title", "values": ["Default Title"]}]) == []
    two = [{"name": "Color", "values": ["Red"]}, {"name": "Fabric", "values": ["Wool"]}]
    assert product_sizes(two) == []  # no way to tell which is the size


async def test_the_connector_reads_a_products_sizes_through_the_admin_api() -> None:
    from supportloop.devtools.demo_data import generate

    shop = DemoShop(":memory:", generate().store_seed, strict_idempotency=True)
    api = ShopifyGraphQL(shop, strict_idempotency=True)
    queries: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        queries.append(body["variables"]["query"])
        status, payload = api.handle(request.url.path.split("/")[3], body, None, None)
        return httpx.Response(status, json=payload)

    commerce = ShopifyCommerce("http://shop.test", transport=httpx.MockTransport(answer))
    try:
        chino = await commerce.find_product("everyday chino")
        assert chino is not None and chino["sizes"] == ["30", "32", "34", "36"]
        assert chino["id"].startswith("gid://shopify/Product/")
        mug = await commerce.find_product("Stoneware Mug")
        assert mug is not None and mug["sizes"] == []
        coffee = await commerce.find_product("House Blend Coffee")  # the only one: "… 1 lb"
        assert coffee is not None and coffee["title"] == "House Blend Coffee 1 lb"
        assert await commerce.find_product("Wool") is None  # socks and a blanket: neither
        assert await commerce.find_product('Chino" OR title:*') is None
        assert queries[-1] == 'title:"Chino OR title:*"'  # its quote removed: one phrase
    finally:
        await commerce.aclose()
        shop.close()
