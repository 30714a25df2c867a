"""Span matching and P/R/F1 shared by every evaluation task.

Two matching modes, as in most span-extraction evaluations:

* ``exact``: a prediction counts when start, end and label equal a gold span's.
* ``overlap``: a prediction counts when it overlaps a gold span of the same
  label that no earlier prediction has claimed (one-to-one, greedy in text
  order), i.e. the lenient measure of TempEval and similar tasks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from lagebild.errors import Code, EvalDataError
from lagebild.registry import Catalog, Entry

MatchMode = Literal["exact", "overlap"]
MICRO = "micro"


@dataclass(frozen=True, order=True)
class LabeledSpan:
    """A span with a label, in one document (or sentence) identified by ``doc``."""

    doc: str
    start: int
    end: int
    label: str = ""


@dataclass
class Metrics:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Tp / (tp + fn), 0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Metrics) -> None:
        """Adds another set of counts to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def _overlaps(a: LabeledSpan, b: LabeledSpan) -> bool:
    return a.doc == b.doc and a.start < b.end and b.start < a.end


def score_spans(
    gold: Iterable[LabeledSpan],
    predicted: Iterable[LabeledSpan],
    mode: MatchMode = "exact",
    *,
    ignore_labels: bool = False,
) -> dict[str, Metrics]:
    """Scores predicted spans against gold spans, per label and micro-averaged.

    Args:
        gold: Gold spans.
        predicted: Predicted spans.
        mode: "exact" or "overlap" (see module docstring).
        ignore_labels: Match on offsets only (labels still name the rows).

    Returns:
        Metrics per gold/predicted label, plus the key ``"micro"`` for all.
    """
    gold_list = sorted(set(gold))
    pred_list = sorted(set(predicted))
    per_label: dict[str, Metrics] = defaultdict(Metrics)

    def same(a: LabeledSpan, b: LabeledSpan) -> bool:
        return ignore_labels or a.label == b.label

    if mode == "exact":
        if ignore_labels:
            gold_keys = {(g.doc, g.start, g.end) for g in gold_list}
            pred_keys = {(p.doc, p.start, p.end) for p in pred_list}
            for p in pred_list:
                hit = (p.doc, p.start, p.end) in gold_keys
                per_label[p.label].tp += hit
                per_label[p.label].fp += not hit
            for g in gold_list:
                per_label[g.label].fn += (g.doc, g.start, g.end) not in pred_keys
        else:
            gold_set = set(gold_list)
            pred_set = set(pred_list)
            for p in pred_list:
                if p in gold_set:
                    per_label[p.label].tp += 1
                else:
                    per_label[p.label].fp += 1
            for g in gold_list:
                if g not in pred_set:
                    per_label[g.label].fn += 1
    else:
        by_doc: dict[str, list[LabeledSpan]] = defaultdict(list)
        for g in gold_list:
            by_doc[g.doc].append(g)
        claimed: set[LabeledSpan] = set()
        for p in pred_list:
            candidates = by_doc.get(p.doc, ())
            match = next(
                (g for g in candidates if g not in claimed and same(g, p) and _overlaps(g, p)),
                None,
            )
            if match is None:
                per_label[p.label].fp += 1
            else:
                claimed.add(match)
                per_label[p.label].tp += 1
        for g in gold_list:
            if g not in claimed:
                per_label[g.label].fn += 1
    micro = Metrics()
    for metrics in per_label.values():
        micro.add(metrics)
    result = dict(sorted(per_label.items()))
    result[MICRO] = micro
    return result


@dataclass(frozen=True)
class ScoreRow:
    """One row of an evaluation table."""

    name: str
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    support: int | None = None
    value: float | None = None  # for accuracy-style rows

    @staticmethod
    def from_metrics(name: str, metrics: Metrics) -> ScoreRow:
        """Builds a P/R/F1 row; support is the number of gold items."""
        return ScoreRow(
            name, metrics.precision, metrics.recall, metrics.f1, metrics.tp + metrics.fn
        )


@dataclass
class EvalReport:
    """What an evaluation task reports: named tables of rows plus notes."""

    task: str
    data: str
    tables: dict[str, list[ScoreRow]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add_metrics(self, table: str, metrics: dict[str, Metrics]) -> None:
        """Adds one P/R/F1 row per label (micro last) to ``table``."""
        rows = [ScoreRow.from_metrics(name, m) for name, m in metrics.items() if name != MICRO]
        if MICRO in metrics:
            rows.append(ScoreRow.from_metrics(MICRO, metrics[MICRO]))
        self.tables[table] = rows

    def to_json(self) -> dict[str, Any]:
        """Returns the report as plain JSON-able data."""
        return {
            "task": self.task,
            "data": self.data,
            "counts": self.counts,
            "notes": self.notes,
            "tables": {
                name: [
                    {k: v for k, v in row.__dict__.items() if v is not None} for row in rows
                ]
                for name, rows in self.tables.items()
            },
        }


@dataclass(frozen=True)
class EvalOptions:
    """Options every task receives; tasks ignore those that do not apply."""

    data: Path
    predictions: Path | None = None
    genre: str | None = None
    limit: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


TaskFunc = Callable[[EvalOptions], EvalReport]


TaskSpec = Entry[TaskFunc]

# The built-in tasks register themselves when lagebild.eval.tasks is imported.
CATALOG: Catalog[TaskFunc] = Catalog("evaluation task", ("lagebild.eval.tasks",))
TASKS = CATALOG.entries
task = CATALOG.register
get_task = CATALOG.get


def greedy_pairs(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Pairs gold and predicted items one to one, best candidates first.

    Args:
        candidates: (cost, gold index, predicted index); lower cost pairs first.

    Returns:
        (gold index, predicted index) pairs; each index is used at most once.
    """
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gold, predicted in sorted(candidates):
        if gold not in used_gold and predicted not in used_predicted:
            used_gold.add(gold)
            used_predicted.add(predicted)
            pairs.append((gold, predicted))
    return pairs


def require_path(path: Path) -> Path:
    """Returns ``path`` when it exists, else raises a one-line EvalDataError."""
    if not path.exists():
        raise EvalDataError(Code.EVAL_DATA, "evaluation data not found", path=str(path))
    return path
