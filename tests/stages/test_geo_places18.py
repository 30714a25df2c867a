"""German place mentions of the places18 round (issue 7), through the real pipeline.

Sentences are our own and differ from the rows of tests/data/places25-dev.tsv.
"""

from __future__ import annotations

import pytest

from lagebild.model import Place
from lagebild.pipeline import Pipeline
from lagebild.service import make_document


def place_at(pipeline: Pipeline, text: str, mention: str, language: str = "de") -> Place | None:
    """The place overlapping the first occurrence of ``mention`` in ``text``, if any."""
    analysis = pipeline.run(make_document(text, language=language))
    start = text.index(mention)
    end = start + len(mention)
    for place in analysis.places:
        if place.start < end and start < place.end:
            return place
    return None


@pytest.mark.parametrize(
    ("text", "mention", "geonames_id"),
    [
        # The country inside "US-Bundesstaat" qualifies the state, and the state the town.
        ("In Paris im US-Bundesstaat Tennessee riss ein Tornado Dächer ab.", "Paris", 4647963),
        ("Die Fabrik in Paris im US-Bundesstaat Kentucky schließt.", "Paris", 4303602),
        # An exonym's German spelling is the town's as well as the governorate's.
        ("Ein Auto explodierte am Abend in Nabatija.", "Nabatija", 278913),
        # A common-word town under its official long name is one town.
        ("Ein Feuer zerstörte in Weiden in der Oberpfalz eine Scheune.", "Weiden", 2813040),
        ("Der Landrat besuchte Waren an der Müritz am Dienstag.", "Waren", 2814131),
        # ... but not a common noun before a foreign area ("Wahlen" is also a Swiss town).
        ("Die Opposition boykottierte die Wahlen in Homs.", "Homs", 169577),
        # A noun of town life before "von" places a town named like a common word.
        ("Der Oberbürgermeister von Essen eröffnete die Messe.", "Essen", 2928810),
        ("Die Feuerwehr von Halle rückte zweimal aus.", "Halle", 2911522),
    ],
)
def test_german_town_readings(
    pipeline: Pipeline, text: str, mention: str, geonames_id: int
) -> None:
    place = place_at(pipeline, text, mention)
    assert place is not None and place.geonames_id == geonames_id


@pytest.mark.parametrize(
    ("text", "mention", "country", "precision"),
    [
        # Swiss cantons named after their capital: "Kanton" makes them the canton.
        ("Der Kanton Solothurn erhöht die Steuern.", "Solothurn", "CH", "admin1"),
        ("Im Kanton Schaffhausen fiel der erste Schnee.", "Schaffhausen", "CH", "admin1"),
        ("Der Kanton Freiburg sucht neue Lehrer.", "Freiburg", "CH", "admin1"),
        # Regions, islands and small places our area table adds.
        ("Im Emmental fiel am Morgen der Strom aus.", "Emmental", "CH", "region"),
        ("Im Mühlviertel brannte ein Bauernhof nieder.", "Mühlviertel", "AT", "region"),
        ("Vor Amrum strandete ein junger Pottwal.", "Amrum", "DE", "region"),
        ("Ein Schiff der Küstenwache lag vor Pratas vor Anker.", "Pratas", "TW", "region"),
        ("Im Dorf Lidice wurde ein neues Denkmal eingeweiht.", "Lidice", "CZ", "exact"),
        # A town sight after the town's adjective locates it in the town.
        ("Vor der Prager Burg demonstrierten Hunderte Menschen.", "Prager", "CZ", "exact"),
    ],
)
def test_german_place_mentions(
    pipeline: Pipeline, text: str, mention: str, country: str, precision: str
) -> None:
    place = place_at(pipeline, text, mention)
    assert place is not None
    assert (place.country_code, place.precision) == (country, precision)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # Illnesses named like a town.
        ("Zwei Pfleger sind im Winter an Corona gestorben.", "Corona"),
        # Treaties named after the town where they were signed.
        ("Serbien berief sich erneut auf das Dayton-Abkommen.", "Dayton"),
        ("Die Kritiker des Maastricht-Vertrags meldeten sich zu Wort.", "Maastricht"),
        # A common noun before a particle and a noun stays a common noun.
        ("Die Waren an der Grenze wurden vom Zoll beschlagnahmt.", "Waren"),
        ("Ein Hof in der Sahelzone wurde überfallen.", "Hof"),
        ("Die Waren in der Kiste waren verdorben.", "Waren"),
    ],
)
def test_german_look_alikes(pipeline: Pipeline, text: str, mention: str) -> None:
    assert place_at(pipeline, text, mention) is None
