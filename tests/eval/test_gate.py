"""Evaluation gate: every component's score on data it was not developed on, against pinned floors.

Like trafilatura's ``tests/eval_gate.py``: a change that makes a component worse
fails here, even when every unit test still passes. Each floor sits a little
below the score measured when it was pinned (the number in the comment), so
that noise-free refactorings pass and real losses do not. Raise a floor when a
component improves; lower one only with a reason in the commit message.

The data are the independent gold tables in ``tests/gold`` (written before the
rules they measure, never tuned on) and the held-out parts of the public corpora
in ``../shared/data`` (tests skip with a reason when that folder is absent).
The full reports behind these numbers: ``lagebild eval TASK --data PATH``, as
listed in docs/evaluation.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lagebild.eval.core import EvalOptions, get_task
from tests.conftest import shared_path

GOLD = Path(__file__).resolve().parents[1] / "gold"


@dataclass(frozen=True)
class Floor:
    """One pinned minimum: ``table`` row ``row``, column ``column`` >= ``minimum``."""

    table: str
    row: str
    column: str
    minimum: float


@dataclass(frozen=True)
class Gate:
    """One evaluation run and the floors its report must meet."""

    name: str
    task: str
    data: tuple[str, ...]  # ("gold", file) or ("shared", folder, ..., file)
    floors: tuple[Floor, ...]
    extra: tuple[tuple[str, str], ...] = ()
    genre: str | None = None


GATES = (
    Gate("ner: GermEval 2014 test-a, sentences the model never saw", "ner",
         ("shared", "data", "ner-de", "germeval2014-test-a.tsv"),
         (Floor("exact span and type", "micro", "f1", 0.68),)),  # 0.695
    Gate("linking: actors gold", "linking", ("gold", "actors.tsv"),
         (Floor("linking accuracy", "all", "value", 0.95),  # 0.967
          Floor("mention recall (overlap)", "all", "recall", 0.90))),
    Gate("linking: second actor table, held-out half (blind)", "linking", ("gold", "actors2.tsv"),
         (Floor("linking accuracy", "all", "value", 0.96),)),  # 0.971
    Gate("linking: third actor table, held out whole (blind)", "linking", ("gold", "actors3.tsv"),
         (Floor("linking accuracy", "all", "value", 0.94),)),  # 0.948
    Gate("time: WikiWarsDE narratives", "time", ("shared", "data", "time-de"),
         (Floor("extraction (lenient)", "micro", "f1", 0.94),  # 0.950
          Floor("values", "value accuracy (matched)", "value", 0.92)),  # 0.935
         genre="narrative"),
    Gate("time: news gold", "time", ("gold", "time-news.jsonl"),
         (Floor("extraction (lenient)", "micro", "f1", 0.94),  # 0.955
          Floor("values", "value accuracy (matched)", "value", 0.90))),  # 0.913
    Gate("quantities: gold with negatives", "quantities", ("gold", "quantities.tsv"),
         (Floor("detection", "micro", "f1", 0.97),  # 0.983
          Floor("exact", "all", "value", 0.90)),  # 0.920
         extra=(("negatives", str(GOLD / "quantities-negative.tsv")),)),
    Gate("places: gold", "places", ("gold", "places.tsv"),
         (Floor("places", "country accuracy (all)", "value", 0.98),  # 0.990
          Floor("places", "exact accuracy (all)", "value", 0.965))),  # 0.977
    Gate("places: second gold table, held-out half (blind)", "places", ("gold", "places2.tsv"),
         (Floor("places", "country accuracy (all)", "value", 0.97),  # 0.980
          Floor("places", "exact accuracy (all)", "value", 0.945))),  # 0.950
    Gate("places: third gold table, held out whole (blind)", "places", ("gold", "places3.tsv"),
         (Floor("places", "country accuracy (all)", "value", 0.96),  # 0.965
          Floor("places", "exact accuracy (all)", "value", 0.95))),  # 0.956
    Gate("quotes: SpkAtt-2023, our development part", "quotes",
         ("shared", "data", "quotes-de"),
         (Floor("speech events (token level)", "Cue", "f1", 0.85),  # 0.869
          Floor("speech events (token level)", "Source", "f1", 0.725))),  # 0.736
    Gate("quotes: news gold", "quotes-news", ("gold", "quotes.tsv"),
         (Floor("detection (overlap)", "micro", "f1", 0.88),  # 0.909
          Floor("end to end", "attribution recall", "value", 0.73))),  # 0.762
    Gate("events: German gold", "events", ("gold", "events-de.jsonl"),
         (Floor("event type", "micro", "precision", 0.91),  # 0.942
          Floor("event type", "micro", "recall", 0.81))),  # 0.832
    Gate("events: second German gold, held out whole (blind)", "events",
         ("gold", "events-de2.jsonl"),
         (Floor("event type", "micro", "precision", 0.92),  # 0.940
          Floor("event type", "micro", "recall", 0.78))),  # 0.801
    Gate("events: English gold", "events", ("gold", "events-en.jsonl"),
         (Floor("event type", "micro", "precision", 0.70),  # 0.734
          Floor("event type", "micro", "recall", 0.63))),  # 0.662
    Gate("events: PLOVER GSR held-out half", "events",
         ("shared", "data", "events-en", "plover-gsr-given.jsonl"),
         (Floor("accuracy", "type", "value", 0.73),  # 0.762
          Floor("accuracy", "source", "value", 0.61),  # 0.637
          Floor("accuracy", "target", "value", 0.50)),  # 0.525
         extra=(("split", "test"),)),
)


def _data_path(parts: tuple[str, ...]) -> Path:
    if parts[0] == "gold":
        return GOLD.joinpath(*parts[1:])
    return shared_path(*parts[1:])


def _cell(tables: dict[str, list[dict[str, Any]]], floor: Floor) -> float:
    rows = {row["name"]: row for row in tables[floor.table]}
    value = rows[floor.row][floor.column]
    assert isinstance(value, float | int), f"{floor}: no number in the report"
    return float(value)


@pytest.mark.parametrize("gate", GATES, ids=[gate.name for gate in GATES])
def test_scores_stay_above_their_floors(gate: Gate) -> None:
    options = EvalOptions(
        data=_data_path(gate.data), genre=gate.genre, extra=dict(gate.extra)
    )
    tables = get_task(gate.task).func(options).to_json()["tables"]
    scores = {floor: _cell(tables, floor) for floor in gate.floors}
    below = [
        f"{floor.table} / {floor.row} / {floor.column}: {score:.3f} < {floor.minimum}"
        for floor, score in scores.items()
        if score < floor.minimum
    ]
    assert not below, f"{gate.name}: " + "; ".join(below)
