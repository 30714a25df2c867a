"""Scores a candidate setting on our SpkAtt development part without touching the shipped models.

Copies the packaged models into ``--out``, retrains the named parts there
on the whole training part (as ``lagebild train quotes`` would) and scores
the 30 development speeches. Run it only for settings that
cross-validation (``scripts/quotes_experiments.py``) already preferred: the
development part confirms, it does not choose.

Usage: python scripts/quotes_dev.py --out /tmp/qdev [--retrain cue,choosers]
    [--tune "sources._MAX_STEPS=4"]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from lagebild.eval.quotes import score_corpus
from lagebild.quotes.lexicon import load_cue_lexicon, load_quote_words
from lagebild.quotes.spkatt import find_files, is_dev, read_docs
from lagebild.quotes.tagger import model_dir, open_tagger, predict_doc
from lagebild.quotes.training import DEFAULT_DATA, train_parts
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer

sys.path.insert(0, str(Path(__file__).parent))
from quotes_experiments import tune


def main() -> None:
    """Retrains the named parts, prints the development part's scores."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--retrain", default="cue,role,choosers")
    parser.add_argument("--tune", default="", help="e.g. sources._MAX_STEPS=4")
    args = parser.parse_args()
    tune(args.tune)
    docs = read_docs(find_files(DEFAULT_DATA))
    shutil.copytree(model_dir(), args.out, dirs_exist_ok=True)
    resources = Resources()
    retrain = set(args.retrain.split(",")) - {""}
    train_parts([d for d in docs if not is_dev(d.name)], args.out, resources, retrain)
    lexicon = resources.load(load_cue_lexicon, "de")
    tagger = open_tagger("de", lexicon, resources.load(load_quote_words, "de"), args.out)
    assert tagger is not None
    lemma = resources.load(load_lemmatizer, "de").lemma
    dev = [d for d in docs if is_dev(d.name)]
    metrics = score_corpus([(d.events, predict_doc(tagger, d, lemma)) for d in dev])
    for role, m in metrics.items():
        print(f"{role:15s} P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} ({m.tp + m.fn})")


if __name__ == "__main__":
    main()
