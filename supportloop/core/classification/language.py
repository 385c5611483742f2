"""Offline language identification by common-word counts: tiny, deterministic, no model file.

Good enough to route short support messages; returns "en" when there is no signal at all.
"""

from __future__ import annotations

import re

from supportloop.core.classification.text import fold_accents


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COMMON_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and is are was were to of my i you your it this that for with have has not "
        "can could would please order where when what how why did do does me we our an "
        "be been from on at just still will yet no any"
    ),
    "es": _words(
        "el la los las de del y es son que mi mis un una por para con no se lo le me "
        "pedido donde cuando como esta estoy quiero tengo hola gracias hablar pero ya "
        "todavia muy porque necesito su al"
    ),
    "fr": _words(
        "le la les de des du et est sont que qui mon ma mes un une pour avec ne pas je "
        "vous votre commande ou quand comment bonjour merci parler mais encore tres "
        "parce il elle ai suis au aux"
    ),
    "de": _words(
        "der die das den dem des und ist sind nicht ich mein meine meinen ein eine "
        "einen mit fur zu von bitte bestellung wo wann wie warum hallo danke sprechen "
        "aber noch sehr weil habe bin sie ihr auf"
    ),
    "it": _words(
        "il lo la gli le di del della e che mio mia un una per con non sono ho ordine "
        "dove quando come ciao grazie parlare ma ancora molto perche vorrei"
    ),
    "pt": _words(
        "o a os as de do da dos das e que meu minha um uma para com nao sou tenho "
        "pedido onde quando como ola obrigado falar mas ainda muito porque quero"
    ),
    "nl": _words(
        "de het een en is zijn niet ik mijn met voor van te bestelling waar wanneer hoe "
        "waarom hallo dank spreken maar nog erg omdat wil heb"
    ),
}
_WORD = re.compile(r"[a-z]+")
DEFAULT_LANGUAGE = "en"


def detect_language(text: str, folded: bool = False) -> tuple[str, float]:
    """(ISO 639-1 code, share of common words that voted for it).

    ``folded``: the text is already lower-case with accents folded.
    """
    words = _WORD.findall((text if folded else fold_accents(text.lower()))[:2000])
    scores = {lang: 0 for lang in _COMMON_WORDS}
    for word in words:
        for lang, common in _COMMON_WORDS.items():
            if word in common:
                scores[lang] += 1
    best = max(scores, key=lambda lang: (scores[lang], lang == DEFAULT_LANGUAGE))
    total = sum(scores.values())
    if scores[best] == 0:
        return DEFAULT_LANGUAGE, 0.0
    return best, scores[best] / total
