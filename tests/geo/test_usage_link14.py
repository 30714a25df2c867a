"""Place or actor (link14): the positions of docs/place-or-actor.md this round added.

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
    # A storm, a load or a missile as the subject: the country after the verb is reached
    # or hit, a place ...
    ("de", "Ein Hurrikan traf Kuba mit voller Wucht.", "Kuba", "country", False, "location"),
    ("de", "Am Sonntag erreichte die Flutwelle Bangladesch.", "Bangladesch", "country", False,
     "location"),
    ("de", "Die Lieferungen aus der Türkei erreichen Libyen über Misrata.", "Libyen",
     "country", False, "location"),
    ("de", "Die Flut erreichte Bangladesch und Indien.", "Indien", "country", False,
     "location"),
    ("en", "Shipments of grain reached Libya on Friday.", "Libya", "country", False,
     "location"),
    ("de", "Hunderte Drohnen trafen in der Nacht die Ukraine.", "Ukraine", "country", False,
     "location"),
    ("de", "300 Drohnen trafen in der Nacht die Ukraine.", "Ukraine", "country", False,
     "location"),
    ("en", "A powerful earthquake shook Myanmar.", "Myanmar", "country", False, "location"),
    # ... but a person or body as the subject meets or criticises the state, a storm
    # after a preposition is no subject, and a new clause has its own subject.
    ("de", "Die Abgeordneten kritisierten Kuba scharf.", "Kuba", "country", False, "actor"),
    ("de", "Hunderte Demonstranten kritisierten Kuba.", "Kuba", "country", False, "actor"),
    ("en", "The powerful senator criticised Qatar.", "Qatar", "country", False, "actor"),
    ("de", "Nach dem Sturm bat Kuba um Hilfe.", "Kuba", "country", False, "actor"),
    ("en", "The storm passed, but Cuba said it needed help.", "Cuba", "country", False,
     "actor"),
    ("de", "Indien und Pakistan vereinbarten eine Waffenruhe.", "Pakistan", "country", False,
     "actor"),
    # Weapons fired onto a country land on a place; pressure on it is applied to the state.
    ("de", "Die Huthi feuerten erneut Raketen auf Israel ab.", "Israel", "country", False,
     "location"),
    ("de", "Die USA erhöhten den Druck auf Israel.", "Israel", "country", False, "actor"),
    # After a comma, a name right before its verb opens a new clause; in a list it does not.
    ("de", "Die Miliz feuerte Raketen auf Nordisrael, Israel antwortete mit Luftangriffen.",
     "Israel", "country", False, "actor"),
    ("de", "Die Miliz feuerte Raketen auf Haifa, Akko und Nahariya.", "Akko", "city", False,
     "location"),
    # A capital before an English wire date and its verb acts; before "was" it does not.
    ("en", "Washington on Monday announced new tariffs.", "Washington", "capital", False,
     "actor"),
    ("en", "Tehran on Sunday night rejected the offer.", "Tehran", "capital", False, "actor"),
    ("en", "Washington on Monday was quiet.", "Washington", "capital", False, "location"),
    # A country possessive before an office or a state body is the state, whatever
    # preposition governs the phrase; before a place noun it stays a place.
    ("de", "Bei einem Treffen mit Katars Emir ging es um Gaza.", "Katars", "country", True,
     "actor"),
    ("de", "Bei einem Besuch in Katars Hauptstadt ging es um Gaza.", "Katars", "country", True,
     "location"),
    ("en", "The message was passed to Qatar's prime minister.", "Qatar", "country", False,
     "actor"),
    ("en", "Fighting spread to Sudan's east.", "Sudan", "country", False, "location"),
    # German "durch" after a noun of an act names its doer; after a verb of motion a route.
    ("de", "Taiwan warnte vor einer Blockade der Insel durch China.", "China", "country", False,
     "actor"),
    ("de", "Der Nil fließt durch den Sudan.", "Sudan", "country", False, "location"),
    # "came from" after a statement noun names the statement's source; else an origin.
    ("en", "Criticism of China came from Japan and the Philippines.", "Japan", "country", False,
     "actor"),
    ("en", "Most of the refugees came from Syria.", "Syria", "country", False, "location"),
    # A meeting with a state is with the state; a border with it is a place.
    ("de", "Bei einem Treffen mit Katar ging es um Gaza.", "Katar", "country", False, "actor"),
    ("de", "Die Grenze mit Polen bleibt offen.", "Polen", "country", False, "location"),
    # A state's measure or decision from a capital names the state; goods keep their origin.
    ("de", "Die neuen Zölle aus Washington treffen die Autoindustrie.", "Washington", "capital",
     False, "actor"),
    ("de", "Die Entscheidung aus Rabat überraschte Madrid.", "Rabat", "capital", False, "actor"),
    ("de", "Stahl aus Kanada wird teurer.", "Kanada", "country", False, "location"),
    ("en", "Gas from Qatar covers demand.", "Qatar", "country", False, "location"),
    ("en", "Criticism from Beijing was swift.", "Beijing", "capital", False, "actor"),
    # A person extradited goes to the state that asked; one deported to a destination.
    ("en", "The suspect was extradited to the United States.", "United States", "country",
     False, "actor"),
    ("en", "Migrants were deported to Venezuela.", "Venezuela", "country", False, "location"),
    # The object of a verb of leaving is the place left; the inverted subject acts.
    ("de", "Die Wagner-Söldner verließen Mali.", "Mali", "country", False, "location"),
    ("de", "Am Montag verließ Frankreich die Sitzung.", "Frankreich", "country", False,
     "actor"),
    ("en", "Wagner mercenaries left Mali in 2024.", "Mali", "country", False, "location"),
    # Land bought or sold is territory; a state sold something is a partner.
    ("en", "Trump wants to buy Greenland.", "Greenland", "country", False, "location"),
    ("en", "Russia sold Iran drones.", "Iran", "country", False, "actor"),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "genitive", "expected"), CASES)
def test_use(text_pipeline: Pipeline, language: str, text: str, name: str, kind: NameKind,
             genitive: bool, expected: str) -> None:
    assert use_of(text_pipeline, text, language, name, kind, genitive) == expected
