"""Throughput and load-time figures for `make bench`."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime

from supportloop.core.classification.classifier import Classifier
from supportloop.core.classification.training import default_data_dir, load_examples, split
from supportloop.core.events import Customer, Ticket

_SUBJECTS = ("Question about my order", "Help", "Order #10423", "", "Re: your message", "Urgent")


def _tickets(n: int, seed: int = 7) -> tuple[list[Ticket], list[str]]:
    _, dev = split(load_examples(default_data_dir()))
    rng = random.Random(seed)
    customer = Customer(email="bench@example.com")
    now = datetime.now(UTC)
    tickets, labels = [], []
    for i in range(n):
        first, second = rng.choice(dev), rng.choice(dev)
        body = f"Hello,\n{first.text}\nThanks for your help." if i % 2 else first.text
        if i % 5 == 0:
            body = f"{body} Also, {second.text.lower()} Kind regards, Sam"
        tickets.append(
            Ticket(
                id=f"b{i}",
                subject=rng.choice(_SUBJECTS),
                body=body,
                customer=customer,
                created_at=now,
            )
        )
        labels.append(first.category)
    return tickets, labels


def run_benchmark(n: int = 20000) -> dict[str, float]:
    started = time.perf_counter()
    classifier = Classifier.load()
    model_load_s = time.perf_counter() - started
    tickets, _ = _tickets(n)
    classifier.classify_batch(tickets[:200])
    started = time.perf_counter()
    for i in range(0, n, 1000):
        classifier.classify_batch(tickets[i : i + 1000])
    elapsed = time.perf_counter() - started
    dev_f1 = float(classifier.model.info.get("dev_bitext_macro_f1", 0.0))
    return {"classify_tps": n / elapsed, "model_load_s": model_load_s, "dev_macro_f1": dev_f1}
