"""Language identification, tokens and lemmas."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from lagebild.text.langid import detect_language
from lagebild.text.tokens import load_tokenizer


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


def test_tokenizer_vocabulary_stays_bounded_over_a_long_ingest() -> None:
    from lagebild.settings import load_settings

    settings = load_settings().with_overrides({"tokens": {"max_forms": 2_000}})
    pipeline = Pipeline.through("tokens", settings=settings)
    texts = [" ".join(f"Ort{n}x{i} meldete Schäden." for i in range(150)) for n in range(30)]
    results = [pipeline.run(make_document(text, language="de")) for text in texts]
    tokenizer = pipeline.resources.load(load_tokenizer, "de")
    assert tokenizer.renewals >= 1
    assert len(tokenizer.nlp.vocab) < 2_000 + 600
    # Documents tokenized before a renewal are unharmed.
    first = results[0].tokens
    assert first is not None
    assert [t.text for t in first[:4]] == ["Ort0x0", "meldete", "Schäden", "."]
    assert first[0].lower_ == "ort0x0"
