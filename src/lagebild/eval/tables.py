"""Reading gold tables: tab-separated files with a header and ``#`` comments.

Every tabular gold file (actors, places, quantities, ...) is read here, so
that comments, column order, line numbers in errors and the meaning of the
``occurrence`` column are the same for every task.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from lagebild.errors import Code, EvalDataError
from lagebild.eval.core import require_path


def read_table(path: Path, columns: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yields (line number, row by column name) for each data row of a TSV file.

    ``#`` lines and blank lines are skipped anywhere. The header must name
    every column in ``columns``, in any order; other columns pass through.
    Cells are stripped.

    Raises:
        EvalDataError: When the file is missing, the header lacks a column,
            or a row has a different number of cells than the header.
    """
    with require_path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header: list[str] | None = None
        for row in reader:
            line = reader.line_num
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            cells = [cell.strip() for cell in row]
            if header is None:
                header = cells
                missing = [c for c in columns if c not in header]
                if missing:
                    raise EvalDataError(
                        Code.EVAL_DATA,
                        f"header lacks {', '.join(missing)} (expected: {' '.join(columns)})",
                        path=str(path), line=line,
                    )
                continue
            if len(cells) != len(header):
                raise EvalDataError(
                    Code.EVAL_DATA, f"expected {len(header)} columns, got {len(cells)}",
                    path=str(path), line=line,
                )
            yield line, dict(zip(header, cells, strict=True))
    if header is None:
        raise EvalDataError(Code.EVAL_DATA, "no header row", path=str(path))


def occurrence_of(cell: str, path: Path, line: int) -> int:
    """Parses a 1-based ``occurrence`` cell (empty means the first)."""
    if not cell:
        return 1
    if not cell.isdigit() or int(cell) < 1:
        raise EvalDataError(
            Code.EVAL_DATA, f"occurrence must be 1, 2, ...: {cell!r}", path=str(path), line=line
        )
    return int(cell)


def locate(sentence: str, text: str, occurrence: int, path: Path, line: int) -> tuple[int, int]:
    """Returns the offsets of the ``occurrence``-th (1-based) ``text`` in ``sentence``.

    Raises:
        EvalDataError: When ``text`` does not occur that often.
    """
    start = -1
    for _ in range(occurrence):
        start = sentence.find(text, start + 1)
        if start < 0:
            raise EvalDataError(
                Code.EVAL_DATA, f"{text!r} (occurrence {occurrence}) is not in the sentence",
                path=str(path), line=line,
            )
    return start, start + len(text)
