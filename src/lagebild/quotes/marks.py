"""Pairs quotation marks in every German and English style.

Styles: German „…“ (and ‚…‘ inside), English “…” (‘…’), guillemets »…«
(German) and «…» (French/Swiss), single guillemets ›…‹ ‹…›, and straight
"…" and '…'. The pairing follows the style the text uses: “ closes a quote
opened with „ but opens one otherwise; ’ closes ‘ or ‚ but is an apostrophe
inside a word ("Hamas’", "don’t"); " and ' are paired by which side of a
word they stand on. Quotes nest ("„Er sagte: ‚Nein‘.“") and may run over
several sentences, but not over a paragraph break, except in the press
convention where a quote running on into the next paragraph is reopened there
without being closed: the quote then ends with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the marks that may close it.
_CLOSERS: dict[str, str] = {
    "„": "“”",
    "‚": "‘’",
    "“": "”“",
    "‘": "’",
    "”": "”",
    "»": "«",
    "«": "»",
    "›": "‹",
    "‹": "›",
    '"': '"',
    "'": "'",
}
MARKS = frozenset(_CLOSERS) | frozenset("“”‘’")
_MARK_RE = re.compile("[" + re.escape("".join(sorted(MARKS))) + "]")
_PARAGRAPH_RE = re.compile(r"\n\s*")
# A line ending in one of these ends a paragraph.
_LINE_END = ".!?:…" + "".join(sorted(MARKS))
# Characters after which an opening mark may stand (besides white space).
_BEFORE_OPEN = "([{–—-/:" + "".join(sorted(MARKS))
# Characters before which a closing mark may stand (besides white space).
_AFTER_CLOSE = ".,;:!?)]}–—-/…" + "".join(sorted(MARKS))


@dataclass(frozen=True)
class QuoteMarks:
    """A pair of quotation marks: the offsets of the opening and closing mark.

    ``close`` is the offset of the closing mark, or the end of the paragraph
    when a quote runs on into the next paragraph (``closed`` is then False).
    ``depth`` is 0 for a top-level quote, 1 for a quote inside it, ...
    """

    open: int
    close: int
    depth: int
    mark: str
    closed: bool = True

    @property
    def start(self) -> int:
        """Offset of the first character inside the marks."""
        return self.open + 1

    @property
    def end(self) -> int:
        """Offset after the last character inside the marks."""
        return self.close


def _flanks(text: str, i: int, *, opening: bool) -> bool:
    """Tells whether the mark at ``i`` can open (a word follows) or close (one precedes)."""
    step = 1 if opening else -1
    inner = text[i + step] if 0 <= i + step < len(text) else " "
    outer = text[i - step] if 0 <= i - step < len(text) else " "
    # Guillemets may stand apart from the quote (French « texte »).
    if inner.isspace() and text[i] not in "«»‹›":
        return False
    return outer.isspace() or outer in (_BEFORE_OPEN if opening else _AFTER_CLOSE)


def _can_open(text: str, i: int) -> bool:
    return _flanks(text, i, opening=True)


def _can_close(text: str, i: int) -> bool:
    return _flanks(text, i, opening=False)


def _pair_paragraph(text: str, start: int, end: int, next_opener: str) -> list[QuoteMarks]:
    stack: list[tuple[int, str]] = []
    found: list[QuoteMarks] = []

    def close_at(level: int, i: int) -> None:
        opened, mark = stack[level]
        del stack[level:]
        found.append(QuoteMarks(opened, i, level, mark))

    def matching(ch: str) -> int:
        for level in range(len(stack) - 1, -1, -1):
            if ch in _CLOSERS[stack[level][1]]:
                return level
        return -1

    for match in _MARK_RE.finditer(text, start, end):
        i = match.start()
        ch = text[i]
        level = matching(ch)
        if ch in "„‚":
            if _can_open(text, i):
                stack.append((i, ch))
            continue
        if ch in "’'" and level >= 0:
            # An apostrophe inside a word ("Hamas’s", "don't") closes nothing.
            after = text[i + 1] if i + 1 < len(text) else " "
            if after.isalpha():
                continue
        if level >= 0 and (_can_close(text, i) or not _can_open(text, i)):
            close_at(level, i)
        elif ch in _CLOSERS and ch != "’" and _can_open(text, i):
            stack.append((i, ch))
    if stack and next_opener:
        # Press convention: the quote continues in the next paragraph, which
        # reopens it; this part ends with its paragraph.
        opened, mark = stack[0]
        if next_opener == mark or (mark in "„“" and next_opener in "„“"):
            found.append(QuoteMarks(opened, end, 0, mark, closed=False))
    return found


def pair_quotes(text: str) -> list[QuoteMarks]:
    """Finds the paired quotation marks of a text.

    Args:
        text: The document text.

    Returns:
        The quotes in order of their opening mark; unpaired marks are left out.
    """
    if not _MARK_RE.search(text):
        return []
    bounds = [0]
    for m in _PARAGRAPH_RE.finditer(text):
        # A line break in the middle of a sentence is hard wrapping, not a
        # paragraph break: a quote may run over it.
        ends_line = text[m.start() - 1] if m.start() > 0 else "."
        if "\n" in m.group(0)[1:] or ends_line in _LINE_END:
            bounds.append(m.start())
            bounds.append(m.end())
    bounds.append(len(text))
    found: list[QuoteMarks] = []
    for k in range(0, len(bounds), 2):
        start, end = bounds[k], bounds[k + 1]
        following = bounds[k + 2] if k + 2 < len(bounds) else len(text)
        next_opener = text[following] if following < len(text) else ""
        if next_opener not in _CLOSERS:
            next_opener = ""
        found.extend(_pair_paragraph(text, start, end, next_opener))
    found.sort(key=lambda q: q.open)
    return found
