"""The `places` evaluation task and its GermEval detection companion."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import EvalDataError
from lagebild.eval.core import EvalOptions, get_task
from lagebild.eval.places import read_germeval, read_gold

HEADER = "id\tlang\tsentence\tmention\toccurrence\tgeonameid\tcountry_code\tname\tlevel\n"


def write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def values(report_rows: list[object]) -> dict[str, float | None]:
    return {row.name: row.value for row in report_rows}  # type: ignore[attr-defined]


def test_scores_on_a_small_table(tmp_path: Path) -> None:
    path = write(tmp_path, [
        "a\tde\tRaketen trafen Haifa und Haifa.\tHaifa\t2\t294801\tIL\tHaifa\tcity",
        "b\tde\tMoskau reagierte scharf.\tMoskau\t1\t\tRU\tMoscow\tnot_place",
        # Wrong on purpose: the gold id is Paris, Texas, the sentence says Paris.
        "c\ten\tHe flew to Paris.\tParis\t1\t4717560\tUS\tParis\tcity",
        "d\ten\tRockets hit northern Israel.\tnorthern Israel\t1\t\tIL\tnorthern Israel\tregion",
        "e\ten\tThe crowd cheered.\tcrowd\t1\t\t\tcrowd\tcity",
    ])
    report = get_task("places").func(EvalOptions(data=path, predictions=tmp_path / "p.jsonl"))
    got = values(report.tables["places"])
    assert got["country accuracy (de)"] == 1.0
    assert got["not_place false-positive rate (de)"] == 0.0
    assert got["exact accuracy (en)"] == pytest.approx(1 / 3)
    assert got["country accuracy (en)"] == pytest.approx(1 / 3)
    assert got["detection recall (en)"] == pytest.approx(2 / 3)
    assert got["exact accuracy (all)"] == pytest.approx(2 / 4)
    assert report.counts["rows"] == 5
    assert len((tmp_path / "p.jsonl").read_text().splitlines()) == 5


def test_dev_table_reads(tmp_path: Path) -> None:
    rows = read_gold(Path(__file__).parents[1] / "data" / "places-dev.tsv")
    assert len(rows) >= 80
    assert {row.lang for row in rows} == {"de", "en"}
    for row in rows:
        assert row.sentence[row.start : row.end] == row.mention


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x\tde\tIn Kiew.\tKiew\t1\t703448\tUA\tKyiv\ttown", "unknown level"),
        ("x\tde\tIn Kiew.\tKyiv\t1\t703448\tUA\tKyiv\tcity", "not in the sentence"),
        ("x\tde\tIn Kiew.\tKiew\t2\t703448\tUA\tKyiv\tcity", "not in the sentence"),
        ("x\tde\tIn Kiew.\tKiew\t1\tKyiv\tUA\tKyiv\tcity", "must be an integer"),
    ],
)
def test_bad_rows_name_their_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(EvalDataError, match=message) as error:
        read_gold(write(tmp_path, [row]))
    assert error.value.line == 2


def test_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("id\tlang\tsentence\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match="header lacks"):
        read_gold(path)


def test_germeval_reader_and_task(tmp_path: Path) -> None:
    path = tmp_path / "ner.tsv"
    path.write_text(
        "1\tDer\tO\tO\n2\tBürgermeister\tO\tO\n3\tvon\tO\tO\n4\tWien\tB-LOC\tO\n5\tsprach\tO\tO\n"
        "6\tmit\tO\tO\n7\tKyle\tB-PER\tO\n8\tMorris\tI-PER\tO\n9\t.\tO\tO\n\n"
        "1\tDie\tO\tO\n2\tUni\tB-ORG\tO\n3\tGraz\tI-ORG\tB-LOC\n4\tlud\tO\tO\n5\tein\tO\tO\n",
        encoding="utf-8",
    )
    sentences = read_germeval(path)
    assert sentences[0].text.startswith("Der Bürgermeister von Wien")
    assert (22, 26, "LOC") in sentences[0].spans
    assert any(label == "LOC" for _, _, label in sentences[1].spans)
    report = get_task("places-ner").func(EvalOptions(data=path))
    row = report.tables["detection"][0]
    assert row.support == 2
    assert row.precision == 1.0


@pytest.mark.parametrize(
    ("gold", "system", "same"),
    [
        ("Kharkiv Oblast", "Kharkiv", True),
        ("Beqaa Valley", "Béqaa", True),
        ("Khmeimim Air Base", "Hmeimim Air Base", True),
        ("Blue Line (Lebanon)", "Blue Line", True),
        ("Kharkiv Oblast", "Kherson", False),
        ("Donetsk Oblast", "Luhansk", False),
    ],
)
def test_core_names_without_designators(gold: str, system: str, same: bool) -> None:
    from lagebild.eval.places import _close, _core

    assert _close(_core(gold), _core(system)) is same
