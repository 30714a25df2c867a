"""The REST API against a database whose content the tests know."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from lagebild.cli import app as cli_app
from lagebild.model import AnalysisResult, Event
from lagebild.store import Store
from tests.api.conftest import WRITE_TOKEN, needs_fts
from tests.api.reports import FLOOD_EN, PROTEST_DE

Stored = tuple[Store, list[AnalysisResult]]


def _day(result: AnalysisResult, event: Event) -> str | None:
    if event.date and event.date.value and len(event.date.value) == 10:
        return event.date.value
    return result.document.published.isoformat() if result.document.published else None


def _expected(results: list[AnalysisResult], **filters: str) -> set[tuple[str, int]]:
    """Which events (doc id, index) match the filters: an oracle in plain Python."""
    found = set()
    for result in results:
        for idx, event in enumerate(result.events):
            day = _day(result, event)
            actors = [*event.sources, *event.targets]
            checks = {
                "type": lambda v, e=event: e.type == v,
                "actor": lambda v, a=actors: any(x.kb_id == v or x.name.lower() == v.lower()
                                                 for x in a),
                "place": lambda v, e=event: e.location is not None and e.location.name == v,
                "country": lambda v, e=event: (e.location is not None
                                               and e.location.country_code == v),
                "outlet": lambda v, r=result: r.document.outlet == v,
                "since": lambda v, d=day: d is not None and d >= v,
                "until": lambda v, d=day: d is not None and d <= v,
            }
            if all(checks[name](value) for name, value in filters.items()):
                found.add((result.document.id, idx))
    return found


def _all_pages(client: TestClient, params: dict[str, Any], limit: int = 37
               ) -> tuple[list[dict[str, Any]], int]:
    items: list[dict[str, Any]] = []
    offset, total = 0, -1
    while True:
        response = client.get("/api/v1/events", params={**params, "limit": limit,
                                                         "offset": offset})
        assert response.status_code == 200, response.text
        page = response.json()
        assert total in (-1, page["total"])
        total = page["total"]
        items += page["items"]
        if len(page["items"]) < limit:
            return items, total
        offset += limit


def test_info_counts(client: TestClient, stored: Stored) -> None:
    body = client.get("/api/v1").json()
    assert body["writable"] is False
    assert body["counts"]["events"] == sum(len(r.events) for r in stored[1])


def test_event_filters_match_an_independent_oracle(client: TestClient, stored: Stored) -> None:
    results = stored[1]
    rng = random.Random(3)
    events = [(r, e) for r in results for e in r.events]
    for _ in range(25):
        result, event = rng.choice(events)
        assert event.location is not None
        candidates = {
            "type": event.type,
            "actor": rng.choice([*event.sources, *event.targets]).kb_id or "",
            "place": event.location.name,
            "country": event.location.country_code or "",
            "outlet": result.document.outlet or "",
            "since": _day(result, event) or "",
            "until": _day(result, event) or "",
        }
        chosen = dict(rng.sample(sorted(candidates.items()), rng.randrange(1, 4)))
        items, total = _all_pages(client, chosen)
        got = {(i["doc_id"], i["idx"]) for i in items}
        assert got == _expected(results, **chosen), chosen
        assert total == len(items) == len(got)
        days = [i["day"] for i in items]
        assert days == sorted(days, reverse=True)


def test_actor_name_matches_without_case(client: TestClient, stored: Stored) -> None:
    by_id = _all_pages(client, {"actor": "test:polizei-sachsen"})[0]
    by_name = _all_pages(client, {"actor": "POLIZEI SACHSEN"})[0]
    assert [i["id"] for i in by_id] == [i["id"] for i in by_name]
    assert len(by_id) == 1
    assert by_id[0]["event"]["sources"][0]["name"] == "Polizei Sachsen"


def test_place_by_geonames_id(client: TestClient, stored: Stored) -> None:
    leipzig = _all_pages(client, {"place": "Leipzig"})[0]
    assert len(leipzig) == 3
    geonames_id = leipzig[0]["event"]["location"]["geonames_id"]
    assert [i["id"] for i in _all_pages(client, {"place": str(geonames_id)})[0]] == [
        i["id"] for i in leipzig]


def test_full_text_filter_on_events_folds_umlauts(client: TestClient, stored: Stored) -> None:
    needs_fts(stored[0])
    items = _all_pages(client, {"q": "Schliessung OR klinikum"})[0]
    assert items == []  # every word must match; "OR" is a word like any other
    items = _all_pages(client, {"q": "Klinikum schliessung"})[0]
    assert items == []  # ß is not ss in FTS5's folding: a plain miss, not an error
    items = _all_pages(client, {"q": "klinikums schließung"})[0]
    assert {i["type"] for i in items} == {"COERCE", "PROTEST", "CONSULT"}
    items = _all_pages(client, {"q": "kundigte"})[0]  # ü folded to u
    assert {i["type"] for i in items} == {"COERCE", "PROTEST", "CONSULT"}
    assert _all_pages(client, {"q": "Klinik*", "type": "CONSULT"})[1] == 1


@pytest.mark.parametrize("query", ['"', "*", "AND", "NEAR(", "a:b", "\x00", "))", "-x", "^"])
def test_odd_search_queries_are_not_errors(client: TestClient, query: str) -> None:
    for path in ("/api/v1/events", "/api/v1/documents", "/api/v1/quotes"):
        assert client.get(path, params={"q": query}).status_code == 200


def test_documents_search_with_snippets(client: TestClient, stored: Stored) -> None:
    body = client.get("/api/v1/documents", params={"q": "dikes"}).json()
    assert body["total"] == 1
    item = body["items"][0]
    assert item["title"] == "Rotterdam evacuates after floods"
    matched = [p["text"] for p in item["snippet"] if p["match"]]
    assert matched == ["dikes"]
    assert "".join(p["text"] for p in item["snippet"]).replace("…", "") in FLOOD_EN
    listing = client.get("/api/v1/documents", params={"limit": 200}).json()
    assert listing["total"] == len(stored[1])
    published = [i["published"] for i in listing["items"]]
    assert published == sorted(published, reverse=True)


def test_document_with_all_its_records(client: TestClient, stored: Stored) -> None:
    result = stored[1][-2]
    body = client.get(f"/api/v1/documents/{result.document.id}").json()
    assert AnalysisResult.model_validate(body) == result
    missing = client.get("/api/v1/documents/0123")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "E801"


def test_one_event(client: TestClient) -> None:
    first = client.get("/api/v1/events", params={"limit": 1}).json()["items"][0]
    again = client.get(f"/api/v1/events/{first['id']}").json()
    assert again == first


def test_timeline_and_places_add_up(client: TestClient, stored: Stored) -> None:
    for params in ({}, {"type": "ASSAULT"}, {"country": "DE"}):
        total = client.get("/api/v1/events", params=params).json()["total"]
        days = client.get("/api/v1/events/timeline", params=params).json()["days"]
        assert sum(d["count"] for d in days) == total
        places = client.get("/api/v1/events/places", params=params).json()["places"]
        assert sum(p["count"] for p in places) == total  # every event here has coordinates
    expected = Counter(e.type for r in stored[1] for e in r.events)
    facets = client.get("/api/v1/events/facets").json()
    assert {f["value"]: f["count"] for f in facets["types"]} == dict(expected)


def test_actors_and_their_co_actors(client: TestClient, stored: Stored) -> None:
    actors = client.get("/api/v1/actors", params={"limit": 200}).json()
    counts: Counter[str] = Counter()
    partners: Counter[str] = Counter()
    for result in stored[1]:
        for event in result.events:
            ids = {a.kb_id or a.name for a in [*event.sources, *event.targets]}
            counts.update(ids)
            if "synthetic:army" in ids:
                partners.update(ids - {"synthetic:army"})
    assert {a["id"]: a["events"] for a in actors["items"]} == dict(counts)
    assert actors["total"] == len(counts)
    army = client.get("/api/v1/actors/synthetic:army").json()
    assert army["events"] == counts["synthetic:army"]
    assert {c["id"]: c["events"] for c in army["co_actors"]} == dict(partners)
    assert sum(d["count"] for d in army["timeline"]) == army["events"]
    assert {n["name"] for n in army["names"]} <= {"die Armee", "the army"}
    police = {a.kb_id or a.name for r in stored[1] for e in r.events
              for a in [*e.sources, *e.targets]
              if "polizei" in a.name.lower() or "polizei" in (a.kb_id or "")}
    found = client.get("/api/v1/actors", params={"q": "polizei", "limit": 200}).json()
    assert {a["id"] for a in found["items"]} == police
    assert "test:polizei-sachsen" in police
    assert client.get("/api/v1/actors/nobody").status_code == 404


def test_quotes_and_quantities(client: TestClient) -> None:
    quotes = client.get("/api/v1/quotes", params={"q": "einschüchtern"}).json()
    assert [q["speaker_text"] for q in quotes["items"]] == ["Anna Keller"]
    assert quotes["items"][0]["text"] in PROTEST_DE
    by_speaker = client.get("/api/v1/quotes", params={"speaker": "Pieter de Vries"}).json()
    assert by_speaker["total"] == 1
    big = client.get("/api/v1/quantities", params={"min_value": 1000}).json()
    assert [q["text"] for q in big["items"]] == ["1,200 residents"]
    arrested = client.get("/api/v1/quantities", params={"category": "arrested"}).json()
    assert [q["value"] for q in arrested["items"]] == [23]


def test_page_size_is_bounded(client: TestClient) -> None:
    assert client.get("/api/v1/events", params={"limit": 200}).status_code == 200
    too_many = client.get("/api/v1/events", params={"limit": 201})
    assert too_many.status_code == 422
    assert too_many.json()["error"]["detail"][0]["loc"] == ["query", "limit"]


def test_analyze_returns_what_the_cli_prints(client: TestClient, tmp_path: Path) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text(PROTEST_DE, encoding="utf-8")
    printed = CliRunner().invoke(cli_app, ["analyze", str(path), "--date", "2024-05-13"])
    assert printed.exit_code == 0, printed.output
    response = client.post("/api/v1/analyze", json={"text": PROTEST_DE,
                                                     "published": "2024-05-13",
                                                     "source": str(path)})
    assert response.status_code == 200
    assert response.headers["lagebild-stored"] == "no"
    assert response.json() == json.loads(printed.stdout)


def test_storing_needs_the_write_token(client: TestClient, writable: TestClient) -> None:
    report = {"text": FLOOD_EN, "store": True}
    refused = client.post("/api/v1/analyze", json=report)
    assert (refused.status_code, refused.json()["error"]["code"]) == (403, "E805")
    missing = writable.post("/api/v1/analyze", json=report)
    assert (missing.status_code, missing.json()["error"]["code"]) == (401, "E803")
    wrong = writable.post("/api/v1/analyze", json=report,
                          headers={"Authorization": "Bearer nope"})
    assert (wrong.status_code, wrong.json()["error"]["code"]) == (403, "E804")
    assert writable.get("/api/v1/documents").json()["total"] == 0
    auth = {"Authorization": f"Bearer {WRITE_TOKEN}"}
    stored = writable.post("/api/v1/analyze", json=report, headers=auth)
    assert stored.status_code == 200
    assert stored.headers["lagebild-stored"] == "new"
    again = writable.post("/api/v1/analyze", json=report, headers=auth)
    assert again.headers["lagebild-stored"] == "duplicate"
    doc_id = stored.json()["document"]["id"]
    assert writable.get(f"/api/v1/documents/{doc_id}").json() == stored.json()
    not_asked = writable.post("/api/v1/analyze", json={"text": PROTEST_DE}, headers=auth)
    assert not_asked.headers["lagebild-stored"] == "no"
    assert writable.get("/api/v1/documents").json()["total"] == 1


def test_request_size_limits(writable: TestClient) -> None:
    huge = writable.post("/api/v1/analyze", json={"text": "x" * 30_000})
    assert (huge.status_code, huge.json()["error"]["code"]) == (413, "E103")

    def chunks() -> Any:
        yield b'{"text": "'
        for _ in range(30):
            yield b"y" * 1000
        yield b'"}'

    streamed = writable.post("/api/v1/analyze", content=chunks(),
                             headers={"Content-Type": "application/json"})
    assert (streamed.status_code, streamed.json()["error"]["code"]) == (413, "E103")
    long_text = writable.post("/api/v1/analyze", json={"text": "Wort " * 2_500})
    assert (long_text.status_code, long_text.json()["error"]["code"]) == (413, "E103")


def test_analyze_input_errors(writable: TestClient) -> None:
    empty = writable.post("/api/v1/analyze", json={"text": " \n "})
    assert (empty.status_code, empty.json()["error"]["code"]) == (422, "E101")
    surrogate = writable.post("/api/v1/analyze", content=b'{"text": "a\\ud800b"}',
                              headers={"Content-Type": "application/json"})
    assert (surrogate.status_code, surrogate.json()["error"]["code"]) == (422, "E502")
    assert surrogate.json()["error"]["detail"][0]["type"] == "string_unicode"


def test_actor_pages_from_event_actors_equal_the_general_query(stored: Stored) -> None:
    from lagebild.store.db import EventFilter

    store = stored[0]
    for actor in ("synthetic:army", "DIE POLIZEI", "test:buendnis", "nobody"):
        for since, until in ((None, None), ("2024-03-01", None), ("2024-02-01", "2024-06-30")):
            for offset in (0, 7, 1000):
                f = EventFilter(actor=actor, since=since, until=until, limit=9, offset=offset)
                assert store.event_page(f) == (store.event_ids(f), store.count_events(f))
