"""The web UI in a real browser (Debian's chromium driven by Playwright).

Builds a database from examples/ (when present) plus reports written for the
tests with events added through the store, serves it on 127.0.0.1, filters
events, opens a document and checks that every field of the chosen event is
highlighted on the words it came from. Screenshots go to $LAGEBILD_SCREENSHOTS
(default: a temporary folder).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from lagebild.api import create_app
from lagebild.ingest.runner import ingest_paths
from lagebild.model import AnalysisResult
from lagebild.pipeline import Pipeline
from lagebild.store import open_store
from lagebild.store.synthetic import reports
from tests.api.reports import written_results
from tests.conftest import EXAMPLES

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium; "
                ".ci/run installs it)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline
           ) -> Iterator[tuple[str, list[AnalysisResult], list[AnalysisResult]]]:
    path = tmp_path_factory.mktemp("ui") / "ui.db"
    store = open_store(str(path))
    examples: list[AnalysisResult] = []
    if EXAMPLES.is_dir() and any(EXAMPLES.iterdir()):
        stats = ingest_paths([str(EXAMPLES)], store, pipeline, keep_results=True)
        examples = stats.stored
    written = written_results(pipeline)
    for result in [*written, *reports(60, per_report=6, seed=5, place_count=12)]:
        store.save(result)
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port,
                                       log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", written, examples
    uv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("LAGEBILD_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update"],
        )
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any, server: tuple[str, Any, Any]) -> Iterator[Any]:
    base = server[0]
    context = browser.new_context(locale="en-GB", viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("request", lambda r: None if r.url.startswith((base, "data:"))
            else problems.append(f"request to {r.url}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    yield page
    context.close()
    assert problems == []  # no network beyond the server, no script errors, no CSP refusals


def _settle(page: Any, hash_part: str = "") -> None:
    """Waits until the URL shows hash_part and the view for that URL has finished rendering."""
    page.wait_for_function(
        """part => {
            const view = document.getElementById("view");
            return location.hash.includes(part) && view.getAttribute("aria-busy") === "false"
                && view.dataset.hash === location.hash;
        }""", arg=hash_part)


def _field_text(page: Any, field: str) -> str:
    """The highlighted words of one field; separate stretches joined by " | "."""
    return str(page.evaluate(
        """field => {
            const marks = [...document.querySelectorAll(`mark[data-fields~="${field}"]`)];
            let out = "";
            marks.forEach((mark, i) => {
                const top = (m) => { while (m.parentElement && !m.parentElement.classList
                    .contains("doctext")) m = m.parentElement; return m; };
                if (i && top(marks[i - 1]).nextSibling !== top(mark)) out += " | ";
                out += mark.textContent;
            });
            return out;
        }""", field))


def _evidence_of(result: AnalysisResult, idx: int) -> dict[str, str]:
    """What each offset-carrying field of an event says, from the record itself."""
    text = result.document.text
    event = result.events[idx].model_dump()
    found: dict[str, list[str]] = {}

    def walk(value: Any, field: str) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item, field)
        elif isinstance(value, dict):
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) \
                    and value["end"] > value["start"]:
                found.setdefault(field, []).append(text[value["start"]:value["end"]])
            for inner in value.values():
                walk(inner, field)

    for key, value in event.items():
        walk(value, key)
    return {k: " ".join(v) for k, v in found.items()}


def _normalised(text: str) -> str:
    return " ".join(text.replace(" | ", " ").split())


def test_filter_events_open_document_see_evidence(page: Any, server: Any, shots: Path) -> None:
    base, written, _ = server
    page.goto(f"{base}/")
    _settle(page)
    page.wait_for_selector("table.events-table tbody tr")
    assert page.locator("nav a[aria-current=page]").inner_text() == "Events"
    page.screenshot(path=str(shots / "events.png"), full_page=True)

    page.select_option("form.filters select[name=type]", "COERCE")
    page.fill("form.filters input[name=place]", "Leipzig")
    page.click("form.filters button[type=submit]")
    _settle(page, "place=Leipzig")
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == 1
    assert "Polizei Sachsen" in rows.first.inner_text()
    page.screenshot(path=str(shots / "events-filtered.png"), full_page=True)

    rows.first.locator("a[href^='#/documents/']").click()
    _settle(page, "#/documents/")
    page.wait_for_selector("mark[data-fields~=evidence]")
    protest = written[0]
    assert page.locator("h1").inner_text() == protest.document.title
    expected = _evidence_of(protest, 0)
    assert set(expected) >= {"sources", "targets", "date", "location", "quantities",
                             "reported_by", "evidence"}
    for field, words in expected.items():
        assert _normalised(_field_text(page, field)) == _normalised(words), field
    assert _field_text(page, "sources") == "Polizei"
    assert _field_text(page, "quantities") == "23 Demonstranten"
    assert page.locator("ol.events button[aria-pressed=true]").count() == 1
    page.screenshot(path=str(shots / "document-evidence.png"), full_page=True)

    page.locator("ol.events button", has_text="PROTEST").click()
    page.wait_for_function(
        "[...document.querySelectorAll('mark[data-fields~=reported_by]')]"
        ".map(m => m.textContent).join('') === 'Anna Keller'")
    assert "einschüchtern" in _field_text(page, "evidence")
    assert page.locator("mark[data-fields~=quantities]").count() == 0

    # Record layers: entities, times, quantities and quotes of the report are marked too.
    quote = page.locator('span[data-layer="quotes"]').all_inner_texts()
    assert "".join(quote) == protest.quotes[0].text
    page.uncheck("input[name=layer-quotes]")
    assert page.locator('span[data-layer="quotes"]').count() == 0


def test_language_switch_timeline_map_actor(page: Any, server: Any, shots: Path) -> None:
    base = server[0]
    page.goto(f"{base}/#/timeline")
    page.wait_for_selector(".chart svg rect[data-day]")
    assert page.locator(".chart svg rect[data-day='2024-05-11']").count() >= 1
    page.click("#lang")
    page.wait_for_function("document.documentElement.lang === 'de'")
    assert page.locator("nav a[data-route=events]").inner_text() == "Ereignisse"
    page.wait_for_selector(".chart svg rect[data-day]")
    page.screenshot(path=str(shots / "timeline-de.png"), full_page=True)

    page.goto(f"{base}/#/map")
    page.wait_for_selector(".map svg path.country")
    assert page.locator(".map svg path.country").count() > 200
    page.locator('.map circle[data-place="Leipzig"]').wait_for()
    page.screenshot(path=str(shots / "map.png"), full_page=True)
    page.locator('.map circle[data-place="Rotterdam"]').focus()
    page.keyboard.press("Enter")
    _settle(page, "place=Rotterdam")
    assert page.locator("table.events-table tbody tr").count() == 1

    page.goto(f"{base}/#/actors/test%3Apolizei-sachsen")
    _settle(page, "#/actors/")
    page.wait_for_selector("ul.co-actors li")
    assert page.locator("h1").inner_text().startswith("Polizei Sachsen")
    assert page.locator("ul.co-actors").inner_text().startswith("Demonstranten")
    page.screenshot(path=str(shots / "actor.png"), full_page=True)


def test_events_found_in_the_examples_show_their_evidence(page: Any, server: Any) -> None:
    base, _, examples = server
    with_events = [r for r in examples if r.events]
    if not examples:
        pytest.skip("examples/ is empty in this checkout")
    if not with_events:
        pytest.skip("the current pipeline finds no events in examples/")
    result = with_events[0]
    page.goto(f"{base}/#/documents/{result.document.id}?event=0")
    page.wait_for_selector("mark[data-fields~=evidence]")
    for field, words in _evidence_of(result, 0).items():
        assert _normalised(_field_text(page, field)) == _normalised(words), field
