import json
from collections import Counter
from pathlib import Path

from supportloop.core.events import Ticket
from supportloop.devtools.demo_data import generate, render_files

DEMO_DIR = Path(__file__).resolve().parents[3] / "data" / "demo"


def test_generator_reproduces_the_bundled_files_byte_for_byte() -> None:
    for name, text in render_files(generate()).items():
        assert (DEMO_DIR / name).read_bytes() == text.encode("utf-8"), name


def test_every_bundled_ticket_is_a_valid_ticket_with_exactly_the_ticket_fields() -> None:
    lines = (DEMO_DIR / "tickets.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 600
    for line in lines:
        raw = json.loads(line)
        # message_id is optional: an opening message has none (turn 1)
        assert set(raw) | {"message_id"} == set(Ticket.model_fields)
        Ticket.model_validate(raw)


def test_wismo_is_the_largest_category_at_about_a_third() -> None:
    data = generate()
    counts = Counter(label["category"] for label in data.labels)
    assert counts.most_common(1)[0][0] == "wismo"
    assert 0.30 <= counts["wismo"] / len(data.labels) <= 0.40
    assert len(counts) == 21


def test_ticket_customers_and_orders_exist_in_the_store_seed() -> None:
    data = generate()
    customers = {c["email"]: c for c in data.store_seed["customers"]}
    orders = {str(o["id"]): o for o in data.store_seed["orders"]}
    for ticket in data.tickets:
        customer = customers[ticket["customer"]["email"]]
        assert ticket["customer"]["vip"] == customer["vip"]
        assert ticket["customer"]["automation_opt_in"] == customer["automation_opt_in"]
    scenarios = {label["id"]: label["scenario"] for label in data.labels}
    for ticket in data.tickets:
        if ticket["order_id"] and scenarios[ticket["id"]] != "unknown_order":
            assert ticket["order_id"] in orders


def test_a_different_seed_gives_different_tickets() -> None:
    assert generate(1).tickets != generate(2).tickets
