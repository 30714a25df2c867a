"""Knowledge-base matching that survives German inflection and compounds.

Text is turned into *units*: words split at the hyphens inside them, so
that "Hamas-Vizechef" gives the units "Hamas" and "Vizechef", each with its
own character offsets, and "Israel-Hamas-Konflikt" gives three. Aliases are
split the same way and compiled into a token trie keyed by the first unit
(one dict lookup per unit of text; most units miss).

German inflection is compiled into the trie instead of being undone at match
time: genitive "-s"/"-es" on the last unit ("Israels", "des Islamischen
Staates"), all adjective endings on adjective units ("Islamischer Jihad",
"Islamischen Jihad") and on country adjectives ("israelisch", "israelische",
"israelischen", ...). Matching is leftmost-longest.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lagebild.actors.kb import (
    ADJECTIVE,
    CAPITAL,
    DEMONYM,
    GENERIC,
    NAME,
    SEAT,
    SHORT,
    AliasRecord,
    Entry,
    KnowledgeBase,
    fold,
    load_kb,
)
from lagebild.resources import Resources

# Hyphens join compounds; an en dash without spaces does too ("Israel–Hamas"),
# and with spaces it is punctuation, skipped like a spaced hyphen.
_HYPHENS = frozenset("-‐‑–")
# A hyphen inside a word of an alias: the alias also matches the closed
# compound ("Wagner-Gruppe" -> "Wagnergruppe").
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐‑–](?=[^\W\d_])")
_QUOTE_CHARS = frozenset("'’‘`´\"„“”«»‚›‹")
# Units: initialisms ("U.S."), words (with inner apostrophes, "B'Tselem", and
# a final dot only for known abbreviations via the initialism rule), the
# English possessive "'s", numbers, and any other single character.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|['’]s\b"
    r"|[^\W_]+(?:['’](?!s\b)[^\W_]+)*"
    r"|\S"
)
_ADJ_ENDINGS = ("e", "er", "en", "es", "em")
_ADJ_STEM = re.compile(r"(isch|sch|ig|lich|al|är|ar|iv|ell|t|frei|neu|rot|weiß|weiss|heilig)$")
_UMLAUT = re.compile("[äöüÄÖÜ]")
_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z0-9.&/]{2,7}$")

# Case requirement of one alias unit. SYLLABLE: capitalised, or lower case after a
# hyphen (the second syllable of a given name, see Gazetteer._patterns).
ANY, CAPITALISED, EXACT, SYLLABLE = 0, 1, 2, 3
# The longest second syllable of a given name written apart in the knowledge base
# ("Kim Dae Jung", "Roh Moo Hyun", "Lee Myung Bak").
_MAX_SYLLABLE = 5

_KIND_RANK = {NAME: 0, DEMONYM: 1, ADJECTIVE: 2, CAPITAL: 3, SEAT: 3, SHORT: 4, GENERIC: 5}
# Alias kinds a name shared by several states' bodies may have ("Congress", "Senate").
_SHARED_KINDS = frozenset({NAME, GENERIC})
# Articles that may open an alias ("The National"); a longer name starting
# right after one wins ("The National Assembly").
_OPENING_ARTICLES = frozenset({"the", "die", "der", "das"})
# Alias kinds that may open a closed compound ("Bundeswehrsoldaten", "Kremlsprecher",
# and a name states' bodies share: "Außenamtssprecherin", settled like the name alone).
_COMPOUND_KINDS = frozenset({NAME, DEMONYM, SEAT, GENERIC})
_MIN_COMPOUND_PREFIX = 3
_TYPE_RANK = {"country": 0, "armed_group": 1, "igo": 2, "military": 2, "government": 2,
              "media": 3, "territory": 3, "person": 4}
# German copy quotes foreign organisations by their English names ("die Democratic
# Alliance", "der Supreme Court"): an English name of two or more capitalised words
# (small connecting words aside) matches in German text too. Names of countries
# and territories have German forms of their own, and persons' names are not
# language-bound.
_BORROWED_FROM = {"de": "en"}
_BORROWED_EXCLUDED_TYPES = frozenset({"country", "territory", "person"})
_CONNECTING_WORDS = frozenset({"of", "the", "for", "and", "in", "on", "to", "de", "del", "la"})


@dataclass(slots=True)
class Unit:
    """A word of the text: a token, or one part of a hyphenated compound."""

    text: str
    key: str
    start: int
    end: int
    # Joined to the previous unit by a hyphen ("Vizechef" in "Hamas-Vizechef").
    glued: bool
    sent_start: bool


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled alias form."""

    keys: tuple[str, ...]
    entry: str
    kind: str
    case: tuple[int, ...]
    texts: tuple[str, ...]
    genitive: bool
    rank: tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Match:
    """A knowledge-base match over units ``first`` .. ``last`` (inclusive)."""

    first: int
    last: int
    pattern: Pattern


def make_units(text: str, sentence_starts: Iterable[int]) -> list[Unit]:
    """Splits a text into units (see module docstring).

    Args:
        text: The document text.
        sentence_starts: Character offsets where sentences start.

    Returns:
        The units in text order. Quote characters are skipped; a hyphen with
        no space on either side joins the units around it (``glued``).
    """
    return list(_units(text, tuple(sorted(sentence_starts))))


# The entities and roles stages both split the same document; the second split
# is served from here, also when a batch of documents runs stage by stage
# (Pipeline.run_batch, 64 documents by default). No reader modifies a unit, so
# sharing them is safe (a frozen dataclass would make the split a third slower).
@lru_cache(maxsize=128)
def _units(text: str, starts: tuple[int, ...]) -> tuple[Unit, ...]:
    next_start = 0
    units: list[Unit] = []
    glue_next = False
    previous_end = -1
    for match in _TOKEN.finditer(text):
        token = match.group()
        begin, end = match.span()
        sent_start = False
        while next_start < len(starts) and starts[next_start] <= begin:
            sent_start = True
            next_start += 1
        if token in _QUOTE_CHARS:
            glue_next = False
            continue
        if token in _HYPHENS:
            glue_next = previous_end == begin and end < len(text) and not text[end].isspace()
            continue
        units.append(Unit(token, fold(token), begin, end, glue_next and previous_end + 1 == begin,
                          sent_start or not units))
        glue_next = False
        previous_end = end
    return tuple(units)


def alias_units(text: str) -> list[str]:
    """Splits an alias into units the way :func:`make_units` splits text."""
    return [
        m.group() for m in _TOKEN.finditer(text)
        if m.group() not in _QUOTE_CHARS and m.group() not in _HYPHENS
    ]


def _case_of(unit: str, adjective: bool) -> int:
    if _ACRONYM.match(unit):
        return EXACT
    if unit[:1].isupper() and not adjective:
        return CAPITALISED
    return ANY


def _in_capitals(units: Sequence[Unit], start: int, end: int) -> bool:
    """Whether the words beside ``units[start:end]`` are capitals too (a headline in capitals)."""
    beside = [units[k] for k in (start - 1, end) if 0 <= k < len(units)]
    return any(len(u.text) >= 4 and u.text.isalpha() and u.text.isupper() for u in beside)


def _acronym_fits(text: str, acronym: str) -> bool:
    """Acronyms match as written, with a genitive s, or (4+ letters) as a word: "Nato"."""
    text = text[:-1] if text.endswith("s") and len(text) > len(acronym) else text
    return text == acronym or (len(acronym) >= 4 and text == acronym.capitalize())


def _umlaut_lost(text: str, alias_text: str, rank: tuple[int, int, int]) -> bool:
    """Whether a German umlaut of the text is missing from a curated alias.

    Folding drops diacritics so that "Jose" finds "José", but "Über" is not
    "Uber" and "Bösch" is not "Bosch". Phoenix aliases are ASCII ("Abdullah
    Gul" for "Gül"), so only curated ones (``rank[0] == 0``) are held to it.
    """
    return (
        rank[0] == 0 and text != alias_text and _UMLAUT.search(text) is not None
        and _UMLAUT.search(alias_text) is None
    )


def _post_modified_head(units: Sequence[str], adjectives: Sequence[bool]) -> int | None:
    """The head noun of a German name whose words after it start in lower case.

    German capitalises every noun, so a lower-case word inside a name is a
    preposition, article or conjunction opening the post-modifier ("für",
    "der", "vom"); the capitalised non-adjective word right before it is the
    noun that takes the genitive ending. None when the name has no such word.
    """
    for i in range(len(units) - 1):
        following = units[i + 1]
        if following[:1].islower() and following.isalpha():
            word = units[i]
            return i if word[:1].isupper() and word.isalpha() and not adjectives[i] else None
    return None


def _genitive_suffixes(word: str, case: int, entry: Entry) -> tuple[str, ...]:
    """The genitive endings German gives ``word`` of an alias of ``entry``.

    A noun ending in a sibilant takes "-es" only ("des Verfassungsschutzes",
    "des Kongresses"); a final single "s" (mostly a foreign name: "Hamas") or
    a person's name takes none beyond "-s". Phoenix persons are left out: their
    surnames are too often common words.
    """
    if case == EXACT or not word.isalpha():
        return ()
    if entry.type == "person":
        return () if entry.source == "phoenix" or word[-1] in "sxzß" else ("s",)
    if word.endswith(("z", "x", "ß", "ss")):
        return ("es",)
    if word[-1] == "s":
        return ()
    return ("s",) if word[-1] in "aeiouy" else ("s", "es")


def _is_adjective(key: str) -> bool:
    for ending in ("en", "er", "es", "em", "e"):
        if key.endswith(ending) and _ADJ_STEM.search(key[: -len(ending)]):
            return True
    return False


class Gazetteer:
    """The compiled matcher of one language."""

    def __init__(self, kb: KnowledgeBase, language: str) -> None:
        self.kb = kb
        self.language = language
        index: dict[str, list[Pattern]] = defaultdict(list)
        for alias in kb.aliases:
            if alias.lang not in ("*", language) and not self._borrowed(alias):
                continue
            for pattern in self._patterns(alias):
                index[pattern.keys[0]].append(pattern)
            if alias.kind != ADJECTIVE and _INNER_HYPHEN.search(alias.text):
                closed = AliasRecord(alias.entry, alias.kind, alias.lang,
                                     _INNER_HYPHEN.sub("", alias.text))
                for pattern in self._patterns(closed):
                    index[pattern.keys[0]].append(pattern)
        self.index: dict[str, tuple[Pattern, ...]] = {
            key: tuple(sorted(set(patterns), key=lambda p: (-len(p.keys), p.rank, p.entry)))
            for key, patterns in index.items()
        }
        # Most first words of aliases open many patterns ("Michael" opens
        # hundreds of persons); keying the longer ones by their first two
        # words lets a match try only those that can fit.
        by_two: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        self._single: dict[str, tuple[Pattern, ...]] = {}
        for key, patterns in self.index.items():
            singles = tuple(p for p in patterns if len(p.keys) == 1)
            if singles:
                self._single[key] = singles
            for pattern in patterns:
                if len(pattern.keys) > 1:
                    by_two[pattern.keys[0], pattern.keys[1]].append(pattern)
        self._by_two = {pair: tuple(patterns) for pair, patterns in by_two.items()}
        self.first_names = self._first_names(kb)
        self._sharing = self._shared_names()
        self.capital_adjectives = self._capital_adjectives()

    def _capital_adjectives(self) -> dict[str, Pattern]:
        """German adjectives of one-word capitals ("Moskauer", "Kiewer") and their patterns.

        German derives them with "-er" from the town's name; English uses the
        name itself as a modifier ("the Kyiv government"), so there are none.
        """
        if self.language != "de":
            return {}
        adjectives: dict[str, Pattern] = {}
        for key, patterns in self._single.items():
            capital = next((p for p in patterns if p.kind == CAPITAL), None)
            if capital is not None and not key.endswith("er"):
                adjectives[key + "er"] = capital
        return adjectives

    def _borrowed(self, alias: AliasRecord) -> bool:
        """Whether an alias of another language is a name German copy uses as it is."""
        if alias.kind != NAME or alias.lang != _BORROWED_FROM.get(self.language):
            return False
        if self.kb.entries[alias.entry].type in _BORROWED_EXCLUDED_TYPES:
            return False
        words = alias.text.split()
        return len(words) >= 2 and words[0][:1].isupper() and all(
            word[:1].isupper() or word in _CONNECTING_WORDS for word in words
        )

    def _shared_names(self) -> dict[tuple[str, ...], tuple[Pattern, ...]]:
        """Name forms that a generic alias shares, with every entry's pattern of that form."""
        sharing: dict[tuple[str, ...], list[Pattern]] = defaultdict(list)
        generic = {p.keys for patterns in self.index.values() for p in patterns
                   if p.kind == GENERIC}
        for patterns in self.index.values():
            for pattern in patterns:
                if pattern.keys in generic and pattern.kind in _SHARED_KINDS:
                    sharing[pattern.keys].append(pattern)
        return {keys: tuple(patterns) for keys, patterns in sharing.items()}

    def sharing(self, pattern: Pattern) -> tuple[Pattern, ...]:
        """The patterns of every entry a generic name form may stand for, best first.

        Empty unless some entry has the form as a generic alias ("Congress"
        names the U.S. Congress and, where the text is about Mexico, the
        Congress of the Union).
        """
        return self._sharing.get(pattern.keys, ())

    def _patterns(self, alias: AliasRecord) -> Iterable[Pattern]:
        units = alias_units(alias.text)
        if not units:
            return
        entry = self.kb.entries[alias.entry]
        rank = (
            1 if entry.source == "phoenix" else 0,
            _KIND_RANK.get(alias.kind, 5),
            _TYPE_RANK.get(entry.type, 3),
        )
        german = self.language == "de"
        keys = [fold(u) for u in units]
        if alias.kind == ADJECTIVE:
            # German: inflected forms only; the bare stem is mostly predicative
            # or the language ("auf Deutsch").
            endings: Sequence[str] = _ADJ_ENDINGS if german else ("",)
            for ending in endings:
                forms = [*keys[:-1], keys[-1] + ending]
                yield Pattern(tuple(forms), alias.entry, alias.kind, (ANY,) * len(forms),
                              tuple(units), False, rank)
            return
        adjective_units = [german and i < len(keys) - 1 and _is_adjective(k)
                           for i, k in enumerate(keys)]
        case = tuple(_case_of(u, adj) for u, adj in zip(units, adjective_units, strict=True))
        if (
            entry.type == "person"
            and len(units) == 3
            and case[-1] == CAPITALISED
            and len(units[-1]) <= _MAX_SYLLABLE
        ):
            # Phoenix writes Korean given names as two words ("Kim Dae Jung"); news
            # copy hyphenates them ("Kim Dae-jung"), which would otherwise cut the
            # name after its first syllable.
            case = (*case[:-1], SYLLABLE)
        if alias.kind == GENERIC and len(units) > 1:
            # A name states' bodies share is a common noun phrase, lower case in
            # English copy ("Taiwan's defense ministry"); only acronyms keep their case.
            case = tuple(EXACT if c == EXACT else ANY for c in case)
        variants: list[list[str]] = [keys]
        if any(adjective_units):
            for ending in _ADJ_ENDINGS:
                forms = [
                    re.sub(r"(en|er|es|em|e)$", "", k) + ending if adj else k
                    for k, adj in zip(keys, adjective_units, strict=True)
                ]
                variants.append(forms)
        if german and entry.type == "party" and keys[-1].endswith("e") and _is_adjective(keys[-1]):
            # A party named by a noun made of an adjective takes its weak ending
            # after an article: "die Freiheitlichen", "der britischen Konservativen".
            variants.extend([*forms[:-1], forms[-1] + "n"] for forms in list(variants))
        for forms in variants:
            yield Pattern(tuple(forms), alias.entry, alias.kind, case, tuple(units), False, rank)
        if not german or alias.kind == DEMONYM:
            return
        # A name post-modified by a phrase ("Bundesamt für Migration", "Zentralrat
        # der Juden") inflects its head noun, not its last word: "des Bundesamts
        # für Migration", "des Zentralrats der Juden".
        head = _post_modified_head(units, adjective_units)
        at = len(units) - 1 if head is None else head
        suffixes = _genitive_suffixes(units[at], case[at], entry)
        for suffix in suffixes:
            for forms in variants:
                yield Pattern((*forms[:at], forms[at] + suffix, *forms[at + 1:]), alias.entry,
                              alias.kind, case, tuple(units), True, rank)

    @staticmethod
    def _first_names(kb: KnowledgeBase) -> frozenset[str]:
        counts: Counter[str] = Counter()
        for entry in kb.entries.values():
            words = entry.name.split()
            if entry.type == "person" and len(words) >= 2 and words[0][:1].isupper():
                counts[fold(words[0])] += 1
        return frozenset(name for name, n in counts.items() if n >= 2 and len(name) > 2)

    def match(self, units: Sequence[Unit], seen: set[str]) -> list[Match]:
        """Finds knowledge-base matches, leftmost-longest.

        Args:
            units: The document's units.
            seen: Entry ids already mentioned in the document; short forms
                (bare surnames of less prominent persons) only match these.
                Matched entries are added to it.

        Returns:
            Non-overlapping matches in text order.
        """
        matches: list[Match] = []
        index = self.index
        count = len(units)
        i = 0
        while i < count:
            # Most units open no alias: test that before the call.
            found = self._best_at(units, i, seen) if units[i].key in index else None
            if (
                found is not None
                and found.keys[0] in _OPENING_ARTICLES
                and i + 1 < count
                and (after := self._best_at(units, i + 1, seen)) is not None
                and len(after.keys) >= len(found.keys)
            ):
                i += 1  # "The National Assembly": the longer name after the article
                continue
            last = i + len(found.keys) - 1 if found is not None else i
            if last == i and i + 1 < count and units[i + 1].glued:
                # A hyphenated compound whose alias is written closed
                # ("Afrika-Korps" for "Afrikakorps") outranks a one-unit match.
                joined = self._joined(units, i, seen)
                if joined is not None:
                    found, last = joined, i + 1
            if found is None:
                i += 1
                continue
            matches.append(Match(i, last, found))
            seen.add(found.entry)
            i = last + 1
        return matches

    def _best_at(self, units: Sequence[Unit], i: int, seen: set[str]) -> Pattern | None:
        """The longest, best-ranked pattern that fits at unit ``i``."""
        key = units[i].key
        if key not in self.index:
            return None
        count = len(units)
        # Longest first: every two-word pattern is longer than a single.
        longer = self._by_two.get((key, units[i + 1].key), ()) if i + 1 < count else ()
        candidates = (*longer, *self._single.get(key, ()))
        found = next((p for p in candidates if self._fits(p, units, i, count, seen)), None)
        if found is not None and found.entry not in seen and found.kind == NAME:
            found = self._named_before(found, candidates, units, i, count, seen)
        return found

    def _named_before(self, found: Pattern, candidates: Iterable[Pattern], units: Sequence[Unit],
                      i: int, count: int, seen: set[str]) -> Pattern:
        """The person named in full earlier in the document, over another one's alias.

        After "Jean-Marie Le Pen" a bare "Le Pen" is him (his short form), not
        Marine Le Pen, whose alias it also is. Only persons yield: a country
        keeps its name ("Jordan") even after "Jim Jordan".
        """
        if self.kb.entries[found.entry].type != "person":
            return found
        size = len(found.keys)
        for pattern in candidates:
            if (
                pattern.kind == SHORT and pattern.entry in seen and len(pattern.keys) == size
                and self._fits(pattern, units, i, count, seen)
            ):
                return pattern
        return found

    def _joined(self, units: Sequence[Unit], i: int, seen: set[str]) -> Pattern | None:
        """The best one-unit pattern spelling units ``i`` and ``i + 1`` written together."""
        first, second = units[i], units[i + 1]
        for pattern in self._single.get(first.key + second.key, ()):
            if pattern.kind == SHORT and pattern.entry not in seen:
                continue
            required = pattern.case[0]
            if required == EXACT or (required == CAPITALISED and not first.text[:1].isupper()):
                continue
            if _umlaut_lost(first.text + second.text, pattern.texts[0], pattern.rank):
                continue
            return pattern
        return None

    @staticmethod
    def _fits(pattern: Pattern, units: Sequence[Unit], i: int, count: int, seen: set[str]) -> bool:
        size = len(pattern.keys)
        if i + size > count:
            return False
        if pattern.kind == SHORT and pattern.entry not in seen:
            return False
        for j in range(size):
            unit = units[i + j]
            if j and (unit.key != pattern.keys[j] or unit.sent_start):
                return False
            required = pattern.case[j]
            if required == SYLLABLE:
                if not (unit.glued or unit.text[:1].isupper()):
                    return False
            elif required == CAPITALISED:
                text = unit.text
                if not text[:1].isupper():
                    return False
                if len(text) <= 4 and text.isupper() and not pattern.texts[j].isupper() and (
                    not _in_capitals(units, i, i + size)
                ):
                    return False  # "ROM" (CD-ROM) is not "Rom"; "IRAN WARNS ISRAEL" is Iran
            elif required == EXACT and not _acronym_fits(unit.text, pattern.texts[j]):
                return False
        if pattern.rank[0] == 0:  # curated: checked only once the pattern fits otherwise
            return not any(_umlaut_lost(units[i + j].text, pattern.texts[j], pattern.rank)
                           for j in range(size))
        return True

    def single(self, key: str) -> tuple[Pattern, ...]:
        """The one-unit patterns of a unit key, best first."""
        return self._single.get(key, ())

    def compound_prefix(self, unit: Unit, heads: tuple[str, ...]) -> tuple[Pattern, int] | None:
        """The actor name opening a German closed compound before a head noun.

        "Bundeswehrsoldaten" opens with the Bundeswehr, "Palästinenserpräsident"
        with the Palestinians' demonym, "Kremlsprecher" with the Kremlin's
        seat, "Außenministeriumssprecher" with a name foreign ministries share
        (the caller settles which; the linking "s" is the name's genitive
        form, "Außenministeriums"). Only names,
        demonyms, seats and shared names of entries that act and are not
        persons count, and only before one of ``heads`` (folded, longest
        first), so that "Chinareise" or "Europaminister" stay words.

        Returns:
            The pattern and the length of the name in ``unit.text``, or None.
        """
        key = unit.key
        if not key.endswith(heads):
            return None
        text = unit.text
        for head in heads:
            if not key.endswith(head) or len(key) - len(head) < _MIN_COMPOUND_PREFIX:
                continue
            size = len(text) - len(head)
            if fold(text[size:]) != head:
                continue  # folding changed the length ("ß"): not worth a search
            prefix = Unit(text[:size], key[: len(key) - len(head)], unit.start,
                          unit.start + size, False, False)
            for pattern in self._single.get(prefix.key, ()):
                entry = self.kb.entries[pattern.entry]
                if (
                    pattern.kind in _COMPOUND_KINDS
                    and entry.is_actor
                    and entry.type != "person"
                    and self._fits(pattern, (prefix,), 0, 1, set())
                ):
                    return pattern, size
        return None

    def body_named(self, keys: tuple[str, ...], country: str) -> Pattern | None:
        """The best name or generic pattern spelling ``keys`` of an entry of ``country``."""
        for pattern in self.index.get(keys[0], ()) if keys else ():
            if (
                pattern.keys == keys
                and pattern.kind in _SHARED_KINDS
                and self.kb.entries[pattern.entry].country == country
            ):
                return pattern
        return None

    def lookup(self, text: str) -> Pattern | None:
        """Returns the best pattern that spells exactly ``text`` (no short, seat, generic forms)."""
        keys = tuple(fold(u) for u in alias_units(text))
        if not keys:
            return None
        for pattern in self.index.get(keys[0], ()):
            if pattern.keys == keys and pattern.kind not in (SHORT, CAPITAL, SEAT, GENERIC):
                return pattern
        return None


def load_gazetteer(resources: Resources, language: str) -> Gazetteer:
    """Builds the matcher for ``language`` from the knowledge base (once per process)."""
    return Gazetteer(resources.load(load_kb, ""), language)


__all__ = ["CAPITAL", "Gazetteer", "Match", "Pattern", "Unit", "alias_units", "load_gazetteer",
           "make_units"]
