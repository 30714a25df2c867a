"""``lagebild train quotes``: trains the SpkAtt speech-event CRFs.

Reads the SpkAtt-2023 train split (default ``../shared/data/quotes-de``),
keeps one speech in five out as our own development part (a fixed hash of the
file name, see :func:`lagebild.quotes.spkatt.is_dev`), trains the cue and the
role tagger and the Source and Addr choosers on the rest, scores the
development part and writes the models plus a JSON record (training files,
parameters, development scores) into ``src/lagebild/resources/models/`` (or
``--out``). Every step is deterministic: the same data gives the same files.

SpkAtt-2023 is CC BY-SA 4.0, so the models may ship (under the same licence).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path

import pycrfsuite

from lagebild.errors import Code, LagebildError
from lagebild.quotes.choice import ChoiceModel
from lagebild.quotes.features import TokenInfo, cue_features, describe, role_features
from lagebild.quotes.inventory import CueInventory, cross_fitted
from lagebild.quotes.lexicon import CueLexicon, QuoteWords, load_cue_lexicon, load_quote_words
from lagebild.quotes.sources import (
    BY_MASS,
    CHOICE_MODEL,
    CHOSEN_ROLES,
    STEP_MODEL,
    THRESHOLDS,
    Decision,
    Instance,
    doc_instances,
    read_source_words,
)
from lagebild.quotes.spkatt import (
    ARGUMENT_ROLES,
    SpeechDoc,
    find_files,
    is_dev,
    read_docs,
)
from lagebild.quotes.tagger import (
    CUE,
    CUE_MODEL,
    CUE_THRESHOLD,
    INVENTORY,
    MODEL_INFO,
    OUTSIDE,
    ROLE_MODEL,
    model_dir,
    open_tagger,
    predict_doc,
    role_labels,
)
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer
from lagebild.training import TrainOptions, trainer

DEFAULT_DATA = Path(__file__).resolve().parents[4] / "shared" / "data" / "quotes-de"
# Regularisation of the two CRFs. The role tagger's (L2 only) was chosen on an
# inner split of the training part and 4-fold cross-validation within it,
# never on the development part; the cue tagger's was not tuned.
CUE_PARAMS: dict[str, object] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
ROLE_PARAMS: dict[str, object] = {
    "c1": 0.0,
    "c2": 0.3,
    "max_iterations": 300,
    "feature.possible_transitions": True,
}
# The role choosers (Source, Addr): the conditional logit over candidate
# phrases and the logistic regression (a one-item CRF) of extension steps.
# L2 (0.1 to 3) and the steps' c2 (0.1 to 10) compared by 4-fold
# cross-validation within the training part; the end-to-end Source F1 chose
# these (differences there were at most 0.004).
CHOICE_PARAMS: dict[str, float] = {"l2": 1.0, "iterations": 300, "rate": 0.1}
STEP_PARAMS: dict[str, object] = {"c1": 0.0, "c2": 1.0, "max_iterations": 200}


def _describe_doc(
    doc: SpeechDoc, lemma: Callable[[str], str], lexicon: CueLexicon, words: QuoteWords
) -> list[list[TokenInfo]]:
    return [describe(forms, [lemma(f) for f in forms], lexicon, words) for forms in doc.sentences]


def cue_sequences(
    doc: SpeechDoc, infos: Sequence[Sequence[TokenInfo]], inventory: CueInventory | None = None
) -> Iterator[tuple[list[list[str]], list[str]]]:
    """Yields (features, labels) of the cue tagger for every sentence of a speech."""
    cue_tokens = {ref for event in doc.events for ref in event.cue}
    for sid, sentence in zip(doc.sentence_ids, infos, strict=True):
        labels = [CUE if (sid, i) in cue_tokens else OUTSIDE for i in range(len(sentence))]
        yield cue_features(sentence, inventory), labels


def role_sequences(
    doc: SpeechDoc, infos: Sequence[Sequence[TokenInfo]]
) -> Iterator[tuple[list[list[str]], list[str]]]:
    """Yields (features, labels) of the role tagger: one per event and cue token."""
    position = {sid: k for k, sid in enumerate(doc.sentence_ids)}
    cues_by_sentence: dict[int, set[int]] = {}
    for event in doc.events:
        for sid, i in event.cue:
            cues_by_sentence.setdefault(sid, set()).add(i)
    for event in doc.events:
        for sid, anchor in sorted(event.cue):
            if sid not in position:
                continue
            sentence = infos[position[sid]]
            if anchor >= len(sentence):
                continue
            roles = {
                role: {i for s, i in event.tokens(role) if s == sid and i < len(sentence)}
                for role in ARGUMENT_ROLES
            }
            cue_tokens = {i for s, i in event.cue if s == sid}
            labels = role_labels(len(sentence), roles, cue_tokens, anchor)
            others = frozenset(cues_by_sentence[sid] - {anchor})
            yield role_features(sentence, anchor, others), labels


def _items(instances: Sequence[Instance]) -> Iterator[tuple[list[list[str]], list[str]]]:
    """One-item sequences: a CRF over one item is a logistic regression."""
    for feats, label in instances:
        yield [feats], [label]


def _train(
    sequences: Iterator[tuple[list[list[str]], list[str]]], path: Path, params: dict[str, object]
) -> int:
    crf = pycrfsuite.Trainer(verbose=False)
    count = 0
    for xseq, yseq in sequences:
        crf.append(xseq, yseq)
        count += 1
    crf.set_params(params)
    crf.train(str(path))
    return count


# The separately trainable parts of the speech-event tagger.
PARTS = frozenset({"cue", "role", "choosers"})


def train_models(
    train_docs: Sequence[SpeechDoc], out: Path, resources: Resources
) -> tuple[int, int]:
    """Trains the cue and role CRFs and the choosers on ``train_docs`` into ``out``.

    Returns:
        The number of cue sequences and of role sequences trained on.
    """
    return train_parts(train_docs, out, resources, PARTS)


def train_parts(
    train_docs: Sequence[SpeechDoc], out: Path, resources: Resources, parts: Collection[str]
) -> tuple[int, int]:
    """Trains the named parts (``cue``, ``role``, ``choosers``) into ``out``.

    The others are left as they are in ``out`` (cross-validation retrains
    only what an experiment changes).

    Returns:
        The number of cue sequences and of role sequences trained on (0 when not trained).
    """
    lexicon = resources.load(load_cue_lexicon, "de")
    words = resources.load(load_quote_words, "de")
    lemma = resources.load(load_lemmatizer, "de").lemma
    described = [(doc, _describe_doc(doc, lemma, lexicon, words)) for doc in train_docs]
    n_cue = n_role = 0
    if "cue" in parts:
        CueInventory.count(train_docs, lemma).save(out / INVENTORY.format(language="de"))
        fitted = cross_fitted(train_docs, lemma)
        n_cue = _train(
            (
                seq
                for doc, infos in described
                for seq in cue_sequences(doc, infos, fitted[doc.name])
            ),
            out / CUE_MODEL.format(language="de"),
            CUE_PARAMS,
        )
    if "role" in parts:
        n_role = _train(
            (seq for doc, infos in described for seq in role_sequences(doc, infos)),
            out / ROLE_MODEL.format(language="de"),
            ROLE_PARAMS,
        )
    if "choosers" in parts:
        for role in CHOSEN_ROLES:
            train_chooser_models(described, out, words, role)
    return n_cue, n_role


def train_chooser_models(
    described: Sequence[tuple[SpeechDoc, list[list[TokenInfo]]]],
    out: Path,
    quote_words: QuoteWords,
    role: str = "Source",
) -> int:
    """Trains the two models of one role's chooser and writes them into ``out``.

    Returns:
        The number of events (core choices) trained on.
    """
    source_words = read_source_words("de")
    if source_words is None:
        raise LagebildError(Code.RESOURCE, "source word lists missing", path="de/source_words.yaml")
    cores: list[Decision] = []
    steps: list[Instance] = []
    for doc, infos in described:
        c, s = doc_instances(doc, infos, source_words, quote_words, role)
        cores += c
        steps += s
    ChoiceModel.train(
        [options for options, _ in cores],
        [right for _, right in cores],
        l2=CHOICE_PARAMS["l2"],
        iterations=int(CHOICE_PARAMS["iterations"]),
        rate=CHOICE_PARAMS["rate"],
    ).save(out / CHOICE_MODEL.format(role=role.lower(), language="de"))
    _train(_items(steps), out / STEP_MODEL.format(role=role.lower(), language="de"), STEP_PARAMS)
    return len(cores)


@trainer("quotes", help="SpkAtt-2023 speech-event CRFs (cue and roles), German.")
def train_quotes(options: TrainOptions) -> str:
    """Trains the speech-event tagger and scores it on our development part."""
    # Imported here: the evaluation module imports this package's tagger.
    from lagebild.eval.quotes import score_corpus

    data = options.data or DEFAULT_DATA
    if not data.exists():
        raise LagebildError(Code.NOT_FOUND, "SpkAtt data not found", path=str(data))
    docs = read_docs(find_files(data))
    train_docs = [d for d in docs if not is_dev(d.name)]
    dev_docs = [d for d in docs if is_dev(d.name)]
    out = options.out or model_dir()
    out.mkdir(parents=True, exist_ok=True)
    resources = Resources()
    started = time.perf_counter()
    n_cue, n_role = train_models(train_docs, out, resources)
    seconds = time.perf_counter() - started
    tagger = open_tagger(
        "de", resources.load(load_cue_lexicon, "de"), resources.load(load_quote_words, "de"), out
    )
    if tagger is None:
        raise LagebildError(Code.RESOURCE, "trained model not written", path=str(out))
    lemma = resources.load(load_lemmatizer, "de").lemma
    metrics = score_corpus([(d.events, predict_doc(tagger, d, lemma)) for d in dev_docs])
    scores = {
        name: {"precision": m.precision, "recall": m.recall, "f1": m.f1, "support": m.tp + m.fn}
        for name, m in metrics.items()
    }
    info = {
        "data": "SpkAtt-2023 train split (umanlp/SpkAtt-2023 @19be811), CC BY-SA 4.0",
        "train_files": sorted(d.name for d in train_docs),
        "dev_files": sorted(d.name for d in dev_docs),
        "params": {
            "cue": params_json(CUE_PARAMS),
            "role": params_json(ROLE_PARAMS),
            "choice": dict(CHOICE_PARAMS),
            "steps": params_json(STEP_PARAMS),
            "choice_thresholds": dict(THRESHOLDS),
            "choice_by_mass": sorted(BY_MASS),
            "cue_threshold": CUE_THRESHOLD,
        },
        "sequences": {"cue": n_cue, "role": n_role},
        "dev_scores": scores,
    }
    (out / MODEL_INFO.format(language="de")).write_text(
        json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    cue, source = metrics["Cue"], metrics["Source"]
    return (
        f"Trained on {len(train_docs)} speeches ({n_cue} sentences, {n_role} cue anchors) in "
        f"{seconds:.0f} s; held-out development part ({len(dev_docs)} speeches): cue F1 "
        f"{cue.f1:.3f} (P {cue.precision:.3f}, R {cue.recall:.3f}), Source F1 {source.f1:.3f}, "
        f"Message F1 {metrics['Message'].f1:.3f}, Addr F1 {metrics['Addr'].f1:.3f}. "
        f"Models written to {out}."
    )


def params_json(params: dict[str, object]) -> dict[str, object]:
    """Returns the CRF parameters as JSON-safe values."""
    return {k: v if isinstance(v, int | float | str | bool) else str(v) for k, v in params.items()}
