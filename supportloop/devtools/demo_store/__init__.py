"""Embedded demo store: shop, helpdesk, subscriptions and accounts APIs over SQLite."""

from supportloop.devtools.demo_store.server import (
    create_app,
    load_seed,
    open_shop,
    start_demo_store_in_thread,
)
from supportloop.devtools.demo_store.shop import DemoShop, ShopError

__all__ = [
    "DemoShop",
    "ShopError",
    "create_app",
    "load_seed",
    "open_shop",
    "start_demo_store_in_thread",
]
