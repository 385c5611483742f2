"""More hand-written German ticket sentences per category (CC0), in the style of short
e-mails and contact-form messages (2-5 sentences with some context before the ask),
formal and informal, some with typos or angry; written to complement the "de" part of
``ticket_cores_intl`` and ``ticket_cores_intl2_de``. Same slots ({order}, {item}, {when},
{wait}, {address}).
"""

CORES: dict[str, list[str]] = {
    "wismo": [
        (
            "Hallo zusammen, ich habe {when} eine Versandbestätigung bekommen, aber "
            "seitdem tut sich in der Sendungsverfolgung gar nichts mehr. Der Status steht"
            " immer noch auf 'Paket wurde übergeben'. Könnt ihr mal nachschauen, wo das "
            "Paket gerade ist?"
        ),
        (
            "Sehr geehrte Damen und Herren, ich warte nun schon seit {wait} auf {order}. "
            "Bei der Bestellung war eine Lieferzeit von 3-5 Werktagen angegeben. Bitte "
            "teilen Sie mir mit, wann ich mit der Zustellung rechnen kann."
        ),
        (
            "hi, bei dhl steht seit montag nur 'zustellung verzögert sich'. ich brauch "
            "die sachen eigentlich fürs wochenende weil wir verreisen. kommt das noch "
            "rechtzeitig an oder nicht?"
        ),
        (
            "Guten Tag, der Paketbote hat eine Benachrichtigungskarte eingeworfen, aber "
            "in der Postfiliale weiß niemand etwas von meinem Paket. Jetzt habe ich weder"
            " Paket noch Ware. Wo befindet sich meine Sendung und was soll ich jetzt tun?"
        ),
        (
            "Ich bin langsam echt genervt. Die Zustellung wurde jetzt schon dreimal "
            "verschoben und keiner sagt mir warum. Wann genau kommt mein Paket denn nun??"
        ),
    ],
    "order_status": [
        (
            "Hallo, ich habe {when} per Vorkasse bestellt und das Geld ist inzwischen "
            "überwiesen. Im Kundenkonto steht aber weiterhin 'Zahlung ausstehend'. Ist "
            "meine Zahlung angekommen und wird die Bestellung jetzt bearbeitet?"
        ),
        (
            "Guten Tag, ich habe das neue Modell vorbestellt, das laut Ihrer Seite ab dem"
            " 15. ausgeliefert werden sollte. Der Termin ist vorbei und meine Bestellung "
            "steht immer noch auf 'vorbestellt'. Gibt es schon einen neuen Versandtermin?"
        ),
        (
            "Hey, kurze Frage zu {order}. Ich hab die Auftragsbestätigung, aber noch "
            "keine Versandmail. Ist das schon gepackt oder liegt das noch bei euch im "
            "Lager rum?"
        ),
        (
            "Sehr geehrtes Team, beim Bezahlen ist mir die Seite abgestürzt und ich weiß "
            "nicht, ob die Bestellung durchgegangen ist. Eine Bestätigung habe ich nicht,"
            " der Betrag ist aber auf meiner Karte vorgemerkt. Können Sie nachsehen, ob "
            "unter meiner E-Mail-Adresse ein Auftrag angelegt wurde?"
        ),
        (
            "Moin, bei meiner Bestellung steht seit zwei Tagen 'wird geprüft'. Muss ich "
            "da noch irgendwas machen, zum Beispiel Unterlagen hochladen? Und wann wird "
            "die Bestellung dann freigegeben?"
        ),
    ],
    "address_change": [
        (
            "Hallo, ich ziehe Ende des Monats um und habe gerade gemerkt, dass bei "
            "{order} noch meine alte Adresse steht. Die Bestellung ist ja noch nicht "
            "verschickt. Bitte liefern Sie stattdessen an {address}."
        ),
        (
            "Guten Tag, in meinem Kundenkonto ist noch die Adresse meiner Eltern als "
            "Standard hinterlegt. Ich finde leider nicht, wo man das ändert. Können Sie "
            "meine Lieferadresse bitte auf meine eigene Wohnung umstellen?"
        ),
        (
            "sorry, hab bei der bestellung die postleitzahl falsch eingetippt (10115 "
            "statt 10117). kann man das noch korrigieren bevor das paket rausgeht? sonst "
            "landet es sonstwo"
        ),
        (
            "Sehr geehrte Damen und Herren, ich bin die nächsten zwei Wochen beruflich "
            "unterwegs und niemand kann das Paket annehmen. Wäre es möglich, die "
            "Lieferadresse auf meine Schwester in Köln zu ändern? Die genaue Anschrift "
            "schicke ich Ihnen gern."
        ),
        (
            "Hi, ich hab gerade bestellt und vergessen, den Firmennamen in die Adresse zu"
            " schreiben. Ohne den kommt bei uns im Bürogebäude nie ein Paket an. Könnt "
            "ihr bitte noch 'Schreiner GmbH, 3. OG' ergänzen?"
        ),
    ],
    "order_modification": [
        (
            "Hallo, ich habe {when} zwei T-Shirts bestellt und würde gern noch die "
            "passende Shorts dazunehmen. Die Bestellung ist ja noch nicht verschickt. "
            "Könnt ihr die einfach mit reinpacken? Die Differenz zahle ich natürlich."
        ),
        (
            "Guten Tag, bei meiner Bestellung habe ich versehentlich Größe 40 ausgewählt,"
            " ich brauche aber 41. Könnten Sie das bitte noch ändern, bevor die Ware das "
            "Lager verlässt?"
        ),
        (
            "Ich hab eben gesehen, dass es einen 15%-Code für Newsletter-Abonnenten gibt."
            " Den hatte ich beim Bestellen leider noch nicht. Könnt ihr den nachträglich "
            "noch auf {order} anrechnen?"
        ),
        (
            "Sehr geehrte Damen und Herren, ich möchte bei meiner noch nicht versandten "
            "Bestellung die Anzahl der Kissenbezüge von vier auf zwei reduzieren. Alles "
            "andere soll unverändert bleiben. Vielen Dank im Voraus."
        ),
        (
            "hallo, hab den {item} in weiß bestellt aber meine frau will ihn doch lieber "
            "in anthrazit. geht das noch zu tauschen? laut konto ist die bestellung noch "
            "nicht raus"
        ),
    ],
    "cancellation": [
        (
            "Guten Tag, die Feier, für die ich die Dekoration bestellt hatte, wurde "
            "leider abgesagt. Ich brauche die Sachen daher nicht mehr. Bitte stornieren "
            "Sie {order}, solange sie noch nicht verschickt ist."
        ),
        (
            "Hallo, laut Ihrer Mail verzögert sich die Lieferung um mindestens drei "
            "Wochen. So lange kann und will ich nicht warten. Ich möchte die Bestellung "
            "deshalb stornieren und bitte um eine kurze Bestätigung."
        ),
        (
            "hey, hab gestern nacht im halbschlaf was bestellt und brauch das zeug "
            "eigentlich gar nicht. könnt ihr die ganze bestellung stornieren? danke euch"
        ),
        (
            "Sehr geehrte Damen und Herren, ich habe meine Bestellung über das "
            "Kundenkonto storniert, sie wird dort aber weiterhin als aktiv angezeigt. "
            "Bitte stornieren Sie den Auftrag manuell und bestätigen Sie mir das per "
            "E-Mail."
        ),
        (
            "Ich habe vor {wait} bestellt und es ist immer noch nichts verschickt worden."
            " Mir reichts, ich warte nicht länger. Bitte die komplette Bestellung sofort "
            "stornieren!!"
        ),
    ],
    "return_request": [
        (
            "Hallo, der {item} ist gestern angekommen und ist auch völlig in Ordnung, "
            "aber für unsere kleine Küche einfach zu wuchtig. Ich würde ihn gern "
            "zurückgeben. Wie gehe ich da vor?"
        ),
        (
            "Guten Tag, ich möchte aus {order} die beiden Kissen zurücksenden, den Rest "
            "behalte ich. Bitte schicken Sie mir ein Rücksendeetikett per E-Mail, einen "
            "Drucker habe ich."
        ),
        (
            "hi, ich hab mir 3 farben zur auswahl bestellt und behalte nur die blaue. wie"
            " schick ich die anderen zwei zurück? brauch ich da nen code oder so?"
        ),
        (
            "Sehr geehrte Damen und Herren, ich habe die Jacke als Geschenk gekauft, der "
            "Beschenkte hat aber schon die gleiche. Sie ist ungetragen und die Etiketten "
            "sind noch dran. Ich möchte sie gern gegen einen anderen Artikel umtauschen."
        ),
        (
            "Hallo, ich habe die Rücksendung online angemeldet, aber das Etikett lässt "
            "sich nicht herunterladen, es kommt nur eine Fehlermeldung. Könnt ihr mir das"
            " Retourenlabel bitte direkt per Mail schicken?"
        ),
    ],
    "refund_request": [
        (
            "Guten Tag, meine Rücksendung zu {order} ist laut Sendungsverfolgung seit "
            "{wait} bei Ihnen. Eine Erstattung habe ich bisher nicht erhalten. Wann wird "
            "mir der Betrag gutgeschrieben?"
        ),
        (
            "Hallo, ein Artikel war nicht lieferbar und wurde aus meiner Bestellung "
            "gestrichen. Bezahlt habe ich ihn aber trotzdem, der volle Betrag wurde "
            "abgebucht. Bitte erstatten Sie mir den Preis für diesen Artikel."
        ),
        (
            "Ich hab mein Geld immer noch nicht zurück!! Die Ware habt ihr schon vor drei"
            " Wochen bekommen. Überweist mir jetzt bitte endlich die 89 Euro."
        ),
        (
            "Sehr geehrte Damen und Herren, Sie haben mir mitgeteilt, dass die Erstattung"
            " auf meine Kreditkarte erfolgt ist. Auf meiner Abrechnung taucht sie jedoch "
            "nicht auf. Können Sie mir bitte einen Nachweis oder die Transaktionsnummer "
            "schicken?"
        ),
        (
            "Servus, ich hab die Bestellung nie bekommen und der Paketdienst hat "
            "bestätigt, dass das Paket verloren gegangen ist. Ich will keinen Ersatz "
            "mehr, sondern einfach mein Geld zurück. Könnt ihr das bitte veranlassen?"
        ),
    ],
    "subscription_change": [
        (
            "Hallo, wir sind im August drei Wochen im Urlaub. Könnt ihr die Gemüsebox für"
            " diesen Monat aussetzen? Ab September dann gern wieder wie gewohnt."
        ),
        (
            "Guten Tag, die große Kochbox ist für uns zu zweit einfach zu viel, es bleibt"
            " ständig etwas übrig. Könnten Sie mein Abo bitte auf die kleinere Box mit "
            "vier Gerichten umstellen?"
        ),
        (
            "Sehr geehrte Damen und Herren, hiermit kündige ich meine Premium-"
            "Mitgliedschaft fristgerecht zum nächstmöglichen Termin. Eine automatische "
            "Verlängerung soll nicht mehr erfolgen. Ich bitte um eine schriftliche "
            "Bestätigung der Kündigung."
        ),
        (
            "hey, ich hab gesehen dass die nächste abo-lieferung {when} schon vorbereitet"
            " wurde, dabei wollte ich die eigentlich überspringen. kann man die box noch "
            "auslassen?"
        ),
        (
            "Hallo, ich bin mit dem Kaffee-Abo sehr zufrieden, würde aber gern von der "
            "Sorte Espresso auf Filterkaffee wechseln und die Menge auf 1 kg erhöhen. "
            "Kann ich das selbst im Konto einstellen oder macht ihr das?"
        ),
    ],
    "account_help": [
        (
            "Hallo, ich habe eine neue E-Mail-Adresse und komme an die alte nicht mehr "
            "ran. Jetzt kann ich mein Passwort nicht zurücksetzen, weil der Link an die "
            "alte Adresse geht. Wie komme ich wieder in mein Konto?"
        ),
        (
            "Guten Tag, ich nutze mein Kundenkonto seit Jahren nicht mehr und möchte es "
            "schließen. Im Profil finde ich dafür aber keine Option. Können Sie das Konto"
            " bitte für mich löschen?"
        ),
        (
            "hab versucht mich zu registrieren aber es kommt immer 'diese email ist "
            "bereits vergeben'. ich hatte aber nie ein konto bei euch?? was soll ich "
            "machen"
        ),
        (
            "Sehr geehrte Damen und Herren, seit dem letzten Update werde ich in Ihrer "
            "App ständig ausgeloggt und muss mich jedes Mal neu anmelden. Am Laptop "
            "funktioniert alles. Gibt es dafür eine Lösung?"
        ),
        (
            "Hi, mein Mann und ich teilen uns bisher ein Kundenkonto. Ich würde gern ein "
            "eigenes anlegen und meine bisherigen Bestellungen dorthin mitnehmen. Ist das"
            " möglich?"
        ),
    ],
    "billing": [
        (
            "Hallo, ich habe {when} mit Kreditkarte bezahlt und auf meiner Abrechnung "
            "erscheint der Betrag jetzt zweimal. Bestellt habe ich aber nur einmal. "
            "Können Sie die doppelte Belastung bitte prüfen?"
        ),
        (
            "Guten Tag, für meine Steuererklärung brauche ich die Rechnungen aller "
            "Bestellungen aus dem letzten Jahr. Im Kundenkonto sehe ich nur die letzten "
            "drei Monate. Können Sie mir die übrigen Rechnungen als PDF zuschicken?"
        ),
        (
            "hey, meine karte wird beim checkout immer abgelehnt obwohl genug drauf ist "
            "und sie sonst überall geht. habs jetzt 4x probiert. liegt das an euch?"
        ),
        (
            "Sehr geehrte Damen und Herren, ich würde gern per Lastschrift oder "
            "Sofortüberweisung bezahlen, sehe diese Optionen aber nicht im "
            "Bestellvorgang. Welche Zahlungsarten bieten Sie für Kunden aus Österreich "
            "an?"
        ),
        (
            "Hallo, auf meinem Konto ist seit {wait} eine Reservierung über 64,90 € von "
            "Ihnen, obwohl ich die Zahlung abgebrochen habe. Wann wird dieser Betrag "
            "wieder freigegeben?"
        ),
    ],
    "policy_question": [
        (
            "Hallo, ich überlege, bei Ihnen einen Wintermantel zu bestellen. Wie lange "
            "habe ich Zeit, ihn zurückzuschicken, falls er mir nicht gefällt? Und muss "
            "ich die Rücksendung selbst bezahlen?"
        ),
        (
            "Guten Tag, ich wohne in der Schweiz. Liefern Sie auch hierher, und wenn ja, "
            "kommen noch Zollgebühren dazu oder sind die im Preis schon enthalten?"
        ),
        (
            "Hi, wie ist das bei euch mit der Garantie? Ich will mir einen Mixer kaufen "
            "und frage mich, wie lange die Garantie läuft und was ich im Garantiefall "
            "machen muss."
        ),
        (
            "Sehr geehrte Damen und Herren, fallen bei Ihnen Gebühren an, wenn man eine "
            "Bestellung kurz nach dem Kauf wieder storniert? In Ihren AGB habe ich dazu "
            "nichts Eindeutiges gefunden."
        ),
        (
            "moin, kann man bei euch eigentlich auch im laden abholen statt liefern zu "
            "lassen? und was kostet der standardversand innerhalb deutschland?"
        ),
    ],
    "sales_question": [
        (
            "Hallo, ich suche ein Geschenk für meinen Vater und interessiere mich für den"
            " {item}. Ist der aus echtem Leder oder aus Kunstleder? Und kann man ihn "
            "gravieren lassen?"
        ),
        (
            "Guten Tag, auf der Produktseite steht 'bald wieder verfügbar'. Wissen Sie "
            "schon ungefähr, wann der Artikel wieder reinkommt? Ich würde gern zwei Stück"
            " bestellen."
        ),
        (
            "hi, ist das netzteil auch mit einem lenovo thinkpad t14 kompatibel? in der "
            "beschreibung steht nur 'universal', das ist mir zu ungenau"
        ),
        (
            "Guten Tag, wir richten unser Wohnzimmer neu ein und interessieren uns für "
            "das Sofa 'Lotta'. Wie breit und tief ist es genau? Und passt es durch eine "
            "80 cm breite Tür?"
        ),
        (
            "Hallo! Gibt es bei euch demnächst eine Rabattaktion oder einen Black-Friday-"
            "Sale? Ich hab mehrere Sachen im Warenkorb und würde noch warten, wenn bald "
            "was kommt."
        ),
    ],
    "feedback": [
        (
            "Hallo liebes Team, ich wollte mich einfach mal melden: Die Lieferung kam "
            "superschnell und der {item} ist noch schöner als auf den Bildern. Macht "
            "weiter so!"
        ),
        (
            "Guten Tag, ein Vorschlag zur Website: Es wäre sehr praktisch, wenn man "
            "Artikel auf einer Merkliste speichern und mit anderen teilen könnte. Das "
            "würde mir das Einkaufen deutlich erleichtern."
        ),
        (
            "Hey, ich hab jetzt schon zum dritten mal bei euch bestellt und war jedes mal"
            " happy. Wo kann ich eine Bewertung hinterlassen? Würde euch gern 5 Sterne "
            "geben."
        ),
        (
            "Sehr geehrte Damen und Herren, die Aufbauanleitung im Paket fand ich "
            "ausgesprochen gut durchdacht. Vielleicht könnten Sie so etwas zusätzlich als"
            " Video anbieten? Das wäre sicher für viele Kunden hilfreich."
        ),
        (
            "Nur ein kleines Feedback: Die Kartons sind oft viel zu groß für das, was "
            "drin ist. Vielleicht könnt ihr da noch was verbessern, wäre auch besser für "
            "die Umwelt. Ansonsten alles prima!"
        ),
    ],
    "newsletter": [
        (
            "Hallo, ich bekomme seit Kurzem mehrmals pro Woche Ihren Newsletter. Das ist "
            "mir ehrlich gesagt zu viel. Bitte melden Sie mich komplett davon ab."
        ),
        (
            "Guten Tag, ich habe mich {when} für den Newsletter angemeldet, aber die "
            "Bestätigungsmail ist nie gekommen, auch nicht im Spam-Ordner. Können Sie "
            "mich bitte manuell in den Verteiler eintragen?"
        ),
        (
            "ich hab mich schon 3x abgemeldet und krieg trotzdem weiter eure "
            "werbemails!!! nehmt mich endlich aus dem verteiler, das nervt total"
        ),
        (
            "Sehr geehrte Damen und Herren, meine verstorbene Mutter erhält noch immer "
            "Ihre Werbe-E-Mails. Bitte entfernen Sie ihre Adresse aus allen Marketing-"
            "Verteilern. Vielen Dank für Ihr Verständnis."
        ),
        (
            "Hi! Ich würde gern über neue Kollektionen und Sales informiert werden. Habt "
            "ihr einen Newsletter, und bekommt man als Abonnent auch Rabatte?"
        ),
    ],
    "sizing_fit": [
        (
            "Hallo, ich habe normalerweise Schuhgröße 39,5 und bin unsicher, ob ich bei "
            "den Sneakern 39 oder 40 nehmen soll. Wie fallen die bei Ihnen aus?"
        ),
        (
            "Guten Tag, die Hose ist {when} angekommen, aber sie ist an der Taille zu eng"
            " und an den Beinen zu weit. Laut Größentabelle hätte sie passen müssen. "
            "Welche Größe würden Sie mir stattdessen empfehlen?"
        ),
        (
            "hey, fällt das kleid eher klein aus? bin 1,68 und trag normalerweise S, bei "
            "manchen marken aber M. will nicht wieder zurückschicken müssen"
        ),
        (
            "Sehr geehrte Damen und Herren, ich möchte für meinen Sohn (8 Jahre, 132 cm) "
            "einen Skianzug bestellen. In Ihrer Tabelle gibt es nur Größen nach Alter. "
            "Welche Größe ist für ihn die richtige?"
        ),
        (
            "Ich habe den {item} in M bestellt, so wie immer, aber er spannt total an den"
            " Schultern. Ist der bei euch anders geschnitten als üblich? Soll ich lieber "
            "L probieren?"
        ),
    ],
    "damaged_or_wrong_item": [
        (
            "Hallo, ich habe heute mein Paket geöffnet und der Bildschirm des Tablets hat"
            " einen Riss quer über die Ecke. Die Verpackung sah von außen eigentlich okay"
            " aus. Wie geht es jetzt weiter, bekomme ich Ersatz?"
        ),
        (
            "Guten Tag, in {order} sollte ein Set mit vier Weingläsern sein. Im Karton "
            "waren aber nur drei, und eins davon ist am Rand angeschlagen. Bitte schicken"
            " Sie mir ein vollständiges Set."
        ),
        (
            "Was soll das denn?? Ich hab ein Herrenhemd in XL bestellt und bekommen hab "
            "ich eine Damenbluse in S. Schickt mir bitte sofort das richtige!"
        ),
        (
            "Sehr geehrte Damen und Herren, der gelieferte Wasserkocher ist undicht, "
            "schon beim ersten Benutzen lief Wasser aus dem Boden. Ich möchte das Gerät "
            "so nicht verwenden. Bitte teilen Sie mir mit, wie ich ein einwandfreies "
            "Ersatzgerät bekomme."
        ),
        (
            "hi, die farbe stimmt nicht. in der bestellbestätigung steht beim {item} "
            "salbeigrün, gekommen ist ein knalliges neongrün. das ist definitiv nicht das"
            " was ich bestellt hab"
        ),
    ],
    "complaint": [
        (
            "Guten Tag, ich muss jetzt mal Dampf ablassen. Seit Wochen schreibe ich Ihnen"
            " und bekomme nur automatische Antworten. So geht man nicht mit Kunden um, "
            "ich bin wirklich enttäuscht."
        ),
        (
            "Sehr geehrte Damen und Herren, hiermit möchte ich eine Beschwerde über Ihre "
            "Mitarbeiterin im Chat einreichen. Sie war herablassend und hat mein Anliegen"
            " überhaupt nicht ernst genommen. Ich erwarte, dass Sie das intern klären."
        ),
        (
            "Danke auch für gar nichts. Erst kommt die Ware zu spät, dann verspricht man "
            "mir einen Rückruf, der nie kommt. Wirklich großartiger Service, echt."
        ),
        (
            "Hallo, ich bin seit über fünf Jahren Stammkundin, aber was ich mit {order} "
            "erlebt habe, war unter aller Kanone. Niemand fühlte sich zuständig und ich "
            "wurde von einer Abteilung zur nächsten geschickt. So verliert man treue "
            "Kunden."
        ),
        (
            "ich bin echt sauer. euer bote hat mein paket einfach in den regen vor die "
            "tür gelegt und ist abgehauen, und der kundenservice meint nur 'da können wir"
            " nichts machen'. unmöglich!!"
        ),
    ],
    "human_request": [
        (
            "Hallo, ich habe jetzt schon dreimal mit eurem Chatbot geschrieben und komme "
            "einfach nicht weiter. Bitte gebt mir jemanden aus Fleisch und Blut, mit dem "
            "ich das klären kann."
        ),
        (
            "Guten Tag, mein Anliegen zu {order} ist für E-Mails zu kompliziert. Wäre es "
            "möglich, dass mich heute Nachmittag zwischen 14 und 17 Uhr jemand unter 0171"
            " 2345678 zurückruft?"
        ),
        (
            "Sehr geehrte Damen und Herren, ich bin 78 Jahre alt und komme mit dem "
            "Computer nicht gut zurecht. Gibt es eine Telefonnummer, unter der ich "
            "jemanden persönlich erreichen kann? Das wäre mir sehr lieb."
        ),
        (
            "hallo? ist da überhaupt ein mensch?? ich will keine textbausteine mehr, ich "
            "will jemanden am telefon haben. welche nummer muss ich anrufen"
        ),
        (
            "Guten Abend, ich habe bereits mit zwei Ihrer Kollegen geschrieben, leider "
            "ohne Ergebnis. Ich möchte jetzt bitte mit einer Teamleitung oder einem "
            "Vorgesetzten sprechen. Bitte rufen Sie mich zurück."
        ),
    ],
    "legal": [
        (
            "Sehr geehrte Damen und Herren, da Sie auf meine Schreiben nicht reagieren, "
            "habe ich die Angelegenheit meiner Rechtsanwältin übergeben. Sie wird sich in"
            " den nächsten Tagen bei Ihnen melden. Bitte wenden Sie sich künftig direkt "
            "an sie."
        ),
        (
            "Hallo, ich habe {order} über Klarna bezahlt, aber nie etwas bekommen, und "
            "Sie antworten nicht. Ich habe deshalb bei Klarna einen Streitfall gemeldet "
            "und die Zahlung angefochten. Alles Weitere läuft jetzt über Klarna."
        ),
        (
            "Guten Tag, Sie werben auf Ihrer Seite mit 'Made in Germany', laut Etikett "
            "wurde die Ware aber in China hergestellt. Das ist irreführende Werbung. Ich "
            "habe den Fall bereits der Wettbewerbszentrale gemeldet."
        ),
        (
            "Ich habe jetzt offiziell Beschwerde beim Europäischen Verbraucherzentrum "
            "eingereicht und parallel ein gerichtliches Mahnverfahren eingeleitet. Sie "
            "bekommen demnächst Post vom Gericht. Das hätten Sie sich sparen können."
        ),
        (
            "Sehr geehrte Damen und Herren, bitte nennen Sie mir die Kontaktdaten Ihres "
            "Datenschutzbeauftragten. Ich möchte wissen, an welche Drittanbieter Sie "
            "meine personenbezogenen Daten weitergegeben haben. Eine Beschwerde bei der "
            "Landesdatenschutzbehörde behalte ich mir vor."
        ),
    ],
    "business_inquiry": [
        (
            "Guten Tag, wir betreiben drei Bioläden im Raum München und sind auf Ihre "
            "Produkte aufmerksam geworden. Wir würden sie gern als Wiederverkäufer ins "
            "Sortiment nehmen. Könnten Sie mir Ihre Händlerkonditionen und "
            "Mindestabnahmemengen schicken?"
        ),
        (
            "Hallo, ich bin Redakteurin bei einem regionalen Radiosender und wir planen "
            "einen Beitrag über junge Unternehmen aus der Gegend. Hätte jemand aus Ihrer "
            "Geschäftsführung Zeit für ein kurzes Interview?"
        ),
        (
            "Hi! Ich mache Content auf TikTok rund um Home & Living (ca. 120k Follower) "
            "und finde eure Sachen richtig cool. Habt ihr Interesse an einer bezahlten "
            "Zusammenarbeit oder einem Produkttest?"
        ),
        (
            "Sehr geehrte Damen und Herren, zu unserem Firmenjubiläum möchten wir unseren"
            " Kunden ein Geschenk machen und bräuchten etwa 300 Stück {item} mit unserem "
            "Logo. Bieten Sie so etwas an, und wie sähe ein Angebot aus?"
        ),
        (
            "Hallo, wir sind ein Logistikdienstleister mit Lager in Polen und übernehmen "
            "das Fulfillment für Onlineshops. Damit könnten Sie Ihre Versandkosten "
            "deutlich senken. Hätten Sie Interesse an einem kurzen Kennenlerngespräch?"
        ),
    ],
    "other": [
        (
            "Hallo, ich wollte eigentlich bei einem ganz anderen Shop etwas nachfragen "
            "und habe wohl aus Versehen Ihre Adresse erwischt. Bei Ihnen habe ich gar "
            "nichts bestellt. Entschuldigung für die Störung!"
        ),
        (
            "Hey, kann mir jemand sagen, wie man einen Lebenslauf richtig formatiert? Ich"
            " hab morgen ein Vorstellungsgespräch und bin total im Stress. Danke schon "
            "mal!"
        ),
        (
            "Sehr geehrter Kunde, Ihr Konto bei der Sparkasse wurde vorübergehend "
            "gesperrt. Bitte bestätigen Sie Ihre Identität über den folgenden Link "
            "innerhalb von 24 Stunden. Andernfalls wird Ihr Konto dauerhaft deaktiviert."
        ),
        (
            "Guten Tag, mein Nachbar lässt seinen Hund jeden Morgen stundenlang im Garten"
            " bellen. Ich weiß langsam nicht mehr weiter. Haben Sie einen Rat, was ich da"
            " machen kann?"
        ),
        (
            "moin, weiß einer ob morgen früh die A7 bei Hamburg gesperrt ist? muss zeitig"
            " zum flughafen und hab keine lust im stau zu stehen"
        ),
    ],
}
