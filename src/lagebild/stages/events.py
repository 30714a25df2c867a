"""Event coding (stage ``events``): PLOVER 2.0 event records with evidence for every field.

Reads the tokens, lemmas and sentences, the entity mentions (actors), time
expressions (dates), quotes and attributions (``reported_by``), quantities
(casualty and other counts) and places (event locations) of earlier stages.
See :mod:`lagebild.events.coder` for the rules and ``docs/events.md`` for the
design and the evaluation.
"""

from __future__ import annotations

from lagebild.events.coder import load_coder
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources


@stage(
    "events",
    requires=("tokens", "lemmas", "sentences", "language", "entities", "times", "quotes",
              "attributions", "quantities", "places"),
    assigns=("events",),
)
def code_events(analysis: Analysis, resources: Resources) -> Analysis:
    """Codes one record per reported event (type, mode, actors, date, place, counts)."""
    assert analysis.language is not None
    coder = resources.load(load_coder, analysis.language)
    return analysis.replace(events=tuple(coder.code(analysis)))
