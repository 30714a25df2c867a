"""GermEval 2014 data for the named-entity recogniser: reading, spans, alignment.

Training and evaluation both go through OUR tokenization: a GermEval sentence
is detokenized into plain text (spaces removed where a writer would not put
them), its gold entities become character spans of that text, and the
pipeline's tokenizer cuts the text again. Gold spans that do not fall on our
token boundaries can then not be found exactly; :func:`project_tags` counts
them so the loss is visible.

Tag scheme (the metric of issue 3): outer column only; PER, ORG, LOC and OTH
kept; every ``*deriv`` and ``*part`` tag read as O; spans read the way
conlleval reads them (an ``I-`` tag after O or after another type opens a
new span).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import Code, EvalDataError

LABELS = ("PER", "ORG", "LOC", "OTH")
_LABEL_SET = frozenset(LABELS)

# Tokens written without a space before them / after them.
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%…“’»")
_NO_SPACE_AFTER = frozenset("([{„‚«")
_STRAIGHT_QUOTES = frozenset({'"', "'"})


@dataclass(frozen=True)
class TaggedSentence:
    """One sentence of a GermEval file: its tokens and mapped outer tags."""

    index: int
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class CharSpan:
    """An entity as character offsets into a sentence's text."""

    start: int
    end: int
    label: str


def map_tag(tag: str) -> str:
    """Maps a GermEval outer tag to the evaluated scheme.

    ``B-LOCderiv`` and every other ``*deriv``/``*part`` tag become ``O``;
    tags of the four kept types pass through; anything else is ``O``.
    """
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    return tag if tag[2:] in _LABEL_SET else "O"


def read_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Reads entity spans from BIO tags the way conlleval does.

    A ``B-`` tag always opens a span; an ``I-`` tag continues the open span
    when its type matches, and otherwise (after O or another type) opens a
    new one. Tags are mapped with :func:`map_tag` first.

    Args:
        tags: One tag per token.

    Returns:
        (first token, last token + 1, type) for each span, in order.
    """
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, raw in enumerate(tags):
        tag = map_tag(raw)
        kind = tag[2:]
        continues = tag.startswith("I-") and start >= 0 and kind == label
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start = -1
        if tag != "O" and not continues:
            start, label = i, kind
    if start >= 0:
        spans.append((start, len(tags), label))
    return spans


def read_germeval(path: Path) -> list[TaggedSentence]:
    """Reads a GermEval 2014 TSV file (index, token, outer tag, nested tag).

    Raises:
        EvalDataError: When a line does not have at least three columns.
    """
    sentences: list[TaggedSentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            sentences.append(TaggedSentence(len(sentences), tuple(tokens), tuple(tags)))
            tokens.clear()
            tags.clear()

    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) < 3:
                raise EvalDataError(
                    Code.EVAL_DATA,
                    "expected index, token and outer tag separated by tabs",
                    path=str(path),
                    line=number,
                )
            tokens.append(columns[1])
            tags.append(columns[2])
    flush()
    return sentences


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Joins tokens into text the way it would be written.

    No space before closing punctuation, none after opening brackets and
    quotes; straight double quotes alternate between opening and closing.

    Returns:
        The text and each token's (start, end) character offsets in it.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    open_quote = {q: False for q in _STRAIGHT_QUOTES}
    glue_next = True
    for token in tokens:
        glue = glue_next
        glue_next = False
        if token in _STRAIGHT_QUOTES:
            if open_quote[token]:
                glue = True
            else:
                glue_next = True
            open_quote[token] = not open_quote[token]
        elif token in _NO_SPACE_BEFORE or (len(token) == 3 and token == "..."):
            glue = True
        if token in _NO_SPACE_AFTER:
            glue_next = True
        if not glue:
            parts.append(" ")
            length += 1
        parts.append(token)
        offsets.append((length, length + len(token)))
        length += len(token)
    return "".join(parts), offsets


def char_spans(sentence: TaggedSentence, offsets: Sequence[tuple[int, int]]) -> list[CharSpan]:
    """Returns the sentence's gold entities as character spans of its detokenized text."""
    return [
        CharSpan(offsets[first][0], offsets[last - 1][1], label)
        for first, last, label in read_spans(sentence.tags)
    ]


@dataclass(frozen=True)
class Projection:
    """Gold spans projected onto another tokenization."""

    tags: tuple[str, ...]
    # Gold spans whose edges fall inside one of the target tokens.
    misaligned: int


def project_tags(
    spans: Iterable[CharSpan], token_offsets: Sequence[tuple[int, int]]
) -> Projection:
    """Projects character spans onto tokens as BIO tags.

    A token belongs to a span when it overlaps it; the first such token gets
    ``B-``. A span that does not start and end on token edges is still
    projected (so training sees the entity) and counted as misaligned.
    """
    tags = ["O"] * len(token_offsets)
    misaligned = 0
    for span in spans:
        inside = [
            i
            for i, (start, end) in enumerate(token_offsets)
            if start < span.end and span.start < end
        ]
        if not inside:
            misaligned += 1
            continue
        first, last = inside[0], inside[-1]
        if token_offsets[first][0] != span.start or token_offsets[last][1] != span.end:
            misaligned += 1
        if any(tags[i] != "O" for i in inside):
            continue  # two gold spans inside one of our tokens: keep the first
        tags[first] = f"B-{span.label}"
        for i in inside[1:]:
            tags[i] = f"I-{span.label}"
    return Projection(tuple(tags), misaligned)


def sentence_key(sentence: TaggedSentence) -> str:
    """A stable key of a sentence's tokens (for splits that ignore file order)."""
    return hashlib.sha256("\t".join(sentence.tokens).encode("utf-8")).hexdigest()


def in_dev_split(sentence: TaggedSentence, percent: int = 20) -> bool:
    """Whether a sentence belongs to our own fixed dev split (``percent`` of sentences).

    The split hashes the tokens, so it is the same in every run and on every
    machine, and needs no file of its own.
    """
    return int(sentence_key(sentence)[:8], 16) % 100 < percent


def iter_files(paths: Iterable[Path]) -> Iterator[TaggedSentence]:
    """Yields the sentences of several GermEval files in order."""
    for path in paths:
        yield from read_germeval(path)
