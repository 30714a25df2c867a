"""Place or actor, thirteenth linking round: each class with a look-alike twin.

Every case that reads a name as an actor has a twin in the same construction
that keeps the location reading (and the other way round), so a rule that
fires everywhere fails here.
"""

from __future__ import annotations

import pytest

from lagebild.geo.usage import NameKind
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from tests.geo.test_usage import use_of


@pytest.fixture(scope="module")
def text_pipeline(resources: Resources) -> Pipeline:
    return Pipeline.through("lemmas", resources=resources)

# (language, sentence, name, kind, genitive, expected use)
CASES = [
    # Policy verbs of governments make a capital their subject.
    ("en", "Shares fell after Washington restricted exports of chips.", "Washington", "capital",
     False, "actor"),
    ("en", "Beijing tightened its grip on rare earths.", "Beijing", "capital", False, "actor"),
    ("en", "Brussels fined the carmaker 300 million euros.", "Brussels", "capital", False,
     "actor"),
    ("de", "Peking beschränkt die Ausfuhr von Gallium.", "Peking", "capital", False, "actor"),
    ("en", "Beijing suffered its worst floods in a decade.", "Beijing", "capital", False,
     "location"),
    # A coordinated common noun phrase opened by a determiner before the verb.
    ("en", "Kyiv and its allies discussed air defence.", "Kyiv", "capital", False, "actor"),
    ("en", "London and Paris are drafting plans for a peacekeeping force.", "London",
     "capital", False, "actor"),
    ("de", "Kiew und seine Verbündeten berieten über Luftverteidigung.", "Kiew", "capital",
     False, "actor"),
    ("en", "Kyiv and the surrounding region were shelled overnight.", "Kyiv", "capital", False,
     "location"),
    ("en", "Kharkiv and its suburbs lost power.", "Kharkiv", "city", False, "location"),
    # A relative clause between the subject and its verb.
    ("en", "Moscow, which denies the charge, summoned the ambassador.", "Moscow", "capital",
     False, "actor"),
    ("de", "Moskau, das die Vorwürfe bestreitet, bestellte den Botschafter ein.", "Moskau",
     "capital", False, "actor"),
    ("en", "Kharkiv, which lies near the border, was shelled again.", "Kharkiv", "city", False,
     "location"),
    ("de", "Charkiw, das nahe der Grenze liegt, wurde erneut beschossen.", "Charkiw", "city",
     False, "location"),
    # A possessive before a named region only locates it; before other nouns it acts.
    ("en", "Russia's Kursk region was partly occupied.", "Russia", "country", False,
     "location"),
    ("en", "Fighting in Sudan's Darfur region has intensified.", "Sudan", "country", False,
     "location"),
    ("en", "Russia's Kursk offensive stalled.", "Russia", "country", False, "actor"),
    ("en", "Russia's Defence Ministry denied the report.", "Russia", "country", False, "actor"),
    # German "von X aus" is where something starts; "von X" before a participle is
    # the agent of a passive.
    ("de", "Von Polen aus werden Waffen in die Ukraine gebracht.", "Polen", "country", False,
     "location"),
    ("de", "Die Angriffe werden von Belarus aus gestartet.", "Belarus", "country", False,
     "location"),
    ("de", "Der Angriff wurde von Teheran angeordnet.", "Teheran", "capital", False, "actor"),
    ("de", "Das Abkommen wurde von Doha vermittelt.", "Doha", "capital", False, "actor"),
    ("de", "Das Dorf liegt zwölf Kilometer von Kiew entfernt.", "Kiew", "capital", False,
     "location"),
    # The country an English verb of striking hits is the state attacked; a town is
    # where the blow lands, and so is a country only owning the place struck.
    ("en", "Russia invaded Ukraine in February 2022.", "Ukraine", "country", False, "actor"),
    ("en", "Israel struck Iran on Friday.", "Iran", "country", False, "actor"),
    ("en", "Russian forces shelled Kherson overnight.", "Kherson", "city", False, "location"),
    ("en", "Russian troops captured Ukraine's Avdiivka.", "Ukraine", "country", False,
     "location"),
    ("en", "Modi visited Ukraine in August.", "Ukraine", "country", False, "location"),
    # Only a named attacker strikes a state: disasters hit the country as a place.
    ("en", "Floods hit Pakistan in August.", "Pakistan", "country", False, "location"),
    ("en", "An earthquake struck Myanmar on Friday.", "Myanmar", "country", False,
     "location"),
    ("en", "Russia has invaded Ukraine.", "Ukraine", "country", False, "actor"),
    # An English possessive after a preposition: the preposition governs what the
    # name owns.
    ("en", "From Berlin's perspective, the plan is unworkable.", "Berlin", "capital", False,
     "actor"),
    ("en", "The envoy flew to Moscow's Vnukovo airport.", "Moscow", "capital", False,
     "location"),
    ("en", "Crowds gathered in Kyiv's main square.", "Kyiv", "capital", False, "location"),
    # "of" after a noun of statement, request or support: the state behind it.
    ("en", "The militia acts on behalf of Moscow.", "Moscow", "capital", False, "actor"),
    ("en", "The militia acts on the outskirts of Moscow.", "Moscow", "capital", False,
     "location"),
    # Strikes on a country hit the state; on a town, the place.
    ("en", "Modi said the strikes on Pakistan were measured.", "Pakistan", "country", False,
     "actor"),
    ("en", "Pakistan hit back at India with missiles.", "India", "country", False, "actor"),
    ("en", "Modi said the strikes on Lahore were measured.", "Lahore", "city", False,
     "location"),
    # "by" after an event noun is its agent, not a place.
    ("en", "The attacks by Israel were condemned.", "Israel", "country", False, "actor"),
    ("en", "The strikes by Moscow were condemned.", "Moscow", "capital", False, "actor"),
    ("en", "The attacks near Moscow were condemned.", "Moscow", "capital", False,
     "location"),
    # German "Wie X mitteilte" opens a reporting clause; a comparison does not.
    ("de", "Wie Kiew mitteilte, wurden 40 Drohnen abgeschossen.", "Kiew", "capital", False,
     "actor"),
    ("de", "Städte wie Kiew und Charkiw wurden angegriffen.", "Kiew", "capital", False,
     "location"),
    # Progressive verbs of a stance.
    ("en", "Berlin is sticking to the debt brake.", "Berlin", "capital", False, "actor"),
    ("en", "Berlin is sinking into debt.", "Berlin", "capital", False, "location"),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "genitive", "expected"), CASES)
def test_use(text_pipeline: Pipeline, language: str, text: str, name: str, kind: NameKind,
             genitive: bool, expected: str) -> None:
    assert use_of(text_pipeline, text, language, name, kind, genitive) == expected
