"""Coverage pass 9 (link12): companies, outlets, fleets and police forces the KB lacked."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import KnowledgeBase
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import _entry_of, _rows
from tests.actors.test_kb_link11 import shared_names

ORGANISATIONS = "organisations_link12.yaml"


@pytest.mark.parametrize("organisations", [ORGANISATIONS, "organisations_link13.yaml"])
def test_organisations_of_the_pass_are_new_and_share_no_name(
    kb: KnowledgeBase, organisations: str
) -> None:
    """Each row makes one curated entry, and none of its names is another entry's name."""
    for row in _rows(organisations):
        assert kb.entries[_entry_of(kb, str(row["name"]))].source == "curated", row["name"]
    assert not shared_names(kb, organisations)


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        ("de", "Vodafone streicht 2000 Stellen.", "Vodafone", "Vodafone"),
        ("de", "Ukrainische Seedrohnen trafen die Schwarzmeerflotte.", "Schwarzmeerflotte",
         "Black Sea Fleet"),
        ("en", "The Black Sea Fleet moved its ships to Novorossiysk.", "Black Sea Fleet",
         "Black Sea Fleet"),
        ("de", "Der Uranförderer Orano verlor seine Mine in Niger.", "Orano", "Orano"),
        ("en", "Nippon Steel completed its purchase of U.S. Steel.", "Nippon Steel",
         "Nippon Steel"),
        ("en", "Nippon Steel completed its purchase of U.S. Steel.", "U.S. Steel", "U.S. Steel"),
        ("en", "Soldiers of the 82nd Airborne Division arrived in Poland.",
         "82nd Airborne Division", "82nd Airborne Division"),
        ("de", "Das KSK wurde nach Mali verlegt.", "KSK", "Kommando Spezialkräfte"),
        ("en", "Rosgvardia units were sent to Kursk.", "Rosgvardia", "National Guard of Russia"),
        ("de", "Laut der Frankfurter Allgemeinen Zeitung steht der Deal.",
         "Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeine Zeitung"),
        ("de", "Das sagte er dem Redaktionsnetzwerks Deutschland.",
         "Redaktionsnetzwerks Deutschland", "RedaktionsNetzwerk Deutschland"),
        ("en", "Greenlanders voted for independence parties.", "Greenlanders", "Greenland"),
        ("de", "Grönland wählte ein neues Parlament.", "Grönland", "Greenland"),
        ("de", "Die US-Armee verlegte eine Brigade.", "US-Armee", "United States Army"),
        ("en", "WhatsApp was fined by the Irish regulator.", "WhatsApp", "WhatsApp"),
        ("de", "Der Autobauer Skoda wächst.", "Skoda", "Škoda Auto"),
        ("en", "Korean Air completed its merger.", "Korean Air", "Korean Air"),
        ("de", "Der Oberste Nationale Sicherheitsrat tagte in Teheran.",
         "Oberste Nationale Sicherheitsrat", "Supreme National Security Council"),
        ("de", "Kabinett Merz beschließt den Haushalt.", "Kabinett Merz", "Merz cabinet"),
    ],
)
def test_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str,
                  span: str, name: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # Short names that are common words, first names or surnames link only after
        # the full name in the same document.
        ("en", "She applied for a Visa to travel to Canada.", "Visa"),
        ("de", "Der Historiker Schenker stellte sein Buch vor.", "Schenker"),
        ("de", "Ein Blick auf die Zahlen zeigt den Rückgang.", "Blick"),
        ("en", "A condor circled over the Andes.", "condor"),
        ("en", "Antonov, a veteran pilot, told reporters.", "Antonov"),
    ],
)
def test_short_names_alone_do_not_link(gazetteers: dict[str, Gazetteer], lang: str, text: str,
                                       span: str) -> None:
    assert span not in matched(gazetteers[lang], text)
