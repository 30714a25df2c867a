"""Coverage pass 12 (link15): German agencies, research bodies, foundations, churches,
chambers and welfare associations."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import KnowledgeBase
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import _entry_of, _rows
from tests.actors.test_kb_link11 import shared_names

ORGANISATIONS = "organisations_link15.yaml"


def test_organisations_of_the_pass_are_new_and_share_no_name(kb: KnowledgeBase) -> None:
    """Each row makes one curated entry, and none of its names is another entry's name."""
    for row in _rows(ORGANISATIONS):
        assert kb.entries[_entry_of(kb, str(row["name"]))].source == "curated", row["name"]
    assert not shared_names(kb, ORGANISATIONS)


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        ("de", "Das Umweltbundesamt warnt vor höheren Feinstaubwerten.", "Umweltbundesamt",
         "German Environment Agency"),
        ("de", "Der Deutsche Ethikrat legte eine Stellungnahme vor.", "Deutsche Ethikrat",
         "German Ethics Council"),
        ("de", "Die Max-Planck-Gesellschaft beruft eine neue Direktorin.",
         "Max-Planck-Gesellschaft", "Max Planck Society"),
        ("de", "Der Zentralrat der Muslime verurteilte den Anschlag.", "Zentralrat der Muslime",
         "Central Council of Muslims in Germany"),
        ("de", "Die Bundesärztekammer lehnt den Vorschlag ab.", "Bundesärztekammer",
         "German Medical Association"),
        ("de", "Laut dem Deutschen Städtetag fehlen Kita-Plätze.", "Deutschen Städtetag",
         "German Association of Cities"),
        ("en", "The Anti-Corruption Foundation published a new investigation.",
         "Anti-Corruption Foundation", "Anti-Corruption Foundation"),
    ],
)
def test_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str,
                  span: str, name: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # Common words inside these names link nothing alone.
        ("de", "Ein weißer Ring lag auf dem Tisch.", "weißer Ring"),
        ("de", "Die paritätische Besetzung des Gremiums bleibt.", "paritätische"),
        ("de", "Die Tafel in Essen verteilt Lebensmittel.", "Tafel"),
        ("de", "Der Städtetag des Landes tagte in Kiel.", "Städtetag"),
    ],
)
def test_common_words_alone_do_not_link(gazetteers: dict[str, Gazetteer], lang: str, text: str,
                                        span: str) -> None:
    assert span not in matched(gazetteers[lang], text)
