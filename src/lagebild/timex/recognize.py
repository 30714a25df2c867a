"""Recognition: finds temporal expressions and reads what each one says.

The grammar's rules are run over the text; every match is interpreted into a
:class:`Mention`, which records what the words state (day 7, month 10, no
year; or "one day before the anchor") without resolving anything yet.
Overlapping matches are settled in favour of the longest, so "Anfang Mai
1967" wins over "Mai 1967" and "vor zwei Wochen" over "zwei Wochen".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from lagebild.resources import Resources
from lagebild.timex.grammar import ADJ_DURATION_ENDINGS, Rule, build_rules, build_triggers
from lagebild.timex.lexicon import Lexicon, load_lexicon, norm
from lagebild.timex.values import duration_value

# Words before a bare four-digit number that make it a count, not a year.
_SINCE_BEFORE = re.compile(r"(?:seit|Seit|since|Since)[^\S\n]+(?:(?:dem|der|den)[^\S\n]+)?$")
# "die Einigung vom Mittwoch", "der Angriff vom Sonntag": a weekday naming when something
# was done lies in the past ("vom Montag bis Mittwoch", "vom Montag an" are spans)
_OF_DAY_BEFORE = re.compile(r"(?:vom|Vom)[^\S\n]+$")
_SPAN_AFTER = re.compile(r"[^\S\n]+(?:bis|an)\b")
# Nouns that take a number which is not a year ("Hauptstraße 1860", "Flug 1234").
_NUMBERED_NOUNS = frozenset((
    "nr.", "nummer", "seite", "artikel", "paragraf", "paragraph", "absatz", "zimmer", "raum",
    "linie", "flug", "tel.", "number", "no.", "page", "article", "route", "flight", "room",
    "highway",
))
_NUMBERED_ENDINGS = ("straße", "strasse", "gasse", "weg", "platz", "allee", "str.", "street",
                     "road", "avenue")
_COUNT_BEFORE = frozenset((
    "rund", "etwa", "über", "fast", "knapp", "insgesamt", "mindestens", "weitere", "sogar",
    "nur", "gut", "exakt", "genau", "ca.", "circa", "zirka", "mehr", "als", "weniger", "zu",
    "bis", "nearly", "about", "around", "over", "almost", "some", "least", "than",
    "approximately",
))
_SET_ADVERBS = {
    "täglich": "P1D", "tagtäglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M",
    "jährlich": "P1Y", "alljährlich": "P1Y", "stündlich": "PT1H", "daily": "P1D",
    "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
}
_ADJ_UNITS = {
    "tägig": "day", "wöchig": "week", "monatig": "month", "jährig": "year", "stündig": "hour",
    "minütig": "minute", "tage": "day", "wochen": "week", "monate": "month", "jahre": "year",
    "jahrzehnte": "decade", "stunden": "hour",
}
_DECADE_WORDS = {
    "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
    "siebziger": 7, "achtziger": 8, "neunziger": 9,
}
_CLOCK_PM = frozenset({"abends", "nachmittags", "nachts", "pm", "p.m."})
_DIRECTION_WORDS = {
    "später": 1, "danach": 1, "darauf": 1, "zuvor": -1, "vorher": -1, "davor": -1,
    "früher": -1, "later": 1, "after": 1, "afterwards": 1, "on": 1, "earlier": -1,
    "before": -1,
}
_LAST_WORDS = {
    "letzten": "last", "vergangenen": "last", "nächsten": "next", "kommenden": "next",
    "ersten": "", "folgenden": "", "last": "last", "past": "last", "next": "next",
    "coming": "next", "first": "", "following": "",
}
_YEAR_REL_DET = {
    "des": (0, "anaphoric"), "desselben": (0, "anaphoric"), "jenes": (0, "anaphoric"),
    "dieses": (0, "either"), "diesen": (0, "either"), "letzten": (-1, "deictic"),
    "vergangenen": (-1, "deictic"), "nächsten": (1, "deictic"), "kommenden": (1, "deictic"),
    "this": (0, "either"), "last": (-1, "deictic"), "next": (1, "deictic"),
    "the same": (0, "anaphoric"), "the following": (1, "anaphoric"),
    "the previous": (-1, "anaphoric"), "the": (0, "anaphoric"),
}
_PLURAL_UNITS_DE = frozenset((
    "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "jahrzehnte",
    "jahrzehnten", "jahrhunderte", "jahrhunderten", "stunden", "minuten", "sekunden",
    "quartale", "quartalen", "days", "weeks", "months", "years", "decades", "centuries",
    "hours", "minutes", "seconds", "quarters",
))


GroupGetter = Callable[[str], str | None]


@dataclass
class Mention:
    """What one temporal expression states, before it is resolved."""

    start: int
    end: int
    text: str
    rule: str
    kind: str  # date | time | duration | set | vague
    year: int | None = None
    year_digits: int = 4
    bc: bool = False
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # the day of week named (alone or next to a date)
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    decade_digits: int = 3
    century: int | None = None
    holiday: str | None = None
    hour: int | None = None
    minute: int | None = None
    daypart: str | None = None
    mod: str | None = None
    # Relative expressions: ``offset`` units of ``unit`` from an anchor.
    unit: str | None = None
    offset: int | None = None
    anchor: str | None = None  # deictic | anaphoric | either
    keep_granularity: bool = False  # "zwei Tage später" keeps the anchor's granularity
    weekday_dir: int = 0  # -1 past, +1 future, 0 from the sentence's tense
    night_before: bool = False
    year_offset: int | None = None  # "März des folgenden Jahres"
    year_anchor: str | None = None
    # Durations, sets and vague references carry their value directly.
    number: float | None = None
    duration: str | None = None
    interval: str | None = None  # last | next | since: the duration ends/starts at the anchor
    future_offset_or_duration: bool = False  # "in zwei Wochen": news offset, narrative duration
    value: str | None = None
    extra: list[Mention] = field(default_factory=list)

    @property
    def has_date(self) -> bool:
        """Whether the words name a calendar date (month/day, year, season, ...)."""
        return self.kind in ("date", "time") and (
            self.year is not None
            or self.month is not None
            or self.season is not None
            or self.decade is not None
            or self.century is not None
            or self.quarter is not None
            or self.half is not None
            or self.holiday is not None
        )


_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Recognizer:
    """The compiled grammar and word lists of one language."""

    lexicon: Lexicon
    rules: tuple[Rule, ...]
    triggers: dict[str, frozenset[str]]

    def _positions(self, text: str) -> dict[str, list[int]]:
        """Per word class, where words of that class start in ``text``.

        Patterns run only near these words: one pass over the words is far
        cheaper than running every pattern over the whole text.
        """
        positions: dict[str, list[int]] = {"num": [m.start() for m in _DIGITS.finditer(text)]}
        triggers = self.triggers
        adj = positions.setdefault("adj", [])
        for match in _LETTERS.finditer(text.lower()):
            word = match.group()
            classes = triggers.get(word)
            if classes is not None:
                for cls in classes:
                    positions.setdefault(cls, []).append(match.start())
            elif word.endswith(ADJ_DURATION_ENDINGS):
                adj.append(match.start())
        return positions

    def find(self, text: str) -> list[Mention]:
        """Returns the temporal expressions in ``text``, in text order, without overlaps."""
        candidates: list[tuple[int, int, Mention]] = []
        positions = self._positions(text)
        n = len(text)
        for priority, rule in enumerate(self.rules):
            starts = sorted(p for cls in rule.needs for p in positions.get(cls, ()))
            if not starts:
                continue
            spans = [(max(0, p - rule.left), min(n, p + rule.right)) for p in starts]
            seen: set[tuple[int, int]] = set()
            for lo, hi in _merge(spans):
                for match in rule.regex.finditer(text, lo, hi):
                    if match.span() in seen:
                        continue
                    seen.add(match.span())
                    for mention in interpret(rule, match, self.lexicon, text):
                        candidates.append((priority, len(candidates), mention))
        # Longest first; among equals the earlier rule in the grammar.
        candidates.sort(key=lambda c: (-(c[2].end - c[2].start), c[0], c[2].start))
        taken: list[Mention] = []
        occupied: list[tuple[int, int]] = []
        for _, _, mention in candidates:
            if any(mention.start < e and s < mention.end for s, e in occupied):
                continue
            occupied.append((mention.start, mention.end))
            taken.append(mention)
            for extra in mention.extra:
                if not any(extra.start < e and s < extra.end for s, e in occupied):
                    occupied.append((extra.start, extra.end))
                    taken.append(extra)
        taken.sort(key=lambda m: m.start)
        _share_years(taken, text)
        return taken


_COORDINATION = re.compile(
    r"^[^\S\n]*(?:,|und|oder|bis|bzw\.|–|-|/|auf(?:[^\S\n]+den)?|and|or|to|through|until)"
    r"[^\S\n]*(?:(?:zum|den|dem|the)[^\S\n]+)?$"
)


def _share_years(mentions: list[Mention], text: str) -> None:
    """Gives "Juni" in "Im Juni und Juli 1944" the year of its partner (likewise days)."""
    for first, second in pairwise(mentions):
        if first.year is not None or second.year is None or second.year_digits != 4:
            continue
        if first.month is None and first.season is None:
            continue
        if first.kind not in ("date", "time") or first.unit is not None or first.rule == "year":
            continue
        if _COORDINATION.match(text[first.end:second.start]) is None:
            continue
        first.year, first.year_digits, first.bc = second.year, 4, second.bc


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def load_recognizer(resources: Resources, language: str) -> Recognizer:
    """Builds the recognizer for ``language`` (a ``resources.load`` loader)."""
    # Not resources.load(load_lexicon): Resources holds a non-reentrant lock
    # while a loader runs, so loaders must not load other resources.
    lexicon = load_lexicon(resources, language)
    return Recognizer(lexicon, tuple(build_rules(lexicon)), build_triggers(lexicon))


def _word_before(text: str, pos: int) -> str:
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _word_after(text: str, pos: int) -> str:
    start = pos
    while start < len(text) and text[start] in " \t":
        start += 1
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in ".-"):
        end += 1
    return text[start:end]


def _group(match: re.Match[str], name: str) -> str | None:
    # Most rules lack most named groups: a lookup is far cheaper than an IndexError.
    if name in match.re.groupindex:
        return match.group(name)
    return None


def interpret(rule: Rule, match: re.Match[str], lex: Lexicon, text: str) -> list[Mention]:
    """Reads one match of ``rule`` into mentions (none when the context rules it out)."""

    def g(name: str) -> str | None:
        return _group(match, name)

    start, end = match.span("t")
    if start == end:
        return []
    kind = rule.facts.get("kind", "date")
    mention = Mention(start, end, text[start:end], rule.name, kind)
    if not _read_date_parts(mention, g, lex):
        return []
    if not _read_relation(mention, g, lex, rule):
        return []
    if not _context_ok(mention, g, lex, rule, text):
        return []
    if (mention.hour is not None or mention.daypart is not None) and mention.kind == "date":
        mention.kind = "time"
    if _SINCE_BEFORE.search(text, max(0, start - 16), start) and mention.weekday_dir == 0:
        mention.weekday_dir = -1  # "seit dem 7. Oktober" lies in the past
    if mention.weekday_dir == 0 and mention.weekday is not None and mention.month is None and (
        _OF_DAY_BEFORE.search(text, max(0, start - 8), start)
        and not _SPAN_AFTER.match(text, end)
    ):
        mention.weekday_dir = -1  # "die Einigung vom Mittwoch" even in "soll ... werden"
    day0 = g("day0")
    if day0 is not None:
        s0 = match.start("day0")
        e0 = s0 + len(day0) + (1 if text[s0 + len(day0): s0 + len(day0) + 1] == "." else 0)
        first = Mention(
            s0, e0, text[s0:e0], rule.name, "date", year=mention.year, bc=mention.bc,
            month=mention.month, day=int(day0),
        )
        mention.start = match.end("day0")
        while mention.start < end and not text[mention.start].isdigit():
            mention.start += 1
        mention.text = text[mention.start:end]
        mention.extra.append(first)
    return [mention]


def _read_date_parts(m: Mention, g: GroupGetter, lex: Lexicon) -> bool:
    year = g("year")
    if year is not None:
        m.year = int(year)
        m.year_digits = len(year)
    if g("year2") is not None:
        m.year = int(g("year2") or 0)
        m.year_digits = 2
    if g("bc"):
        m.bc = True
    month = g("month")
    if month is not None:
        m.month = lex.months[norm(month)]
    if g("monthnum") is not None:
        m.month = int(g("monthnum") or 0)
    if g("day") is not None:
        m.day = int(g("day") or 0)
    for name in ("weekday", "wdset"):
        weekday = g(name)
        if weekday is not None:
            m.weekday = lex.weekdays[norm(weekday)]
    if g("season") is not None:
        m.season = lex.seasons[norm(g("season") or "")]
    if g("holiday") is not None:
        m.holiday = lex.holidays[norm(g("holiday") or "")]
    if g("daypart") is not None:
        m.daypart = lex.dayparts.get(norm(g("daypart") or ""), "MO")
    if g("wdpart"):
        m.daypart = lex.dayparts[norm(g("wdpart") or "")]
    if g("dpmod") == "frühen" and m.daypart is None:
        m.daypart = "MO"
    hour, minute = g("hour") or g("hour24"), g("minute") or g("minute24")
    if hour is not None:
        m.hour = int(hour)
        m.minute = int(minute) if minute else 0
        pm = (g("clockdp") or g("ampm") or "").lower()
        if pm in _CLOCK_PM and m.hour < 12:
            m.hour += 12
        if pm in ("am", "a.m.") and m.hour == 12:
            m.hour = 0
    mod = g("mod")
    if mod is not None:
        m.mod = lex.mods[norm(mod.rstrip("-"))][0]
    hedge = g("hedge")
    if hedge is not None and norm(hedge) in lex.mods:
        m.mod = lex.mods[norm(hedge)][0]
    if g("laufe") and m.mod is None:
        m.mod = None
    decade = g("decade")
    if decade is not None:
        m.decade = int(decade) // 10
        m.decade_digits = len(decade) - 1
    if g("decade2") is not None:
        m.decade = int(g("decade2") or 0) // 10
        m.decade_digits = 1
    if g("decadeword") is not None:
        m.decade = 190 + _DECADE_WORDS[(g("decadeword") or "").lower()]
    if g("century") is not None:
        m.century = int(g("century") or 0) - 1
        if m.century < 0:
            return False
    ordinal = g("ordnum") or g("ord")
    if ordinal is not None:
        number = int(ordinal.lstrip("Q")) if ordinal[:1] in "Q0123456789" else None
        if number is None:
            stem = norm(ordinal)
            number = next(
                (v for k, v in lex.ordinals.items() if stem == k or stem.startswith(k)), None
            )
        unit = norm(g("unit") or "")
        if number is None:
            return False
        if unit.startswith(("halbjahr", "jahreshälfte", "half")) and number <= 2:
            m.half = number
        elif number <= 4:
            m.quarter = number
        else:
            return False
    return True


def _read_relation(m: Mention, g: GroupGetter, lex: Lexicon, rule: Rule) -> bool:
    unit_form = g("unit")
    unit = lex.units.get(norm(unit_form)) if unit_form else None
    number = None
    vague_number = False
    if g("num") is not None:
        number = lex.number(g("num") or "")
        vague_number = number is None
        if lex.language == "en" and norm(g("num") or "") in ("a", "an") and unit in (
            "second", "minute"
        ):
            return False
    if g("half"):
        half = (g("half") or "").lower()
        if half.startswith(("halb", "half")):
            number = (number or 1) * 0.5
    rel = g("rel")
    rel_offset, rel_anchor = (None, None)
    if rel is not None:
        rel_offset, rel_anchor = _relative(rel, lex)
    # Year given relative to an anchor: "März des folgenden Jahres".
    ydet = g("yrel_det")
    if ydet is not None:
        offset, anchor = _YEAR_REL_DET.get(norm(ydet), (0, "anaphoric"))
        if g("yrel") is not None:
            offset, anchor = _relative(g("yrel") or "", lex)
        m.year_offset, m.year_anchor = offset, anchor
    if rule.name in ("weekday_set", "unit_set"):
        if m.weekday is not None:
            m.value = f"XXXX-WXX-{m.weekday}"
        elif g("wdadv") is not None:
            name = (g("wdadv") or "").lower().rstrip("s")
            m.value = f"XXXX-WXX-{lex.weekdays[norm(name)]}" if norm(name) in lex.weekdays else (
                f"XXXX-WXX-{_weekday_from_adverb(name, lex)}"
            )
        elif g("setadv") is not None:
            m.value = _SET_ADVERBS[(g("setadv") or "").lower()]
        elif unit is not None:
            m.value = duration_value(1, unit)
        return m.value is not None and "None" not in m.value
    if rule.name in ("duration", "duration_compound", "duration_adj"):
        if g("adjunit") or g("langunit"):
            unit = _ADJ_UNITS[(g("adjunit") or g("langunit") or "").lower()]
        if g("whole"):
            number, unit = 1.0, "year"
        if unit is None:
            return False
        if g("num") is None and not g("langunit") and not g("whole"):
            number = None
        if norm(g("num") or "") == "eines" and unit_form and unit_form.endswith("s"):
            return False  # "eines Tages": some day, not a duration
        m.kind, m.number, m.unit = "duration", number, unit
        m.duration = duration_value(number, unit)
        return True
    if rule.name in ("last_n", "since_n"):
        if unit is None:
            return False
        m.kind, m.number, m.unit = "duration", number, unit
        m.duration = duration_value(number, unit)
        if rule.name == "since_n":
            m.interval = "last"
        else:
            m.interval = _LAST_WORDS.get((g("lastrel") or "").lower()) or None
        return True
    if rule.facts.get("kind") == "offset":
        if unit is None:
            return False
        direction = 0
        if g("ago"):
            direction, m.anchor = -1, "deictic"
        elif g("after"):
            # "nach drei Tagen", "within a week": how long something took.
            if number is None and g("num") is None:
                return False
            m.kind, m.number, m.unit = "duration", number, unit
            m.duration = duration_value(number, unit)
            return True
        elif g("inn"):
            direction, m.anchor = 1, "deictic"
            m.future_offset_or_duration = True
        elif g("dir"):
            direction, m.anchor = _DIRECTION_WORDS[(g("dir") or "").lower()], "anaphoric"
        plural = (unit_form or "").lower() in _PLURAL_UNITS_DE
        if g("num") is None and not g("half"):
            if g("ago") and plural:
                m.kind, m.value = "vague", "PAST_REF"  # "vor Jahren"
                return True
            if g("dir") and plural:
                m.kind, m.unit, m.number = "duration", unit, None  # "Jahre zuvor"
                m.duration = duration_value(None, unit)
                return True
            if not g("dir"):
                return False
            number = 1.0  # "am Tag darauf", "ein Jahr zuvor"
        if number is None or vague_number:
            m.kind, m.unit, m.number = "duration", unit, None
            m.duration = duration_value(None, unit)
            if g("ago"):
                m.kind, m.value = "vague", "PAST_REF"
            return True
        m.number = number
        m.duration = duration_value(number, unit)
        if number != int(number):
            months = round(number * {"year": 12, "month": 1}.get(unit, 0))
            if months:
                unit, number = "month", float(months)
        m.unit, m.offset, m.keep_granularity = unit, int(direction * number), True
        return True
    if g("relword") is not None:
        word = lex.relwords[norm(g("relword") or "")]
        m.unit, m.offset, m.anchor = word.unit, word.offset, word.anchor
        if word.daypart and m.daypart is None:
            m.daypart = word.daypart
        return True
    if rule.name == "rel_night":
        rel_form = norm(g("rel") or "")
        if m.daypart is None:
            m.daypart = "NI"
        m.unit, m.anchor = "day", "deictic"
        m.offset = 0 if rel_form in ("heute", "this", "dies", "diese") else -1
        if rel_offset is not None and rel_offset > 0:
            m.offset = 1
        return True
    if rule.name == "rel_unit" or rule.name == "mod_unit":
        if unit is None or unit in ("hour", "minute", "second"):
            return False
        if rel is not None and norm(rel).startswith("neu") and unit != "year":
            return False  # "des neuen Jahres" is a year; "eine neue Woche" is not a date
        if unit == "day" and rel_offset is not None:
            # "am nächsten Tag", "an diesem Tag": the day after, or the very day,
            # the text last named; "heute" is the deictic word for today.
            rel_anchor = "anaphoric"
        if (unit_form or "").lower() in _PLURAL_UNITS_DE:
            if rel_offset is None:
                return False
            m.kind, m.unit, m.number = "duration", unit, None
            m.duration = duration_value(None, unit)
            return True
        if rel_offset is None:
            if m.mod is None and not g("laufe"):
                return False
            rel_offset, rel_anchor = 0, "either"
            if rule.name == "mod_unit" and "this" in (g("t") or "").lower():
                rel_anchor = "deictic"
        m.unit, m.offset, m.anchor = unit, rel_offset, rel_anchor
        return True
    if m.weekday is not None and m.month is None and m.day is None:
        # A weekday named alone: "am Mittwoch", "letzten Dienstag".
        if rel_offset is not None:
            m.weekday_dir = -1 if rel_offset < 0 else (1 if rel_offset > 0 else 0)
            if rel_anchor == "anaphoric":
                m.anchor = "anaphoric"
        if rule.facts.get("night") == "before":
            m.night_before, m.daypart = True, "NI"
        if g("pre") in ("für", "Für", "ab", "Ab") and m.weekday_dir == 0:
            m.weekday_dir = 1  # "für Samstag zu Protesten aufrufen"
        m.unit = "weekday"
        return True
    if rule.facts.get("night") == "before":
        m.night_before, m.daypart = True, "NI"
    if rel_offset is not None and (m.month is not None or m.season is not None
                                    or m.holiday is not None):
        # "im vergangenen Oktober", "diesen Sommer": the nearest one in that direction.
        m.weekday_dir = -1 if rel_offset < 0 else (1 if rel_offset > 0 else 0)
        if rel_anchor == "anaphoric":
            m.year_offset, m.year_anchor = rel_offset, "anaphoric"
    if rule.name == "vague":
        m.value = lex.vague[norm(g("vague") or "")]
    return True


def _weekday_from_adverb(name: str, lex: Lexicon) -> int | None:
    for form, number in lex.weekdays.items():
        if form.startswith(name[:5]):
            return number
    return None


def _relative(form: str, lex: Lexicon) -> tuple[int, str]:
    key = norm(form)
    if key in lex.relatives:
        return lex.relatives[key]
    for stem in sorted(lex.relatives, key=len, reverse=True):
        if key.startswith(stem):
            return lex.relatives[stem]
    return 0, "either"


def _context_ok(m: Mention, g: GroupGetter, lex: Lexicon, rule: Rule, text: str) -> bool:
    context = rule.facts.get("context")
    if context in ("month", "season") and g("pre") is None and m.year is None and (
        m.mod is None and g("rel") is None and m.year_offset is None
    ):
        return False
    if context == "year":
        year = m.year
        if year is None:
            return False
        marked = bool(g("yword") or m.bc)
        if m.year_digits < 4 or year < 1000:
            if not marked:
                return False
        elif year > 2100:
            return False
        pre = g("pre")
        if not marked and m.mod is None and (pre is None or pre in ("und", "oder", "bzw.", "–",
                                                                    "-", "and", "or", "to")):
            before = _word_before(text, m.start).lower().strip("(")
            if before in _COUNT_BEFORE or g("hedge") or before in _NUMBERED_NOUNS:
                return False
            if before.endswith(_NUMBERED_ENDINGS):
                return False
            after = _word_after(text, m.end)
            if lex.language == "en" and after[:1].islower():
                return False  # "1500 dollars": English nouns are lower case
            if after[:1].isupper() and after.rstrip(".").lower() not in lex.months and not (
                after.startswith(("v.", "n."))
            ):
                return False
            if after.lower() in ("mal", "times", "euro", "dollar", "prozent", "meter", "km"):
                return False
    return True
