"""Cross-validation of the SpkAtt speech-event models inside the training part.

Never reads our development part (``is_dev``): the speeches the trainer
trains on are split into K folds by a hash of the name, each fold is tagged
by models trained on the other folds, and the counts are summed.

Usage: python scripts/quotes_experiments.py [--folds 4] [--out /tmp/q3cv]
    [--retrain cue,role,choosers] [--cue-threshold 0.4] [--source-threshold 0.45]
    [--addr-threshold 0.2] [--tune "sources._MAX_STEPS=4;features._DISTANCE_BUCKETS=0,1,2,4,8"]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from lagebild.eval.quotes import score_corpus
from lagebild.quotes.lexicon import load_cue_lexicon, load_quote_words
from lagebild.quotes.spkatt import SpeechDoc, find_files, is_dev, read_docs
from lagebild.quotes.tagger import open_tagger, predict_doc
from lagebild.quotes.training import DEFAULT_DATA
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer


def fold_of(name: str, folds: int) -> int:
    """The inner fold of a training speech (another hash byte than ``is_dev``)."""
    return hashlib.sha1(name.encode("utf-8")).digest()[1] % folds


def tune(assignments: str) -> None:
    """Sets module constants of ``lagebild.quotes`` for one experiment.

    ``assignments`` is ``module.NAME=1,2,3;module.OTHER=`` (a tuple of ints
    or words, empty for none; or a number, a truth value (1 / 0) or a word),
    e.g. ``sources._MAX_STEPS=4``.
    Only constants the code reads when it runs take effect; one that is a
    default argument (``tagger.CUE_THRESHOLD``) was bound at import.
    """
    for item in filter(None, assignments.split(";")):
        target, _, value = item.partition("=")
        module_name, _, constant = target.partition(".")
        module = importlib.import_module(f"lagebild.quotes.{module_name}")
        if not hasattr(module, constant):
            raise SystemExit(f"unknown constant {target}")
        current = getattr(module, constant)
        parsed: object = value
        if isinstance(current, tuple):
            items = [v for v in value.split(",") if v]
            parsed = tuple(int(v) if v.lstrip("-").isdigit() else v for v in items)
        elif isinstance(current, bool):
            # bool("0") would be True.
            parsed = value.lower() in ("1", "true", "yes")
        elif isinstance(current, int | float):
            parsed = type(current)(value)
        setattr(module, constant, parsed)


def training_docs() -> list[SpeechDoc]:
    """The speeches of the training part (the development part left out)."""
    return [d for d in read_docs(find_files(DEFAULT_DATA)) if not is_dev(d.name)]


def main(argv: Sequence[str] | None = None) -> None:
    """Trains and tags every fold, prints the pooled scores."""
    from lagebild.quotes import training as tr

    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--out", type=Path, default=Path("/tmp/q3cv"))
    parser.add_argument("--retrain", default="cue,role,choosers")
    parser.add_argument("--dump", type=Path, default=None, help="pickle (gold, predicted) pairs")
    parser.add_argument("--cue-params", default="", help="e.g. c1=0.1,c2=0.01")
    parser.add_argument("--cue-threshold", type=float, default=None)
    parser.add_argument("--source-threshold", type=float, default=None)
    parser.add_argument("--addr-threshold", type=float, default=None)
    parser.add_argument("--tune", default="", help="e.g. sources._MAX_STEPS=4")
    args = parser.parse_args(argv)
    tune(args.tune)
    for item in filter(None, args.cue_params.split(",")):
        key, _, value = item.partition("=")
        tr.CUE_PARAMS[key] = int(value) if value.isdigit() else float(value)
    retrain = set(args.retrain.split(",")) - {""}
    docs = training_docs()
    resources = Resources()
    lexicon = resources.load(load_cue_lexicon, "de")
    words = resources.load(load_quote_words, "de")
    lemma = resources.load(load_lemmatizer, "de").lemma
    pairs = []
    dumped = []
    for k in range(args.folds):
        folder = args.out / f"fold{k}"
        folder.mkdir(parents=True, exist_ok=True)
        train = [d for d in docs if fold_of(d.name, args.folds) != k]
        test = [d for d in docs if fold_of(d.name, args.folds) == k]
        started = time.perf_counter()
        tr.train_parts(train, folder, resources, retrain)
        took = time.perf_counter() - started
        tagger = open_tagger("de", lexicon, words, folder)
        assert tagger is not None
        if args.cue_threshold is not None:
            tagger.cue_threshold = args.cue_threshold
        if args.source_threshold is not None:
            tagger.choosers["Source"].threshold = args.source_threshold
        if args.addr_threshold is not None:
            tagger.choosers["Addr"].threshold = args.addr_threshold
        fold_pairs = [(d.events, predict_doc(tagger, d, lemma)) for d in test]
        pairs += fold_pairs
        dumped += [(d, p) for d, (_, p) in zip(test, fold_pairs, strict=True)]
        m = score_corpus(fold_pairs)
        print(
            f"fold {k}: {len(train)} train, {len(test)} test, {took:.0f} s; "
            f"cue {m['Cue'].f1:.3f} source {m['Source'].f1:.3f}",
            file=sys.stderr,
        )
    metrics = score_corpus(pairs)
    for role, m in metrics.items():
        print(f"{role:15s} P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} ({m.tp + m.fn})")
    if args.dump:
        args.dump.write_bytes(pickle.dumps(dumped))


if __name__ == "__main__":
    main()
