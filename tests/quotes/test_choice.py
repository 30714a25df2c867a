"""The conditional logit model behind the role choosers."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.quotes.choice import ChoiceModel


def _decisions(count: int, offset: int = 0) -> tuple[list[list[list[str]]], list[int]]:
    """Decisions whose right candidate carries "good"; distractors carry noise words."""
    decisions = []
    right = []
    for k in range(count):
        n = 2 + k % 3
        answer = (k * 7) % n
        candidates = [
            [f"noise{(k + offset) * 5 + j}", "good" if j == answer else "bad"] for j in range(n)
        ]
        decisions.append(candidates)
        right.append(answer)
    return decisions, right


def test_learns_the_feature_that_marks_the_right_candidate() -> None:
    decisions, right = _decisions(60)
    model = ChoiceModel.train(decisions, right, iterations=200)
    assert model.weights["good"] > model.weights["bad"]
    unseen, answers = _decisions(20, offset=1000)
    for candidates, answer in zip(unseen, answers, strict=True):
        probabilities = model.probabilities(candidates)
        assert sum(probabilities) == pytest.approx(1.0)
        assert max(range(len(candidates)), key=probabilities.__getitem__) == answer


def test_training_is_deterministic() -> None:
    decisions, right = _decisions(40)
    first = ChoiceModel.train(decisions, right, iterations=50)
    second = ChoiceModel.train(decisions, right, iterations=50)
    assert first.weights == second.weights


def test_save_and_load_keep_the_scores(tmp_path: Path) -> None:
    decisions, right = _decisions(30)
    model = ChoiceModel.train(decisions, right, iterations=50)
    path = tmp_path / "model.tsv"
    model.save(path)
    loaded = ChoiceModel.load(path)
    for candidates in decisions:
        assert loaded.scores(candidates) == pytest.approx(model.scores(candidates), abs=1e-4)


def test_unknown_features_weigh_nothing() -> None:
    model = ChoiceModel({"a": 2.0})
    assert model.scores([["a", "zzz"], ["zzz"]]) == [2.0, 0.0]
    assert model.probabilities([]) == []


@pytest.mark.parametrize("content", ["feature\tnot-a-number\n", "no tab here\n"])
def test_malformed_model_file_is_an_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LagebildError):
        ChoiceModel.load(path)


def test_missing_model_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LagebildError):
        ChoiceModel.load(tmp_path / "absent.tsv")
