"""Trains the German named-entity CRF (``lagebild train ner``).

Reproduces ``resources/models/ner-de.crfsuite`` from the GermEval 2014 files
in ``../shared/data/ner-de`` (CC BY 4.0). Sentences are detokenized and cut
again by our own tokenizer, so the model learns on the tokens it will see at
run time. Our own dev split (a fixed 20% of sentences, chosen by a hash of
their tokens: :func:`~lagebild.stages.ner_data.in_dev_split`) is left out of
training, so that ``lagebild eval ner`` on it stays an honest estimate; pass
``extra={"all": True}`` to train on every sentence instead.

Before training, the paradigm and cluster lexicons the features read are
rebuilt (:mod:`lagebild.stages.ner_lexicons`); the name lists and suffix
table are reviewed text files built by ``scripts/build_ner_names.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite
import spacy

from lagebild.errors import Code, LagebildError
from lagebild.stages.ner_data import (
    CharSpan,
    TaggedSentence,
    char_spans,
    detokenize,
    in_dev_split,
    iter_files,
    project_tags,
    sentence_key,
)
from lagebild.stages.ner_features import FeatureExtractor
from lagebild.stages.ner_lexicons import build_clusters, build_paradigms, write_table
from lagebild.text.lemmas import LemmaLookup
from lagebild.training import TrainOptions, trainer

GERMEVAL_FILES = ("germeval2014-dev.tsv", "germeval2014-test-a.tsv")
# ../shared next to the source checkout, else next to the working directory.
DEFAULT_DATA = next(
    (
        candidate
        for candidate in (
            Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ner-de",
            Path.cwd().resolve().parent / "shared" / "data" / "ner-de",
        )
        if candidate.exists()
    ),
    Path("../shared/data/ner-de"),
)
# CRFsuite settings chosen on our dev split (see NER-EXPERIMENTS.md).
CRF_PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.05,
    "max_iterations": 400,
    "feature.possible_transitions": True,
}


@dataclass(frozen=True)
class Example:
    """A GermEval sentence as our tokenizer cuts it, with projected gold tags."""

    text: str
    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...]
    tags: tuple[str, ...]
    gold: tuple[CharSpan, ...]
    misaligned: int
    dev: bool
    key: str


def make_examples(sentences: Iterable[TaggedSentence]) -> list[Example]:
    """Detokenizes, re-tokenizes, lemmatizes and projects the gold tags."""
    nlp = spacy.blank("de")
    lemma = LemmaLookup("de").lemma
    examples = []
    for sentence in sentences:
        text, offsets = detokenize(sentence.tokens)
        doc = nlp.make_doc(text)
        ours = tuple((t.idx, t.idx + len(t.text)) for t in doc)
        gold = char_spans(sentence, offsets)
        projection = project_tags(gold, ours)
        words = tuple(t.text for t in doc)
        examples.append(
            Example(
                text=text,
                words=words,
                lemmas=tuple(lemma(w) for w in words),
                offsets=ours,
                tags=projection.tags,
                gold=tuple(gold),
                misaligned=projection.misaligned,
                dev=in_dev_split(sentence),
                key=sentence_key(sentence)[:16],
            )
        )
    return examples


def load_examples(data: Path) -> list[Example]:
    """Reads the GermEval files under ``data`` into examples.

    Raises:
        LagebildError: When a file is missing.
    """
    paths = [data / name for name in GERMEVAL_FILES]
    for path in paths:
        if not path.exists():
            raise LagebildError(Code.USAGE, "GermEval file not found", path=str(path))
    return make_examples(iter_files(paths))


def train_crf(
    examples: Sequence[Example],
    extractor: FeatureExtractor,
    out: Path,
    params: dict[str, float | int | bool] | None = None,
) -> None:
    """Trains a CRF on ``examples`` and writes it to ``out``."""
    crf = pycrfsuite.Trainer(verbose=False)
    for example in examples:
        crf.append(extractor.sentence_features(example.words, example.lemmas), list(example.tags))
    crf.set_params(params or CRF_PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    crf.train(str(out))


def decode_spans(
    tags: Sequence[str], offsets: Sequence[tuple[int, int]]
) -> list[CharSpan]:
    """Turns predicted BIO tags over tokens into character spans (conlleval reading)."""
    from lagebild.stages.ner_data import read_spans

    return [
        CharSpan(offsets[first][0], offsets[last - 1][1], label)
        for first, last, label in read_spans(tags)
    ]


@trainer("ner", help="German named-entity CRF from GermEval 2014 (PER, ORG, LOC, OTH)")
def train_ner(options: TrainOptions) -> str:
    """Trains and writes the German NER model; returns a summary."""
    from lagebild.stages.ner import (
        CLUSTERS_FILE,
        MODEL_FILE,
        PARADIGMS_FILE,
        load_extractor_from_files,
    )

    data = options.data or DEFAULT_DATA
    examples = load_examples(data)
    # The lexicons are rebuilt first: the model's weights refer to their values.
    build_paradigms(Path(str(PARADIGMS_FILE)))
    build_clusters(data.parent, Path(str(CLUSTERS_FILE)))
    use_all = bool(options.extra.get("all", False))
    train = [e for e in examples if use_all or not e.dev]
    out = options.out or Path(str(MODEL_FILE))
    train_crf(train, load_extractor_from_files(), out)
    write_table(
        out.with_name(out.name.replace(".crfsuite", ".trained-sentences.txt")),
        "First 16 hex digits of lagebild.stages.ner_data.sentence_key of every sentence\n"
        "the model next to this file was trained on (hashes only, no text).",
        sorted((e.key, "1") for e in train),
    )
    held = len(examples) - len(train)
    return (
        f"trained on {len(train)} GermEval sentences ({held} kept out as our dev split); "
        f"model written to {out}"
    )
