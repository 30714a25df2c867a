"""The sentences evaluation task on UD German (skips without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import EvalDataError
from lagebild.eval import EvalOptions, get_task
from tests.conftest import shared_path

# Pinned floors, a little below what was measured (PUD: sentences F1 0.993,
# tokens 0.983, lemmas 0.957): the gate fails when a change makes them worse.
FLOORS = {"sentences": 0.98, "tokens": 0.97, "lemma accuracy": 0.94}


def test_ud_pud_floors() -> None:
    data = shared_path("data", "ud-de", "de_pud-ud-test.conllu")
    report = get_task("sentences").func(EvalOptions(data=data))
    rows = {row.name: row for rows in report.tables.values() for row in rows}
    assert rows["sentences"].f1 is not None and rows["sentences"].f1 >= FLOORS["sentences"]
    assert rows["tokens"].f1 is not None and rows["tokens"].f1 >= FLOORS["tokens"]
    lemma = rows["lemma accuracy"].value
    assert lemma is not None and lemma >= FLOORS["lemma accuracy"]


def test_reads_small_conllu(tmp_path: Path) -> None:
    path = tmp_path / "mini.conllu"
    path.write_text(
        "# text = Er kam zum Haus.\n"
        "1\tEr\ter\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tkam\tkommen\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tzu\tzu\tADP\t_\t_\t5\tcase\t_\t_\n"
        "4\tdem\tder\tDET\t_\t_\t5\tdet\t_\t_\n"
        "5\tHaus\tHaus\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n"
        "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
        "# text = Sie blieb.\n"
        "1\tSie\tsie\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tblieb\tbleiben\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    report = get_task("sentences").func(EvalOptions(data=path))
    rows = {row.name: row for rows in report.tables.values() for row in rows}
    assert rows["sentences"].f1 == 1.0
    assert rows["tokens"].support == 8
    assert report.counts["documents"] == 1


def test_bad_conllu_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.conllu"
    path.write_text("# text = Hallo.\n1\tHallo\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match=r"bad.conllu:2: error E601: expected 10"):
        get_task("sentences").func(EvalOptions(data=path))
