"""A conditional logit model: picks one of several candidates, each a bag of features.

Score of a candidate = the sum of its features' weights; the probability of
each candidate of one decision is the softmax of the scores over that
decision's candidates. Unlike a binary classifier scoring each candidate on
its own, the candidates compete, so "none of them" can be a candidate with
its own features and the probabilities of one decision add up to one.

Optionally a hidden layer adds what a sum of weights cannot express, the
interactions of features (cue lemma x side x case, mood x person x "none"):
each feature also has a vector of ``H`` numbers, a candidate's vectors are
summed, passed through a rectifier and weighed by an output vector; that
score is added to the linear one (a one-layer perceptron beside the linear
model, trained together with it).

Training maximises the L2-penalised log-likelihood of the right candidates
with full-batch Adam (numpy), from zero weights (the hidden layer from a
seeded random start) and in a fixed order, so the same data gives the same
model. The model is reviewable text: one ``feature<TAB>weight`` line per
feature, and for the hidden layer a second file of ``feature<TAB>vector``
lines (:func:`hidden_path`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from pathlib import Path

import numpy as np

from lagebild.errors import Code, LagebildError
from lagebild.quotes.files import numbered_lines

Candidates = Sequence[Sequence[str]]
# Weights smaller than this are not written (they change no decision).
_MIN_WEIGHT = 1e-5
# Keys of the hidden layer file that are not features (no feature starts with "<").
_BIAS, _OUTPUT = "<bias>", "<output>"
_TEMPLATE_END = re.compile(r"[=|]")


def hidden_path(path: Path) -> Path:
    """The file of the hidden layer of the model saved at ``path``."""
    return path.with_name(f"{path.stem}.hidden{path.suffix}")


class HiddenLayer:
    """The vectors of a one-layer perceptron over the same features as the linear model."""

    def __init__(
        self, vectors: dict[str, np.ndarray], bias: np.ndarray, output: np.ndarray
    ) -> None:
        """Wraps trained vectors (feature -> vector of H numbers), the bias and the output weights."""
        self.features = list(vectors)
        self.bias = bias
        self.output = output
        # Row 0 is zeros: every candidate sums over it too, so none is empty.
        self.index = {f: k + 1 for k, f in enumerate(self.features)}
        width = len(bias)
        self.matrix = np.vstack([np.zeros((1, width)), *(vectors[f][None, :] for f in self.features)])

    def scores(self, candidates: Candidates) -> np.ndarray:
        """Returns the hidden layer's score of every candidate."""
        get = self.index.get
        rows: list[int] = []
        starts: list[int] = []
        for feats in candidates:
            starts.append(len(rows))
            rows.append(0)
            rows += [k for k in (get(f, 0) for f in feats) if k]
        summed = np.add.reduceat(self.matrix[rows], starts, axis=0) + self.bias
        result: np.ndarray = np.maximum(summed, 0.0) @ self.output
        return result

    def save(self, path: Path) -> None:
        """Writes ``feature<TAB>numbers`` lines, the bias and output weights first."""

        def numbers(vector: np.ndarray) -> str:
            return " ".join(f"{x:.4g}" for x in vector)

        lines = [f"{_BIAS}\t{numbers(self.bias)}", f"{_OUTPUT}\t{numbers(self.output)}"]
        lines += [
            f"{f}\t{numbers(self.matrix[self.index[f]])}" for f in sorted(self.features)
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> HiddenLayer:
        """Reads a layer written by :meth:`save`.

        Raises:
            LagebildError: When a line is malformed or the bias or output is missing.
        """
        vectors: dict[str, np.ndarray] = {}
        for number, line in numbered_lines(path, "hidden layer"):
            name, _, value = line.rpartition("\t")
            try:
                vectors[name] = np.array([float(x) for x in value.split()])
            except ValueError:
                raise LagebildError(
                    Code.RESOURCE, "expected 'feature<TAB>numbers'", path=str(path), line=number
                ) from None
        bias, output = vectors.pop(_BIAS, None), vectors.pop(_OUTPUT, None)
        if bias is None or output is None or any(len(v) != len(bias) for v in vectors.values()):
            raise LagebildError(Code.RESOURCE, "malformed hidden layer", path=str(path))
        return cls(vectors, bias, output)


class ChoiceModel:
    """Feature weights of a conditional logit model."""

    def __init__(self, weights: dict[str, float], hidden: HiddenLayer | None = None) -> None:
        """Wraps trained weights (feature -> weight) and an optional hidden layer."""
        self.weights = weights
        self.hidden = hidden

    def scores(self, candidates: Candidates) -> list[float]:
        """Returns the score of every candidate (unknown features weigh nothing)."""
        get = self.weights.get
        linear = [sum(get(f, 0.0) for f in feats) for feats in candidates]
        if self.hidden is None or not candidates:
            return linear
        return [a + float(b) for a, b in zip(linear, self.hidden.scores(candidates), strict=True)]

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
        hidden: int = 0,
        hidden_l2: float = 1.0,
        hidden_min_count: int = 1,
        hidden_templates: Collection[str] = (),
        sample_weights: Sequence[float] | None = None,
    ) -> ChoiceModel:
        """Fits the weights.

        Args:
            decisions: For each decision, the features of each candidate.
            right: For each decision, the index of the right candidate.
            l2: Strength of the L2 penalty (on the summed log-likelihood).
            iterations: Adam steps over the whole data.
            rate: Adam's step size.
            hidden: Width of the hidden layer (0: a linear model only).
            hidden_l2: Strength of the L2 penalty on the hidden layer's vectors.
            hidden_min_count: Only features seen this often get a vector.
            hidden_templates: Only features of these templates (the name up
                to the first ``=`` or ``|``) get a vector; empty: all.
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
        names = sorted(vocabulary, key=vocabulary.__getitem__)
        allowed = np.array(
            [not hidden_templates or _template(f) in hidden_templates for f in names],
            dtype=bool,
        )
        layer = (
            _Perceptron(features, row_of, n_rows, n_feats, hidden, hidden_min_count, allowed)
            if hidden
            else None
        )
        w = np.zeros(n_feats)
        if sample_weights is not None:
            scaled = np.asarray(sample_weights, dtype=float)
            weight_of_row = (scaled / scaled.mean())[group_of]
        adam = _Adam(rate)
        for _ in range(iterations):
            scores = np.bincount(row_of, weights=w[features], minlength=n_rows)
            if layer is not None:
                scores += layer.forward()
            top = np.maximum.reduceat(scores, group_start)
            exps = np.exp(scores - top[group_of])
            probs = exps / np.add.reduceat(exps, group_start)[group_of]
            residual = probs - target
            if sample_weights is not None:
                residual = residual * weight_of_row
            grads = [
                (np.bincount(features, weights=residual[row_of], minlength=n_feats) + l2 * w)
                / n_groups
            ]
            parameters = [w]
            if layer is not None:
                grads += [g / n_groups for g in layer.backward(residual, hidden_l2)]
                parameters += layer.parameters()
            adam.step(parameters, grads)
        weights = {name: float(w[i]) for i, name in enumerate(names)}
        return cls(weights, layer.export(names) if layer is not None else None)

    def save(self, path: Path) -> None:
        """Writes the weights as sorted ``feature<TAB>weight`` lines."""
        lines = [
            f"{name}\t{weight:.6g}"
            for name, weight in sorted(self.weights.items())
            if abs(weight) >= _MIN_WEIGHT
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        layer_path = hidden_path(path)
        if self.hidden is not None:
            self.hidden.save(layer_path)
        elif layer_path.is_file():
            # A layer left by an earlier model would be read with these weights.
            layer_path.unlink()

    @classmethod
    def load(cls, path: Path) -> ChoiceModel:
        """Reads weights written by :meth:`save` (and the hidden layer when there is one).

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
        layer_path = hidden_path(path)
        return cls(weights, HiddenLayer.load(layer_path) if layer_path.is_file() else None)


def _template(feature: str) -> str:
    """The template of a feature: ``lem`` of ``lem=sagen|L``, ``E`` of ``E|modal|L``."""
    return _TEMPLATE_END.split(feature, maxsplit=1)[0]


class _Adam:
    """Adam over a list of numpy arrays, updated in place."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.t = 0
        self.moments: list[tuple[np.ndarray, np.ndarray]] = []

    def step(self, parameters: list[np.ndarray], grads: list[np.ndarray]) -> None:
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        if not self.moments:
            self.moments = [(np.zeros_like(p), np.zeros_like(p)) for p in parameters]
        self.t += 1
        t = self.t
        for p, g, (m, v) in zip(parameters, grads, self.moments, strict=True):
            m *= beta1
            m += (1 - beta1) * g
            v *= beta2
            v += (1 - beta2) * g * g
            p -= self.rate * (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)


class _Perceptron:
    """The hidden layer while it is trained: vectors summed per candidate, a rectifier, output weights.

    Every candidate also sums vector 0 (zeros, shared by the features seen too
    rarely), so no candidate is empty and both passes are one ``reduceat``.
    """

    def __init__(
        self,
        features: np.ndarray,
        row_of: np.ndarray,
        n_rows: int,
        n_feats: int,
        width: int,
        min_count: int,
        allowed: np.ndarray,
    ) -> None:
        counts = np.bincount(features, minlength=n_feats)
        self.slot = np.zeros(n_feats, dtype=np.int64)
        kept = np.flatnonzero((counts >= min_count) & allowed)
        self.slot[kept] = np.arange(1, len(kept) + 1)
        # The tokens of each row that have a vector, after a 0 that opens the row.
        slots = self.slot[features]
        has = slots > 0
        token_row = np.concatenate([np.arange(n_rows), row_of[has]])
        order = np.argsort(token_row, kind="stable")
        token_row = token_row[order]
        self.of_token = np.concatenate([np.zeros(n_rows, dtype=np.int64), slots[has]])[order]
        self.row_starts = np.searchsorted(token_row, np.arange(n_rows))
        # The same tokens ordered by vector, for the gradient of the vectors.
        self.by_slot = np.argsort(self.of_token, kind="stable")
        self.row_by_slot = token_row[self.by_slot]
        sorted_slots = self.of_token[self.by_slot]
        self.slots_seen, self.slot_starts = np.unique(sorted_slots, return_index=True)
        rng = np.random.default_rng(0)
        self.vectors = rng.normal(0.0, 0.1, (len(kept) + 1, width)).astype(np.float32)
        self.vectors[0] = 0.0
        self.bias = np.zeros(width, dtype=np.float32)
        self.output = rng.normal(0.0, 0.1, width).astype(np.float32)
        self.summed = np.zeros((n_rows, width), dtype=np.float32)

    def parameters(self) -> list[np.ndarray]:
        return [self.vectors, self.bias, self.output]

    def forward(self) -> np.ndarray:
        self.summed = np.add.reduceat(self.vectors[self.of_token], self.row_starts, axis=0)
        self.summed += self.bias
        scores: np.ndarray = np.maximum(self.summed, 0.0) @ self.output
        return scores.astype(np.float64)

    def backward(self, residual: np.ndarray, l2: float) -> list[np.ndarray]:
        residual32 = residual.astype(np.float32)
        grad_output = np.maximum(self.summed, 0.0).T @ residual32
        d_summed = residual32[:, None] * self.output[None, :] * (self.summed > 0)
        grad_vectors = l2 * self.vectors
        grad_vectors[self.slots_seen] += np.add.reduceat(
            d_summed[self.row_by_slot], self.slot_starts, axis=0
        )
        grad_vectors[0] = 0.0
        return [grad_vectors, d_summed.sum(axis=0), grad_output + l2 * self.output]

    def export(self, names: Sequence[str]) -> HiddenLayer:
        vectors = {
            name: self.vectors[self.slot[i]].astype(np.float64)
            for i, name in enumerate(names)
            if self.slot[i] and np.abs(self.vectors[self.slot[i]]).max() >= _MIN_WEIGHT
        }
        return HiddenLayer(vectors, self.bias.astype(np.float64), self.output.astype(np.float64))
