"""Customer replies as templates the brand owns, rendered in the customer's language.

Pure: the templates arrive as text (``supportloop.adapters.replies`` reads the directory),
Jinja2 renders them in a sandbox with strict undefined, Babel formats money, dates and
numbers by locale (CLDR), and ``guard`` decides whether a model's polished rewrite keeps
every fact of the template's text.
"""

from supportloop.core.replies.brand import Brand, parse_brand
from supportloop.core.replies.catalog import (
    LegacyReplies,
    RenderedReply,
    Replies,
    ReplyCatalog,
    ReplyError,
)
from supportloop.core.replies.guard import GuardResult, check_polish
from supportloop.core.replies.polish import ReplyPolisher

__all__ = [
    "Brand",
    "GuardResult",
    "LegacyReplies",
    "RenderedReply",
    "Replies",
    "ReplyCatalog",
    "ReplyError",
    "ReplyPolisher",
    "check_polish",
    "parse_brand",
]
