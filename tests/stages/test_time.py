"""Tests of the ``time`` stage: recognition, values, regimes, publication-date inference."""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.model import TimeExpr
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from lagebild.settings import load_settings

from .time_cases import (
    ENGLISH,
    ENGLISH_NEGATIVE,
    GERMAN,
    GERMAN_NARRATIVE,
    GERMAN_NEGATIVE,
)

STAGES = ["language", "sentences", "tokens", "time"]
# Inference needs a fixed "now" to be reproducible.
NOW = "2026-11-27"


def _pipeline(genre: str = "auto") -> Pipeline:
    settings = load_settings().with_overrides(
        {"time": {"genre": genre, "reference_date": NOW}}
    )
    return Pipeline(STAGES, resources=Resources(settings))


@pytest.fixture(scope="module")
def news() -> Pipeline:
    return _pipeline()


@pytest.fixture(scope="module")
def narrative() -> Pipeline:
    return _pipeline("narrative")


def run(pipeline: Pipeline, text: str, language: str, published: str | None) -> list[TimeExpr]:
    document = make_document(text, language=language, published=published)
    return list(pipeline.run(document).times)


def find(times: list[TimeExpr], expression: str) -> TimeExpr:
    matches = [t for t in times if t.text == expression]
    assert matches, f"{expression!r} not found; got {[(t.text, t.value) for t in times]}"
    return matches[0]


@pytest.mark.parametrize(
    ("language", "text", "published", "expression", "value"),
    [("de", *case) for case in GERMAN] + [("en", *case) for case in ENGLISH],
)
def test_expressions(
    news: Pipeline, language: str, text: str, published: str, expression: str,
    value: str | None,
) -> None:
    times = run(news, text, language, published)
    assert find(times, expression).value == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), GERMAN_NARRATIVE)
def test_narrative_anchoring(
    narrative: Pipeline, text: str, published: str, expression: str, value: str
) -> None:
    found = find(run(narrative, text, "de", published), expression)
    assert found.value == value
    assert found.regime == "narrative"


@pytest.mark.parametrize("text", GERMAN_NEGATIVE)
def test_german_non_expressions(news: Pipeline, text: str) -> None:
    assert run(news, text, "de", "2023-10-25") == []


@pytest.mark.parametrize("text", ENGLISH_NEGATIVE)
def test_english_non_expressions(news: Pipeline, text: str) -> None:
    assert run(news, text, "en", "2023-10-25") == []


def test_since_date_is_an_interval_up_to_the_publication_date(news: Pipeline) -> None:
    times = run(news, "Seit dem 7. Oktober wird gekämpft.", "de", "2023-10-25")
    interval = find(times, "Seit dem 7. Oktober")
    assert (interval.type, interval.value) == ("DURATION", "P18D")
    assert (interval.begin_value, interval.end_value) == ("2023-10-07", "2023-10-25")
    assert find(times, "7. Oktober").value == "2023-10-07"


def test_between_weekdays_is_an_interval(news: Pipeline) -> None:
    times = run(news, "Zwischen Montag und Mittwoch wurde gekämpft.", "de", "2023-10-25")
    interval = find(times, "Zwischen Montag und Mittwoch")
    assert (interval.begin_value, interval.end_value) == ("2023-10-23", "2023-10-25")
    assert interval.value == "P2D"


def test_last_days_span_ends_at_publication(news: Pipeline) -> None:
    times = run(news, "In den letzten 18 Tagen starben Hunderte.", "de", "2023-10-25")
    found = find(times, "den letzten 18 Tagen")
    assert (found.begin_value, found.end_value) == ("2023-10-07", "2023-10-25")


def test_mods_and_granularity(news: Pipeline) -> None:
    times = run(news, "Anfang dieses Monats und Mitte 2022 gab es Kämpfe.", "de", "2023-10-25")
    assert (find(times, "Anfang dieses Monats").mod, find(times, "Mitte 2022").mod) == (
        "START", "MID"
    )
    assert find(times, "Anfang dieses Monats").granularity == "month"
    assert find(times, "Anfang dieses Monats").anchor == "publication"
    assert find(times, "Mitte 2022").anchor == "absolute"


def test_without_publication_date_relative_values_stay_open(news: Pipeline) -> None:
    times = run(news, "Gestern trafen sie sich am Mittwoch, nicht am 7. Oktober.", "de", None)
    assert find(times, "Gestern").value is None
    assert find(times, "Mittwoch").value == "XXXX-WXX-3"
    assert find(times, "7. Oktober").value == "XXXX-10-07"


def test_regime_is_detected_per_paragraph(news: Pipeline) -> None:
    text = (
        "Gestern griffen Rebellen die Stadt an. Am Dienstag hatten sie gedroht.\n\n"
        "Die Stadt wurde 1241 gegründet. 1806 fiel sie an Bayern, 1871 an das Reich. "
        "Im Juli brannte das Rathaus."
    )
    times = run(news, text, "de", "2023-10-25")
    assert find(times, "Gestern").regime == "news"
    july = find(times, "Juli")
    assert july.regime == "narrative"
    assert july.value == "1871-07"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "an diesem Tag" is the day just named, in news as in history.
        ("Am 10. Mai 1940 begann der Angriff. An diesem Tag fiel die Festung.",
         "diesem Tag", "1940-05-10"),
        ("Die Polizei durchsuchte am Montag ein Haus. An diesem Tag fiel auch ein Schuss.",
         "diesem Tag", "2023-10-23"),
        # Without a day named before, it is the day of the report.
        ("An diesem Tag beginnt der Gipfel in Brüssel.", "diesem Tag", "2023-10-25"),
        ("Am 3. Mai 1940 rückten die Truppen vor. Drei Tage später fiel die Stadt.",
         "Drei Tage später", "1940-05-06"),
    ],
)
def test_this_day_and_days_later_follow_the_story(
    news: Pipeline, text: str, expression: str, value: str
) -> None:
    assert find(run(news, text, "de", "2023-10-25"), expression).value == value


def test_days_later_after_a_month_never_count_from_the_publication(news: Pipeline) -> None:
    times = run(news, "Im Mai 1940 griffen Truppen Belgien an. Zwei Tage später "
                "kapitulierte die Armee.", "de", "2023-10-25")
    value = find(times, "Zwei Tage später").value
    # no day of May 1940 is known, so no value is right too; 2023-10-27 would be wrong
    assert value is None or value.startswith("1940")


# The opening paragraph of a history: enough past years to read as narrative.
HISTORY_OPENING = ("Der Krieg begann 1939. 1940 fiel Frankreich, 1941 griff Deutschland die "
                   "Sowjetunion an.")


def test_today_in_a_history_paragraph_keeps_it_narrative(news: Pipeline) -> None:
    text = (
        HISTORY_OPENING + "\n\n"
        "Am 19. Mai erreichten die Truppen die Küste bei Abbeville, das heute zur Region "
        "Hauts-de-France gehört."
    )
    may = find(run(news, text, "de", "2011-02-16"), "19. Mai")
    assert may.regime == "narrative"
    assert may.value == "1941-05-19"


def test_an_undated_heading_does_not_reset_the_story_to_the_publication(
    news: Pipeline,
) -> None:
    text = (
        HISTORY_OPENING + " Im August 1941 stand die Front vor Leningrad.\n\n"
        "Winterkrieg\n\n"
        "Am 5. Dezember begann die Gegenoffensive vor Moskau."
    )
    december = find(run(news, text, "de", "2011-02-16"), "5. Dezember")
    assert december.value == "1941-12-05"


def test_forced_genre_overrides_detection(narrative: Pipeline) -> None:
    times = run(narrative, "Im Juli 1918 wurde gekämpft. Heute ist es still.", "de",
                "2023-10-25")
    assert find(times, "Heute").value == "PRESENT_REF"


def test_bad_genre_setting_is_an_error() -> None:
    from lagebild.errors import SettingsError

    pipeline = _pipeline("poetry")
    with pytest.raises(SettingsError):
        run(pipeline, "Gestern.", "de", "2023-10-25")


def test_date_line_gives_the_publication_date(news: Pipeline) -> None:
    document = make_document(
        "Berlin, 24.10.2023 (dpa) - Gestern trafen sich die Minister.", language="de"
    )
    analysis = news.run(document)
    assert analysis.published == dt.date(2023, 10, 24)
    assert analysis.published_source == "inferred"
    assert [s.text for s in analysis.published_evidence] == ["24.10.2023"]
    assert find(list(analysis.times), "Gestern").value == "2023-10-23"


@pytest.mark.parametrize(
    ("text", "language", "expected", "relative", "value"),
    [
        ("Streik legt Häfen lahm\nHAMBURG, 3. März 2024 (lagebild) – Am Freitag standen die "
         "Kräne still. Die Gewerkschaft kündigte weitere Aktionen an.",
         "de", dt.date(2024, 3, 3), "Freitag", "2024-03-01"),
        ("Floods cut off villages\nDHAKA, June 18, 2024 — Rescuers reached the district on "
         "Sunday. More rain is expected.",
         "en", dt.date(2024, 6, 18), "Sunday", "2024-06-16"),
    ],
)
def test_dateline_after_a_headline_gives_the_publication_date(
    news: Pipeline, text: str, language: str, expected: dt.date, relative: str, value: str
) -> None:
    analysis = news.run(make_document(text, language=language))
    assert analysis.published == expected
    assert analysis.published_source == "inferred"
    assert find(list(analysis.times), relative).value == value


def test_a_date_deep_in_the_body_is_no_dateline(news: Pipeline) -> None:
    text = ("Die Lage bleibt angespannt.\nZweiter Absatz ohne Datum.\nDritter Absatz.\n"
            "BERLIN, 3. März 2024 – So stand es in einer alten Meldung, die heute wieder "
            "zitiert wurde.")
    assert news.run(make_document(text, language="de")).published is None


def test_no_evidence_means_no_publication_date(news: Pipeline) -> None:
    document = make_document("Am Mittwoch trafen sich die Minister in Berlin.", language="de")
    analysis = news.run(document)
    assert analysis.published is None
    assert analysis.published_confidence is None


def test_duration_from_dated_start_pins_the_publication_date(news: Pipeline) -> None:
    text = (
        "Der Krieg begann am Samstag, dem 3. Februar 2024. "
        "In den letzten zehn Tagen des Krieges starben Hunderte."
    )
    analysis = news.run(make_document(text, language="de"))
    assert analysis.published == dt.date(2024, 2, 13)
    assert analysis.published_confidence is not None
    assert 0.3 <= analysis.published_confidence <= 1.0
    evidence = {s.text for s in analysis.published_evidence}
    assert {"den letzten zehn Tagen", "Samstag, dem 3. Februar 2024"} <= evidence


def test_given_publication_date_is_kept(news: Pipeline) -> None:
    document = make_document("Berlin, 24.10.2023 (dpa) - Gestern.", language="de",
                             published="2023-10-25")
    analysis = news.run(document)
    assert analysis.published == dt.date(2023, 10, 25)
    assert analysis.published_source == "given"
    assert analysis.published_evidence == ()


def test_seed_acceptance(seed_text: str) -> None:
    import lagebild

    settings = load_settings().with_overrides({"time": {"reference_date": NOW}})
    pipeline = Pipeline(resources=Resources(settings))
    result = lagebild.analyze(seed_text, pipeline=pipeline)
    document = result.document
    assert document.published == dt.date(2023, 10, 25)
    assert document.published_source == "inferred"
    assert document.published_confidence is not None and document.published_confidence > 0.3
    evidence = {e.text for e in document.published_evidence}
    assert {"den letzten 18 Tagen", "7. Oktober", "Mittwoch", "Dienstag"} <= evidence
    for span in document.published_evidence:
        assert seed_text.strip()[span.start:span.end] == span.text
    values: dict[str, list[str | None]] = {}
    for t in result.times:
        values.setdefault(t.text, []).append(t.value)
    assert values.pop("Mittwoch") == ["2023-10-25", "2023-10-25"]
    assert values.pop("Anfang dieses Monats") == ["2023-10"]
    assert values.pop("7. Oktober") == ["2023-10-07"] * 3
    assert values.pop("Dienstag") == ["2023-10-24"]
    assert values.pop("den letzten 18 Tagen") == ["P18D"]
    # "bisher" (PRESENT_REF) is a time expression too; nothing else is.
    assert values == {"bisher": ["PRESENT_REF"]}
