from __future__ import annotations

from pathlib import Path

from lagebild.stages.ner import EntityTagger
from lagebild.stages.ner_data import TaggedSentence
from lagebild.stages.ner_features import FeatureExtractor, Lexicons
from lagebild.stages.ner_train import make_examples, train_crf

SENTENCES = [
    TaggedSentence(
        0,
        ("Gestern", "sprach", "Annegret", "Köhler", "in", "Regensburg", "."),
        ("O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"),
    ),
    TaggedSentence(
        1,
        ("Der", "Verein", "„", "Grüne", "Wiese", "“", "klagt", "."),
        ("O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"),
    ),
    TaggedSentence(
        2,
        ("Die", "bayerische", "Firma", "zog", "nach", "Passau", "."),
        ("O", "B-LOCderiv", "O", "O", "O", "B-LOC", "O"),
    ),
]


def test_examples_carry_our_tokens_and_projected_tags() -> None:
    examples = make_examples(SENTENCES)
    second = examples[1]
    assert second.text == "Der Verein „Grüne Wiese“ klagt."
    assert list(zip(second.words, second.tags, strict=True))[3:5] == [
        ("Grüne", "B-ORG"),
        ("Wiese", "I-ORG"),
    ]
    # The LOCderiv is not an entity of the evaluated scheme.
    assert [t for t in examples[2].tags if t != "O"] == ["B-LOC"]
    assert all(len(e.key) == 16 for e in examples)


def test_trained_model_loads_and_tags_what_it_learned(tmp_path: Path) -> None:
    examples = make_examples(SENTENCES)
    extractor = FeatureExtractor(Lexicons())
    model = tmp_path / "tiny.crfsuite"
    train_crf(examples, extractor, model, {"c1": 0.0, "c2": 0.01, "max_iterations": 100})
    tagger = EntityTagger(model, extractor)
    tagged = tagger.tag_sentences([(e.words, e.lemmas) for e in examples])
    assert tagged == [list(e.tags) for e in examples]
