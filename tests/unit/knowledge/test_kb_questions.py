"""Information or action: only information may be answered from the help centre."""

from __future__ import annotations

import pytest

from supportloop.core.knowledge.questions import asks_for_information


@pytest.mark.parametrize(
    "text",
    [
        "Do you take PayPal?",
        "How do I wash the merino sweater?",
        "Can I return something I've worn once?",
        "Can you ship to the UK?",
        "When is my card charged?",
        "I was wondering what your returns window is",
        "¿Aceptan PayPal?",
        "Livrez-vous en Belgique ?",
        "Wie lange dauert der Versand?",
    ],
)
def test_questions_asking_for_information(text: str) -> None:
    assert asks_for_information(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you refund me?",
        "Could you please cancel my subscription?",
        "Where is my order #1042?",
        "Can I get a refund for order 1042?",
        "I want to return my jacket, can you send me a label?",
        "I was charged twice, why?",
        "Please update my address to 1 Main St",
        "¿Pueden reembolsar mi pedido?",
        "Pouvez-vous annuler ma commande ?",
        "Können Sie meine Bestellung stornieren?",
        "The zip on my jacket broke.",  # a statement, not a question: its category decides
    ],
)
def test_requests_dressed_as_questions_are_not_information(text: str) -> None:
    assert not asks_for_information(text)
