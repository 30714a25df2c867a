"""Event location: the place in the clause, else the main place, flagged."""

from __future__ import annotations

from lagebild.geo.locate import locate_event, main_place
from lagebild.pipeline import Pipeline
from lagebild.service import make_document

TEXT = (
    "Israel hat Ziele im Gazastreifen zerstört. Die Regierung trat am Abend zusammen. "
    "Raketen schlugen in Haifa ein, sagte ein Sprecher in Jerusalem. "
    "Die Armee meldete weitere Angriffe auf Haifa."
)


def test_place_in_the_clause_wins_over_the_acting_country(pipeline: Pipeline) -> None:
    analysis = pipeline.run(make_document(TEXT, language="de"))
    start = TEXT.index("zerstört")
    location = locate_event(analysis, start, start + 8)
    assert location is not None
    assert (location.name, location.precision, location.fallback) == ("Gaza Strip", "admin1", False)
    assert TEXT[location.start or 0 : location.end or 0] == "Gazastreifen"


def test_clause_before_sentence(pipeline: Pipeline) -> None:
    analysis = pipeline.run(make_document(TEXT, language="de"))
    start = TEXT.index("schlugen")
    location = locate_event(analysis, start, start + 8)
    assert location is not None and location.name == "Haifa"
    start = TEXT.index("sagte")
    location = locate_event(analysis, start, start + 5)
    assert location is not None and location.name == "Jerusalem"


def test_fallback_is_the_main_place_with_coarser_precision(pipeline: Pipeline) -> None:
    analysis = pipeline.run(make_document(TEXT, language="de"))
    start = TEXT.index("zusammen")
    location = locate_event(analysis, start, start + 8)
    main = main_place(analysis.places)
    assert main is not None and main.name == "Haifa"  # named twice
    assert location is not None and location.fallback
    assert location.name == "Haifa" and location.precision == "admin1"


def test_no_places_no_location(pipeline: Pipeline) -> None:
    analysis = pipeline.run(make_document("Die Regierung trat zusammen.", language="de"))
    assert locate_event(analysis, 0, 5) is None
