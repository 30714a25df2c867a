"""German event classes added with events-dev6-de (issue 6: AGREE, CONSULT, THREATEN).

Each case is a sentence written for this test (not taken from any development set) with
the event types the coder must give it, or none. The cases pair each phrasing with a
look-alike that must stay out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.events_support import analyse

CASES: list[tuple[str, list[str]]] = [
    # AGREE: "werden" as the clause's only verb, with "einig"
    ("Nach langem Streit wurden sich Spanien und Marokko über die Fischereirechte einig.",
     ["AGREE"]),
    ("Spanien und Marokko sind sich über die Bedeutung der Fischerei einig.", []),
    ("Die Gutachter wurden sich nicht einig.", []),
    # AGREE: "einen Abschluss erzielen", "grünes Licht geben"
    ("Die Tarifpartner der Chemiebranche haben am Morgen einen Abschluss erzielt.", ["AGREE"]),
    ("Die EU gab am Dienstag grünes Licht für Beitrittsgespräche mit Albanien.", ["AGREE"]),
    # AGREE: agreeing with a party or a view is no commitment
    ("Der Finanzminister stimmte Scholz in dieser Frage ausdrücklich zu.", []),
    ("Dem stimmte auch der Vorsitzende der Opposition zu.", []),
    ("Der Bundesrat stimmte dem Heizungsgesetz am Freitag zu.", []),
    ("Der Iran stimmte einem Vorschlag Katars für einen Gefangenenaustausch zu.", ["AGREE"]),
    # AGREE: a joint decision, not a unilateral or hostile one
    ("Die Nato-Verteidigungsminister beschlossen, einen gemeinsamen Fonds für Munition "
     "aufzulegen.", ["AGREE"]),
    ("Der Landtag beschloss am Mittwoch ein neues Schulgesetz.", []),
    ("Die EU-Staaten beschlossen, neue Sanktionen gegen Belarus zu verhängen.", ["SANCTION"]),
    # AGREE: a mutual readiness to stop fighting; a one-sided one is a concession
    ("Armenien und Aserbaidschan erklärten sich bereit, die Kämpfe an der Grenze "
     "einzustellen.", ["AGREE"]),
    # negotiating parties named by common nouns
    ("Die Siegermächte einigten sich in Jalta auf eine neue Ordnung.", ["AGREE"]),
    # CONSULT: the summit on whose sidelines a meeting happened is its setting
    ("Scholz sprach am Rande des G7-Gipfels mit dem japanischen Regierungschef.", ["CONSULT"]),
    # CONSULT: judges deliberating are no meeting
    ("Die Richterinnen berieten zwei Tage über das Urteil.", []),
    # CONSULT: a relative clause's pronoun is one party of the meeting
    ("Der Kanzler, der am Morgen mit Macron telefoniert hatte, sprach von Fortschritten.",
     ["CONSULT"]),
    # CONSULT: "wird zu einem Besuch erwartet"
    ("Die Außenministerin wird am Freitag zu einem Besuch in Ghana erwartet.", ["CONSULT"]),
    ("Die Veranstalter erwarten zu dem Konzert Tausende Besucher.", []),
    # AGREE: readings that commit no one
    ("Auf dem Markt werden Glühwein und Lebkuchen angeboten.", []),
    ("Der Hersteller bietet seinen Kunden eine längere Garantiezeit an.", []),
    ("Moskau bot Kiew einen Austausch von Gefangenen an.", ["AGREE"]),
    ("Die Ukraine muss dem Abkommen noch zustimmen.", []),
    ("Die Hoteliervereinigung verkündete am Montag neue Zahlen.", []),
    ("Die zugesagten Milliarden der Geberländer sind nur zum Teil geflossen.", []),
    ("Das Freihandelsabkommen zwischen der EU und Japan stößt bei Bauern auf Kritik.", []),
    # CONSULT: interviews, proposals and summits that only set the scene
    ("Der Botschafter sagte im Gespräch mit dem SPIEGEL, die Lage sei ernst.", []),
    ("Die Partei brachte den Bürgermeister als Kandidaten ins Gespräch.", []),
    ("Kurz vor Beginn des Nato-Gipfels kündigte Polen neue Rüstungskäufe an.", []),
    # CONSULT: sport and talk shows
    ("Im Halbfinale trifft Zverev auf den Spanier Alcaraz.", []),
    ("Kane und Musiala trafen innerhalb von fünf Minuten für die Gäste.", []),
    ("Am Samstag empfangen die Fußballer aus Mainz den Tabellenführer.", []),
    ("Der Außenminister war am Dienstag zu Gast bei Erdogan in Ankara.", ["CONSULT"]),
    ("Die Ministerin war am Abend zu Gast in einer Talkshow.", []),
    # THREATEN: announced retaliation in reported speech
    ("Der Minister sagte, Iran werde auf jeden weiteren Angriff militärisch reagieren.",
     ["THREATEN"]),
    ("Die Anleger reagierten mit Verkäufen auf die Zahlen.", []),
    # THREATEN: "solange" opens a condition; "nicht" after an article negates an attribute
    ("Ungarn drohte, die Hilfen zu blockieren, solange die EU die Gelder nicht freigebe.",
     ["THREATEN"]),
    ("Die Polizei löste eine nicht angemeldete Demonstration auf.", ["COERCE"]),
    # THREATEN: feeling threatened is no threat
    ("Die baltischen Staaten sehen sich durch Russland bedroht.", []),
    # THREATEN: a conditional strike, an ultimatum followed by its terms after a colon
    ("Die Gewerkschaft kündigte an, die Häfen zu bestreiken, falls die Reederei kein neues "
     "Angebot vorlege.", ["THREATEN"]),
    ("Israel stellte der Hisbollah ein Ultimatum: Sollten die Angriffe nicht aufhören, werde "
     "die Armee eingreifen.", ["THREATEN"]),
    # THREATEN: the infinitive after a threat noun is its content, not an act
    ("Russland erneuerte seine Drohung, die Öllieferungen einzustellen.", ["THREATEN"]),
    ("Mit der Drohung eines Lieferstopps setzte Russland Moldau unter Druck.", ["THREATEN"]),
]




# Narrative and historical AGREE classes added with events-dev8-de (issue 6). Sentences
# written for this test; each phrasing sits next to a look-alike that must stay out.
NARRATIVE_CASES: list[tuple[str, list[str]]] = [
    # rulers and collective parties of history are actors ("Der Markgraf versprach ...")
    ("Im Jahr 1410 versprach der Markgraf den Bürgern der Stadt Schutz vor den Räubern.",
     ["AGREE"]),
    ("Die Gründungsstaaten verpflichteten sich 1957, ihre Zölle schrittweise abzubauen.",
     ["AGREE"]),
    ("Nach der Schlacht erklärte sich der Emir bereit, mit den Kreuzfahrern zu verhandeln.",
     ["AGREE"]),
    ("Die Geberländer sagten den Opfern der Flut rasche Hilfe zu.", ["AGREE"]),
    # an impersonal subject of a mutual agreement verb; not of a one-sided one
    ("Im Herbst 1555 einigte man sich in Augsburg auf einen Religionsfrieden.", ["AGREE"]),
    ("Nach kurzer Beratung stimmte man dem Antrag zu.", []),
    # a mutual promise ("einander"); "versprach sich etwas" is an expectation
    ("Die Herzöge von Bayern und Sachsen versprachen einander Hilfe im Kriegsfall.",
     ["AGREE"]),
    ("Der Kaufmann versprach sich von dem Handel großen Gewinn.", []),
    # a present participle describes a manner, it reports no act
    ("Der Rat nahm den Bericht zustimmend zur Kenntnis.", []),
    # "es gibt eine Einigung" without parties or date states a prospect
    ("Ob es noch vor der Wahl eine Einigung gibt, bleibt unklar.", []),
    # a sale to customers is no offer of cooperation
    ("Die Bank bietet ihren Kunden ab Mai höhere Zinsen an.", []),
    # an agreement the genitive of "Rahmen", "Umsetzung", "Bruch" presupposes is in force
    ("Im Rahmen der Absprachen mit Schweden verlegte Dänemark seine Flotte in die Ostsee.", []),
    ("Die Umsetzung der Einigung zwischen Kiew und Moskau stockt.", []),
    # a polity the knowledge base lacks and no gazetteer place explains may act
    ("Im Jahr 1866 einigte sich Preußen mit Italien auf ein Bündnis gegen Österreich.",
     ["AGREE"]),
    ("Die Sowjetunion sagte der Volksrepublik China 1950 militärischen Beistand zu.", ["AGREE"]),
    # a relative date of a narrative ("drei Tage später") resolved after the publication
    # date does not make a past act a plan (a planned signing or delivery would be AGREE)
    ("Drei Tage später unterzeichneten die Gesandten den Friedensvertrag.", ["SUPPORT"]),
    ("Eine Woche darauf lieferte Schweden Kanonen an Dänemark.", ["AID"]),
    ("Schweden liefert kommende Woche Kanonen an Dänemark.", ["AGREE"]),
    # a relative clause on what was promised describes it, as "die zugesagte Hilfe" does
    ("Die Kredite, die der Herzog den Städten zugesagt hatte, kamen nie an.", []),
    ("Der Waffenstillstand, auf den sich beide Heere geeinigt hatten, hielt nur drei Tage.",
     []),
    # an agreement noun with a full date of an earlier year is in force ("vom 2. Mai 1955")
    ("Mit der Einigung vom 2. Juni 1962 fiel die Insel an Indonesien.", []),
    # renouncing a throne is a concession, also when promised
    ("Im Jahr 1917 erklärte sich der Zar bereit, auf die Krone zu verzichten.", ["CONCEDE"]),
    # collective parties named by a plural role or group noun act; look-alikes do not
    ("Nach zähem Ringen einigten sich die Delegierten auf einen Kompromiss zur Zollfrage.",
     ["AGREE"]),
    ("Die Gläubiger der Reederei stimmten 1931 einem Vergleich zu.", ["AGREE"]),
    ("Die Ostseestädte verpflichteten sich, einander Schiffe zu stellen.", ["AGREE"]),
    ("Die christlichen Mächte kamen 1571 überein, eine gemeinsame Flotte auszurüsten.",
     ["AGREE"]),
    ("Die Teilnehmer des Gipfels verständigten sich auf eine Abschlusserklärung.", ["AGREE"]),
    ("Die Umfrageteilnehmer stimmten der Forderung nach längeren Ladenöffnungszeiten zu.", []),
    ("Die Marktteilnehmer einigten sich auf keinen gemeinsamen Standard.", []),
    # joining an alliance or treaty is SUPPORT, like signing it; a party or club is none
    ("Portugal trat 1949 dem Atlantischen Bündnis bei.", ["SUPPORT"]),
    ("Montenegro ist der Allianz im Juni 2017 beigetreten.", ["SUPPORT"]),
    ("Der Schauspieler trat 1998 der Partei bei.", []),
    ("Die milden Temperaturen trugen dazu bei, dass die Ernte gut ausfiel.", []),
    # a reaction or answer with an adverb of refusal or approval; other manners are none
    ("Der Senat reagierte ablehnend auf das Angebot des Herzogs.", ["REJECT"]),
    ("Die Stadträte antworteten abschlägig auf die Bitte der Zünfte.", ["REJECT"]),
    ("Der Sultan reagierte wohlwollend auf den Vorschlag der Gesandten.", ["SUPPORT"]),
    ("Der Minister reagierte verärgert auf die Kritik der Opposition.", []),
    # renouncing a named territory is a concession; a trip to a place is not
    ("Im Jahr 1735 verzichtete Spanien auf die Toskana.", ["CONCEDE"]),
    ("Nach der Niederlage verzichtete Schweden auf Finnland.", ["CONCEDE"]),
    ("Die Kanzlerin verzichtete auf ihren Besuch in Rom.", []),
    # a lone year after the verb dates the act, it is no object; a number of people is one
    ("Der Papst empfing 1077 die Boten des Königs in Canossa.", ["CONSULT"]),
    ("Die Soldaten nahmen 1450 Aufständische gefangen.", ["ASSAULT"]),
    # a plural group of people whose genitive names a place meets among its members
    ("Die Finanzminister der Eurozone trafen sich am Abend zu Beratungen.", ["CONSULT"]),
    ("Die Bewohner der Altstadt trafen sich am Abend vor dem Rathaus.", []),
]


# AGREE and CONSULT classes added with events-dev11-de (issue 6). Sentences written for this
# test; each phrasing sits next to a look-alike that must stay out.
AGREEMENT_CASES: list[tuple[str, list[str]]] = [
    # declared willingness: "zeigte sich bereit", "signalisierte Bereitschaft zu"
    ("Die Rebellen zeigten sich bereit, über einen Abzug aus der Stadt zu verhandeln.",
     ["AGREE"]),
    ("Die Anleger zeigten sich bereit, höhere Risiken einzugehen.", []),
    ("Die Regierung in Caracas signalisierte Bereitschaft zu Gesprächen mit der Opposition.",
     ["AGREE"]),
    ("Die Feuerwehr signalisierte mit Blaulicht ihre Ankunft.", []),
    # consent given, a compromise found, a dispute settled
    ("Polen gab am Dienstag seine Zustimmung zu dem Kompromiss.", ["AGREE"]),
    ("Der Lehrer gab den Schülern eine gute Note.", []),
    ("Deutschland und Frankreich fanden nach langem Streit einen Kompromiss bei den Kampfjets.",
     ["AGREE"]),
    ("Die Ermittler fanden in der Wohnung mehrere Waffen.", []),
    ("Kambodscha und Thailand legten ihren Grenzstreit bei.", ["AGREE"]),
    ("Die Firma legte dem Paket eine Rechnung bei.", []),
    # what an agreement verb's infinitive says was agreed is the same agreement
    ("Die beiden Staaten kamen überein, ihren Streit um die Inseln beizulegen.", ["AGREE"]),
    # parties to a dispute, committees, counterparts, historical leagues
    ("Die Kontrahenten verständigten sich auf einen Vergleich.", ["AGREE"]),
    ("Der Haushaltsausschuss einigte sich auf neue Kredite.", ["AGREE"]),
    ("Der Präsident empfing seine Amtskollegin aus Litauen.", ["CONSULT"]),
    ("Die Hanse drohte Dänemark mit einer Blockade.", ["THREATEN"]),
    # mediation is how an agreement came about; it joins a meeting it mediates
    ("Äthiopien und Eritrea einigten sich unter Vermittlung der Afrikanischen Union auf "
     "einen Grenzverlauf.", ["AGREE"]),
    ("Vertreter beider Seiten trafen sich unter Vermittlung Norwegens in Oslo.", ["CONSULT"]),
    # a compound that opens with a name is the thing agreed to, not a party agreed with
    ("Ungarn hat dem EU-Beitritt der Ukraine zugestimmt.", ["AGREE"]),
    # "die Einigung vom Mittwoch" lies in the past even in a sentence about the future
    ("Die Einigung zwischen Serbien und dem Kosovo vom Mittwoch soll im Januar umgesetzt "
     "werden.", ["AGREE"]),
    # meetings: "sich begegnen" (not "einer Gefahr begegnen"), talks of a plural group
    ("Die beiden Präsidenten begegneten sich am Rande der Konferenz zum ersten Mal.",
     ["CONSULT"]),
    ("Die Regierung will der Inflation mit Steuersenkungen begegnen.", []),
    ("Die Unterhändler führten in Doha erneut Gespräche.", ["CONSULT"]),
    ("Die Demonstranten führten Transparente mit sich.", []),
    # concessions: granting rights; a confession is none
    ("Der König gestand den Städten 1356 das Recht auf eigene Gerichte zu.", ["CONCEDE"]),
    ("Der Angeklagte gestand die Tat.", []),
    # a lifted measure is no measure imposed; attacks to be stopped are still reported
    ("Die Behörden hoben die Ausgangssperre in der Hauptstadt am Montag wieder auf.",
     ["CONCEDE"]),
    ("Der Minister sagte, Russland müsse die Angriffe auf Kiew einstellen.",
     ["REQUEST", "ASSAULT"]),
    # a noun that names no party is not dated by the clause after the verb
    ("Nach dem Aufstand lockerte der Statthalter 1849 das Versammlungsverbot.", ["CONCEDE"]),
    ("Nach den Unruhen hob der Gouverneur 1848 die Ausgangssperre auf.", ["CONCEDE"]),
    # releases and grants: captives, not staff; rights, not aid
    ("Die Junta entließ am Montag die politischen Gefangenen.", ["CONCEDE"]),
    ("Der Konzern entließ im Sommer 300 Mitarbeiter.", []),
    ("Der Herzog gewährte den Bürgern 1390 das Recht, einen Rat zu wählen.", ["CONCEDE"]),
    ("Die Regierung gewährte den Flüchtlingen Asyl.", ["AID"]),
    # a defeat in battle; a ball is not put to flight
    ("Die Reiterei schlug das feindliche Heer 1620 in die Flucht.", ["ASSAULT"]),
    ("Der Verteidiger schlug den Ball ins Aus.", []),
    ("Die Verschwörer erstachen den Herzog 1435 in der Kapelle.", ["ASSAULT"]),
    # the parties a meeting noun names "zwischen" may be common nouns (not of a dispute)
    ("Im Winter 1806 kam es zu einer Unterredung zwischen dem König und dem Kanzler.",
     ["CONSULT"]),
    ("Der Streit zwischen dem König und dem Kanzler schwelte seit Jahren.", []),
    # an agreement in a relative clause dated to the day reports when it was reached
    ("Der Kompromiss, auf den sich Serbien und Kosovo am Montag geeinigt hatten, gilt als "
     "tragfähig.", ["AGREE"]),
    ("Der Kompromiss, auf den sich Serbien und Kosovo geeinigt hatten, gilt als tragfähig.",
     []),
    # agreeing to someone's proposal stays AGREE; agreeing to release or open is CONCEDE
    ("Die Regierung stimmte einem Plan Katars zu, den Hafen für Hilfsschiffe zu öffnen.",
     ["AGREE"]),
    ("Die Junta stimmte zu, die Grenze für Hilfskonvois zu öffnen.", ["CONCEDE"]),
    # the light verb's year says when the agreement was reached, not that it was in force
    ("Nach zähem Ringen kamen die Eidgenossen und der Herzog 1474 zu einer Einigung.",
     ["AGREE"]),
    ("Mit der Einigung von 1474 endete der Streit.", []),
]


# each table with the publication date its sentences were written for
DATED_CASES = [(text, types, dt.date(2025, 11, 20)) for text, types in CASES] + [
    (text, types, dt.date(2026, 3, 10)) for text, types in NARRATIVE_CASES
] + [(text, types, dt.date(2026, 11, 27)) for text, types in AGREEMENT_CASES]


@pytest.mark.parametrize("text,types,published", DATED_CASES,
                         ids=[c[0][:40] for c in DATED_CASES])
def test_german_event_types(pipeline: Pipeline, text: str, types: list[str],
                            published: dt.date) -> None:
    analysis = analyse(pipeline, text, "de", published)
    assert sorted(e.type for e in analysis.events) == sorted(types), [
        (e.type, e.trigger.text) for e in analysis.events
    ]


# Who acts in a German clause whose first phrase is not the subject it looks like (issue 6,
# events-dev11-de): (text, type, sources, targets) of the one event of the sentence.
ROLE_CASES: list[tuple[str, str, list[str], list[str]]] = [
    # a fronted demand or proposal is the object: "die" marks no case
    ("Die Forderung Israels wies die Hamas zurück.", "REJECT", ["Hamas"], ["Israel"]),
    ("Das Angebot Moskaus nahm die Ukraine an.", "AGREE", ["Ukraine"], ["Russia"]),
    ("Die Hamas wies die Forderung Israels zurück.", "REJECT", ["Hamas"], ["Israel"]),
    # a name after the subject's noun in the Vorfeld is its apposition, and the actor
    ("Das Gründungsmitglied Indonesien stimmte dem Abkommen zu.", "AGREE", ["Indonesia"], []),
    ("Der Verbündete Frankreich sagte weitere Hilfe zu.", "AGREE", ["France"], []),
    ("Der Verbündete sagte Frankreich weitere Hilfe zu.", "AGREE", ["Verbündete"], ["France"]),
    ("Der US-Sondergesandte Witkoff traf am Donnerstag Putin.", "CONSULT",
     ["Steve Witkoff", "Vladimir Putin"], []),
    # a nominative conjunct after a place joins the noun the place qualifies
    ("Die Armee in Gaza und die Hamas vereinbarten eine Feuerpause.", "AGREE",
     ["Armee", "Hamas"], []),
    # a relative pronoun is a phrase of its own, not the article of the name after it
    ("Die Waffenruhe, auf die sich Israel und die Hamas am Sonntag geeinigt hatten, hielt.",
     "AGREE", ["Israel", "Hamas"], []),
]


def test_german_light_verb_dates_its_noun(pipeline: Pipeline) -> None:
    """ "Im Sommer 1914 kam es zu einem Gespräch ...": the clause of the light verb dates it."""
    analysis = analyse(pipeline, "Im Herbst 1806 kam es zu einer Unterredung zwischen dem "
                       "König und dem Kanzler.", "de", dt.date(2026, 11, 27))
    assert [(e.type, e.date.value if e.date else None) for e in analysis.events] == [
        ("CONSULT", "1806-FA")]


@pytest.mark.parametrize("text,event_type,sources,targets", ROLE_CASES,
                         ids=[c[0][:40] for c in ROLE_CASES])
def test_german_fronted_roles(pipeline: Pipeline, text: str, event_type: str,
                              sources: list[str], targets: list[str]) -> None:
    analysis = analyse(pipeline, text, "de", dt.date(2026, 11, 27))
    assert [(e.type, [a.name for a in e.sources], [a.name for a in e.targets])
            for e in analysis.events] == [(event_type, sources, targets)]
