"""Span matching and P/R/F1 shared by every evaluation task."""

from __future__ import annotations

import pytest

from lagebild.eval.core import LabeledSpan, Metrics, score_spans

GOLD = [
    LabeledSpan("d1", 0, 5, "PER"),
    LabeledSpan("d1", 10, 20, "ORG"),
    LabeledSpan("d2", 3, 8, "LOC"),
]


def test_exact_matching_per_label_and_micro() -> None:
    predicted = [
        LabeledSpan("d1", 0, 5, "PER"),      # exact hit
        LabeledSpan("d1", 10, 19, "ORG"),    # boundary off
        LabeledSpan("d2", 3, 8, "ORG"),      # wrong label
    ]
    scores = score_spans(GOLD, predicted)
    assert (scores["PER"].tp, scores["PER"].fp, scores["PER"].fn) == (1, 0, 0)
    assert (scores["ORG"].tp, scores["ORG"].fp, scores["ORG"].fn) == (0, 2, 1)
    assert (scores["LOC"].tp, scores["LOC"].fn) == (0, 1)
    micro = scores["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 2)
    assert micro.precision == pytest.approx(1 / 3) and micro.recall == pytest.approx(1 / 3)


def test_overlap_matching_is_one_to_one() -> None:
    predicted = [
        LabeledSpan("d1", 1, 3, "PER"),
        LabeledSpan("d1", 2, 4, "PER"),      # second claim on the same gold span
        LabeledSpan("d1", 15, 30, "ORG"),
        LabeledSpan("d2", 0, 3, "LOC"),      # touches but does not overlap [3, 8)
    ]
    micro = score_spans(GOLD, predicted, "overlap")["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (2, 2, 1)


def test_ignoring_labels() -> None:
    predicted = [LabeledSpan("d2", 3, 8, "ORG")]
    micro = score_spans(GOLD, predicted, ignore_labels=True)["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (1, 0, 2)
    overlap = score_spans(GOLD, [LabeledSpan("d2", 4, 6, "X")], "overlap", ignore_labels=True)
    assert overlap["micro"].tp == 1


def test_documents_are_kept_apart() -> None:
    assert score_spans(GOLD, [LabeledSpan("d2", 0, 5, "PER")])["micro"].tp == 0


def test_empty_metrics_are_zero_not_errors() -> None:
    assert (Metrics().precision, Metrics().recall, Metrics().f1) == (0.0, 0.0, 0.0)
