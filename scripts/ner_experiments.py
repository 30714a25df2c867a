"""Feature-set experiments for the German NER CRF (results go to NER-EXPERIMENTS.md).

Trains on GermEval dev+test-a minus our dev split and scores the dev split
with the exact metric of `lagebild eval ner` (through our tokenization).
Usage: python scripts/ner_experiments.py GROUPS... (e.g. "" "paradigm" "paradigm,clusters")
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from lagebild.eval.core import LabeledSpan, score_spans
from lagebild.stages.ner import load_lexicons
from lagebild.stages.ner_features import FeatureExtractor, Lexicons
from lagebild.stages.ner_train import (
    CRF_PARAMS,
    DEFAULT_DATA,
    decode_spans,
    load_examples,
    train_crf,
)

THRESHOLDS = (1.0,)


def run(groups: frozenset[str], params: dict[str, float | int | bool]) -> None:
    """Trains with the feature ``groups`` and prints dev-split scores per threshold."""
    examples = load_examples(DEFAULT_DATA)
    base = load_lexicons()
    lex = Lexicons(base.paradigms, base.clusters, base.gazetteer, base.suffixes, groups)
    extractor = FeatureExtractor(lex)
    train = [e for e in examples if not e.dev]
    dev = [e for e in examples if e.dev]
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "m.crfsuite"
        t0 = time.time()
        train_crf(train, extractor, model, params)
        took = time.time() - t0
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        labels = [label for label in tagger.labels() if label != "O"]
        gold = []
        preds = {t: [] for t in THRESHOLDS}
        for i, e in enumerate(dev):
            base = tagger.tag(extractor.sentence_features(e.words, e.lemmas))
            marg = [
                {label: tagger.marginal(label, j) for label in labels} for j in range(len(base))
            ]
            gold += [LabeledSpan(str(i), s.start, s.end, s.label) for s in e.gold]
            for t in THRESHOLDS:
                tags = list(base)
                for j, tag in enumerate(tags):
                    if tag == "O":
                        best = max(labels, key=marg[j].__getitem__)
                        if marg[j][best] > t:
                            kind = best[2:]
                            prev = tags[j - 1] if j else "O"
                            tags[j] = ("I-" if prev[2:] == kind else "B-") + kind
                preds[t] += [
                    LabeledSpan(str(i), s.start, s.end, s.label)
                    for s in decode_spans(tags, e.offsets)
                ]
        size = model.stat().st_size
    name = ",".join(sorted(groups)) or "-"
    print(f"groups={name} params={params} train={took:.0f}s size={size // 1024}K")
    for t in THRESHOLDS:
        m = score_spans(gold, preds[t])
        row = " ".join(f"{k} {v.precision:.3f}/{v.recall:.3f}/{v.f1:.3f}" for k, v in m.items())
        print(f"  t={t} " + row, flush=True)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        spec, _, extra = arg.partition(":")
        params = dict(CRF_PARAMS)
        for kv in filter(None, extra.split(";")):
            k, v = kv.split("=")
            params[k] = float(v) if "." in v else int(v)
        run(frozenset(filter(None, spec.split(","))), params)
