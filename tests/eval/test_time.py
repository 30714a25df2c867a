"""Tests of the ``time`` evaluation task: gold readers and scoring."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lagebild.errors import EvalDataError
from lagebild.eval.core import EvalOptions, get_task
from lagebild.eval.time import leaves, read_gold, read_jsonl, read_wikiwars
from lagebild.model import TimeExpr
from tests.conftest import shared_path

DEV = Path(__file__).resolve().parents[1] / "data" / "time-dev.jsonl"


def _write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_jsonl_occurrences_are_one_based(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "g.jsonl", [{
        "id": "s1", "lang": "de", "dct": "2023-10-25",
        "text": "Am Montag und am Montag danach.",
        "timexes": [{"text": "Montag", "occurrence": 2, "type": "DATE", "value": "X"}],
    }])
    (doc,) = read_jsonl(path)
    assert (doc.timexes[0].start, doc.timexes[0].end) == (17, 23)


def test_jsonl_occurrences_may_be_zero_based(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "g.jsonl", [{
        "id": "s1", "lang": "de", "dct": "2023-10-25",
        "text": "Am Montag und am Montag danach.",
        "timexes": [{"text": "Montag", "occurrence": 0, "type": "DATE", "value": "X"},
                    {"text": "Montag", "occurrence": 1, "type": "DATE", "value": "Y"}],
    }])
    (doc,) = read_jsonl(path)
    assert [t.start for t in doc.timexes] == [3, 17]


def test_jsonl_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "text": "x", "timexes": []}\n{broken\n', encoding="utf-8")
    with pytest.raises(EvalDataError) as caught:
        read_jsonl(path)
    assert caught.value.line == 2
    missing = _write_jsonl(tmp_path / "m.jsonl", [{
        "id": "s", "text": "Am Montag.", "timexes": [{"text": "Dienstag", "value": "X"}],
    }])
    with pytest.raises(EvalDataError, match="not found"):
        read_jsonl(missing)


def test_wikiwars_byte_offsets_and_last_value(tmp_path: Path) -> None:
    folder = tmp_path / "ww"
    (folder / "in").mkdir(parents=True)
    (folder / "key").mkdir()
    sgm = ("<DOC>\n<DOCID>x</DOCID>\n<DATETIME> 2011-02-16T17:00:00 </DATETIME>\n<TEXT>\n"
           "Größere Kämpfe begannen 1914 und endeten bald.\n</TEXT>\n</DOC>\n")
    (folder / "in" / "x.sgm").write_text(sgm, encoding="utf-8")
    stripped = re.sub(r"<[^>]*>", "", sgm).encode("utf-8")
    year = stripped.index(b"1914")
    soon = stripped.index(b"bald")
    (folder / "key" / "x.key.apf.xml").write_text(
        f'<timex2 ID="a" VAL="1914"><charseq START="{year}" END="{year + 3}">1914</charseq>'
        f'</timex2>\n<timex2 ID="b" VAL="1914" VAL="FUTURE_REF"><charseq START="{soon}" '
        f'END="{soon + 3}">bald</charseq></timex2>\n', encoding="utf-8")
    (doc,) = read_wikiwars(folder)
    assert [doc.text[t.start:t.end] for t in doc.timexes] == ["1914", "bald"]
    assert [t.value for t in doc.timexes] == ["1914", "FUTURE_REF"]
    assert str(doc.published) == "2011-02-16"


def test_missing_data_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError):
        read_gold(tmp_path / "nothing.jsonl")


def test_leaves_drop_interval_records() -> None:
    def t(start: int, end: int) -> TimeExpr:
        return TimeExpr(doc_id="d", text="x" * (end - start), start=start, end=end, value=None,
                        type="DATE")

    outer, left, right = t(0, 30), t(9, 15), t(20, 28)
    assert leaves([outer, left, right]) == [left, right]


def test_task_scores_the_dev_file() -> None:
    report = get_task("time").func(EvalOptions(data=DEV))
    tables = report.to_json()["tables"]
    lenient = tables["extraction (lenient)"][-1]
    values = tables["values"][0]
    assert lenient["f1"] >= 0.9
    assert values["value"] >= 0.85
    assert report.counts["gold"] >= 70


def test_task_reports_the_genre(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "g.jsonl", [{
        "id": "s", "lang": "de", "dct": "2023-10-25", "text": "Heute ist Ruhe.",
        "timexes": [{"text": "Heute", "occurrence": 1, "type": "DATE",
                     "value": "PRESENT_REF"}],
    }])
    narrative = get_task("time").func(EvalOptions(data=path, genre="narrative"))
    news = get_task("time").func(EvalOptions(data=path, genre="news"))
    assert narrative.tables["values"][0].value == 1.0
    assert news.tables["values"][0].value == 0.0
    assert narrative.notes[0].startswith("genre: narrative")


def test_wikiwars_gold_offsets_point_at_their_text() -> None:
    folder = shared_path("data", "time-de", "WikiWarsDE_20110412")
    docs = read_wikiwars(folder)
    assert len(docs) == 11
    for doc in docs:
        key = (folder / "key" / f"{doc.id}.key.apf.xml").read_text(encoding="utf-8")
        texts = re.findall(r'<charseq START="\d+" END="\d+">(.*?)</charseq>', key, re.S)
        spans = [doc.text[t.start:t.end] for t in doc.timexes]
        assert spans == [x.replace("&amp;", "&") for x in texts[1:]]  # the first is the DCT
