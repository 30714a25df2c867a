"""Where an event happened: the place in its clause, else the document's main place.

:func:`locate_event` is called by the events stage with the offsets of an
event's evidence. It looks for places (``analysis.places``) in the same
clause, then in the same sentence; among several it prefers places that are
not the acting government ("Israel griff Ziele im Gazastreifen an": the Gaza
Strip, not Israel), then the most precise, then the nearest. When the
sentence names no place, the document's main place is returned with
``fallback=True`` and a precision one level coarser than the place's own,
since the text does not say the event happened there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from lagebild.model import EventLocation, Place, PlacePrecision
from lagebild.pipeline import Analysis

# Most precise first.
PRECISION_RANK: dict[str, int] = {"exact": 0, "admin1": 1, "region": 2, "country": 3}
_COARSER: dict[str, PlacePrecision] = {
    "exact": "admin1", "admin1": "region", "region": "country", "country": "country"
}
# Clause boundaries inside a sentence.
_CLAUSE_BREAK = re.compile(r"[;:,–—]|\s-\s")


def _sentence_bounds(analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    for sentence in analysis.sentences:
        if sentence.start <= start < sentence.end or (
            sentence.start < end <= sentence.end
        ):
            return sentence.start, sentence.end
    return start, end


def _clause_bounds(text: str, bounds: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    sentence_start, sentence_end = bounds
    clause_start = sentence_start
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, start):
        clause_start = match.end()
    found = _CLAUSE_BREAK.search(text, end, sentence_end)
    clause_end = found.start() if found else sentence_end
    return clause_start, clause_end


def _best(places: Sequence[Place], start: int, end: int) -> Place | None:
    if not places:
        return None
    pool = [p for p in places if not p.actor_use] or list(places)

    def distance(place: Place) -> int:
        if place.end <= start:
            return start - place.end
        if place.start >= end:
            return place.start - end
        return 0

    return min(pool, key=lambda p: (PRECISION_RANK.get(p.precision, 9), distance(p), p.start))


def main_place(places: Sequence[Place]) -> Place | None:
    """The document's main place.

    The place named most often; ties go to the place whose country the
    document names most, then to the more precise, then to the earlier one.
    Places used for an acting government count only when nothing else is named.
    """
    if not places:
        return None
    pool = [p for p in places if not p.actor_use] or list(places)
    counts = Counter(p.id for p in pool)
    countries = Counter(p.country_code for p in places if p.country_code)
    return min(
        pool,
        key=lambda p: (
            -counts[p.id],
            -countries.get(p.country_code or "", 0),
            PRECISION_RANK.get(p.precision, 9),
            p.start,
        ),
    )


def _location(place: Place, *, fallback: bool) -> EventLocation:
    return EventLocation(
        name=place.name,
        geonames_id=place.geonames_id,
        latitude=place.latitude,
        longitude=place.longitude,
        country_code=place.country_code,
        precision=_COARSER[place.precision] if fallback else place.precision,
        start=place.start,
        end=place.end,
        id=place.id,
        fallback=fallback,
    )


def locate_event(analysis: Analysis, start: int, end: int) -> EventLocation | None:
    """Returns where the event with evidence ``text[start:end]`` happened.

    Args:
        analysis: An analysis on which the ``places`` stage ran.
        start: Start offset of the event's evidence (e.g. its trigger or clause).
        end: End offset of the evidence.

    Returns:
        The place in the event's clause, else in its sentence, else the
        document's main place flagged ``fallback=True`` with a coarser
        precision; None when the document names no place.
    """
    places = analysis.places
    if not places:
        return None
    bounds = _sentence_bounds(analysis, start, end)
    in_sentence = [p for p in places if bounds[0] <= p.start and p.end <= bounds[1]]
    if in_sentence:
        clause = _clause_bounds(analysis.text, bounds, start, end)
        in_clause = [p for p in in_sentence if clause[0] <= p.start and p.end <= clause[1]]
        chosen = _best(in_clause, start, end) or _best(in_sentence, start, end)
        if chosen is not None:
            return _location(chosen, fallback=False)
    main = main_place(places)
    return _location(main, fallback=True) if main is not None else None
