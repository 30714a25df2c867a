"""Cross-validation of one role chooser (Source or Addr) with gold cues, inside the training part.

Trains the chooser on K-1 folds of the training speeches (never the
development part), chooses the role of every gold event of the held-out fold
and scores tokens, split into the kinds of error: the decision whether the
event has the role at all, the core phrase, and the extension steps.

Usage: python scripts/quotes_chooser_cv.py [--role Source] [--folds 4]
    [--thresholds 0.4,0.45] [--extend-threshold 0.5] [--show "no span"]
    [--tune "sources._MAX_STEPS=4"]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path

from lagebild.quotes.features import describe
from lagebild.quotes.lexicon import load_cue_lexicon, load_quote_words
from lagebild.quotes.sources import (
    BY_MASS,
    CHOICE_MODEL,
    EXTEND_THRESHOLD,
    STEP_MODEL,
    THRESHOLDS,
    RoleChooser,
    cue_view,
    gold_core,
    read_source_words,
)
from lagebild.quotes.training import CHOICE_PARAMS, train_chooser_models
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer

sys.path.insert(0, str(Path(__file__).parent))
from quotes_experiments import fold_of, training_docs, tune


def show(
    forms: Sequence[str],
    cue: Collection[int],
    gold: Collection[int],
    got: Collection[int],
    p: float,
) -> None:
    """Prints one event: [G:gold] {P:predicted} <C:cue>."""
    marked = []
    for i, form in enumerate(forms):
        if i in cue:
            form = f"<C:{form}>"
        if i in gold:
            form = f"[G:{form}]"
        if i in got:
            form = f"{{P:{form}}}"
        marked.append(form)
    print(f"{p:.2f}", " ".join(marked), "\n")


def main() -> None:
    """Trains the chooser on each fold's complement, scores it on the fold."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", default="Source")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--thresholds", default="")
    parser.add_argument("--extend-threshold", type=float, default=EXTEND_THRESHOLD)
    parser.add_argument("--show", default="", help="print events with this error kind")
    parser.add_argument("--tune", default="", help="e.g. sources._MAX_STEPS=4")
    parser.add_argument("--l2", type=float, default=None, help="the chooser's L2")
    args = parser.parse_args()
    tune(args.tune)
    if args.l2 is not None:
        CHOICE_PARAMS["l2"] = args.l2
    role = args.role
    docs = training_docs()
    resources = Resources()
    lexicon = resources.load(load_cue_lexicon, "de")
    quote_words = resources.load(load_quote_words, "de")
    lemma = resources.load(load_lemmatizer, "de").lemma
    words = read_source_words("de")
    assert words is not None
    described = {
        d.name: [describe(f, [lemma(w) for w in f], lexicon, quote_words) for f in d.sentences]
        for d in docs
    }
    thresholds = [float(t) for t in args.thresholds.split(",") if t] or [THRESHOLDS[role]]
    # (threshold -> counts)
    counts: dict[float, Counter[str]] = {t: Counter() for t in thresholds}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for k in range(args.folds):
            train = [d for d in docs if fold_of(d.name, args.folds) != k]
            test = [d for d in docs if fold_of(d.name, args.folds) == k]
            train_chooser_models([(d, described[d.name]) for d in train], out, quote_words, role)
            chooser = RoleChooser(
                out / CHOICE_MODEL.format(role=role.lower(), language="de"),
                out / STEP_MODEL.format(role=role.lower(), language="de"),
                words,
                quote_words,
                by_mass=role in BY_MASS,
                extend_threshold=args.extend_threshold,
            )
            for d in test:
                cues_by: dict[int, set[int]] = {}
                for e in d.events:
                    for s, i in e.cue:
                        cues_by.setdefault(s, set()).add(i)
                position = {sid: j for j, sid in enumerate(d.sentence_ids)}
                prepared = {}
                for e in d.events:
                    sid = min(e.cue)[0]
                    j = position[sid]
                    if sid not in prepared:
                        prepared[sid] = chooser.sentence(d.sentences[j], described[d.name][j])
                    sentence = prepared[sid]
                    cue = [i for s, i in e.cue if s == sid]
                    gold = frozenset(i for s, i in e.tokens(role) if s == sid)
                    outside = len(e.tokens(role)) - len(gold)
                    view = cue_view(sentence, cue)
                    phrase, p = chooser.core(sentence, view, frozenset(cues_by[sid] - set(cue)))
                    span = chooser.extend(sentence, view, phrase) if phrase else None
                    right_core = gold_core(sentence, view, gold) if gold else None
                    for t in thresholds:
                        c = counts[t]
                        c["fn"] += outside
                        predicted = set(range(*span)) if span and p >= t else set()
                        tp = len(predicted & gold)
                        c["tp"] += tp
                        c["fp"] += len(predicted) - tp
                        c["fn"] += len(gold) - tp
                        if not gold and predicted:
                            c["fp:no role"] += len(predicted)
                            if args.show == "no role" and t == thresholds[0]:
                                show(sentence.forms, view.tokens, gold, predicted, p)
                        elif gold and not predicted:
                            c["fn:no span"] += len(gold)
                            if args.show == "no span" and t == thresholds[0]:
                                shown = set(range(*span)) if span else set()
                                show(sentence.forms, view.tokens, gold, shown, p)
                        elif gold and predicted:
                            kind = "core" if phrase == right_core else "wrong core"
                            if args.show == kind and t == thresholds[0] and predicted != gold:
                                show(sentence.forms, view.tokens, gold, predicted, p)
                            c[f"fp:{kind}"] += len(predicted) - tp
                            c[f"fn:{kind}"] += len(gold) - tp
    for t, c in counts.items():
        precision = c["tp"] / max(1, c["tp"] + c["fp"])
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        detail = " ".join(f"{k}={v}" for k, v in sorted(c.items()) if ":" in k)
        print(f"{role} t={t}: P {precision:.3f} R {recall:.3f} F1 {f1:.4f}  {detail}")


if __name__ == "__main__":
    main()
