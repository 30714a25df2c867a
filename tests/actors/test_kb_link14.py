"""Coverage pass 11 (link14): universities, unions, committees and spelling variants."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import KnowledgeBase
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import _entry_of, _rows
from tests.actors.test_kb_link11 import shared_names

ORGANISATIONS = "organisations_link14.yaml"


def test_organisations_of_the_pass_are_new_and_share_no_name(kb: KnowledgeBase) -> None:
    """Each row makes one curated entry, and none of its names is another entry's name."""
    for row in _rows(ORGANISATIONS):
        assert kb.entries[_entry_of(kb, str(row["name"]))].source == "curated", row["name"]
    assert not shared_names(kb, ORGANISATIONS)


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        ("en", "Harvard sued the administration over the funding freeze.", "Harvard",
         "Harvard University"),
        ("de", "Die Universität Hamburg beendete die Kooperation.", "Universität Hamburg",
         "University of Hamburg"),
        ("de", "Studierende der Freien Universität Berlin besetzten einen Hörsaal.",
         "Freien Universität Berlin", "Free University of Berlin"),
        ("en", "Columbia University suspended the student group.", "Columbia University",
         "Columbia University"),
        ("en", "Cosatu called a national strike.", "Cosatu",
         "Congress of South African Trade Unions"),
        ("de", "Das Norwegische Nobelkomitee ehrte die Organisation.",
         "Norwegische Nobelkomitee", "Norwegian Nobel Committee"),
        # Spelling variants of country adjectives and inflected German names.
        ("en", "Ecuadorean police arrested a gang leader.", "Ecuadorean", "Ecuador"),
        ("en", "Two Salvadorean soldiers were wounded.", "Salvadorean", "El Salvador"),
        ("en", "Azeri troops fired across the border.", "Azeri", "Azerbaijan"),
        ("de", "Vermittelt wurde der Austausch von den Vereinigten Arabischen Emiraten.",
         "Vereinigten Arabischen Emiraten", "United Arab Emirates"),
    ],
)
def test_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str,
                  span: str, name: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # University short names that are towns or common words link only after the
        # full name in the same document; the river keeps its name.
        ("en", "She studied law in Oxford before moving to Columbia.", "Columbia"),
        ("en", "The Princeton police chief resigned.", "Princeton"),
        ("de", "Die Tisza trat bei Szeged über die Ufer.", "Tisza"),
        ("en", "The IAM model predicts higher yields.", "IAM"),
    ],
)
def test_short_names_alone_do_not_link(gazetteers: dict[str, Gazetteer], lang: str, text: str,
                                       span: str) -> None:
    assert span not in matched(gazetteers[lang], text)
