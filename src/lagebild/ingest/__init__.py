"""Reading news reports from files: text, HTML, JSONL, feeds; directories, globs, gzip.

Readers never raise on bad input: they yield :class:`Rejected` items naming the
file (and line) and the reason, so a batch goes on past bad items.
"""

from lagebild.ingest.sources import (
    Item,
    Loaded,
    Rejected,
    expand_paths,
    read_path,
    read_paths,
)

__all__ = ["Item", "Loaded", "Rejected", "expand_paths", "read_path", "read_paths"]
