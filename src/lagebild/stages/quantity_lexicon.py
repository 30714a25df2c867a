"""The lexicon of the ``quantities`` stage, loaded once per process and language.

Everything language-specific lives in reviewable files under
``resources/{de,en}/``: ``quantities.yaml`` (number words, vague magnitudes,
qualifiers, units, clause words), ``quantities_nouns.tsv`` (counted nouns and
their class) and ``quantities_cues.tsv`` (verbs, participles and phrases that
give a count its category). This module turns them into lookup tables and the
compiled regular expressions the stage scans text with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from simplemma import lemmatize
from text_to_num import text2num

from lagebild.errors import Code, LagebildError
from lagebild.resources import Resources, data_path, parse_yaml, read_lines

# Noun classes. "thing" is a noun the lexicon does not know; "none" means the
# count has no noun ("zwei wurden getötet"). Aircraft (drones, jets) are
# weapons that can also be shot down, which makes them targets ("other").
# Offenders (suspects, attackers) who flee are fugitives, not displaced.
PERSON, TROOPS, HOSTAGE, OFFENDER, WEAPON, AIRCRAFT, THING, NONE = (
    "person", "troops", "hostage", "offender", "weapon", "aircraft", "thing", "none"
)
APPLIES_TO: dict[str, frozenset[str]] = {
    "living": frozenset({PERSON, TROOPS, HOSTAGE, OFFENDER, THING, NONE}),
    "civil": frozenset({PERSON, HOSTAGE, THING, NONE}),
    "people": frozenset({PERSON, TROOPS, HOSTAGE, OFFENDER}),
    "troops": frozenset({TROOPS}),
    "hostage": frozenset({HOSTAGE}),
    "weapon": frozenset({WEAPON, AIRCRAFT}),
    "missile": frozenset({WEAPON}),
    "aircraft": frozenset({AIRCRAFT}),
    "thing": frozenset({THING, WEAPON, AIRCRAFT}),
    "any": frozenset({PERSON, TROOPS, HOSTAGE, OFFENDER, WEAPON, AIRCRAFT, THING, NONE}),
}
WEAPON_CLASSES = frozenset({WEAPON, AIRCRAFT})
# In a cue, "…" stands for up to this many words of the same clause
# ("flew 64 citizens out", "kostete 21 Menschen das Leben").
CUE_GAP = 8
CATEGORIES = frozenset({
    "killed", "injured", "missing", "abducted", "released", "arrested", "displaced",
    "weapons_fired", "weapons_held", "troops", "evacuated", "other",
})
# Categories that make a single person ("ein 17-Jähriger") worth a count.
CASUALTY_CATEGORIES = frozenset({
    "killed", "injured", "missing", "abducted", "released", "arrested",
})
BOUNDS = frozenset({
    "exact", "at_least", "more_than", "about", "up_to", "at_most", "less_than", "approx_range",
})


@dataclass(frozen=True)
class Noun:
    """What a counted noun is: its class and the category it implies, if any."""

    cls: str
    category: str | None


@dataclass(frozen=True)
class Cue:
    """A word or phrase that gives a count its category.

    ``words`` may contain "…": any words of the same clause (at most
    ``CUE_GAP``) between the parts before and after it.
    """

    words: tuple[str, ...]
    category: str
    applies: frozenset[str]


@dataclass(frozen=True)
class QuantityLexicon:
    """Compiled lexicon of one language."""

    language: str
    # Finds number cores: group "skip" (dates, times, phone numbers), "vague",
    # "words" (lexicon phrases), "morph" (number words for text2num),
    # "digits" or "article".
    scanner: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    range_opener_before: re.Pattern[str]
    multiplier_after: re.Pattern[str]
    range_tail: re.Pattern[str]
    post_qualifier: re.Pattern[str]
    age: re.Pattern[str]
    multipliers: dict[str, float]
    number_words: dict[str, float]
    vague: dict[str, tuple[float, float]]
    qualifiers: dict[str, str]
    post_qualifiers: dict[str, str]
    range_openers: dict[str, str]
    not_numbers: frozenset[str]
    capitalised_not_numbers: frozenset[str]
    units: dict[str, str]
    labels: frozenset[str]
    label_suffixes: tuple[str, ...]
    partitive: frozenset[str]
    ellipsis: frozenset[str]
    negators: frozenset[str]
    stopwords: frozenset[str]
    conjunctions: frozenset[str]
    subordinators: frozenset[str]
    relative_pronouns: frozenset[str]
    relative_prepositions: frozenset[str]
    subordinators_after_comma: bool
    prepositional_subordinators: frozenset[str]
    preposition_objects: frozenset[str]
    inclusion_leads: tuple[tuple[str, ...], ...]
    inclusion_markers: tuple[tuple[str, ...], ...]
    fronted_markers: tuple[tuple[str, ...], ...]
    partitive_pronouns: frozenset[str]
    noun_determiners: frozenset[str]
    modified_nouns: frozenset[str]
    possessives: frozenset[str]
    prepositions: frozenset[str]
    complement_prepositions: frozenset[str]
    particles: frozenset[str]
    articles: frozenset[str]
    determiners: frozenset[str]
    auxiliaries: frozenset[str]
    function_verbs: frozenset[str]
    intransitive: frozenset[str]
    qualifier_blockers: frozenset[str]
    toll_words: dict[str, str | None]
    nouns: dict[str, Noun]
    noun_suffix: re.Pattern[str] | None
    cues: dict[str, tuple[Cue, ...]]
    decimal_separator: str
    capitalised_nouns: bool

    def noun(self, lower: str, lemma: str) -> Noun | None:
        """Returns the lexicon entry of a noun (word form or lemma, lower case).

        German compounds are looked up by their last part ("Panzerabwehrraketen"
        -> "rakete"), via the lemma first and then the word form.
        """
        found = self.nouns.get(lemma) or self.nouns.get(lower)
        if found is not None or self.noun_suffix is None:
            return found
        for form in (lemma, lower):
            match = self.noun_suffix.search(form)
            if match is not None:
                return self.nouns[match.group(1)]
        return None

    def unit(self, lower: str, lemma: str) -> str | None:
        """Returns the unit kind (duration, money, ...) of a word, or None."""
        return self.units.get(lower) or self.units.get(lemma)


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, any white space between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in ordered)


def _trie(phrases: Iterable[str]) -> str:
    """A regex matching exactly ``phrases``, as a character trie (fast to fail).

    Python's regex engine tries the branches of an alternation one after the
    other at every position; a trie fails after one character on most words.
    A space in a phrase matches any white space.
    """
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return build(root)


def _cased(phrases: Iterable[str]) -> set[str]:
    """Each phrase with every word in lower case or capitalised ("mehrere Hundert")."""
    variants: set[str] = set()
    for phrase in phrases:
        out = {""}
        for word in phrase.split():
            forms = {word, word[:1].upper() + word[1:]}
            out = {f"{prefix} {form}".strip() for prefix in out for form in forms}
        variants |= out
    return variants


def _strings(data: dict[str, Any], key: str, path: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LagebildError(Code.RESOURCE, f"'{key}' must be a list of strings", path=path)
    return [v.lower() for v in value]


def _mapping(data: dict[str, Any], key: str, path: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise LagebildError(Code.RESOURCE, f"'{key}' must be a mapping", path=path)
    return {str(k).lower(): v for k, v in value.items()}


def _phrases(phrases: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as word tuples, longest first (so that "unter ihnen" beats "unter")."""
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


def _read_tsv(language: str, name: str, columns: int) -> list[tuple[list[str], int]]:
    rows = []
    for number, raw in enumerate(
        data_path(language, name).read_text(encoding="utf-8").splitlines(), start=1
    ):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != columns:
            raise LagebildError(
                Code.RESOURCE,
                f"expected {columns} tab-separated columns",
                path=f"resources/{language}/{name}",
                line=number,
            )
        rows.append(([f.strip() for f in fields], number))
    return rows


def _load_nouns(language: str) -> dict[str, Noun]:
    nouns = {}
    for (form, cls, category), line in _read_tsv(language, "quantities_nouns.tsv", 3):
        if cls not in APPLIES_TO["any"] or (category != "-" and category not in CATEGORIES):
            raise LagebildError(
                Code.RESOURCE, f"unknown class or category in '{form}'",
                path=f"resources/{language}/quantities_nouns.tsv", line=line,
            )
        nouns[form.lower()] = Noun(cls, None if category == "-" else category)
    return nouns


def _load_cues(language: str) -> dict[str, tuple[Cue, ...]]:
    cues: dict[str, list[Cue]] = {}
    for (form, category, applies), line in _read_tsv(language, "quantities_cues.tsv", 3):
        if category not in CATEGORIES or applies not in APPLIES_TO:
            raise LagebildError(
                Code.RESOURCE, f"unknown category or applies_to in '{form}'",
                path=f"resources/{language}/quantities_cues.tsv", line=line,
            )
        words = tuple(form.lower().split())
        if words[0] == "…" or words[-1] == "…":
            raise LagebildError(
                Code.RESOURCE, f"'…' must stand between words in '{form}'",
                path=f"resources/{language}/quantities_cues.tsv", line=line,
            )
        cues.setdefault(words[0], []).append(Cue(words, category, APPLIES_TO[applies]))
    # Longer phrases first, so that "ums leben" is tried before a one-word cue.
    return {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in cues.items()}


@lru_cache(maxsize=65536)
def separable_lemma(word: str, particles: frozenset[str], language: str) -> str | None:
    """The infinitive of a German separable verb written as one word, or None.

    simplemma knows "abfeuerte" but not every joined form ("freikamen"): the
    particle is split off and the rest lemmatised ("frei" + "kommen").
    """
    for size in range(min(8, len(word) - 3), 1, -1):
        particle = word[:size]
        if particle in particles:
            rest = lemmatize(word[size:], lang=language).lower()
            if rest != word[size:]:
                return particle + rest
    return None


@lru_cache(maxsize=4096)
def parse_number_word(words: str, language: str) -> float | None:
    """Parses a cardinal number word with text2num ("zweiundzwanzig" -> 22), else None."""
    try:
        return float(text2num(words, language))
    except ValueError:
        return None


def load_quantity_lexicon(resources: Resources, language: str) -> QuantityLexicon:
    """Builds the quantity lexicon of ``language`` from the packaged resource files."""
    path = f"resources/{language}/quantities.yaml"
    data = parse_yaml(data_path(language, "quantities.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise LagebildError(Code.RESOURCE, "expected a mapping", path=path)

    multipliers = {k: float(v) for k, v in _mapping(data, "multipliers", path).items()}
    number_words = {k: float(v) for k, v in _mapping(data, "number_words", path).items()}
    vague = {k: (float(v[0]), float(v[1])) for k, v in _mapping(data, "vague", path).items()}
    qualifiers = {k: str(v) for k, v in _mapping(data, "qualifiers", path).items()}
    post_qualifiers = {k: str(v) for k, v in _mapping(data, "post_qualifiers", path).items()}
    for bound in [*qualifiers.values(), *post_qualifiers.values()]:
        if bound not in BOUNDS:
            raise LagebildError(Code.RESOURCE, f"unknown bound '{bound}'", path=path)
    range_openers = {k: str(v).lower() for k, v in _mapping(data, "range_openers", path).items()}
    range_joiners = _strings(data, "range_joiners", path)
    morphemes = _strings(data, "number_morphemes", path)
    units: dict[str, str] = {}
    for kind, words in _mapping(data, "units", path).items():
        units.update((str(w).lower(), kind) for w in words or [])
    units.update((m.lower(), "date") for m in read_lines(language, "months.txt"))
    decimal = str(data.get("decimal_separator", "."))

    morph = f"(?:{_alternation(morphemes)})"
    if language == "de":
        number_word = f"{morph}+"
        scan_number_word = f"(?:{_trie(_cased(morphemes))})(?:{_trie(morphemes)})*"
    else:
        number_word = rf"{morph}(?:(?:\s*-\s*|\s+(?:and\s+)?){morph})*"
        scan_morph = _trie(_cased(morphemes))
        scan_number_word = rf"{scan_morph}(?:(?:\s*-\s*|\s+(?:and\s+)?){scan_morph})*"
    # Thousands may also be grouped by a plain space ("14 000").
    digits = r"(?:\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,\u00a0\u202f]\d+)*)"
    word_edge_after = r"(?![\w-])"
    # Every branch starts at a word start; the branches are character tries
    # with lower-case and capitalised words, not case-insensitive
    # alternations, which Python's engine tries far more slowly.
    articles = _strings(data, "articles", path)
    scanner = re.compile(
        r"(?<!\w)(?:"
        # Dates (7.10.2023, 7.10.), ISO dates, clock times and scores ("1:0"), phone numbers.
        r"(?P<skip>(?<![.,])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?![\w])"
        r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,3}:\d{1,3}(?::\d{2})?(?!\d)"
        r"|\+\d[\d ()/-]{6,}\d|(?<!\d)0\d{2,5}[/-] ?\d{3,}(?:[ -]\d+)*)"
        f"|(?P<vague>(?<!-)(?:{_trie(_cased(vague))}){word_edge_after})"
        f"|(?P<words>(?<!-)(?:{_trie(_cased(number_words))}){word_edge_after})"
        # Articles come before number words: "ein" alone counts only as an article.
        f"|(?P<article>(?<!-)(?:{_trie(_cased(articles))}){word_edge_after})"
        f"|(?P<morph>(?<!-)(?:{scan_number_word}){word_edge_after})"
        # Digits not glued to letters ("F-16", "1990er", "17-Jähriger", "7th").
        rf"|(?P<digits>(?<![.,/:+-])(?<![^\W\d_]-){digits}(?![\w]|-[^\W\d_]|[.,]\d)))"
    )
    number_core = rf"(?:{digits}(?![\w]|-[^\W\d_])|(?i:{number_word}){word_edge_after})"
    joiners = _alternation(
        [j for j in range_joiners if j.isalpha()] + list(range_openers.values())
    )
    dashes = "".join(re.escape(j) for j in range_joiners if not j.isalpha())
    nouns = _load_nouns(language)
    capitalised = bool(data.get("capitalised_nouns", False))
    suffix = None
    if capitalised:
        stems = [n for n in nouns if len(n) >= 4]
        suffix = re.compile(f"({_alternation(stems)})(?:n|en|e|er|s|nen)?$")
    return QuantityLexicon(
        language=language,
        scanner=scanner,
        qualifier_before=re.compile(
            rf"(?<![\w-])(?i:{_alternation(qualifiers)})\s*$"
        ),
        range_opener_before=re.compile(rf"(?<![\w-])(?i:{_alternation(range_openers)})\s+$"),
        multiplier_after=re.compile(
            rf"\s+(?i:{_alternation(multipliers)})(?!\w)"
        ),
        range_tail=re.compile(
            rf"(?:\s*[{dashes}]\s*|\s+(?i:(?P<joiner>{joiners}))\s+)(?P<second>{number_core})"
        ),
        post_qualifier=re.compile(rf"\s+(?i:{_alternation(post_qualifiers)})(?!\w)"),
        age=re.compile(str(data.get("age_pattern", r"(?!x)x"))),
        multipliers=multipliers,
        number_words=number_words,
        vague=vague,
        qualifiers=qualifiers,
        post_qualifiers=post_qualifiers,
        range_openers=range_openers,
        not_numbers=frozenset(_strings(data, "not_numbers", path)),
        capitalised_not_numbers=frozenset(_strings(data, "capitalised_not_numbers", path)),
        units=units,
        labels=frozenset(_strings(data, "labels", path)),
        label_suffixes=tuple(_strings(data, "label_suffixes", path)),
        partitive=frozenset(_strings(data, "partitive", path)),
        ellipsis=frozenset(_strings(data, "ellipsis", path)),
        negators=frozenset(_strings(data, "negators", path)),
        stopwords=frozenset(_strings(data, "stopwords", path)),
        conjunctions=frozenset(_strings(data, "conjunctions", path)),
        subordinators=frozenset(_strings(data, "subordinators", path)),
        relative_pronouns=frozenset(_strings(data, "relative_pronouns", path)),
        relative_prepositions=frozenset(_strings(data, "relative_prepositions", path)),
        subordinators_after_comma=bool(data.get("subordinators_after_comma", False)),
        prepositional_subordinators=frozenset(
            _strings(data, "prepositional_subordinators", path)
        ),
        preposition_objects=frozenset(_strings(data, "preposition_objects", path)),
        inclusion_leads=_phrases(_strings(data, "inclusion_leads", path)),
        inclusion_markers=_phrases(_strings(data, "inclusion_markers", path)),
        fronted_markers=_phrases(
            _strings(data, "inclusion_markers", path) + _strings(data, "fronted_markers", path)
        ),
        partitive_pronouns=frozenset(_strings(data, "partitive_pronouns", path)),
        noun_determiners=frozenset(_strings(data, "noun_determiners", path)),
        modified_nouns=frozenset(_strings(data, "modified_nouns", path)),
        possessives=frozenset(_strings(data, "possessives", path)),
        prepositions=frozenset(_strings(data, "prepositions", path)),
        complement_prepositions=frozenset(_strings(data, "complement_prepositions", path)),
        particles=frozenset(_strings(data, "particles", path)),
        articles=frozenset(_strings(data, "articles", path)),
        determiners=frozenset(_strings(data, "determiners", path)),
        auxiliaries=frozenset(_strings(data, "auxiliaries", path)),
        function_verbs=frozenset(_strings(data, "function_verbs", path)),
        intransitive=frozenset(_strings(data, "intransitive", path)),
        qualifier_blockers=frozenset(_strings(data, "qualifier_blockers", path)),
        toll_words={k: (None if v is None else str(v))
                    for k, v in _mapping(data, "toll_words", path).items()},
        nouns=nouns,
        noun_suffix=suffix,
        cues=_load_cues(language),
        decimal_separator=decimal,
        capitalised_nouns=capitalised,
    )
