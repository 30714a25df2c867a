"""Full-text search: SQLite FTS5 where available, (I)LIKE elsewhere.

User queries are never passed to FTS5 as they are (its query language would
turn a stray quote or hyphen into a syntax error): they are split into words,
"quoted phrases" and prefix words (``Geisel*``), all of which must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    column,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy import false as sql_false

_TOKEN = re.compile(r'"([^"]*)"|(\w+)(\*?)')
_WORD = re.compile(r"\w+")

documents_fts = table("documents_fts", column("rowid"))
document_keys = table("document_keys", column("num"), column("doc_id"), column("events"))
quotes_fts = table("quotes_fts", column("rowid"))


@dataclass(frozen=True)
class Term:
    """One part of a query: a word, a phrase of words, or a word prefix."""

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def text(self) -> str:
        """The words as they are matched by LIKE."""
        return " ".join(self.words)


def parse_terms(query: str) -> list[Term]:
    """Splits a user query into terms, dropping everything else.

    Args:
        query: What the user typed, e.g. ``Rafah "humanitäre Hilfe" Geisel*``.

    Returns:
        The terms in order; empty when the query has no word characters.
    """
    terms: list[Term] = []
    for match in _TOKEN.finditer(query):
        phrase, word, star = match.groups()
        if phrase is not None:
            words = tuple(_WORD.findall(phrase))
            if words:
                terms.append(Term(words))
        elif word:
            terms.append(Term((word,), prefix=bool(star)))
    return terms


def fts_expression(terms: list[Term]) -> str:
    """Writes terms as an FTS5 query where every term must match."""
    parts = []
    for term in terms:
        quoted = '"' + " ".join(term.words) + '"'
        parts.append(quoted + ("*" if term.prefix else ""))
    return " AND ".join(parts)


def fts_match(fts_name: str, terms: list[Term]) -> ColumnElement[bool]:
    """``<fts_name> MATCH :query`` for the terms (SQLite FTS5)."""
    return literal_column(fts_name).op("MATCH")(bindparam(None, fts_expression(terms)))


def fts_rank(fts_name: str) -> ColumnElement[Any]:
    """FTS5's relevance of a match (bm25; smaller is better)."""
    return literal_column(f"{fts_name}.rank")


def _like_all(terms: list[Term], columns: tuple[ColumnElement[Any], ...]) -> ColumnElement[bool]:
    return and_(*(or_(*(c.ilike(f"%{_escape(t.text)}%", escape="\\") for c in columns))
                  for t in terms))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def documents_matching(dialect: str, query: str, id_column: ColumnElement[Any]
                       ) -> ColumnElement[bool]:
    """A condition true for rows whose document (by ``id_column``) matches ``query``.

    Args:
        dialect: The database dialect name ("sqlite" uses FTS5, others LIKE).
        query: The user's query.
        id_column: The document id column the condition is about.
    """
    return id_column.in_(document_ids_matching(dialect, query))


def document_ids_matching(dialect: str, query: str) -> Select[Any]:
    """A SELECT of the ids of the documents matching ``query``."""
    from lagebild.store.schema import documents

    terms = parse_terms(query)
    if not terms:
        return select(documents.c.id).where(sql_false())
    if dialect == "sqlite":
        return select(document_keys.c.doc_id).where(
            document_keys.c.num.in_(
                select(documents_fts.c.rowid).where(fts_match("documents_fts", terms))
            )
        )
    return select(documents.c.id).where(_like_all(terms, (documents.c.title, documents.c.text)))


def quotes_matching(
    dialect: str, query: str, id_column: ColumnElement[Any],
    columns: tuple[ColumnElement[Any], ...],
) -> ColumnElement[bool]:
    """A condition true for quotes (by id) whose text or speaker matches ``query``."""
    terms = parse_terms(query)
    if not terms:
        return sql_false()
    if dialect == "sqlite":
        return id_column.in_(select(quotes_fts.c.rowid).where(fts_match("quotes_fts", terms)))
    return _like_all(terms, columns)


SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"


def snippet_column(dialect: str, query: str) -> ColumnElement[Any] | None:
    """An FTS5 snippet of the matching document text (SQLite only), else None.

    The matches are wrapped in control characters that :func:`snippet_parts`
    turns into structured parts, so no markup ever travels inside text.
    """
    terms = parse_terms(query)
    if dialect != "sqlite" or not terms:
        return None
    return literal_column(
        f"snippet(documents_fts, 1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', 24)"
    )


def text_snippet(text: str, query: str, words: int = 24) -> str:
    """A snippet of ``text`` around the first match of ``query``, marked like FTS5's.

    Databases without FTS5 search with (I)LIKE, which gives no snippet; this
    one, built for the rows of one page, gives the same shape as SQLite's.

    Args:
        text: The document text.
        query: The user's query.
        words: About how many words the snippet holds.

    Returns:
        The snippet with matches between SNIPPET_OPEN and SNIPPET_CLOSE and "…"
        where text was cut; "" when nothing matches.
    """
    patterns = [r"\W+".join(map(re.escape, t.words)) + (r"\w*" if t.prefix else "")
                for t in parse_terms(query)]
    if not patterns:
        return ""
    matcher = re.compile(r"(?<!\w)(?:" + "|".join(patterns) + ")", re.IGNORECASE)
    first = matcher.search(text)
    if first is None:
        return ""
    bounds = [m.start() for m in _WORD.finditer(text)]
    before = sum(1 for b in bounds if b < first.start())
    begin_word = max(0, before - words // 2)
    end_word = min(len(bounds), begin_word + words)
    begin = bounds[begin_word] if begin_word else 0
    end = bounds[end_word] if end_word < len(bounds) else len(text)
    window = text[begin:end].rstrip()
    marked = matcher.sub(lambda m: f"{SNIPPET_OPEN}{m.group()}{SNIPPET_CLOSE}", window)
    return ("…" if begin else "") + marked + ("…" if end < len(text) else "")


def snippet_parts(snippet: str | None) -> list[dict[str, Any]]:
    """Splits a marked snippet into ``{"text", "match"}`` parts."""
    if not snippet:
        return []
    parts: list[dict[str, Any]] = []
    for i, piece in enumerate(re.split(f"[{SNIPPET_OPEN}{SNIPPET_CLOSE}]", snippet)):
        if piece:
            parts.append({"text": piece, "match": i % 2 == 1})
    return parts
