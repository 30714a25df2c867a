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
from collections.abc import Iterator, Sequence
from importlib import resources as importlib_resources
from importlib.abc import Traversable
from itertools import accumulate, chain, repeat

import numpy as np
import pycrfsuite

from lagebild.errors import Code, LagebildError
from lagebild.model import EntityMention
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources, data_path
from lagebild.stages.ner_data import read_spans
from lagebild.stages.ner_features import WINDOW, FeatureExtractor, Lexicons

MODEL_FILE = data_path("models", "ner-de.crfsuite")
# Hashes (first 16 hex digits of ner_data.sentence_key) of the sentences the
# shipped model was trained on, so evaluation can leave them out.
TRAINING_HASHES_FILE = data_path("models", "ner-de.trained-sentences.txt")
PARADIGMS_FILE = data_path("de", "ner_paradigms.tsv.gz")
CLUSTERS_FILE = data_path("de", "ner_clusters.tsv.gz")
NAMES_FILE = data_path("de", "ner_names.tsv")
SUFFIXES_FILE = data_path("de", "ner_suffixes.tsv")
# Feature groups of the shipped model (NER-EXPERIMENTS.md says why).
MODEL_GROUPS = frozenset({"paradigm", "gazetteer", "suffixes", "clusters"})
# Memoised word forms (each a 5 x labels array of summed weights).
_CACHE_SIZE = 100_000
# Largest Viterbi batch, in sentences x longest sentence (padded cells).
_VITERBI_CELLS = 20_000


def _read_table(path: Traversable) -> Iterator[list[str]]:
    """Yields the tab-separated rows of a packaged table (gzip when named .gz).

    Raises:
        LagebildError: When the file is missing: the model's weights refer to
            its values, so tagging without it would silently degrade.
    """
    if not path.is_file():
        raise LagebildError(
            Code.USAGE, "NER resource missing; run `lagebild train ner`", path=str(path)
        )
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def load_lexicons(groups: frozenset[str] = MODEL_GROUPS) -> Lexicons:
    """Reads the packaged NER lexicons."""
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
    """Tags sentences with the CRF's weights, summed per word form.

    CRFsuite's own tagger converts every feature string of every token on
    every call; here the weights of a word form's own features, and of the
    features its neighbours see, are summed once per form and memoised, so
    a sentence costs a few vector additions per token, and the Viterbi
    search runs over all sentences of a document at once. The scores are
    CRFsuite's (state features plus label transitions), so the tags are the
    ones ``pycrfsuite.Tagger.tag`` returns (a test checks).
    """

    def __init__(self, model: Traversable, extractor: FeatureExtractor) -> None:
        self.extractor = extractor
        with importlib_resources.as_file(model) as path:
            if not path.exists():
                raise LagebildError(
                    Code.USAGE, "NER model not found; run `lagebild train ner`", path=str(path)
                )
            reader = pycrfsuite.Tagger()
            reader.open(str(path))
            info = reader.info()
            self.labels: tuple[str, ...] = tuple(reader.labels())
            reader.close()
        column = {label: i for i, label in enumerate(self.labels)}
        size = len(self.labels)
        # Row 0 of the weight matrix stays zero: the row of unknown attributes.
        self._row: dict[str, int] = {}
        for attribute, _ in info.state_features:
            self._row.setdefault(attribute, len(self._row) + 1)
        self._matrix = np.zeros((len(self._row) + 1, size))
        for (attribute, label), weight in info.state_features.items():
            self._matrix[self._row[attribute], column[label]] = weight
        self._transitions = np.zeros((size, size))
        for (before, after), weight in info.transitions.items():
            self._transitions[column[before], column[after]] = weight
        self._cache: dict[tuple[str, str], np.ndarray] = {}
        self._neighbour_cache: dict[str, tuple[int, ...]] = {}
        self._bias_row = self._row.get("bias", 0)
        # The words that can stand left and right in a bigram feature the model
        # knows (every split at a "|", since words may contain one): most word
        # pairs are ruled out without building the feature name.
        lefts: set[str] = set()
        rights: set[str] = set()
        for attribute in self._row:
            if attribute.startswith(("bg-1=", "bg+1=")):
                pair = attribute[5:]
                for cut, char in enumerate(pair):
                    if char == "|":
                        lefts.add(pair[:cut])
                        rights.add(pair[cut + 1 :])
        self._bigram_lefts = frozenset(lefts)
        self._bigram_rights = frozenset(rights)

    def _vector(self, attribute: str) -> np.ndarray:
        vector: np.ndarray = self._matrix[self._row.get(attribute, 0)]
        return vector

    def _word_rows(self, word: str, lemma: str) -> list[list[int]]:
        """Weight-matrix rows of a form's own features and of what it adds at each offset."""
        own, compact = self.extractor.word_features(word, lemma)
        groups = [[*map(self._row.get, own, repeat(0)), self._bias_row]]
        known = self._neighbour_cache.get
        by_feature = [known(feature) or self._neighbour_rows(feature) for feature in compact]
        groups.extend(list(rows) for rows in zip(*by_feature, strict=True))
        return groups

    def _neighbour_rows(self, feature: str) -> tuple[int, ...]:
        """Weight-matrix rows of a neighbour feature at each offset of ``WINDOW``."""
        # Most neighbour features (shapes, paradigms, clusters) recur across
        # words; building the "-1:..." names once each saves a third of the time.
        rows = self._neighbour_cache.get(feature)
        if rows is None:
            if len(self._neighbour_cache) > _CACHE_SIZE:
                self._neighbour_cache.clear()
            rows = tuple(self._row.get(f"{offset}:{feature}", 0) for offset in WINDOW)
            self._neighbour_cache[feature] = rows
        return rows

    def _word_vectors(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Returns the summed weights of each (word, lemma): shape (n, 1 + offsets, labels).

        Forms not seen before are summed together in one pass over the weight
        matrix, then memoised.
        """
        cache = self._cache
        missing = list(dict.fromkeys(p for p in pairs if p not in cache))
        if missing:
            if len(cache) + len(missing) > _CACHE_SIZE:
                cache.clear()
            groups = [g for word, lemma in missing for g in self._word_rows(word, lemma)]
            ends = list(accumulate(map(len, groups)))
            cumulative = np.zeros((ends[-1] + 1, len(self.labels)))
            np.cumsum(self._matrix[list(chain.from_iterable(groups))], axis=0, out=cumulative[1:])
            sums = cumulative[ends] - cumulative[[0, *ends[:-1]]]
            blocks = sums.reshape(len(missing), 1 + len(WINDOW), len(self.labels))
            cache.update(zip(missing, blocks, strict=True))
        return np.stack([cache[p] for p in pairs])

    def tag(self, words: Sequence[str], lemmas: Sequence[str]) -> list[str]:
        """Returns one BIO tag per word of one sentence."""
        return self.tag_sentences([(words, lemmas)])[0]

    def tag_sentences(
        self, sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
    ) -> list[list[str]]:
        """Returns the BIO tags of each sentence ((words, lemmas) pairs)."""
        lengths = np.array([len(words) for words, _ in sentences], dtype=np.intp)
        total = int(lengths.sum())
        if total == 0:
            return [[] for _ in sentences]
        words = [w for sentence, _ in sentences for w in sentence]
        lemmas = [lemma for _, sentence in sentences for lemma in sentence]
        stacked = self._word_vectors(list(zip(words, lemmas, strict=True)))
        owner = np.repeat(np.arange(len(sentences)), lengths)
        scores = stacked[:, 0].copy()
        for slot, offset in enumerate(WINDOW, 1):
            # Token i sees the features of token i + offset in the same sentence.
            span = total - abs(offset)
            if span <= 0:
                continue
            if offset < 0:
                same = (owner[-offset:] == owner[:span])[:, None]
                scores[-offset:] += stacked[:span, slot] * same
            else:
                same = (owner[:span] == owner[offset:])[:, None]
                scores[:span] += stacked[offset:, slot] * same
        ends = np.cumsum(lengths)
        starts = ends - lengths
        present = lengths > 0
        scores[starts[present]] += self._vector("BOS")
        scores[ends[present] - 1] += self._vector("EOS")
        self._add_bigrams(scores, words, owner)
        return self._viterbi(scores, starts, lengths)

    def _add_bigrams(self, scores: np.ndarray, words: Sequence[str], owner: np.ndarray) -> None:
        row = self._row
        matrix = self._matrix
        lowers = [w.lower() for w in words]
        same = (owner[1:] == owner[:-1]).tolist()
        lefts, rights = self._bigram_lefts, self._bigram_rights
        for i in range(1, len(words)):
            if not same[i - 1] or lowers[i - 1] not in lefts or lowers[i] not in rights:
                continue
            pair = lowers[i - 1] + "|" + lowers[i]
            left = row.get("bg-1=" + pair)
            if left is not None:
                scores[i] += matrix[left]
            right = row.get("bg+1=" + pair)
            if right is not None:
                scores[i - 1] += matrix[right]

    def _viterbi(
        self, scores: np.ndarray, starts: np.ndarray, lengths: np.ndarray
    ) -> list[list[str]]:
        """Best label path of each sentence, searched for sentences of similar length together.

        Batches are bounded so that one very long "sentence" (a table, a list)
        cannot make the padded arrays huge.
        """
        out: list[list[str]] = [[] for _ in lengths]
        batch: list[int] = []
        for index in np.argsort(lengths, kind="stable").tolist():
            if lengths[index] == 0:
                continue
            if batch and (len(batch) + 1) * int(lengths[index]) > _VITERBI_CELLS:
                self._viterbi_batch(scores, starts, lengths, batch, out)
                batch = []
            batch.append(index)
        if batch:
            self._viterbi_batch(scores, starts, lengths, batch, out)
        return out

    def _viterbi_batch(
        self,
        scores: np.ndarray,
        starts: np.ndarray,
        lengths: np.ndarray,
        batch: list[int],
        out: list[list[str]],
    ) -> None:
        sizes = lengths[batch]
        count = len(batch)
        longest = int(sizes.max())
        owner = np.repeat(np.arange(count), sizes)
        position = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        padded = np.zeros((count, longest, len(self.labels)))
        padded[owner, position] = scores[np.repeat(starts[batch], sizes) + position]
        back = np.zeros((count, longest, len(self.labels)), dtype=np.intp)
        best = padded[:, 0].copy()
        transitions = self._transitions[None]
        # The batch is sorted by length, so the sentences still running at
        # step i are a suffix of it: only that suffix is advanced.
        active = np.searchsorted(sizes, np.arange(longest), side="right").tolist()
        for i in range(1, longest):
            k = active[i]
            candidates = best[k:, :, None] + transitions
            back[k:, i] = candidates.argmax(axis=1)
            best[k:] = np.maximum.reduce(candidates, axis=1) + padded[k:, i]
        last = best.argmax(axis=1).tolist()
        labels = self.labels
        for row, (index, n) in enumerate(zip(batch, sizes.tolist(), strict=True)):
            pointers = back[row].tolist()
            path = [last[row]]
            for i in range(n - 1, 0, -1):
                path.append(pointers[i][path[-1]])
            out[index] = [labels[j] for j in reversed(path)]


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
    text = analysis.text
    lemmas = analysis.lemmas
    # Offsets from the token array: cheaper than a Token object per token.
    columns = doc.to_array(["IDX", "LENGTH", "IS_SPACE"])
    kept = np.flatnonzero(columns[:, 2] == 0)
    starts_array = columns[kept, 0]
    starts = starts_array.tolist()
    ends = (starts_array + columns[kept, 1]).tolist()
    words = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    word_lemmas = [lemmas[i] for i in kept.tolist()]
    # The words of each sentence, as (first, end) indices into ``words``.
    sentences = analysis.sentences
    opens = np.searchsorted(starts_array, [s.start for s in sentences]).tolist()
    closes = np.searchsorted(starts_array, [s.end for s in sentences]).tolist()
    chunks: list[tuple[int, int]] = []
    position = 0
    for opened, closed in zip(opens, closes, strict=True):
        first = max(position, opened)
        position = max(first, closed)
        if position > first:
            chunks.append((first, position))
    tagged = tagger.tag_sentences([(words[a:b], word_lemmas[a:b]) for a, b in chunks])
    doc_id = analysis.document.id
    mentions: list[EntityMention] = []
    for (first, _), tags in zip(chunks, tagged, strict=True):
        for begin, end, label in read_spans(tags):
            start, stop = starts[first + begin], ends[first + end - 1]
            mentions.append(
                EntityMention(
                    doc_id=doc_id, text=text[start:stop], start=start, end=stop, label=label
                )
            )
    return analysis.replace(ner=tuple(mentions))
