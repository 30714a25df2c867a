"""Coverage pass 8 (link11): people and organisations of world news the KB lacked."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import KnowledgeBase, fold
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import LEADER_ROLES, _entry_of, _rows

PERSONS = "persons_link11.yaml"
ORGANISATIONS = "organisations_link11.yaml"


def test_people_of_the_pass_hold_no_leader_role() -> None:
    """A leader role makes the surname a full alias: new names get "head of state" instead."""
    for row in _rows(PERSONS):
        for role, _org, _start, _end in row.get("roles", []):  # type: ignore[attr-defined]
            assert role not in LEADER_ROLES, row["name"]


def test_people_of_the_pass_are_new_entries(kb: KnowledgeBase) -> None:
    """Each row makes one curated entry; none merged into another person's entry."""
    for row in _rows(PERSONS):
        entry = kb.entries[_entry_of(kb, str(row["name"]))]
        assert entry.type == "person" and entry.source in ("curated", "both"), row["name"]


def shared_names(kb: KnowledgeBase, curated_file: str) -> list[tuple[str, str, set[str]]]:
    """The plain names a curated file's organisations share with another non-person entry."""
    found = []
    for row in _rows(curated_file):
        entry = _entry_of(kb, str(row["name"]))
        names = {a.text for a in kb.aliases if a.entry == entry and a.kind in ("n", "b")}
        for text in names:
            others = {
                a.entry for a in kb.aliases
                if a.entry != entry and a.kind in ("n", "b") and fold(a.text) == fold(text)
                and kb.entries[a.entry].type != "person"
            }
            if others:
                found.append((str(row["name"]), text, others))
    return found


def test_organisations_of_the_pass_share_no_name(kb: KnowledgeBase) -> None:
    """A name two organisations share is a generic name of both, never a plain alias."""
    assert not shared_names(kb, ORGANISATIONS)


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        # German spellings the build derives from every English spelling.
        ("de", "Präsident Sadyr Japarow unterzeichnete.", "Sadyr Japarow", "Sadyr Japarov"),
        ("de", "Schawkat Mirsijojew empfing den Gast.", "Schawkat Mirsijojew",
         "Shavkat Mirziyayev"),
        ("de", "Außenminister Ararat Mirsojan reiste ab.", "Ararat Mirsojan", "Ararat Mirzoyan"),
        # Unaccented spellings news copy uses.
        ("en", "Ekrem Imamoglu was detained.", "Ekrem Imamoglu", "Ekrem İmamoğlu"),
        ("en", "Opposition leader Venâncio Mondlane returned.", "Venâncio Mondlane",
         "Venâncio Mondlane"),
        # Organisations by the names newswires use.
        ("de", "Die Frelimo regiert seit 1975.", "Frelimo", "FRELIMO"),
        ("en", "Chama Cha Mapinduzi won again.", "Chama Cha Mapinduzi", "Chama Cha Mapinduzi"),
        ("en", "SOCAR signed the deal.", "SOCAR", "SOCAR"),
        ("de", "Die Bande Los Choneros drohte.", "Los Choneros", "Los Choneros"),
        ("en", "The Riksbank cut rates.", "Riksbank", "Sveriges Riksbank"),
    ],
)
def test_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str,
                  span: str, name: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A short name that is a common word or a place links only after the full name.
        ("Lloyds of London versichert Schiffe.", "Lloyds"),
        ("In Santander regnete es.", "Santander"),
    ],
)
def test_german_non_matches(gazetteers: dict[str, Gazetteer], text: str, span: str) -> None:
    assert span not in matched(gazetteers["de"], text)


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # English names of foreign organisations in German copy.
        ("Die Democratic Alliance trat der Regierung bei.", "Democratic Alliance",
         "Democratic Alliance (South Africa)"),
        ("Die Economic Freedom Fighters protestierten.", "Economic Freedom Fighters",
         "Economic Freedom Fighters"),
    ],
)
def test_english_names_in_german(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase,
                                 text: str, span: str, name: str) -> None:
    assert matched(gazetteers["de"], text).get(span) == _entry_of(kb, name)
