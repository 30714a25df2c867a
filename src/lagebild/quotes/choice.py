"""A conditional logit model: picks one of several candidates, each a bag of features.

Score of a candidate = the sum of its features' weights; the probability of
each candidate of one decision is the softmax of the scores over that
decision's candidates. Unlike a binary classifier scoring each candidate on
its own, the candidates compete, so "none of them" can be a candidate with
its own features and the probabilities of one decision add up to one.

Training maximises the L2-penalised log-likelihood of the right candidates
with full-batch Adam (numpy), from zero weights and in a fixed order, so the
same data gives the same model. The model is a reviewable text file, one
``feature<TAB>weight`` line per feature.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from lagebild.errors import Code, LagebildError
from lagebild.quotes.files import numbered_lines

Candidates = Sequence[Sequence[str]]
# Weights smaller than this are not written (they change no decision).
_MIN_WEIGHT = 1e-5


class ChoiceModel:
    """Feature weights of a conditional logit model."""

    def __init__(self, weights: dict[str, float]) -> None:
        """Wraps trained weights (feature -> weight)."""
        self.weights = weights

    def scores(self, candidates: Candidates) -> list[float]:
        """Returns the score of every candidate (unknown features weigh nothing)."""
        get = self.weights.get
        return [sum(get(f, 0.0) for f in feats) for feats in candidates]

    def probabilities(self, candidates: Candidates) -> list[float]:
        """Returns the softmax of the candidates' scores."""
        scores = self.scores(candidates)
        if not scores:
            return []
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    @classmethod
    def train(
        cls,
        decisions: Sequence[Candidates],
        right: Sequence[int],
        *,
        l2: float = 1.0,
        iterations: int = 300,
        rate: float = 0.1,
    ) -> ChoiceModel:
        """Fits the weights.

        Args:
            decisions: For each decision, the features of each candidate.
            right: For each decision, the index of the right candidate.
            l2: Strength of the L2 penalty (on the summed log-likelihood).
            iterations: Adam steps over the whole data.
            rate: Adam's step size.
        """
        vocabulary: dict[str, int] = {}
        indices: list[int] = []
        row_sizes: list[int] = []
        group_sizes: list[int] = []
        for candidates in decisions:
            group_sizes.append(len(candidates))
            for feats in candidates:
                for f in feats:
                    indices.append(vocabulary.setdefault(f, len(vocabulary)))
                row_sizes.append(len(feats))
        features = np.array(indices, dtype=np.int64)
        n_rows, n_feats, n_groups = len(row_sizes), len(vocabulary), len(group_sizes)
        row_of = np.repeat(np.arange(n_rows), row_sizes)
        group_of = np.repeat(np.arange(n_groups), group_sizes)
        group_start = np.concatenate([[0], np.cumsum(group_sizes)[:-1]]).astype(np.int64)
        target = np.zeros(n_rows)
        target[group_start + np.asarray(right, dtype=np.int64)] = 1.0
        w = np.zeros(n_feats)
        m = np.zeros(n_feats)
        v = np.zeros(n_feats)
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        for t in range(1, iterations + 1):
            scores = np.bincount(row_of, weights=w[features], minlength=n_rows)
            top = np.maximum.reduceat(scores, group_start)
            exps = np.exp(scores - top[group_of])
            probs = exps / np.add.reduceat(exps, group_start)[group_of]
            residual = (probs - target)[row_of]
            grad = (np.bincount(features, weights=residual, minlength=n_feats) + l2 * w) / n_groups
            m = beta1 * m + (1 - beta1) * grad
            v = beta2 * v + (1 - beta2) * grad * grad
            w -= rate * (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)
        names = sorted(vocabulary, key=vocabulary.__getitem__)
        return cls({name: float(w[i]) for i, name in enumerate(names)})

    def save(self, path: Path) -> None:
        """Writes the weights as sorted ``feature<TAB>weight`` lines."""
        lines = [
            f"{name}\t{weight:.6g}"
            for name, weight in sorted(self.weights.items())
            if abs(weight) >= _MIN_WEIGHT
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ChoiceModel:
        """Reads weights written by :meth:`save`.

        Raises:
            LagebildError: When the file is missing or a line is malformed.
        """
        weights: dict[str, float] = {}
        for number, line in numbered_lines(path, "choice model"):
            name, _, value = line.rpartition("\t")
            try:
                weights[name] = float(value)
            except ValueError:
                raise LagebildError(
                    Code.RESOURCE, "expected 'feature<TAB>weight'", path=str(path), line=number
                ) from None
        return cls(weights)
