"""Place or actor (link17): the positions of docs/place-or-actor.md this round added.

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
    # "Seite"/"side" after a country adjective is a party, unless a preposition of place
    # governs it or the border follows.
    ("de", "Die chinesische Seite lehnte jede Verantwortung ab.", "chinesische", "adjective",
     False, "actor"),
    ("en", "The Iranian side insisted on a written guarantee.", "Iranian", "adjective", False,
     "actor"),
    ("de", "Auf der polnischen Seite stauten sich die Lastwagen.", "polnischen", "adjective",
     False, "location"),
    ("en", "Trucks queued on the Polish side for days.", "Polish", "adjective", False,
     "location"),
    ("en", "Drones fell on the Belarusian side of the border.", "Belarusian", "adjective",
     False, "location"),
    # Officials and delegations "from" a country speak for its state; people who only come
    # from it keep their origin.
    ("de", "Diplomaten aus Ägypten vermittelten zwischen den Parteien.", "Ägypten", "country",
     False, "actor"),
    ("en", "A delegation from Kenya arrived for the summit.", "Kenya", "country", False,
     "actor"),
    ("de", "Flüchtlinge aus Ägypten erreichten die Insel.", "Ägypten", "country", False,
     "location"),
    ("en", "Migrants from Kenya were stranded at the airport.", "Kenya", "country", False,
     "location"),
    # A town's officials may be its own: a capital after them stays the place.
    ("en", "Officials from Nairobi inspected the site.", "Nairobi", "capital", False,
     "location"),
    # A town after a perfect auxiliary is the place taken when a participle of taking ends
    # the clause and the subject opens it; with an actor verb it stays the government.
    ("de", "Die Rebellen hatten Bukavu nach kurzen Kämpfen erobert.", "Bukavu", "city", False,
     "location"),
    ("de", "Die Miliz hat Kabul im August eingenommen.", "Kabul", "capital", False, "location"),
    ("de", "Die Opposition hatte Kabul scharf kritisiert.", "Kabul", "capital", False, "actor"),
    # German: a country right before a verb of trading land that ends the clause is the
    # land dealt in; as a subject before a main verb it acts.
    ("de", "Der Präsident wollte Grönland kaufen.", "Grönland", "country", False, "location"),
    ("de", "Der Investor will Kuba kaufen.", "Kuba", "country", False, "location"),
    ("de", "Der Minister sagte, Kuba werde Öl kaufen.", "Kuba", "country", False, "actor"),
    # English "at the" before a country name locates; "at" after an attack still hits it.
    ("en", "The cardinals gathered at the Vatican for the conclave.", "Vatican", "country",
     False, "location"),
    ("en", "The minister lashed out at Iran in a speech.", "Iran", "country", False, "actor"),
    ("en", "The senator lashed out at the Philippines.", "Philippines", "country", False,
     "actor"),
    ("en", "The new tariffs are aimed at the Netherlands.", "Netherlands", "country", False,
     "actor"),
    # English adverbs between a capital and its verb are skipped; without a verb the
    # capital stays the place.
    ("en", "Beijing no longer blocks the resolution.", "Beijing", "capital", False, "actor"),
    ("en", "Tokyo also protested the flights.", "Tokyo", "capital", False, "actor"),
    ("en", "Tokyo also submitted a counter-proposal.", "Tokyo", "capital", False, "actor"),
    ("en", "Tokyo still looks calm.", "Tokyo", "capital", False, "location"),
    # German verbs of striking make their object the target where the subject opens the
    # clause; an inverted subject after the verb acts.
    ("de", "Die Rebellen beschossen Ruanda mit Mörsern.", "Ruanda", "country", False,
     "location"),
    ("de", "Am Abend bombardierte Israel Ziele im Jemen.", "Israel", "country", False,
     "actor"),
    # German verbs of visiting make their object the place visited where the subject
    # opens the clause, also after an article; an inverted subject acts.
    ("de", "Die Außenministerin besuchte Kenia im Frühjahr.", "Kenia", "country", False,
     "location"),
    ("de", "Der Präsident bereist den Tschad.", "Tschad", "country", False, "location"),
    ("de", "Im Mai besuchte Kenia die Konferenz nicht.", "Kenia", "country", False, "actor"),
    # Controls and duties on a state are measures applied to it.
    ("en", "Washington imposed new controls on Vietnam.", "Vietnam", "country", False,
     "actor"),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "genitive", "expected"), CASES)
def test_use(text_pipeline: Pipeline, language: str, text: str, name: str, kind: NameKind,
             genitive: bool, expected: str) -> None:
    assert use_of(text_pipeline, text, language, name, kind, genitive) == expected


@pytest.mark.parametrize(
    ("language", "text", "adjective", "expected"),
    [
        ("de", "Auf einem libyschen Ölfeld wurde die Förderung gestoppt.", "libyschen",
         "location"),
        ("en", "Workers at an Iraqi oilfield went on strike.", "Iraqi", "location"),
        ("en", "The Iraqi government went on strike against corruption.", "Iraqi", "actor"),
    ],
)
def test_fields_are_territory(text_pipeline: Pipeline, language: str, text: str,
                              adjective: str, expected: str) -> None:
    assert use_of(text_pipeline, text, language, adjective, "adjective") == expected
