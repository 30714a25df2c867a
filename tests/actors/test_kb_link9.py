"""Coverage pass 7 (link9): the curated people and organisations beyond office holders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from lagebild.actors.gazetteer import Gazetteer, load_gazetteer
from lagebild.actors.kb import SHORT, KnowledgeBase, fold, load_kb
from lagebild.resources import Resources
from tests.actors.test_gazetteer import matched

CURATED = Path(__file__).resolve().parents[2] / "src" / "lagebild" / "resources" / "kb" / "curated"
# Roles that make a curated person's surname a full alias (tools/build_kb.py LEADER_ROLES).
LEADER_ROLES = {"president", "prime minister", "chancellor", "supreme leader"}


@pytest.fixture(scope="module")
def kb(resources: Resources) -> KnowledgeBase:
    return resources.load(load_kb, "")


def _rows(name: str) -> list[dict[str, object]]:
    rows = yaml.safe_load((CURATED / name).read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    return rows


def _entries_named(kb: KnowledgeBase, text: str) -> set[str]:
    """Entries having ``text`` as a name alias (not a short form)."""
    key = fold(text)
    return {a.entry for a in kb.aliases if a.kind != SHORT and fold(a.text) == key}


def _entry_of(kb: KnowledgeBase, name: str) -> str:
    """The one entry whose canonical name is ``name``."""
    found = [e.id for e in kb.entries.values() if e.name == name]
    assert len(found) == 1, (name, found)
    return found[0]


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        # German spellings the build derives from a Russian or Ukrainian role.
        ("Igor Konashenkov", "Igor Konaschenkow"),
        ("Vyacheslav Volodin", "Wjatscheslaw Wolodin"),
        ("Yurii Ihnat", "Jurij Ihnat"),
        # Phoenix's spelling of the same person is merged into the curated entry.
        ("Nikolai Patrushev", "Nikolay Patrushev"),
        ("Yulia Tymoshenko", "Yuliya Tymoshenko"),
        ("Boyko Borisov", "Boyko Borissov"),
        ("Sergei Naryshkin", "Sergey Naryshkin"),
        # Curated German forms.
        ("Oleksandr Usyk", "Olexandr Ussyk"),
        ("Vladimir Kara-Murza", "Wladimir Kara-Mursa"),
    ],
)
def test_spellings_name_one_entry(kb: KnowledgeBase, name: str, alias: str) -> None:
    assert _entries_named(kb, alias) == {_entry_of(kb, name)}


def test_people_of_the_pass_hold_no_leader_role_of_a_body() -> None:
    """A leader role makes the surname a full alias; for a body's head it must not."""
    countries = {str(row["en"]) for row in _rows("countries.yaml")}
    for row in _rows("persons_link9.yaml"):
        for role, org, _start, _end in row.get("roles", []):  # type: ignore[attr-defined]
            if role in LEADER_ROLES:
                assert org in countries, (row["name"], role, org)


@pytest.mark.parametrize("persons", ["persons_link9.yaml", "persons_link11.yaml"])
def test_short_forms_of_the_pass_are_no_country_names(kb: KnowledgeBase, persons: str) -> None:
    """A surname that names a country would take the country's mentions after the full name."""
    country_names = {
        fold(a.text) for a in kb.aliases
        if a.kind != SHORT and kb.entries[a.entry].type == "country"
    }
    for row in _rows(persons):
        entry = _entry_of(kb, str(row["name"]))
        shorts = {fold(a.text) for a in kb.aliases if a.entry == entry and a.kind == SHORT}
        assert not shorts & country_names, (row["name"], shorts & country_names)


def test_organisations_of_the_pass_share_no_name(kb: KnowledgeBase) -> None:
    """An organisation's name alias must not also name another entry ("The Democrats")."""
    for row in _rows("organisations_link9.yaml"):
        entry = _entry_of(kb, str(row["name"]))
        names = {a.text for a in kb.aliases if a.entry == entry and a.kind != SHORT}
        for text in names:
            others = {
                a.entry for a in kb.aliases
                if a.entry != entry and a.kind != SHORT and fold(a.text) == fold(text)
                and kb.entries[a.entry].type != "person"
            }
            assert not others, (row["name"], text, others)


@pytest.fixture(scope="module")
def gazetteers(resources: Resources) -> dict[str, Gazetteer]:
    return {lang: load_gazetteer(resources, lang) for lang in ("de", "en")}


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Der Sprecher der Kassam-Brigaden und Huthi-Sprecher Jahja Sari äußerten sich.",
         "Jahja Sari", "Yahya Saree"),
        ("Nach Angaben von Dmytro Lubinez wurden Gefangene ausgetauscht.",
         "Dmytro Lubinez", "Dmytro Lubinets"),
        ("Die Europäische Staatsanwaltschaft ermittelt.", "Europäische Staatsanwaltschaft",
         "European Public Prosecutor's Office"),
        ("Verdi und die Gewerkschaft der Polizei protestierten.", "Gewerkschaft der Polizei",
         "German Police Union"),
    ],
)
def test_german_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, text: str,
                         span: str, name: str) -> None:
    assert matched(gazetteers["de"], text).get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Boeing chief Kelly Ortberg met Shawn Fain.", "Kelly Ortberg", "Kelly Ortberg"),
        ("The EPPO opened an inquiry.", "EPPO", "European Public Prosecutor's Office"),
        ("Evan Gershkovich was freed.", "Evan Gershkovich", "Evan Gershkovich"),
    ],
)
def test_english_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, text: str,
                          span: str, name: str) -> None:
    assert matched(gazetteers["en"], text).get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The Israeli party is never reached by the name the U.S. party goes by.
        ("de", "Die Demokraten im US-Kongress stimmten dagegen."),
        ("en", "The Democrats in Congress voted against the bill."),
    ],
)
def test_shared_party_names_stay_with_their_owner(
    gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str
) -> None:
    israeli = _entry_of(kb, "The Democrats (Israel)")
    assert israeli not in matched(gazetteers[lang], text).values()


def test_role_dates_are_iso() -> None:
    iso = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
    for row in _rows("persons_link9.yaml"):
        for _role, _org, start, end in row.get("roles", []):  # type: ignore[attr-defined]
            assert iso.match(str(start or "")) and iso.match(str(end or "")), row["name"]
