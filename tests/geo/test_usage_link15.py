"""Place or actor (link15): the positions of docs/place-or-actor.md this round added.

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
    # A town's police is the town's: the capital names the place; a country's police
    # is the state's own force.
    ("en", "Berlin's police arrested two men overnight.", "Berlin", "capital", False,
     "location"),
    ("en", "London's Metropolitan Police said it had arrested a man.", "London", "capital",
     False, "location"),
    ("de", "Wiens Polizei nahm zwei Männer fest.", "Wiens", "capital", True, "location"),
    ("en", "Kenya's police arrested two men overnight.", "Kenya", "country", False, "actor"),
    ("en", "Berlin's decision surprised its allies.", "Berlin", "capital", False, "actor"),
    # The town that a group blockades or besieges is the place closed off; a country
    # blocked in a vote stays the state.
    ("de", "Die JNIM blockiert Bamako seit Wochen.", "Bamako", "capital", False, "location"),
    ("de", "Die Rebellen belagern Goma.", "Goma", "city", False, "location"),
    ("en", "JNIM fighters have blockaded Bamako since September.", "Bamako", "capital", False,
     "location"),
    ("de", "Ungarn blockiert die Ukraine beim Beitritt.", "Ukraine", "country", False,
     "actor"),
    ("de", "Die JNIM kritisiert Bamako scharf.", "Bamako", "capital", False, "actor"),
    # A clause-opening "bis" before a subject and its final verb is a conjunction; on a
    # route, or before a main clause's verb, it is the preposition.
    ("de", "Bis Russland einlenkt, gehen die Angriffe weiter.", "Russland", "country", False,
     "actor"),
    ("de", "Die Angriffe gehen weiter, bis Polen nachgibt.", "Polen", "country", False,
     "actor"),
    ("de", "Die Züge fahren von Berlin bis Russland.", "Russland", "country", False,
     "location"),
    ("de", "Bis Polen sind es noch 200 Kilometer.", "Polen", "country", False, "location"),
    # Money lent or given "from" a capital comes from its state; goods keep their origin.
    ("en", "The country got a lifeline from Washington.", "Washington", "capital", False,
     "actor"),
    ("en", "Kenya secured a loan from Beijing last year.", "Beijing", "capital", False,
     "actor"),
    ("en", "The country got wheat from Washington.", "Washington", "capital", False,
     "location"),
    # A measure that hits a country targets the state, in English as in German; a
    # storm or missile that hits it strikes the place.
    ("en", "Sanctions hit Russia hard.", "Russia", "country", False, "actor"),
    ("de", "Die Sanktionen treffen Russland hart.", "Russland", "country", False, "actor"),
    ("en", "Missiles hit Israel overnight.", "Israel", "country", False, "location"),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "genitive", "expected"), CASES)
def test_use(text_pipeline: Pipeline, language: str, text: str, name: str, kind: NameKind,
             genitive: bool, expected: str) -> None:
    assert use_of(text_pipeline, text, language, name, kind, genitive) == expected
