"""Text normalisation shared by the featuriser, the guardrails and the language detector."""

from __future__ import annotations

import re
import unicodedata

_URL = re.compile(r"https?://\S+|www\.\S+")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_REPEATS = re.compile(r"(.)\1{3,}")


def normalise(text: str) -> str:
    """Lower-case NFKC text with URLs, e-mail addresses and numbers reduced to one token each."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _URL.sub(" url ", text)
    text = _EMAIL.sub(" email ", text)
    text = _DIGITS.sub("0", text)
    text = _REPEATS.sub(r"\1\1\1", text)
    return _SPACE.sub(" ", text).strip()


def fold_accents(text: str) -> str:
    """'Qué pasó' -> 'que paso': lets one pattern match with or without accents."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")
