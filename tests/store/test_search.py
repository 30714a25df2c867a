"""Full-text queries: parsing, FTS5 on SQLite, and the (I)LIKE fallback for other databases."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lagebild.store import open_store, schema
from lagebild.store.search import (
    Term,
    documents_matching,
    fts_expression,
    parse_terms,
    snippet_parts,
    text_snippet,
)
from lagebild.store.synthetic import reports


@pytest.mark.parametrize(("query", "terms"), [
    ("Rafah", [Term(("Rafah",))]),
    ('Geisel* "humanitäre Hilfe"', [Term(("Geisel",), prefix=True),
                                    Term(("humanitäre", "Hilfe"))]),
    ('a"b', [Term(("a",)), Term(("b",))]),  # an unclosed quote is dropped, words stay
    ("NEAR(x y) AND -z", [Term(("NEAR",)), Term(("x",)), Term(("y",)), Term(("AND",)),
                          Term(("z",))]),
    ("**  ;; ", []),
])
def test_parse_terms(query: str, terms: list[Term]) -> None:
    assert parse_terms(query) == terms


def test_fts_expression_quotes_every_term() -> None:
    assert fts_expression(parse_terms('AND Geisel* "x y"')) == '"AND" AND "Geisel"* AND "x y"'


@pytest.mark.parametrize(("query", "same"), [
    ("navy", True), ('"the army"', True), ("Marine*", True), ("zzz", True),
    # LIKE matches inside words: "Polizei" also finds "Grenzpolizei"
    ("Armee Polizei", False),
])
def test_like_fallback_finds_what_fts_finds(tmp_db: str, query: str, same: bool) -> None:
    store = open_store(tmp_db)
    for result in reports(200, per_report=5, seed=3, place_count=5):
        store.save(result)
    d = schema.documents

    def found(dialect: str) -> set[str]:
        condition = documents_matching(dialect, query, d.c.id)
        with store.engine.connect() as connection:
            return set(connection.execute(select(d.c.id).where(condition)).scalars())

    fts, like = found("sqlite"), found("postgresql")
    assert fts <= like
    assert (fts == like) == same
    assert (query == "zzz") == (not fts)


_LONG = " ".join(f"w{i}" for i in range(60))


@pytest.mark.parametrize(("text", "query", "matched", "cut_left", "cut_right"), [
    ("Die Deiche in Rotterdam hielten.", "deiche", ["Deiche"], False, False),
    ("Geiseln und Geiselnehmer", "Geisel*", ["Geiseln", "Geiselnehmer"], False, False),
    ("Es gab humanitäre  Hilfe, keine humanitäre Lage.", '"humanitäre Hilfe"',
     ["humanitäre  Hilfe"], False, False),
    (f"{_LONG} Rafah {_LONG}", "rafah", ["Rafah"], True, True),
    (f"Rafah {_LONG}", "Rafah", ["Rafah"], False, True),
    ("Grafahrt ist kein Ortsname", "rafah", [], False, False),  # inside a word: no match
])
def test_text_snippet_marks_matches_like_fts5(text: str, query: str, matched: list[str],
                                               cut_left: bool, cut_right: bool) -> None:
    parts = snippet_parts(text_snippet(text, query, words=24))
    assert [p["text"] for p in parts if p["match"]] == matched
    if not matched:
        assert parts == []
        return
    joined = "".join(p["text"] for p in parts)
    assert joined.startswith("…") == cut_left
    assert joined.endswith("…") == cut_right
    assert joined.strip("…") in text
    assert len(joined.split()) <= 25
