"""Tests of the ``quotes-news`` evaluation task."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import EvalDataError
from lagebild.eval.core import EvalOptions, get_task
from lagebild.eval.quotes_news import GoldQuote, pair_quotes, read_gold
from lagebild.model import Quote

HEADER = "id\tlang\tsentence\tkind\tquote_text\tspeaker_text\tcue_text\n"


def _table(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "quotes.tsv"
    path.write_text("# test table\n" + HEADER + "".join(row + "\n" for row in rows),
                    encoding="utf-8")
    return path


def _quote(start: int, end: int) -> Quote:
    return Quote(doc_id="d", text="x" * (end - start), start=start, end=end, kind="direct")


def _gold(row_id: str, start: int, end: int) -> GoldQuote:
    return GoldQuote(row_id, "de-1", "direct", (start, end), None, None)


def test_pairs_one_to_one_by_largest_overlap() -> None:
    gold = [_gold("a", 0, 10), _gold("b", 20, 30)]
    wide, narrow = _quote(5, 25), _quote(21, 29)
    pairs = pair_quotes(gold, [wide, narrow])
    assert [(g.row_id, p.start) for g, p in pairs] == [("b", 21), ("a", 5)]


def test_no_pair_without_overlap() -> None:
    assert pair_quotes([_gold("a", 0, 10)], [_quote(10, 20)]) == []


def test_speaker_is_located_outside_the_quote(tmp_path: Path) -> None:
    sentence = "„Merz lügt“, sagte Merz am Abend."
    gold, _ = read_gold(_table(tmp_path, f"de-1-1\tde\t{sentence}\tdirect\tMerz lügt\tMerz\tsagte"))
    assert gold[0].speaker == (19, 23)


def test_split_cue_is_located_by_its_first_part(tmp_path: Path) -> None:
    sentence = "Die Regierung teilte am Montag mit, sie werde klagen."
    path = _table(tmp_path, f"de-1-1\tde\t{sentence}\tindirect\tsie werde klagen\t"
                            "Die Regierung\tteilte … mit")
    gold, _ = read_gold(path)
    assert gold[0].cue == (14, 20)


@pytest.mark.parametrize("row", [
    "de-1-1\tde\tEr schwieg.\tdirect\tnicht da\tEr\t",
    "de-1-1\tde\t„Ja“, sagte sie.\tquote\tJa\tsie\tsagte",
    "de-1-1\tde\t„Ja“, sagte sie.\tdirect\tJa\ter\tsagte",
])
def test_bad_rows_are_clean_errors(tmp_path: Path, row: str) -> None:
    with pytest.raises(EvalDataError):
        read_gold(_table(tmp_path, row))


def test_task_finds_and_attributes_plain_quotes(tmp_path: Path) -> None:
    path = _table(
        tmp_path,
        "de-1-1\tde\t„Wir bleiben hart“, sagte die Ministerin am Freitag in Bern.\tdirect\t"
        "Wir bleiben hart\tdie Ministerin\tsagte",
        "en-2-1\ten\t\"The port is closed,\" the harbour master told reporters on Sunday.\t"
        "direct\tThe port is closed,\tthe harbour master\ttold",
    )
    report = get_task("quotes-news").func(EvalOptions(data=path)).to_json()
    detection = {row["name"]: row for row in report["tables"]["detection (overlap)"]}
    assert detection["micro"]["recall"] == 1.0
    ends = {row["name"]: row for row in report["tables"]["end to end"]}
    assert ends["attribution recall"]["value"] == 1.0
