"""Place or actor (link19): passives, strikes in German, sales, demands, givers, infinitives.

Each case has a look-alike twin that keeps the other reading.
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
    # The agent of a German passive: "von X" opening the clause before "wurde", or with
    # conjuncts and adverbs before the participle.
    ("de", "Von Rom wurde der Antrag sofort abgelehnt.", "Rom", "capital", False, "actor"),
    ("de", "Das Abkommen wurde von Madrid und Lissabon feierlich unterzeichnet.", "Lissabon",
     "capital", False, "actor"),
    ("de", "Der Entwurf wurde von Rom und Athen einstimmig gebilligt.", "Athen", "capital",
     False, "actor"),
    # Twins: "von" after a noun belongs to it; "von X nach Y" is a route.
    ("de", "Ein großer Teil von Rom wurde überflutet.", "Rom", "capital", False, "location"),
    ("de", "Von Rom wurde der Zug nach Neapel umgeleitet.", "Rom", "capital", False, "location"),
    # "angreifen"/"attackieren" where the subject opens the clause: the target struck.
    ("de", "Die Türkei griff den Irak mit Kampfjets an.", "Irak", "country", False, "location"),
    ("de", "Aserbaidschan attackierte Armenien im Morgengrauen.", "Armenien", "country", False,
     "location"),
    ("de", "Die Armee hat Eritrea in der Nacht angegriffen.", "Eritrea", "country", False,
     "location"),
    # Twins: an attack in words, an inverted subject.
    ("de", "Die Ministerin griff Ungarn wegen der Blockade an.", "Ungarn", "country", False,
     "actor"),
    ("de", "Der Senator attackierte Mexiko scharf.", "Mexiko", "country", False, "actor"),
    ("de", "Im Morgengrauen griff Aserbaidschan an.", "Aserbaidschan", "country", False, "actor"),
    # Land sold or bought: the territory; the seller or buyer acts.
    ("de", "Washington bot den Kauf Grönlands an.", "Grönlands", "country", True, "location"),
    ("en", "Trump floated the purchase of Greenland again.", "Greenland", "country", False,
     "location"),
    ("de", "Die Haltung Dänemarks bleibt unverändert.", "Dänemarks", "country", True, "actor"),
    # "fordern von X": the state asked.
    ("de", "Die Opposition verlangt von Wien eine klare Antwort.", "Wien", "capital", False,
     "actor"),
    ("de", "Die Opposition reiste von Wien nach Graz.", "Wien", "capital", False, "location"),
    # The giver after a verb of receiving; goods keep their origin.
    ("en", "Moldova received armoured vehicles from Romania.", "Romania", "country", False,
     "actor"),
    ("en", "Moldova received electricity from Romania.", "Romania", "country", False, "location"),
    ("de", "Lettland erhielt Panzer aus Schweden.", "Schweden", "country", False, "actor"),
    # An object before a to-infinitive is the one to act; after a verb of visiting or a
    # preposition it stays the place.
    ("en", "The allies pressed Belgrade to recognise the vote.", "Belgrade", "capital", False,
     "actor"),
    ("en", "The envoy travelled to Belgrade to discuss the vote.", "Belgrade", "capital", False,
     "location"),
    ("en", "The envoy visited Belgrade to discuss the vote.", "Belgrade", "capital", False,
     "location"),
    # "from" after a noun of people: the verb after the phrase is the people's.
    ("en", "Workers from Bangladesh and Nepal protested at the site.", "Nepal", "country", False,
     "location"),
    ("en", "Officials from Bangladesh protested at the site.", "Bangladesh", "country", False,
     "actor"),
    # "auch" between a verb of reaching and its object.
    ("de", "Der Sturm erreichte am Abend auch Kuba.", "Kuba", "country", False, "location"),
    # Settlements are places; settlers are people of the country.
    ("en", "Brazil banned imports from Israeli settlements.", "Israeli", "adjective", False,
     "location"),
    ("en", "Israeli settlers attacked the village.", "Israeli", "adjective", False, "actor"),
    # An English passive of a verb of saying or dealing keeps a capital's state; a passive
    # of striking or taking leaves the place.
    ("en", "Ottawa was urged by its allies to act.", "Ottawa", "capital", False, "actor"),
    ("en", "Ottawa was hit by a winter storm.", "Ottawa", "capital", False, "location"),
    # "reached a deal": the subject acts; "reached" a country names the place reached.
    ("en", "Ottawa and Mexico City reached an agreement on steel.", "Ottawa", "capital",
     False, "actor"),
    ("en", "Migrants reached Ottawa on foot.", "Ottawa", "capital", False, "location"),
    # A subject opened by a particle ("al-", "el-") opens the clause before the verb.
    ("de", "Ägyptens Präsident el-Sisi besuchte Dschibuti.", "Dschibuti", "country", False,
     "location"),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "genitive", "expected"), CASES)
def test_use_link19(text_pipeline: Pipeline, language: str, text: str, name: str,
                    kind: NameKind, genitive: bool, expected: str) -> None:
    assert use_of(text_pipeline, text, language, name, kind, genitive) == expected
