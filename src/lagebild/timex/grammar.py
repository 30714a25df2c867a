"""Regular-expression grammar of temporal expressions, built from the word lists.

Each :class:`Rule` is one pattern whose named groups say what its parts mean
(``day``, ``month``, ``year``, ``weekday``, ``unit``, ``num``, ``rel``, ...);
the interpreter in :mod:`lagebild.timex.recognize` reads those groups, so the
meaning of a group name is the same in every rule and in every language. The
group ``t`` is the extent of the expression: words around it (prepositions
such as "am", "im", "seit") only decide whether it matches.

Patterns never cross a line break, and every word is matched whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lagebild.timex.lexicon import Lexicon

S = r"[^\S\n]+"  # white space within a line
S0 = r"[^\S\n]*"
WB = r"(?<![\w])"  # word start
WE = r"(?![\w])"  # word end
NOT_NUM_BEFORE = r"(?<![\d.,\w])"
NOT_NUM_AFTER = r"(?![\d]|[.,]\d)"


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar and the fixed facts it implies.

    ``needs`` lists the word classes of which every match contains at least
    one (see :func:`build_triggers`); the recognizer only runs the pattern
    near such words.
    """

    name: str
    regex: re.Pattern[str]
    needs: frozenset[str]
    facts: dict[str, str] = field(default_factory=dict)
    # How far a match may reach left and right of the word that triggers it.
    left: int = 90
    right: int = 110


# Stop words that occur inside multi-word forms and say nothing on their own.
_FILLERS = frozenset((
    "der", "die", "das", "den", "dem", "des", "in", "im", "am", "vor", "zu", "zum", "the",
    "of", "a", "an", "to",
))
SET_WORDS = {
    "de": ("täglich", "tagtäglich", "wöchentlich", "monatlich", "jährlich", "alljährlich",
           "stündlich", "montags", "dienstags", "mittwochs", "donnerstags", "freitags",
           "samstags", "sonnabends", "sonntags", "jeden", "jede", "jeder", "jedes"),
    "en": ("daily", "weekly", "monthly", "yearly", "annually", "hourly", "mondays",
           "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "every",
           "each"),
}
DECADE_WORDS = ("zwanziger", "dreißiger", "vierziger", "fünfziger", "sechziger", "siebziger",
                "achtziger", "neunziger")
ADJ_DURATION_ENDINGS = tuple(
    stem + ending
    for stem in ("tägig", "wöchig", "monatig", "ganzjährig", "stündig", "minütig", "lang")
    for ending in ("", "e", "en", "em", "er", "es")
)


def build_triggers(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Maps each lower-case word of the word lists to the classes it belongs to.

    Classes: month, weekday, daypart, season, holiday, unit, relword, vague,
    set, decade. Digits (class num) and duration adjectives (class adj,
    "dreiwöchig", "jahrelang") are recognised by shape in the recognizer.
    """
    classes: dict[str, set[str]] = {}
    tables = {
        "month": "months", "weekday": "weekdays", "daypart": "dayparts", "season": "seasons",
        "holiday": "holidays", "unit": "units", "relword": "relwords", "vague": "vague",
    }
    for cls, table in tables.items():
        for form in lexicon.forms[table]:
            for word in re.findall(r"\w+", form.lower()):
                if word not in _FILLERS or len(form.split()) == 1:
                    classes.setdefault(word, set()).add(cls)
    for word in SET_WORDS.get(lexicon.language, ()):
        for ending in ("", "e", "en", "em", "er", "es"):
            classes.setdefault(word + ending, set()).add("set")
    if lexicon.language == "de":
        # Compounds such as "Mittwochabend", "Dienstagnacht".
        for weekday in lexicon.forms["weekdays"]:
            for part in lexicon.forms["dayparts"]:
                word = (weekday + part).lower()
                classes.setdefault(word, set()).add("weekday")
    for word in DECADE_WORDS:
        classes.setdefault(word, set()).add("decade")
    return {word: frozenset(found) for word, found in classes.items()}


def alt(forms: Iterable[str], *, capitalize: bool = True, blocked: Iterable[str] = ()) -> str:
    """Returns a regex alternation of ``forms``, longest first.

    Args:
        forms: Surface forms; a space matches any run of in-line white space.
        capitalize: Also accept lower-case forms with a capital first letter
            (sentence-initial "Gestern").
        blocked: Forms never to accept (e.g. "Morgen", the noun, for "morgen").
    """
    variants = set()
    for form in forms:
        variants.add(form)
        if capitalize and form[:1].islower():
            variants.add(form[0].upper() + form[1:])
    variants -= set(blocked)
    ordered = sorted(variants, key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", S) for f in ordered) + ")"


def _inflected(stems: Iterable[str], endings: str) -> str:
    return alt(stems) + f"(?:{endings})?"


# Tighter reach for rules triggered by digits, which are everywhere in news.
_REACH = {
    "iso": (2, 30), "numeric": (30, 40), "numeric_us": (2, 15), "year": (50, 30),
    "decade": (40, 30), "century": (35, 35), "clock": (20, 50), "duration_compound": (2, 25),
}


def _compile(name: str, needs: str, pattern: str, **facts: str) -> Rule:
    left, right = _REACH.get(name, (90, 110))
    return Rule(name, re.compile(pattern), frozenset(needs.split("|")), dict(facts), left, right)


def build_rules(lexicon: Lexicon) -> list[Rule]:
    """Returns the rules for the lexicon's language, in order of preference for ties."""
    if lexicon.language == "de":
        return _german(lexicon)
    if lexicon.language == "en":
        return _english(lexicon)
    raise ValueError(f"no temporal grammar for language {lexicon.language!r}")


def _common(lex: Lexicon) -> tuple[str, ...]:
    """Sub-patterns built from the word lists, in the order the grammars unpack them."""
    forms = lex.forms
    full_weekdays = [f for f in forms["weekdays"] if not f.endswith(".")]
    abbr_weekdays = [f for f in forms["weekdays"] if f.endswith(".")]
    mods = lex.mods
    return (
        alt(forms["months"]),
        alt(full_weekdays),
        alt(abbr_weekdays),
        alt(forms["dayparts"]),
        alt(forms["seasons"]),
        alt(forms["units"]),
        alt(forms["numbers"]),
        alt(forms["holidays"]),
        alt(forms["vague"]),
        alt(f for f in forms["mods"] if mods[" ".join(f.lower().split())][1] == "part"),
        alt(f for f in forms["mods"] if mods[" ".join(f.lower().split())][1] == "hedge"),
        r"(?:0?[1-9]|[12]\d|3[01])",
        r"(?:1\d{3}|20\d{2}|2100)",
    )


def _iso_rule() -> Rule:
    """ISO 8601 dates (2023-10-07, 2023-10-07T18:30), the same in every language."""
    return _compile(
        "iso",
        "num",
        rf"{NOT_NUM_BEFORE}(?P<t>(?P<year>\d{{4}})-(?P<monthnum>0[1-9]|1[0-2])-"
        rf"(?P<day>0[1-9]|[12]\d|3[01])(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)"
        rf"(?::\d\d)?)?)(?![\d-])",
    )


def _named_day_rules(rel: str, holiday: str, year: str, vague: str) -> list[Rule]:
    """Holidays ("Weihnachten 2022") and vague references ("bisher"), in every language."""
    return [
        _compile(
            "holiday",
            "holiday",
            rf"{WB}(?P<t>(?:(?P<rel>{rel}){S})?(?P<holiday>{holiday})"
            rf"(?:{S}(?P<year>{year}){NOT_NUM_AFTER})?){WE}",
        ),
        _compile("vague", "vague", rf"{WB}(?P<t>(?P<vague>{vague})){WE}", kind="vague"),
    ]


def _german(lex: Lexicon) -> list[Rule]:
    MONTH, WDF, WDA, DAYPART, SEASON, UNIT, NUMW, HOLIDAY, VAGUE, PART, HEDGE, DAY, YEAR4 = (
        _common(lex)
    )
    REL = _inflected(lex.forms["relatives"], "e|en|er|es|em")
    ORD = _inflected(lex.forms["ordinals"], "e|en|er|es|em")
    relwords = alt(lex.forms["relwords"], blocked=("Morgen",))
    suffixes = "|".join(sorted({f.lower() for f in lex.forms["dayparts"]}, key=len, reverse=True))
    NUM = rf"(?:{NOT_NUM_BEFORE}\d{{1,3}}(?:,\d+)?{NOT_NUM_AFTER}|{NUMW})"
    BC = rf"(?:{S}(?:v\.{S0}Chr\.|v\.{S0}u\.{S0}Z\.|vor{S}Christus))"
    AD = rf"(?:{S}n\.{S0}Chr\.)"
    DET = r"(?:der|die|das|den|dem|des)"
    LAUFE = rf"(?:(?P<laufe>Laufe){S}(?:des|der){S})?"
    YEAR_TAIL = (
        rf"(?:,?{S}(?:(?:des{S})?Jahres{S})?(?P<year>{YEAR4}|\d{{1,4}}(?={BC})){NOT_NUM_AFTER}"
        rf"(?:/\d\d(?!\d))?(?P<bc>{BC})?(?:{AD})?"
        rf"|{S}(?P<yrel_det>des|dieses|diesen|desselben|jenes|letzten|vergangenen|nächsten|"
        rf"kommenden){S}(?:(?P<yrel>{REL}){S})?Jahres)?"
    )
    WD_APPOS = rf"(?:(?P<weekday>{WDF}|{WDA})(?P<wdpart>{suffixes})?,?{S}(?:(?:den|dem){S})?)?"
    DAYPART_OF = (
        rf"(?:(?:(?P<dpmod>frühen|späten){S})?(?P<daypart>{DAYPART}){S}(?:des|vom|am){S})?"
    )
    rules = [
        _iso_rule(),
        _compile(
            "numeric",
            "num",
            rf"(?<![\d.,\w])(?P<t>{WD_APPOS}(?P<day>{DAY})\.{S0}(?P<monthnum>0?[1-9]|1[0-2])\."
            rf"(?:{S0}(?P<year>\d{{4}})|(?P<year2>\d{{2}}))?)(?![\d])",
        ),
        _compile(
            "day_month",
            "month",
            rf"(?<![\d.,\w])(?P<t>{LAUFE}{DAYPART_OF}{WD_APPOS}"
            rf"(?:(?P<mod>{PART}){S}(?:des{S})?)?"
            rf"(?:(?P<day0>{DAY})\.{S}(?:bis|und|–|-|/){S}(?:(?:zum|den){S})?)?"
            rf"(?P<day>{DAY})\.{S0}(?P<month>{MONTH}){WE}{YEAR_TAIL})",
        ),
        _compile(
            "night_before",
            "daypart",
            rf"{WB}(?:(?:in|In){S}der{S})?(?P<t>Nacht{S}(?:(?:vom|von){S}(?:{WDF}|{DAY}\.)"
            rf"{S})?(?:zum|zu|auf){S}(?:den{S})?(?:(?P<weekday>{WDF})|(?P<day>{DAY})\.{S0}"
            rf"(?P<month>{MONTH})(?:{S}(?P<year>{YEAR4}))?)){WE}",
            night="before",
        ),
        _compile(
            "month",
            "month",
            rf"{WB}(?:(?P<pre>im|Im|seit|Seit|bis|Bis|ab|Ab|vom|Vom|zum|Zum|von|Von|im{S}Laufe"
            rf"{S}des|des|den|Den|diesen|Diesen|Monat|Monats|ganzen){S})?"
            rf"(?P<t>{LAUFE}(?:(?P<mod>{PART}){S}(?:des{S})?)?(?:(?P<rel>{REL}){S})?"
            rf"(?P<month>{MONTH}){WE}{YEAR_TAIL})",
            context="month",
        ),
        _compile(
            "season",
            "season",
            rf"{WB}(?:(?P<pre>im|Im|seit|Seit|bis|Bis|ab|Ab|vom|zum|Zum|des|Des|den|Den|dem|"
            rf"diesen|Diesen|diesem|Diesem|in|In|im{S}Laufe{S}des|über){S})?"
            rf"(?P<t>{LAUFE}(?:(?P<mod>{PART}){S}(?:des{S})?)?(?:(?P<rel>{REL}){S})?"
            rf"(?P<season>{SEASON}){WE}{YEAR_TAIL})",
            context="season",
        ),
        _compile(
            "year",
            "num",
            rf"(?:{WB}(?P<pre>im|Im|seit|Seit|bis|Bis|ab|Ab|von|Von|vor|Vor|nach|Nach|um|Um|"
            rf"zwischen|Zwischen|und|oder|bzw\.|in|In|zum|Zum|–|-){S})?"
            rf"(?P<t>{LAUFE}(?:(?P<mod>{PART}){S}(?:(?:des{S}Jahres|der{S}Jahre){S})?)?"
            rf"(?:(?P<hedge>etwa|um|ca\.|Etwa|Um){S}(?:das{S}Jahr{S})?)?"
            rf"(?:(?P<yword>(?:Kriegs|Wahl|Rekord)?(?:Jahre?s?|Jahren)){S})?"
            rf"(?<![\d.,\w])(?P<year>\d{{1,4}}){NOT_NUM_AFTER}(?!er|{S0}%|-)"
            rf"(?:/\d\d(?!\d))?(?P<bc>{BC})?(?:{AD})?)(?![\w])",
            context="year",
        ),
        _compile(
            "decade",
            "num|decade",
            rf"{WB}(?P<t>(?:(?P<mod>{PART}){S}(?:der{S})?)?(?:(?:den|die|der){S})?"
            rf"(?:(?P<decade>\d{{2,4}})er|(?P<decadeword>zwanziger|dreißiger|vierziger|"
            rf"fünfziger|sechziger|siebziger|achtziger|neunziger|Zwanziger|Dreißiger|Vierziger|"
            rf"Fünfziger|Sechziger|Siebziger|Achtziger|Neunziger))(?:-|{S0})Jahre(?:n)?(?P<bc>{BC})?)",
        ),
        _compile(
            "century",
            "num",
            rf"{WB}(?P<t>(?:(?P<mod>{PART}){S}(?:des{S})?)?(?P<century>\d{{1,2}})\.{S0}"
            rf"(?:Jahrhunderts?|Jh\.)(?P<bc>{BC})?)",
        ),
        _compile(
            "part_of_year",
            "unit|num",
            rf"{WB}(?P<t>(?:(?P<ordnum>[1-4])\.|(?P<ord>{ORD})){S}"
            rf"(?P<unit>Quartals?|Halbjahr(?:es|s)?|Jahreshälfte){YEAR_TAIL}){WE}",
        ),
        _compile(
            "weekday",
            "weekday",
            rf"{WB}(?:(?P<pre>am|Am|vom|Vom|bis|Bis|seit|Seit|ab|Ab|zum|Zum|von|Von|"
            rf"für|Für|an){S})?"
            rf"(?P<t>(?:(?P<rel>{REL}){S})?(?P<weekday>{WDF})(?P<wdpart>{suffixes})?"
            rf"(?:{S}(?P<daypart>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))?){WE}",
        ),
        _compile(
            "weekday_set",
            "weekday|set",
            rf"{WB}(?P<t>(?:jeden{S}(?P<wdset>{WDF})|(?P<wdadv>montags|dienstags|mittwochs|"
            rf"donnerstags|freitags|samstags|sonnabends|sonntags)))",
            kind="set",
        ),
        _compile(
            "unit_set",
            "unit|set",
            rf"{WB}(?P<t>(?:jede[nrs]?|Jede[nrs]?){S}(?P<unit>{UNIT})|(?P<setadv>täglich|"
            rf"tagtäglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich|Täglich|"
            rf"Wöchentlich|Monatlich|Jährlich))(?:e[nmrs]?)?{WE}",
            kind="set",
        ),
        _compile(
            "relword",
            "relword",
            rf"{WB}(?P<t>(?:(?P<mod>{PART}){S}(?:des{S})?)?(?P<relword>{relwords})"
            rf"(?:{S}(?P<daypart>{DAYPART}|früh|Früh))?){WE}",
        ),
        _compile(
            "rel_night",
            "daypart",
            rf"{WB}(?P<t>(?P<rel>{REL}|heute|Heute){S}(?P<daypart>Nacht)){WE}",
        ),
        _compile(
            "rel_unit",
            "unit",
            rf"{WB}(?:(?P<pre>am|Am|im|Im|in|In|an|An|zum|Zum|seit|bis|ab){S})?"
            rf"(?P<t>{LAUFE}(?:(?P<mod>{PART}){S})?(?:{DET}{S})?(?:(?P<rel>{REL}){S})?"
            rf"(?:ganze[nrs]?{S})?(?P<unit>{UNIT})){WE}(?!{S}(?:\d|{NUMW}{WE}))",
            context="rel_unit",
        ),
        _compile(
            "last_n",
            "unit",
            rf"{WB}(?:(?:in|In|während|Während|für|Für|innerhalb|Innerhalb|binnen|Binnen|"
            rf"über){S})?(?P<t>(?:{DET}{S})?(?P<lastrel>letzten|vergangenen|nächsten|"
            rf"kommenden|ersten|folgenden|Letzten|Vergangenen|Nächsten|Kommenden|Ersten|"
            rf"Folgenden){S}(?:(?P<hedge>{HEDGE}){S})?(?P<num>{NUM}){S}(?P<unit>{UNIT})){WE}",
        ),
        _compile(
            "since_n",
            "unit",
            rf"{WB}(?P<since>seit|Seit){S}(?:(?:gut|knapp|fast|über|mehr{S}als){S})?"
            rf"(?P<t>(?:(?P<hedge>{HEDGE}){S})?(?P<num>{NUM}){S}(?P<unit>{UNIT})){WE}",
        ),
        _compile(
            "offset",
            "unit",
            rf"{WB}(?P<t>(?:(?P<ago>vor|Vor)|(?P<after>nach|Nach)|(?P<inn>in|In)){S}"
            rf"(?:(?P<hedge>{HEDGE}){S})?(?:(?P<num>{NUM}){S})?"
            rf"(?:(?P<half>halbe[nrsm]?){S})?(?P<unit>{UNIT})){WE}",
            kind="offset",
        ),
        _compile(
            "shifted",
            "unit",
            rf"{WB}(?P<t>(?:(?P<hedge>{HEDGE}){S})?(?:(?P<num>{NUM}){S})?"
            rf"(?:(?P<half>halbe[nrsm]?){S})?(?P<unit>{UNIT}){S}"
            rf"(?P<dir>später|danach|darauf|zuvor|vorher|davor|früher)){WE}",
            kind="offset",
        ),
        _compile(
            "duration",
            "unit",
            rf"{WB}(?P<t>(?:(?P<hedge>{HEDGE}){S})?(?P<num>{NUM}){S}"
            rf"(?:(?P<half>halbe[nrsm]?|ganze[nrsm]?|weitere[nrsm]?){S})?(?P<unit>{UNIT})){WE}",
            kind="duration",
        ),
        _compile(
            "duration_adj",
            "adj",
            rf"{WB}(?P<t>(?:(?P<hedge>fast|knapp|rund|etwa){S})?(?:(?P<num>\d+|{NUMW})-?"
            rf"(?P<adjunit>tägig|wöchig|monatig|stündig|minütig)|(?P<langunit>tage|"
            rf"wochen|monate|jahre|jahrzehnte|stunden|Tage|Wochen|Monate|Jahre|Jahrzehnte|"
            rf"Stunden)lang|(?P<whole>ganzjährig))(?:e[nmrs]?)?){WE}",
            kind="duration",
        ),
        _compile(
            "duration_compound",
            "num",
            rf"{WB}(?P<t>(?P<num>\d+|{NUMW})-(?P<unit>Tage|Wochen|Monate|Jahres|Stunden))(?=-)",
            kind="duration",
        ),
        _compile(
            "clock",
            "num",
            rf"{WB}(?:(?P<pre>um|Um|gegen|Gegen|ab|Ab|bis){S})?(?<![\d.,])(?P<t>(?P<hour>[01]?\d|"
            rf"2[0-3])(?:[:.](?P<minute>[0-5]\d))?{S0}Uhr(?:{S}(?P<minute24>[0-5]\d)(?!\d))?"
            rf"(?:{S}(?P<clockdp>morgens|früh|abends|"
            rf"nachts|nachmittags|vormittags))?(?:{S}(?:MEZ|MESZ|UTC|Ortszeit|"
            rf"mitteleuropäischer{S}Zeit))?){WE}",
        ),
        _compile(
            "daypart",
            "daypart",
            rf"{WB}(?P<pre>am|Am|in{S}der|In{S}der|gegen|Gegen|zur|Zur|des|Des|den){S}"
            rf"(?P<t>(?:(?:frühen|späten|selben|gleichen){S})?(?P<daypart>{DAYPART})){WE}"
            rf"(?!{S}(?:des|vom|zum|zu|auf){WE})",
        ),
        *_named_day_rules(REL, HOLIDAY, YEAR4, VAGUE),
    ]
    return rules


def _english(lex: Lexicon) -> list[Rule]:
    MONTH, WDF, WDA, DAYPART, SEASON, UNIT, NUMW, HOLIDAY, VAGUE, PART, HEDGE, DAY, YEAR4 = (
        _common(lex)
    )
    REL = alt(lex.forms["relatives"])
    ORD = alt(lex.forms["ordinals"])
    relwords = alt(lex.forms["relwords"])
    NUM = rf"(?:{NOT_NUM_BEFORE}\d{{1,3}}(?:\.\d+)?{NOT_NUM_AFTER}|{NUMW})"
    BC = rf"(?:{S}(?:BC|B\.C\.|BCE|B\.C\.E\.))"
    AD = rf"(?:{S}(?:AD|A\.D\.|CE))"
    ORDSUF = r"(?:st|nd|rd|th)?"
    CLOCK_T = (
        rf"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?{S0}"
        rf"(?P<ampm>a\.m\.|p\.m\.|am|pm|AM|PM)"
    )
    YEAR_TAIL = (
        rf"(?:,?{S}(?:of{S})?(?P<year>{YEAR4}|\d{{1,4}}(?={BC})){NOT_NUM_AFTER}(?P<bc>{BC})?"
        rf"(?:{AD})?"
        rf"|{S}(?:of{S})?(?P<yrel_det>this|last|next|the{S}same|the{S}following|the{S}previous)"
        rf"{S}year)?"
    )
    WD_APPOS = rf"(?:(?P<weekday>{WDF}|{WDA}),?{S})?"
    return [
        _iso_rule(),
        _compile(
            "numeric_us",
            "num",
            rf"(?<![\d./\w])(?P<t>(?P<monthnum>0?[1-9]|1[0-2])/(?P<day>{DAY})/"
            rf"(?P<year>\d{{4}}))(?![\d/])",
        ),
        _compile(
            "month_day",
            "month",
            rf"{WB}(?P<t>{WD_APPOS}(?:(?P<mod>{PART}){S0})?(?P<month>{MONTH}){S}"
            rf"(?:(?P<day0>{DAY}){ORDSUF}{S0}(?:-|–|to|and|through){S0})?"
            rf"(?P<day>{DAY}){ORDSUF}{WE}{YEAR_TAIL})(?!{S0}(?:%|percent))",
        ),
        _compile(
            "day_month",
            "month",
            rf"(?<![\d.,\w])(?P<t>{WD_APPOS}(?:the{S})?(?:(?P<day0>{DAY}){ORDSUF}{S0}"
            rf"(?:-|–|to|and){S0})?(?P<day>{DAY}){ORDSUF}{S}(?:of{S})?(?P<month>{MONTH}){WE}"
            rf"{YEAR_TAIL})",
        ),
        _compile(
            "night_before",
            "daypart",
            rf"{WB}(?P<t>(?:the{S})?night{S}(?:before|to){S}(?P<weekday>{WDF})){WE}",
            night="before",
        ),
        _compile(
            "month",
            "month",
            rf"{WB}(?:(?P<pre>in|In|since|Since|until|by|By|from|From|of|during|During|"
            rf"through|to|till|before|after|early|late|mid-?){S0})?"
            rf"(?P<t>(?:(?P<mod>{PART}){S0})?(?:(?P<rel>{REL}){S})?(?P<month>{MONTH}){WE}"
            rf"{YEAR_TAIL})",
            context="month",
        ),
        _compile(
            "season",
            "season",
            rf"{WB}(?:(?P<pre>in|In|since|Since|until|by|By|from|during|During|of|over|this|"
            rf"last|next|the){S})?(?P<t>(?:(?P<mod>{PART}){S0})?(?:(?P<rel>{REL}){S})?"
            rf"(?P<season>{SEASON}){WE}{YEAR_TAIL})",
            context="season",
        ),
        _compile(
            "year",
            "num",
            rf"(?:{WB}(?P<pre>in|In|since|Since|until|Until|by|By|from|From|before|Before|after|"
            rf"After|between|Between|and|or|to|of|early|late|mid-?|around|circa|year|"
            rf"–|-){S0})?"
            rf"(?P<t>(?:(?P<mod>{PART}){S0})?(?<![\d.,\w])(?P<year>\d{{1,4}}){NOT_NUM_AFTER}"
            rf"(?!s|{S0}%|-)(?P<bc>{BC})?(?:{AD})?)(?![\w])",
            context="year",
        ),
        _compile(
            "decade",
            "num|decade",
            rf"{WB}(?P<t>(?:(?P<mod>{PART}){S0})?(?:the{S})?(?:(?P<decade>\d{{2,4}})|"
            rf"'(?P<decade2>\d\d))'?s(?P<bc>{BC})?)(?![\w])",
        ),
        _compile(
            "century",
            "num",
            rf"{WB}(?P<t>(?:(?P<mod>{PART}){S0})?(?:the{S})?(?P<century>\d{{1,2}})"
            rf"(?:st|nd|rd|th){S}century(?P<bc>{BC})?)",
        ),
        _compile(
            "part_of_year",
            "unit|num",
            rf"{WB}(?P<t>(?:the{S})?(?:(?P<ordnum>Q[1-4])|(?P<ord>{ORD}){S}"
            rf"(?P<unit>quarter|half))(?:{S}(?:of{S})?(?P<year>{YEAR4})|{S}of{S}"
            rf"(?P<yrel_det>this|last|next|the)(?:{S}(?P<yrel>{REL}))?{S}year)?){WE}",
        ),
        _compile(
            "weekday",
            "weekday",
            rf"{WB}(?:(?P<pre>on|On|since|Since|until|by|By|from|From|to|through|till){S})?"
            rf"(?P<t>(?:(?P<rel>{REL}){S})?(?P<weekday>{WDF})(?:{S}(?P<daypart>{DAYPART}))?){WE}",
        ),
        _compile(
            "weekday_set",
            "weekday|set",
            rf"{WB}(?P<t>(?:every{S}(?P<wdset>{WDF})|(?P<wdadv>Mondays|Tuesdays|Wednesdays|"
            rf"Thursdays|Fridays|Saturdays|Sundays)))(?![\w])",
            kind="set",
        ),
        _compile(
            "unit_set",
            "unit|set",
            rf"{WB}(?P<t>(?:every|each|Every|Each){S}(?P<unit>{UNIT})|(?P<setadv>daily|weekly|"
            rf"monthly|yearly|annually|hourly|Daily|Weekly|Monthly))(?![\w])",
            kind="set",
        ),
        _compile(
            "relword",
            "relword",
            rf"{WB}(?P<t>(?P<relword>{relwords})(?:{S}(?P<daypart>{DAYPART}))?){WE}",
        ),
        _compile(
            "rel_night",
            "daypart",
            rf"{WB}(?P<t>(?P<rel>last|Last|this|This){S}(?P<daypart>{DAYPART})){WE}",
        ),
        _compile(
            "rel_unit",
            "unit",
            rf"{WB}(?:(?P<pre>in|In|on|On|during|During|since|until|by|for|of){S})?"
            rf"(?P<t>(?:(?P<mod>{PART}){S0})?(?:the{S})?(?P<rel>{REL}){S}(?P<unit>{UNIT})){WE}"
            rf"(?!{S}(?:\d|{NUMW}{WE}))",
            context="rel_unit",
        ),
        _compile(
            "mod_unit",
            "unit",
            rf"{WB}(?P<t>(?P<mod>{PART}){S0}(?:the|this|that){S}(?P<unit>{UNIT})){WE}",
            context="rel_unit",
        ),
        _compile(
            "last_n",
            "unit",
            rf"{WB}(?:(?:in|In|during|over|for|within){S})?(?P<t>(?:the{S})?(?P<lastrel>last|"
            rf"past|next|coming|first|following){S}(?:(?P<hedge>{HEDGE}){S})?(?P<num>{NUM}){S}"
            rf"(?P<unit>{UNIT})){WE}",
        ),
        _compile(
            "since_n",
            "unit",
            rf"{WB}(?P<since>for){S}(?:the{S}(?:last|past){S})?(?P<t>(?:(?P<hedge>{HEDGE}){S})?"
            rf"(?P<num>{NUM}){S}(?P<unit>{UNIT})){WE}(?={S}(?:now|already))",
        ),
        _compile(
            "offset",
            "unit",
            rf"{WB}(?P<t>(?:(?P<hedge>{HEDGE}){S})?(?P<num>{NUM}){S}(?P<unit>{UNIT}){S}"
            rf"(?:(?P<ago>ago)|(?P<dir>later|earlier|before|after|afterwards|on)))(?![\w-])",
            kind="offset",
        ),
        _compile(
            "offset_in",
            "unit",
            rf"{WB}(?P<t>(?:(?P<inn>in)|(?P<after>after|After|within)){S}"
            rf"(?:(?P<hedge>{HEDGE}){S})?(?P<num>{NUM}){S}(?P<unit>{UNIT})){WE}",
            kind="offset",
        ),
        _compile(
            "duration",
            "unit",
            rf"{WB}(?P<t>(?:(?P<hedge>{HEDGE}){S})?(?P<num>{NUM})(?:{S}|-)"
            rf"(?:(?P<half>half){S})?(?P<unit>{UNIT})(?:-long)?){WE}",
            kind="duration",
        ),
        _compile(
            "clock",
            "num",
            rf"{WB}(?:(?P<pre>at|At|by|around|about|from|until){S})?(?<![\d.,])(?P<t>"
            rf"(?:{CLOCK_T}|(?P<hour24>[01]\d|2[0-3]):(?P<minute24>[0-5]\d))"
            rf"(?:{S}(?:GMT|UTC|EST|EDT|local{S}time|BST|CET))?)(?![\w])",
        ),
        _compile(
            "daypart",
            "daypart",
            rf"{WB}(?P<pre>in{S}the|In{S}the|during{S}the|that|That|the{S}same|later{S}that)"
            rf"{S}(?P<t>(?:(?:early|late){S})?(?P<daypart>{DAYPART})){WE}",
        ),
        *_named_day_rules(REL, HOLIDAY, YEAR4, VAGUE),
    ]
