"""Counts of things (stage ``quantities``): how many were killed, taken, fired.

Each :class:`~lagebild.model.Quantity` is a count in the text with its value,
bounds, bound type, the counted noun and a category. German and English.

How a count is found:

1. One compiled regular expression scans the document for number cores:
   digits with German or English separators ("1.400", "1,400", "2,5"), number
   words parsed by text2num ("vier", "zweihundert", "zweiundzwanzig",
   "twenty-five"), lexicon phrases ("ein Dutzend"), vague magnitudes
   ("Tausende", "tens of thousands") and, for single casualties, articles
   ("ein 17-Jähriger wurde getötet" = 1 killed). The same scan consumes dates
   ("7.10.2023"), clock times, scores and phone numbers so that their digits
   are never read as counts.
2. Around each core, small anchored expressions read a qualifier before it
   ("mindestens", "more than"), a multiplier after it ("Millionen", "Mio."),
   a range ("zwischen 20 und 30", "20 bis 30", "20-30") and "oder mehr".
3. On the tokens and lemmas of the sentence: the counted noun (German nouns
   are capitalised; English nouns come from the lexicon or are the last word
   before a function word), partitives ("vier der etwa 200 Geiseln",
   "Tausende von Raketen"), ellipsis ("Tausende weitere" takes the noun of
   the count before), and the category.

The category comes from the word that governs the counted noun, found
without a parser: sentences are cut into clauses at punctuation,
conjunctions and subordinators; a cue (verb, participle or phrase from
``quantities_cues.tsv``, by word form or lemma, German separable verbs
joined with their particle) applies when it suits the noun's class (people
are killed, rockets are fired). In order: an attribute between number and
noun ("200 verschleppte Geiseln"); the nearest cue in the count's clause
(after it first); the main clause resumed after a relative clause; the
relative clause on the noun ("die sie ... genommen hatte"); a coordinated
count's cue ("zwei Amerikaner und zwei Israelis freigelassen"); the noun
itself ("Tote", "Geiseln"); soldiers and fighters default to ``troops``;
anything else is ``other``. The inner count of a partitive ("200" in "vier
der 200 Geiseln") never takes the clause's verb (that belongs to "vier"),
only its attribute, its relative clause or its noun.

Conventions (also in ``resources/{de,en}/quantities.yaml``):

* Only counts of things are emitted. Dates, ordinals ("7. Oktober"), clock
  times, years without a counted noun, phone numbers, percentages, money,
  measures, fractions, frequencies ("dreimal") and durations ("18 Tagen")
  are not emitted at all; neither are ages, except that a person given by
  age counts once when a casualty verb applies to them.
* A digit or number-word count needs a counted noun, a partitive head, or a
  category cue ("zwei wurden getötet"); vague magnitudes are emitted alone.
* bound: exact | at_least | more_than | about | up_to | at_most | less_than
  | approx_range. low/high follow from it (counts are whole numbers): exact
  -> low = high = value; at_least -> low = value; more_than -> low = value
  + 1; up_to, at_most -> high = value; less_than -> high = value - 1;
  about -> none; approx_range ("20 bis 30" and vague magnitudes) -> value
  None with both ends. These are the project's annotation conventions
  (``tests/gold/README.md``).
* Vague magnitudes: value None, bound "approx_range", low/high by this table:
  Dutzende / dozens 24-99, Hunderte / hundreds 200-999, Tausende /
  thousands 2,000-9,999, Zehntausende / tens of thousands 20,000-99,999,
  Hunderttausende / hundreds of thousands 200,000-999,999, Millionen /
  millions 2,000,000-9,999,999 (the smallest plural reading up to just
  below the next magnitude). Counts in dozens ("ein Dutzend", "zwei
  Dutzend", "a dozen") are ``about`` 12, 24, ...
* "knapp" (just under), "gut" (a good), "fast", "nearly", "almost" are
  ``about``: the stated figure is the value users want; "just under" is
  ``less_than``.
* categories: killed, injured, missing, abducted, released, arrested,
  displaced, weapons_fired, weapons_held, troops, evacuated, other. Own
  fighters "verloren" (lost) are killed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from lagebild.model import Quantity
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources
from lagebild.stages.quantity_lexicon import (
    CASUALTY_CATEGORIES,
    NONE,
    THING,
    TROOPS,
    Cue,
    Noun,
    QuantityLexicon,
    load_quantity_lexicon,
    parse_number_word,
)

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w")
_WORD_ENDS = re.compile(r"[^\s-]+")
# Punctuation that ends a clause (not "-", which joins "17-year-old").
_CLAUSE_PUNCT = frozenset(",;:()[]–—\"„“”»«‚‘’›‹")
_CLOSING = " \t\n\"'“”»«’)]"
_SENTENCE_END = ".!?\"“”»:"
# English words that resume a main clause after a relative clause.
_RESUMING = frozenset({"was", "were", "is", "are", "have", "has", "had", "will", "would"})


@dataclass
class _Expr:
    """A number expression and what the stage learns about it."""

    start: int
    end: int
    core_end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    bound: str
    year_like: bool = False
    first: int = 0  # first token (sentence-relative)
    last: int = 0  # token after the expression (sentence-relative)
    thing: int | None = None  # token of the counted noun
    thing_end: int | None = None  # token after the noun (multi-token English ages)
    noun: Noun | None = None
    cls: str = NONE
    ellipsis: bool = False
    via_partitive: bool = False  # "vier der Geiseln", "four of the hostages"
    partitive_of: _Expr | None = None
    embedded: bool = False
    unit: bool = False
    claimed: set[int] = field(default_factory=set)


def _right(e: _Expr) -> int:
    """The token after a count and its noun (the noun only when it follows the count)."""
    if e.thing is not None and e.thing_end is not None and e.thing >= e.last:
        return e.thing_end
    return e.last


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text.strip()).lower()


def parse_digits(digits: str, decimal_separator: str, before_multiplier: bool) -> float:
    """Reads digits written with German or English separators.

    A separator followed by exactly three digits groups thousands ("1.400",
    "1,400"), unless a multiplier follows and it is the language's decimal
    separator ("1,500 Millionen" in German). Other single separators are
    decimal ("2,5", "2.5"). With both kinds, the last one is the decimal.

    Args:
        digits: The matched digits, e.g. "1.400" or "2,5".
        decimal_separator: "," (German) or "." (English).
        before_multiplier: Whether "Millionen", "million" etc. follows.

    Returns:
        The number.
    """
    digits = digits.replace("\u00a0", "").replace("\u202f", "")
    separators = [c for c in digits if c in ".,"]
    if not separators:
        return float(digits)
    if len(set(separators)) == 2:
        decimal = digits[max(digits.rfind("."), digits.rfind(","))]
        grouping = "," if decimal == "." else "."
        return float(digits.replace(grouping, "").replace(decimal, "."))
    sep = separators[0]
    groups = digits.split(sep)
    grouped = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if len(groups) > 2 or (grouped and not (before_multiplier and sep == decimal_separator)):
        return float(digits.replace(sep, ""))
    return float(digits.replace(sep, "."))


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 24):start].split()
    return before[-1].lower() if before else ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_END


# Counts in dozens are approximate by convention ("zwei Dutzend Verletzte").
_DOZEN = re.compile(r"(?i:dutzend|dozen)")


class _Reader:
    """Reads number expressions from the text around scanner matches."""

    def __init__(self, lex: QuantityLexicon, text: str) -> None:
        self.lex = lex
        self.text = text

    def number(self, kind: str, start: int, end: int) -> tuple[float, float, int] | None:
        """Value, multiplier (1 when none) and end of a digits or number-word core."""
        lex, text = self.lex, self.text
        if kind == "morph":
            words = text[start:end]
            lower = _normal(words)
            if lower in lex.not_numbers:
                return None
            if words[0].isupper() and lower in lex.capitalised_not_numbers and not (
                _sentence_initial(text, start)
            ):
                return None
            found = parse_number_word(lower, lex.language)
            if found is None:
                # "two and three": keep the longest prefix text2num accepts.
                ends = [start + m.end() for m in _WORD_ENDS.finditer(words)]
                for cut in reversed(ends[:-1]):
                    found = parse_number_word(_normal(text[start:cut]), lex.language)
                    if found is not None:
                        end = cut
                        break
                if found is None:
                    return None
            value = found
        multiplier = lex.multiplier_after.match(text, end)
        if kind == "digits":
            value = parse_digits(text[start:end], lex.decimal_separator, multiplier is not None)
        if multiplier is None:
            return value, 1.0, end
        return value, lex.multipliers[_normal(multiplier.group())], multiplier.end()

    def read(self, match: re.Match[str]) -> _Expr | None:
        """Builds the expression around one scanner match, or None when it is no count."""
        lex, text = self.lex, self.text
        kind = match.lastgroup or ""
        start, end = match.span()
        if kind == "article":
            return _Expr(start, end, end, kind, 1.0, 1.0, 1.0, "exact")
        if kind == "vague":
            low, high = lex.vague[_normal(match.group())]
            expr = _Expr(start, end, end, kind, None, low, high, "approx_range")
        elif kind == "words":
            value = lex.number_words[_normal(match.group())]
            expr = _Expr(start, end, end, kind, value, value, value, "exact")
        else:
            number = self.number(kind, start, end)
            if number is None:
                return None
            bare, multiplier, number_end = number
            value = bare * multiplier
            expr = _Expr(start, number_end, end, kind, value, value, value, "exact")
            core = match.group()
            expr.year_like = (
                kind == "digits" and number_end == end and len(core) == 4 and core.isdigit()
                and 1800 <= value <= 2100
            )
            self._range(expr, bare, multiplier)
        if text[max(0, expr.start - 2):expr.start].strip() in ("$", "€", "£", "US$") or (
            text[expr.start - 1:expr.start] == "(" and text[expr.end:expr.end + 1] == ")"
        ):
            return None
        qualifier = lex.qualifier_before.search(text, max(0, expr.start - 32), expr.start)
        blocked = qualifier is not None and (
            _word_before(text, qualifier.start()) in lex.qualifier_blockers
        )
        if blocked:
            qualifier = None  # "handed over 13", "verfügt über 500": a preposition
        if qualifier is not None and expr.bound != "approx_range":
            bound = lex.qualifiers[_normal(qualifier.group())]
            expr.start = qualifier.start()
            expr.year_like = False
            self._bound(expr, bound)
        elif expr.bound == "exact" and _DOZEN.search(text, expr.start, expr.end):
            self._bound(expr, "about")
        elif expr.bound == "exact":
            post = lex.post_qualifier.match(text, expr.end)
            if post is not None:
                expr.end = post.end()
                self._bound(expr, lex.post_qualifiers[_normal(post.group())])
        return expr

    @staticmethod
    def _bound(expr: _Expr, bound: str) -> None:
        expr.bound = bound
        if expr.kind == "vague":
            return
        value = expr.value
        expr.low = expr.high = None
        if value is None:
            return
        if bound in ("exact", "at_least"):
            expr.low = value
        elif bound == "more_than":
            expr.low = value + 1
        if bound in ("exact", "up_to", "at_most"):
            expr.high = value
        elif bound == "less_than":
            expr.high = value - 1

    def _range(self, expr: _Expr, bare: float, multiplier: float) -> None:
        lex, text = self.lex, self.text
        tail = lex.range_tail.match(text, expr.end)
        if tail is None:
            return
        joiner = _normal(tail.group("joiner") or "")
        opener = lex.range_opener_before.search(text, max(0, expr.start - 16), expr.start)
        opened = opener is not None and lex.range_openers[_normal(opener.group())] == joiner
        if joiner in lex.range_openers.values() and not opened and joiner not in (
            "bis", "to"
        ):
            return
        second_start = tail.start("second")
        second_kind = "digits" if text[second_start].isdigit() else "morph"
        second = self.number(second_kind, second_start, tail.end("second"))
        if second is None:
            return
        high_bare, high_multiplier, end = second
        # "zwischen 2 und 3 Millionen": the multiplier applies to both ends.
        low = bare * (multiplier if multiplier != 1.0 else high_multiplier)
        high = high_bare * high_multiplier
        if not low < high:
            return
        expr.value, expr.low, expr.high, expr.bound = None, low, high, "approx_range"
        expr.year_like = False
        expr.end = end
        if opened and opener is not None:
            expr.start = opener.start()


class _Sentence:
    """Token-level view of one sentence: words, lemmas and clauses."""

    def __init__(
        self, lex: QuantityLexicon, words: list[str], lemmas: list[str], exprs: list[_Expr]
    ) -> None:
        self.lex = lex
        self.words = words
        self.lower = [w.lower() for w in words]
        self.lemma = [lem.lower() for lem in lemmas]
        self.punct = [_WORD.search(w) is None for w in words]
        self.exprs = exprs
        self.expr_at = {e.first: e for e in exprs}
        self.in_expr = [False] * len(words)
        for e in exprs:
            for k in range(e.first, e.last):
                self.in_expr[k] = True
        self._segment()

    def _segment(self) -> None:
        lex, lower, n = self.lex, self.lower, len(self.words)
        self.seg = [-1] * n
        # Per clause: [start, end, is_relative, follows_conjunction].
        self.clauses: list[list[int | bool]] = []
        pending, after_conj, after_comma = True, False, False
        german = lex.capitalised_nouns
        auxiliaries = 0
        for k in range(n):
            word = lower[k]
            if not german and word in _RESUMING and self.clauses and self.clauses[-1][2]:
                # "the soldiers who were in the convoy were killed": the second
                # auxiliary ends an English relative clause without commas.
                auxiliaries += 1
                pending = pending or auxiliaries > 1
            if not self.in_expr[k]:
                if self.punct[k] and word in _CLAUSE_PUNCT:
                    pending, after_conj, after_comma = True, False, True
                    continue
                if word in lex.conjunctions:
                    pending, after_conj, after_comma = True, True, False
                    continue
                if word in lex.subordinators or (not german and word in lex.relative_pronouns):
                    pending = True
            if pending:
                relative = (after_comma or not german) and (
                    word in lex.relative_pronouns
                    or (word in lex.relative_prepositions and k + 1 < n
                        and lower[k + 1] in lex.relative_pronouns)
                )
                self.clauses.append([k, k, relative, after_conj])
                pending, after_conj, after_comma = False, False, False
                auxiliaries = 1 if relative and word in _RESUMING else 0
            self.seg[k] = len(self.clauses) - 1
            self.clauses[-1][1] = k + 1

    # --- the counted noun -------------------------------------------------

    def is_noun(self, k: int) -> bool:
        """Whether token k can be the counted noun (German: capitalised or an age noun)."""
        word = self.words[k]
        if self.lex.capitalised_nouns:
            return word[:1].isupper() or (
                self.lex.age.fullmatch(word) is not None and word != word.lower()
            )
        return self.lex.noun(self.lower[k], self.lemma[k]) is not None

    def is_cue_word(self, k: int) -> bool:
        """Whether token k is listed as a category cue (it ends a noun search)."""
        return self.lower[k] in self.lex.cues or self.lemma[k] in self.lex.cues

    def find_thing(self, e: _Expr) -> None:
        """Finds the counted noun after ``e`` (or the inner count of a partitive)."""
        lex, lower, n = self.lex, self.lower, len(self.words)
        german = lex.capitalised_nouns
        k, steps, partitive = e.last, 0, False
        candidate: int | None = None
        while k < n and steps < 5:
            if lex.unit(lower[k], self.lemma[k]) is not None:
                e.unit = candidate is None
                break
            if self.punct[k]:
                break
            other = self.expr_at.get(k)
            if other is not None:
                if partitive and other.kind != "article":
                    e.partitive_of = other
                    other.embedded = True
                break
            word = lower[k]
            if word in lex.partitive:
                if steps >= 2:
                    break  # "two compounds housing the ...": another phrase
                partitive = e.via_partitive = True
            elif german and self.is_noun(k):
                candidate = k
                if k + 1 < n and self.is_noun(k + 1) and lex.noun(
                    lower[k + 1], self.lemma[k + 1]
                ) is not None and lex.noun(word, self.lemma[k]) is None:
                    candidate = k + 1
                break
            elif word in lex.ellipsis:
                e.ellipsis = True
            elif word in lex.stopwords or word in lex.conjunctions:
                break
            elif not german and lex.noun(word, self.lemma[k]) is not None:
                candidate = k
                if not (k + 1 < n and lex.noun(lower[k + 1], self.lemma[k + 1])):
                    break
            elif not german:
                following = lower[k + 1] if k + 1 < n else ""
                if (self.is_cue_word(k) or word.endswith(("ed", "ing"))) and (
                    not _WORD.match(following) or following in lex.stopwords
                    or following in lex.partitive
                ):
                    break  # a verb ("20 killed", "Hundreds protested"), not "armed men"
                candidate = k
            k += 1
            steps += 1
        if candidate is not None and not e.unit:
            end = candidate + 1
            while not german and end + 1 < n and lower[end] == "-" and _WORD.match(lower[end + 1]):
                end += 2  # "festival-goers"
            self._set_thing(e, candidate, end)

    def _set_thing(self, e: _Expr, k: int, end: int) -> None:
        e.thing, e.thing_end = k, end
        if self.lex.unit(self.lower[k], self.lemma[k]) is not None:
            e.unit = True
        e.noun = self.lex.noun(self.lower[k], self.lemma[k])
        if e.noun is None and self.lex.age.fullmatch(self.words[k]):
            e.noun = Noun("person", None)
        e.cls = e.noun.cls if e.noun is not None else THING

    def find_article_noun(self, e: _Expr, text: str, offsets: list[int]) -> bool:
        """For "ein 17-Jähriger" / "a soldier": finds the person the article counts."""
        lex, n = self.lex, len(self.words)
        k = e.last
        if k < n:
            age = lex.age.match(text, offsets[k])
            if age is not None:
                end = bisect_left(offsets, age.end(), lo=k)
                if lex.capitalised_nouns and not self.is_noun(k):
                    k = end  # "ein 17-jähriger Palästinenser": the age is an adjective
                else:
                    self._set_thing(e, k, end)
                    e.noun = e.noun if e.noun is not None else Noun("person", None)
                    e.cls = e.noun.cls
                    return True
        for _ in range(3):
            if k >= n or self.punct[k] or self.expr_at.get(k) is not None:
                return False
            noun = lex.noun(self.lower[k], self.lemma[k])
            if noun is not None and noun.cls != "weapon" and (
                not lex.capitalised_nouns or self.is_noun(k)
            ):
                self._set_thing(e, k, k + 1)
                return True
            if self.lower[k] in lex.stopwords and self.lower[k] not in lex.partitive:
                return False
            k += 1
        return False

    # --- the category -----------------------------------------------------

    def cue_at(self, k: int, cls: str, particle: str | None, skip: set[int]) -> Cue | None:
        """The cue at token k that suits a noun of class ``cls``, if any."""
        if k in skip or self.punct[k]:
            return None
        lex, lower, lemma = self.lex, self.lower, self.lemma
        for key in (lower[k], lemma[k]):
            for cue in lex.cues.get(key, ()):
                if cls in cue.applies and self._phrase_matches(k, cue.words):
                    return cue
        if particle is not None:
            for cue in lex.cues.get(particle + lemma[k], ()):
                if cls in cue.applies and len(cue.words) == 1:
                    return cue
        return None

    def _phrase_matches(self, k: int, words: tuple[str, ...]) -> bool:
        n = len(self.words)
        for offset, word in enumerate(words[1:], start=1):
            j = k + offset
            if j >= n or (self.lower[j] != word and self.lemma[j] != word):
                return False
        return True

    def particle(self, clause: int) -> str | None:
        """The separable-verb particle closing a German clause ("ließ ... frei")."""
        start, end = int(self.clauses[clause][0]), int(self.clauses[clause][1]) - 1
        while end > start and self.punct[end]:
            end -= 1
        if end >= start and self.lower[end] in self.lex.particles:
            return self.lower[end]
        return None

    def nearest_cue(
        self, clause: int, left: int, right: int, cls: str, skip: set[int],
        after_only: bool = False,
    ) -> Cue | None:
        """The cue in ``clause`` nearest to tokens left..right (after them first)."""
        start, end = int(self.clauses[clause][0]), int(self.clauses[clause][1])
        if after_only:
            start = left
        particle = self.particle(clause)
        for distance in range(max(end - right, left - start, 0)):
            after = right + distance
            if after < end:
                cue = self.cue_at(after, cls, particle, skip)
                if cue is not None:
                    return cue
            before = left - 1 - distance
            if before >= start:
                cue = self.cue_at(before, cls, particle, skip)
                if cue is not None:
                    return cue
        return None

    def first_cue(self, clause: int, cls: str, skip: set[int]) -> Cue | None:
        """The first cue in ``clause`` that suits ``cls``."""
        start, end = int(self.clauses[clause][0]), int(self.clauses[clause][1])
        return self.nearest_cue(clause, start, start, cls, skip) if end > start else None

    def category(self, e: _Expr, skip: set[int]) -> tuple[str | None, bool]:
        """The category of ``e`` and whether a cue (not the noun) gave it."""
        cls = e.cls
        right = _right(e)
        # An attribute between number and noun: "200 verschleppte Geiseln".
        attributes = range(e.last, right - 1) if e.partitive_of is None else range(0)
        for k in attributes:
            attribute = self.cue_at(k, cls, None, set())
            if attribute is not None:
                e.claimed.add(k)
                return attribute.category, True
        clause = self.seg[e.first]
        if clause < 0:
            return self._default(e), False
        clauses = self.clauses
        relative = clause + 1 < len(clauses) and bool(clauses[clause + 1][2])
        cue: Cue | None
        if e.embedded:
            cue = self._post_participle(e, skip)
            if cue is None and relative:
                cue = self.first_cue(clause + 1, cls, skip)
            return (cue.category, True) if cue is not None else (self._default(e), False)
        if e.via_partitive:
            # "four of the hostages taken ...": "taken" belongs to the hostages.
            self._post_participle(e, skip)
        if e.kind == "article":
            cue = self._passive_cue(clause, right, cls, skip)
            return (cue.category, True) if cue is not None else (self._default(e), False)
        cue = self.nearest_cue(clause, e.first, right, cls, skip | e.claimed)
        if cue is None and e.claimed:
            # "Thousands of people fled.": the word after the noun was the verb.
            e.claimed.clear()
            cue = self.nearest_cue(clause, e.first, right, cls, skip)
        if cue is None and relative:
            cue = self._resumed(clause, cls, skip)
            if cue is None:
                cue = self.first_cue(clause + 1, cls, skip)
        if cue is None:
            cue = self._coordinated(e, clause, cls, skip)
        return (cue.category, True) if cue is not None else (self._default(e), False)

    def _passive_cue(self, clause: int, right: int, cls: str, skip: set[int]) -> Cue | None:
        # "ein Palästinenser verletzte einen Israeli": without a parser, the
        # person an article introduces counts only as the patient of a passive
        # ("wurde getötet", "was killed") or of an intransitive verb
        # ("starb", "died"); the noun itself may say it ("einen Toten").
        lex = self.lex
        end = int(self.clauses[clause][1])
        passive = any(self.lower[k] in lex.auxiliaries for k in range(right, end))
        for k in range(right, end):
            cue = self.cue_at(k, cls, self.particle(clause), skip)
            if cue is not None and (
                passive or self.lemma[k] in lex.intransitive or self.lower[k] in lex.intransitive
            ):
                return cue
        return None

    def _default(self, e: _Expr) -> str | None:
        if e.noun is not None and e.noun.category is not None:
            return e.noun.category
        return "troops" if e.cls == TROOPS else None

    def _post_participle(self, e: _Expr, skip: set[int]) -> Cue | None:
        # English "the 200 hostages taken on 7 October": a participle right
        # after the inner count's noun belongs to it, not to the outer count.
        if self.lex.capitalised_nouns or e.thing_end is None:
            return None
        k = e.thing_end
        if k < len(self.words):
            cue = self.cue_at(k, e.cls, None, skip)
            if cue is not None:
                e.claimed.add(k)
                return cue
        return None

    def _resumed(self, clause: int, cls: str, skip: set[int]) -> Cue | None:
        # "Die 200 Geiseln, die ... wurden, sind freigelassen worden": the main
        # clause goes on after the relative clause with its verb.
        nxt = clause + 1
        while nxt < len(self.clauses) and self.clauses[nxt][2]:
            nxt += 1
        if nxt >= len(self.clauses) or self.clauses[nxt][3]:
            return None
        first = int(self.clauses[nxt][0])
        if self.lex.capitalised_nouns:
            resumes = self.words[first][:1].islower()
        else:
            resumes = self.lower[first] in _RESUMING
        return self.first_cue(nxt, cls, skip) if resumes else None

    def _leading_expr(self, clause: int) -> _Expr | None:
        # The count that opens a clause, after at most a determiner ("und die 30").
        start = int(self.clauses[clause][0])
        for e in self.exprs:
            if self.seg[e.first] == clause and (
                e.first == start
                or (e.first == start + 1 and self.lower[start] in self.lex.determiners)
            ):
                return e
        return None

    def _starts_with_verb(self, clause: int) -> bool:
        first = int(self.clauses[clause][0])
        if first in self.expr_at:
            return False
        if self.lex.capitalised_nouns:
            return self.words[first][:1].islower()
        return self.lower[first] in _RESUMING or self.is_cue_word(first)

    def _coordinated(self, e: _Expr, clause: int, cls: str, skip: set[int]) -> Cue | None:
        # "zwei Amerikaner und zwei Israelis freigelassen": coordinated counts
        # share the verb, forwards or backwards; "... verlassen und sind auf
        # der Flucht": a coordinated verb phrase shares the subject.
        clauses = self.clauses
        nxt = clause + 1
        while nxt < len(clauses) and bool(clauses[nxt][3]):
            partner = self._leading_expr(nxt)
            if partner is None:
                if self._starts_with_verb(nxt):
                    return self.first_cue(nxt, cls, skip)
                break
            cue = self.nearest_cue(nxt, partner.first, _right(partner), cls, skip)
            if cue is not None:
                return cue
            nxt += 1
        own_category = e.noun is not None and e.noun.category is not None
        if bool(clauses[clause][3]) and self._leading_expr(clause) is e and clause > 0 and (
            not own_category  # "36 killed and dozens of wounded": the noun says it
        ):
            before = [x for x in self.exprs if self.seg[x.first] == clause - 1]
            if before:
                partner = before[-1]
                return self.nearest_cue(clause - 1, partner.first, _right(partner), cls, skip)
        return None

    def toll(self, e: _Expr) -> str | None:
        """For a count without noun: "Zahl der Toten stieg auf 300", "death toll rose to 300".

        Sets the noun when the toll names one and returns the toll's category.
        """
        lex = self.lex
        for k in range(e.first - 1, -1, -1):
            if lex.toll_words.get(self.lemma[k], "") == "" and (
                lex.toll_words.get(self.lower[k], "") == ""
            ):
                continue
            category = lex.toll_words.get(self.lower[k]) or lex.toll_words.get(self.lemma[k])
            for j in range(k + 1, min(k + 4, e.first)):
                if self.lower[j] in lex.partitive:
                    continue
                noun = lex.noun(self.lower[j], self.lemma[j])
                if noun is not None:
                    self._set_thing(e, j, j + 1)
                    return category or noun.category or "other"
                break
            return category
        return None


def _label_before(view: _Sentence, k: int) -> bool:
    """Whether the words before token k make the number a label, date or non-count."""
    if k <= 0:
        return False
    lex, lower = view.lex, view.lower
    word = lower[k - 1]
    if word in lex.labels or word in lex.negators or lex.units.get(word) == "date":
        return True
    if k >= 2 and f"{lower[k - 2]} {word}" in lex.labels:
        return True
    return word.endswith(lex.label_suffixes) and view.words[k - 1][:1].isupper()


def _emit(
    e: _Expr, view: _Sentence, text: str, ordinal_dot: bool, sentence_end: int
) -> bool:
    """First filter: is ``e`` a count at all (before looking at its noun)?"""
    if e.kind in ("digits", "morph") and _label_before(view, e.first):
        return False
    # German ordinals: "7. Oktober"; "stieg auf 300." at the end is a count.
    return not (
        ordinal_dot and e.kind == "digits" and text[e.core_end:e.core_end + 1] == "."
        and text[e.core_end + 1:sentence_end].strip(_CLOSING) != ""
        and e.end == e.core_end
    )


def extract_quantities(analysis: Analysis, lex: QuantityLexicon) -> list[Quantity]:
    """Finds the counts of things in an analysed document.

    Args:
        analysis: A document with tokens, lemmas and sentences.
        lex: The lexicon of the document's language.

    Returns:
        The quantities in text order.
    """
    text = analysis.text
    reader = _Reader(lex, text)
    found: list[_Expr] = []
    search = lex.scanner.search
    pos = 0
    while True:
        match = search(text, pos)
        if match is None:
            break
        expr = None if match.lastgroup == "skip" else reader.read(match)
        if expr is None:
            pos = match.end()
            continue
        found.append(expr)
        pos = max(expr.end, match.end())
    if not found:
        return []
    doc = analysis.tokens
    assert doc is not None
    offsets: list[int] = doc.to_array("IDX").tolist()  # no Token objects: much faster
    sentences = analysis.sentences
    sentence_starts = [s.start for s in sentences]
    by_sentence: dict[int, list[_Expr]] = {}
    for e in found:
        index = bisect_right(sentence_starts, e.start) - 1
        if index >= 0 and e.end <= sentences[index].end:
            by_sentence.setdefault(index, []).append(e)
    out: list[Quantity] = []
    ordinal_dot = lex.decimal_separator == ","
    for index, exprs in by_sentence.items():
        sentence = sentences[index]
        first = bisect_left(offsets, sentence.start)
        last = bisect_left(offsets, sentence.end)
        if all(e.kind == "article" for e in exprs) and not any(
            _article_may_count(lex, analysis, e, offsets, last) for e in exprs
        ):
            continue
        local_offsets = offsets[first:last]
        for e in exprs:
            e.first = bisect_right(local_offsets, e.start) - 1
            e.last = bisect_left(local_offsets, e.end)
        words = [t.text for t in doc[first:last]]
        view = _Sentence(lex, words, list(analysis.lemmas[first:last]), exprs)
        out.extend(_sentence_quantities(
            view, exprs, text, local_offsets, sentence.end, ordinal_dot, analysis.document.id
        ))
    return out


def _article_may_count(
    lex: QuantityLexicon, analysis: Analysis, e: _Expr, offsets: list[int], last: int
) -> bool:
    # Cheap test before building a sentence view: is a person noun or an age
    # within three tokens of the article?
    doc = analysis.tokens
    assert doc is not None
    k = bisect_left(offsets, e.end)
    for j in range(k, min(k + 3, last)):
        word = doc[j].text
        if lex.age.match(analysis.text, offsets[j]) or lex.noun(
            word.lower(), analysis.lemmas[j].lower()
        ) is not None:
            return True
    return False


def _sentence_quantities(
    view: _Sentence, exprs: list[_Expr], text: str, offsets: list[int], sentence_end: int,
    ordinal_dot: bool, doc_id: str,
) -> list[Quantity]:
    kept = [e for e in exprs if _emit(e, view, text, ordinal_dot, sentence_end)]
    articles = [e for e in kept if e.kind == "article"]
    counts = [e for e in kept if e.kind != "article"]
    for e in counts:
        view.find_thing(e)
    articles = [e for e in articles if view.find_article_noun(e, text, offsets)]
    previous: _Expr | None = None
    for e in counts:
        if e.partitive_of is not None and e.thing is None:
            inner = e.partitive_of
            e.thing, e.thing_end, e.noun, e.cls = (
                inner.thing, inner.thing_end, inner.noun, inner.cls
            )
        elif e.thing is None and e.ellipsis and previous is not None:
            e.noun, e.cls = previous.noun, previous.cls
            e.thing, e.thing_end = previous.thing, previous.thing_end
        if e.thing is not None and not e.unit:
            previous = e
    skip: set[int] = set()
    for e in counts + articles:
        skip.update(range(e.first, e.last))
        skip.update(range(e.last, _right(e)) if e.thing is not None else ())
    results: list[tuple[_Expr, str | None]] = []
    # Inner counts of partitives first: the attributes they claim are not the
    # outer count's verb.
    for e in sorted(counts + articles, key=lambda x: not x.embedded):
        if e.unit:
            continue
        has_noun = e.thing is not None
        category, from_cue = view.category(e, skip)
        skip |= e.claimed
        if e.kind == "article":
            if category not in CASUALTY_CATEGORIES:
                continue
        elif not has_noun and not from_cue:
            toll = view.toll(e)
            if toll is not None:
                category, from_cue = toll, True
            elif e.kind != "vague" and e.partitive_of is None:
                continue
        elif e.year_like and (e.thing != e.last or e.noun is None):
            continue  # "Die 1960 gegründete ...": a year, unless "2000 Soldaten"
        if e.kind == "vague" and not has_noun and not from_cue and (e.low or 0) >= 1e6:
            continue  # "verdient Millionen": money, not a count
        results.append((e, category))
    results.sort(key=lambda item: item[0].start)
    return [_record(e, category, view, text, offsets, doc_id) for e, category in results]


def _record(
    e: _Expr, category: str | None, view: _Sentence, text: str, offsets: list[int], doc_id: str
) -> Quantity:
    thing = None
    start, end = e.start, e.end
    if e.thing is not None and e.thing_end is not None:
        thing_start = offsets[e.thing]
        last = e.thing_end - 1
        thing_end = offsets[last] + len(view.words[last])
        thing = text[thing_start:thing_end]
        if e.kind == "article":
            end = thing_end
    return Quantity(
        doc_id=doc_id,
        text=text[start:end],
        start=start,
        end=end,
        value=e.value,
        low=e.low,
        high=e.high,
        bound=e.bound,
        category=category or "other",
        thing=thing,
    )


def load_lexicon(resources: Resources, language: str) -> QuantityLexicon:
    """Returns the compiled quantity lexicon of ``language`` (built once per process)."""
    return resources.load(load_quantity_lexicon, language)


@stage("quantities", requires=("tokens", "sentences", "lemmas", "language"),
       assigns=("quantities",))
def find_quantities(analysis: Analysis, resources: Resources) -> Analysis:
    """Finds counts of things: value, bounds, bound type, counted noun and category."""
    assert analysis.language is not None
    lex = load_lexicon(resources, analysis.language)
    return analysis.replace(quantities=tuple(extract_quantities(analysis, lex)))
