"""Sentence segmentation (stage ``sentences``).

A rule-based splitter over the raw text that knows what trips generic
splitters in news: German abbreviations ("z.B.", "Mio."), ordinals and dates
("am 7. Oktober", "die 2. Bundesliga"), numbers with separators ("1.400"),
and quotes that close after the full stop (``„Nein.“``, ``“... vereinbart.”``).
Line breaks end sentences unless the text is hard-wrapped. It runs on the raw
text, before tokenization, so the tokenizer can use the boundaries (see
:mod:`lagebild.text.tokens`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lagebild.model import Sentence
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources, read_lines

_CLOSERS = "\"'»«“”’‘)]›‹"
# Terminal punctuation, then any closing quotes or brackets, then a space or the end.
_CANDIDATE = re.compile(r"(?:\.{3}|[.!?…])+[" + re.escape(_CLOSERS) + r"]*(?=\s|$)")
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_BREAK = re.compile(r"\n")
_INITIALISM = re.compile(r"^(?:[^\W\d_]{1,2}\.){2,}$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_ORDINAL = re.compile(r"^\d{1,4}\.$")
_OPENERS = "\"'„“”»«‚‘›‹([-–—"


@dataclass(frozen=True)
class SplitRules:
    """Language data the splitter needs."""

    language: str
    abbreviations: frozenset[str]
    final_abbreviations: frozenset[str]
    starters: frozenset[str]
    months: frozenset[str]
    # German writes ordinals as "7." so a number before a full stop is ambiguous.
    ordinal_dot: bool


def load_split_rules(resources: Resources, language: str) -> SplitRules:
    """Loads the splitter's word lists for ``language``."""
    return SplitRules(
        language=language,
        abbreviations=frozenset(read_lines(language, "abbreviations.txt")),
        final_abbreviations=frozenset(read_lines(language, "sentence_final_abbreviations.txt")),
        starters=frozenset(read_lines(language, "sentence_starters.txt")),
        months=frozenset(read_lines(language, "months.txt")),
        ordinal_dot=language == "de",
    )


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _word_after(text: str, start: int) -> tuple[str, int]:
    pos = start
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    end = pos
    while end < n and not text[end].isspace():
        end += 1
    return text[pos:end], pos


def _is_hard_wrapped(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 5:
        return False
    lengths = sorted(len(line) for line in lines)
    typical = lengths[len(lengths) // 2]
    if not 40 <= typical <= 100:
        return False
    near = sum(1 for length in lengths if typical - 20 <= length <= typical + 8)
    unterminated = sum(1 for line in lines if line.rstrip()[-1:] not in ".!?:\"»«“”’)")
    return near >= 0.6 * len(lines) and unterminated >= 0.4 * len(lines)


def _ends_sentence(text: str, match: re.Match[str], rules: SplitRules) -> bool:
    punct = match.group(0).rstrip(_CLOSERS)
    following, _pos = _word_after(text, match.end())
    if not following:
        return True
    first = following.lstrip(_OPENERS)[:1]
    if first.islower():
        return False
    if punct != ".":
        return True
    word = _word_before(text, match.start() + 1).lstrip(_OPENERS)
    bare_next = following.rstrip(".,;:!?" + _CLOSERS).lstrip(_OPENERS)
    if word in rules.abbreviations or _INITIALISM.match(word):
        return word in rules.final_abbreviations and bare_next in rules.starters
    if _INITIAL.match(word):
        return False
    if rules.ordinal_dot and _ORDINAL.match(word):
        if following in rules.months or bare_next in rules.months:
            return False
        if len(word) == 5:  # a year such as "2023."
            return True
        return bare_next in rules.starters or not first.isalpha()
    return True


def split_sentences(text: str, rules: SplitRules) -> list[tuple[int, int]]:
    """Splits ``text`` into sentences.

    Args:
        text: The document text.
        rules: The language's abbreviations, sentence starters and months.

    Returns:
        (start, end) character offsets of each sentence, without surrounding
        white space, in text order.
    """
    cuts = {0, len(text)}
    cuts.update(m.end() for m in _PARAGRAPH.finditer(text))
    if not _is_hard_wrapped(text):
        cuts.update(m.end() for m in _LINE_BREAK.finditer(text))
    for match in _CANDIDATE.finditer(text):
        if _ends_sentence(text, match, rules):
            cuts.add(match.end())
    spans = []
    ordered = sorted(cuts)
    for start, end in itertools.pairwise(ordered):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


@stage("sentences", requires=("language",), assigns=("sentences",))
def segment(analysis: Analysis, resources: Resources) -> Analysis:
    """Splits the document text into sentences."""
    assert analysis.language is not None
    rules = resources.load(load_split_rules, analysis.language)
    spans = split_sentences(analysis.text, rules)
    return analysis.replace(sentences=tuple(Sentence(start=s, end=e) for s, e in spans))
