"""The fictional shop behind the demo: Fernhill & Co. (apparel, homeware, coffee)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    sku: str
    title: str
    price: float
    variants: tuple[str, ...] = ()
    final_sale: bool = False
    subscribable: bool = False
    product_type: str = ""  # Shopify's Product.productType


CATALOG: tuple[Product, ...] = (
    Product(
        "FH-TEE-ORG", "Organic Cotton Tee", 28.00, ("S", "M", "L", "XL"), product_type="Shirts"
    ),
    Product(
        "FH-SHIRT-LIN", "Linen Camp Shirt", 68.00, ("S", "M", "L", "XL"), product_type="Shirts"
    ),
    Product("FH-JKT-WAX", "Waxed Field Jacket", 189.00, ("S", "M", "L"), product_type="Jackets"),
    Product(
        "FH-KNIT-MER", "Merino Crew Sweater", 96.00, ("XS", "S", "M", "L"), product_type="Sweaters"
    ),
    Product("FH-PANT-CHI", "Everyday Chino", 74.00, ("30", "32", "34", "36"), product_type="Pants"),
    Product(
        "FH-SOCK-3PK",
        "Wool Hiking Socks (3-pack)",
        24.00,
        ("M", "L"),
        subscribable=True,
        product_type="Socks",
    ),
    Product("FH-BEAN-RIB", "Ribbed Beanie", 22.00, product_type="Hats"),
    Product("FH-SCARF-CSH", "Cashmere Scarf", 145.00, final_sale=True, product_type="Scarves"),
    Product("FH-MUG-STN", "Stoneware Mug", 18.00, product_type="Mugs"),
    Product("FH-THROW-WL", "Wool Throw Blanket", 129.00, product_type="Blankets"),
    Product("FH-CNDL-CDR", "Cedar Soy Candle", 26.00, product_type="Candles"),
    Product("FH-BAG-CNV", "Canvas Weekender Bag", 112.00, product_type="Bags"),
    Product("FH-TOWEL-SET", "Turkish Towel Set", 58.00, product_type="Towels"),
    Product("FH-CAP-SMP", "Sample Sale Cap", 15.00, final_sale=True, product_type="Hats"),
    Product(
        "FH-COF-HOUSE", "House Blend Coffee 1 lb", 17.00, subscribable=True, product_type="Coffee"
    ),
    Product(
        "FH-COF-DECAF", "Swiss Water Decaf 1 lb", 18.50, subscribable=True, product_type="Coffee"
    ),
    Product("FH-COF-ESP", "Espresso Roast 1 lb", 19.00, subscribable=True, product_type="Coffee"),
    Product(
        "FH-COF-SO", "Single Origin Ethiopia 12 oz", 21.00, subscribable=True, product_type="Coffee"
    ),
    Product("FH-TEA-EARL", "Earl Grey Loose Leaf", 14.00, subscribable=True, product_type="Tea"),
)

SUBSCRIBABLE: tuple[Product, ...] = tuple(p for p in CATALOG if p.subscribable)
BY_SKU: dict[str, Product] = {p.sku: p for p in CATALOG}

CARRIERS: tuple[tuple[str, str], ...] = (
    ("UPS", "https://www.ups.com/track?tracknum={number}"),
    ("USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}"),
    ("FedEx", "https://www.fedex.com/fedextrack/?trknbr={number}"),
    ("DHL", "https://www.dhl.com/us-en/home/tracking.html?tracking-id={number}"),
)

FIRST_NAMES: tuple[str, ...] = (
    "Amelia",
    "Noah",
    "Priya",
    "Mateo",
    "Hannah",
    "Kwame",
    "Sofia",
    "Liam",
    "Mei",
    "Oliver",
    "Fatima",
    "Lucas",
    "Chloe",
    "Diego",
    "Aisha",
    "Ethan",
    "Ingrid",
    "Jonah",
    "Leila",
    "Marcus",
    "Nadia",
    "Owen",
    "Rosa",
    "Samuel",
    "Tara",
    "Victor",
    "Yuki",
    "Zara",
    "Beatriz",
    "Caleb",
    "Daria",
    "Elliot",
    "Freya",
    "Gabriel",
    "Hugo",
    "Isla",
    "Jasper",
    "Keiko",
    "Luca",
    "Maya",
)
LAST_NAMES: tuple[str, ...] = (
    "Adeyemi",
    "Bauer",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fitzgerald",
    "Gupta",
    "Hoffman",
    "Ibrahim",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "O'Connell",
    "Petrov",
    "Quinn",
    "Rossi",
    "Santos",
    "Takahashi",
    "Underwood",
    "Varga",
    "Whitfield",
    "Xu",
    "Yilmaz",
    "Zimmerman",
    "Okafor",
    "Larsen",
    "Mendes",
    "Horvath",
)
EMAIL_DOMAINS: tuple[str, ...] = (
    "example.com",
    "mail.example.org",
    "inbox.example.net",
    "post.example.com",
    "example.co.uk",
)
STREETS: tuple[str, ...] = (
    "Maple Avenue",
    "Harbor Street",
    "Juniper Lane",
    "Old Mill Road",
    "Bayview Drive",
    "Chestnut Court",
    "Lakeshore Boulevard",
    "Orchard Way",
    "Pine Ridge Road",
    "Willow Place",
)
CITIES: tuple[tuple[str, str, str], ...] = (
    ("Portland", "OR", "97205"),
    ("Austin", "TX", "78704"),
    ("Madison", "WI", "53703"),
    ("Asheville", "NC", "28801"),
    ("Boulder", "CO", "80302"),
    ("Burlington", "VT", "05401"),
    ("Savannah", "GA", "31401"),
    ("Tucson", "AZ", "85701"),
    ("Providence", "RI", "02903"),
    ("Spokane", "WA", "99201"),
)
