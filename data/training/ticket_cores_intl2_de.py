"""More hand-written German ticket sentences per category (CC0).

Complements the "de" part of ``ticket_cores_intl`` with new phrasings (chat-style and e-mail
style, formal and informal, some typos); same slots ({order}, {item}, {when}, {wait},
{address}).
"""

CORES: dict[str, list[str]] = {
    "wismo": [
        "Hallo, wo bleibt {order}? Laut Shop sollte sie schon längst da sein.",
        "Mein Paket hängt seit Tagen im Paketzentrum fest, was ist da los?",
        (
            "Guten Tag, ich habe {when} bestellt und das Paket wurde laut Mail verschickt. "
            "Der Link zur Sendungsverfolgung funktioniert aber nicht. Wann kommt es an?"
        ),
        "wann kommt endlich mein paket?? warte jetzt seit {wait}",
        (
            "Angeblich hat mich der Zusteller nicht angetroffen, dabei war ich den ganzen Tag "
            "zu Hause. Wo ist mein Paket jetzt?"
        ),
        (
            "Sehr geehrte Damen und Herren, die Lieferung war für Freitag angekündigt, ist aber "
            "nicht gekommen. Könnten Sie bitte beim Versanddienstleister nachfragen, wo die "
            "Sendung steckt?"
        ),
        "Bis wann ungefähr kommt meine Bestellung? Ich brauche den {item} bis Samstag.",
        (
            "Das Tracking zeigt seit einer Woche nur 'Sendung elektronisch angekündigt'. "
            "Ist das Paket verloren gegangen?"
        ),
        "Hi, mein Paket wurde angeblich beim Nachbarn abgegeben, aber da ist nix. Wo ist es?",
    ],
    "order_status": [
        "Ist {order} schon bearbeitet worden oder hängt die noch irgendwo?",
        (
            "Ich habe bezahlt, aber keine Bestellbestätigung bekommen. "
            "Ist die Bestellung überhaupt durchgegangen?"
        ),
        "Ich habe den {item} vorbestellt. Wie ist der aktuelle Stand, wird er bald verschickt?",
        (
            "Im Kundenkonto steht seit drei Tagen 'in Prüfung'. Was bedeutet das und wann geht "
            "es weiter?"
        ),
        "Hallo, wurde meine Bestellung schon verpackt oder dauert das noch?",
        (
            "Guten Tag, ein Artikel meiner Bestellung ist laut Übersicht im Rückstand. Wissen "
            "Sie schon, wann er wieder reinkommt und die Bestellung rausgeht?"
        ),
        "hab {when} bestellt, status immer noch 'offen'. ist das normal?",
        (
            "Könnten Sie kurz bestätigen, dass meine Bestellung von heute Morgen bei Ihnen "
            "eingegangen ist? Ich habe nur die Zahlungsmail, aber keine Auftragsbestätigung."
        ),
        "Wurde {order} schon an den Versand übergeben?",
    ],
    "address_change": [
        "Bitte {order} an {address} schicken statt an meine alte Adresse.",
        (
            "Ich habe mich bei der Hausnummer vertippt, richtig ist 12 und nicht 21. "
            "Können Sie das bitte noch anpassen?"
        ),
        "Kann ich das Paket an eine Packstation umleiten lassen? Ich bin tagsüber nicht da.",
        (
            "Hallo, in der Lieferadresse fehlt der Name auf dem Klingelschild (c/o Müller). "
            "Bitte ergänzen, sonst kommt das Paket nicht an."
        ),
        "Wie ändere ich meine Standard-Lieferadresse im Kundenkonto?",
        "Ich bin nächste Woche im Urlaub, bitte liefern Sie an meine Arbeitsadresse: {address}.",
        (
            "Sehr geehrte Damen und Herren, bei meiner Bestellung ist versehentlich noch meine "
            "frühere Anschrift hinterlegt. Bitte aktualisieren Sie die Lieferadresse vor dem "
            "Versand."
        ),
        "falsche strasse angegeben!! bitte schnell ändern bevor es rausgeht",
        "Kann ich in meinem Konto eine zweite Lieferadresse hinterlegen?",
    ],
    "order_modification": [
        "Ich hätte den {item} gern in L statt M, die Bestellung ist ja noch nicht raus.",
        "Kann ich bei {order} noch die Menge von 1 auf 3 erhöhen?",
        (
            "Ich habe vergessen, meinen Rabattcode einzugeben. Können Sie den nachträglich "
            "noch auf die Bestellung anwenden?"
        ),
        "Bitte statt schwarz die Farbe dunkelblau, danke!",
        (
            "Hallo, ich möchte zu meiner Bestellung von {when} noch einen zweiten {item} "
            "dazupacken lassen, damit ich nicht doppelt Versand zahle. Geht das?"
        ),
        (
            "Guten Tag, könnten Sie aus meiner noch offenen Bestellung die Handyhülle "
            "herausnehmen? Den Rest möchte ich behalten."
        ),
        "Kann man das Modell noch tauschen? Ich wollte eigentlich die Version mit 128 GB.",
        "hab beim bestellen die falsche menge angeklickt, brauche nur 2 stück nicht 20",
        (
            "Ist es möglich, die Bestellung noch zu ändern? Ich würde gern ein anderes Modell "
            "nehmen und zahle auch den Differenzbetrag."
        ),
    ],
    "cancellation": [
        "Bitte {order} komplett stornieren, danke.",
        "Ich habe dasselbe zweimal bestellt, bitte eine der beiden Bestellungen stornieren.",
        (
            "Sehr geehrte Damen und Herren, hiermit storniere ich meine Bestellung von {when}. "
            "Bitte bestätigen Sie mir die Stornierung schriftlich."
        ),
        "Wie storniere ich eine Bestellung? Ich finde im Konto keinen Button dafür.",
        "Ich will die Bestellung nicht mehr, die Lieferzeit ist mir zu lang. Bitte abbrechen.",
        "Hab den {item} woanders günstiger gefunden, bitte Bestellung canceln.",
        "Können Sie aus {order} den zweiten {item} stornieren? Den Rest bitte normal schicken.",
        "STORNIEREN BITTE! Ich habe mich verklickt.",
        "Hallo, kann ich meine Bestellung noch zurückziehen? Sie ist ja noch nicht verschickt.",
    ],
    "return_request": [
        "Der {item} gefällt mir doch nicht, ich möchte ihn zurückschicken.",
        "Können Sie mir bitte ein Retourenlabel für {order} schicken?",
        (
            "Hallo, ich möchte zwei Artikel aus meiner Lieferung zurückgeben. Muss ich das "
            "vorher anmelden oder kann ich sie einfach zurückschicken?"
        ),
        "Wie bekomme ich einen Rücksendeschein? Im Paket war keiner dabei.",
        "Ich würde den {item} gern gegen eine andere Farbe umtauschen.",
        (
            "Guten Tag, ich habe {when} ein Geschenk bekommen, das mir leider nicht gefällt. "
            "Wie kann ich es zurückgeben?"
        ),
        "möchte retoure machen, wo kann ich das paket abgeben?",
        (
            "Die Farbe sieht in echt ganz anders aus als auf den Fotos. Ich schicke das zurück, "
            "bitte Etikett zusenden."
        ),
        "Ich möchte von meinem Widerrufsrecht Gebrauch machen und die Ware zurücksenden.",
    ],
    "refund_request": [
        "Meine Retoure liegt seit {wait} bei Ihnen, wo bleibt mein Geld?",
        "Bitte erstatten Sie mir die Versandkosten für den Expressversand, der kam zu spät.",
        "Ich habe storniert, aber das Geld ist noch nicht zurück. Wie lange dauert das?",
        (
            "Guten Tag, laut Ihrer E-Mail wurde die Erstattung für {order} veranlasst, auf "
            "meinem Konto ist aber nichts eingegangen. Können Sie das bitte prüfen?"
        ),
        "Ich hätte den Betrag bitte auf PayPal zurück, nicht als Gutschein.",
        "wann krieg ich mein geld wieder?? ist jetzt echt lange genug",
        "Die Rückerstattung war nur teilweise, es fehlen noch 15 Euro. Bitte den Rest überweisen.",
        (
            "Können Sie mir den Preisunterschied erstatten? Der {item} wurde eine Woche nach "
            "meinem Kauf reduziert."
        ),
        (
            "Sehr geehrte Damen und Herren, ich bitte um Rückzahlung des vollen Kaufpreises, "
            "da die bereits stornierte Bestellung trotzdem abgebucht wurde."
        ),
    ],
    "subscription_change": [
        "Ich möchte die nächste Box überspringen, bin im Urlaub.",
        "Können Sie mein Abo von monatlich auf alle sechs Wochen umstellen?",
        "Bitte kündigen Sie meine Mitgliedschaft zum Monatsende.",
        (
            "Hallo, ich würde gern vom Premium-Plan in den günstigeren Basis-Tarif wechseln. "
            "Geht das ab der nächsten Abrechnung?"
        ),
        "Wie kann ich mein Spar-Abo für Kaffee pausieren? Wir haben noch genug zu Hause.",
        "abo bitte für 2 monate aussetzen danke",
        "Ich habe das Abo {when} gekündigt, aber keine Bestätigung bekommen. Ist das durch?",
        "Kann ich die Lieferung meiner Abo-Box auf einen anderen Tag im Monat verschieben?",
        "Bitte in meinem Abo ab sofort zwei Packungen pro Lieferung statt einer.",
    ],
    "account_help": [
        "Ich bekomme keine Bestätigungsmail für die Registrierung, auch nicht im Spam.",
        "Mein Konto ist nach zu vielen Login-Versuchen gesperrt. Was nun?",
        "Passwort zurücksetzen geht nicht, der Link ist immer schon abgelaufen.",
        (
            "Guten Tag, ich habe zwei Kundenkonten mit verschiedenen E-Mail-Adressen. "
            "Kann man die zusammenlegen?"
        ),
        "Bitte ändern Sie den Nachnamen in meinem Konto, ich habe geheiratet.",
        "wie kann ich meine telefonnummer im profil ändern",
        "Beim Einloggen kommt immer 'ungültige Zugangsdaten', obwohl das Passwort stimmt.",
        (
            "Ich habe {when} als Gast bestellt und möchte jetzt ein richtiges Kundenkonto "
            "anlegen, damit ich meine Bestellungen sehe. Wie mache ich das?"
        ),
        "Der SMS-Code für die Zwei-Faktor-Anmeldung kommt nicht an, ich komme nicht rein.",
    ],
    "billing": [
        "Ich brauche für {order} eine Rechnung mit ausgewiesener MwSt. für meine Firma.",
        "Warum wurde der Betrag zweimal reserviert? Ich sehe zwei Buchungen auf dem Konto.",
        "Kann ich bei Ihnen auch auf Rechnung oder mit Klarna bezahlen?",
        "Die Zahlung mit Apple Pay schlägt jedes Mal fehl, woran liegt das?",
        (
            "Hallo, auf der Rechnung steht die falsche Firmenadresse. Können Sie mir eine "
            "korrigierte Rechnung ausstellen?"
        ),
        (
            "Ich habe per Überweisung bezahlt, trotzdem kam eine Zahlungserinnerung. Bitte "
            "prüfen Sie den Zahlungseingang."
        ),
        "karte wurde belastet obwohl die zahlung angeblich fehlgeschlagen ist??",
        "Wo finde ich die Rechnung zu meiner Bestellung von {when}? Im Konto ist nichts.",
        (
            "Sehr geehrte Damen und Herren, mir wurden 49,90 € statt 39,90 € berechnet. "
            "Ich bitte um Prüfung und Korrektur."
        ),
    ],
    "policy_question": [
        "Wie lange dauert der Versand nach Österreich normalerweise?",
        "Gibt es bei Ihnen kostenlosen Versand ab einem bestimmten Bestellwert?",
        "Wie lange gilt die Garantie auf Elektroartikel?",
        "Sind Rücksendungen kostenlos oder muss ich das Porto selbst zahlen?",
        "Kann man reduzierte Ware auch zurückgeben oder ist die vom Umtausch ausgeschlossen?",
        "Bieten Sie Expressversand an und was kostet der?",
        (
            "Hallo, bevor ich bestelle: Wie läuft bei Ihnen ein Umtausch, wenn etwas nicht "
            "passt? Muss ich erst zurückschicken und dann neu bestellen?"
        ),
        "liefert ihr auch an packstationen?",
        "Gilt das 30-tägige Rückgaberecht ab Kauf oder ab Lieferung?",
    ],
    "sales_question": [
        "Ist der {item} aus echter Wolle oder aus Kunstfaser?",
        "Welche Maße hat der {item} genau? Das steht leider nicht in der Beschreibung.",
        "Passt das Ladegerät auch für das iPhone 15?",
        "Habt ihr den auch in grün? Online steht ausverkauft.",
        "Hallo, gibt es gerade einen Gutscheincode für Neukunden?",
        "Wird der {item} in Schwarz noch mal nachproduziert?",
        (
            "Guten Tag, ich interessiere mich für die Kaffeemaschine, finde aber keine Angabe "
            "zur Leistung in Watt. Können Sie mir die nennen?"
        ),
        "Ist das Geschirr spülmaschinenfest?",
        "Gibt es die Teile aus dem Set auch einzeln zu kaufen?",
    ],
    "feedback": [
        "Wollte nur sagen: super Qualität, der {item} ist genau wie beschrieben!",
        "Kleiner Vorschlag: Ein Filter nach Größe im Shop wäre echt hilfreich.",
        "Danke an Ihr Team, die Beratung per Mail war wirklich top.",
        (
            "Hallo, ich habe {when} zum ersten Mal bei Ihnen bestellt und bin begeistert. "
            "Schöne Verpackung, alles nachhaltig, gerne wieder!"
        ),
        "Wäre toll, wenn ihr auch plastikfreie Verpackung anbieten würdet.",
        "Wie kann ich eine Bewertung für den {item} schreiben? Ich finde das Feld nicht.",
        (
            "Sehr geehrte Damen und Herren, ich möchte ein Lob für Ihre Mitarbeiterin an der "
            "Hotline aussprechen, sie war außerordentlich freundlich und hilfsbereit."
        ),
        "Eure neue Website ist viel übersichtlicher, gefällt mir!",
        "Idee: Bietet doch einen Geschenkverpackungs-Service an, würde ich sofort nutzen.",
    ],
    "newsletter": [
        "Bitte tragen Sie mich aus dem Newsletter aus.",
        (
            "Ich bekomme jeden Tag Werbemails von Ihnen, obwohl ich mich abgemeldet habe. "
            "Bitte endlich stoppen!"
        ),
        "Wie kann ich den Newsletter abonnieren, um den 10-%-Gutschein zu bekommen?",
        "Der Abmeldelink im Newsletter funktioniert nicht.",
        "Hallo, ich möchte den Newsletter künftig an eine andere E-Mail-Adresse bekommen.",
        "newsletter abbestellen bitte",
        "Ich möchte keine Werbe-SMS mehr bekommen, nur noch Infos zu meinen Bestellungen.",
        (
            "Guten Tag, wir bekommen Ihren Newsletter doppelt. Bitte löschen Sie die zweite "
            "Anmeldung aus dem Verteiler."
        ),
        "Wo kann ich mich für Ihren Newsletter eintragen? Ich will keine Aktion verpassen.",
    ],
    "sizing_fit": [
        "Ich bin 1,80 m groß und wiege 75 kg, nehme ich beim {item} M oder L?",
        "Die Schuhe sind zu eng, obwohl ich sonst immer 42 trage.",
        "Fallen Ihre Jeans eher weit oder schmal aus?",
        "Der {item} ist an den Ärmeln viel zu lang, sonst passt er. Gibt es Kurzgrößen?",
        (
            "Hallo, ich schwanke zwischen Größe 38 und 40, laut Tabelle liege ich genau "
            "dazwischen. Was empfehlen Sie?"
        ),
        "Sind die Größenangaben US oder EU? Ich finde keine Umrechnung.",
        "Welche Größe trägt das Model auf dem Foto?",
        "passt mir leider gar nicht, viel zu weit an der hüfte. was nun?",
        (
            "Guten Tag, fällt die Kinderjacke normal aus oder sollte ich eine Nummer größer "
            "nehmen, damit sie nächsten Winter noch passt?"
        ),
    ],
    "damaged_or_wrong_item": [
        "Im Paket war der {item} in Größe S, bestellt hatte ich aber L.",
        "Der {item} hat schon nach zwei Tagen den Geist aufgegeben.",
        "Die Glasschale war komplett zersprungen, als ich das Paket geöffnet habe.",
        "In {order} fehlt ein Artikel, auf dem Lieferschein steht er aber drauf.",
        (
            "Hallo, ich habe statt des blauen Pullovers einen roten bekommen. Bitte schicken "
            "Sie mir den richtigen."
        ),
        "Das Gerät lässt sich nicht einschalten, ist wohl defekt.",
        (
            "Sehr geehrte Damen und Herren, die gelieferte Ware hat deutliche Kratzer und eine "
            "Delle. Ich bitte um Ersatz oder Erstattung."
        ),
        "Der Karton war aufgerissen und nass, der Inhalt ist leider hinüber.",
        "das ist nicht mal mein bestellter artikel, da ist irgendwas anderes drin?!",
    ],
    "complaint": [
        "So einen schlechten Kundenservice habe ich noch nie erlebt.",
        "Ich warte seit {wait} auf eine Antwort auf meine Beschwerde. Eine Frechheit.",
        (
            "Ihr Mitarbeiter am Telefon war unfreundlich und hat einfach aufgelegt. "
            "Ich erwarte eine Entschuldigung."
        ),
        "Ganz toll, dritte Mail und immer noch keine Reaktion. Weiter so.",
        (
            "Sehr geehrte Damen und Herren, hiermit beschwere ich mich offiziell über die "
            "Abwicklung von {order}. Die Kommunikation war chaotisch und ich wurde mehrfach "
            "vertröstet."
        ),
        "Jedes Mal gibt es bei Ihnen ein anderes Problem. Ich bin wirklich enttäuscht.",
        "Euer Chatbot ist völlig nutzlos und dreht sich nur im Kreis.",
        "Ich bin seit Jahren Kundin, und so behandelt zu werden ist einfach nur enttäuschend.",
        "UNVERSCHÄMT wie hier mit Kunden umgegangen wird!!!",
    ],
    "human_request": [
        "Kann mich bitte jemand zurückrufen? Meine Nummer steht im Kundenkonto.",
        "Ich will mit einem echten Mitarbeiter reden, nicht mit einem Bot.",
        "Gibt es eine Hotline, die man auch am Wochenende anrufen kann?",
        (
            "Hallo, ich habe ein etwas komplizierteres Anliegen zu {order} und würde das lieber "
            "telefonisch mit jemandem besprechen. Wann sind Sie erreichbar?"
        ),
        "Bitte verbinden Sie mich mit einem Sachbearbeiter.",
        "Gibt es einen Live-Chat mit echten Menschen?",
        (
            "Sehr geehrte Damen und Herren, ich bitte um einen Rückruf durch eine zuständige "
            "Ansprechperson, da sich mein Anliegen schriftlich schwer klären lässt."
        ),
        "mensch bitte. agent. mitarbeiter. irgendwer???",
        (
            "Können Sie mir die Durchwahl von jemandem aus der Kundenbetreuung geben? "
            "Ich möchte direkt mit einer Person sprechen."
        ),
    ],
    "legal": [
        "Ich habe meinen Anwalt eingeschaltet, Sie hören in Kürze von ihm.",
        "Wenn ich bis Freitag nichts höre, reiche ich Klage beim Amtsgericht ein.",
        (
            "Ich werde mich an die Verbraucherzentrale wenden, so eine Geschäftspraxis ist "
            "nicht zulässig."
        ),
        "Ich habe bei PayPal einen Käuferschutzfall für {order} eröffnet.",
        "Meine Bank hat die Zahlung per Chargeback zurückgebucht, die Ware kam ja nie.",
        (
            "Gemäß Art. 15 DSGVO verlange ich Auskunft über alle bei Ihnen gespeicherten "
            "personenbezogenen Daten zu meiner Person."
        ),
        (
            "Bitte löschen Sie sämtliche Daten über mich nach Art. 17 DSGVO. Andernfalls "
            "wende ich mich an die Datenschutzbehörde."
        ),
        (
            "Sie verwenden auf Ihrer Website meine Fotos ohne Erlaubnis. Das ist eine "
            "Urheberrechtsverletzung, entfernen Sie die Bilder umgehend."
        ),
        (
            "Das ist Betrug. Ich habe Anzeige bei der Polizei erstattet und den Fall zusätzlich "
            "bei der Schlichtungsstelle gemeldet."
        ),
    ],
    "business_inquiry": [
        "Bieten Sie Großhandelspreise für Wiederverkäufer an?",
        (
            "Wir sind ein kleiner Concept Store in Leipzig und würden Ihre Produkte gern ins "
            "Sortiment aufnehmen. An wen kann ich mich wenden?"
        ),
        "Ich bin Influencerin (45k auf Instagram) und hätte Interesse an einer Kooperation.",
        (
            "Für unsere Weihnachtsgeschenke an Mitarbeiter bräuchten wir 150 Stück vom {item}. "
            "Gibt es Mengenrabatt?"
        ),
        (
            "Guten Tag, ich schreibe für ein Lifestyle-Magazin und würde gern über Ihre Marke "
            "berichten. Gibt es einen Pressekontakt?"
        ),
        "Haben Sie ein Affiliate-Programm für Blogger?",
        (
            "Wir stellen nachhaltige Versandverpackungen her und würden Ihnen gern unser "
            "Angebot vorstellen."
        ),
        (
            "Sind Sie offen für eine Partnerschaft? Wir könnten Ihre Artikel über unseren "
            "Online-Shop in der Schweiz vertreiben."
        ),
        "hi, macht ihr auch B2B? suche einen lieferanten für unser café",
    ],
    "other": [
        "Wie wird das Wetter am Wochenende in Hamburg?",
        "Kannst du mir bei meinen Mathe-Hausaufgaben helfen?",
        "Sorry, falsche Adresse, die Nachricht war eigentlich für meine Krankenkasse.",
        "Herzlichen Glückwunsch! Sie haben ein iPhone gewonnen, klicken Sie hier.",
        "Ist das hier die Telekom? Mein Internet geht nicht.",
        "Guten Tag, ich brauche einen Termin beim Zahnarzt – bin ich hier richtig?",
        "lol sorry falscher chat",
        "Wer hat gestern das Spiel gewonnen?",
        "Kennt jemand ein gutes Rezept für Apfelkuchen?",
    ],
}
