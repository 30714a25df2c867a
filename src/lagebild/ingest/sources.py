"""Expanding paths (files, directories, globs, "-") and dispatching by format."""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from lagebild.errors import Code, InputError
from lagebild.ingest.formats import (
    Item,
    Limits,
    Loaded,
    Rejected,
    parse_feed,
    parse_html,
    parse_jsonl,
    parse_text,
)
from lagebild.settings import Settings

__all__ = ["Item", "Loaded", "Rejected", "expand_paths", "read_path", "read_paths"]

_PARSERS = {
    ".txt": parse_text,
    ".text": parse_text,
    ".html": parse_html,
    ".htm": parse_html,
    ".xhtml": parse_html,
    ".jsonl": parse_jsonl,
    ".ndjson": parse_jsonl,
    ".json": parse_jsonl,
    ".rss": parse_feed,
    ".atom": parse_feed,
    ".xml": parse_feed,
}
KNOWN_SUFFIXES = frozenset(_PARSERS)
STDIN = "-"


def _format_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejected]:
    """Expands directories (recursively, known formats only) and glob patterns.

    Yields:
        File paths in a stable order, "-" for standard input, or a Rejected
        item for a path that does not exist or matches nothing.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and _format_suffix(child) in KNOWN_SUFFIXES:
                    yield str(child)
        elif path.exists():
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            if not files:
                error = InputError(Code.NOT_FOUND, "no file matches this pattern", path=raw)
                yield Rejected(raw, error)
            yield from files
        else:
            yield Rejected(raw, InputError(Code.NOT_FOUND, "no such file or directory", path=raw))


def _read_bytes(path: str, limit: int) -> bytes:
    """Reads a file (gunzipping .gz), refusing more than ``limit`` bytes."""
    if path == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
    elif path.lower().endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            data = handle.read(limit + 1)
    else:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            Code.TOO_LARGE, f"file too large (limit {limit / 1e6:.0f} MB)", path=path
        )
    return data


def limits_from(settings: Settings) -> Limits:
    """Reads the ``[ingest]`` limits."""
    return Limits(
        max_bytes=int(settings.get("ingest", "max_bytes")),
        min_chars=int(settings.get("ingest", "min_chars")),
    )


def read_path(
    path: str,
    settings: Settings,
    *,
    language: str | None = None,
    published: dt.date | None = None,
) -> Iterator[Item]:
    """Reads one file (or "-") as documents, by its format.

    Args:
        path: A file path, ``*.gz`` for gzip, or "-" for standard input (text).
        settings: Supplies the size limits.
        language: Language to assume instead of detecting it.
        published: Publication date to assume (overrides metadata).

    Yields:
        Loaded documents and Rejected items; never raises on bad input.
    """
    limits = limits_from(settings)
    given: dict[str, Any] = {"language": language}
    if published is not None:
        given["published"] = published
        given["published_source"] = "given"
    suffix = "" if path == STDIN else _format_suffix(Path(path))
    parser = _PARSERS.get(suffix, parse_text)
    # Containers (HTML, JSONL, feeds) hold markup or many reports, so the raw
    # file may be larger than the per-document text limit.
    raw_limit = limits.max_bytes if parser is parse_text else 20 * limits.max_bytes
    try:
        data = _read_bytes(path, raw_limit)
    except InputError as exc:
        yield Rejected(path, exc)
        return
    except FileNotFoundError:
        yield Rejected(path, InputError(Code.NOT_FOUND, "no such file or directory", path=path))
        return
    except (OSError, EOFError, zlib.error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield Rejected(path, InputError(Code.UNREADABLE, f"cannot read: {reason}", path=path))
        return
    if parser is parse_text and suffix not in KNOWN_SUFFIXES:
        head = data[:512].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            parser = parse_html
        elif head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
            parser = parse_feed
    yield from parser(data, "<stdin>" if path == STDIN else path, limits, **given)


def read_paths(
    paths: Sequence[str],
    settings: Settings,
    *,
    language: str | None = None,
    published: dt.date | None = None,
) -> Iterator[Item]:
    """Reads every document under ``paths`` (files, directories, globs, "-")."""
    for entry in expand_paths(paths):
        if isinstance(entry, Rejected):
            yield entry
        else:
            yield from read_path(entry, settings, language=language, published=published)
