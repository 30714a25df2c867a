"""The Phoenix dictionary reader used by tools/build_kb.py."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
from phoenix import parse_code, parse_date, read_entries


@pytest.mark.parametrize(
    ("text", "expected"),
    [("011222", dt.date(2001, 12, 22)), ("320101", dt.date(1932, 1, 1)),
     ("20041207", dt.date(2004, 12, 7)), ("300615", dt.date(2030, 6, 15))],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_parse_code() -> None:
    code = parse_code("AFGGOV 790916-791227")
    assert code is not None
    assert (code.code, code.start, code.end) == ("AFGGOV", dt.date(1979, 9, 16),
                                                 dt.date(1979, 12, 27))
    opened = parse_code("AFGGOV >011222")
    assert opened is not None and opened.start == dt.date(2001, 12, 22) and opened.end is None
    assert parse_code("---") is None


def test_read_entries(tmp_path: Path) -> None:
    path = tmp_path / "x.actors.txt"
    path.write_text(
        "# comment\nHAMID_KARZAI_  # CountryInfo.txt\n+KARZAI_\n\t[AFGGOV >011222]\n\t[AFGELI]\n"
        "ISRAEL_  [ISR]\n+STATE_OF_ISRAEL\n",
        encoding="utf-8",
    )
    entries = read_entries(path)
    assert [e.phrase for e in entries] == ["HAMID KARZAI", "ISRAEL"]
    assert entries[0].synonyms == ["KARZAI"] and entries[0].dated
    assert [c.code for c in entries[0].codes] == ["AFGGOV", "AFGELI"]
    assert entries[1].synonyms == ["STATE OF ISRAEL"] and not entries[1].dated
