"""Evaluation task ``ner``: named entities on GermEval 2014 files.

The metric (issue 3): outer column only; PER, ORG, LOC and OTH kept; every
``*deriv`` and ``*part`` tag read as O; spans read conlleval-style; a
prediction counts when its character span and type equal a gold entity's.
Each sentence is detokenized and run through OUR pipeline (tokenizer,
sentence splitter, lemmas, then the predictor), so tokenization differences
count against us exactly as they would on real text.

Options (``extra``):

* ``component``: ``"model"`` (default) scores the ``ner`` stage alone;
  ``"pipeline"`` scores the ``entities`` field of the configured pipeline
  (the knowledge-base stage), falling back to the model when the pipeline
  has no ``entities`` stage.
* ``include_trained``: score sentences the shipped model was trained on
  too. By default they are skipped (the model ships the hashes of its
  training sentences), so GermEval dev/test-a give our own dev split.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from lagebild.eval.core import (
    EvalOptions,
    EvalReport,
    LabeledSpan,
    Metrics,
    require_path,
    score_spans,
    task,
)
from lagebild.pipeline import Pipeline
from lagebild.service import make_document
from lagebild.stages.ner import load_training_hashes
from lagebild.stages.ner_data import (
    LABELS,
    char_spans,
    detokenize,
    read_germeval,
    read_spans,
    sentence_key,
)

MODEL_STAGES = ("language", "sentences", "tokens", "lemmas", "ner")
COMPONENTS = ("model", "pipeline")
_DERIVED_FORMS = frozenset({"adjective", "demonym"})


def score_tags(
    gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]
) -> dict[str, Metrics]:
    """Scores predicted against gold tag sequences with the task's metric.

    Both sides are read with :func:`~lagebild.stages.ner_data.read_spans`
    (deriv/part tags as O, conlleval span reading); a span counts when its
    tokens and type match exactly.

    Raises:
        ValueError: When the sequences differ in number or length.
    """
    if len(gold) != len(predicted) or any(
        len(g) != len(p) for g, p in zip(gold, predicted, strict=False)
    ):
        raise ValueError("gold and predicted tag sequences differ in length")

    def spans(sequences: Sequence[Sequence[str]]) -> list[LabeledSpan]:
        return [
            LabeledSpan(str(i), start, end, label)
            for i, tags in enumerate(sequences)
            for start, end, label in read_spans(tags)
        ]

    return score_spans(spans(gold), spans(predicted), "exact")


def _predictor(component: str) -> tuple[Pipeline, str, str]:
    """Returns the pipeline to run, the Analysis field to read and a note."""
    if component not in COMPONENTS:
        from lagebild.errors import Code, EvalDataError

        raise EvalDataError(
            Code.USAGE, f"unknown component '{component}'; use one of {', '.join(COMPONENTS)}"
        )
    if component == "model":
        return Pipeline(MODEL_STAGES), "ner", "predictor: the ner stage (CRF model) alone"
    pipeline = Pipeline()
    if "entities" in pipeline.stage_names:
        with_model = "with" if "ner" in pipeline.stage_names else "without"
        return (
            pipeline,
            "entities",
            f"predictor: the entities field of the configured pipeline ({with_model} the ner "
            "stage before it)",
        )
    stages = list(pipeline.stage_names)
    if "ner" not in stages:
        stages.append("ner")
    return (
        Pipeline(stages),
        "ner",
        "predictor: the configured pipeline has no entities stage; scored its ner stage instead",
    )


@task("ner", help="Named entities (PER/ORG/LOC/OTH) on a GermEval 2014 TSV file")
def evaluate_ner(options: EvalOptions) -> EvalReport:
    """Scores German NER on a GermEval-format file (exact span and type)."""
    path = require_path(options.data)
    sentences = read_germeval(path)
    component = str(options.extra.get("component", "model"))
    pipeline, field_name, predictor_note = _predictor(component)
    trained = frozenset() if options.extra.get("include_trained") else load_training_hashes()
    report = EvalReport(task="ner", data=str(path))
    report.notes.append(predictor_note)
    gold: list[LabeledSpan] = []
    predicted: list[LabeledSpan] = []
    records: list[dict[str, object]] = []
    skipped = 0
    scored = 0
    for sentence in sentences:
        if options.limit is not None and scored >= options.limit:
            break
        if sentence_key(sentence)[:16] in trained:
            skipped += 1
            continue
        scored += 1
        text, offsets = detokenize(sentence.tokens)
        doc = str(sentence.index)
        gold_spans = [
            LabeledSpan(doc, s.start, s.end, s.label) for s in char_spans(sentence, offsets)
        ]
        analysis = pipeline.run(make_document(text, language="de"))
        mentions = getattr(analysis, field_name)
        # GermEval tags derived words ("deutschen" = LOCderiv) and words with a
        # name inside ("Hamas-Chef" = ORGpart), which this metric maps to O, so
        # adjective and demonym mentions of the entities stage are not names here.
        pred_spans = [
            LabeledSpan(doc, m.start, m.end, m.label)
            for m in mentions
            if m.label in LABELS and getattr(m, "form", "name") not in _DERIVED_FORMS
        ]
        gold.extend(gold_spans)
        predicted.extend(pred_spans)
        if options.predictions is not None:
            records.append(_record(sentence.index, text, gold_spans, pred_spans))
    report.add_metrics("exact span and type", score_spans(gold, predicted, "exact"))
    report.add_metrics("overlapping span, same type", score_spans(gold, predicted, "overlap"))
    report.counts = {"sentences": scored, "gold": len(gold), "predicted": len(predicted)}
    if skipped:
        report.counts["skipped_trained"] = skipped
        report.notes.append(
            f"skipped {skipped} sentences the shipped model was trained on "
            "(extra include_trained=true scores them too)"
        )
    if options.predictions is not None:
        _write_predictions(options.predictions, records)
    return report


def _record(
    index: int, text: str, gold: Sequence[LabeledSpan], predicted: Sequence[LabeledSpan]
) -> dict[str, object]:
    def spans(items: Sequence[LabeledSpan]) -> list[list[object]]:
        return [[s.start, s.end, s.label, text[s.start : s.end]] for s in items]

    return {"sentence": index, "text": text, "gold": spans(gold), "predicted": spans(predicted)}


def _write_predictions(path: Path, records: Sequence[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
