"""More hand-written French ticket sentences per category (CC0).

Nine new sentences per category, complementing the "fr" part of ``ticket_cores_intl``; same
slots ({order}, {item}, {when}, {wait}, {address}), mixed registers, some without accents.
"""

CORES: dict[str, list[str]] = {
    "wismo": [
        "Bonjour, ma commande devait arriver {when} et toujours rien. Vous pouvez me dire où "
        "elle en est ?",
        "slt, mon colis est bloqué au centre de tri depuis une semaine, c normal ?",
        "Le livreur dit être passé mais personne n'a sonné. Où est mon colis maintenant ?",
        "Cela fait {wait} que j'attends {order}. Pouvez-vous me donner une date de livraison "
        "précise ?",
        "le lien de suivi marche pas, je sais pas ou est mon colis",
        "J'ai recu un avis de passage mais le colis n'est pas au point relais. Il est ou ?",
        "C'est la troisième fois que la date de livraison est repoussée !!! Quand est-ce que je "
        "vais enfin recevoir mon {item} ?",
        "Bonsoir, combien de temps encore avant que {order} arrive ? Elle est expédiée depuis "
        "lundi.",
        "Le suivi affiche « colis retourné à l'expéditeur ». Que se passe-t-il avec mon colis ?",
    ],
    "order_status": [
        "Bonjour, j'ai passé commande {when} mais je n'ai reçu aucune confirmation. Est-ce que "
        "ça a bien marché ?",
        "Ma commande est marquée « en cours de traitement » depuis 4 jours, c'est normal ?",
        "Est-ce que {order} est déjà partie de l'entrepôt ou pas encore ?",
        "J'ai précommandé le {item}, savez-vous quand il sera expédié ?",
        "Le statut indique « en cours de vérification », qu'est-ce que ça veut dire ?",
        "le paiement est passé mais la commande apparait pas dans mon compte, elle est bien "
        "enregistree ?",
        "Un des articles commandés était en réapprovisionnement. Avez-vous une idée de la date "
        "d'expédition ?",
        "Ma commande a-t-elle été préparée ? Je n'ai toujours pas reçu le mail d'expédition.",
        "Madame, Monsieur, je souhaiterais savoir si {order} a bien été validée et si elle "
        "partira cette semaine.",
    ],
    "address_change": [
        "Je pars en vacances, pouvez-vous livrer ma commande à {address} à la place ?",
        "J'ai oublié de mettre le numéro d'appartement dans l'adresse, c'est le 12B.",
        "Bonjour, merci de corriger l'adresse de {order} : il manque le nom de la rue.",
        "comment je change mon adresse par defaut dans mon compte ?",
        "Je viens de déménager, pourriez-vous mettre à jour l'adresse de mon compte ?",
        "Est-ce que je peux faire livrer au bureau plutôt qu'à la maison ? Nouvelle adresse : "
        "{address}.",
        "Faute de frappe dans la ville, j'ai écrit Lyom au lieu de Lyon, vous pouvez corriger "
        "svp ?",
        "Finalement je préfère être livré en point relais plutôt qu'à domicile, c'est possible ?",
        "Madame, Monsieur, suite à mon déménagement, je vous prie d'expédier désormais mes "
        "commandes à l'adresse suivante : {address}.",
    ],
    "order_modification": [
        "Bonjour, j'ai commandé le {item} en M mais il me faut du L, pouvez-vous changer avant "
        "l'envoi ?",
        "Je voudrais en prendre deux au lieu d'un, c'est possible de modifier la quantité ?",
        "J'ai oublié d'appliquer mon code promo BIENVENUE10, vous pouvez l'ajouter à {order} ?",
        "svp enlevez le deuxième article de ma commande, j'en veux qu'un",
        "Je me suis trompée de modèle, je voulais la version sans fil. Vous pouvez échanger "
        "avant l'expédition ?",
        "Est-il encore possible de rajouter un {item} à {order} pour économiser les frais de "
        "port ?",
        "Bonjour, dans la commande passée {when}, je voudrais remplacer le noir par le bleu.",
        "Petite modif : je voudrais retirer les chaussettes et garder le reste de la commande.",
        "Pourriez-vous ajouter un emballage cadeau à ma commande tant qu'elle n'est pas partie ?",
    ],
    "cancellation": [
        "Annulez {order} immédiatement, ça fait {wait} et rien n'est parti.",
        "Bonjour, j'ai passé deux fois la même commande par erreur, pouvez-vous en annuler une ?",
        "je veux annuler juste le {item}, le reste je garde",
        "J'ai trouvé moins cher ailleurs, merci d'annuler ma commande avant l'expédition.",
        "Madame, Monsieur, je vous prie de bien vouloir annuler ma commande passée {when} et de "
        "me confirmer l'annulation par e-mail.",
        "Comment j'annule une commande depuis l'appli ? Je trouve pas le bouton.",
        "Finalement je n'en ai plus besoin, vous pouvez tout annuler ?",
        "Si ma commande n'est pas encore partie, je voudrais l'annuler s'il vous plaît.",
        "Annule ma commande stp, mon mari a déjà acheté la même chose.",
    ],
    "return_request": [
        "Bonjour, le {item} ne me plaît pas finalement, comment je peux le renvoyer ?",
        "Je voudrais retourner {order}, elle ne correspond pas à ce que j'attendais.",
        "pouvez vous m'envoyer une etiquette retour svp",
        "On m'a offert le même cadeau deux fois, puis-je en retourner un contre autre chose ?",
        "Je souhaite renvoyer deux articles sur les trois reçus {when}. Quelle est la marche à "
        "suivre ?",
        "Où dois-je déposer mon colis de retour ? J'ai un point relais près de chez moi.",
        "Je voudrais échanger la robe contre la même en vert, elle est en parfait état.",
        "Bonjour, j'ai fait une demande de retour sur le site mais je n'ai jamais reçu le bon de "
        "retour par mail.",
        "Le produit marche très bien mais il est trop encombrant pour ma cuisine, je souhaite le "
        "retourner.",
    ],
    "refund_request": [
        "Vous avez reçu mon retour il y a {wait} et toujours pas de remboursement, ça suffit.",
        "Bonjour, quand est-ce que l'argent sera reversé sur mon compte ?",
        "je veux etre rembourse des frais de livraison express, le colis est arrivé avec 3 jours "
        "de retard",
        "Ma commande a été annulée mais je n'ai pas été remboursée, pouvez-vous vérifier ?",
        "Je préfère un remboursement plutôt qu'un avoir, merci.",
        "Pouvez-vous me dire où en est le remboursement de {order} ?",
        "Madame, Monsieur, je vous demande le remboursement intégral de ma commande, qui ne m'a "
        "jamais été livrée.",
        "On m'a promis un remboursement partiel au téléphone, je ne vois rien venir.",
        "Remboursez-moi le {item}, je l'ai renvoyé {when}.",
    ],
    "subscription_change": [
        "Je voudrais passer ma box beauté de mensuelle à trimestrielle.",
        "Bonjour, je pars deux mois à l'étranger, pouvez-vous suspendre mon abonnement ?",
        "comment on resilie l'abonnement premium ? je trouve rien dans mon compte",
        "Merci de ne pas m'envoyer la prochaine box, je reprendrai le mois d'après.",
        "Est-ce que je peux passer à la formule 2 personnes pour mon abonnement repas ?",
        "Je veux arrêter mon abonnement café à la fin du mois, ne me prélevez plus ensuite.",
        "Madame, Monsieur, je souhaite mettre fin à mon adhésion au programme membre à compter "
        "de ce jour.",
        "Pouvez-vous décaler la prochaine livraison de mon abonnement de deux semaines ?",
        "Je voudrais réactiver l'abonnement que j'avais mis en pause il y a {wait}.",
    ],
    "account_help": [
        "Je ne reçois pas l'e-mail de vérification pour activer mon compte.",
        "mon compte est bloqué apres trop de tentatives, comment je fais ?",
        "Bonjour, je voudrais changer le nom associé à mon compte, je me suis mariée.",
        "J'ai deux comptes avec deux adresses mail différentes, pouvez-vous les fusionner ?",
        "Le lien de réinitialisation du mot de passe a expiré, et quand j'en redemande un, rien "
        "n'arrive.",
        "Impossible de m'inscrire, le site dit que mon adresse e-mail est déjà utilisée alors "
        "que non.",
        "Comment je change de compte sur l'appli ? Je suis toujours connecté sur celui de ma "
        "femme.",
        "Madame, Monsieur, je vous prie de clôturer définitivement mon compte client.",
        "Le code de connexion par SMS n'arrive jamais, je peux plus accéder à mon compte !!",
    ],
    "billing": [
        "Bonjour, j'ai besoin d'une facture avec TVA au nom de ma société pour {order}.",
        "Mon paiement a été refusé alors qu'il y a de l'argent sur le compte, pourquoi ?",
        "Vous m'avez prélevé deux fois 49,90 €, j'attends une explication.",
        "Est-ce qu'on peut payer en 3 fois sans frais ?",
        "acceptez vous paypal ou seulement la carte bleue ?",
        "Pourquoi y a-t-il un débit en attente sur ma carte alors que la commande n'est pas "
        "passée ?",
        "Je ne trouve pas ma facture dans mon espace client, vous pouvez me la renvoyer ?",
        "Le montant débité ne correspond pas au total affiché lors de la commande.",
        "Madame, Monsieur, pourriez-vous établir une facture rectificative ? L'adresse de "
        "facturation est erronée.",
    ],
    "policy_question": [
        "Combien de temps prend la livraison en général pour la Belgique ?",
        "Les frais de retour sont-ils à ma charge ?",
        "Quelle est la durée de la garantie sur vos appareils ?",
        "Est-ce que vous faites des échanges ou seulement des remboursements ?",
        "La livraison est gratuite à partir de combien d'euros ?",
        "bonjour, les articles soldés peuvent-ils être retournés ?",
        "Proposez-vous la livraison express ? Et le samedi ?",
        "Si j'annule une commande après l'expédition, y a-t-il des frais ?",
        "Acceptez-vous les retours sur le {item} si l'emballage a été ouvert ?",
    ],
    "sales_question": [
        "Le {item} est-il compatible avec un iPhone 15 ?",
        "Quelles sont les dimensions exactes de la table basse ?",
        "C'est en quelle matière, le pull ? Je suis allergique à la laine.",
        "Vous avez du stock en magasin ou seulement en ligne ?",
        "Y a-t-il une réduction pour les étudiants ?",
        "bonjour le {item} est encore dispo ? le site affiche plus que 1 en stock",
        "Est-ce que vous allez faire des promos pour le Black Friday ?",
        "Quelle est la différence entre le modèle standard et le modèle pro ?",
        "Le {item} est-il fabriqué en France ?",
    ],
    "feedback": [
        "Super expérience, le {item} est encore plus beau en vrai !",
        "Petite suggestion : ce serait bien de pouvoir filtrer par taille sur le site.",
        "Merci à Julie du service client pour sa patience, au top.",
        "Je voudrais laisser un avis mais je ne trouve pas où le faire.",
        "Vos emballages sont vraiment écolos, bravo, continuez comme ça.",
        "Une idée : proposez des recharges pour les flacons, j'en achèterais.",
        "Commande reçue {when}, tout est parfait, merci !",
        "Bonjour, juste un petit mot pour dire que j'adore votre marque depuis des années.",
        "L'appli est pratique mais le paiement pourrait être plus simple, c'est juste un retour "
        "constructif.",
    ],
    "newsletter": [
        "Je reçois vos mails promo trois fois par jour, désinscrivez-moi svp.",
        "Le lien de désinscription en bas de l'e-mail ne fonctionne pas.",
        "Comment je fais pour recevoir vos offres par mail ?",
        "J'aimerais m'abonner à la newsletter pour avoir le code de bienvenue.",
        "Ne m'envoyez plus de SMS publicitaires, merci.",
        "je me suis désabonnée il y a {wait} et je reçois encore vos newsletters",
        "Pouvez-vous inscrire ma deuxième adresse e-mail à votre lettre d'information ?",
        "Je veux rester client mais sans vos e-mails marketing, c'est possible ?",
        "Je souhaite recevoir moins souvent vos newsletters, une par semaine suffira.",
    ],
    "sizing_fit": [
        "Je fais du 38 en général, je prends quoi chez vous ?",
        "Le {item} est trop serré aux épaules, vous pensez que la taille au-dessus ira ?",
        "Bonjour, je mesure 1m80 pour 75 kg, quelle taille de veste me conseillez-vous ?",
        "Vos chaussures chaussent-elles petit ? J'hésite entre le 41 et le 42.",
        "Le jean que j'ai reçu est trop long, il existe une coupe plus courte ?",
        "ya pas de guide des tailles pour les enfants ?",
        "Le {item} me va pas du tout, trop large à la taille.",
        "Quelle est la longueur de la robe en taille S ? Je suis petite.",
        "Les tailles sont-elles européennes ou américaines ?",
    ],
    "damaged_or_wrong_item": [
        "J'ai commandé du bleu et j'ai reçu du rouge.",
        "Le {item} ne s'allume pas du tout, il est défectueux.",
        "Colis ouvert à l'arrivée et il manque un article de {order}.",
        "Vous m'avez envoyé une taille 44 au lieu d'une 40.",
        "L'écran est fissuré à la sortie de la boîte, je veux un remplacement.",
        "bonjour, le vase est arrivé en mille morceaux, l'emballage protégeait rien du tout",
        "Dans le colis reçu {when}, il y avait la commande de quelqu'un d'autre.",
        "Il manque le chargeur dans la boîte alors qu'il est censé être inclus.",
        "C'est la deuxième fois que je reçois un article taché et décousu, vraiment n'importe "
        "quoi.",
    ],
    "complaint": [
        "Votre service client est une honte, personne ne répond jamais.",
        "Je tiens à exprimer mon profond mécontentement quant à la façon dont ma demande a été "
        "traitée.",
        "Bravo, trois semaines pour recevoir une réponse automatique. Du grand art.",
        "Le conseiller au téléphone a été très désagréable avec moi, c'est inacceptable.",
        "je suis vraiment déçue, je commande chez vous depuis des années et là c'est n'importe "
        "quoi",
        "Comment déposer une réclamation officielle contre votre service ?",
        "On me renvoie d'un service à l'autre depuis {wait}, j'en ai marre.",
        "Le livreur a jeté mon colis par-dessus le portail, c'est scandaleux.",
        "Je ne commanderai plus jamais chez vous, c'est la pire expérience client de ma vie.",
    ],
    "human_request": [
        "Je peux avoir un vrai humain svp ? Le chatbot ne comprend rien.",
        "Pouvez-vous me rappeler au 06 12 34 56 78 ? Ce sera plus simple.",
        "Passez-moi un conseiller.",
        "Bonjour, y a-t-il un numéro de téléphone pour joindre quelqu'un directement ?",
        "je veux parler a un agent pas a un robot",
        "Serait-il possible d'être contacté par un membre de votre équipe au sujet de {order} ?",
        "Quels sont les horaires de votre service client par téléphone ?",
        "Y a-t-il un chat en direct avec une vraie personne ?",
        "Je souhaiterais m'entretenir avec un responsable, merci de me faire rappeler.",
    ],
    "legal": [
        "Sans remboursement sous 8 jours, je transmets le dossier à mon avocat.",
        "J'ai ouvert un litige auprès de PayPal pour {order}.",
        "Ma banque va lancer une rétrofacturation, j'ai contesté le paiement.",
        "J'ai fait un signalement sur SignalConso et je vais contacter la DGCCRF.",
        "Conformément au RGPD, je demande l'accès à toutes les données personnelles que vous "
        "détenez sur moi.",
        "Je demande l'effacement de mes données au titre de l'article 17 du RGPD, à défaut je "
        "saisirai la CNIL.",
        "Votre site utilise mes photos sans autorisation, c'est une violation du droit d'auteur.",
        "Quelqu'un a passé une commande frauduleuse avec ma carte sur votre site, j'ai porté "
        "plainte au commissariat.",
        "Mise en demeure : livrez ou remboursez {order} sous quinze jours, faute de quoi je "
        "saisirai le tribunal.",
    ],
    "business_inquiry": [
        "Bonjour, je tiens une boutique à Nantes et j'aimerais revendre vos produits. Quels sont "
        "vos tarifs de gros ?",
        "Nous souhaitons commander environ 200 exemplaires du {item} pour un séminaire "
        "d'entreprise, faites-vous des prix ?",
        "Je suis journaliste pour un magazine déco, pourrais-je obtenir un kit presse et des "
        "visuels ?",
        "Instagrammeuse avec 40k abonnés, je serais ravie de collaborer avec votre marque.",
        "Avez-vous un programme d'affiliation ? J'ai un blog de cuisine.",
        "Nous sommes un fabricant d'emballages recyclés et aimerions vous présenter notre offre.",
        "partenariat possible ? on organise un festival et on cherche des sponsors",
        "Nous sommes une chaîne de magasins en Suisse et souhaiterions référencer votre gamme. "
        "Qui contacter ?",
        "Mon entreprise voudrait offrir vos coffrets à ses clients pour Noël, environ 150 "
        "pièces. Est-ce possible ?",
    ],
    "other": [
        "Quel temps fait-il à Paris demain ?",
        "Salut, tu peux m'aider pour mon devoir de maths ? C'est sur les fractions.",
        "Félicitations, vous avez gagné un iPhone ! Cliquez ici pour réclamer votre prix.",
        "Bonjour, c'est bien la mairie ? Je voudrais un rendez-vous pour ma carte d'identité.",
        "Je cherche une recette de crêpes sans œufs.",
        "Mon voisin fait du bruit toute la nuit, je fais quoi ?",
        "Qui a gagné le match {when} ?",
        "Vous pouvez me donner l'horaire du prochain train pour Lille ?",
        "coucou ça va ? je m'ennuie",
    ],
}
