"""The places stage, places16 round: datelines, districts, far namesakes, look-alikes."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.test_geo import place_at, run


@pytest.mark.parametrize(
    ("text", "language", "dateline", "geonames_id", "country"),
    [
        # the town's span takes in its country (or state) and the agency
        ("LVIV, Ukraine (Reuters) - A drone hit a warehouse overnight.", "en",
         "LVIV, Ukraine (Reuters)", 702550, "UA"),
        ("DAMASCUS, Syria (AP) — Crowds gathered in the old city.", "en",
         "DAMASCUS, Syria (AP)", 170654, "SY"),
        ("ODESSA (dpa) - Im Hafen brannte ein Getreidesilo.", "de", "ODESSA (dpa)", 698740, "UA"),
        # a date between town and agency is no part of the place
        ("AMMAN, May 4 (Reuters) - The king met the envoy.", "en", "AMMAN", 250441, "JO"),
    ],
)
def test_agency_dateline_spans_the_town_with_country_and_agency(
    pipeline: Pipeline, text: str, language: str, dateline: str, geonames_id: int, country: str
) -> None:
    analysis = run(pipeline, text, language)
    towns = [p for p in analysis.places if p.geonames_id == geonames_id]
    assert len(towns) == 1
    assert towns[0].text == dateline and towns[0].country_code == country


def test_the_country_inside_a_dateline_stays_a_place(pipeline: Pipeline) -> None:
    analysis = run(pipeline, "HAVANA, Cuba (AP) — Power returned after two days.", "en")
    assert {p.name for p in analysis.places} == {"Havana", "Cuba"}


@pytest.mark.parametrize(
    ("text", "mention", "geonames_id"),
    [
        # a district the gazetteer lists as a town, after its big town: the whole compound
        ("Köln-Kalk: Zwei Autos in der Nacht ausgebrannt", "Köln-Kalk", 8593861),
        ("Ein Feuer zerstörte in Köln-Kalk eine Lagerhalle.", "Köln-Kalk", 8593861),
    ],
)
def test_listed_district_after_its_town(
    pipeline: Pipeline, text: str, mention: str, geonames_id: int
) -> None:
    place = place_at(run(pipeline, text, "de"), mention)
    assert place is not None and place.geonames_id == geonames_id
    assert place.text == mention


def test_a_word_after_a_town_is_no_listed_district(pipeline: Pipeline) -> None:
    analysis = run(pipeline, "Nach dem Köln-Besuch flog der Gast weiter.", "de")
    assert [p.name for p in analysis.places] == ["Köln"]


@pytest.mark.parametrize(
    ("text", "mention", "country", "listed"),
    [
        # the gazetteer knows only a big namesake a continent away: an unlisted town
        ("Islamist fighters overran Palma in Mozambique.", "Palma", "MZ", False),
        # a namesake in the named country, or a capital, keeps its entry
        ("A storm flooded streets in Portland in Oregon.", "Portland", "US", True),
        ("Crowds filled the squares of Paris in France.", "Paris", "FR", True),
    ],
)
def test_town_put_in_a_far_country_is_no_namesake_abroad(
    pipeline: Pipeline, text: str, mention: str, country: str, listed: bool
) -> None:
    place = place_at(run(pipeline, text, "en"), mention)
    assert place is not None and place.country_code == country
    assert (place.geonames_id is not None) is listed


@pytest.mark.parametrize(
    ("text", "language", "mention", "country"),
    [
        # romanisations and spellings of towns in the news
        ("Kurdish forces withdrew from Ras al-Ain in 2019.", "en", "Ras al-Ain", "SY"),
        ("Shells landed on the outskirts of Ras al-Ayn.", "en", "Ras al-Ayn", "SY"),
        ("Rescue teams searched the flooded streets of Derna.", "en", "Derna", "LY"),
        ("Hilfsgüter erreichten El Faschir erst nach Wochen.", "de", "El Faschir", "SD"),
        ("Tausende harren in Tawila aus.", "de", "Tawila", "SD"),
        ("Fighting spread to Maungdaw near the border.", "en", "Maungdaw", "MM"),
        # a qualifying country outweighs a model's organisation or person guess
        ("Türkische Truppen bombardierten Ras al-Ain im Norden Syriens.", "de", "Ras al-Ain", "SY"),
    ],
)
def test_towns_of_conflict_zones_in_several_spellings(
    pipeline: Pipeline, text: str, language: str, mention: str, country: str
) -> None:
    place = place_at(run(pipeline, text, language), mention)
    assert place is not None and place.country_code == country


@pytest.mark.parametrize(
    ("text", "language", "mention"),
    [
        # drinks and dishes sold under a place's name
        ("The waiter brought a Manhattan and two beers.", "en", "Manhattan"),
        # ... with a preposition after it, not only a conjunction
        ("The waiter brought a Manhattan to the table.", "en", "Manhattan"),
        ("They shared a bottle of Champagne after the vote.", "en", "Champagne"),
        ("Zum Essen gab es eine Flasche Bordeaux.", "de", "Bordeaux"),
        # feast days named like towns
        ("Shops stayed shut on Christmas morning.", "en", "Christmas"),
        # a broadcaster, an airline
        ("Channel 5 aired the interview on Friday.", "en", "Channel"),
        ("Emirates ordered more wide-body jets.", "en", "Emirates"),
        # a university named "<state> State"
        ("Florida State hired a new coach.", "en", "Florida"),
    ],
)
def test_look_alikes_are_no_places(
    pipeline: Pipeline, text: str, language: str, mention: str
) -> None:
    assert place_at(run(pipeline, text, language), mention) is None


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # the same words where they do name the place
        ("Prices rose for a Manhattan apartment again.", "Manhattan", "Manhattan"),
        ("A patrol boat sank in the Channel overnight.", "Channel", "English Channel"),
        ("Investors flocked to the Emirates last year.", "Emirates", "United Arab Emirates"),
        ("Washington's army crossed the Delaware at night.", "Delaware", "Delaware River"),
        ("Locusts spread from Amhara into neighbouring Afar.", "Afar", "Āfar"),
        # an indefinite article before a country keeps the country
        ("Diplomats spoke of a Ukraine at peace with its neighbours.", "Ukraine", "Ukraine"),
    ],
)
def test_same_words_as_places(pipeline: Pipeline, text: str, mention: str, name: str) -> None:
    place = place_at(run(pipeline, text, "en"), mention)
    assert place is not None and place.name == name


def test_a_capital_pouring_forces_acts(pipeline: Pipeline) -> None:
    analysis = run(pipeline, "Beijing has poured billions into the port.", "en")
    assert place_at(analysis, "Beijing") is None


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a given name that is also a common word opens a person's name at the start
        ("Kirk Douglas died at the age of 103.", "Douglas", None),
        ("Jack London sailed to Hawaii in 1907.", "London", None),
        # a common adjective at the start does not
        ("Rural Nevada voted for the measure.", "Nevada", "US"),
    ],
)
def test_given_name_opening_a_sentence_before_a_town(
    pipeline: Pipeline, text: str, mention: str, expected: str | None
) -> None:
    place = place_at(run(pipeline, text, "en"), mention)
    assert (place.country_code if place is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a small namesake a continent away from the text's country is no place
        ("After fleeing Nyala, families sheltered in Korma.", "Korma", None),
        # a country the text names keeps its towns
        ("Volunteers stayed in Korma, a village in Belarus.", "Korma", "BY"),
        # a nationality adjective says nothing of where the text is
        ("Eritrean migrants drowned off Dunkirk.", "Dunkirk", "FR"),
        # near the capital of the text's country (Russia's centre lies in Siberia)
        ("Russian guns shelled Vovchansk from Belgorod.", "Vovchansk", "UA"),
    ],
)
def test_small_namesake_far_from_the_texts_country(
    pipeline: Pipeline, text: str, mention: str, expected: str | None
) -> None:
    place = place_at(run(pipeline, text, "en"), mention)
    assert (place.country_code if place is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "mention", "precision"),
    [
        # a division after a town of it and a comma is the division ("Town, State")
        ("Flooding closed schools in Albany, New York, on Monday.", "New York", "admin1"),
        ("A storm hit Spokane, Washington, overnight.", "Washington", "admin1"),
        # alone, the city
        ("He flew from Toronto to New York on Friday.", "New York", "exact"),
    ],
)
def test_state_after_a_town_of_it(
    pipeline: Pipeline, text: str, mention: str, precision: str
) -> None:
    place = place_at(run(pipeline, text, "en"), mention)
    assert place is not None and place.precision == precision


def test_village_of_the_area_table_after_its_region_beats_a_person_guess(
    pipeline: Pipeline,
) -> None:
    place = place_at(run(pipeline, "Lastwagen erreichten Tawila in Nord-Darfur.", "de"), "Tawila")
    assert place is not None and place.country_code == "SD"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # an adjective before the name names the people, not the town's country
        ("Chinese workers in Mombasa protested on Friday.", "Mombasa", "KE"),
        ("Indian sailors in Durban went on strike.", "Durban", "ZA"),
    ],
)
def test_adjective_of_a_party_makes_no_unlisted_town(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    place = place_at(run(pipeline, text, "en"), mention)
    assert place is not None and place.country_code == country
    assert place.geonames_id is not None
