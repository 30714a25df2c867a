"""Records, ids and the JSON schema of the analyze output."""

from __future__ import annotations

import jsonschema

from lagebild.model import AnalysisResult, content_id, json_schema
from lagebild.service import analyze, make_document, normalize_text


def test_same_content_same_id() -> None:
    a = make_document("Ein Bericht.\r\n", source="a.txt")
    b = make_document("\ufeffEin Bericht.\n", source="b.txt")
    assert a.id == b.id == content_id("Ein Bericht.")
    assert make_document("Ein anderer Bericht.").id != a.id


def test_normalisation_is_nfc() -> None:
    assert normalize_text("Mu\u0308ller") == "Müller"


def test_analyze_output_validates_against_schema() -> None:
    result = analyze(
        "Die Regierung in Berlin hat am Mittwoch beraten. „Wir handeln“, sagte sie.",
        published="2024-03-14",
    )
    payload = result.model_dump(mode="json")
    jsonschema.validate(payload, json_schema())
    assert payload["schema_version"] == "1"
    assert set(payload) >= {"document", "sentences", "entities", "roles", "times",
                            "quantities", "quotes", "events"}
    assert set(payload["document"]) >= {"id", "language", "title", "published",
                                        "published_source", "authors", "text"}
    assert payload["document"]["published"] == "2024-03-14"
    assert payload["document"]["published_source"] == "given"
    assert AnalysisResult.model_validate(payload) == result


def test_every_record_offset_points_into_the_text() -> None:
    result = analyze("Erster Satz. Zweiter Satz mit 1.400 Wörtern.")
    text = result.document.text
    for sentence in result.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
