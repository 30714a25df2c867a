"""Reader for the PETRARCH/Phoenix actor dictionaries (TABARI format).

Used only by ``tools/build_kb.py``. The format (see the dictionaries' README):
an unindented line starts an entry (``PHRASE_ [CODE]``), ``+PHRASE`` lines add
synonyms, indented ``[CODE YYMMDD-YYMMDD]`` lines add (date-restricted) codes.
``#`` starts a comment. Underscores join words; a trailing ``_`` means "do not
stem" and carries no meaning for us.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(\d{6}|\d{8})-(\d{6}|\d{8})$")


@dataclass
class Code:
    """One actor code, optionally restricted to a date range."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class Entry:
    """One dictionary entry: its phrase, synonyms and codes."""

    phrase: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    comment: str = ""
    file: str = ""
    line: int = 0

    @property
    def dated(self) -> bool:
        """Whether any code carries a date restriction (a sign of a person)."""
        return any(c.start is not None or c.end is not None for c in self.codes)


def parse_date(text: str) -> dt.date:
    """Parses YYMMDD (two-digit years <= 30 are 20xx) or YYYYMMDD."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    month = min(max(month, 1), 12)
    day = min(max(day, 1), 28 if month == 2 else 30)
    return dt.date(year, month, day)


def parse_code(raw: str) -> Code | None:
    """Parses the inside of ``[...]``: ``CODE``, ``CODE a-b``, ``CODE >a``, ``CODE <b``."""
    parts = raw.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code = Code(parts[0])
    if len(parts) > 1:
        restriction = "".join(parts[1:])
        try:
            if restriction.startswith(">"):
                code.start = parse_date(restriction[1:])
            elif restriction.startswith("<"):
                code.end = parse_date(restriction[1:])
            else:
                match = _DATE_RANGE.match(restriction)
                if match:
                    code.start = parse_date(match.group(1))
                    code.end = parse_date(match.group(2))
        except ValueError:
            pass
    return code


def phrase_text(raw: str) -> str:
    """Turns ``HAMID_KARZAI_`` into ``HAMID KARZAI``."""
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip()


def read_entries(path: Path) -> list[Entry]:
    """Reads every entry of one actor dictionary, in file order."""
    entries: list[Entry] = []
    current: Entry | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        body, _, comment = raw.partition("#")
        if not body.strip():
            continue
        codes = [c for c in (parse_code(m) for m in _CODE.findall(body)) if c]
        words = _CODE.sub(" ", body).strip()
        if raw[:1] in " \t" and not words.startswith("+"):
            if current is not None:
                current.codes.extend(codes)
            continue
        if words.startswith("+"):
            if current is None:
                continue
            # A few lines join two synonyms with '+'.
            current.synonyms.extend(phrase_text(p) for p in words.split("+") if phrase_text(p))
            current.codes.extend(codes)
            continue
        current = Entry(phrase_text(words), codes=codes, comment=comment.strip(),
                        file=path.name, line=number)
        entries.append(current)
    return [e for e in entries if e.phrase]
