"""The German news every benchmark reads: the 10kGNAD test split in ../shared/data/news-de.

10kGNAD is CC BY-NC-SA: it is read here for measurement only and never copied
into the repository.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

NEWS_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-de" / "10kgnad-test.csv"


def read_news(path: Path = NEWS_CSV, limit: int | None = None) -> list[str]:
    """Returns the article texts (the file is ``label;'text'`` per line), the first ``limit``."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'")
                 if len(row) > 1 and row[1].strip()]
    return texts[:limit] if limit else texts
