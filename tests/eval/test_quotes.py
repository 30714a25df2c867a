"""Evaluation task ``quotes`` (SpkAtt-2023): scoring, reading and writing the format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.eval.core import EvalOptions, get_task
from lagebild.eval.quotes import ALL_ROLES, pair_events, score_corpus, score_events
from lagebild.quotes.spkatt import SpeechEvent, find_files, is_dev, read_doc, to_json, write_doc
from tests.conftest import shared_path


def event(**roles: list[tuple[int, int]]) -> SpeechEvent:
    return SpeechEvent({role: frozenset(tokens) for role, tokens in roles.items()})


def test_pairing_needs_a_shared_cue_token() -> None:
    gold = [event(Cue=[(0, 3)]), event(Cue=[(1, 2), (1, 5)])]
    predicted = [event(Cue=[(1, 5)]), event(Cue=[(0, 4)])]
    assert pair_events(gold, predicted) == [(1, 0)]


def test_pairing_is_one_to_one_and_prefers_larger_overlap() -> None:
    gold = [event(Cue=[(0, 1)]), event(Cue=[(0, 1), (0, 2)])]
    predicted = [event(Cue=[(0, 1), (0, 2)])]
    assert pair_events(gold, predicted) == [(1, 0)]


def test_token_counts_of_paired_and_unpaired_events() -> None:
    gold = [
        event(Cue=[(0, 2)], Source=[(0, 0), (0, 1)], Message=[(0, 4), (0, 5), (0, 6)]),
        event(Cue=[(2, 1)], Source=[(2, 0)]),
    ]
    predicted = [
        event(Cue=[(0, 2)], Source=[(0, 1)], Message=[(0, 4), (0, 5), (0, 6), (0, 7)]),
        event(Cue=[(3, 3)], Source=[(3, 0)]),
    ]
    metrics = score_events(gold, predicted)
    assert (metrics["Cue"].tp, metrics["Cue"].fp, metrics["Cue"].fn) == (1, 1, 1)
    assert (metrics["Source"].tp, metrics["Source"].fp, metrics["Source"].fn) == (1, 1, 2)
    assert (metrics["Message"].tp, metrics["Message"].fp, metrics["Message"].fn) == (3, 1, 0)
    total = score_corpus([(gold, predicted)])
    assert total[ALL_ROLES].tp == 4
    assert total["Source"].precision == pytest.approx(0.5)


def test_perfect_prediction_scores_one() -> None:
    gold = [event(Cue=[(0, 1)], Source=[(0, 0)], PTC=[(0, 5)])]
    metrics = score_corpus([(gold, list(gold))])
    assert metrics["Cue"].f1 == 1.0
    assert metrics["PTC"].f1 == 1.0
    assert metrics["Addr"].tp + metrics["Addr"].fp + metrics["Addr"].fn == 0


def _write_speech(folder: Path, name: str) -> Path:
    data = {
        "Sentences": [
            {"SentenceId": 0, "Tokens": ["Frau", "Präsidentin", "!"]},
            {"SentenceId": 1, "Tokens": ["Ich", "glaube", ",", "dass", "das", "stimmt", "."]},
        ],
        "Annotations": [
            {
                "Cue": ["1:1"],
                "Source": ["1:0"],
                "Message": ["1:3", "1:4", "1:5"],
                "Addr": [],
                "Topic": [],
                "Medium": [],
                "Evidence": [],
                "PTC": [],
            }
        ],
    }
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_read_and_write_round_trip(tmp_path: Path) -> None:
    path = _write_speech(tmp_path, "speech")
    doc = read_doc(path)
    assert doc.sentences[1][1] == "glaube"
    assert doc.events[0].tokens("Source") == {(1, 0)}
    out = tmp_path / "out.json"
    write_doc(out, doc, doc.events)
    assert json.loads(out.read_text(encoding="utf-8")) == to_json(doc, doc.events)
    assert read_doc(out).events == doc.events


def test_task_scores_and_writes_predictions(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _write_speech(data, "a")
    _write_speech(data, "b")
    out = tmp_path / "pred"
    report = get_task("quotes").func(EvalOptions(data=data, predictions=out))
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    predicted = read_doc(out / "a.json")
    assert predicted.sentences == read_doc(data / "a.json").sentences
    rows = {row.name: row for row in report.tables["speech events (token level)"]}
    assert rows["Cue"].f1 == pytest.approx(1.0)
    assert rows["Source"].f1 == pytest.approx(1.0)
    assert report.counts["files"] == 2


def test_dev_split_is_fixed_and_about_a_fifth() -> None:
    names = [f"speech_{i}" for i in range(1000)]
    share = sum(is_dev(n) for n in names) / len(names)
    assert 0.15 < share < 0.25
    assert [is_dev(n) for n in names] == [is_dev(n) for n in names]


@pytest.mark.shared
def test_task_on_spkatt_skips_training_speeches() -> None:
    data = shared_path("data", "quotes-de")
    files = find_files(data)
    assert len(files) == 177
    report = get_task("quotes").func(EvalOptions(data=data, limit=3))
    assert report.counts["files"] == 3
    assert report.counts["skipped (model trained on them)"] > 100
    rows = {row.name: row for row in report.tables["speech events (token level)"]}
    assert rows["Cue"].f1 is not None and rows["Cue"].f1 > 0.5
