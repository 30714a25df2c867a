"""TIMEX3 values: calendar points at a granularity, their arithmetic and formatting.

A :class:`Point` is a date known to some granularity (century down to minute).
Unknown years are kept as ``None`` and print as ``XXXX`` so that a partly
resolved expression ("am 7. Oktober" with no year in sight) keeps what it
does say: ``XXXX-10-07``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

# Coarse to fine. "time" covers parts of the day and clock times.
GRANULARITIES = (
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time",
)
RANK = {name: i for i, name in enumerate(GRANULARITIES)}

DURATION_CODES = {
    "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
    "quarter": "Q", "half": "H", "weekend": "WE", "hour": "H", "minute": "M", "second": "S",
}
_TIME_UNITS = frozenset({"hour", "minute", "second"})


@dataclass(frozen=True)
class Point:
    """A calendar point known to ``granularity``; finer fields are None."""

    granularity: str
    year: int | None = None  # astronomical for BC when ``bc`` (stored positive)
    bc: bool = False
    month: int | None = None
    day: int | None = None
    week: int | None = None
    weekday: int | None = None  # for XXXX-WXX-3 (weekday with no week)
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # the first three digits: 196 for the 1960s
    century: int | None = None  # the first two digits: 19 for the 1900s
    daypart: str | None = None
    hour: int | None = None
    minute: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The day as a date, when year, month and day are known (AD only)."""
        if self.year is None or self.month is None or self.day is None or self.bc:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def with_time(self, hour: int | None, minute: int | None, daypart: str | None) -> Point:
        """Returns the point with a clock time or part of day added."""
        return dataclasses.replace(
            self, granularity="time", hour=hour, minute=minute, daypart=daypart
        )


def day_point(date: dt.date) -> Point:
    """Returns the day-granular point of ``date``."""
    return Point("day", year=date.year, month=date.month, day=date.day)


def year_text(year: int | None, bc: bool = False) -> str:
    """Formats a year as TIMEX3 does: 2023, 0490, BC0490, XXXX."""
    if year is None:
        return "XXXX"
    return f"BC{year:04d}" if bc else f"{year:04d}"


def format_point(point: Point) -> str:
    """Returns the TIMEX3 value of a point."""
    g = point.granularity
    if g == "century":
        century = point.century if point.century is not None else 0
        return f"BC{century:02d}" if point.bc else f"{century:02d}"
    if g == "decade":
        decade = point.decade if point.decade is not None else 0
        return f"BC{decade:03d}" if point.bc else f"{decade:03d}"
    year = year_text(point.year, point.bc)
    if g == "year":
        return year
    if g == "half":
        return f"{year}-H{point.half}"
    if g == "quarter":
        return f"{year}-Q{point.quarter}"
    if g == "season":
        return f"{year}-{point.season}"
    if g == "month":
        return f"{year}-{point.month:02d}" if point.month else f"{year}-XX"
    if g == "week":
        if point.week is None:
            return f"{year}-WXX-{point.weekday}" if point.weekday else f"{year}-WXX"
        weekend = "-WE" if point.daypart == "WE" else ""
        return f"{year}-W{point.week:02d}{weekend}"
    month = f"{point.month:02d}" if point.month else "XX"
    day = f"{point.day:02d}" if point.day else "XX"
    if point.month is None and point.day is None and point.weekday is not None:
        base = f"{year}-WXX-{point.weekday}"
    else:
        base = f"{year}-{month}-{day}"
    if g == "day":
        return base
    if point.hour is not None:
        minute = point.minute or 0
        return f"{base}T{point.hour:02d}:{minute:02d}"
    if point.daypart is not None:
        return f"{base}T{point.daypart}"
    return base


def duration_value(number: float | None, unit: str) -> str:
    """Returns a TIMEX3 duration: P18D, P3W, PT5H, PXY (number None = unspecified)."""
    code = DURATION_CODES[unit]
    prefix = "PT" if unit in _TIME_UNITS else "P"
    if number is None:
        return f"{prefix}X{code}"
    if number != int(number):
        # TIMEX3 wants integers: 1.5 years are P1Y6M, half a century P5DE.
        finer = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24),
                 "week": ("day", 7), "hour": ("minute", 60), "decade": ("year", 10),
                 "century": ("decade", 10)}
        if unit in finer:
            fine_unit, factor = finer[unit]
            whole = int(number)
            rest = duration_value(round((number - whole) * factor), fine_unit)
            if whole == 0:
                return rest
            head = f"{prefix}{whole}{code}"
            return head + (rest[2:] if prefix == "PT" else rest[1:])
    return f"{prefix}{int(number)}{code}"


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """Adds ``months`` to (year, month)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian computus, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def unit_point(anchor: Point, unit: str, offset: int) -> Point | None:
    """Returns the ``unit`` containing ``anchor``, moved by ``offset`` units.

    "vergangene Woche" is unit_point(publication, "week", -1): the whole
    previous ISO week, at week granularity.

    Returns:
        The point, or None when the anchor is too coarse for the unit.
    """
    year = anchor.year
    if year is None:
        return None
    if unit == "day":
        date = anchor.date
        if date is None:
            return None
        return day_point(date + dt.timedelta(days=offset))
    if unit in ("week", "weekend"):
        date = anchor.date
        if date is None:
            return None
        iso = (date + dt.timedelta(weeks=offset)).isocalendar()
        if unit == "weekend":
            return Point("week", year=iso.year, week=iso.week, daypart="WE")
        return Point("week", year=iso.year, week=iso.week)
    if unit == "month":
        if anchor.month is None:
            return None
        y, m = shift_months(year, anchor.month, offset)
        return Point("month", year=y, month=m)
    if unit == "quarter":
        if anchor.month is None:
            return None
        y, m = shift_months(year, anchor.month, 3 * offset)
        return Point("quarter", year=y, quarter=(m - 1) // 3 + 1)
    if unit == "half":
        if anchor.month is None:
            return None
        y, m = shift_months(year, anchor.month, 6 * offset)
        return Point("half", year=y, half=1 if m <= 6 else 2)
    if unit == "year":
        if anchor.bc:
            return Point("year", year=year - offset, bc=True)
        return Point("year", year=year + offset)
    if unit == "decade":
        return Point("decade", decade=year // 10 + offset, bc=anchor.bc)
    if unit == "century":
        return Point("century", century=year // 100 + offset, bc=anchor.bc)
    return None


def shift_point(anchor: Point, unit: str, amount: int) -> Point | None:
    """Moves ``anchor`` by ``amount`` units; the result is as fine as the unit.

    "zwei Wochen später" after 1 July 1919 is 15 July 1919 (a day); "einen
    Monat später" after 29 March 1863 is April 1863 (a month); "zwei Jahre
    zuvor" after 1964 is 1962 (a year).

    Returns:
        The moved point, or None when the anchor lacks what the unit needs.
    """
    if anchor.year is None:
        return None
    if unit in ("day", "week"):
        date = anchor.date
        if date is None:
            return None
        return day_point(date + dt.timedelta(days=amount * (7 if unit == "week" else 1)))
    if unit in ("month", "quarter", "half"):
        if anchor.month is None:
            return None
        months = amount * {"month": 1, "quarter": 3, "half": 6}[unit]
        y, m = shift_months(anchor.year, anchor.month, months)
        return Point("month", year=y, month=m)
    if unit in ("year", "decade", "century"):
        years = amount * {"year": 1, "decade": 10, "century": 100}[unit]
        if anchor.bc:
            return Point("year", year=anchor.year - years, bc=True)
        return Point("year", year=anchor.year + years)
    return None


def _month_length(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day


def span_between(begin: Point, end: Point) -> str | None:
    """Returns the TIMEX3 duration from ``begin`` to ``end`` in the coarser unit of the two."""
    coarser = begin if RANK[begin.granularity] <= RANK[end.granularity] else end
    g = coarser.granularity
    if begin.year is None or end.year is None or begin.bc or end.bc:
        return None
    if g in ("day", "time"):
        b, e = begin.date, end.date
        return None if b is None or e is None else duration_value(abs((e - b).days), "day")
    if g == "month" and begin.month is not None and end.month is not None:
        return duration_value(abs((end.year - begin.year) * 12 + end.month - begin.month), "month")
    if g == "year":
        return duration_value(abs(end.year - begin.year), "year")
    return None
