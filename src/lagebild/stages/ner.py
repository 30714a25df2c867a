"""Statistical named-entity recognition (stage ``ner``) for German.

A linear-chain CRF (CRFsuite) tags each sentence of our own tokenization
with BIO tags of four types: PER, ORG, LOC and OTH (GermEval 2014's outer
types; OTH covers works, events, products, languages and the like). It finds
names the actor knowledge base does not know; the ``entities`` stage decides
how to combine both.

English text gets no model output: there is no permissively licensed English
NER training data in ``../shared``, and a capitalisation heuristic in a
language that does not capitalise nouns would mostly tag sentence starts and
titles, so the stage returns nothing rather than guesses.

The model and the lexicons it reads are packaged under
``resources/models/`` and ``resources/de/``; ``lagebild train ner``
reproduces the model (see :mod:`lagebild.stages.ner_train`).
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from importlib import resources as importlib_resources
from importlib.abc import Traversable

import pycrfsuite

from lagebild.errors import Code, LagebildError
from lagebild.model import EntityMention
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources, data_path
from lagebild.stages.ner_data import read_spans
from lagebild.stages.ner_features import ALL_GROUPS, FeatureExtractor, Lexicons

MODEL_FILE = data_path("models", "ner-de.crfsuite")
# Hashes (first 16 hex digits of ner_data.sentence_key) of the sentences the
# shipped model was trained on, so evaluation can leave them out.
TRAINING_HASHES_FILE = data_path("models", "ner-de.trained-sentences.txt")
PARADIGMS_FILE = data_path("de", "ner_paradigms.tsv.gz")
CLUSTERS_FILE = data_path("de", "ner_clusters.tsv.gz")
NAMES_FILE = data_path("de", "ner_names.tsv")
SUFFIXES_FILE = data_path("de", "ner_suffixes.tsv")
# Feature groups of the shipped model (NER-EXPERIMENTS.md says why).
MODEL_GROUPS = ALL_GROUPS
# Sentences longer than this are tagged in windows of this many tokens, so a
# run-on "sentence" (a table, a list) cannot make tagging quadratic in memory.
_MAX_TOKENS = 300


def _read_table(path: Traversable) -> Iterator[list[str]]:
    """Yields the tab-separated rows of a packaged table (gzip when named .gz)."""
    if not path.is_file():
        return
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def load_lexicons(groups: frozenset[str] = MODEL_GROUPS) -> Lexicons:
    """Reads the packaged NER lexicons (absent files give empty lexicons)."""
    return Lexicons(
        paradigms={row[0]: row[1] for row in _read_table(PARADIGMS_FILE)},
        clusters={row[0]: row[1] for row in _read_table(CLUSTERS_FILE)},
        gazetteer={row[0]: tuple(row[1].split(",")) for row in _read_table(NAMES_FILE)},
        suffixes={row[0]: row[1] for row in _read_table(SUFFIXES_FILE)},
        groups=groups,
    )


def load_training_hashes() -> frozenset[str]:
    """Returns the hashes of the sentences the shipped model was trained on."""
    return frozenset(row[0] for row in _read_table(TRAINING_HASHES_FILE))


def load_extractor_from_files() -> FeatureExtractor:
    """Returns the feature extractor of the shipped model."""
    return FeatureExtractor(load_lexicons())


class EntityTagger:
    """The CRF and its feature extractor; tags one sentence at a time."""

    def __init__(self, model: Traversable, extractor: FeatureExtractor) -> None:
        self.extractor = extractor
        self._files = ExitStack()
        path = self._files.enter_context(importlib_resources.as_file(model))
        if not path.exists():
            raise LagebildError(
                Code.USAGE, "NER model not found; run `lagebild train ner`", path=str(path)
            )
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        # CRFsuite taggers keep per-call state: one sentence at a time.
        self._lock = threading.Lock()

    def tag(self, words: Sequence[str], lemmas: Sequence[str]) -> list[str]:
        """Returns one BIO tag per word."""
        tags: list[str] = []
        for start in range(0, len(words), _MAX_TOKENS):
            features = self.extractor.sentence_features(
                words[start : start + _MAX_TOKENS], lemmas[start : start + _MAX_TOKENS]
            )
            with self._lock:
                tags.extend(self._tagger.tag(features))
        return tags


def load_tagger(resources: Resources, language: str) -> EntityTagger:
    """Loads the German CRF and its lexicons (once per process)."""
    return EntityTagger(MODEL_FILE, load_extractor_from_files())


@stage("ner", requires=("tokens", "sentences", "lemmas", "language"), assigns=("ner",))
def recognize_entities(analysis: Analysis, resources: Resources) -> Analysis:
    """Tags names of persons, organisations, places and other entities (German)."""
    if analysis.language != "de" or analysis.tokens is None:
        return analysis.replace(ner=())
    tagger = resources.load(load_tagger, "de")
    doc = analysis.tokens
    lemmas = analysis.lemmas
    doc_id = analysis.document.id
    text = analysis.text
    mentions: list[EntityMention] = []
    tokens = [t for t in doc if not t.is_space]
    position = 0
    for sentence in analysis.sentences:
        while position < len(tokens) and tokens[position].idx < sentence.start:
            position += 1
        first = position
        while position < len(tokens) and tokens[position].idx < sentence.end:
            position += 1
        chunk = tokens[first:position]
        if not chunk:
            continue
        tags = tagger.tag([t.text for t in chunk], [lemmas[t.i] for t in chunk])
        for begin, end, label in read_spans(tags):
            start = chunk[begin].idx
            stop = chunk[end - 1].idx + len(chunk[end - 1].text)
            mentions.append(
                EntityMention(
                    doc_id=doc_id, text=text[start:stop], start=start, end=stop, label=label
                )
            )
    return analysis.replace(ner=tuple(mentions))
