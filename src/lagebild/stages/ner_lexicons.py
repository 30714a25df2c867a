"""Builds the lexicon files the German NER features read.

* ``de/ner_paradigms.tsv.gz``: for every capitalised lemma of simplemma's
  German dictionary (MIT; derived from Wiktionary), the signature of its
  inflected forms: the endings each form adds to the lemma, "~" for forms
  that change the stem (umlaut plurals), "-" for none. Common nouns show
  plural endings ("Angriff": e|en|es|s), names rarely do ("Berlin": s).
* ``de/ner_clusters.tsv.gz``: hierarchical distributional word clusters
  from unlabelled German text whose licence allows shipping (see
  :data:`CLUSTER_SOURCES`).

``lagebild train ner`` rebuilds both before training.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import numpy as np
import simplemma
import spacy
from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

from lagebild.stages.ner_data import in_dev_split, iter_files

_MAX_SIGNATURE = 6


def paradigm_signatures(dictionary: Mapping[str, str]) -> dict[str, str]:
    """Returns lemma -> signature of its forms, for capitalised lemmas.

    Args:
        dictionary: Word form -> lemma (simplemma's German dictionary).
    """
    forms: dict[str, set[str]] = defaultdict(set)
    for form, lemma in dictionary.items():
        if lemma[:1].isupper() and form != lemma:
            forms[lemma].add(form[len(lemma) :] if form.startswith(lemma) else "~")
        elif lemma[:1].isupper():
            forms[lemma]
    return {
        lemma: "|".join(sorted(endings)[:_MAX_SIGNATURE]) or "-"
        for lemma, endings in forms.items()
    }


def write_table(path: Path, header: str, rows: Iterable[tuple[str, str]]) -> int:
    """Writes a gzip'd (by name) or plain TSV table with a ``#`` header; returns the row count."""
    lines = [f"# {line}".rstrip() for line in header.strip().splitlines()]
    count = 0
    for key, value in rows:
        lines.append(f"{key}\t{value}")
        count += 1
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.name.endswith(".gz"):
        # mtime=0 keeps the file byte-identical between runs.
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)
    return count


def build_paradigms(out: Path) -> int:
    """Writes the paradigm table from the installed simplemma's German dictionary."""
    dictionary = DefaultDictionaryFactory().get_dictionary("de")
    signatures = paradigm_signatures(dictionary)
    header = f"""
Capitalised lemma -> endings its forms add (| separated; ~ = stem change; - = none).
Derived from simplemma {simplemma.__version__} German dictionary data (MIT licence;
built from Wiktionary) by lagebild.stages.ner_lexicons.build_paradigms.
"""
    return write_table(out, header, sorted(signatures.items()))


# --- word clusters ---------------------------------------------------------


def _conllu_sentences(path: Path) -> Iterator[list[str]]:
    words: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                if words:
                    yield words
                words = []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if columns[0].isdigit():
                    words.append(columns[1])
    if words:
        yield words


def _spkatt_sentences(folder: Path) -> Iterator[list[str]]:
    for path in sorted(folder.glob("*.json")):
        speech = json.loads(path.read_text(encoding="utf-8"))
        for sentence in speech.get("Sentences", []):
            yield [str(token) for token in sentence["Tokens"]]


def _wikiwars_sentences(folder: Path) -> Iterator[list[str]]:
    nlp = spacy.blank("de")
    for path in sorted(folder.rglob("in/*.sgm")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = raw.split("<TEXT>", 1)[-1]
        for line in re.sub(r"<[^>]+>", " ", body).splitlines():
            words = [t.text for t in nlp.make_doc(line) if not t.is_space]
            if len(words) > 3:
                yield words


# Unlabelled German text whose licence allows a shipped derivative:
# (folder under ../shared/data, reader, licence).
CLUSTER_SOURCES = (
    ("ner-de", "GermEval 2014 dev + test-a text minus our NER dev split", "CC BY 4.0"),
    ("ud-de", "UD German-GSD dev/test and German-PUD test", "CC BY-SA 4.0 / 3.0"),
    ("quotes-de", "SpkAtt-2023 train (Bundestag speeches)", "CC BY-SA 4.0"),
    ("time-de", "WikiWarsDE (odd-numbered documents)", "CC BY-SA 3.0"),
)


def cluster_corpus(shared_data: Path) -> Iterator[list[str]]:
    """Yields the tokenized sentences of :data:`CLUSTER_SOURCES`.

    Our NER dev split is left out so that clusters cannot carry information
    about the sentences we score on.
    """
    germeval = [shared_data / "ner-de" / f"germeval2014-{p}.tsv" for p in ("dev", "test-a")]
    for sentence in iter_files(germeval):
        if not in_dev_split(sentence):
            yield list(sentence.tokens)
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"):
        path = shared_data / "ud-de" / name
        if path.exists():
            yield from _conllu_sentences(path)
    spkatt = shared_data / "quotes-de" / "spkatt2023-train" / "task1"
    if spkatt.exists():
        yield from _spkatt_sentences(spkatt)
    wikiwars = shared_data / "time-de"
    if wikiwars.exists():
        yield from _wikiwars_sentences(wikiwars)


def distributional_clusters(
    sentences: Iterable[list[str]],
    *,
    min_count: int = 3,
    contexts: int = 500,
    dims: int = 60,
    depth: int = 12,
    seed: int = 0,
) -> dict[str, str]:
    """Clusters words by their neighbours; returns lowercased word -> bit-string path.

    Each word with at least ``min_count`` occurrences is described by counts
    of the ``contexts`` most frequent words one and two positions to its
    left and right, weighted by positive PMI and reduced by SVD to ``dims``
    dimensions. Recursive 2-means splits (``depth`` levels, deterministic for
    a ``seed``) give each word a path like Brown clusters have, so prefixes
    of the path are coarser clusters.
    """
    lowered = [[w.lower() for w in s] for s in sentences]
    counts = Counter(w for s in lowered for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    context_words = vocab[:contexts]
    context_index = {w: i for i, w in enumerate(context_words)}
    offsets = (-2, -1, 1, 2)
    matrix = np.zeros((len(vocab), len(offsets) * contexts), dtype=np.float64)
    for sentence in lowered:
        for i, word in enumerate(sentence):
            row = index.get(word)
            if row is None:
                continue
            for slot, k in enumerate(offsets):
                j = i + k
                if 0 <= j < len(sentence):
                    column = context_index.get(sentence[j])
                    if column is not None:
                        matrix[row, slot * contexts + column] += 1
    total = matrix.sum()
    row_sums = matrix.sum(axis=1, keepdims=True)
    col_sums = matrix.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * total / (row_sums @ col_sums))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    u, s, _ = np.linalg.svd(ppmi, full_matrices=False)
    vectors = u[:, :dims] * s[:dims]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1.0)
    rng = np.random.default_rng(seed)
    paths = [""] * len(vocab)

    def split(members: np.ndarray, prefix: str, level: int) -> None:
        for m in members:
            paths[m] = prefix
        if level == depth or len(members) < 4:
            return
        points = vectors[members]
        centres = points[rng.choice(len(members), 2, replace=False)]
        for _ in range(15):
            assign = (points @ centres.T).argmax(axis=1)
            for c in (0, 1):
                chosen = points[assign == c]
                if len(chosen):
                    centres[c] = chosen.mean(axis=0)
        for c in (0, 1):
            part = members[assign == c]
            if len(part):
                split(part, prefix + str(c), level + 1)

    split(np.arange(len(vocab)), "", 0)
    return {word: paths[i] or "0" for i, word in enumerate(vocab)}


def build_clusters(shared_data: Path, out: Path) -> int:
    """Writes the cluster table computed from :data:`CLUSTER_SOURCES` under ``shared_data``."""
    clusters = distributional_clusters(cluster_corpus(shared_data))
    sources = "\n".join(f"  {name}: {what} ({licence})" for name, what, licence in CLUSTER_SOURCES)
    header = f"""
Lowercased word -> distributional cluster path (prefixes are coarser clusters).
Computed by lagebild.stages.ner_lexicons.build_clusters (PPMI of +-2 word contexts,
SVD, recursive 2-means) from unlabelled text in ../shared/data:
{sources}
Contains no sentences, only words and cluster ids; as a derivative of CC BY-SA text it
is shared under CC BY-SA 4.0.
"""
    return write_table(out, header, sorted(clusters.items()))
