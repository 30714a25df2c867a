"""Language identification, tokens and lemmas."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from lagebild.text.langid import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Regierung in Berlin hat am Mittwoch neue Sanktionen beschlossen.", "de"),
        ("Bei Protesten in der Hauptstadt wurden Dutzende Menschen festgenommen.", "de"),
        ("The government announced new sanctions against the regime on Wednesday.", "en"),
        ("Rescue teams searched for survivors after the earthquake struck the region.", "en"),
        ("Le gouvernement a annoncé de nouvelles sanctions mercredi soir à Paris.", "fr"),
        ("El gobierno anunció nuevas sanciones contra el régimen el miércoles.", "es"),
    ],
)
def test_detects_language(text: str, language: str, resources: Resources) -> None:
    assert detect_language(text, resources).language == language


def test_text_without_letters_has_no_language(resources: Resources) -> None:
    assert detect_language("12345 … 678 -- 90", resources).language is None


def test_unsupported_language_is_rejected_not_raised(pipeline: Pipeline) -> None:
    analysis = pipeline.run(
        make_document("Il governo italiano ha approvato ieri una nuova legge sul lavoro.")
    )
    assert analysis.rejection == "error E201: unsupported language it; supported: de, en"
    assert analysis.tokens is None  # later stages did not run
    assert analysis.to_result().status == "rejected"


def test_given_language_is_not_second_guessed(pipeline: Pipeline) -> None:
    analysis = pipeline.run(make_document("Hamas Hisbollah Iran", language="de"))
    assert analysis.language == "de"
    assert analysis.rejection is None


def test_tokens_keep_offsets_and_numbers_whole(pipeline: Pipeline) -> None:
    text = "Mindestens 1.400 Menschen, etwa 2,5 Millionen Euro am 07.10.2023."
    analysis = pipeline.run(make_document(text, language="de"))
    assert analysis.tokens is not None
    words = [t.text for t in analysis.tokens]
    assert "1.400" in words and "2,5" in words and "07.10.2023" in words
    for token in analysis.tokens:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.parametrize(
    ("language", "form", "lemma"),
    [
        ("de", "getötet", "töten"),
        ("de", "Geiseln", "Geisel"),
        ("de", "trafen", "treffen"),
        ("de", "Raketen", "Rakete"),
        ("en", "killed", "kill"),
        ("en", "rockets", "rocket"),
    ],
)
def test_lemmas(language: str, form: str, lemma: str, pipeline: Pipeline) -> None:
    analysis = pipeline.run(make_document(f"Text {form} hier.", language=language))
    assert analysis.tokens is not None
    index = [t.text for t in analysis.tokens].index(form)
    assert analysis.lemmas[index] == lemma
    assert len(analysis.lemmas) == len(analysis.tokens)
