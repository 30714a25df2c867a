"""Tests of reading the quotes package's model files."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.quotes.files import numbered_lines


def test_numbered_lines_skip_blanks_and_optionally_comments(tmp_path: Path) -> None:
    path = tmp_path / "model.tsv"
    path.write_text("# header\na\t1\n\n#b\t2\n", encoding="utf-8")
    assert list(numbered_lines(path, "model")) == [(1, "# header"), (2, "a\t1"), (4, "#b\t2")]
    assert list(numbered_lines(path, "model", comments=True)) == [(2, "a\t1")]


def test_numbered_lines_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LagebildError, match="test model missing"):
        list(numbered_lines(tmp_path / "none.tsv", "test model"))
