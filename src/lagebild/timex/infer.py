"""Publication-date inference from evidence inside the text.

When a report comes without a date, the text often pins it down:

* a **date line** ("Berlin, 25.10.2023 (dpa) -", "Stand: 25. Oktober 2023") or
  a signature ("(red, 25.10.2023)", "(APA, 25.10.2023)");
* a **duration counted from a dated start**: "in den letzten 18 Tagen des
  Krieges" in a text that dates the start of the war "am 7. Oktober" puts the
  report 18 days after 7 October; likewise "seit drei Wochen" and "vor 18
  Tagen" next to a dated event;
* **weekday names**: news reports events of the same or the previous days, so
  "am Mittwoch" and "vom Dienstag" make a Wednesday or Thursday the likeliest
  publication day, and "Samstag, 7. Oktober" fixes the year in which 7 October
  was a Saturday.

Candidates come only from pinning evidence (date lines, durations from a start
date that the text links to the counted stretch by a start word such as
"Beginn"/"Start"/"Angriff" or by sharing its sentence); weekday names and
other dates then weigh them. Each candidate date gets a score (log-linear:
evidence terms plus a prior that prefers recent dates inside a window ending
at the processing date), the scores are normalised over the candidates, and
the best date is returned with its probability as confidence and the spans it
rests on. Without pinning evidence nothing is inferred: no silent guesses.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lagebild.timex.lexicon import Lexicon
from lagebild.timex.recognize import Mention

_DAYS = {"day": 1, "week": 7}
_LINE_DATE_MAX = 80  # a first or last line no longer than this that holds a date is a date line
_HEADLINE_MAX = 200  # a headline above a dateline is at most this long


@dataclass(frozen=True)
class InferenceSettings:
    """Tunables of the inference (``[time]`` in settings)."""

    now: dt.date
    window_years: int
    min_confidence: float
    recency_per_year: float
    weekday_gap: tuple[float, ...]
    start_offset: tuple[float, float, float]  # P(off by -1, 0, +1 day) for "N Tage seit S"


@dataclass(frozen=True)
class Inference:
    """An inferred publication date with its probability and its evidence (offsets)."""

    date: dt.date
    confidence: float
    evidence: tuple[tuple[int, int], ...]
    reason: str


@dataclass(frozen=True)
class _Hypothesis:
    date: dt.date
    weight: float
    evidence: tuple[tuple[int, int], ...]


def _full_date(m: Mention) -> dt.date | None:
    if m.year is None or m.year_digits != 4 or m.month is None or m.day is None or m.bc:
        return None
    try:
        return dt.date(m.year, m.month, m.day)
    except ValueError:
        return None


def _line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def find_date_line(text: str, mentions: Sequence[Mention], lexicon: Lexicon) -> Mention | None:
    """Returns the mention that states the publication date, if the text has one.

    A date line is a full date (day, month, year) that stands on a short first
    or last line, follows a label such as "Stand:" or "Veröffentlicht am", or
    opens the body as a dateline ("Berlin, 25.10.2023 (dpa) -"), on the first
    line or the line after a headline.
    """
    for m in mentions:
        if _full_date(m) is None:
            continue
        line_start, line_end = _line_of(text, m.start)
        line = text[line_start:line_end]
        is_first = line_start == 0
        is_last = line_end == len(text)
        if (is_first or is_last) and len(line.strip()) <= _LINE_DATE_MAX:
            return m
        before = text[line_start:m.start]
        words = re.findall(r"[\wÄÖÜäöü]+", before)
        if any(lexicon.has_role(w, "dateline") for w in words[-3:]):
            return m
        if re.search(r"\(\s*[\w./ -]{1,25},\s*$", before) and text[m.end:m.end + 2].strip(
            " "
        ).startswith(")"):
            return m  # a signature such as "(red, 23.8.2015)" or "(APA, 24.10.2023)"
        # A dateline opens the body: the first line, or the line after a headline.
        opens_body = is_first or (
            text.count("\n", 0, line_start) <= 2 and len(text[:line_start].strip()) <= _HEADLINE_MAX
        )
        if m.start - line_start <= 40 and opens_body and re.fullmatch(
            r"[A-ZÄÖÜ][\w ./-]{1,30},\s*(?:den\s+)?", before
        ):
            return m
    return None


def infer_published(
    text: str,
    mentions: Sequence[Mention],
    lexicon: Lexicon,
    settings: InferenceSettings,
    is_future: Callable[[int], bool],
) -> Inference | None:
    """Infers the publication date of ``text`` (see the module docstring).

    Args:
        text: The document text.
        mentions: The temporal expressions recognized in it.
        lexicon: The language's word lists (date-line labels, start cues).
        settings: Window, prior and evidence weights.
        is_future: Whether the sentence around an offset speaks of the future.

    Returns:
        The inference, or None when the text holds no pinning evidence or the
        best date's probability is below ``settings.min_confidence``.
    """
    line = find_date_line(text, mentions, lexicon)
    if line is not None:
        date = _full_date(line)
        assert date is not None
        if date <= settings.now:
            return Inference(date, 0.95, ((line.start, line.end),), "date line")
    hypotheses = _from_durations(text, mentions, lexicon, settings, is_future)
    if not hypotheses:
        return None
    scored: dict[dt.date, float] = defaultdict(float)
    support: dict[dt.date, set[tuple[int, int]]] = defaultdict(set)
    weekday_terms = _weekday_evidence(mentions, is_future)
    for h in hypotheses:
        if not settings.now - dt.timedelta(days=round(365.25 * settings.window_years)) <= (
            h.date
        ) <= settings.now:
            continue
        log_score = math.log(h.weight)
        log_score -= settings.recency_per_year * (settings.now - h.date).days / 365.25
        used = set(h.evidence)
        for weekday, spans in weekday_terms.items():
            gap = (h.date.isoweekday() - weekday) % 7
            log_score += math.log(settings.weekday_gap[gap])
            used.update(spans)
        for m in mentions:
            if m.weekday is not None and m.month is not None and m.day is not None:
                date = _nearest_past(m, h.date)
                if date is not None:
                    log_score += 0.0 if date.isoweekday() == m.weekday else math.log(0.02)
                    used.add((m.start, m.end))
        scored[h.date] += math.exp(log_score)
        support[h.date].update(used)
    if not scored:
        return None
    total = sum(scored.values())
    best = max(scored, key=lambda d: scored[d])
    confidence = scored[best] / total
    if confidence < settings.min_confidence:
        return None
    return Inference(
        best, round(confidence, 3), tuple(sorted(support[best])), "duration from a dated start"
    )


def _nearest_past(m: Mention, reference: dt.date) -> dt.date | None:
    if m.month is None or m.day is None:
        return None
    for year in (reference.year, reference.year - 1):
        try:
            date = dt.date(m.year if m.year and m.year_digits == 4 else year, m.month, m.day)
        except ValueError:
            continue
        if date <= reference:
            return date
    return None


def _weekday_evidence(
    mentions: Sequence[Mention], is_future: Callable[[int], bool]
) -> dict[int, list[tuple[int, int]]]:
    """Weekdays named alone in past-tense sentences, each with the spans naming it."""
    out: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        if m.unit != "weekday" or m.weekday is None or m.weekday_dir > 0 or m.anchor:
            continue
        if is_future(m.start):
            continue
        out[m.weekday].append((m.start, m.end))
    return out


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    end_candidates = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return start + 1, min(end_candidates) if end_candidates else len(text)


def _from_durations(
    text: str,
    mentions: Sequence[Mention],
    lexicon: Lexicon,
    settings: InferenceSettings,
    is_future: Callable[[int], bool],
) -> list[_Hypothesis]:
    """Candidate dates from durations that end now and start at a dated day."""
    starts = [
        m for m in mentions
        if m.kind == "date" and m.month is not None and m.day is not None and not m.bc
        and not is_future(m.start)
    ]
    if not starts:
        return []
    # The same day named several times is one start, evidenced by all its mentions.
    by_day: dict[tuple[int | None, int, int], list[Mention]] = defaultdict(list)
    for m in starts:
        assert m.month is not None and m.day is not None
        year = m.year if m.year is not None and m.year_digits == 4 else None
        by_day[(year, m.month, m.day)].append(m)
    hypotheses: list[_Hypothesis] = []
    first_year = settings.now.year - settings.window_years
    for d in mentions:
        if d.kind != "duration" and d.rule != "offset":
            continue
        days_per_unit = _DAYS.get(d.unit or "")
        if days_per_unit is None or d.number is None:
            continue
        if d.kind == "duration" and d.interval != "last":
            continue
        if d.rule == "offset" and (d.offset is None or d.offset >= 0 or d.anchor != "deictic"):
            continue
        days = int(d.number) * days_per_unit
        sentence = _sentence_around(text, d.start)
        for (year, month, day), named in by_day.items():
            cue = any(_has_start_cue(text, m, lexicon) for m in named)
            same_sentence = any(sentence[0] <= m.start < sentence[1] for m in named)
            if d.rule == "offset" and not same_sentence:
                continue  # "vor 18 Tagen" dates the event of its own sentence only
            if not (cue or same_sentence):
                continue  # nothing links this date to the start of the counted stretch
            weight = 1.0
            years = [year] if year is not None else range(first_year, settings.now.year + 1)
            evidence = tuple(sorted({(d.start, d.end)} | {(m.start, m.end) for m in named}))
            for y in years:
                try:
                    start = dt.date(y, month, day)
                except ValueError:
                    continue
                for shift, p in zip((-1, 0, 1), settings.start_offset, strict=True):
                    hypotheses.append(_Hypothesis(
                        start + dt.timedelta(days=days + shift), weight * p, evidence
                    ))
    return hypotheses


def _has_start_cue(text: str, m: Mention, lexicon: Lexicon) -> bool:
    """Whether words shortly before ``m`` name a start ("seit dem Start ... am 7. Oktober")."""
    sentence_start, _ = _sentence_around(text, m.start)
    window = text[max(sentence_start, m.start - 80): m.start]
    return any(lexicon.has_role(w, "start") for w in re.findall(r"[\wÄÖÜäöü]+", window))
