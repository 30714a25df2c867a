"""Word segmentation shared by the name index and the place detector.

Place names are matched on whitespace-delimited words with surrounding
punctuation cut off, not on spaCy tokens: spaCy's German and English
tokenizers treat hyphens and apostrophes differently ("Gaza-Grenze" is one
German token, "Kyiv-based" three English ones), while a name must be cut the
same way in the index and in the text. Brackets, commas and slashes are kept
as words of their own so that "Frankfurt (Oder)" and "Washington, D.C." can be
names; any other punctuation between two words separates them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

# A word starts with a letter or digit and may contain dots, apostrophes and hyphens.
_TOKEN = re.compile(r"[^\W_][\w.'’\-]*|[(),/]")
_TRAILING = "-'’"

_TRANSLATION = str.maketrans(
    {
        "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'", "ʿ": "'", "ʾ": "'",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    }
)


def fold(text: str) -> str:
    """Returns ``text`` without diacritics, with one apostrophe and one dash, case kept."""
    if text.isascii():
        return text
    return _fold_unicode(text)


@lru_cache(maxsize=100_000)
def _fold_unicode(text: str) -> str:
    text = text.translate(_TRANSLATION)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Word(NamedTuple):
    """A word (or a bracket, comma or slash) of the text, with its offsets.

    ``joined`` is True when only white space separates the word from the one
    before it, so that both may belong to one multi-word name. A named tuple,
    because documents have many words and tuples are cheap to make.
    """

    start: int
    end: int
    text: str
    joined: bool

    @property
    def is_punct(self) -> bool:
        """True for the bracket, comma and slash words."""
        return self.text in {"(", ")", ",", "/"}


def _trim(text: str, start: int) -> tuple[str, int]:
    """Cuts trailing hyphens/apostrophes, a possessive 's and a sentence-final dot."""
    while text and text[-1] in _TRAILING:
        text = text[:-1]
    if len(text) > 2 and text[-2] in "'’" and text[-1] in "sS":
        text = text[:-2]
    if text.endswith(".") and "." not in text[:-1] and len(text) > 3:
        text = text[:-1]
    return text, start + len(text)


def split_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Cuts ``text[start:end]`` into words.

    Args:
        text: The document text.
        start: Where to begin.
        end: Where to stop (the end of the text when None).

    Returns:
        The words in order, with document offsets.
    """
    stop = len(text) if end is None else end
    words: list[Word] = []
    append = words.append
    previous_end = -1
    for match in _TOKEN.finditer(text, start, stop):
        word_start, word_end = match.span()
        raw = match.group()
        last = raw[-1]
        # Only words ending in a dot, hyphen, apostrophe or "s" can need trimming.
        if last in ".-'’sS" and len(raw) > 1:
            raw, word_end = _trim(raw, word_start)
            if not raw:
                continue
        if previous_end < 0:
            joined = False
        elif previous_end == word_start:
            joined = True
        else:
            joined = text[previous_end:word_start].isspace()
        append(Word(word_start, word_end, raw, joined))
        previous_end = word_end
    return words


def name_key(name: str) -> str:
    """Returns the index key of a name: its words, folded, joined as in the text."""
    return join_key(split_words(name), name)


def join_key(words: list[Word], text: str) -> str:
    """Returns the folded key of consecutive ``words`` as they stand in ``text``."""
    if not words:
        return ""
    parts = [words[0].text]
    for previous, word in pairwise(words):
        if word.start > previous.end:
            parts.append(" ")
        parts.append(word.text)
    return fold("".join(parts))
