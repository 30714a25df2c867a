"""Word lists for quotes and attribution, loaded once per language.

Two packaged files per language:

* ``speech_cues.tsv``: words that can trigger reported speech, writing or
  thought, with a class (say, think, discuss, demand, evaluate, noun, prep)
  and, for separable or phrasal verbs, the particle ("teilen say mit" is
  "mitteilen", also split as "teilte ... mit").
* ``quotes.yaml``: closed word classes the rules need (pronouns, determiners,
  anaphoric speaker nouns, Konjunktiv forms, words that end a speaker phrase).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from lagebild.errors import Code, LagebildError
from lagebild.resources import Resources, data_path, parse_yaml

SAY = "say"
THINK = "think"
PREP = "prep"
NOUN = "noun"
# Classes of words that report a statement (verbs of saying and thinking).
REPORTING_CLASSES = frozenset({SAY, THINK})
# ... plus prepositions of attribution: what makes a sentence worth reading closely.
REPORTING_CLASSES_ALL = frozenset({SAY, THINK, PREP})


@dataclass(frozen=True)
class CueLexicon:
    """Speech-cue words of one language, keyed by lower-cased lemma."""

    language: str
    # Full lemma ("mitteilen", "point out") -> class.
    classes: Mapping[str, str]
    # Base lemma ("teilen") -> particle ("mit") -> class, for split verbs.
    separable: Mapping[str, Mapping[str, str]]
    particles: frozenset[str]
    # German writes the particle before the base ("mit" + "teilen"); English
    # writes it after, with a space ("point" + " out").
    particle_first: bool

    def cue_class(self, lemma: str) -> str | None:
        """Returns the class of an unsplit lemma, or None when it is not a cue word."""
        return self.classes.get(lemma.lower())

    def joined(self, base: str, particle: str) -> str:
        """Returns the full lemma of a split verb ("teilen" + "mit" -> "mitteilen")."""
        if self.particle_first:
            return particle + base
        return f"{base} {particle}"


@dataclass(frozen=True)
class QuoteWords:
    """Closed word classes used by the quote and attribution rules."""

    determiners: frozenset[str]
    pronouns: frozenset[str]
    first_second_person: frozenset[str]
    anaphoric_nouns: frozenset[str]
    konjunktiv: frozenset[str]
    konjunktiv_two: frozenset[str]
    source_nouns: frozenset[str]
    phrase_breaks: frozenset[str]
    genitive_links: frozenset[str]
    vorfeld_adverbials: frozenset[str]
    complementizers: frozenset[str]
    impersonal: frozenset[str]
    function_words: frozenset[str]
    not_sources: frozenset[str]
    passive_auxiliaries: frozenset[str]


def _read_tsv(language: str) -> list[list[str]]:
    text = data_path(language, "speech_cues.tsv").read_text(encoding="utf-8")
    rows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) not in (2, 3) or not all(cell.strip() for cell in cells):
            raise LagebildError(
                Code.RESOURCE,
                "expected 'lemma<TAB>class[<TAB>particle]'",
                path=f"{language}/speech_cues.tsv",
                line=number,
            )
        rows.append([cell.strip() for cell in cells])
    return rows


def load_cue_lexicon(resources: Resources, language: str) -> CueLexicon:
    """Loads ``speech_cues.tsv`` for ``language`` (a `resources.load` loader)."""
    particle_first = language == "de"
    classes: dict[str, str] = {}
    separable: dict[str, dict[str, str]] = {}
    for cells in _read_tsv(language):
        lemma, cls = cells[0].lower(), cells[1]
        if len(cells) == 3:
            particle = cells[2].lower()
            separable.setdefault(lemma, {})[particle] = cls
            full = particle + lemma if particle_first else f"{lemma} {particle}"
            classes.setdefault(full, cls)
        else:
            classes.setdefault(lemma, cls)
    particles = frozenset(p for table in separable.values() for p in table)
    return CueLexicon(language, classes, separable, particles, particle_first)


def load_quote_words(resources: Resources, language: str) -> QuoteWords:
    """Loads ``quotes.yaml`` for ``language`` (a `resources.load` loader).

    Raises:
        LagebildError: When a key is missing or not a list of words.
    """
    path = f"{language}/quotes.yaml"
    data = parse_yaml(data_path(language, "quotes.yaml").read_text(encoding="utf-8"))

    def words(key: str, *, lower: bool = True) -> frozenset[str]:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LagebildError(Code.RESOURCE, f"'{key}' must be a list of words", path=path)
        return frozenset(v.lower() if lower else v for v in value)

    # Every field is a list in the file under its own name; only the person
    # list keeps its case ("Sie" is not "sie").
    return QuoteWords(
        **{
            f.name: words(f.name, lower=f.name != "first_second_person")
            for f in dataclasses.fields(QuoteWords)
        }
    )
