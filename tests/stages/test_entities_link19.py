"""Countries as actor, place or nationality in the entities stage (link19)."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.stages.entities import text_stages
from tests.stages.test_entities import analyse


@pytest.fixture(scope="module")
def text_pipeline(resources: Resources) -> Pipeline:
    return Pipeline(stages=text_stages(resources.settings), resources=resources)


def _found(pipeline: Pipeline, language: str, sentence: str, text: str) -> tuple[str, bool]:
    """The entity id (or "unlinked", "none") of the mention at ``text`` and whether it acts."""
    start = sentence.index(text)
    end = start + len(text)
    for found in analyse(pipeline, sentence, language).entities:
        if found.start < end and start < found.end:
            kb_id = found.kb_id or ""
            linked = "unlinked" if kb_id.startswith("unlinked:") else kb_id
            return linked, found.actor is not False and linked != "unlinked"
    return "none", False


# A U.S. state named like a country is a place: a state office after the possessive or
# a word of U.S. state politics in the sentence; without either the country stays.
CASES = [
    ("en", "Georgia's lieutenant governor backed the bill.", "Georgia", False),
    ("en", "Georgia's senior election officials refused to certify the count.", "Georgia",
     False),
    ("en", "Voters in rural Georgia counties waited for hours.", "Georgia", False),
    ("en", "Georgia's foreign minister flew to Brussels.", "Georgia", True),
    ("en", "Georgia recalled its ambassador from Kyiv.", "Georgia", True),
    # English singular demonyms are the person's nationality.
    ("en", "A Spaniard and a Dane were injured in the crash.", "Spaniard", True),
    ("en", "A Spaniard and a Dane were injured in the crash.", "Dane", True),
    ("en", "The Dutchman won the stage by a wheel.", "Dutchman", True),
    # The German dative plural "den Niederlanden".
    ("de", "Belgien einigte sich mit den Niederlanden auf eine Grenzkontrolle.",
     "Niederlanden", True),
    ("de", "Der Sturm richtete in den Niederlanden schwere Schäden an.", "Niederlanden",
     False),
]

EXPECTED_IDS = {"Georgia": "Q230", "Spaniard": "Q29", "Dane": "Q35", "Dutchman": "Q55",
                "Niederlanden": "Q55"}


@pytest.mark.parametrize(("language", "sentence", "text", "acts"), CASES)
def test_country_or_place(text_pipeline: Pipeline, language: str, sentence: str, text: str,
                          acts: bool) -> None:
    linked, actor = _found(text_pipeline, language, sentence, text)
    assert actor == acts
    if acts:
        assert linked == EXPECTED_IDS[text]
