"""The gazetteer: packaged data, curated tables and lookups."""

from __future__ import annotations

import gzip
import itertools

import pytest

from lagebild.geo.gazetteer import Gazetteer, _with_adjective_endings, load_gazetteer
from lagebild.geo.words import name_key
from lagebild.resources import Resources, data_path


@pytest.fixture(scope="module")
def gaz(resources: Resources) -> Gazetteer:
    return resources.load(load_gazetteer)


def test_loaded_once_per_process(resources: Resources, gaz: Gazetteer) -> None:
    assert resources.load(load_gazetteer) is gaz


def test_every_country_has_an_id_and_a_point(gaz: Gazetteer) -> None:
    assert len(gaz.country_index) == 252
    for iso, index in gaz.country_index.items():
        entry = gaz.entry(index)
        assert entry.geonames_id, iso
        assert entry.precision == "country"
        assert -90 <= entry.latitude <= 90 and -180 <= entry.longitude <= 180
        assert (entry.latitude, entry.longitude) != (0.0, 0.0), iso


@pytest.mark.parametrize(
    ("key", "language", "geonames_id"),
    [
        ("Israel", "de", 294640),
        ("Moskau", "de", 524901),
        ("Kyjiw", "de", 703448),
        ("Peking", "de", 1816670),
        ("Gazastreifen", "de", 281132),
        ("Westjordanland", "de", 285153),
        ("Krim", "de", 703883),
        ("Nordrhein-Westfalen", "de", 2861876),
        ("Libanon", "de", 272103),
        ("Lebanon", "en", 272103),
    ],
)
def test_curated_names(gaz: Gazetteer, key: str, language: str, geonames_id: int) -> None:
    ids = {gaz.entry(c.idx).geonames_id for c in gaz.candidates_in(name_key(key), language)}
    assert geonames_id in ids


def test_language_restricted_forms(gaz: Gazetteer) -> None:
    countries_de = {gaz.entry(c.idx).id for c in gaz.candidates_in("Georgia", "de")}
    countries_en = {gaz.entry(c.idx).id for c in gaz.candidates_in("Georgia", "en")}
    assert "geonames:614540" not in countries_de  # German says "Georgien"
    assert "geonames:614540" in countries_en
    assert "geonames:4197000" in countries_de & countries_en


def test_named_areas_without_geonames_ids_have_stable_ids(gaz: Gazetteer) -> None:
    for key in ("Donbas", "Golanhöhen", "Sinai", "Kaschmir"):
        entries = [gaz.entry(c.idx) for c in gaz.candidates_in(name_key(key), "de")]
        areas = [e for e in entries if e.kind == "area"]
        assert areas, key
        assert areas[0].id.startswith("lb:") and areas[0].geonames_id is None
        assert gaz.by_id(areas[0].id) == areas[0].index


def test_admin1_names_and_codes(gaz: Gazetteer) -> None:
    donetsk = gaz.entry(gaz.admin1_index["UA.05"])
    assert (donetsk.geonames_id, donetsk.precision, donetsk.admin1) == (709716, "admin1", "Donetsk")
    city = gaz.entry(gaz.by_geonames_id(709717) or -1)
    assert city.admin1_code == "UA.05" and city.admin1 == "Donetsk"


def test_capitals_are_marked(gaz: Gazetteer) -> None:
    for geonames_id in (524901, 1816670, 4140963, 1261481, 281184):
        index = gaz.by_geonames_id(geonames_id)
        assert index is not None and gaz.is_capital(index), geonames_id
    delhi = gaz.by_geonames_id(1273294)
    assert delhi is not None and not gaz.is_capital(delhi)


def test_compiled_keys_match_the_current_folding() -> None:
    """A change to words.name_key without `lagebild train gazetteer` would break matching."""
    path = data_path("geo", "geonames.tsv.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        rows = (line.rstrip("\n").split("\t") for line in lines if line.startswith("C\t"))
        for cells in itertools.islice(rows, 0, None, 97):
            assert cells[9] == name_key(cells[2]), cells[2]


def test_region_points_move_with_the_direction(gaz: Gazetteer) -> None:
    ukraine = gaz.country_index["UA"]
    east = gaz.region_point(ukraine, "east")
    west = gaz.region_point(ukraine, "west")
    assert east[1] > gaz.entry(ukraine).longitude > west[1]


def test_admin1_areas_without_a_geonames_id_get_a_stable_id(gaz: Gazetteer) -> None:
    index = gaz.admin1_index["CA.01"]
    alberta = gaz.entry(index)
    assert (alberta.name, alberta.country_code, alberta.geonames_id) == ("Alberta", "CA", None)
    assert alberta.id == "lb:admin1:CA.01" and gaz.by_id(alberta.id) == index
    # Its towns carry its code and name (Calgary is in CA.01).
    calgary = gaz.entry(gaz.by_geonames_id(5913490) or -1)
    assert calgary.admin1_code == "CA.01" and calgary.admin1 == "Alberta"


@pytest.mark.parametrize(
    ("language", "adjective", "code"),
    [
        ("de", "texanischen", "US.TX"),
        ("de", "bayerische", "DE.02"),
        ("de", "sizilianischen", "IT.15"),
        ("en", "Scottish", "GB.SCT"),
    ],
)
def test_admin1_adjectives(gaz: Gazetteer, language: str, adjective: str, code: str) -> None:
    assert gaz.area_adjectives[language][adjective] == gaz.admin1_index[code]


@pytest.mark.parametrize(
    ("name", "geonames_id", "primary"),
    [
        # The everyday short form of an official long name is a name of its own ...
        ("Acapulco", 3533462, True),
        ("Ludwigshafen", 2875376, True),
        # ... unless another place bears it as its primary name.
        ("Santiago", 3536729, False),
        ("Newcastle", 2641673, False),
    ],
)
def test_short_forms_of_long_official_names(
    gaz: Gazetteer, name: str, geonames_id: int, primary: bool
) -> None:
    found = [
        c for c in gaz.candidates(name_key(name)) if gaz.entry(c.idx).geonames_id == geonames_id
    ]
    assert found
    assert (not found[0].alternate) is primary


@pytest.mark.parametrize(
    ("form", "declined", "expected"),
    [
        # A name given once whose first word is a declining adjective gets its "-en" form ...
        ("Innere Mongolei", "Inneren Mongolei", True),
        ("Rotes Meer", "Roten Meer", True),
        ("Mittlerer Jubba", "Mittleren Jubba", True),
        ("Pazifischer Ozean", "Pazifischen Ozean", True),
        # ... a town's adjective in -er never declines, nor does a noun in -er.
        ("Moskauer Gebiet", "Moskauen Gebiet", False),
        ("Genfer See", "Genfen See", False),
        ("Flüchtlingslager Zamzam", "Flüchtlingslagen Zamzam", False),
    ],
)
def test_names_opening_with_a_declining_adjective(form: str, declined: str, expected: bool) -> None:
    forms = [name for name, _ in _with_adjective_endings([(form, False)])]
    assert (declined in forms) is expected
    assert form in forms
