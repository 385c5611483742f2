"""Deterministic checks that run before the model and always win.

Each rule is a regular expression over the ticket text, lower-cased with accents folded, so
one pattern covers "é" and "e". A hit carries its reason code and the words that matched,
so a person can see why the ticket reached them. Patterns prefer phrases over single words:
"talk about my order" is not a request for a human, "I was charged twice" is not a chargeback.
"""

from __future__ import annotations

from dataclasses import dataclass

from supportloop.core.classification.rule_scan import compile_rules, first_match
from supportloop.core.classification.text import fold_accents, normalise
from supportloop.core.events import Customer, Ticket

HUMAN_REQUEST = "human_request"
LEGAL = "legal"
BUSINESS_INQUIRY = "business_inquiry"
VIP_CUSTOMER = "vip_customer"
SUSPICIOUS_INSTRUCTIONS = "suspicious_instructions"
UPSET_CUSTOMER = "upset_customer"

# The category a hit forces, strongest first; VIP and instruction attempts keep the model's.
CATEGORY_OF_REASON = {
    LEGAL: "legal",
    HUMAN_REQUEST: "human_request",
    BUSINESS_INQUIRY: "business_inquiry",
}

_PERSON_EN = (
    r"(?:a |an |some |your |the |one of your )?(?:real |live |actual |human |proper )?"
    r"(?:human(?: being)?|person|people|agent|representative|rep|operator|someone|somebody|"
    r"anyone|manager|supervisor|staff(?: member)?|employee|customer service rep\w*|"
    r"support (?:agent|rep\w*|staff|person|team member)|team member)\b"
)
_PERSON_ES = (
    r"(?:un |una |alguien|el |la |algun |alguna )?(?:persona|humano|ser humano|agente|"
    r"representante|operador\w*|asesor\w*|encargad\w|supervisor\w*|gerente|empleado|"
    r"responsable)"
)
_PERSON_FR = (
    r"(?:un |une |le |la |quelqu'un|quelqu un|votre |un vrai |une vraie )?(?:humain|personne|"
    r"conseill\w+|agent|operat\w+|responsable|superviseur|manager|interlocuteur|vrai \w+)"
)
_PERSON_DE = (
    r"(?:einem |einer |einen |eine |ein |dem |der |den |jemandem|jemanden|ihrem |ihren )?"
    r"(?:echten |richtigen |realen |menschlichen |lebenden )?(?:mensch\w*|mitarbeiter\w*|"
    r"berater\w*|kundenberater\w*|person|agent\w*|vorgesetzt\w*|manager\w*|sachbearbeiter\w*|"
    r"kundendienstmitarbeiter\w*|support-?mitarbeiter\w*)"
)

_RULES: dict[str, tuple[str, ...]] = {
    HUMAN_REQUEST: (
        # English
        r"\b(?:speak|talk|chat|communicate) (?:directly |right now |now )?(?:to|with) "
        + _PERSON_EN,
        r"\b(?:connect|transfer|put|pass|forward|escalate|route) (?:me|my (?:call|ticket|case|chat)"
        r"|this|it)(?: through)? (?:to|with) " + _PERSON_EN,
        r"\b(?:want|need|demand|request|prefer|like|get|give me|require)(?: to (?:have|get|reach))?"
        r" (?:a |an |to )?(?:real|live|actual|human) (?:human|person|agent|representative|being)",
        r"\b(?:i|we) (?:want|need|demand|request|would like|'d like|d like) (?:a |an |to reach a |"
        r"to reach an )?(?:human|person|agent|representative|manager|supervisor)\b",
        r"\b(?:human|agent|representative|operator|person|manager|supervisor),? "
        r"(?:please|now|asap)",
        r"\bget me (?:a|an|the|your|some) (?:human|person|agent|representative|manager|supervisor|"
        r"real \w+|live \w+|someone)\b",
        r"\b(?:real|live|actual) (?:human|person|agent|people|representative)\b",
        r"\bhuman (?:agent|being|support|help|assistance|representative|contact)\b",
        r"\b(?:not|no|stop|enough|without|instead of)(?: more| the| a| an| your| talking to"
        r"(?: a| the| your)?)? (?:bot|bots|robot|chatbot|machine|ai|automated (?:reply|replies|"
        r"answers?|responses?|messages?|system))\b",
        r"\b(?:don'?t|do not|dont) want (?:a |an |the |your |to talk to (?:a |an |the |your )?)?"
        r"(?:bot|robot|chatbot|machine|ai|automated)\b",
        r"\b(?:call|phone|ring) me(?: back)?\b",
        r"\b(?:give me|send me|what is|what's) (?:a |your )?(?:phone number|number to call)\b",
        r"\bescalate (?:this|my|the|it)\b",
        r"\b(?:is there|is anyone|is anybody|anyone|anybody) (?:there|real|human|alive)\b",
        r"\b(?:speak|talk|chat) to (?:customer service|customer support|support|your support team)",
        # asking how to reach the support team is asking for a person (Bitext: contact_*)
        r"\b(?:how|where|who|which way) (?:can|do|should|could|would) (?:i|we) (?:contact|reach|"
        r"e-?mail|call|phone|ring|write to|get (?:in touch|hold) (?:with|of)|speak to|talk to)\b",
        r"\b(?:customer (?:service|support|care|services)|support(?: team)?|helpline|hotline|"
        r"service desk|help desk|helpdesk)(?:'s)? (?:e-?mail(?: address)?|phone(?: number)?|"
        r"telephone(?: number)?|number|contact(?: details| number| info\w*)?|opening hours|"
        r"hours)\b",
        r"\b(?:what(?:'s| is| are)|give me|send me|i need|looking for|where (?:is|are|can i find))"
        r" (?:the |your )?(?:e-?mail address|phone number|telephone number|contact (?:details|"
        r"number|email|information|info))\b",
        r"\b(?:contact|reach) (?:your |the )?(?:customer (?:service|support|care|services)|"
        r"support (?:team|line|staff)|help ?desk)\b",
        # Spanish
        r"\b(?:hablar|comunicarme|contactar|chatear|charlar|tratar) (?:con|a) " + _PERSON_ES,
        r"\b(?:pasame|paseme|pasenme|transfiereme|transfierame|comuniqueme|comunicame|conecteme|"
        r"conectame|ponme|pongame) (?:con|a) " + _PERSON_ES,
        r"\b(?:quiero|necesito|exijo|prefiero|solicito|pido|deseo) "
        r"(?:un |una |hablar con (?:un |una )?)?"
        r"(?:persona|humano|agente|representante|asesor\w*|operador\w*|supervisor\w*|gerente)",
        r"\b(?:persona|agente|asesor|humano) (?:real|humano|de verdad)\b",
        r"\batencion (?:humana|personal|personalizada)\b",
        r"\bno (?:quiero|deseo|mas)(?: hablar con)? (?:un |una |el |la |a )?(?:bot|robot|maquina|"
        r"chatbot|respuestas automaticas|contestador)",
        r"\b(?:llamenme|llamame|llameme|me llamen|me llame|me pueden llamar|pueden llamarme)\b",
        r"\b(?:telefono|correo|email|numero|horario)s? de "
        r"(?:atencion al cliente|contacto|soporte)\b",
        r"\bcomo (?:puedo |podemos )?(?:contactar|comunicarme|llamar|escribir) (?:con|a)\b",
        # French
        r"\b(?:parler|discuter|echanger|communiquer) (?:a|avec|au|aux) " + _PERSON_FR,
        r"\b(?:mettez|mets|passez|passe|transferez|transfere)[- ]moi (?:en (?:relation|contact) )?"
        r"(?:avec|a) " + _PERSON_FR,
        r"\b(?:je veux|je voudrais|j'exige|je souhaite|je demande|il me faut)"
        r"(?: parler a| parler avec)?"
        r" (?:un |une )(?:humain|personne|conseill\w+|agent|responsable|vrai|vraie|operat\w+)",
        r"\b(?:un vrai humain|une vraie personne|un etre humain|une personne reelle|"
        r"un humain|personne physique|quelqu'un de reel)\b",
        r"\bpas (?:un |une |de |a un |avec un )?"
        r"(?:robot|bot|machine|chatbot|reponses? automatiques?)",
        r"\b(?:rappelez-moi|rappelez moi|appelez-moi|appelez moi|me rappeler|m'appeler)\b",
        r"\bjoindre (?:un|une|le|la|quelqu'un) ",
        r"\b(?:numero|adresse (?:e-?mail|mail)|telephone|coordonnees|horaires) du service client\b",
        r"\bcomment (?:puis-je |peut-on |)?(?:contacter|joindre) (?:le |votre )?service client\b",
        # German
        r"\b(?:sprechen|reden|verbinden|verbunden|durchstellen|telefonieren|chatten|kontakt)\b.{0,40}"
        r"\b(?:mit|zu) " + _PERSON_DE,
        r"\b(?:mit|zu) " + _PERSON_DE + r"\b.{0,40}\b(?:sprechen|reden|verbinden|verbunden|"
        r"durchstellen|telefonieren|chatten)\b",
        r"\b(?:will|mochte|moechte|brauche|verlange|fordere|wunsche|wuensche) (?:einen |eine |ein )"
        r"(?:echten |richtigen |realen |menschlichen )?(?:mensch\w*|mitarbeiter\w*|berater\w*|"
        r"person|ansprechpartner\w*|vorgesetzt\w*)",
        r"\b(?:kein(?:en|e)?|nicht mit (?:einem|dem)) (?:bot|roboter|chatbot|maschine|automat\w*)",
        r"\b(?:rufen sie mich|ruft mich|ruf mich) (?:bitte )?(?:zuruck|an)\b",
        r"\b(?:ruckruf|rueckruf|echter mensch|echten menschen|echte person|richtigen menschen)\b",
        r"\b(?:telefonnummer|e-?mail-?adresse|hotline|kontaktdaten|erreichbarkeit)"
        r" (?:des|vom|ihres) (?:kundenservice|kundendienst|supports?)\b",
        r"\bwie (?:erreiche ich|kann ich) (?:den |ihren )?(?:kundenservice|kundendienst|support)\b",
    ),
    LEGAL: (
        r"\b(?:lawyer|lawyers|attorney|attorneys|solicitor|solicitors|legal counsel|law firm|"
        r"legal (?:action|proceedings|steps|team|department|advice|claim|notice)|lawsuit|law suit|"
        r"class action|small claims|litigation|cease and desist)\b",
        r"\b(?:sue|suing|sued)\b(?! (?:is|was|here|from|at|and|said|told))",
        r"\b(?:take|taking|see|drag|bring) (?:you|this|it|your company|the company|them)(?: guys)?"
        r" (?:to|in(?:to)?) court\b",
        r"\bcourt (?:case|order|action|claim|date)\b",
        r"\b(?:fraud|fraudulent|fraudster|scam|scammed|scammers?|scamming|theft|stole my money|"
        r"stealing my money|criminal)\b",
        r"\b(?:charge ?back|chargebacks|charge-back)\b",
        r"\b(?:dispute|disputing|disputed|claim|case|complaint)\b.{0,40}"
        r"\b(?:bank|paypal|credit card"
        r" (?:company|issuer|provider)|card (?:issuer|provider|company)|visa|mastercard|amex|"
        r"american express|klarna|stripe|apple pay)\b",
        r"\b(?:bank|paypal|card issuer|credit card company|visa|mastercard|amex|klarna)\b.{0,40}"
        r"\b(?:dispute|disputing|claim|revers\w+|chargeback|charge back|investigat\w+)\b",
        r"\b(?:file|filed|filing|open|opened|opening|raise|raised|start|started) (?:a |an )?"
        r"(?:dispute|chargeback|claim with|formal complaint)\b",
        r"\breverse (?:the|this|my) (?:charge|payment|transaction)\b",
        r"\b(?:consumer (?:protection|rights|affairs|ombudsman|agency|council|authority)|"
        r"better business bureau|bbb|trading standards|ombudsman|federal trade commission|ftc|"
        r"attorney general|citizens advice|cfpb)\b",
        r"\breport(?:ing)? (?:you|this|your company|the company|them) to (?:the )?\w+",
        r"\b(?:gdpr|ccpa|dsar|data protection|subject access request|access request|"
        r"right to (?:be forgotten|erasure|access)|privacy (?:law|regulator|complaint|request)|"
        r"information commissioner|\bico\b)\b",
        r"\b(?:delete|erase|remove|purge|wipe) (?:all )?(?:of )?(?:my|our) (?:personal )?"
        r"(?:data|information|details|info)\b",
        r"\b(?:what|which|all the|all) (?:personal )?(?:data|information) (?:do )?you (?:hold|have|"
        r"store|keep|collect|process)",
        r"\b(?:copy|export) of (?:all )?(?:my|the) (?:personal )?(?:data|information)\b",
        r"\b(?:police|legal|illegal|unlawful|lawful)\b",
        # Spanish
        r"\b(?:abogad[oa]s?|bufete|demandar\w*|demandare|demanda judicial|"
        r"accion(?:es)? legal(?:es)?"
        r"|medidas legales|acciones judiciales|tribunal(?:es)?|juzgado|juicio|denuncia\w*|"
        r"fraude|estafa\w*|estafador\w*|contracargo|ilegal)\b",
        r"\b(?:disputa|reclamacion|reclamo)\b.{0,30}\b(?:banco|paypal|tarjeta)\b",
        r"\b(?:proteccion (?:al|del|de los) consumidor\w*|"
        r"oficina (?:municipal )?de(?:l)? consum\w*|"
        r"hoja de reclamaciones|profeco|rgpd|proteccion de datos|mis datos personales|"
        r"derecho al olvido)\b",
        # French
        r"\b(?:avocat\w*|poursuite\w*|poursuivre|justice|tribunal|tribunaux|proces|plainte|"
        r"fraude\w*|arnaque\w*|escroc\w*|escroquerie|retrofacturation|illegal\w*|illegal|"
        r"mise en demeure|huissier)\b",
        r"\b(?:litige|contestation|opposition)\b.{0,30}\b(?:banque|paypal|carte)\b",
        r"\b(?:protection des consommateurs|association de consommateurs|dgccrf|"
        r"ufc(?:-| )que choisir|mediateur|rgpd|cnil|donnees personnelles|droit a l'oubli)\b",
        # German
        r"\b(?:anwalt|anwaltin|anwalte|anwaelte|rechtsanwalt\w*|anwaltlich\w*|rechtliche schritte|"
        r"rechtlichen schritte|klage|klagen|verklagen|verklage|gericht\w*|betrug|betruger\w*|"
        r"betrueger\w*|abzocke|ruckbuchung|rueckbuchung|lastschrift zuruck\w*|strafanzeige|"
        r"anzeige erstatten|polizei|illegal|rechtswidrig)\b",
        r"\b(?:verbraucherzentrale|verbraucherschutz\w*|schlichtungsstelle|dsgvo|datenschutz\w*|"
        r"meine daten (?:loschen|loeschen)|auskunft uber meine daten|personenbezogene\w* daten)\b",
        r"\b(?:streitfall|reklamation|konflikt)\b.{0,30}\b(?:bank|paypal|kreditkarte)\b",
    ),
    BUSINESS_INQUIRY: (
        r"\b(?:wholesale|wholesaler|bulk (?:order|orders|ordering|purchase|buy|pricing|discount|"
        r"quantities|quantity)|in bulk|large (?:quantity|quantities|volume)|b2b|reseller|resellers|"
        r"resell|stockist|distributor|distributors|distribution (?:deal|agreement|partner\w*)|"
        r"partnership|partnerships|collaboration|collab|sponsorship|sponsor|influencer|influencers|"
        r"brand ambassador|ambassador program\w*|affiliate|affiliates|"
        r"journalist|reporter|media (?:inquiry|enquiry|request)|corporate (?:order|gifts?|"
        r"gifting|account)|trade account|white label|private label)\b",
        r"\bpress (?:inquiry|enquiry|release|kit|team|contact|office|coverage|feature|request)\b",
        r"\b(?:member of|from|for) the (?:press|media)\b",
        r"\b(?:partner|work|team up|collaborate) with "
        r"(?:you|your (?:brand|company|store|shop|team))\b",
        r"\b(?:carry|stock|sell|list) your (?:products|brand|items|line)\b",
        # a shop owner asking to carry the range: "how would I go about stocking your candles"
        r"\b(?:go about|interested in|like to|love to|want to|start|about) (?:stocking|stock|"
        r"carrying|carry|retailing|reselling|selling) your\b",
        r"\b(?:stock|stocking|carry|carrying|sell|selling) your (?:\w+ ){0,2}(?:in|at) "
        r"(?:my|our) (?:\w+ )?(?:shop|store|shops|stores|boutique|salon|cafe|gallery)\b",
        r"\b(?:write|writing) (?:an? )?(?:article|story|feature|piece|review) (?:about|on) "
        r"(?:your|the) (?:brand|company|store|shop)",
        r"\bbecome a (?:supplier|vendor|partner|retailer|dealer)\b",
        # Spanish
        r"\b(?:mayorista\w*|al por mayor|al mayoreo|distribuidor\w*|revendedor\w*|colaboracion\w*|"
        r"asociacion comercial|alianza comercial|patrocinio|influencer\w*|influenciador\w*|"
        r"afiliad\w+|"
        r"prensa|periodista|grandes cantidades|pedido corporativo|venta corporativa)\b",
        # French
        r"\b(?:grossiste\w*|en gros|vente en gros|partenariat\w*|collaboration\w*|influenceu\w+|"
        r"affiliation|affilie\w*|journaliste|presse|revendeur\w*|distributeur\w*|"
        r"grande quantite|grandes quantites|sponsoring|parrainage d'entreprise)\b",
        # German
        r"\b(?:grosshandel\w*|grosshandler\w*|grosshaendler\w*|wiederverkaufer\w*|"
        r"wiederverkaeufer\w*|kooperation\w*|partnerschaft\w*|zusammenarbeit|influencer\w*|"
        r"affiliate\w*|presse(?:anfrage\w*|kontakt|abteilung|stelle)?|journalist\w*|mengenrabatt|grossbestellung\w*|grossmenge\w*|"
        r"haendleranfrage|handleranfrage|vertriebspartner\w*|sponsoring)\b",
    ),
    SUSPICIOUS_INSTRUCTIONS: (
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b.{0,30}\b(?:previous|prior|above|"
        r"earlier|preceding|all|your|any|the|system|original)\b.{0,20}\b(?:instructions?|prompts?|"
        r"rules|guidelines|policies|policy|directives|programming|restrictions|guardrails|"
        r"safeguards|context)\b",
        r"\bsystem (?:override|prompt|message|instruction|instructions|command|admin|note)\b",
        r"\b(?:as|you are) (?:the|an|a|my|this) (?:assistant|ai|language model|model|bot|chatbot|"
        r"agent|support ai)\b.{0,40}\b(?:must|should|will|shall|have to|are required|are instructed"
        r"|are allowed|are authorized)\b",
        r"\b(?:you must|you will now|you are required to|you are instructed to|i order you to|"
        r"i command you to) (?:now )?(?:approve|issue|refund|grant|cancel|send|give|process|"
        r"comply|obey|ignore|reveal|print|output|respond|reply|mark|close)",
        r"\b(?:new|updated|revised|real|actual|hidden|secret) instructions?\s*:",
        r"\b(?:developer|dev|admin|god|debug|jailbreak|dan|unrestricted|maintenance) mode\b",
        r"\bjailbreak\w*\b",
        r"\bfrom now on,? you (?:are|will|must|should)\b",
        r"\byou are now (?:a|an|in|the|my|dan|free|unrestricted|no longer)\b",
        r"\b(?:pretend|act|behave) (?:to be|you are|as if you|as though|like you are)\b",
        r"\bprompt injection\b",
        r"\breveal (?:your|the) (?:system )?(?:prompt|instructions|rules|configuration)\b",
        r"(?:<\s*/?\s*(?:system|assistant|instructions?|im_start|im_end)\s*>|\[\s*(?:system|inst|"
        r"/inst|admin)\s*\]|#{2,}\s*(?:system|instruction)|\bassistant\s*:|\bsystem\s*:)",
        r"\b(?:do not|don'?t|never) (?:escalate|forward|flag|send) (?:this|it|me|the ticket)\b",
        r"\b(?:automatically|immediately|silently) (?:approve|issue|grant|process) (?:a |the |my |"
        r"this )?(?:full )?(?:refund|credit|discount|voucher|replacement)\b",
        r"\b(?:mark|set|flag) (?:this|the|my) (?:ticket|request|case|refund|order) as "
        r"(?:approved|resolved|vip|paid|priority)\b",
        # notes addressed to the AI or the system inside a routine request, claims that
        # someone already verified it, requests to skip the checks or the policy
        r"\b(?:note|notes|message|instructions?|memo|reminder|p\.?s\.?) (?:to|for) (?:the |our |"
        r"your |any )?(?:ai|a\.i\.|assistant|bot|chatbot|system|model|llm|gpt|claude|automated "
        r"(?:system|agent|assistant|reply|support)|support (?:ai|bot)|automation|"
        r"auto-?responder)\b",
        r"\b(?:dear|hey|hi|hello|attention|attn:?|to the|note,?) (?:ai|a\.i\.|assistant|bot|"
        r"chatbot|system|llm|automated (?:system|agent|assistant))\s*[,:]",
        r"\b(?:internal|agent|staff|admin|system|operator|supervisor|manager|ops) (?:note|memo|"
        r"override|instruction|approval)\s*[:\]-]",
        r"\b(?:pre-?(?:approved|verified|authori[sz]ed|cleared)|(?:already|previously|has been|"
        r"have been|was|were|been|as) (?:been )?(?:verified|approved|authori[sz]ed|cleared|"
        r"whitelisted|validated|signed off)) by (?:a |an |the |your |our |my )?(?:\w+ )?"
        r"(?:manager|supervisor|agent|staff|team|support|admin\w*|security|fraud|colleague|"
        r"compliance|finance|system|ai|assistant|lead|department|employee|representative|rep|"
        r"head of \w+|ceo|owner|it)\b",
        r"\b(?:skip|skipping|bypass|bypassing|waive|waiving|override|overriding|disable|"
        r"circumvent|ignore|ignoring|suspend) (?:all |any |the |your |usual |standard |further |"
        r"additional |normal |these |those |of |remaining |internal |automated |regular )*"
        r"(?:checks?|verifications?|validations?|approvals?|fraud (?:checks?|screening)|"
        r"security (?:checks?|questions?)|policy|policies|rules|limits?|guardrails?|"
        r"safeguards?|controls?|screening|id check|identity check)\b",
        r"\bno (?:further |additional |more |extra )?(?:checks?|verification|approval|review|"
        r"validation) (?:is |are )?(?:needed|required|necessary)\b",
        r"\b(?:approve|process|issue|refund) (?:this|it|the refund|the request)"
        r" (?:immediately|automatically|directly|right away) (?:without|skipping|no) ",
        # Spanish
        r"\b(?:ignora|ignore|ignorar|olvida|olvide|olvidar|omite|omita)\b.{0,30}\b(?:instrucciones|"
        r"reglas|normas|indicaciones|politicas)\b",
        r"\b(?:modo desarrollador|modo administrador|mensaje del sistema|instrucciones del sistema|"
        r"a partir de ahora eres|como asistente,? (?:debes|tienes que))\b",
        r"\b(?:nota|mensaje|aviso|instruccion) (?:para|al|a la) (?:el |la )?(?:ia|asistente|bot|"
        r"chatbot|sistema|agente automatico|modelo)\b",
        r"\b(?:ya )?(?:verificad[oa]s?|aprobad[oa]s?|autorizad[oa]s?|validad[oa]s?) por "
        r"(?:el |la |un |una |su |nuestro |nuestra |vuestro )?(?:gerente|supervisor\w*|agente|"
        r"equipo|encargad\w|responsable|administrador\w*|jef[ea]|departamento|seguridad)",
        r"\b(?:omite|omita|omitan|omitir|salta|salte|saltar|saltate|saltese|ignora|ignore|ignorar|"
        r"evita|evite|evitar|desactiva|desactive) (?:todas |todos |las |los |la |el |cualquier |"
        r"sus |tus |habituales )*(?:comprobacion\w*|verificacion\w*|controles|control|politica\w*|"
        r"validacion\w*|revision\w*|normas|reglas)\b",
        r"\bno (?:hace falta|es necesari[oa]|se necesita) (?:ninguna |ningun )?(?:comprobacion|"
        r"verificacion|control|revision|aprobacion)\b",
        # French
        r"\b(?:ignore|ignorez|ignorer|oublie|oubliez|oublier)\b.{0,30}\b(?:instructions|consignes|"
        r"regles|directives)\b",
        r"\b(?:mode developpeur|mode administrateur|message systeme|instructions systeme|"
        r"a partir de maintenant,? tu es|en tant qu'assistant,? (?:tu dois|vous devez))\b",
        r"\b(?:note|message|consigne|instruction) (?:pour|a|au|a l'|destinee a) ?(?:l'|le |la )?"
        r"(?:ia|assistant|bot|chatbot|systeme|robot|modele)\b",
        r"\b(?:deja |a ete |ont ete |a deja ete )?(?:verifie|valide|approuve|autorise)e?s? par "
        r"(?:le |la |l'|un |une |votre |notre |vos )?(?:responsable|manager|superviseur|conseiller|"
        r"agent|equipe|service|administrateur|direction|chef)",
        r"\b(?:ignorez|ignore|ignorer|sautez|sauter|saute|passez outre|passer outre|contournez|"
        r"contourner|evitez|eviter|desactivez) (?:toutes |tous |les |la |le |toute |vos |l'|"
        r"habituelles )*(?:verifications?|controles?|politique|regles?|validations?|procedures?)\b",
        r"\b(?:aucune|pas de|pas besoin de) (?:verification|controle|validation)\b",
        # German
        r"\b(?:ignoriere|ignorieren|ignorier|vergiss|vergessen sie|missachte)\b.{0,30}"
        r"\b(?:anweisung\w*|"
        r"instruktion\w*|regeln|vorgaben|richtlinien|anleitung\w*)\b",
        r"\b(?:entwicklermodus|adminmodus|systemanweisung\w*|systemnachricht|systembefehl|"
        r"ab jetzt bist du|als assistent musst du)\b",
        r"\b(?:hinweis|notiz|nachricht|anweisung|info) (?:an|fur|fuer) (?:die |den |das )?(?:ki|"
        r"assistent\w*|bot|chatbot|system|modell)\b",
        r"\b(?:bereits |schon )?(?:verifiziert|gepruft|geprueft|genehmigt|freigegeben|autorisiert|"
        r"bestatigt|bestaetigt) (?:durch|von) (?:den |dem |der |ihren |ihrem |ihre |unserem |"
        r"unseren |unsere |einem |einer )?(?:vorgesetzt\w*|manager\w*|mitarbeiter\w*|team\w*|"
        r"support|administrator\w*|teamleiter\w*|abteilung\w*|filialleiter\w*|chef\w*|"
        r"sicherheit\w*)",
        r"\b(?:uberspring\w*|ueberspring\w*|ignorier\w*|umgeh\w*|deaktivier\w*) "
        r"(?:sie |du |bitte )?"
        r"(?:alle |jede |die |samtliche |saemtliche |ublichen |ueblichen )*(?:prufung\w*|"
        r"pruefung\w*|kontrolle\w*|richtlinie\w*|regeln|verifizierung\w*|freigabe\w*)",
        r"\b(?:keine|ohne) (?:weitere |zusatzliche |zusaetzliche )?(?:prufung|pruefung|kontrolle|"
        r"verifizierung|freigabe) (?:notig|noetig|erforderlich|notwendig)\b",
    ),
}
_UPSET = (
    r"\b(?:angry|furious|livid|outraged|disgusted|disgusting|ridiculous|unacceptable|pathetic|"
    r"terrible|horrible|awful|worst|useless|incompetent|appalling|shameful|disgrace|fed up|"
    r"sick (?:and tired )?of|had enough|fuck\w*|shit\w*|crap|wtf|damn|bullshit|hate you|"
    r"never (?:again|ordering|buying|shop)|third time|fourth time|so many times|still waiting|"
    r"still (?:no|not|haven'?t|nothing)|no one (?:answers|replies|responds)|nobody (?:answers|"
    r"replies|responds)|harto|harta|furios[oa]|inaceptable|vergonzoso|verguenza|pesimo|ridicul[oa]|"
    r"indignad[oa]|inadmissible|inacceptable|scandaleux|honteux|furieux|furieuse|en colere|"
    r"degoute|unverschamt|unverschaemt|frechheit|inakzeptabel|wutend|wuetend|skandal\w*|"
    r"katastroph\w*|sauer)\b",
)


_COMPILED = {reason: compile_rules(ps) for reason, ps in _RULES.items()}
_UPSET_COMPILED = compile_rules(_UPSET)


@dataclass(frozen=True)
class GuardrailHit:
    reason: str
    evidence: str


def guardrail_text(ticket_text: str, normalised: bool = False) -> str:
    """The form every rule is written against: normalised, lower-case, accents folded."""
    text = ticket_text if normalised else normalise(ticket_text)
    return fold_accents(text).replace("\u2019", "'")


def check_prepared(prepared: str) -> tuple[GuardrailHit, ...]:
    """Every text rule that fires on ``guardrail_text`` output, with the words that matched."""
    hits = []
    for reason, scanners in _COMPILED.items():
        evidence = first_match(scanners, prepared)
        if evidence is not None:
            hits.append(GuardrailHit(reason, evidence.strip()))
    return tuple(hits)


def check_text(text: str) -> tuple[GuardrailHit, ...]:
    return check_prepared(guardrail_text(text))


def check_customer(customer: Customer) -> tuple[GuardrailHit, ...]:
    if customer.vip and not customer.automation_opt_in:
        return (GuardrailHit(VIP_CUSTOMER, "customer.vip without automation opt-in"),)
    return ()


def check_ticket(ticket: Ticket, prepared: str | None = None) -> tuple[GuardrailHit, ...]:
    prepared = guardrail_text(ticket.text) if prepared is None else prepared
    return check_prepared(prepared) + check_customer(ticket.customer)


def is_upset(text: str, prepared: str | None = None) -> bool:
    prepared = guardrail_text(text) if prepared is None else prepared
    if first_match(_UPSET_COMPILED, prepared) is not None:
        return True
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7
    return shouting or "!!!" in text
