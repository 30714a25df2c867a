"""The documented Python API: ``lagebild.analyze(text, ...)``.

The CLI, the REST API and the web UI all go through :func:`analyze_document`,
so the four ways in give the same records for the same input.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from lagebild.errors import Code, InputError
from lagebild.model import AnalysisResult, Document, PublishedSource, content_id
from lagebild.pipeline import Pipeline


def normalize_text(text: str) -> str:
    """Normalises text before hashing and analysis.

    Unicode NFC (so that "ü" typed two ways hashes the same), Unix line
    ends, no byte-order mark, no surrounding white space. Offsets of all
    records refer to this normalised text, which is what is stored.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()


def parse_date(value: str | dt.date | None, *, path: str | None = None) -> dt.date | None:
    """Parses an ISO date (YYYY-MM-DD, or a timestamp starting with one).

    Raises:
        InputError: When the value is not a date.
    """
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(
            Code.BAD_DATE, f"not a date (expected YYYY-MM-DD): {value!r}", path=path
        ) from None


def make_document(
    text: str,
    *,
    language: str | None = None,
    published: str | dt.date | None = None,
    published_source: PublishedSource | None = None,
    title: str | None = None,
    authors: Sequence[str] = (),
    source: str | None = None,
    outlet: str | None = None,
) -> Document:
    """Builds a Document from raw text and what is known about it.

    Args:
        text: The report text (normalised here).
        language: ISO 639-1 code when known; detected otherwise.
        published: Publication date (date or YYYY-MM-DD).
        published_source: How the date was obtained; defaults to "given"
            when a date is passed.
        title: Headline.
        authors: Author names.
        source: Path or URL.
        outlet: Publishing outlet.
    """
    normalized = normalize_text(text)
    date = parse_date(published, path=source)
    if date is not None and published_source is None:
        published_source = "given"
    return Document(
        id=content_id(normalized),
        language=language,
        title=title,
        published=date,
        published_source=published_source if date is not None else None,
        authors=list(authors),
        text=normalized,
        source=source,
        outlet=outlet,
    )


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """Returns the pipeline built from the settings, built once per process."""
    return Pipeline()


def analyze_document(document: Document, pipeline: Pipeline | None = None) -> AnalysisResult:
    """Runs the pipeline over a Document and returns its records."""
    return (pipeline or default_pipeline()).run(document).to_result()


def analyze(
    text: str,
    *,
    language: str | None = None,
    published: str | dt.date | None = None,
    title: str | None = None,
    source: str | None = None,
    pipeline: Pipeline | None = None,
) -> AnalysisResult:
    """Analyses one news report and returns its typed records.

    Example:
        >>> import lagebild
        >>> result = lagebild.analyze("Die Armee griff am Mittwoch an.", published="2023-10-25")
        >>> result.document.language
        'de'

    Args:
        text: The report text.
        language: "de" or "en"; detected when None.
        published: Publication date, used to resolve "gestern" and the like.
        title: Headline, if separate from the text.
        source: Where the text came from (path or URL), kept as provenance.
        pipeline: A configured pipeline; the default one when None.

    Returns:
        The records. ``status`` is "rejected" (with ``rejection`` saying why)
        when the text is in an unsupported language.
    """
    document = make_document(
        text, language=language, published=published, title=title, source=source
    )
    return analyze_document(document, pipeline)
