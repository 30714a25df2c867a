"""Reading the trained model files of the quotes package (TSV text)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lagebild.errors import Code, LagebildError


def numbered_lines(path: Path, what: str, comments: bool = False) -> Iterator[tuple[int, str]]:
    """Yields the non-blank lines of a model file with their numbers (from 1).

    Args:
        path: The file.
        what: What the file holds, for the error message ("choice model").
        comments: Skip lines that start with ``#`` (files whose keys never do).

    Raises:
        LagebildError: When the file is missing.
    """
    if not path.is_file():
        raise LagebildError(Code.RESOURCE, f"{what} missing", path=str(path))
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line and not (comments and line.startswith("#")):
            yield number, line
