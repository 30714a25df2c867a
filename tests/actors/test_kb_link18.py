"""Coverage pass 15 (link18): hyphenated Korean given names, papers named by a common word
where the text reports, a federal government placed in another state's capital, and export
controls aimed at a state."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import KnowledgeBase
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import _entry_of, _rows

PERSONS = "persons_link18.yaml"


def test_entries_of_the_pass_are_curated(kb: KnowledgeBase) -> None:
    """Each row takes over the Phoenix entry of the same name."""
    for row in _rows(PERSONS):
        assert kb.entries[_entry_of(kb, str(row["name"]))].source == "both"


@pytest.mark.parametrize(
    ("lang", "text", "span", "entry"),
    [
        # Phoenix entries written as three words match the hyphenated given name, in
        # full, not cut after its first syllable.
        ("en", "Kim Jong-pil founded the party in 1963.", "Kim Jong-pil", "lb:kim-jong-pil"),
        ("de", "Lee Hoi-chang verlor die Wahl knapp.", "Lee Hoi-chang", "lb:lee-hoi-chang"),
        ("en", "Kim Young-sam took office in 1993.", "Kim Young-sam", "lb:kim-young-sam"),
        # The written-apart form still matches.
        ("en", "Kim Jong Pil founded the party.", "Kim Jong Pil", "lb:kim-jong-pil"),
    ],
)
def test_hyphenated_given_names(gazetteers: dict[str, Gazetteer], lang: str, text: str,
                                span: str, entry: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == entry


def test_lower_case_syllable_needs_the_hyphen(gazetteers: dict[str, Gazetteer]) -> None:
    """Only a hyphen lets the last syllable go lower case."""
    assert "Kim Jong pil" not in matched(gazetteers["en"], "Kim Jong pil founded it.")


@pytest.fixture(scope="module")
def entity_pipeline(resources: Resources) -> Pipeline:
    return Pipeline.through("entities", resources=resources)


def _links(pipeline: Pipeline, lang: str, text: str) -> dict[str, str | None]:
    analysis = pipeline.run(make_document(text, language=lang))
    return {e.text: e.kb_id for e in analysis.entities}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dawn said the by-election had been postponed."),
        ("en", "The attack was condemned, according to Dawn."),
        ("en", "The newspaper Dawn published the leaked memo."),
        ("de", "Dawn meldete am Abend neue Überschwemmungen."),
        ("de", "Das Blatt Dawn zitierte einen Minister."),
        ("de", "Nach Angaben der Tageszeitung Dawn ist die Straße gesperrt."),
    ],
)
def test_paper_where_the_text_reports(entity_pipeline: Pipeline, lang: str, text: str) -> None:
    assert _links(entity_pipeline, lang, text).get("Dawn") == "lb:dawn"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dawn raids were carried out in three districts."),
        ("en", "According to Dawn Butler, the vote was rigged."),
    ],
)
def test_no_paper_without_report(entity_pipeline: Pipeline, lang: str, text: str) -> None:
    assert _links(entity_pipeline, lang, text).get("Dawn") != "lb:dawn"


@pytest.mark.parametrize(
    ("text", "span", "entry"),
    [
        # The capital after the body says whose it is.
        ("Die Bundesregierung in Wien will das Budget kürzen.", "Bundesregierung", "Q40"),
        ("Die Bundesregierung in Bern lehnte den Antrag ab.", "Bundesregierung", "Q39"),
        # Its own capital, or none, keeps Germany's.
        ("Die Bundesregierung in Berlin lehnte den Antrag ab.", "Bundesregierung",
         "lb:federal-government-of-germany"),
        ("Die Bundesregierung lehnte den Antrag ab.", "Bundesregierung",
         "lb:federal-government-of-germany"),
    ],
)
def test_body_placed_in_a_capital(entity_pipeline: Pipeline, text: str, span: str,
                                  entry: str) -> None:
    assert _links(entity_pipeline, "de", text).get(span) == entry


@pytest.mark.parametrize(
    ("text", "name", "use"),
    [
        # Export controls aim at the state, even when they are plural; control of a
        # territory still holds it.
        ("Tokyo announced export controls on Malaysia.", "Malaysia", None),
        ("Washington widened export controls on Vietnam last year.", "Vietnam", None),
        ("Moscow tightened its control of Crimea.", "Crimea", "location"),
    ],
)
def test_export_controls(entity_pipeline: Pipeline, text: str, name: str,
                         use: str | None) -> None:
    analysis = entity_pipeline.run(make_document(text, language="en"))
    found = {e.text: e.role_in_text for e in analysis.entities}
    assert name in found
    assert found[name] == use
