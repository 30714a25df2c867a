"""Parsers for one input format each: plain text, HTML, JSONL and RSS/Atom feeds.

Each parser turns the bytes of one file into :class:`Loaded` documents or
:class:`Rejected` items; none raises on bad input.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lagebild.errors import Code, InputError, LagebildError
from lagebild.ingest.decode import decode_bytes
from lagebild.model import Document
from lagebild.service import make_document


@dataclass(frozen=True)
class Loaded:
    """A document read from input, not yet analysed."""

    document: Document
    origin: str


@dataclass(frozen=True)
class Rejected:
    """Input that could not be read as a document, and why."""

    origin: str
    error: LagebildError

    @property
    def reason(self) -> str:
        """The reason without the place, for counting rejections by reason."""
        return self.error.reason


Item = Loaded | Rejected


@dataclass(frozen=True)
class Limits:
    """Input limits from the ``[ingest]`` settings."""

    max_bytes: int
    min_chars: int


def _origin(path: str, line: int | None = None) -> str:
    return path if line is None else f"{path}:{line}"


def _checked(
    text: str,
    limits: Limits,
    path: str,
    line: int | None = None,
    **fields: Any,
) -> Item:
    """Builds a document from ``text`` after the size and emptiness checks."""
    size = len(text.encode("utf-8"))
    if size > limits.max_bytes:
        error = InputError(
            Code.TOO_LARGE,
            f"text too large ({size / 1e6:.1f} MB; limit {limits.max_bytes / 1e6:.1f} MB)",
            path=path,
            line=line,
        )
        return Rejected(_origin(path, line), error)
    try:
        document = make_document(text, **fields)
    except LagebildError as exc:
        exc.path, exc.line = path, line
        return Rejected(_origin(path, line), exc)
    if sum(1 for ch in document.text if not ch.isspace()) < limits.min_chars:
        error = InputError(Code.EMPTY, "empty document (no text)", path=path, line=line)
        return Rejected(_origin(path, line), error)
    return Loaded(document, _origin(path, line))


def parse_text(data: bytes, path: str, limits: Limits, **given: Any) -> Iterator[Item]:
    """Parses a plain-text file: the whole file is one report."""
    try:
        text, _ = decode_bytes(data, path=path)
    except InputError as exc:
        yield Rejected(path, exc)
        return
    yield _checked(text, limits, path, source=path, **given)


def parse_html(data: bytes, path: str, limits: Limits, **given: Any) -> Iterator[Item]:
    """Parses an HTML page with trafilatura: main text, title, date and author."""
    import trafilatura  # imported here: it takes a while and only HTML needs it

    try:
        html, _ = decode_bytes(data, path=path)
    except InputError as exc:
        yield Rejected(path, exc)
        return
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    meta: dict[str, Any] = {}
    if isinstance(extracted, dict):
        meta = extracted
    elif extracted is not None:
        meta = extracted.as_dict()
    text = meta.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Rejected(path, InputError(Code.BAD_HTML, "no main text found in HTML", path=path))
        return
    authors = [a.strip() for a in str(meta.get("author") or "").split(";") if a.strip()]
    fields: dict[str, Any] = {
        "title": meta.get("title"),
        "authors": authors,
        "source": meta.get("url") or path,
        "outlet": meta.get("sitename"),
    }
    published = _iso_date(meta.get("date"))
    if published is not None:
        fields["published"] = published
        fields["published_source"] = "metadata"
    fields.update({k: v for k, v in given.items() if v is not None})
    yield _checked(text, limits, path, **fields)


def _iso_date(value: object) -> str | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


_JSONL_TEXT_KEYS = ("text", "body", "content")


def parse_jsonl(data: bytes, path: str, limits: Limits, **given: Any) -> Iterator[Item]:
    """Parses JSON Lines: one article per line with text, title, url, published, source."""
    try:
        content, _ = decode_bytes(data, path=path)
    except InputError as exc:
        yield Rejected(path, exc)
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            error = InputError(Code.BAD_JSON, f"invalid JSON: {exc.msg}", path=path, line=number)
            yield Rejected(_origin(path, number), error)
            continue
        if not isinstance(record, dict):
            error = InputError(Code.BAD_JSON, "line is not a JSON object", path=path, line=number)
            yield Rejected(_origin(path, number), error)
            continue
        text = next((record[k] for k in _JSONL_TEXT_KEYS if isinstance(record.get(k), str)), None)
        if text is None:
            error = InputError(
                Code.MISSING_FIELD, "missing string field 'text'", path=path, line=number
            )
            yield Rejected(_origin(path, number), error)
            continue
        authors = record.get("authors") or record.get("author") or []
        if isinstance(authors, str):
            authors = [authors]
        published = record.get("published") or record.get("date")
        fields: dict[str, Any] = {
            "title": record.get("title"),
            "source": record.get("url") or f"{path}:{number}",
            "outlet": record.get("source") or record.get("outlet"),
            "authors": [str(a) for a in authors],
            "language": record.get("language") or record.get("lang"),
        }
        if published:
            fields["published"] = str(published)
            fields["published_source"] = "metadata"
        fields.update({k: v for k, v in given.items() if v is not None})
        yield _checked(text, limits, path, number, **fields)


def parse_feed(data: bytes, path: str, limits: Limits, **given: Any) -> Iterator[Item]:
    """Parses an RSS or Atom feed saved to disk: one report per entry."""
    import feedparser
    from lxml import html as lxml_html

    feed = feedparser.parse(data)
    entries = list(feed.get("entries", []))
    if not entries:
        reason = "not a valid RSS/Atom feed" if feed.get("bozo") else "feed has no entries"
        yield Rejected(path, InputError(Code.BAD_FEED, reason, path=path))
        return
    outlet = feed.get("feed", {}).get("title")
    for number, entry in enumerate(entries, start=1):
        origin = f"{path}#{number}"
        body = ""
        if entry.get("content"):
            body = " ".join(part.get("value", "") for part in entry["content"])
        body = body or entry.get("summary", "")
        text = lxml_html.fromstring(body).text_content() if body.strip() else ""
        fields: dict[str, Any] = {
            "title": entry.get("title"),
            "source": entry.get("link") or origin,
            "outlet": outlet,
            "authors": [a.get("name", "") for a in entry.get("authors", []) if a.get("name")],
        }
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            fields["published"] = dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            fields["published_source"] = "metadata"
        fields.update({k: v for k, v in given.items() if v is not None})
        item = _checked(text, limits, path, None, **fields)
        yield item if isinstance(item, Loaded) else Rejected(origin, item.error)
