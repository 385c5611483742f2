"""Does a message ask for information, or for something to be done?

A question the help centre can answer ("how long do returns take?", "do gift cards expire?")
may be answered from it whatever category the classifier chose. A request dressed as a
question ("can you refund me?", "where is my order #1042?", "could you cancel my
subscription?") is not information: it must go through that action's policy, so it is never
diverted to the help centre. Deterministic, English, Spanish, French and German; when in doubt
it answers "not a question" and the category policy decides as before.
"""

from __future__ import annotations

import re

from supportloop.core.classification.text import fold_accents

_QUESTION_START = re.compile(
    r"^\s*(?:how|what|when|where|which|who|why|is|are|do|does|did|can|could|will|would|"
    r"should|may|any|if|"
    r"como|cual|cuales|cuando|cuanto|cuanta|cuantos|cuantas|donde|que|puedo|puede|hay|"
    r"aceptan|hacen|tienen|se puede|"
    r"comment|quel|quelle|quels|quelles|quand|combien|ou|est-ce|puis-je|pouvez|acceptez|"
    r"faut-il|y a-t-il|"
    r"wie|was|wann|wo|welche|welcher|welches|kann|konnen|gibt|muss|nehmt|nehmen|akzeptiert|"
    r"versendet|liefert)\b"
)
_ASKING = re.compile(
    r"\b(?:i(?:'d| would) like to know|i was wondering|wondering|quick question|"
    r"do you know|let me know|any info|information on|info on|me gustaria saber|"
    r"quisiera saber|je voudrais savoir|j'aimerais savoir|ich mochte wissen|"
    r"ich wurde gerne wissen)\b"
)
# Requests for an action on the customer's own order, payment, account or subscription.
_ACTION = re.compile(
    r"(?:"
    # "can you / could you / please / I want you to" + an action verb
    r"\b(?:can|could|would|will) you(?: please)? (?:refund|cancel|change|update|edit|"
    r"(?:re)?(?:send|ship) (?:me|it|them|my|a new|another|out|the)|replace|reset|pause|"
    r"skip|swap|remove|add|unsubscribe|stop|"
    r"process|issue|check|look|find|tell me where|give me|credit|return|exchange|fix|"
    r"repair|delete|close|switch|move|upgrade|downgrade)\b"
    r"|\bplease (?:refund|cancel|change|update|edit|send|resend|replace|reset|pause|skip|"
    r"swap|remove|add|unsubscribe|stop|process|issue|check|credit|delete|close|switch)\b"
    r"|\b(?:refund|cancel|reimburse|credit) me\b"
    r"|\bi (?:want|need|would like|'d like|wish) (?:a refund|my money|to (?:cancel|return|"
    r"change|exchange|get a refund|pause|skip|swap|unsubscribe|update|remove|add)|"
    r"you to)\b"
    r"|\bi(?:'d| would) like (?:a refund|my money back)\b"
    r"|\b(?:where|when) is my (?:order|package|parcel|refund|delivery|shipment|item)\b"
    r"|\bwhere(?:'s| is) my\b"
    r"|\bmy (?:order|package|parcel|refund|shipment|delivery|charge|account|"
    r"subscription|invoice|password|login|address)s?\b"
    r"|#\s?\d{3,}|\border (?:number |no\.? )?\d{3,}"
    # a bare order number ("when will 1102 get here?"): four to six digits that are not a
    # price, a percentage or a measure
    r"|(?<![$€£\d.,])\b\d{4,6}\b(?![\d.,]|\s?(?:%|\$|€|£|usd|eur|gbp|ml|cm|mm|g\b|kg))"
    r"|\b(?:can|could) you tell me (?:when|where|if|whether)\b"
    r"|\bmy money\b|\bmi dinero\b|\bmon argent\b|\bmein geld\b"
    r"|\b(?:charged|billed) (?:twice|two times|double)"
    r"|\bcharges? on my\b|\b(?:charged|billed) me\b|\bi was (?:charged|billed)\b"
    r"|\b(?:don't|do not|didn't|did not) recogni[sz]e\b"
    r"|\b(?:haven't|have not|never|didn't|did not) (?:received|arrived|got)\b"
    # es / fr / de equivalents of "my order", "can you refund/cancel"
    r"|\bmi (?:pedido|paquete|reembolso|cuenta|suscripcion|tarjeta|pago|envio|direccion)\b"
    r"|\b(?:pueden|puede|podrian|podria)(?: ustedes)? (?:reembolsar|cancelar|cambiar|enviar)"
    r"|\b(?:mon|ma|mes) (?:commande|colis|remboursement|compte|abonnement|carte|paiement|"
    r"adresse)\b"
    r"|\b(?:pouvez|pourriez)-?vous (?:me rembourser|annuler|modifier|changer|envoyer)"
    r"|\b(?:meine|meinen|meinem|mein) (?:bestellung|paket|erstattung|konto|abo|"
    r"abonnement|karte|zahlung|adresse|lieferung)\b"
    r"|\b(?:konnen|konnten) sie (?:mir |mein |meine |meinen )?(?:erstatten|stornieren|"
    r"kundigen|andern|schicken|senden)"
    r")"
)


def asks_for_information(text: str) -> bool:
    """True when the message asks for information the help centre could give and asks for
    no action on the customer's own order, payment, account or subscription."""
    folded = fold_accents(text.lower()).replace("’", "'")
    if _ACTION.search(folded):
        return False
    sentences = [s for s in re.split(r"(?<=[.!?\n])", folded) if s.strip()]
    return any(
        s.strip().endswith("?") or _QUESTION_START.match(s.strip(" ¿¡")) or _ASKING.search(s)
        for s in sentences
    )
