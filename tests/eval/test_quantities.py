"""Tests of `lagebild eval quantities`: matching, canonical bounds, negatives, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import EvalDataError
from lagebild.eval.core import EvalOptions, get_task
from lagebild.eval.quantities import canonical

HEADER = "id\tlang\tsentence\ttext\tvalue\tlow\thigh\tbound\tcategory\tthing\n"


def _write(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _run(gold: Path, **extra: str) -> dict[str, object]:
    report = get_task("quantities").func(EvalOptions(data=gold, extra=dict(extra)))
    return report.to_json()


def _row(table: dict[str, object], name: str, key: str) -> float:
    rows = table
    assert isinstance(rows, list)
    return float(next(r[key] for r in rows if r["name"] == name))


def test_scores_detection_and_exact_match(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.tsv", [
        # Right: the exact bounds are left out and filled from the bound type.
        "1\tde\tBei dem Angriff starben 17 Menschen.\t17\t17\t\t\texact\tkilled\tMenschen",
        # Right, with every cell given.
        "2\ten\tAt least 40 people were injured.\tAt least 40\t40\t40\t\tat_least\tinjured\t"
        "people",
        # Wrong category in this gold row: found, but not an exact match.
        "3\ten\tPolice arrested 9 people.\t9\t9\t9\t9\texact\tkilled\tpeople",
        # Not found by the system (no counted noun, no cue): a false negative.
        "4\tde\tEs waren 12.\t12\t12\t12\t12\texact\tother\t",
        # A sentence without quantities.
        "5\tde\tDie Lage ist ruhig.\t\t\t\t\t\t\t",
    ])
    result = _run(gold)
    tables = result["tables"]
    assert isinstance(tables, dict)
    assert _row(tables["detection"], "micro", "precision") == 1.0
    assert _row(tables["detection"], "micro", "recall") == pytest.approx(3 / 4)
    assert _row(tables["exact"], "all", "value") == pytest.approx(2 / 3)
    assert _row(tables["exact"], "de", "value") == 1.0
    assert _row(tables["fields"], "category", "value") == pytest.approx(2 / 3)
    assert _row(tables["fields"], "value", "value") == 1.0
    assert result["counts"] == {
        "sentences": 5, "gold": 4, "predicted": 3, "matched": 3, "negatives": 0,
        "negatives_emitted": 0,
    }


def test_repeated_expressions_are_located_in_order(tmp_path: Path) -> None:
    sentence = "Die Gruppe hat zwei Amerikaner und zwei Israelis freigelassen."
    gold = _write(tmp_path / "gold.tsv", [
        f"1\tde\t{sentence}\tzwei\t2\t\t\texact\treleased\tAmerikaner",
        f"2\tde\t{sentence}\tzwei\t2\t\t\texact\treleased\tIsraelis",
    ])
    tables = _run(gold)["tables"]
    assert isinstance(tables, dict)
    assert _row(tables["detection"], "micro", "f1") == 1.0
    assert _row(tables["exact"], "all", "value") == 1.0


def test_negatives_count_as_false_positives(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.tsv", [
        "1\tde\tBei dem Angriff starben 17 Menschen.\t17\t17\t\t\texact\tkilled\tMenschen",
    ])
    negatives = _write(tmp_path / "neg.tsv", [
        "n1\tde\tAm 7. Oktober griffen Kämpfer an.\t7.\tordinal",
        # Deliberately listed as a negative although the stage counts it.
        "n2\tde\tDabei wurden 30 Menschen verletzt.\t30\ttest of the counting",
        "n3\ten\tThe fighting lasted 18 days.\t\tno count at all",
    ], header="id\tlang\tsentence\ttext\treason\n")
    result = _run(gold, negatives=str(negatives))
    tables = result["tables"]
    assert isinstance(tables, dict) and isinstance(result["counts"], dict)
    assert result["counts"]["negatives_emitted"] == 1
    assert _row(tables["detection"], "micro", "precision") == pytest.approx(1 / 2)
    assert _row(tables["detection"], "micro", "recall") == 1.0


def test_predictions_file_uses_the_gold_format(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.tsv", [
        "1\ten\tRoughly 200 hostages were taken.\tRoughly 200\t200\t\t\tabout\tabducted\thostages",
    ])
    out = tmp_path / "pred.tsv"
    get_task("quantities").func(EvalOptions(data=gold, predictions=out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER.strip()
    assert lines[1].split("\t")[3:] == ["Roughly 200", "200", "", "", "about", "abducted",
                                        "hostages"]


@pytest.mark.parametrize(("header", "row", "message"), [
    ("id\tlang\tsentence\n", "1\tde\tx", "header lacks"),
    (HEADER, "1\tde\tEs starben 3 Menschen.\t4\t4\t\t\texact\tkilled\t", "is not in the sentence"),
    (HEADER, "1\tde\tEs starben 3 Menschen.\t3\tdrei\t\t\texact\tkilled\t", "not a number"),
])
def test_bad_tables_raise_one_line_errors(
    tmp_path: Path, header: str, row: str, message: str
) -> None:
    gold = _write(tmp_path / "gold.tsv", [row], header=header)
    with pytest.raises(EvalDataError, match=message):
        _run(gold)


def test_missing_data_file(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="not found"):
        _run(tmp_path / "absent.tsv")


@pytest.mark.parametrize(("given", "expected"), [
    ((5.0, None, None, "exact"), (5.0, 5.0, 5.0, "exact")),
    ((5.0, None, None, "at_least"), (5.0, 5.0, None, "at_least")),
    ((5.0, None, None, "more_than"), (5.0, 5.0, None, "more_than")),
    ((5.0, None, None, "up_to"), (5.0, None, 5.0, "up_to")),
    ((5.0, None, None, "less_than"), (5.0, None, 5.0, "less_than")),
    ((5.0, None, None, "about"), (5.0, None, None, "about")),
    ((None, 2.0, 3.0, "range"), (None, 2.0, 3.0, "range")),
])
def test_canonical_bounds(
    given: tuple[float | None, float | None, float | None, str],
    expected: tuple[float | None, float | None, float | None, str],
) -> None:
    assert canonical(*given) == expected


def test_dev_table_regression() -> None:
    # The dev table was written before tuning; these floors guard against
    # regressions, they are not accuracy claims.
    data = Path(__file__).resolve().parents[1] / "data"
    result = _run(data / "quantities-dev.tsv",
                  negatives=str(data / "quantities-dev-negatives.tsv"))
    tables = result["tables"]
    assert isinstance(tables, dict)
    assert _row(tables["detection"], "micro", "f1") >= 0.95
    assert _row(tables["exact"], "all", "value") >= 0.90
