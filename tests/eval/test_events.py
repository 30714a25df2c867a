"""Tests of the ``events`` evaluation task: pairing, actor matching, GSR reading, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.eval.core import EvalOptions, get_task
from lagebild.eval.events import (
    PLOVER05_TO_20,
    Analysed,
    actor_spans,
    actors_match,
    evaluate_sentences,
    gsr_checks,
    pair_events,
    pick_event,
    read_gsr,
    report_gsr,
    report_sentences,
)
from lagebild.model import Event, EventActor, EventDate, Offsets, Span


def _event(event_type: str, sources: list[tuple[str, str | None, int, int]],
           targets: list[tuple[str, str | None, int, int]] = (),  # type: ignore[assignment]
           trigger: tuple[int, int] = (0, 1), confidence: float = 0.5,
           date: str | None = None, modality: str = "asserted") -> Event:
    def actors(items: list[tuple[str, str | None, int, int]]) -> list[EventActor]:
        return [EventActor(name=n, kb_id=k, start=s, end=e) for n, k, s, e in items]

    return Event(
        doc_id="d", type=event_type, sources=actors(sources), targets=actors(list(targets)),
        confidence=confidence, evidence=Offsets(start=0, end=10), modality=modality,
        trigger=Span(text="x", start=trigger[0], end=trigger[1]),
        date=EventDate(value=date, start=0, end=1, basis="text") if date else None,
    )


def test_actor_matching_by_name_span_and_unlinked() -> None:
    text = "Die Polizei nahm Demonstranten fest."
    police = EventActor(name="Polizei", kb_id=None, start=4, end=11)
    israel = EventActor(name="Israel", kb_id="Q801", start=20, end=26)
    assert actors_match(["unlinked"], [police], text)
    assert actors_match(["Israel"], [israel], text)
    assert actors_match(["Israeli police"], [israel], text, [[(18, 30)]])
    assert not actors_match(["Israel"], [police], text)
    assert not actors_match(["Israel", "Hamas"], [israel], text)
    assert actors_match([], [], text)


def test_gsr_actor_found_by_its_tagged_pieces() -> None:
    text = "Ruritania refused to meet Freedonia's visiting King Otto in Zenda."
    # the gold joins two tagged pieces that are not one substring of the sentence
    spans = actor_spans(text, "Freedonia's King Otto", ["Freedonia's", "King Otto", "Zenda"])
    assert [text[a:b] for a, b in spans] == ["Freedonia's", "King Otto"]
    assert actor_spans(text, "Ruritania", []) == [(0, 9)]
    joined = actor_spans(text, "Ruritania .. in Zenda", [])
    assert [text[a:b] for a, b in joined] == ["Ruritania", "in Zenda"]
    assert actor_spans(text, "Graustark", ["Graustark"]) == []
    king = EventActor(name="Otto", kb_id=None, start=text.index("King"), end=len(text) - 10)
    assert actors_match(["Freedonia's King Otto"], [king], text, [spans])
    assert not actors_match(["Freedonia's King Otto"], [king], text, [[(0, 9)]])


def test_pairing_prefers_actor_agreement() -> None:
    gold = [
        {"type": "ASSAULT", "source": ["Hamas"], "target": ["Israel"]},
        {"type": "ASSAULT", "source": ["Israel"], "target": ["Hamas"]},
    ]
    first = _event("ASSAULT", [("Israel", "Q801", 0, 6)], [("Hamas", "Q38799", 7, 12)])
    second = _event("ASSAULT", [("Hamas", "Q38799", 7, 12)], [("Israel", "Q801", 0, 6)])
    spurious = _event("THREATEN", [("Iran", "Q794", 13, 17)])
    pairs, missed, extra = pair_events(gold, [first, second, spurious], "x" * 20)
    assert not missed and extra == [spurious]
    assert {(g["source"][0], e.sources[0].name) for g, e in pairs} == {
        ("Hamas", "Hamas"), ("Israel", "Israel")}


def test_sentence_report_counts_types_and_fields() -> None:
    rows = [
        {"id": "a", "text": "t", "events": [
            {"type": "ASSAULT", "source": ["Hamas"], "target": [], "date": "2024-01-02",
             "modality": "asserted", "reported_by": None}]},
        {"id": "b", "text": "t", "events": []},
    ]
    analysed = [
        Analysed("t", [_event("ASSAULT", [("Hamas", "Q38799", 0, 5)], date="2024-01-03")]),
        Analysed("t", [_event("CONSULT", [("Iran", "Q794", 0, 4)])]),
    ]
    report = report_sentences("events", "x", evaluate_sentences(rows, analysed))
    types = {row.name: row for row in report.tables["event type"]}
    assert types["ASSAULT"].precision == 1.0 and types["ASSAULT"].recall == 1.0
    assert types["CONSULT"].precision == 0.0
    fields = {row.name: row.value for row in report.tables["fields (paired events)"]}
    assert fields["source"] == 1.0 and fields["date"] == 0.0
    assert report.counts["sentences fully right"] == 0


def _gsr_file(tmp_path: Path) -> Path:
    # Invented records in the GSR shape (no text from ../shared).
    records = [
        {"id": "DOC", "event": "DOCUMENT"},
        {"id": "R1", "event": "DEMAND", "text": "Ruritania demanded talks with Freedonia.",
         "source": [{"actorText": "Ruritania"}], "target": [{"actorText": "Freedonia"}],
         "textInfo": {"markup": "(SRC: Ruritania) (EVT: demanded) talks with (TAR: Freedonia)."}},
        {"id": "R2", "event": "FIGHT", "text": "Ruritania shelled Freedonia.",
         "source": [{"actorText": "Ruritania"}], "target": "",
         "textInfo": {"markup": "(SRC: Ruritania) (EVT: shelled) Freedonia."}},
        {"id": "R3", "event": "DISAPPROVE", "text": "Freedonia criticised Ruritania.",
         "source": [{"actorText": "Freedonia"}], "target": [{"actorText": "Ruritania"}],
         "textInfo": {"markup": "(SRC: Freedonia) (EVT: criticised) (TAR: Ruritania)."}},
    ]
    path = tmp_path / "gsr.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_gsr_labels_map_to_plover_2(tmp_path: Path) -> None:
    records = read_gsr(_gsr_file(tmp_path))
    assert [r.type for r in records] == ["REQUEST", "ASSAULT", "ACCUSE"]
    assert records[0].events == [(10, 18)]
    assert records[1].targets == []
    assert {PLOVER05_TO_20[k] for k in ("INVESTIGATE", "DISAPPROVE")} == {"ACCUSE"}


def test_gsr_split_alternates(tmp_path: Path) -> None:
    path = _gsr_file(tmp_path)
    dev = read_gsr(path, "dev")
    test = read_gsr(path, "test")
    assert [r.id for r in dev] == ["R1", "R3"] and [r.id for r in test] == ["R2"]


def test_gsr_checks_and_report(tmp_path: Path) -> None:
    records = read_gsr(_gsr_file(tmp_path))
    text = records[0].text
    right = _event("REQUEST", [("Ruritania", "lb:x", 0, 9)], [("Freedonia", "lb:y", 28, 37)],
                   trigger=(10, 18))
    other = _event("CONSULT", [("Ruritania", "lb:x", 0, 9)], trigger=(19, 24), confidence=0.9)
    assert pick_event(records[0], [other, right]) is right
    assert gsr_checks(records[0], right) == {"type": True, "source": True, "target": True}
    assert gsr_checks(records[1], None) == {"type": False, "source": False, "target": False}
    analysed = [Analysed(text, [right]), Analysed(records[1].text, []),
                Analysed(records[2].text, [other])]
    report = report_gsr("x", records, analysed, None)
    accuracy = {row.name: row.value for row in report.tables["accuracy"]}
    assert accuracy["type"] == pytest.approx(1 / 3)
    assert report.counts["no event predicted"] == 1


def test_task_runs_on_lagebild_jsonl(tmp_path: Path) -> None:
    rows = [
        {"id": "x-1", "lang": "de", "dct": "2024-03-15",
         "text": "Die Hamas griff am Montag Israel an.",
         "events": [{"type": "ASSAULT", "source": [], "target": [], "date": "2024-03-11",
                     "modality": "asserted", "reported_by": None}]},
        {"id": "x-2", "lang": "de", "dct": "2024-03-15", "text": "Charkiw liegt im Osten.",
         "events": []},
    ]
    data = tmp_path / "events.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    report = get_task("events").func(EvalOptions(data=data, predictions=out))
    types = {row.name: row for row in report.tables["event type"]}
    assert types["ASSAULT"].recall == 1.0 and types["micro"].precision == 1.0
    fields = {row.name: row.value for row in report.tables["fields (paired events)"]}
    assert fields["date"] == 1.0 and fields["modality"] == 1.0
    predicted = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert predicted[0]["events"][0]["type"] == "ASSAULT" and predicted[1]["events"] == []
