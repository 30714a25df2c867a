"""Reading every supported input format, and every kind of bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from lagebild.ingest import Loaded, Rejected, read_path, read_paths
from lagebild.settings import Settings, load_settings

GERMAN = "Die Regierung hat am Mittwoch in Berlin neue Hilfen für Flutopfer beschlossen."


@pytest.fixture(scope="module")
def settings() -> Settings:
    return load_settings(None)


def _one(path: Path, settings: Settings, **kwargs: object) -> Loaded | Rejected:
    items = list(read_path(str(path), settings, **kwargs))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), "utf-8 with BOM"),
        (GERMAN.encode("cp1252") + " – „Zitat“".encode("cp1252"), "cp1252"),
        (GERMAN.encode("latin-1") + b"\x81\x8d", "latin-1 only"),
        (GERMAN.encode("utf-16"), "utf-16 with BOM"),
    ],
)
def test_text_encodings_decode_without_crash(
    tmp_path: Path, settings: Settings, encoded: bytes, label: str
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(encoded)
    item = _one(path, settings)
    assert isinstance(item, Loaded), label
    assert item.document.text.startswith("Die Regierung hat am Mittwoch")
    assert "für Flutopfer" in item.document.text
    if label == "cp1252":
        assert item.document.text.endswith("– „Zitat“")


@pytest.mark.parametrize(
    ("name", "content", "code", "reason"),
    [
        ("empty.txt", b"", "E101", "empty document"),
        ("blank.txt", b"  \n\t \n", "E101", "empty document"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 100, "E102", "binary file"),
        ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102", "binary file"),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00 not really gzip", "E106", "cannot read"),
        ("page.html", b"<html><head><title>T</title></head><body></body></html>", "E109",
         "no main text"),
        ("feed.rss", b"<?xml version='1.0'?><rss><channel></channel></rss>", "E110", "feed"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(
    tmp_path: Path, settings: Settings, name: str, content: bytes, code: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    item = _one(path, settings)
    assert isinstance(item, Rejected)
    message = str(item.error)
    assert message.startswith(f"{path}: error {code}: ")
    assert reason in message
    assert "\n" not in message


def test_too_large_text_is_rejected(tmp_path: Path, settings: Settings) -> None:
    small = settings.with_overrides({"ingest": {"max_bytes": 1000}})
    path = tmp_path / "big.txt"
    path.write_text(GERMAN * 100, encoding="utf-8")
    item = _one(path, small)
    assert isinstance(item, Rejected)
    assert "error E103: file too large" in str(item.error)
    jsonl = tmp_path / "big.jsonl"
    jsonl.write_text(json.dumps({"text": GERMAN * 30}) + "\n", encoding="utf-8")
    item = _one(jsonl, small)
    assert isinstance(item, Rejected)
    assert str(item.error).startswith(f"{jsonl}:1: error E103: text too large")


def test_missing_path_and_unmatched_glob(tmp_path: Path, settings: Settings) -> None:
    items = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")], settings))
    assert [type(i) for i in items] == [Rejected, Rejected]
    assert "error E108: no such file or directory" in str(items[0].error)  # type: ignore[union-attr]
    assert "error E108: no file matches this pattern" in str(items[1].error)  # type: ignore[union-attr]


def test_jsonl_reads_fields_and_reports_bad_lines(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": GERMAN, "title": "Hilfen", "url": "https://example.org/a",
                    "published": "2024-03-14", "source": "Beispielzeitung"}),
        "",
        "{not json",
        json.dumps({"title": "ohne Text"}),
        json.dumps(["a list"]),
        json.dumps({"text": "Noch ein anderer Bericht aus Hamburg.", "published": "14.03.2024"}),
        json.dumps({"text": "Ein dritter Bericht über die Lage in Köln.", "lang": "de"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(str(path), settings))
    loaded = [i for i in items if isinstance(i, Loaded)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert len(loaded) == 2 and len(rejected) == 4
    first = loaded[0].document
    assert first.title == "Hilfen" and first.source == "https://example.org/a"
    assert str(first.published) == "2024-03-14" and first.published_source == "metadata"
    assert first.outlet == "Beispielzeitung"
    assert loaded[1].document.language == "de"
    messages = [str(r.error) for r in rejected]
    assert messages[0].startswith(f"{path}:3: error E104: invalid JSON")
    assert messages[1] == f"{path}:4: error E105: missing string field 'text'"
    assert messages[2] == f"{path}:5: error E104: line is not a JSON object"
    assert messages[3].startswith(f"{path}:6: error E111: not a date")


def test_html_main_text_and_metadata(tmp_path: Path, settings: Settings) -> None:
    paragraphs = "".join(
        f"<p>{GERMAN} Absatz {i} enthält weitere Einzelheiten zur Lage vor Ort.</p>"
        for i in range(4)
    )
    page = (
        "<html><head><title>Hilfen beschlossen</title>"
        '<meta name="date" content="2024-03-14"><meta name="author" content="Erika Muster">'
        f"</head><body><nav>Startseite | Politik | Sport</nav><article>{paragraphs}</article>"
        "<footer>Impressum Datenschutz</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    item = _one(path, settings)
    assert isinstance(item, Loaded)
    document = item.document
    assert "Absatz 3" in document.text and "Impressum" not in document.text
    assert "Startseite" not in document.text
    assert str(document.published) == "2024-03-14" and document.published_source == "metadata"
    assert document.authors == ["Erika Muster"]


def test_feed_entries(tmp_path: Path, settings: Settings) -> None:
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Beispielzeitung</title>"
        "<item><title>Eins</title><link>https://example.org/1</link>"
        "<pubDate>Thu, 14 Mar 2024 10:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{GERMAN}&lt;/p&gt;</description></item>"
        "<item><title>Zwei</title><description></description></item>"
        "</channel></rss>"
    )
    path = tmp_path / "news.rss"
    path.write_text(feed, encoding="utf-8")
    items = list(read_path(str(path), settings))
    assert isinstance(items[0], Loaded) and isinstance(items[1], Rejected)
    assert items[0].document.text == GERMAN
    assert str(items[0].document.published) == "2024-03-14"
    assert items[0].document.outlet == "Beispielzeitung"
    assert str(items[1].error).startswith(f"{path}: error E101")


def test_gzip_directories_and_globs(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    with gzip.open(tmp_path / "sub" / "b.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write("Ein anderer Bericht aus München über den Streik.")
    (tmp_path / "sub" / "ignored.bin").write_bytes(b"\x00\x01")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("Versteckt.", encoding="utf-8")
    from_dir = list(read_paths([str(tmp_path)], settings))
    assert sorted(i.document.text[:10] for i in from_dir if isinstance(i, Loaded)) == [
        "Die Regier", "Ein andere"]
    assert all(isinstance(i, Loaded) for i in from_dir)
    from_glob = list(read_paths([str(tmp_path / "**" / "*.gz")], settings))
    assert len(from_glob) == 1 and isinstance(from_glob[0], Loaded)


def test_given_language_and_date_override(tmp_path: Path, settings: Settings) -> None:
    import datetime as dt

    path = tmp_path / "r.txt"
    path.write_text(GERMAN, encoding="utf-8")
    item = _one(path, settings, language="de", published=dt.date(2024, 1, 2))
    assert isinstance(item, Loaded)
    assert item.document.language == "de"
    assert str(item.document.published) == "2024-01-02"
    assert item.document.published_source == "given"
