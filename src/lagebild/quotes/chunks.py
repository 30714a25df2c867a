"""Noun-phrase chunks from word lists alone (we have no part-of-speech tagger).

A chunk is a personal pronoun, or an optional determiner, the lower-case
words after it (adjectives), and a run of capitalised words (nouns, names,
titles): "die Bundesregierung", "ein Kommuniqué", "Kollegin Werner",
"der israelische Regierungssprecher Eylon Levy". A determiner on its own
("das", "die") is a chunk too: it is then a pronoun. German capitalises
every noun, which is what makes this work; in English the capitalised run is
names only, and lower-case nouns are taken when a determiner opened the chunk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.quotes.lexicon import QuoteWords

DET, PRON, FUNC, NOUN, NUM, PUNCT, OTHER, SPACE = "D", "R", "F", "N", "#", "P", "o", " "


@dataclass(frozen=True)
class Chunk:
    """Tokens ``start`` to ``end`` (exclusive); ``kind`` is R (pronoun), D or N."""

    start: int
    end: int
    kind: str


def word_class(form: str, lower: str, words: QuoteWords) -> str:
    """Returns the coarse class of one token (see the module constants)."""
    if form.isspace():
        return SPACE
    if lower in words.determiners:
        return DET
    if lower in words.pronouns:
        return PRON
    if not any(ch.isalnum() for ch in form):
        return PUNCT
    if form[0].isdigit():
        return NUM
    if lower in words.function_words:
        return FUNC
    if form[0].isupper():
        return NOUN
    return OTHER


def noun_chunks(
    forms: Sequence[str], words: QuoteWords, *, lowercase_nouns: bool = False
) -> list[Chunk]:
    """Splits a sentence into noun-phrase chunks.

    Args:
        forms: The tokens of one sentence.
        words: The language's closed word classes.
        lowercase_nouns: Whether a lower-case word right after a determiner's
            adjectives may be the noun (English), not only a capitalised one.

    Returns:
        Non-overlapping chunks in text order.
    """
    classes = [word_class(f, f.lower(), words) for f in forms]
    chunks: list[Chunk] = []
    n = len(forms)
    i = 0
    while i < n:
        cls = classes[i]
        if cls == PRON:
            chunks.append(Chunk(i, i + 1, PRON))
            i += 1
            continue
        if cls == DET:
            j = i + 1
            while j < n and classes[j] in (OTHER, NUM):
                j += 1
            k = _noun_run_end(classes, j) if j < n and classes[j] == NOUN else j
            if k > j:
                chunks.append(Chunk(i, k, NOUN))
                i = k
            elif lowercase_nouns and j > i + 1:
                chunks.append(Chunk(i, j, NOUN))
                i = j
            else:
                chunks.append(Chunk(i, i + 1, DET))
                i += 1
            continue
        if cls in (NOUN, NUM):
            k = _noun_run_end(classes, i)
            if any(classes[m] == NOUN for m in range(i, k)):
                chunks.append(Chunk(i, k, NOUN))
            i = k
            continue
        i += 1
    return chunks


def _noun_run_end(classes: Sequence[str], i: int) -> int:
    """The end of a run of capitalised words (and numbers) from ``i``.

    Stray white space between two of them (news text has double spaces, which
    the tokenizer keeps as tokens) does not break the run.
    """
    n = len(classes)
    k = i
    while k < n:
        if classes[k] in (NOUN, NUM) or (
            classes[k] == SPACE and k + 1 < n and classes[k + 1] == NOUN and k > i
        ):
            k += 1
        else:
            break
    return k
