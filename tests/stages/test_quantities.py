"""Tests of the quantities stage: German and English tables, traps, the seed report."""

from __future__ import annotations

from typing import Any

import pytest

from lagebild.model import Quantity
from lagebild.pipeline import Pipeline
from lagebild.service import make_document
from lagebild.stages.quantities import parse_digits
from tests.conftest import shared_path

E = "exact"

# (sentence, expected quantities as (text, value, low, high, bound, category, thing)).
# Each sentence's quantities must be found exactly: no more, no fewer.
GERMAN: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("Bei dem Angriff starben 17 Menschen.", [("17", 17, 17, 17, E, "killed", "Menschen")]),
    ("Mindestens 1.400 Menschen wurden getötet.",
     [("Mindestens 1.400", 1400, 1400, None, "at_least", "killed", "Menschen")]),
    ("Nach Angaben der Armee wurden 1,400 Menschen getötet.",
     [("1,400", 1400, 1400, 1400, E, "killed", "Menschen")]),
    ("Etwa 2,5 Millionen Menschen sind auf der Flucht.",
     [("Etwa 2,5 Millionen", 2_500_000, None, None, "about", "displaced", "Menschen")]),
    ("Die UN zählen 1,5 Mio. Vertriebene.",
     [("1,5 Mio.", 1_500_000, 1_500_000, 1_500_000, E, "displaced", "Vertriebene")]),
    ("Vier Soldaten wurden verwundet.", [("Vier", 4, 4, 4, E, "injured", "Soldaten")]),
    ("Zweihundert Menschen wurden evakuiert.",
     [("Zweihundert", 200, 200, 200, E, "evacuated", "Menschen")]),
    ("Zweiundzwanzig Kämpfer kamen ums Leben.",
     [("Zweiundzwanzig", 22, 22, 22, E, "killed", "Kämpfer")]),
    ("Ein Dutzend Demonstranten wurde festgenommen.",
     [("Ein Dutzend", 12, None, None, "about", "arrested", "Demonstranten")]),
    ("Dutzende Menschen wurden verletzt.",
     [("Dutzende", None, 24, 99, "approx_range", "injured", "Menschen")]),
    ("Hunderte Familien sind aus der Stadt geflohen.",
     [("Hunderte", None, 200, 999, "approx_range", "displaced", "Familien")]),
    ("Tausende Häftlinge kamen frei.",
     [("Tausende", None, 2000, 9999, "approx_range", "released", "Häftlinge")]),
    ("Die Miliz ist mit Zehntausenden von Raketen bewaffnet.",
     [("Zehntausenden", None, 20_000, 99_999, "approx_range", "weapons_held", "Raketen")]),
    ("Hunderttausende Menschen wurden vertrieben.",
     [("Hunderttausende", None, 200_000, 999_999, "approx_range", "displaced", "Menschen")]),
    ("Mehr als 30 Zivilisten wurden verschleppt.",
     [("Mehr als 30", 30, 31, None, "more_than", "abducted", "Zivilisten")]),
    ("Über 50 Raketen wurden abgefeuert.",
     [("Über 50", 50, 51, None, "more_than", "weapons_fired", "Raketen")]),
    ("Rund 600 Soldaten wurden in die Region entsandt.",
     [("Rund 600", 600, None, None, "about", "troops", "Soldaten")]),
    ("Ungefähr 70 Menschen werden vermisst.",
     [("Ungefähr 70", 70, None, None, "about", "missing", "Menschen")]),
    ("Ca. 45 Geiseln wurden freigelassen.",
     [("Ca. 45", 45, None, None, "about", "released", "Geiseln")]),
    ("Knapp 300 Menschen wurden verletzt.",
     [("Knapp 300", 300, None, None, "about", "injured", "Menschen")]),
    ("Bis zu 80 Menschen sollen entführt worden sein.",
     [("Bis zu 80", 80, None, 80, "up_to", "abducted", "Menschen")]),
    ("Weniger als 20 Kinder wurden evakuiert.",
     [("Weniger als 20", 20, None, 19, "less_than", "evacuated", "Kinder")]),
    ("Zwischen 20 und 30 Menschen wurden festgenommen.",
     [("Zwischen 20 und 30", None, 20, 30, "approx_range", "arrested", "Menschen")]),
    ("Dabei wurden 20 bis 30 Zivilisten getötet.",
     [("20 bis 30", None, 20, 30, "approx_range", "killed", "Zivilisten")]),
    ("Es gab 20-30 Verletzte.", [("20-30", None, 20, 30, "approx_range", "injured", "Verletzte")]),
    ("Zwischen 2 und 3 Millionen Menschen sind vertrieben worden.",
     [("Zwischen 2 und 3 Millionen", None, 2_000_000, 3_000_000, "approx_range", "displaced",
       "Menschen")]),
    ("Die Hamas hat Tausende von Raketen abgefeuert.",
     [("Tausende", None, 2000, 9999, "approx_range", "weapons_fired", "Raketen")]),
    ("Dutzende Panzerabwehrraketen schlugen in Grenzorten ein.",
     [("Dutzende", None, 24, 99, "approx_range", "weapons_fired", "Panzerabwehrraketen")]),
    ("Die Miliz hat 40 Kämpfer verloren.", [("40", 40, 40, 40, E, "killed", "Kämpfer")]),
    ("Die Polizei nahm 14 Verdächtige fest.",
     [("14", 14, 14, 14, E, "arrested", "Verdächtige")]),
    ("Die Rebellen ließen sieben Geiseln frei.",
     [("sieben", 7, 7, 7, E, "released", "Geiseln")]),
    ("Drei Menschen wurden als Geiseln genommen.",
     [("Drei", 3, 3, 3, E, "abducted", "Menschen")]),
    ("Es gab 12 Tote und 40 Verletzte.",
     [("12", 12, 12, 12, E, "killed", "Tote"), ("40", 40, 40, 40, E, "injured", "Verletzte")]),
    ("Bei dem Anschlag wurden 8 Menschen getötet und 20 weitere verletzt.",
     [("8", 8, 8, 8, E, "killed", "Menschen"), ("20", 20, 20, 20, E, "injured", "Menschen")]),
    ("Die Miliz hat drei Franzosen und zwei Belgier freigelassen.",
     [("drei", 3, 3, 3, E, "released", "Franzosen"),
      ("zwei", 2, 2, 2, E, "released", "Belgier")]),
    ("Die Gruppe hat fünf der rund 100 Geiseln freigelassen, die sie im Mai verschleppt hatte.",
     [("fünf", 5, 5, 5, E, "released", "Geiseln"),
      ("rund 100", 100, None, None, "about", "abducted", "Geiseln")]),
    ("Zwei der zwölf verschleppten Mädchen sind wieder frei.",
     [("Zwei", 2, 2, 2, E, "released", "Mädchen"),
      ("zwölf", 12, 12, 12, E, "abducted", "Mädchen")]),
    ("Drei der 40 Arbeiter, die bei dem Brand verletzt wurden, sind gestorben.",
     [("Drei", 3, 3, 3, E, "killed", "Arbeiter"),
      ("40", 40, 40, 40, E, "injured", "Arbeiter")]),
    ("Ein 17-Jähriger wurde getötet.",
     [("Ein 17-Jähriger", 1, 1, 1, E, "killed", "17-Jähriger")]),
    ("Eine 60-jährige Frau wurde bei dem Angriff verletzt.",
     [("Eine 60-jährige Frau", 1, 1, 1, E, "injured", "Frau")]),
    ("Ein Soldat wurde bei dem Gefecht getötet.",
     [("Ein Soldat", 1, 1, 1, E, "killed", "Soldat")]),
    ("Die Zahl der Toten stieg auf 85.", [("85", 85, 85, 85, E, "killed", "Toten")]),
    ("Israel hat 360.000 Reservisten mobilisiert.",
     [("360.000", 360_000, 360_000, 360_000, E, "troops", "Reservisten")]),
    ("Mindestens 200 Menschen oder mehr wurden vertrieben.",
     [("Mindestens 200", 200, 200, None, "at_least", "displaced", "Menschen")]),
    ("Die Armee meldete 300 Festgenommene.",
     [("300", 300, 300, 300, E, "arrested", "Festgenommene")]),
    ("In dem Lager leben 4.000 Menschen.", [("4.000", 4000, 4000, 4000, E, "other", "Menschen")]),
    ("Israel zerstörte Tausende Hamas-Ziele.",
     [("Tausende", None, 2000, 9999, "approx_range", "other", "Hamas-Ziele")]),
    ("Am 7. Oktober starben 260 Festivalbesucher.",
     [("260", 260, 260, 260, E, "killed", "Festivalbesucher")]),
]

ENGLISH: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("At least 1,400 people were killed.",
     [("At least 1,400", 1400, 1400, None, "at_least", "killed", "people")]),
    ("Some 1.400 people were killed, officials said.",
     [("Some 1.400", 1400, None, None, "about", "killed", "people")]),
    ("About 2.5 million people have been displaced.",
     [("About 2.5 million", 2_500_000, None, None, "about", "displaced", "people")]),
    ("Twenty-five soldiers were wounded.",
     [("Twenty-five", 25, 25, 25, E, "injured", "soldiers")]),
    ("Two hundred people were evacuated.",
     [("Two hundred", 200, 200, 200, E, "evacuated", "people")]),
    ("A dozen protesters were arrested.",
     [("A dozen", 12, None, None, "about", "arrested", "protesters")]),
    ("Dozens of people were injured.",
     [("Dozens", None, 24, 99, "approx_range", "injured", "people")]),
    ("Hundreds of families have fled.",
     [("Hundreds", None, 200, 999, "approx_range", "displaced", "families")]),
    ("Thousands of prisoners were freed.",
     [("Thousands", None, 2000, 9999, "approx_range", "released", "prisoners")]),
    ("The group is armed with tens of thousands of rockets.",
     [("tens of thousands", None, 20_000, 99_999, "approx_range", "weapons_held", "rockets")]),
    ("Hundreds of thousands of people were displaced.",
     [("Hundreds of thousands", None, 200_000, 999_999, "approx_range", "displaced", "people")]),
    ("More than 30 villagers were abducted.",
     [("More than 30", 30, 31, None, "more_than", "abducted", "villagers")]),
    ("Over 50 rockets were fired.",
     [("Over 50", 50, 51, None, "more_than", "weapons_fired", "rockets")]),
    ("Around 600 troops were deployed.",
     [("Around 600", 600, None, None, "about", "troops", "troops")]),
    ("Approximately 70 people are missing.",
     [("Approximately 70", 70, None, None, "about", "missing", "people")]),
    ("Nearly 300 people were injured.",
     [("Nearly 300", 300, None, None, "about", "injured", "people")]),
    ("Up to 80 people may have been kidnapped.",
     [("Up to 80", 80, None, 80, "up_to", "abducted", "people")]),
    ("Fewer than 20 children were evacuated.",
     [("Fewer than 20", 20, None, 19, "less_than", "evacuated", "children")]),
    ("No fewer than 40 fighters were killed.",
     [("No fewer than 40", 40, 40, None, "at_least", "killed", "fighters")]),
    ("Between 20 and 30 people were arrested.",
     [("Between 20 and 30", None, 20, 30, "approx_range", "arrested", "people")]),
    ("Officials said 20 to 30 civilians died.",
     [("20 to 30", None, 20, 30, "approx_range", "killed", "civilians")]),
    ("There were 20-30 wounded.", [("20-30", None, 20, 30, "approx_range", "injured", "wounded")]),
    ("Hamas has fired thousands of rockets.",
     [("thousands", None, 2000, 9999, "approx_range", "weapons_fired", "rockets")]),
    ("Hezbollah has lost about 40 fighters.",
     [("about 40", 40, None, None, "about", "killed", "fighters")]),
    ("Police detained 14 suspects.", [("14", 14, 14, 14, E, "arrested", "suspects")]),
    ("The rebels released seven hostages.",
     [("seven", 7, 7, 7, E, "released", "hostages")]),
    ("Three aid workers were taken hostage.",
     [("Three", 3, 3, 3, E, "abducted", "workers")]),
    ("There were 12 dead and 40 wounded.",
     [("12", 12, 12, 12, E, "killed", "dead"), ("40", 40, 40, 40, E, "injured", "wounded")]),
    ("Eight people were killed and 20 others were wounded.",
     [("Eight", 8, 8, 8, E, "killed", "people"), ("20", 20, 20, 20, E, "injured", "people")]),
    ("Two Americans and two Israelis were released.",
     [("Two", 2, 2, 2, E, "released", "Americans"),
      ("two", 2, 2, 2, E, "released", "Israelis")]),
    ("Hamas has released four of the about 200 hostages it took.",
     [("four", 4, 4, 4, E, "released", "hostages"),
      ("about 200", 200, None, None, "about", "abducted", "hostages")]),
    ("Two of the twelve kidnapped girls have been freed.",
     [("Two", 2, 2, 2, E, "released", "girls"),
      ("twelve", 12, 12, 12, E, "abducted", "girls")]),
    ("Three of the 40 workers who were injured in the fire have died.",
     [("Three", 3, 3, 3, E, "killed", "workers"),
      ("40", 40, 40, 40, E, "injured", "workers")]),
    ("A 17-year-old was killed.",
     [("A 17-year-old", 1, 1, 1, E, "killed", "17-year-old")]),
    ("A soldier was killed in the clash.", [("A soldier", 1, 1, 1, E, "killed", "soldier")]),
    ("The death toll rose to 85.", [("85", 85, 85, 85, E, "killed", None)]),
    ("Israel has mobilized 360,000 reservists.",
     [("360,000", 360_000, 360_000, 360_000, E, "troops", "reservists")]),
    ("Two hundred or more people were displaced.",
     [("Two hundred or more", 200, 200, None, "at_least", "displaced", "people")]),
    ("About 4,000 people live in the camp.",
     [("About 4,000", 4000, None, None, "about", "other", "people")]),
    ("On October 7, 260 festival-goers died.",
     [("260", 260, 260, 260, E, "killed", "festival-goers")]),
    ("Hamas handed over 13 hostages.", [("13", 13, 13, 13, E, "released", "hostages")]),
    ("Militants fired four anti-aircraft missiles.",
     [("four", 4, 4, 4, E, "weapons_fired", "missiles")]),
    ("Israel struck more than 450 Hamas targets overnight.",
     [("more than 450", 450, 451, None, "more_than", "other", "targets")]),
]

# Which cue governs which count (issue 5): (error class, language, sentence,
# every quantity of the sentence in text order as (text, category)).
CATEGORY_CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # A preposition that is also a subordinator does not cut the clause.
    ("preposition", "de", "Über 300 Kämpfer wurden seit Beginn der Waffenruhe getötet.",
     [("Über 300", "killed")]),
    ("preposition", "de", "Zehn Geiseln sind während der Feuerpause freigekommen.",
     [("Zehn", "released")]),
    ("preposition", "en", "More than 300 fighters have been killed since the truce began.",
     [("More than 300", "killed")]),
    ("preposition", "en", "Six of the 20 detained journalists have since been released.",
     [("Six", "released"), ("20", "arrested")]),
    # Separable verbs: joined in subordinate clauses, particle before the simple verb.
    ("separable", "de", "Nachdem 17 Häftlinge freikamen, protestierten ihre Familien.",
     [("17", "released")]),
    ("separable", "de", "Die Luftabwehr schoss in der Nacht zwölf Drohnen ab.",
     [("zwölf", "other")]),
    ("separable", "de", "Die Miliz schoss in der Nacht zwölf Raketen ab.",
     [("zwölf", "weapons_fired")]),
    ("separable", "de", "Das Erdbeben kostete mindestens 80 Menschen das Leben.",
     [("mindestens 80", "killed")]),
    ("separable", "en", "The navy flew 120 foreign nationals out of the port city.",
     [("120", "evacuated")]),
    ("separable", "en", "The rebels handed nine captives over to mediators.",
     [("nine", "released")]),
    ("separable", "en", "Air defences shot down eleven drones overnight.",
     [("eleven", "other")]),
    # A noun with its complement governs only the count after it.
    ("complement", "de", "Die Armee bestätigte den Tod von sieben Soldaten.",
     [("sieben", "killed")]),
    ("complement", "de", "Die Gruppe verlangt die Freilassung von 60 Gefangenen.",
     [("60", "released")]),
    ("complement", "en", "The group confirmed the deaths of 22 of its members.",
     [("22", "killed")]),
    ("complement", "en", "Hundreds of people marched to demand the release of the detainees.",
     [("Hundreds", "other")]),
    ("complement", "en", "Eight captives were freed in exchange for 25 prisoners.",
     [("Eight", "released"), ("25", "released")]),
    # Members of a group take the group's category.
    ("inclusion", "de", "Bei dem Angriff starben 40 Menschen, darunter neun Kinder.",
     [("40", "killed"), ("neun", "killed")]),
    ("inclusion", "de", "Unter den 90 Entführten sind nach Angaben der Kirche 18 Frauen.",
     [("90", "abducted"), ("18", "abducted")]),
    ("inclusion", "de", "Sechs Aktivisten, darunter zwei Anwälte, wurden verhaftet.",
     [("Sechs", "arrested"), ("zwei", "arrested")]),
    ("inclusion", "de", "Elf Soldaten wurden verletzt, drei von ihnen lebensgefährlich.",
     [("Elf", "injured"), ("drei", "injured")]),
    ("inclusion", "en", "Rockets killed 40 people, including nine children.",
     [("40", "killed"), ("nine", "killed")]),
    ("inclusion", "en", "Among the dead were seven aid workers.", [("seven", "killed")]),
    ("inclusion", "en", "Six activists, among them two lawyers, were detained.",
     [("Six", "arrested"), ("two", "arrested")]),
    ("inclusion", "en", "Of the 400 people evacuated, about 150 were children.",
     [("400", "evacuated"), ("about 150", "evacuated")]),
    ("inclusion", "en", "Eleven soldiers were wounded, three of them critically.",
     [("Eleven", "injured"), ("three", "injured")]),
    # A German clause without a verb shares the verb of the clause before.
    ("gapping", "de", "Die Regierung verlor 30 Soldaten, die Rebellen etwa 100 Kämpfer.",
     [("30", "killed"), ("etwa 100", "killed")]),
    # Another count between a count and a verb takes the verb; so does the
    # count right after a verb.
    ("barrier", "de", "Von den 50 verschleppten Arbeitern sind 20 wieder frei.",
     [("50", "abducted"), ("20", "released")]),
    ("barrier", "de", "Zwei Angreifer erschossen am Abend fünf Passanten.",
     [("Zwei", "other"), ("fünf", "killed")]),
    ("barrier", "en", "Of the 50 abducted workers, 20 have been freed.",
     [("50", "abducted"), ("20", "released")]),
    # The verb of the clause beats an attribute of the noun.
    ("attribute", "de", "Die Armee befreite 14 verschleppte Schüler.",
     [("14", "released")]),
    ("attribute", "de", "Die Behörden meldeten 14 verschleppte Schüler.",
     [("14", "abducted")]),
    ("attribute", "en", "Troops freed 14 abducted students.", [("14", "released")]),
    # A bare number counts what the count before it counted.
    ("antecedent", "de", "Während acht Geiseln freikamen, werden 40 weiter festgehalten.",
     [("acht", "released"), ("40", "abducted")]),
    ("antecedent", "de", "Die Miliz feuerte 25 Raketen ab, 19 wurden abgefangen.",
     [("25", "weapons_fired"), ("19", "weapons_fired")]),
    ("antecedent", "en", "Of the 25 missiles launched, 19 were intercepted.",
     [("25", "weapons_fired"), ("19", "weapons_fired")]),
    ("antecedent", "en", "Eight hostages were freed, while 40 are still being held.",
     [("Eight", "released"), ("40", "abducted")]),
    ("partitive", "de", "Die Flugabwehr fing 30 von 33 Marschflugkörpern ab.",
     [("30", "weapons_fired"), ("33", "weapons_fired")]),
    ("partitive", "en", "Air defences intercepted 30 of 33 cruise missiles.",
     [("30", "weapons_fired"), ("33", "weapons_fired")]),
    ("attribute", "de", "Das Militär zerstörte vier aus dem Irak gestartete Drohnen.",
     [("vier", "other")]),
    ("attribute", "de", "Die Armee fing vier aus dem Irak gestartete Drohnen ab.",
     [("vier", "weapons_fired")]),
    # A casualty beats the troops default; troops need a deployment.
    ("troops", "de", "Bei dem Hinterhalt sind 14 Soldaten gefallen.", [("14", "killed")]),
    ("troops", "de", "Zwanzig Kämpfer starben bei dem Gefecht.", [("Zwanzig", "killed")]),
    ("troops", "en", "Twenty fighters died in the clash.", [("Twenty", "killed")]),
    ("troops", "en", "The army has 4,000 soldiers in the region.", [("4,000", "troops")]),
    # Shelters and homes (displaced), rescues (evacuated), targets (other).
    ("lexicon", "de", "Rund 700 Familien haben in Schulen Zuflucht gefunden.",
     [("Rund 700", "displaced")]),
    ("lexicon", "de", "Etwa 400 Menschen mussten ihre Wohnungen verlassen.",
     [("Etwa 400", "displaced")]),
    ("lexicon", "de", "Taucher retteten 31 Seeleute von dem sinkenden Schiff.",
     [("31", "evacuated")]),
    ("lexicon", "de", "Die Polizei brachte 60 Anwohner in Sicherheit.", [("60", "evacuated")]),
    ("lexicon", "de", "Kampfjets zerstörten 70 Ziele der Miliz.", [("70", "other")]),
    ("lexicon", "de", "Deutschland liefert 18 Panzer an die Ukraine.", [("18", "other")]),
    ("lexicon", "de", "Die Polizei fasste zwei Täter, drei weitere sind auf der Flucht.",
     [("zwei", "other"), ("drei", "other")]),
    ("lexicon", "en", "About 700 families have sought shelter in schools.",
     [("About 700", "displaced")]),
    ("lexicon", "en", "Divers rescued 31 sailors from the sinking ship.", [("31", "evacuated")]),
    ("lexicon", "en", "Police moved 60 residents to safety.", [("60", "evacuated")]),
    ("lexicon", "en", "The air force destroyed 70 militia targets.", [("70", "other")]),
    ("lexicon", "en", "Rockets have hit 15 towns since Friday.", [("15", "other")]),
    ("lexicon", "en", "Rescuers found the bodies of 13 people.", [("13", "killed")]),
    # Coordination: nouns joined by "und"; a verb phrase shares its subject only.
    ("coordination", "de", "Die Gruppe hat 8.000 Raketen und Drohnen gehortet.",
     [("8.000", "weapons_held")]),
    ("coordination", "en", "Police cleared three camps and moved 200 people to safety.",
     [("three", "other"), ("200", "evacuated")]),
    ("coordination", "en", "Some 300 people fled and are now sheltering in tents.",
     [("Some 300", "displaced")]),
    # Numbers grouped in thousands are counts, even after "Jahr"; scores are not.
    ("numbers", "de", "Im vergangenen Jahr 4.500 Menschen vertrieben worden.",
     [("4.500", "displaced")]),
    ("numbers", "de", "Seit 2014 wurden 13 000 Menschen getötet.", [("13 000", "killed")]),
    ("numbers", "de", "Mit einem 2:1 gegen Leipzig gewann der Club.", []),
    # Found in the held-out table's errors (fixed after measuring it).
    ("separable", "de", "Die Armee griff mit 30 Drohnen und zwei Raketen an.",
     [("30", "weapons_fired"), ("zwei", "weapons_fired")]),
    ("coordination", "de",
     "Die Polizei sperrte drei Straßen und brachte 80 Anwohner in Sicherheit.",
     [("drei", "other"), ("80", "evacuated")]),
    ("lexicon", "en", "Rescue teams recovered 21 bodies from the river.", [("21", "killed")]),
    ("lexicon", "en", "Militants attacked the base with 12 drones.",
     [("12", "weapons_fired")]),
    ("numbers", "en", "Militants fired four anti-aircraft missiles.",
     [("four", "weapons_fired")]),
    # Found comparing the old and new stage on news text.
    ("barrier", "de", "Im Krieg starben im Jahr 2006 mehr als 1.100 Libanesen.",
     [("mehr als 1.100", "killed")]),
    ("barrier", "en", "More than 1,100 Lebanese died in 2006.", [("More than 1,100", "killed")]),
    ("barrier", "de", "Drei Angreifer wurden nach einem Anschlag auf einen Polizisten erschossen.",
     [("Drei", "killed")]),
    ("coordination", "de",
     "Insgesamt 60 Menschen sollen in Syrien und im Irak getötet worden sein.",
     [("60", "killed")]),
    ("coordination", "en", "Some 60 people were killed in Syria and in Iraq.",
     [("Some 60", "killed")]),
    ("inclusion", "de",
     "Die Armee hatte 9.000 Soldaten entsandt, von denen bislang 40 gefallen sind.",
     [("9.000", "troops"), ("40", "killed")]),
    ("gapping", "de", "Der Vertrag legte eine Quote fest, das Kontingent - es umfasste 90 Plätze.",
     [("90", "other")]),
    ("numbers", "de", "Zwischen 1975 und 1990 wurden etwa 120.000 Menschen getötet.",
     [("etwa 120.000", "killed")]),
    ("numbers", "en", "Between 1975 and 1990, about 120,000 people were killed.",
     [("about 120,000", "killed")]),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [case[1:] for case in CATEGORY_CASES],
    ids=[f"{case[0]}-{case[2][:36]}" for case in CATEGORY_CASES],
)
def test_category(pipeline: Pipeline, language: str, sentence: str,
                  expected: list[tuple[str, str]]) -> None:
    found = [(q.text, q.category) for q in _analyse(pipeline, sentence, language)]
    assert found == expected


# (sentence, an expression that must not be part of any quantity).
NOT_COUNTS: list[tuple[str, str, str]] = [
    ("de", "Am 7. Oktober griffen Kämpfer an.", "7."),
    ("de", "In den letzten 18 Tagen wurde gekämpft.", "18"),
    ("de", "Er kam um 14.30 Uhr an.", "14.30"),
    ("de", "Die Sitzung begann um 9 Uhr.", "9"),
    ("de", "Der Konflikt begann 2014 und dauert an.", "2014"),
    ("de", "Seit dem 24.11.2023 gilt die Waffenruhe.", "24.11.2023"),
    ("de", "Der Anruf kam von +49 30 1234567.", "+49 30 1234567"),
    ("de", "Die Preise stiegen um 12 Prozent.", "12"),
    ("de", "Die Preise stiegen um 12 %.", "12"),
    ("de", "Das kostet 2,5 Millionen Euro.", "2,5 Millionen"),
    ("de", "Die Stadt liegt 40 Kilometer entfernt.", "40"),
    ("de", "Der 45-Jährige sagte vor Gericht aus.", "45"),
    ("de", "Der Mann (45) wurde getötet.", "45"),
    ("de", "Die 2. Division rückte vor.", "2."),
    ("de", "Bayern gewann mit 3:1.", "3:1"),
    ("de", "Laut Artikel 51 darf sich ein Staat verteidigen.", "51"),
    ("de", "Er war dreimal in der Region, zuletzt vor 3 Jahren.", "3"),
    ("de", "Die 1960 gegründete Gruppe tritt auf.", "1960"),
    ("de", "Ein Sprecher sagte, die Lage sei ruhig.", "Ein"),
    ("de", "Ein Palästinenser verletzte einen Israeli.", "Ein"),
    ("de", "Zwei Drittel der Bewohner sind geflohen.", "Zwei"),
    ("de", "Der Vorstand verdient Millionen.", "Millionen"),
    ("en", "Fighters attacked on October 7.", "7"),
    ("en", "The fighting has lasted 18 days.", "18"),
    ("en", "The meeting starts at 2:30 p.m.", "2:30"),
    ("en", "The conflict began in 2014.", "2014"),
    ("en", "Prices rose by 12 percent.", "12"),
    ("en", "The project costs $2.5 million.", "2.5"),
    ("en", "The 45-year-old testified in court.", "45"),
    ("en", "The 7th Armored Brigade moved forward.", "7th"),
    ("en", "The road is 40 kilometres long.", "40"),
    ("en", "No one was hurt.", "one"),
    ("en", "A spokesman said the situation was calm.", "A"),
    ("en", "Call 555-0142 for details.", "555-0142"),
]


def _analyse(pipeline: Pipeline, text: str, language: str) -> list[Quantity]:
    return list(pipeline.run(make_document(text, language=language)).quantities)


def _as_tuple(q: Quantity) -> tuple[Any, ...]:
    return (q.text, q.value, q.low, q.high, q.bound, q.category, q.thing)


def _check(pipeline: Pipeline, language: str, sentence: str, expected: list[Any]) -> None:
    found = [_as_tuple(q) for q in _analyse(pipeline, sentence, language)]
    wanted = [tuple(float(v) if isinstance(v, int) else v for v in row) for row in expected]
    assert found == wanted


@pytest.mark.parametrize(("sentence", "expected"), GERMAN, ids=[s[:40] for s, _ in GERMAN])
def test_german(pipeline: Pipeline, sentence: str, expected: list[Any]) -> None:
    _check(pipeline, "de", sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH, ids=[s[:40] for s, _ in ENGLISH])
def test_english(pipeline: Pipeline, sentence: str, expected: list[Any]) -> None:
    _check(pipeline, "en", sentence, expected)


@pytest.mark.parametrize(("language", "sentence", "expression"), NOT_COUNTS,
                         ids=[s[:40] for _, s, _ in NOT_COUNTS])
def test_not_a_count(pipeline: Pipeline, language: str, sentence: str, expression: str) -> None:
    start = sentence.index(expression)
    end = start + len(expression)
    for q in _analyse(pipeline, sentence, language):
        assert not (q.start < end and start < q.end), q


def test_offsets_point_at_the_text(pipeline: Pipeline) -> None:
    text = (
        "Bei dem Angriff starben mindestens 1.400 Menschen.\nRund 200 Geiseln wurden verschleppt."
    )
    doc = make_document(text, language="de")
    quantities = pipeline.run(doc).quantities
    assert [q.text for q in quantities] == ["mindestens 1.400", "Rund 200"]
    assert all(doc.text[q.start:q.end] == q.text and q.doc_id == doc.id for q in quantities)


@pytest.mark.parametrize(("digits", "separator", "multiplier", "value"), [
    ("1.400", ",", False, 1400.0),
    ("1,400", ",", False, 1400.0),
    ("1,400", ".", False, 1400.0),
    ("2,5", ",", True, 2.5),
    ("2.5", ".", True, 2.5),
    ("1,500", ",", True, 1.5),
    ("1.234.567", ",", False, 1_234_567.0),
    ("1.234,5", ",", False, 1234.5),
    ("1,234.5", ".", False, 1234.5),
    ("12,75", ",", False, 12.75),
])
def test_parse_digits(digits: str, separator: str, multiplier: bool, value: float) -> None:
    assert parse_digits(digits, separator, multiplier) == value


def _find(quantities: list[Quantity], **fields: Any) -> list[Quantity]:
    return [q for q in quantities if all(getattr(q, k) == v for k, v in fields.items())]


@pytest.mark.shared
def test_seed_report(pipeline: Pipeline) -> None:
    text = shared_path("seeds", "000_314be27e401e192b.txt").read_text(encoding="utf-8")
    doc = make_document(text, language="de")
    quantities = list(pipeline.run(doc).quantities)
    assert _find(quantities, value=1400.0, bound="at_least", category="killed")
    thousands = {"low": 2000.0, "high": 9999.0}
    assert _find(quantities, category="injured", **thousands)
    assert _find(quantities, category="weapons_fired", thing="Raketen", **thousands)
    assert _find(quantities, category="weapons_held", thing="Raketen", low=20_000.0)
    assert _find(quantities, value=40.0, bound="about", category="killed", thing="Kämpfer")
    assert _find(quantities, value=4.0, category="released", thing="Geiseln")
    assert _find(quantities, value=200.0, bound="about", category="abducted", thing="Geiseln")
    # "7." of "7. Oktober" and "18 Tagen" are no counts of anything.
    for expression in ("7. Oktober", "18 Tagen"):
        start = doc.text.index(expression)
        while start >= 0:
            assert not any(q.start <= start < q.end for q in quantities), expression
            start = doc.text.find(expression, start + 1)
