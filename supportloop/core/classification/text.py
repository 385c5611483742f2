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


_GREETING = (
    r"(?:hi|hello|hey|hiya|heya|dear|greetings|good (?:morning|afternoon|evening|day)|"
    r"hola|buen[oa]s(?: dias| tardes| noches)?|estimad[oa]s?|bonjour|bonsoir|salut|"
    r"madame|monsieur|hallo|guten (?:tag|morgen|abend)|moin|servus|sehr geehrte\w*)"
)
_ADDRESSEE = (
    r"(?: (?:there|team|all|everyone|folks|guys|sir|madam|sir or madam|sir/madam|damen und herren|"
    r"customer (?:service|support|care)(?: team)?|support(?: team)?|señores|senores|a l'equipe|"
    r"zusammen|equipo))*"
)
_SIGNOFF = (
    r"(?:thanks|thank you|thankyou|many thanks|thanks so much|thanks a lot|thanks again|"
    r"thanks in advance|thank you in advance|thx|ty|kind regards|best regards|warm regards|"
    r"regards|best wishes|best|cheers|all the best|yours (?:faithfully|sincerely|truly)|"
    r"sincerely|sent from my (?:iphone|ipad|android|phone|samsung \w+|galaxy)|saludos|"
    r"un saludo|atentamente|gracias|muchas gracias|cordialement|merci|merci d'avance|"
    r"merci beaucoup|bonne journee|bonne journée|bien a vous|bien à vous|viele grusse|"
    r"viele grüße|mit freundlichen grussen|mit freundlichen grüßen|lg|vg|danke|danke schon|"
    r"danke schön|vielen dank)"
)
_COURTESY_OPEN = (
    r"(?:(?:i )?hope (?:you(?:'re| are) well|this (?:email|message) finds you well)|"
    r"sorry to bother you|sorry to (?:chase|trouble you)|quick question|"
    r"espero que (?:esten|estes) bien|"
    r"j'espere que vous allez bien|ich hoffe,? es geht ihnen gut)"
)
_COURTESY_CLOSE = (
    r"(?:(?:please )?let me know(?: asap| as soon as possible)?|(?:thanks|thank you) for your "
    r"(?:help|time|assistance|support)|(?:i )?appreciate (?:it|your help)|(?:i(?:'m| am) )?looking "
    r"forward to (?:hearing from you|your reply|your response)|(?:hope|hoping) to hear from you "
    r"soon|have a (?:nice|good|great) day|quedo a la espera|gracias por su ayuda|dans l'attente "
    r"de votre reponse|merci pour votre aide|ich freue mich auf ihre antwort|danke fur ihre hilfe|"
    r"danke fuer ihre hilfe)"
)
_LEADING = re.compile(rf"^(?:(?:{_GREETING}{_ADDRESSEE}|{_COURTESY_OPEN})\s*[,!.:;]*\s+)+")
# a closing formula at the very end, optionally followed by a short name
# a name after a sign-off: short words that are not the start of a sentence going on
_NAME = (
    r"(?!(?:for|the|you|your|to|so|much|a|an|and|in|on|it|this|that|again|very|all)\b)[^\W\d_]+\.?"
)
_TRAILING = re.compile(
    rf"(?:[\s,.!;:-]+(?:{_COURTESY_CLOSE}|{_SIGNOFF}\s*[,!.:]*(?:\s+{_NAME}){{0,3}})"
    rf"\s*[.!]*)+$"
)


def strip_pleasantries(normalised: str) -> str:
    """Drop an opening greeting and a closing sign-off (with the name after it) from
    ``normalise`` output; they say nothing about the category. Keeps the text if nothing
    else would remain ("hi", "thank you")."""
    core = _TRAILING.sub("", " " + _LEADING.sub("", normalised)).strip()
    return core or normalised
