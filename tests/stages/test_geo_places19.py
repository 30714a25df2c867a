"""The places stage, places19 round: English namesakes, look-alikes and missing places."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.test_geo import place_at, run


@pytest.mark.parametrize(
    ("text", "language", "storm"),
    [
        # a place name after a word introducing a storm is the storm's name
        ("Hurricane Florence dumped rain on Myrtle Beach for three days.", "en", "Florence"),
        ("Typhoon Florence stalled off the coast of Okinawa.", "en", "Florence"),
        ("Weeks after Hurricane Lisbon, Miami was still clearing debris.", "en", "Lisbon"),
        ("Hurrikan Florence überschwemmte Teile von North Carolina.", "de", "Florence"),
    ],
)
def test_a_storm_named_like_a_place_is_no_place(
    pipeline: Pipeline, text: str, language: str, storm: str
) -> None:
    analysis = run(pipeline, text, language)
    assert place_at(analysis, storm) is None
    assert analysis.places  # the real places of the sentence stay


@pytest.mark.parametrize(
    ("text", "treaty_town", "place"),
    [
        # a treaty or negotiating format named after a town or region
        ("Turkey and Russia clashed over the Sochi agreement on Idlib.", "Sochi", "Idlib"),
        ("Diplomats tried to revive the Astana format for Syria.", "Astana", "Syria"),
        ("Kyiv never accepted the Istanbul protocol drafted in 2022.", "Istanbul", None),
    ],
)
def test_a_town_naming_a_treaty_is_no_place(
    pipeline: Pipeline, text: str, treaty_town: str, place: str | None
) -> None:
    analysis = run(pipeline, text, "en")
    assert place_at(analysis, treaty_town) is None
    if place is not None:
        assert place_at(analysis, place) is not None


@pytest.mark.parametrize(
    ("text", "clubs", "places"),
    [
        # towns do not defeat towns: both are clubs, score or no score
        ("Leeds beat Sunderland at home on Saturday.", ("Leeds", "Sunderland"), ()),
        ("Valencia edged Sevilla in a tense derby in Seville.", ("Valencia", "Sevilla"),
         ("Seville",)),
    ],
)
def test_a_town_beating_a_town_is_a_club(
    pipeline: Pipeline, text: str, clubs: tuple[str, ...], places: tuple[str, ...]
) -> None:
    analysis = run(pipeline, text, "en")
    for club in clubs:
        assert place_at(analysis, club) is None
    for name in places:
        assert place_at(analysis, name) is not None


@pytest.mark.parametrize(
    ("text", "language", "mention", "geonames_id"),
    [
        # an English name GeoNames lists only as an alternate, in the state named after it
        ("Fishing boats returned to Syracuse, Sicily, at dawn.", "en", "Syracuse", 2523083),
        ("Snow closed schools in Syracuse on Monday.", "en", "Syracuse", 5140405),
        # the state after a German "US-Bundesstaat" qualifies the town before it
        ("Ein Sturm beschädigte Häuser in Berlin im US-Bundesstaat New Hampshire.", "de",
         "Berlin", 5083330),
        ("In Paris im US-Bundesstaat Kentucky brannte eine Scheune.", "de", "Paris", 4303602),
    ],
)
def test_a_named_state_steers_the_namesake(
    pipeline: Pipeline, text: str, language: str, mention: str, geonames_id: int
) -> None:
    place = place_at(run(pipeline, text, language), mention)
    assert place is not None and place.geonames_id == geonames_id


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # "the north of the X": English areas keep their article after "of"
        ("Aid convoys reached the south of the Gaza Strip.", "south of the Gaza Strip", "PS"),
        ("Militias fight on in the east of the Democratic Republic of the Congo.",
         "east of the Democratic Republic of the Congo", "CD"),
    ],
)
def test_the_direction_of_an_area_with_its_article_is_a_region(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    place = place_at(run(pipeline, text, "en"), mention)
    assert place is not None and place.precision == "region"
    assert place.text == mention and place.country_code == country


def test_a_direction_outside_an_area_is_no_region(pipeline: Pipeline) -> None:
    # "north of the Gaza Strip" without "the" before it lies outside the strip
    place = place_at(run(pipeline, "Shells landed just north of the Gaza Strip.", "en"), "Gaza")
    assert place is not None and place.precision != "region"


@pytest.mark.parametrize(
    ("text", "language", "mention", "country"),
    [
        # places our resources add (areas.tsv, admin1.tsv)
        ("A Chinese survey ship lingered off Pratas for hours.", "en", "Pratas", "TW"),
        ("Chinesische Schiffe kreuzten nahe den Pratas-Inseln.", "de", "Pratas-Inseln", "TW"),
        ("The port of Kyaukphyu is central to China's plans in Myanmar.", "en", "Kyaukphyu",
         "MM"),
        ("Überlebende legten in Lidice Kränze nieder.", "de", "Lidice", "CZ"),
        ("Tankers stopped unloading fuel at Ras Isa.", "en", "Ras Isa", "YE"),
        ("Cholera cases rose in Kasai-Central last month.", "en", "Kasai-Central", "CD"),
        ("Tribal fighters took over oil fields in Hadramout.", "en", "Hadramout", "YE"),
        ("Barges ran aground on the Mississippi near St. Louis.", "en", "Mississippi", ""),
        # an English county or parish the gazetteer lacks, in the country of the text
        ("Floodwater reached homes in Jefferson Parish, Louisiana.", "en", "Jefferson", "US"),
    ],
)
def test_places_added_in_this_round(
    pipeline: Pipeline, text: str, language: str, mention: str, country: str
) -> None:
    place = place_at(run(pipeline, text, language), mention)
    assert place is not None and (place.country_code or "") == country


def test_an_unlisted_river_belongs_to_no_country(pipeline: Pipeline) -> None:
    analysis = run(pipeline, "Ferries stopped on the Padma River after the floods in Bangladesh.",
                   "en")
    river = place_at(analysis, "Padma")
    assert river is not None and river.feature_class == "H" and river.country_code is None


def test_a_capital_barring_someone_acts(pipeline: Pipeline) -> None:
    analysis = run(pipeline, "Pyongyang has barred foreign reporters from the parade.", "en")
    assert place_at(analysis, "Pyongyang") is None
