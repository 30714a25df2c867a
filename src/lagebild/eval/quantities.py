"""Evaluation task ``quantities``: counts of things against a gold table.

``lagebild eval quantities --data GOLD.tsv`` reads a tab-separated table
with the header ``id lang sentence text value low high bound category
thing`` (any order; ``#`` comment lines may precede it): one row per expected
quantity, ``text`` being the exact quantity expression as it appears in
``sentence``. An ``occurrence`` column (1-based) says which occurrence of
``text`` is meant; without it, the k-th row with the same text in the same
sentence is its k-th occurrence. Empty cells are None; a row with
empty ``text`` marks a sentence without quantities. Each distinct sentence
is analysed once, in its row's language.

Reported, per language and overall:

* detection: precision, recall and F1 of quantity spans, a prediction
  matching a gold span it overlaps (``score_spans`` in overlap mode);
* exact: among matched gold quantities, the share whose (value, low, high,
  bound, category) all equal the prediction's, plus the accuracy of each
  field. ``thing`` is reported but not scored.

Before comparing, both sides are put in canonical form, so that a gold row
may leave out what its bound implies: exact fills low = high = value;
at_least and more_than fill low = value; up_to, at_most and less_than fill
high = value. Numbers are equal within a relative 1e-6.

``EvalOptions.extra["negatives"]`` may name a second table (``id lang
sentence text reason``) of expressions that are not quantities ("7." in
"7. Oktober", "18 Tagen"): every prediction overlapping one counts as a false
positive (an empty ``text`` makes any prediction in that sentence one).
``--predictions OUT`` writes the predictions as a table in the gold format.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import Code, EvalDataError
from lagebild.eval.core import (
    EvalOptions,
    EvalReport,
    LabeledSpan,
    Metrics,
    ScoreRow,
    score_spans,
    task,
)
from lagebild.eval.tables import locate, occurrence_of, read_table
from lagebild.model import Quantity
from lagebild.pipeline import Pipeline
from lagebild.service import make_document, normalize_text

GOLD_COLUMNS = ("id", "lang", "sentence", "text", "value", "low", "high", "bound", "category",
                "thing")
NEGATIVE_COLUMNS = ("id", "lang", "sentence", "text", "reason")
FIELDS = ("value", "low", "high", "bound", "category")
TARGET = 0.90
_LOWER_FROM_VALUE = frozenset({"exact", "at_least", "more_than"})
_UPPER_FROM_VALUE = frozenset({"exact", "up_to", "at_most", "less_than"})


@dataclass(frozen=True)
class GoldQuantity:
    """One row of the gold table, located in its sentence."""

    row_id: str
    doc: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    bound: str | None
    category: str | None
    thing: str | None


@dataclass
class _Sentence:
    key: str
    row_id: str
    lang: str
    text: str


def _number(cell: str, path: Path, line: int) -> float | None:
    if not cell:
        return None
    try:
        return float(cell.replace("_", ""))
    except ValueError:
        raise EvalDataError(
            Code.EVAL_DATA, f"not a number: {cell!r}", path=str(path), line=line
        ) from None


class _Table:
    """Sentences of one or more tables, keyed by language and text."""

    def __init__(self) -> None:
        self.sentences: dict[tuple[str, str], _Sentence] = {}
        self.seen: dict[tuple[str, str], int] = defaultdict(int)

    def sentence(self, prefix: str, row: dict[str, str], path: Path, line: int) -> _Sentence:
        lang = row["lang"]
        if not lang or not row["sentence"]:
            raise EvalDataError(
                Code.EVAL_DATA, "lang and sentence are required", path=str(path), line=line
            )
        text = normalize_text(row["sentence"])
        key = (f"{prefix}:{lang}", text)
        if key not in self.sentences:
            self.sentences[key] = _Sentence(
                f"{prefix}:{lang}:{len(self.sentences)}", row["id"], lang, text
            )
        return self.sentences[key]

    def span(
        self, sentence: _Sentence, text: str, path: Path, line: int, occurrence: str = ""
    ) -> tuple[int, int]:
        if occurrence:
            return locate(sentence.text, text, occurrence_of(occurrence, path, line), path, line)
        occurrence_key = (sentence.key, text)
        self.seen[occurrence_key] += 1
        return locate(sentence.text, text, self.seen[occurrence_key], path, line)


def read_gold(path: Path, table: _Table, limit: int | None = None) -> list[GoldQuantity]:
    """Reads the gold table (see the module docstring); registers its sentences in ``table``."""
    gold: list[GoldQuantity] = []
    for line, row in read_table(path, GOLD_COLUMNS):
        if limit is not None and len(gold) >= limit:
            break
        sentence = table.sentence("gold", row, path, line)
        if not row["text"]:
            continue
        start, end = table.span(sentence, row["text"], path, line, row.get("occurrence", ""))
        gold.append(GoldQuantity(
            row_id=row["id"], doc=sentence.key, start=start, end=end,
            value=_number(row["value"], path, line), low=_number(row["low"], path, line),
            high=_number(row["high"], path, line), bound=row["bound"] or None,
            category=row["category"] or None, thing=row["thing"] or None,
        ))
    return gold


def read_negatives(path: Path, table: _Table) -> list[LabeledSpan]:
    """Reads the negatives table: spans (or whole sentences) where nothing may be emitted."""
    spans = []
    for line, row in read_table(path, NEGATIVE_COLUMNS):
        sentence = table.sentence("negative", row, path, line)
        if row["text"]:
            start, end = table.span(sentence, row["text"], path, line, row.get("occurrence", ""))
        else:
            start, end = 0, len(sentence.text)
        spans.append(LabeledSpan(sentence.key, start, end, sentence.lang))
    return spans


def canonical(
    value: float | None, low: float | None, high: float | None, bound: str | None
) -> tuple[float | None, float | None, float | None, str | None]:
    """Fills the bounds a bound type implies (see the module docstring)."""
    if value is not None:
        if low is None and bound in _LOWER_FROM_VALUE:
            low = value
        if high is None and bound in _UPPER_FROM_VALUE:
            high = value
    return value, low, high, bound


def _same(a: float | str | None, b: float | str | None) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-6)
    return a == b


def field_matches(gold: GoldQuantity, pred: Quantity) -> dict[str, bool]:
    """Which of value, low, high, bound and category agree, after canonical form."""
    g = (*canonical(gold.value, gold.low, gold.high, gold.bound), gold.category)
    p = (*canonical(pred.value, pred.low, pred.high, pred.bound), pred.category)
    return {name: _same(a, b) for name, a, b in zip(FIELDS, g, p, strict=True)}


def _pairs(
    gold: list[GoldQuantity], predicted: dict[str, list[Quantity]]
) -> list[tuple[GoldQuantity, Quantity]]:
    # Each gold quantity is paired with the unclaimed prediction overlapping it most.
    pairs = []
    claimed: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for p in predicted.get(g.doc, ()):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > best_overlap and id(p) not in claimed:
                best, best_overlap = p, overlap
        if best is not None:
            claimed.add(id(best))
            pairs.append((g, best))
    return pairs


def _pipeline() -> Pipeline:
    # Only the stages up to quantities: later stages do not change them.
    return Pipeline.through("quantities")


def _write_predictions(
    path: Path, sentences: list[_Sentence], predicted: dict[str, list[Quantity]]
) -> None:
    def cell(value: float | str | None) -> str:
        if value is None:
            return ""
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else repr(value)
        return value

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(GOLD_COLUMNS)
        for sentence in sentences:
            for q in predicted.get(sentence.key, ()):
                writer.writerow([sentence.row_id, sentence.lang, sentence.text] + [
                    cell(v) for v in (q.text, q.value, q.low, q.high, q.bound, q.category,
                                      q.thing)
                ])


@task("quantities", help="Counts of things on a gold table: detection P/R/F1, exact accuracy.")
def evaluate_quantities(options: EvalOptions) -> EvalReport:
    """Scores the quantities stage on a gold table (see the module docstring)."""
    table = _Table()
    gold = read_gold(options.data, table, options.limit)
    negatives_path = options.extra.get("negatives")
    negatives = read_negatives(Path(negatives_path), table) if negatives_path else []
    pipeline = _pipeline()
    predicted: dict[str, list[Quantity]] = {}
    sentences = list(table.sentences.values())
    for sentence in sentences:
        analysis = pipeline.run(make_document(sentence.text, language=sentence.lang))
        predicted[sentence.key] = list(analysis.quantities)
    language_of = {s.key: s.lang for s in sentences}
    gold_spans = [LabeledSpan(g.doc, g.start, g.end, language_of[g.doc]) for g in gold]
    negative_docs = {n.doc for n in negatives}
    pred_spans = []
    negatives_hit = 0
    for doc, quantities in predicted.items():
        for q in quantities:
            span = LabeledSpan(doc, q.start, q.end, language_of[doc])
            if doc not in negative_docs:
                pred_spans.append(span)
            elif any(n.doc == doc and n.start < q.end and q.start < n.end for n in negatives):
                pred_spans.append(span)  # unmatched in gold: a false positive
                negatives_hit += 1
    report = EvalReport(task="quantities", data=str(options.data))
    report.add_metrics("detection", score_spans(gold_spans, pred_spans, mode="overlap"))
    pairs = _pairs(gold, predicted)
    exact_rows, field_hits = _accuracy_rows(pairs, language_of)
    report.tables["exact"] = exact_rows
    report.tables["fields"] = [
        ScoreRow(name, value=hits / len(pairs) if pairs else 0.0, support=len(pairs))
        for name, hits in field_hits.items()
    ]
    report.counts = {
        "sentences": len(sentences), "gold": len(gold),
        "predicted": sum(len(v) for k, v in predicted.items() if k not in negative_docs),
        "matched": len(pairs), "negatives": len(negatives), "negatives_emitted": negatives_hit,
    }
    overall = exact_rows[-1].value if exact_rows else 0.0
    report.notes.append(
        f"exact accuracy {overall:.3f} on matched quantities (target >= {TARGET:.2f}); "
        "bounds implied by the bound type are filled on both sides before comparing"
    )
    if options.predictions is not None:
        _write_predictions(options.predictions, sentences, predicted)
        report.notes.append(f"predictions written to {options.predictions}")
    return report


def _accuracy_rows(
    pairs: list[tuple[GoldQuantity, Quantity]], language_of: dict[str, str]
) -> tuple[list[ScoreRow], dict[str, int]]:
    per_language: dict[str, Metrics] = defaultdict(Metrics)
    field_hits = dict.fromkeys(FIELDS, 0)
    for g, p in pairs:
        matches = field_matches(g, p)
        for name, ok in matches.items():
            field_hits[name] += ok
        metrics = per_language[language_of[g.doc]]
        metrics.tp += all(matches.values())
        metrics.fn += not all(matches.values())
    rows = [
        ScoreRow(lang, value=m.tp / (m.tp + m.fn), support=m.tp + m.fn)
        for lang, m in sorted(per_language.items())
    ]
    total = sum(m.tp for m in per_language.values())
    rows.append(ScoreRow("all", value=total / len(pairs) if pairs else 0.0, support=len(pairs)))
    return rows, field_hits
