"""Normalisation: turns mentions into TIMEX3 values under an anchoring regime.

Two regimes decide what an incomplete expression is anchored on:

* **news**: deictic and underspecified expressions ("gestern", "am Mittwoch",
  "im Juli", "7. Oktober") anchor on the publication date; anaphoric ones
  ("am nächsten Tag", "zwei Tage später") on the last date the text mentioned.
* **narrative** (history, background, Wikipedia-like text): all of them
  anchor on the last date the text mentioned, and "heute" means the present
  (PRESENT_REF) rather than a day.

The regime is detected per paragraph (a paragraph full of past years and no
"gestern"/weekday talk reads as narrative) with the document's regime as the
fallback, or forced by the caller.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lagebild.timex.recognize import Mention
from lagebild.timex.values import (
    Point,
    day_point,
    easter,
    format_point,
    shift_point,
    span_between,
    unit_point,
)

Regime = str  # "news" | "narrative"
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_INTERVAL_OPEN = re.compile(
    r"(?:zwischen|Zwischen|von|Von|vom|Vom|between|Between|from|From)[^\S\n]+"
    r"(?:(?:dem|der|den|the)[^\S\n]+)?$"
)
_INTERVAL_JOIN = re.compile(
    r"^[^\S\n]*(?:und|bis|–|-|and|to|until|through)[^\S\n]+(?:(?:zum|zur|dem|den|the)[^\S\n]+)?$"
)
_ASIDE = re.compile(r"(?:\b(?:bis|Bis|seit|Seit|until|since)[^\S\n]+(?:(?:zum|dem|Ende)[^\S\n]+)?"
                    r"|\(|–|—)$")
_SINCE = re.compile(r"(?:seit|Seit|since|Since)[^\S\n]+(?:(?:dem|der|den)[^\S\n]+)?$")


@dataclass(frozen=True)
class Resolved:
    """A mention with its TIMEX3 value and how it was obtained."""

    start: int
    end: int
    text: str
    value: str | None
    type: str  # DATE | TIME | DURATION | SET
    granularity: str | None
    mod: str | None
    anchor: str | None  # publication | previous | absolute
    begin: str | None
    end_value: str | None
    regime: Regime
    point: Point | None = None


def deictic_count(mentions: Sequence[Mention]) -> int:
    """How many mentions are deictic (gestern, am Mittwoch, vergangene Woche, vor 2 Tagen)."""
    count = 0
    for m in mentions:
        if (m.anchor == "deictic" and m.kind != "duration") or m.unit == "weekday":
            count += 1
    return count


def is_present_word(m: Mention) -> bool:
    """Whether a mention is a bare word for today ("heute", "today")."""
    return (m.anchor == "deictic" and m.rule == "relword" and m.unit == "day"
            and (m.offset or 0) == 0 and m.daypart is None)


def historic_count(mentions: Sequence[Mention], published: dt.date | None) -> int:
    """How many mentions name an explicit year well before the publication date."""
    latest = published.year if published is not None else max(
        (m.year for m in mentions if m.year is not None and m.year_digits == 4), default=None
    )
    if latest is None:
        return sum(1 for m in mentions if m.bc or m.century is not None)
    return sum(
        1
        for m in mentions
        if (m.year is not None and m.year_digits == 4 and (m.bc or m.year < latest - 1))
        or m.century is not None
        or (m.decade is not None and m.decade_digits == 3)
    )


def detect_regimes(
    text: str,
    mentions: Sequence[Mention],
    published: dt.date | None,
    forced: Regime | None = None,
) -> tuple[Regime, list[tuple[int, Regime]]]:
    """Decides the anchoring regime of the document and of each paragraph.

    Args:
        text: The document text (paragraphs are separated by blank lines).
        mentions: The recognized expressions.
        published: The publication date, when known.
        forced: "news" or "narrative" to use everywhere; None to detect.

    Returns:
        The document's regime and (paragraph start offset, regime) pairs.
    """
    starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    if forced in ("news", "narrative"):
        return forced, [(s, forced) for s in starts]
    doc = _judge(mentions, published) or "news"
    regimes = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text) + 1
        inside = [m for m in mentions if start <= m.start < end
                  # "die heute zu Polen gehört" in a history is the present, not news talk.
                  and not (doc == "narrative" and is_present_word(m))]
        regimes.append((start, _judge(inside, published, paragraph=True) or doc))
    return doc, regimes


def _judge(
    mentions: Sequence[Mention], published: dt.date | None, *, paragraph: bool = False
) -> Regime | None:
    deictic = deictic_count(mentions)
    historic = historic_count(mentions, published)
    if paragraph:
        if deictic and 2 * deictic >= historic:
            return "news"
        if historic >= 2 and not deictic:
            return "narrative"
        return None
    if historic >= 2 and historic > 2 * deictic:
        return "narrative"
    return "news"


class Resolver:
    """Resolves the mentions of one document in text order, tracking the last date."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        regimes: Sequence[tuple[int, Regime]],
        tense_at: Callable[[int], int],
    ) -> None:
        """Sets up resolution of one document.

        Args:
            text: The document text.
            published: The publication date (given or inferred), if any.
            regimes: (paragraph start, regime) pairs in text order.
            tense_at: The tense of the sentence around an offset: +1 future,
                -1 past, 0 unknown.
        """
        self.text = text
        self.published = day_point(published) if published is not None else None
        self._starts = [s for s, _ in regimes]
        self._regimes = [r for _, r in regimes]
        self.tense_at = tense_at
        # The last date mentioned, and the last one known to the day: "am
        # selben Tag" and "am Abend" need a day, "im Juli" only a year.
        self.last: Point | None = None
        self.last_day: Point | None = None

    def regime_at(self, pos: int) -> Regime:
        """The regime of the paragraph holding offset ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return self._regimes[max(i, 0)] if self._regimes else "news"

    def resolve_all(self, mentions: Sequence[Mention]) -> list[Resolved]:
        """Resolves every mention; the last date mentioned moves along the way."""
        out = []
        headings = _headings(self.text)
        section: Point | None = None
        for mention in mentions:
            while headings and headings[0][1] <= mention.start:
                start, end = headings.pop(0)
                inside = start <= mention.start and mention.end <= end
                if section is not None and (mention.start >= end or not inside):
                    # A heading without a date starts a subsection: the story
                    # restarts from the date of the section around it. Without a
                    # dated section the story goes on from where it was.
                    self.last, self.last_day = section, None
            resolved = self.resolve(mention)
            if _is_heading(self.text, mention.start, mention.end) and resolved.point is not None:
                section = resolved.point
            out.append(resolved)
            point = resolved.point
            if point is None or point.year is None or resolved.type not in ("DATE", "TIME"):
                continue
            if _ASIDE.search(self.text[max(0, mention.start - 12): mention.start]):
                continue  # "bis 1881", "(1861-1865)": an aside, not where the story is
            self.last = point
            if point.date is not None:
                self.last_day = point
        return out

    def _day_anchor(self, regime: Regime) -> tuple[Point | None, str | None]:
        """The day that "am selben Tag", "am Abend" or "um 17 Uhr" refer to."""
        day, last = self.last_day, self.last
        if day is not None and last is not None and (
            day.year == last.year and (last.month is None or last.month == day.month)
        ):
            return day, "previous"
        if (regime == "news" and self.published is not None and last is None) or (
            regime == "news" and day is None
        ):
            return self.published, "publication" if self.published is not None else None
        return None, None

    def _anchor(self, kind: str | None, regime: Regime) -> tuple[Point | None, str | None]:
        previous = self.last if self.last is not None else self.published
        previous_label = "previous" if self.last is not None else "publication"
        if kind == "anaphoric" or (kind in ("either", None) and regime == "narrative"):
            return previous, previous_label if previous is not None else None
        if kind == "deictic" and regime == "narrative":
            return previous, previous_label if previous is not None else None
        return self.published, "publication" if self.published is not None else None

    def resolve(self, m: Mention) -> Resolved:
        """Resolves one mention (see the module docstring for the regimes)."""
        regime = self.regime_at(m.start)
        if m.kind == "vague":
            return self._make(m, regime, m.value, "DATE", None, None, None)
        if m.kind == "set":
            return self._make(m, regime, m.value, "SET", None, None, None)
        if m.kind == "duration" or (m.future_offset_or_duration and regime == "narrative"):
            return self._duration(m, regime)
        if m.unit == "weekday":
            return self._weekday(m, regime)
        if m.unit is not None and m.offset is not None:
            return self._relative(m, regime)
        return self._calendar(m, regime)

    def _make(
        self,
        m: Mention,
        regime: Regime,
        value: str | None,
        type_: str,
        point: Point | None,
        anchor: str | None,
        granularity: str | None,
        begin: str | None = None,
        end: str | None = None,
    ) -> Resolved:
        return Resolved(
            m.start, m.end, m.text, value, type_, granularity, m.mod, anchor, begin, end,
            regime, point,
        )

    def _point_result(self, m: Mention, regime: Regime, point: Point | None,
                      anchor: str | None, partial: str | None = None) -> Resolved:
        if point is None:
            return self._make(m, regime, partial, "TIME" if m.kind == "time" else "DATE",
                              None, None, None)
        if (m.hour is not None or m.daypart is not None) and (
            point.date is not None or point.year is None
        ):
            point = point.with_time(m.hour, m.minute, m.daypart)
        type_ = "TIME" if point.granularity == "time" else "DATE"
        return self._make(m, regime, format_point(point), type_, point, anchor,
                          point.granularity)

    def _duration(self, m: Mention, regime: Regime) -> Resolved:
        value = m.duration
        begin = end = None
        if m.interval and m.number is not None and m.unit is not None:
            anchor, _ = self._anchor("deictic", regime)
            if anchor is not None:
                amount = int(m.number) if m.number == int(m.number) else None
                if amount is not None:
                    sign = -1 if m.interval == "last" else 1
                    other = shift_point(anchor, m.unit, sign * amount)
                    if other is not None:
                        first, second = (other, anchor) if sign < 0 else (anchor, other)
                        begin, end = format_point(first), format_point(second)
        return self._make(m, regime, value, "DURATION", None, None, None, begin, end)

    def _weekday(self, m: Mention, regime: Regime) -> Resolved:
        if regime == "narrative" or m.anchor == "anaphoric":
            anchor, label = self._day_anchor(regime)
        else:
            anchor, label = self._anchor(m.anchor or "either", regime)
        weekday = m.weekday or 1
        if anchor is None or anchor.date is None:
            partial = f"XXXX-WXX-{weekday}"
            return self._make(m, regime, partial, "TIME" if m.daypart else "DATE", None, None,
                              "day")
        date = anchor.date
        direction = m.weekday_dir
        if direction == 0:
            # News speaks of the last such day unless the sentence looks ahead;
            # a narrative moves forward from the day it last named.
            future = regime != "news" or self.tense_at(m.start) > 0
            direction = 1 if future else -1
        if direction < 0:
            delta = (date.isoweekday() - weekday) % 7
            if delta == 0 and m.weekday_dir < 0:
                delta = 7
            day = date - dt.timedelta(days=delta)
        else:
            delta = (weekday - date.isoweekday()) % 7
            if delta == 0 and m.weekday_dir > 0:
                delta = 7
            day = date + dt.timedelta(days=delta)
        if m.night_before:
            day -= dt.timedelta(days=1)
        return self._point_result(m, regime, day_point(day), label)

    def _relative(self, m: Mention, regime: Regime) -> Resolved:
        unit, offset = m.unit or "day", m.offset or 0
        if regime == "narrative" and is_present_word(m):
            # "heute" in a narrative is the present, not a particular day.
            return self._make(m, regime, "PRESENT_REF", "DATE", None, None, None)
        if unit == "day" and m.anchor == "anaphoric":
            anchor, label = self._day_anchor(regime)
            if m.keep_granularity and self.last is not None and label != "previous":
                # "zwei Tage später" after "im Mai 1940" counts from that month,
                # not from the publication date.
                anchor, label = self.last, "previous"
        else:
            anchor, label = self._anchor(m.anchor, regime)
        if anchor is None:
            return self._make(m, regime, None, "TIME" if m.daypart else "DATE", None, None, None)
        if m.keep_granularity:
            point = shift_point(anchor, unit, offset)
        else:
            point = unit_point(anchor, unit, offset)
        return self._point_result(m, regime, point, label)

    def _calendar(self, m: Mention, regime: Regime) -> Resolved:
        if m.century is not None:
            bc = m.bc or self._bc_context()
            return self._point_result(m, regime, Point("century", century=m.century, bc=bc),
                                      "absolute")
        label: str | None = "absolute"
        if m.decade is not None:
            decade: int = m.decade
            bc = m.bc or (self._bc_context() and m.decade_digits < 3)
            if m.decade_digits == 1:
                anchor, label = self._anchor("either", regime)
                base = anchor.year if anchor is not None and anchor.year is not None else 1999
                century = base // 100
                if century * 10 + decade > base // 10:
                    century -= 1
                decade = century * 10 + decade
            return self._point_result(m, regime, Point("decade", decade=decade, bc=bc), label)
        if not m.has_date and m.weekday is None:
            # A clock time or a part of the day alone: on the day last spoken of.
            anchor, label = self._day_anchor(regime)
            if anchor is None or anchor.date is None:
                return self._make(m, regime, None, "TIME", None, None, None)
            return self._point_result(m, regime, day_point(anchor.date), label)
        year, label = self._year(m, regime)
        bc = m.bc or (year is not None and year < 1000 and m.year_digits < 4
                      and self._bc_context())
        point = self._build(m, year, bc)
        if point is None:
            return self._make(m, regime, None, "DATE", None, None, None)
        if m.night_before and point.date is not None:
            point = day_point(point.date - dt.timedelta(days=1))
        return self._point_result(m, regime, point, label)

    def _bc_context(self) -> bool:
        return self.last is not None and self.last.bc

    def _year(self, m: Mention, regime: Regime) -> tuple[int | None, str | None]:
        if m.year is not None and m.year_digits == 4:
            return m.year, "absolute"
        if m.year is not None and m.year_digits < 4 and (m.bc or m.year_digits == 3):
            return m.year, "absolute"
        if m.year is not None:
            anchor, label = self._anchor("either", regime)
            base = anchor.year if anchor is not None and anchor.year is not None else None
            if base is None:
                return None, None
            year = (base // 100) * 100 + m.year
            if year > base + 20:
                year -= 100
            return year, label
        if m.year_offset is not None:
            anchor, label = self._anchor(m.year_anchor, regime)
            if anchor is None or anchor.year is None:
                return None, None
            if anchor.bc:
                return anchor.year - m.year_offset, label
            return anchor.year + m.year_offset, label
        anchor, label = self._anchor("either", regime)
        if anchor is None or anchor.year is None:
            return None, None
        if regime == "narrative" or anchor.date is None or (m.month is None and (
            m.season is None and m.holiday is None
        )):
            return anchor.year, label
        return self._nearest_year(m, anchor.date, regime), label

    def _nearest_year(self, m: Mention, anchor: dt.date, regime: Regime) -> int:
        direction = m.weekday_dir
        if direction == 0 and regime == "news":
            direction = self.tense_at(m.start)
        best, best_distance = anchor.year, None
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            point = self._build(m, year, False)
            if point is None:
                continue
            first = _first_day(point)
            last = _last_day(point)
            if direction < 0 and first > anchor:
                continue
            if direction > 0 and last < anchor:
                continue
            if first <= anchor <= last:
                distance = 0
            else:
                distance = min(abs((first - anchor).days), abs((last - anchor).days))
                if first > anchor and direction == 0:
                    distance += 60  # news speaks of the past more than of the future
            if best_distance is None or distance < best_distance:
                best, best_distance = year, distance
        return best

    def _build(self, m: Mention, year: int | None, bc: bool) -> Point | None:
        if m.holiday is not None:
            if year is None:
                return None
            rule = m.holiday
            if rule.startswith("easter"):
                try:
                    date = easter(year) + dt.timedelta(days=int(rule[6:]))
                except ValueError:
                    return None
                return day_point(date)
            month, day = (int(x) for x in rule.split("-"))
            return Point("day", year=year, month=month, day=day)
        if m.season is not None:
            return Point("season", year=year, bc=bc, season=m.season)
        if m.quarter is not None:
            return Point("quarter", year=year, bc=bc, quarter=m.quarter)
        if m.half is not None:
            return Point("half", year=year, bc=bc, half=m.half)
        if m.month is not None and m.day is not None:
            point = Point("day", year=year, bc=bc, month=m.month, day=m.day)
            if year is not None and point.date is None and not bc:
                return None
            return point
        if m.month is not None:
            return Point("month", year=year, bc=bc, month=m.month)
        if year is not None:
            return Point("year", year=year, bc=bc)
        return None

    def intervals(self, resolved: Sequence[Resolved], text: str) -> list[Resolved]:
        """Builds interval records: "seit dem 7. Oktober" and "zwischen Montag und Mittwoch".

        An interval record spans the whole phrase, has type DURATION, ``begin``
        and ``end`` values and (when both ends are known) the length as value.
        The expressions it joins stay records of their own.
        """
        out = []
        points = [r for r in resolved if r.type in ("DATE", "TIME")]
        for i, r in enumerate(points):
            if r.point is None:
                continue
            before = text[max(0, r.start - 40): r.start]
            since = _SINCE.search(before)
            if since is not None:
                anchor = self.published if r.regime == "news" else None
                end = format_point(anchor) if anchor is not None else None
                length = span_between(r.point, anchor) if anchor is not None else None
                start = r.start - (len(before) - since.start())
                out.append(Resolved(
                    start, r.end, text[start:r.end], length, "DURATION", None, None,
                    r.anchor, r.value, end, r.regime, None,
                ))
                continue
            if i + 1 >= len(points):
                continue
            nxt = points[i + 1]
            opener = _INTERVAL_OPEN.search(before)
            if opener is None or nxt.point is None:
                continue
            if _INTERVAL_JOIN.match(text[r.end:nxt.start]) is None:
                continue
            start = r.start - (len(before) - opener.start())
            out.append(Resolved(
                start, nxt.end, text[start:nxt.end], span_between(r.point, nxt.point),
                "DURATION", None, None, r.anchor, r.value, nxt.value, r.regime, None,
            ))
        return out


_HEADING = re.compile(r"(?:^|\n[ \t]*\n)([^\n.!?:;,]{1,80})(?=\n[ \t]*\n)")


def _headings(text: str) -> list[tuple[int, int]]:
    """Short lines between blank lines without sentence punctuation: section headings."""
    return [(m.start(1), m.end(1)) for m in _HEADING.finditer(text)]


def _is_heading(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    return line.strip() == text[start:end].strip()


def _first_day(point: Point) -> dt.date:
    year = point.year or 1
    if point.granularity == "season":
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[point.season or "SP"]
        return dt.date(year, month, 1)
    if point.month is None:
        return dt.date(year, 1, 1)
    return dt.date(year, point.month, point.day or 1)


def _last_day(point: Point) -> dt.date:
    year = point.year or 1
    if point.granularity == "season":
        month = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}[point.season or "SP"]
        end_year = year + 1 if point.season == "WI" else year
        return _month_end(end_year, month)
    if point.month is None:
        return dt.date(year, 12, 31)
    if point.day is not None:
        return dt.date(year, point.month, point.day)
    return _month_end(year, point.month)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)

