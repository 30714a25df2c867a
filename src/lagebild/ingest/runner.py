"""Ingesting a batch: read, skip duplicates, analyse, store, count.

The batch goes on past bad items; every bad item gets one line naming the
file (and line) and the reason, and the stats count them by reason.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from lagebild.errors import LagebildError
from lagebild.ingest.sources import Loaded, Rejected, expand_paths, read_path
from lagebild.model import AnalysisResult
from lagebild.pipeline import Pipeline
from lagebild.store.db import Store


@dataclass
class IngestStats:
    """What a batch did."""

    ingested: int = 0
    duplicates: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    stored: list[AnalysisResult] = field(default_factory=list)

    @property
    def rejected_total(self) -> int:
        """All rejected items, whatever the reason."""
        return sum(self.rejected.values())

    @property
    def nothing_read(self) -> bool:
        """True when no document could be read at all (an error for the CLI)."""
        return self.ingested == 0 and self.duplicates == 0


Reporter = Callable[[str], None]
Progress = Callable[[str], None]


def ingest_paths(
    paths: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    *,
    language: str | None = None,
    published: dt.date | None = None,
    report: Reporter = lambda line: None,
    file_done: Progress = lambda path: None,
    keep_results: bool = False,
) -> IngestStats:
    """Ingests every document under ``paths`` into ``store``.

    Args:
        paths: Files, directories, glob patterns or "-".
        store: Where documents are written, each in its own transaction.
        pipeline: The analysis pipeline.
        language: Language to assume instead of detecting it.
        published: Publication date to assume.
        report: Called with one line per rejected item or rejected document.
        file_done: Called after each input file (for progress bars).
        keep_results: Keep the stored analyses in the stats (for summaries).

    Returns:
        Counts of ingested, duplicate and rejected items (by reason).
    """
    stats = IngestStats()
    seen: set[str] = set()
    for entry in expand_paths(paths):
        if isinstance(entry, Rejected):
            stats.rejected[entry.reason] += 1
            report(str(entry.error))
            continue
        for item in read_path(entry, pipeline.settings, language=language, published=published):
            if isinstance(item, Rejected):
                stats.rejected[item.reason] += 1
                report(str(item.error))
                continue
            _ingest_one(item, store, pipeline, stats, seen, report, keep_results)
        file_done(entry)
    return stats


def _ingest_one(
    item: Loaded,
    store: Store,
    pipeline: Pipeline,
    stats: IngestStats,
    seen: set[str],
    report: Reporter,
    keep_results: bool,
) -> None:
    doc_id = item.document.id
    if doc_id in seen or store.has_document(doc_id):
        stats.duplicates += 1
        return
    seen.add(doc_id)
    try:
        result = pipeline.run(item.document).to_result()
    except LagebildError as exc:
        stats.rejected[exc.reason] += 1
        exc.path = item.origin
        report(str(exc))
        return
    if not store.save(result):
        stats.duplicates += 1
        return
    if result.status == "rejected":
        reason = result.rejection or "rejected"
        stats.rejected[reason.split(": ", 1)[-1]] += 1
        report(f"{item.origin}: {reason} (stored as rejected)")
        return
    stats.ingested += 1
    if keep_results:
        stats.stored.append(result)
