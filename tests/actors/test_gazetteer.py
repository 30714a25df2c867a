"""The actor matcher: spelling variants it must bridge and the ones it must not."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer, load_gazetteer, make_units
from lagebild.resources import Resources


@pytest.fixture(scope="module")
def german(resources: Resources) -> Gazetteer:
    return load_gazetteer(resources, "de")


@pytest.fixture(scope="module")
def english(resources: Resources) -> Gazetteer:
    return load_gazetteer(resources, "en")


def matched(gazetteer: Gazetteer, text: str, seen: set[str] | None = None) -> dict[str, str]:
    units = make_units(text, [0])
    return {
        text[units[m.first].start : units[m.last].end]: m.pattern.entry
        for m in gazetteer.match(units, set() if seen is None else seen)
    }


@pytest.mark.parametrize(
    ("text", "span", "entry"),
    [
        # A hyphenated compound in the text, the alias written closed.
        ("Mali wird vom Afrika-Korps kontrolliert.", "Afrika-Korps", "lb:africa-corps"),
        ("Der Nord-Korea-Besuch fiel aus.", "Nord-Korea", "Q423"),
        # A closed compound in the text, the alias hyphenated ("Wagner-Gruppe").
        ("Die Wagnergruppe zog ab.", "Wagnergruppe", "lb:wagner-group"),
        # An en dash is a hyphen (Wikipedia style title in the text).
        ("Kämpfer des Islamic State – West Africa Province griffen an.",
         "Islamic State – West Africa Province", "lb:islamic-state-west-africa-province"),
        # Companies of the coverage pass and their German forms.
        ("Die Lokführergewerkschaft GDL streikte bei der Deutschen Bahn.",
         "Deutschen Bahn", "lb:deutsche-bahn"),
        ("Der Bayer-Konzern meldete Verluste.", "Bayer-Konzern", "lb:bayer"),
    ],
)
def test_german_variants(german: Gazetteer, text: str, span: str, entry: str) -> None:
    assert matched(german, text).get(span) == entry


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A German umlaut in the text is not the plain vowel of a curated alias.
        ("Über die Pläne wurde nicht gesprochen.", "Über"),
        ("Der Abgeordnete Bösch widersprach.", "Bösch"),
        # Common words that a company's short name must not take.
        ("Die Allianz der Willigen traf sich.", "Allianz"),
        ("Ein Bayer und ein Franke trafen sich.", "Bayer"),
        ("Die Telekom-Unternehmen klagten.", "Telekom"),
    ],
)
def test_german_non_matches(german: Gazetteer, text: str, span: str) -> None:
    assert span not in matched(german, text)


def test_umlaut_in_alias_still_matches(german: Gazetteer) -> None:
    assert matched(german, "Markus Söder widersprach.")["Markus Söder"] == "lb:markus-soder"


@pytest.mark.parametrize(
    ("text", "span", "entry"),
    [
        ("Apple and Microsoft shares rose.", "Apple", "lb:apple-inc"),
        ("Amazon cut jobs.", "Amazon", "lb:amazon-company"),
        ("Fires raged across the Amazon rainforest.", "Amazon rainforest",
         "lb:amazon-rainforest"),
        ("The Fed held rates.", "Fed", "lb:federal-reserve"),
    ],
)
def test_english_companies(english: Gazetteer, text: str, span: str, entry: str) -> None:
    assert matched(english, text).get(span) == entry


def test_surname_particles_stay_with_the_surname(english: Gazetteer) -> None:
    """The short form of "Marine Le Pen" is "Le Pen", not "Pen"."""
    seen = {"lb:marine-le-pen"}
    assert matched(english, "Le Pen appealed.", seen).get("Le Pen") == "lb:marine-le-pen"
    assert "Pen" not in matched(english, "The Pen was mightier.", seen)


def test_a_person_named_in_full_keeps_the_surname(german: Gazetteer) -> None:
    """A bare "Le Pen" is Marine Le Pen, unless Jean-Marie Le Pen was named before."""
    assert matched(german, "Le Pen kündigte Berufung an.")["Le Pen"] == "lb:marine-le-pen"
    text = "Jean-Marie Le Pen ist tot. Le Pen gründete die Partei."
    units = make_units(text, [0, text.index("Le Pen gründete")])
    found = [m.pattern.entry for m in german.match(units, set())]
    assert found == ["lb:jean-marie-le-pen", "lb:jean-marie-le-pen"]


def test_a_country_keeps_its_name_after_a_namesake(english: Gazetteer) -> None:
    text = "Jim Jordan spoke. Jordan closed its airspace."
    units = make_units(text, [0, text.index("Jordan closed")])
    found = [m.pattern.entry for m in english.match(units, set())]
    assert found == ["lb:jim-jordan", "Q810"]


def test_a_generic_name_lists_every_body_sharing_it(english: Gazetteer) -> None:
    """"Congress" is the U.S. Congress by rank; the other congresses share the form."""
    units = make_units("Congress voted.", [0])
    (match,) = english.match(units, set())
    assert match.pattern.entry == "lb:united-states-congress"
    sharing = {p.entry for p in english.sharing(match.pattern)}
    assert {"lb:united-states-congress", "lb:congress-of-the-union",
            "lb:congress-of-the-republic-of-peru"} <= sharing
    assert english.sharing(english.single("hamas")[0]) == ()


def test_a_generic_name_is_no_exact_lookup(german: Gazetteer) -> None:
    assert german.lookup("Nationalversammlung") is None
    found = german.body_named(("nationalversammlung",), "SRB")
    assert found is not None and found.entry == "lb:national-assembly-serbia"
    assert german.body_named(("nationalversammlung",), "DEU") is None
