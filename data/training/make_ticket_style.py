"""Writes ``ticket_style.csv``: the hand-written cores (``cores/<language>.jsonl``) wrapped
the way real tickets arrive.

Each core sentence is filled with random slot values and wrapped with an optional subject,
greeting, context sentence, closing line and sign-off; some rows are lower-cased, lose their
punctuation or get a typo. Deterministic (fixed seed); the order of the cores matters:
languages in ``PER_CATEGORY`` order, categories in order of first appearance in their
file, cores in file order. Run from the repository root:

    .venv/bin/python data/training/make_ticket_style.py
"""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
# cores/<language>.jsonl: one {"category", "language", "text", "batch"} object a line
CORES_DIR = HERE / "cores"
SEED = 1729
PER_CATEGORY = {"en": 180, "es": 24, "fr": 24, "de": 24}
# every English core is wrapped at least this many times, however many cores a category has
MIN_WRAPS = {"en": 3, "es": 1, "fr": 1, "de": 1}
FEW = {"legal", "business_inquiry", "other"}
NAMES = [
    "Sam",
    "Alex",
    "Maria",
    "Tom",
    "Priya",
    "Jonas",
    "Chloe",
    "Omar",
    "Lucy",
    "Daniel",
    "Aisha",
    "Ken",
    "Ruth",
    "Finn",
    "Ines",
    "Yuki",
]

SLOTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "item": [
            "jacket",
            "lamp",
            "blender",
            "rug",
            "kettle",
            "sweater",
            "pair of boots",
            "backpack",
            "duvet cover",
            "phone case",
            "coffee grinder",
            "desk chair",
            "necklace",
            "water bottle",
            "yoga mat",
            "candle set",
            "trainers",
            "teapot",
            "wallet",
            "raincoat",
        ],
        # clothing and shoes only: sizes and fit make no sense for a lamp or a kettle
        "garment": [
            "jacket",
            "sweater",
            "pair of boots",
            "trainers",
            "raincoat",
            "dress",
            "jeans",
            "shirt",
            "coat",
            "hoodie",
            "skirt",
            "trousers",
        ],
        "when": [
            "last week",
            "on Monday",
            "three days ago",
            "on the 12th",
            "yesterday",
            "last month",
            "on Friday",
            "10 days ago",
        ],
        "wait": ["two weeks", "10 days", "over a week", "a month", "five days", "3 weeks"],
        "size": ["S", "M", "L", "XL", "10", "12", "38", "42", "UK 8", "EU 40"],
        "colour": ["blue", "green", "grey", "red", "navy", "beige", "white", "pink"],
        "address": [
            "14 Elm Road, Leeds",
            "22 Rue Verte, Lyon",
            "5 Market Street, Flat 3",
            "88 Oak Avenue, Bristol",
            "7 Hill Lane, Cork",
        ],
        "carrier": ["DPD", "UPS", "Royal Mail", "DHL", "Evri", "FedEx", "the courier"],
        "amount": ["£24.99", "$60", "€35", "£120", "$15.50"],
        "pay": ["PayPal", "Apple Pay", "my Visa card", "Klarna", "my debit card", "Google Pay"],
        "country": ["Canada", "Germany", "Australia", "Ireland", "Spain", "the US", "Norway"],
    },
    "es": {"item": ["abrigo", "bolso", "jarrón", "vestido", "zapato"]},
    "fr": {"item": ["manteau", "sac", "vase", "pull", "chemisier"]},
    "de": {"item": ["Mantel", "Rucksack", "Pullover", "Wasserkocher", "Schal"]},
}
ORDER_FORMS = ["order {n}", "order #{n}", "my order ({n})", "order no. {n}", "#{n}", "order {n}"]
INTL_ORDER = {"es": "el pedido {n}", "fr": "la commande {n}", "de": "Bestellung {n}"}
INTL_WHEN = {
    "es": "ayer|el lunes|hace una semana",
    "fr": "hier|lundi|il y a une semaine",
    "de": "gestern|am Montag|vor einer Woche",
}
INTL_WAIT = {
    "es": "dos semanas|diez días",
    "fr": "deux semaines|dix jours",
    "de": "zwei Wochen|zehn Tagen",
}
INTL_ADDRESS = {
    "es": "Calle Mayor 12, Madrid",
    "fr": "12 rue des Lilas, Paris",
    "de": "Hauptstraße 5, Berlin",
}
INTL_COUNTRY = {"es": "Portugal|Francia", "fr": "Belgique|Suisse", "de": "Österreich|die Schweiz"}

GREETINGS = {
    "en": [
        "Hi,",
        "Hello,",
        "Hi there,",
        "Dear Sir/Madam,",
        "Good morning,",
        "Hey,",
        "Hi team,",
        "Hello Fernhill team,",
        "Good afternoon,",
        "Dear customer service,",
        "Hiya",
        "Hello!",
    ],
    "es": ["Hola,", "Buenos días,", "Buenas tardes,", "Estimados señores:", "Hola equipo,"],
    "fr": ["Bonjour,", "Bonsoir,", "Madame, Monsieur,", "Bonjour à l'équipe,", "Salut,"],
    "de": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Moin,"],
}
SIGNOFFS = {
    "en": [
        "Thanks,\n{name}",
        "Kind regards,\n{name}",
        "Best, {name}",
        "Cheers",
        "Thank you!",
        "Many thanks\n{name}",
        "Regards,\n{name}",
        "Sent from my iPhone",
        "Thanks in advance",
        "Best wishes,\n{name}",
        "thx",
        "Yours faithfully,\n{name}",
    ],
    "es": ["Gracias,\n{name}", "Saludos,\n{name}", "Un saludo", "Muchas gracias"],
    "fr": ["Merci,\n{name}", "Cordialement,\n{name}", "Bonne journée", "Merci d'avance"],
    "de": ["Danke,\n{name}", "Viele Grüße\n{name}", "Mit freundlichen Grüßen\n{name}", "LG"],
}
CONTEXT = {
    "en": [
        "I ordered the {item} {when}.",
        "My order number is {order}.",
        "Sorry to bother you.",
        "I'm a regular customer.",
        "Hope you're well.",
        "Quick question.",
        "I've got a question about {order}.",
        "It's a gift for my mum.",
        "I bought the {item} from your website.",
        "I'm writing from my phone so sorry for any typos.",
        "I've been a customer for a few years and never had to get in touch before.",
        "My partner usually deals with this sort of thing but they're away.",
        "Apologies in advance for the long message.",
        "I'm on my lunch break so I'll keep this short.",
    ],
    "es": ["Hice un pedido {when}.", "Mi número de pedido es {order}."],
    "fr": ["J'ai commandé {when}.", "Mon numéro de commande est {order}."],
    "de": ["Ich habe {when} bestellt.", "Meine Bestellnummer ist {order}."],
}
CLOSING = {
    "en": [
        "Please let me know.",
        "Thanks for your help.",
        "Appreciate it.",
        "Looking forward to hearing from you.",
        "Can you help?",
        "Thanks in advance.",
        "Order ref: {order}.",
        "Hope that makes sense.",
        "Sorry again for the hassle.",
    ],
    "es": ["Quedo a la espera.", "Gracias por su ayuda."],
    "fr": ["Dans l'attente de votre réponse.", "Merci pour votre aide."],
    "de": ["Ich freue mich auf Ihre Antwort.", "Danke für Ihre Hilfe."],
}
GENERIC_SUBJECTS = {
    "en": [
        "Question",
        "Help",
        "Order {n}",
        "Re: your order",
        "Urgent",
        "Hello",
        "Query",
        "Enquiry",
        "Customer enquiry",
        "Re: Order confirmation #{n}",
        "Fwd: order {n}",
        "Need help",
    ],
    "es": ["Consulta", "Pedido {n}", "Ayuda"],
    "fr": ["Question", "Commande {n}", "Demande"],
    "de": ["Frage", "Bestellung {n}", "Anfrage"],
}
SUBJECTS = {
    "wismo": [
        "Where is my order?",
        "Delivery",
        "Not received",
        "Tracking",
        "Late delivery",
        "Parcel missing",
        "When will my order arrive?",
    ],
    "order_status": [
        "Order status",
        "Order confirmation",
        "Did my order go through?",
        "Has it shipped?",
        "Pending order",
    ],
    "address_change": [
        "Change of address",
        "Wrong address",
        "Delivery address",
        "Update shipping address",
    ],
    "order_modification": [
        "Change to my order",
        "Modify order",
        "Add item to order",
        "Wrong size selected",
    ],
    "cancellation": ["Cancel order", "Cancellation", "Cancel my order please"],
    "refund_request": ["Refund", "Refund not received", "Money back", "Where is my refund?"],
    "account_help": [
        "Login problem",
        "Account",
        "Password reset",
        "Can't sign in",
        "Delete account",
    ],
    "billing": ["Invoice", "Payment problem", "Charged twice", "Billing question", "Receipt"],
    "policy_question": ["Returns policy", "Shipping question", "Delivery options", "Question"],
    "sales_question": [
        "Question before buying",
        "Product question",
        "Stock",
        "Gift idea",
        "Availability",
    ],
    "feedback": ["Feedback", "Thank you", "Review", "Suggestion", "Compliment"],
    "newsletter": ["Unsubscribe", "Newsletter", "Emails", "Mailing list"],
    "complaint": ["Complaint", "Very disappointed", "Poor service", "Unhappy customer"],
    "human_request": ["Contact", "Speak to someone", "Phone number", "Customer service"],
    "return_request": ["Return", "Exchange", "Return label", "Returning an item"],
    "subscription_change": ["Subscription", "Pause subscription", "My plan", "Skip delivery"],
    "sizing_fit": ["Size question", "Sizing", "Which size?", "Fit"],
    "damaged_or_wrong_item": ["Damaged item", "Wrong item", "Broken", "Missing item"],
    "legal": ["Formal notice", "Dispute"],
    "business_inquiry": ["Wholesale", "Partnership", "Collaboration"],
    "other": ["", "Hello", "?"],
}
_SLOT = re.compile(r"\{(\w+)\}")


def _fill(text: str, lang: str, rng: random.Random) -> str:
    def value(match: re.Match[str]) -> str:
        slot = match.group(1)
        n = str(rng.randint(1000, 99999))
        if slot == "n":
            return n
        if slot == "order":
            form = rng.choice(ORDER_FORMS) if lang == "en" else INTL_ORDER[lang]
            return form.format(n=n)
        if slot == "name":
            return rng.choice(NAMES)
        if lang != "en":
            intl = {"when": INTL_WHEN, "wait": INTL_WAIT, "country": INTL_COUNTRY}
            if slot in intl:
                return rng.choice(intl[slot][lang].split("|"))
            if slot == "address":
                return INTL_ADDRESS[lang]
            if slot in SLOTS[lang]:
                return rng.choice(SLOTS[lang][slot])
        pool = SLOTS["en"]["item"] if slot == "item2" else SLOTS["en"][slot]
        return rng.choice(pool)

    return _SLOT.sub(value, text)


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not long_words:
        return text
    i = rng.choice(long_words)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    if rng.random() < 0.5:
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    else:
        words[i] = w[:j] + w[j + 1 :]
    return " ".join(words)


def ticket(core: str, category: str, lang: str, rng: random.Random) -> str:
    body = [core]
    # an "other" message stays content-free: no order context around it
    if category != "other" and rng.random() < 0.3:
        body.insert(0, rng.choice(CONTEXT[lang]))
    if category != "other" and rng.random() < 0.3:
        body.append(rng.choice(CLOSING[lang]))
    text = " ".join(body)
    roll = rng.random()
    if roll < 0.12:
        text = text.lower()
    elif roll < 0.2:
        text = re.sub(r"[?.!,']", "", text)
    if rng.random() < 0.15:
        text = _typo(text, rng)
    parts = []
    if rng.random() < 0.5:
        parts.append(rng.choice(GREETINGS[lang]))
    parts.append(text)
    if rng.random() < 0.5:
        parts.append(rng.choice(SIGNOFFS[lang]))
    sep = "\n\n" if rng.random() < 0.6 else " "
    body_text = sep.join(parts)
    roll = rng.random()
    subject = ""
    if roll < 0.3:
        subject = rng.choice(SUBJECTS[category]) if lang == "en" else ""
    elif roll < 0.5:
        subject = rng.choice(GENERIC_SUBJECTS[lang])
    return _fill(f"{subject}\n{body_text}".strip(), lang, rng)


def load_cores(directory: Path = CORES_DIR) -> dict[str, dict[str, list[str]]]:
    """Cores per language and category, in file order (the order the seeded RNG sees them)."""
    cores: dict[str, dict[str, list[str]]] = {}
    for lang in PER_CATEGORY:
        by_category = cores.setdefault(lang, {})
        with (directory / f"{lang}.jsonl").open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                row = json.loads(line)
                if row["language"] != lang:
                    raise ValueError(f"{handle.name}:{number}: language {row['language']!r}")
                by_category.setdefault(row["category"], []).append(row["text"])
    return cores


def rows() -> list[tuple[str, str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for lang, cores in load_cores().items():
        for category, sentences in cores.items():
            n = max(PER_CATEGORY[lang], MIN_WRAPS[lang] * len(sentences))
            n //= 2 if category in FEW else 1
            for k in range(n):
                index = k % len(sentences)
                text = ticket(sentences[index], category, lang, rng)
                out.append((text, category, lang, f"{lang}:{category}:{index}"))
    return out


def main() -> None:
    target = HERE / "ticket_style.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "category", "language", "group"])
        writer.writerows(dict.fromkeys(rows()))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
