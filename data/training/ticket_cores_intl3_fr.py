"""More hand-written French ticket sentences per category (CC0).

Five new messages per category, written as 2-5 sentence e-mails or contact-form messages with
some context before the ask; they complement ``ticket_cores_intl`` and ``ticket_cores_intl2_fr``.
Same slots ({order}, {item}, {when}, {wait}, {address}), mixed registers, some without accents.
"""

CORES: dict[str, list[str]] = {
    "wismo": [
        (
            "Bonjour, j'ai commandé un cadeau d'anniversaire pour ma fille qui fête ses 10 ans "
            "samedi. Le site annonçait une livraison en 48h mais cela fait maintenant {wait}. "
            "Pouvez-vous me dire quand le colis sera livré ?"
        ),
        (
            "salut, le suivi dit que mon colis est en livraison depuis 3 jours mais il arrive "
            "jamais. j'ai pas bougé de chez moi. il est passé ou ??"
        ),
        (
            "Madame, Monsieur, je vous écris au sujet de {order}. Le transporteur indique « "
            "livré en boîte aux lettres » alors que ma boîte est vide et que mes voisins n'ont "
            "rien reçu. Je vous remercie de bien vouloir ouvrir une enquête auprès du "
            "transporteur et de me tenir informé."
        ),
        (
            "Je commence vraiment a perdre patience. J'ai payé la livraison express et le numero "
            "de suivi n'est même pas reconnu sur le site du transporteur. Ou est ma commande ?"
        ),
        (
            "Coucou, je déménage dans dix jours et j'ai peur que mon colis arrive trop tard. "
            "Tu peux me dire à peu près quand le livreur va passer ? Merci d'avance !"
        ),
    ],
    "order_status": [
        (
            "Bonjour, j'ai validé mon panier {when} et le montant a bien été débité. Par contre "
            "je n'ai reçu ni mail de confirmation ni numéro de commande. Pourriez-vous vérifier "
            "que ma commande a bien été enregistrée ?"
        ),
        (
            "Ma commande est en statut « en attente de paiement » alors que j'ai payé par "
            "virement il y a trois jours. Est-ce que le virement a été reçu et la commande "
            "validée ?"
        ),
        (
            "Bonsoir, j'ai précommandé le {item} il y a deux mois et la date de sortie est "
            "passée. Sur mon compte c'est toujours écrit « précommande ». Est-ce qu'elle a été "
            "expédiée ou pas encore ?"
        ),
        (
            "Bjr, sur le site ca marque que ma commande est en cours de preparation depuis une "
            "semaine. C'est bloqué ou elle va bientot partir de l'entrepot ?"
        ),
        (
            "Madame, Monsieur, un article de ma commande était indiqué en rupture temporaire "
            "lors de l'achat. Pourriez-vous m'indiquer si vous l'avez reçu en stock et si ma "
            "commande a été traitée depuis ?"
        ),
    ],
    "address_change": [
        (
            "Bonjour, je viens de me rendre compte que l'adresse enregistrée est celle de mon "
            "ancien appartement. La commande n'est pas encore partie d'après le suivi. "
            "Pouvez-vous la faire livrer à {address} ?"
        ),
        (
            "J'ai inversé deux chiffres dans mon code postal en remplissant le formulaire, "
            "j'ai mis 69300 au lieu de 63900. Le colis risque de partir dans la mauvaise ville. "
            "Vous pouvez corriger ça rapidement svp ?"
        ),
        (
            "Salut, je serai pas chez moi toute la semaine prochaine. Est-ce que tu peux changer "
            "l'adresse de livraison de ma commande pour que ça arrive chez ma mère ? Je t'envoie "
            "l'adresse si besoin."
        ),
        (
            "Madame, Monsieur, notre entreprise a changé de locaux le mois dernier. Je vous "
            "prie de mettre à jour l'adresse de livraison de notre compte professionnel, toutes "
            "les futures commandes devront être envoyées à {address}."
        ),
        (
            "bonjour j'ai oublié de mettre le code de la porte et le nom sur l'interphone dans "
            "mon adresse. le livreur va pas pouvoir rentrer. est ce que vous pouvez rajouter ca "
            "avant l'envoi ?"
        ),
    ],
    "order_modification": [
        (
            "Bonjour, j'ai passé commande il y a une heure pour deux t-shirts blancs. En fait je "
            "voudrais un blanc et un noir. Est-ce que vous pouvez modifier la couleur du second "
            "avant l'expédition ?"
        ),
        (
            "J'ai vu après coup qu'il y avait un code de -15% pour les nouveaux clients sur "
            "Instagram. Ma commande n'est pas encore expédiée, serait-il possible d'appliquer la "
            "réduction dessus ?"
        ),
        (
            "Coucou, dans {order} j'ai mis 6 bouteilles mais c'était une erreur, j'en voulais "
            "que 3. Tu peux changer la quantité ? Merci beaucoup"
        ),
        (
            "Madame, Monsieur, je souhaiterais ajouter un second {item} à ma commande passée "
            "{when}, afin que les deux articles soient envoyés dans le même colis. Je reste "
            "disponible pour régler la différence."
        ),
        (
            "J'ai pris la version 128 Go par erreur, je voulais la 256 Go. Le colis n'est pas "
            "encore parti, vous pouvez échanger le modèle avant ? Je paierai le supplément bien "
            "sûr."
        ),
    ],
    "cancellation": [
        (
            "Bonjour, je viens de passer commande mais je me suis rendu compte que le même "
            "article est vendu 20 € moins cher en magasin. Pourriez-vous annuler ma commande tant "
            "qu'elle n'est pas expédiée ?"
        ),
        (
            "Ca fait {wait} que ma commande est en préparation et j'en ai marre d'attendre. "
            "Annulez tout, je vais acheter ailleurs. Merci de confirmer l'annulation par mail."
        ),
        (
            "Madame, Monsieur, suite à un imprévu familial, je ne serai pas en mesure de "
            "réceptionner ma commande. Je vous saurais gré de bien vouloir l'annuler dans sa "
            "totalité."
        ),
        (
            "Bonjour, j'ai commandé trois articles {when}. Je voudrais garder les deux premiers "
            "mais annuler le {item}, je n'en ai finalement plus besoin. C'est possible ?"
        ),
        (
            "slt, mon fils a commandé sur mon compte sans me demander. Je veux annuler sa "
            "commande tout de suite avant que ca parte svp."
        ),
    ],
    "return_request": [
        (
            "Bonjour, j'ai reçu le {item} {when}, il fonctionne très bien mais il est beaucoup "
            "plus grand que ce que j'imaginais. Je souhaiterais le renvoyer. Comment dois-je "
            "procéder ?"
        ),
        (
            "J'ai acheté deux lampes identiques pour mon salon, finalement une seule suffit. "
            "Est-ce que je peux vous en retourner une ? Elle est encore dans son carton."
        ),
        (
            "Madame, Monsieur, je souhaite exercer mon droit de rétractation pour {order}, "
            "reçue il y a cinq jours. Pourriez-vous m'adresser une étiquette de retour "
            "prépayée ?"
        ),
        (
            "salut, la couleur du canapé rend pas du tout pareil que sur les photos chez moi. "
            "Il a rien, c'est juste que ca va pas avec la déco. Je peux le renvoyer ? Il est "
            "gros, vous venez le chercher ?"
        ),
        (
            "Bonjour, j'ai reçu une veste en cadeau mais je préférerais l'échanger contre un "
            "autre modèle. Je n'ai pas le ticket, seulement le bon de livraison. Comment faire "
            "le retour ?"
        ),
    ],
    "refund_request": [
        (
            "Bonjour, vous avez confirmé l'annulation de ma commande il y a deux semaines. "
            "Pourtant je ne vois toujours aucun remboursement sur mon compte. Quand l'argent "
            "sera-t-il reversé ?"
        ),
        (
            "Mon colis de retour a été réceptionné par votre entrepôt lundi, j'ai la preuve "
            "sur le suivi. Le mail disait remboursement sous 5 jours et rien n'est arrivé. Vous "
            "attendez quoi exactement ?"
        ),
        (
            "Madame, Monsieur, le prix du {item} a baissé de 30 € deux jours après mon achat. "
            "Je souhaiterais être remboursé de la différence, comme le prévoit votre garantie "
            "du meilleur prix."
        ),
        (
            "coucou, le code promo a pas été pris en compte sur ma commande alors que c'était "
            "marqué valable. Tu peux me rembourser les 10 € de réduction ?"
        ),
        (
            "Bonjour, la commande a été livrée avec une semaine de retard alors que j'avais "
            "payé la livraison express. Je demande le remboursement des frais de port de "
            "{order}."
        ),
    ],
    "subscription_change": [
        (
            "Bonjour, je suis abonnée à la box mensuelle depuis un an et j'adore. Mais avec le "
            "budget serré en ce moment, je voudrais passer à une box tous les deux mois. "
            "Comment faire ?"
        ),
        (
            "Je pars en voyage tout l'été, du 1er juillet au 31 août. Est-ce que vous pouvez "
            "suspendre mon abonnement café pendant cette période ? Je le reprendrai en "
            "septembre."
        ),
        (
            "J'ai essayé de résilier mon abonnement dans l'appli mais le bouton me ramène sur "
            "la page d'accueil. Je ne veux plus être prélevé le mois prochain. Merci de "
            "l'annuler de votre côté."
        ),
        (
            "Madame, Monsieur, je souhaiterais passer de la formule Essentiel à la formule "
            "Premium de mon adhésion à compter du prochain renouvellement. Pourriez-vous me "
            "confirmer le nouveau tarif ?"
        ),
        (
            "yo, je veux sauter la livraison de ce mois, j'ai encore plein de stock de la "
            "dernière box. Ca décale bien la suivante au mois d'après ?"
        ),
    ],
    "account_help": [
        (
            "Bonjour, j'essaie de me connecter depuis ce matin mais le site me dit que mon mot "
            "de passe est incorrect. J'ai demandé une réinitialisation trois fois, aucun mail "
            "reçu, même dans les spams. Pouvez-vous m'aider ?"
        ),
        (
            "J'ai changé de numéro de téléphone et je ne peux plus recevoir le code de double "
            "authentification. Du coup je suis bloqué hors de mon compte. Comment je peux "
            "mettre à jour le numéro ?"
        ),
        (
            "Madame, Monsieur, je ne souhaite plus utiliser vos services. Je vous prie de "
            "supprimer mon compte client ainsi que mes moyens de paiement enregistrés."
        ),
        (
            "bonjour, quand je veux creer un compte ca met « erreur inconnue » a chaque fois. "
            "j'ai essayé sur pc et sur telephone. je fais comment pour m'inscrire ?"
        ),
        (
            "Salut, j'ai créé mon compte avec mon adresse pro et je voudrais passer sur mon "
            "mail perso. Je trouve pas où modifier ça dans les paramètres, tu peux me dire ?"
        ),
    ],
    "billing": [
        (
            "Bonjour, j'ai payé {order} une seule fois mais mon relevé bancaire montre deux "
            "débits identiques de 89 €. Pouvez-vous vérifier et annuler le doublon ?"
        ),
        (
            "Ma carte est refusée à chaque tentative de paiement, alors qu'elle fonctionne "
            "partout ailleurs. J'ai essayé avec deux cartes différentes. Le problème vient de "
            "votre site ?"
        ),
        (
            "Madame, Monsieur, pour notre comptabilité, nous avons besoin d'une facture "
            "mentionnant notre numéro de TVA intracommunautaire. Pourriez-vous nous la "
            "transmettre pour notre achat de {when} ?"
        ),
        (
            "Bonjour, je voudrais commander mais je n'ai pas de carte bancaire. Acceptez-vous "
            "les paiements par virement, chèque ou Apple Pay ?"
        ),
        (
            "Il y a une autorisation de 120 € en attente sur mon compte depuis une semaine alors "
            "que j'ai annulé le paiement. Quand est-ce qu'elle va disparaitre ?"
        ),
    ],
    "policy_question": [
        (
            "Bonjour, j'hésite à commander un manteau chez vous car je ne suis jamais sûre de "
            "ma taille. Combien de temps ai-je pour retourner un article, et le retour est-il "
            "gratuit ?"
        ),
        (
            "J'habite en Martinique. Est-ce que vous livrez dans les DOM-TOM et si oui, quels "
            "sont les délais et les frais de port ?"
        ),
        (
            "Madame, Monsieur, avant de commander un appareil électroménager, j'aimerais "
            "connaître les conditions de votre garantie. Couvre-t-elle les pannes au-delà de "
            "deux ans ?"
        ),
        (
            "bonjour, si je commande et que je change d'avis avant l'expedition, est ce que "
            "vous prenez des frais d'annulation ? Je prefere savoir avant."
        ),
        (
            "Une question générale : est-ce que vous remboursez sur la carte ou seulement en "
            "bon d'achat ? Et est-ce que vous faites les échanges de taille gratuitement ?"
        ),
    ],
    "sales_question": [
        (
            "Bonjour, je cherche un sac à dos pour un ordinateur 16 pouces. Est-ce que le "
            "{item} peut contenir un MacBook Pro 16 ? Je ne trouve pas les dimensions "
            "intérieures sur la fiche."
        ),
        (
            "Salut, le modèle vert est en rupture depuis des semaines. Vous savez quand il "
            "revient en stock ? Sinon je prendrai une autre couleur."
        ),
        (
            "Madame, Monsieur, je souhaiterais savoir si vos bougies sont fabriquées à partir "
            "de cire végétale et si les parfums sont sans phtalates. Je vous remercie par "
            "avance."
        ),
        (
            "bonjour je veux acheter un cadeau pour ma grand mère. elle a pas internet. "
            "est ce qu'on peut commander par telephone ou faut forcément passer par le site ?"
        ),
        (
            "Je compte acheter trois articles pour Noël. Est-ce que vous faites une remise à "
            "partir d'un certain montant, ou y a-t-il un code promo en ce moment ?"
        ),
    ],
    "feedback": [
        (
            "Bonjour, je voulais juste vous dire que j'ai reçu le {item} {when} et qu'il est "
            "parfait. L'emballage était soigné et le petit mot écrit à la main m'a beaucoup "
            "touchée. Merci !"
        ),
        (
            "J'utilise votre site régulièrement et j'ai une suggestion. Ce serait super d'avoir "
            "un filtre par prix et un mode sombre sur l'appli. Sinon rien à redire, continuez !"
        ),
        (
            "Madame, Monsieur, client fidèle depuis plusieurs années, je souhaitais souligner "
            "la qualité constante de vos produits. Je recommande votre enseigne à tout mon "
            "entourage."
        ),
        (
            "coucou, j'ai adoré ma commande et je voudrais laisser un avis avec photos. J'ai pas "
            "reçu le mail pour noter le produit, je peux le faire où ?"
        ),
        (
            "Petit retour d'expérience : la commande est arrivée vite, mais la notice du "
            "{item} n'existe qu'en anglais. Une version française serait un vrai plus pour "
            "vos clients."
        ),
    ],
    "newsletter": [
        (
            "Bonjour, je reçois vos e-mails promotionnels tous les jours depuis que j'ai "
            "commandé une fois. C'est beaucoup trop. Merci de me retirer de toutes vos listes "
            "marketing."
        ),
        (
            "J'ai cliqué trois fois sur « se désabonner » et je continue de recevoir la "
            "newsletter. Ça fait {wait} que ça dure. Pouvez-vous le faire manuellement ?"
        ),
        (
            "Salut ! J'ai vu que les abonnés à la newsletter avaient accès aux ventes privées "
            "en avant-première. Comment je fais pour m'inscrire ?"
        ),
        (
            "Madame, Monsieur, je vous prie de bien vouloir cesser tout envoi de courriels "
            "commerciaux à mon adresse. Je souhaite toutefois conserver mon compte client."
        ),
        (
            "bjr, je me suis inscrite a la newsletter pour avoir le code de bienvenue mais j'ai "
            "jamais eu de mail de confirmation. vous pouvez verifier que je suis bien inscrite ?"
        ),
    ],
    "sizing_fit": [
        (
            "Bonjour, je voudrais offrir un pull à mon mari. Il fait 1m85 et 90 kg, et il porte "
            "généralement du L, mais il aime quand c'est un peu ample. Quelle taille me "
            "conseillez-vous ?"
        ),
        (
            "J'ai reçu le {item} en 40 et il est trop petit au niveau des hanches, alors que "
            "je fais du 40 partout ailleurs. Est-ce que vos modèles taillent petit ? Je pense "
            "prendre le 42."
        ),
        (
            "salut, les baskets que j'ai reçues me serrent au niveau des orteils. Je fais du 43 "
            "normalement. Tu me conseilles de prendre une demi-pointure ou une pointure "
            "au-dessus ?"
        ),
        (
            "Madame, Monsieur, je ne trouve pas le tableau des tailles pour la collection "
            "enfant. Ma fille a 7 ans et mesure 1m25. Quelle taille dois-je choisir ?"
        ),
        (
            "Le pantalon est bien à la taille mais beaucoup trop long, il traîne par terre. "
            "Je mesure 1m58. Avez-vous une coupe pour les petites tailles ?"
        ),
    ],
    "damaged_or_wrong_item": [
        (
            "Bonjour, j'ai ouvert mon colis ce matin et la théière est arrivée avec le bec "
            "cassé. Le carton était pourtant intact. J'ai pris des photos, que dois-je faire "
            "pour obtenir un remplacement ?"
        ),
        (
            "J'ai commandé une paire de chaussures en 39 et j'ai reçu du 42, en plus dans une "
            "autre couleur. C'est pas du tout ce que j'ai commandé. Vous me renvoyez la bonne "
            "paire quand ?"
        ),
        (
            "Madame, Monsieur, {order} m'a bien été livrée, mais il manque l'un des trois "
            "articles mentionnés sur le bon de livraison. Je vous remercie de bien vouloir "
            "m'envoyer l'article manquant."
        ),
        (
            "bonjour le {item} s'allume plus depuis le 2e jour. je l'ai juste branché comme "
            "indiqué dans la notice. il est clairement defectueux"
        ),
        (
            "C'est une blague ?? J'ai reçu un flacon de parfum à moitié vide et la boîte toute "
            "écrasée. Pour ce prix-là c'est inadmissible, je veux un produit neuf."
        ),
    ],
    "complaint": [
        (
            "Bonjour, je vous ai envoyé quatre e-mails en deux semaines et je n'ai eu que des "
            "réponses automatiques. Je trouve ce manque de considération envers vos clients "
            "inacceptable. Je tiens à ce que ma réclamation soit enregistrée."
        ),
        (
            "Franchement merci pour rien. Votre conseillère m'a raccroché au nez quand j'ai "
            "demandé des explications. C'est comme ça que vous traitez les clients ?"
        ),
        (
            "Madame, Monsieur, cliente depuis plus de cinq ans, je suis profondément déçue par "
            "la dégradation de votre service. Délais, réponses, suivi : tout laisse à désirer "
            "depuis quelques mois."
        ),
        (
            "Super, encore une fois on me promet un rappel qui n'arrive jamais. Bravo, vraiment, "
            "quel service client exemplaire. Je suis dégoûté."
        ),
        (
            "bonjour, le livreur a été super impoli avec ma mère de 80 ans et a refusé de "
            "monter le colis alors que c'était prévu. je veux porter reclamation contre ce "
            "comportement."
        ),
    ],
    "human_request": [
        (
            "Bonjour, ça fait trois fois que j'explique mon problème au chatbot et il me "
            "renvoie toujours vers la FAQ. Est-ce que je peux parler à un vrai conseiller, "
            "s'il vous plaît ?"
        ),
        (
            "Madame, Monsieur, ma situation est un peu compliquée à expliquer par écrit. "
            "Pourriez-vous me faire rappeler par un membre de votre service client demain "
            "entre 14h et 17h ?"
        ),
        (
            "Je cherche partout un numéro de téléphone sur votre site et je ne trouve rien. "
            "Comment on joint quelqu'un chez vous ? Un humain, pas un formulaire."
        ),
        (
            "salut, c'est à propos de {order}. je préfère en parler avec quelqu'un directement, "
            "tu peux me passer une personne au tel ou en chat ?"
        ),
        (
            "Bonjour, je suis malvoyant et j'ai du mal avec les formulaires en ligne. "
            "Serait-il possible d'avoir un interlocuteur au téléphone pour m'aider ?"
        ),
    ],
    "legal": [
        (
            "Madame, Monsieur, malgré mes nombreuses relances, {order} ne m'a jamais été "
            "livrée ni remboursée. Mon avocat m'informe que je suis en droit d'engager une "
            "procédure devant le tribunal judiciaire. Ceci constitue ma dernière mise en "
            "garde avant poursuites."
        ),
        (
            "Bonjour, en vertu de l'article 15 du RGPD, je vous demande de me communiquer "
            "l'ensemble des données personnelles me concernant, leur finalité et les "
            "destinataires. Je vous rappelle que vous disposez d'un mois pour répondre."
        ),
        (
            "Vu que personne ne me répond, j'ai ouvert un litige sur PayPal pour récupérer "
            "mon argent. Ils vont trancher dans quelques jours, vous pouvez leur envoyer vos "
            "justificatifs."
        ),
        (
            "J'ai saisi le médiateur de la consommation et déposé une plainte auprès de la "
            "DGCCRF pour pratique commerciale trompeuse. Le {item} vendu comme neuf était "
            "clairement reconditionné."
        ),
        (
            "bonjour, ma banque a lancé une procédure de contestation sur le paiement du 12 mars "
            "car je n'ai jamais reçu la marchandise. Je vous informe aussi que j'ai déposé "
            "plainte pour escroquerie."
        ),
    ],
    "business_inquiry": [
        (
            "Bonjour, je gère un concept store à Bordeaux spécialisé dans les marques "
            "françaises. Vos produits plairaient beaucoup à notre clientèle. Proposez-vous des "
            "conditions pour les revendeurs et quel est le minimum de commande ?"
        ),
        (
            "Madame, Monsieur, notre comité d'entreprise souhaite offrir un {item} à chacun de "
            "nos 350 salariés pour les fêtes. Pourriez-vous nous faire parvenir un devis avec "
            "personnalisation du logo ?"
        ),
        (
            "Hello ! Je suis créatrice de contenu lifestyle sur TikTok et Instagram (85k "
            "abonnés au total). J'adore votre univers et j'aimerais vous proposer une "
            "collaboration. À qui puis-je envoyer mon media kit ?"
        ),
        (
            "Bonjour, je suis journaliste pour un quotidien régional et je prépare un article "
            "sur les jeunes marques éco-responsables. Le fondateur serait-il disponible pour "
            "une interview cette semaine ?"
        ),
        (
            "Nous sommes un atelier de confection basé au Portugal et travaillons déjà avec "
            "plusieurs marques européennes. Nous aimerions vous présenter nos services de "
            "production. Qui est la bonne personne à contacter ?"
        ),
    ],
    "other": [
        (
            "Bonjour, je prépare un exposé sur la Révolution française pour lundi. Est-ce que "
            "vous pourriez m'expliquer rapidement les causes principales ? Merci !"
        ),
        (
            "Salut, je crois que je me suis trompé de site. Je voulais prendre rendez-vous chez "
            "le garagiste pour ma vidange. Vous savez où je peux faire ça ?"
        ),
        (
            "URGENT : votre compte bancaire a été suspendu. Pour le réactiver, veuillez "
            "confirmer vos coordonnées en cliquant sur le lien ci-dessous sous 24 heures."
        ),
        (
            "coucou, j'ai trouvé un chat perdu dans ma rue ce matin, il a un collier bleu. "
            "c'est pas le vôtre par hasard ? je sais pas a qui demander"
        ),
        (
            "Bonsoir, je voudrais savoir s'il va pleuvoir ce week-end à Marseille. On organise "
            "un pique-nique et je n'arrive pas à me décider."
        ),
    ],
}
