"""Coverage pass 13 (link16): state bodies, institutions, unions, aid groups and companies."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import GENERIC, KnowledgeBase
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import _entry_of, _rows
from tests.actors.test_kb_link11 import shared_names

ORGANISATIONS = "organisations_link16.yaml"


def test_organisations_of_the_pass_are_new_and_share_no_name(kb: KnowledgeBase) -> None:
    """Each row makes one curated entry, and none of its names is another entry's name."""
    for row in _rows(ORGANISATIONS):
        assert kb.entries[_entry_of(kb, str(row["name"]))].source in ("curated", "both"), (
            row["name"])
    assert not shared_names(kb, ORGANISATIONS)


def test_every_foreign_ministry_is_also_an_aussenamt(kb: KnowledgeBase) -> None:
    """The build gives each entry named "Außenministerium" the synonym "Außenamt"."""
    def holders(text: str) -> set[str]:
        return {a.entry for a in kb.aliases if a.kind == GENERIC and a.text == text}

    assert holders("Außenministerium")
    assert holders("Außenamt") == holders("Außenministerium")


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        ("de", "Der Wächterrat ließ nur vier Bewerber zur Wahl zu.", "Wächterrat",
         "Guardian Council"),
        ("en", "The Guardian Council barred the reformist candidate.", "Guardian Council",
         "Guardian Council"),
        ("de", "Das Technische Hilfswerk pumpte Keller aus.", "Technische Hilfswerk",
         "Technisches Hilfswerk"),
        ("de", "Der Deutsche Wetterdienst warnt vor Sturmböen.", "Deutsche Wetterdienst",
         "Deutscher Wetterdienst"),
        ("de", "Die Ständige Impfkommission empfiehlt die Auffrischung.",
         "Ständige Impfkommission", "Standing Committee on Vaccination"),
        ("en", "The Nigeria Labour Congress suspended its planned walkout.",
         "Nigeria Labour Congress", "Nigeria Labour Congress"),
        ("en", "The Korean Confederation of Trade Unions staged a rally in Seoul.",
         "Korean Confederation of Trade Unions", "Korean Confederation of Trade Unions"),
        ("de", "Die Gewerkschaft Solidarność rief zu Protesten auf.", "Gewerkschaft Solidarność",
         "Solidarity (Polish trade union)"),
        ("en", "Palestine Action was banned under anti-terror laws.", "Palestine Action",
         "Palestine Action"),
        ("en", "The Internet Research Agency ran thousands of fake accounts.",
         "Internet Research Agency", "Internet Research Agency"),
        ("de", "Die Werft Lürssen baut Korvetten für die Marine.", "Lürssen", "Lürssen"),
        ("en", "Energy Transfer sued the activists for defamation.", "Energy Transfer",
         "Energy Transfer Partners"),
        ("en", "The Duma voted to ban the group.", "Duma", "State Duma"),
        ("de", "Papst Leo empfing den Präsidenten.", "Papst Leo", "Pope Leo XIV"),
    ],
)
def test_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str,
                  span: str, name: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # Common words and places that are also short names of these entries.
        ("en", "The memorial to the victims was unveiled.", "memorial"),
        ("en", "Concord is the capital of New Hampshire.", "Concord"),
        ("en", "The union called for solidarity with the strikers.", "solidarity"),
        ("de", "Der Zoll beschlagnahmte Zigaretten.", "Zoll"),
    ],
)
def test_common_words_alone_do_not_link(gazetteers: dict[str, Gazetteer], lang: str, text: str,
                                        span: str) -> None:
    assert span not in matched(gazetteers[lang], text)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("en", "Bankova said the letter was not genuine.", "Bankova"),
        ("de", "Das ukrainische Präsidialamt dementierte den Bericht.", "ukrainische Präsidialamt"),
    ],
)
def test_ukrainian_presidential_office(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase,
                                       lang: str, text: str, span: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(
        kb, "Office of the President of Ukraine")
