"""Government bodies, institutions and other organisations as actors (link16)."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.stages.entities import text_stages
from tests.stages.test_entities import analyse


@pytest.fixture(scope="module")
def text_pipeline(resources: Resources) -> Pipeline:
    return Pipeline(stages=text_stages(resources.settings), resources=resources)


def _link(pipeline: Pipeline, language: str, sentence: str, text: str) -> str | None:
    """The entity id of the mention overlapping ``text`` (None: no mention, "unlinked")."""
    start = sentence.index(text)
    end = start + len(text)
    for found in analyse(pipeline, sentence, language).entities:
        if found.start < end and start < found.end:
            kb_id = found.kb_id or ""
            return "unlinked" if kb_id.startswith("unlinked:") else kb_id
    return None


# German genitives: on the head noun of a post-modified name, "-es" after a sibilant.
GENITIVES = [
    ("Ein Sprecher des Bundesamtes für Migration und Flüchtlinge nannte neue Zahlen.",
     "Bundesamtes für Migration", "lb:federal-office-for-migration-and-refugees"),
    ("Der Präsident des Zentralrats der Juden in Deutschland forderte mehr Schutz.",
     "Zentralrats der Juden", "lb:central-council-of-jews-in-germany"),
    ("Die Mitarbeiter des Internationalen Komitees vom Roten Kreuz verließen die Stadt.",
     "Komitees vom Roten Kreuz", "lb:international-committee-of-the-red-cross"),
    ("Nach Erkenntnissen des Verfassungsschutzes wächst die Szene.", "Verfassungsschutzes",
     "lb:federal-office-for-the-protection-of-the-constitution"),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), GENITIVES)
def test_german_genitives_of_body_names(text_pipeline: Pipeline, sentence: str, text: str,
                                        expected: str) -> None:
    assert _link(text_pipeline, "de", sentence, text) == expected


# A name foreign ministries share opens a compound and is settled like the name alone;
# "Außenamt" is one of those names; a capital's adjective settles a ministry after it.
SHARED = [
    ("Die Außenamtssprecherin in Peking nannte den Besuch eine Provokation.", "Außenamts",
     "lb:ministry-of-foreign-affairs-china"),
    ("Das Außenamt in Ankara bestellte den Gesandten ein.", "Außenamt",
     "lb:ministry-of-foreign-affairs-turkey"),
    ("Ein Außenministeriumssprecher in Teheran wies die Forderung zurück.", "Außenministeriums",
     "lb:ministry-of-foreign-affairs-iran"),
    ("Das Teheraner Innenministerium sprach von Unruhestiftern.", "Innenministerium",
     "lb:ministry-of-interior-iran"),
    ("Das Teheraner Innenministerium sprach von Unruhestiftern.", "Teheraner", "Q794"),
    # Unsettled, the shared name stays unlinked.
    ("Der Außenamtssprecher äußerte sich nicht.", "Außenamts", "unlinked"),
    # The U.S. Congress by its German generic name, settled by a U.S. body in the sentence.
    ("Das Pentagon und der Kongress ringen um den Etat.", "Kongress",
     "lb:united-states-congress"),
    ("Der Kongress in Bogotá stimmte gegen die Reform.", "Kongress", "lb:congress-of-colombia"),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), SHARED)
def test_shared_names_in_compounds_and_after_capital_adjectives(
    text_pipeline: Pipeline, sentence: str, text: str, expected: str
) -> None:
    assert _link(text_pipeline, "de", sentence, text) == expected


def _actor(pipeline: Pipeline, language: str, sentence: str, text: str) -> bool:
    """Whether the mention ``text`` is linked and used as an actor."""
    for found in analyse(pipeline, sentence, language).entities:
        if found.text == text:
            linked = found.kb_id is not None and not found.kb_id.startswith("unlinked:")
            return linked and found.actor is not False
    return False


# The EU's name acts or locates like a state's; a town owns its administration, mayor
# and courts; a country possessive before a named armed group only locates it.
USES = [
    ("de", "Das Pflanzengift bleibt in der EU bis 2030 erlaubt.", "EU", False),
    ("de", "Die EU fror die Gelder ein.", "EU", True),
    ("en", "The pesticide may still be sold in the EU until 2030.", "EU", False),
    ("en", "The EU froze the funds.", "EU", True),
    ("de", "Odessas Militärverwaltung meldete einen Brand im Hafen.", "Odessas", False),
    ("de", "Lembergs Bürgermeister Andrij Sadowyj rief zur Ruhe auf.", "Lembergs", False),
    ("en", "The activist was jailed by a Minsk court for six years.", "Minsk", False),
    ("en", "The sanctions were imposed by Minsk last year.", "Minsk", True),
    ("en", "Congo's M23 rebels seized the airport.", "Congo", False),
    ("en", "Sudan's Rapid Support Forces shelled the camp.", "Sudan", False),
    ("en", "Sudan's armed forces shelled the camp.", "Sudan", True),
]


@pytest.mark.parametrize(("language", "sentence", "text", "expected"), USES)
def test_unions_towns_and_owners_act_or_locate(text_pipeline: Pipeline, language: str,
                                               sentence: str, text: str,
                                               expected: bool) -> None:
    assert _actor(text_pipeline, language, sentence, text) is expected
