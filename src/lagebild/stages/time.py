"""Temporal expressions (stage ``time``): recognition, TIMEX3 values, publication date.

Finds dates, times, durations, sets and vague references in German and
English, infers the publication date from the text when none is given (with
its evidence and a confidence; nothing when the text holds no evidence), and
resolves every expression under the news or narrative anchoring regime
(``[time] genre``: "auto" detects it per paragraph). See :mod:`lagebild.timex`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from lagebild.errors import Code, SettingsError
from lagebild.model import Sentence, Span, TimeExpr
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources
from lagebild.timex.infer import InferenceSettings, infer_published
from lagebild.timex.lexicon import Lexicon
from lagebild.timex.recognize import load_recognizer
from lagebild.timex.resolve import Resolved, Resolver, detect_regimes

GENRES = ("auto", "news", "narrative")
_WORD = re.compile(r"[^\W\d_]+")


def inference_settings(section: dict[str, Any]) -> InferenceSettings:
    """Reads the inference tunables from the ``[time]`` settings section.

    Raises:
        SettingsError: When a value is out of range.
    """
    reference = str(section.get("reference_date") or "")
    try:
        now = dt.date.fromisoformat(reference) if reference else dt.date.today()
    except ValueError:
        raise SettingsError(
            Code.SETTINGS, f"time.reference_date must be YYYY-MM-DD or empty: {reference!r}"
        ) from None
    gaps = tuple(float(x) for x in section["weekday_gap_probabilities"])
    offsets = tuple(float(x) for x in section["start_offset_probabilities"])
    if len(gaps) != 7 or len(offsets) != 3 or min(gaps + offsets) <= 0:
        raise SettingsError(
            Code.SETTINGS,
            "time.weekday_gap_probabilities needs 7 and time.start_offset_probabilities "
            "3 positive numbers",
        )
    return InferenceSettings(
        now=now,
        window_years=int(section["inference_window_years"]),
        min_confidence=float(section["min_published_confidence"]),
        recency_per_year=float(section["recency_per_year"]),
        weekday_gap=gaps,
        start_offset=(offsets[0], offsets[1], offsets[2]),
    )


def tense_detector(
    text: str, sentences: Sequence[Sentence], lexicon: Lexicon
) -> Callable[[int], int]:
    """Returns a function giving the tense of the sentence around an offset.

    +1 when the sentence has a future cue ("soll", "wird", "kommenden") and no
    past-tense cue, -1 for a past-tense cue ("wurde", "hatte") and no future
    cue, 0 otherwise. Bare weekdays and dates look ahead or back accordingly.
    """
    starts = [s.start for s in sentences]
    cache: dict[int, int] = {}

    def tense_at(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return 0
        if i not in cache:
            sentence = sentences[i]
            words = _WORD.findall(text[sentence.start:sentence.end])
            future = any(lexicon.has_role(w, "future") for w in words)
            past = any(lexicon.has_role(w, "past") for w in words)
            cache[i] = (1 if future else 0) - (1 if past else 0)
        return cache[i]

    return tense_at


def genre_setting(section: dict[str, Any]) -> str | None:
    """Returns the forced regime ("news"/"narrative") or None for "auto".

    Raises:
        SettingsError: When ``[time] genre`` is not one of auto, news, narrative.
    """
    genre = str(section.get("genre", "auto"))
    if genre not in GENRES:
        raise SettingsError(
            Code.SETTINGS, f"time.genre must be one of {', '.join(GENRES)}: {genre!r}"
        )
    return None if genre == "auto" else genre


def _record(doc_id: str, r: Resolved) -> TimeExpr:
    return TimeExpr(
        doc_id=doc_id,
        text=r.text,
        start=r.start,
        end=r.end,
        value=r.value,
        type=r.type,
        granularity=r.granularity,
        mod=r.mod,
        anchor=r.anchor,
        begin_value=r.begin,
        end_value=r.end_value,
        regime=r.regime,
    )


@stage(
    "time",
    requires=("tokens", "sentences", "language", "published"),
    assigns=("times", "published", "published_source", "published_evidence",
             "published_confidence"),
)
def tag_times(analysis: Analysis, resources: Resources) -> Analysis:
    """Finds and normalises temporal expressions; infers a missing publication date."""
    assert analysis.language is not None
    section = resources.settings.section("time")
    recognizer = resources.load(load_recognizer, analysis.language)
    text = analysis.text
    mentions = recognizer.find(text)
    tense_at = tense_detector(text, analysis.sentences, recognizer.lexicon)
    published = analysis.published
    source = analysis.published_source
    evidence = analysis.published_evidence
    confidence = analysis.published_confidence
    if published is None:
        inferred = infer_published(
            text, mentions, recognizer.lexicon, inference_settings(section),
            lambda pos: tense_at(pos) > 0,
        )
        if inferred is not None:
            published, source, confidence = inferred.date, "inferred", inferred.confidence
            evidence = tuple(Span(text=text[s:e], start=s, end=e) for s, e in inferred.evidence)
    _, regimes = detect_regimes(text, mentions, published, genre_setting(section))
    resolver = Resolver(text, published, regimes, tense_at)
    resolved = resolver.resolve_all(mentions)
    records = resolved + resolver.intervals(resolved, text)
    records.sort(key=lambda r: (r.start, -r.end))
    doc_id = analysis.document.id
    return analysis.replace(
        times=tuple(_record(doc_id, r) for r in records),
        published=published,
        published_source=source,
        published_evidence=evidence,
        published_confidence=confidence,
    )
