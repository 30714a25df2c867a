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
from lagebild.pipeline import Analysis, Pipeline
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
    pending = _Pending(store, pipeline, stats, report, file_done, keep_results)
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
            doc_id = item.document.id
            if doc_id in seen or store.has_document(doc_id):
                stats.duplicates += 1
                continue
            seen.add(doc_id)
            pending.add(item)
        pending.file_read(entry)
    pending.flush()
    return stats


# Documents analysed together, stage by stage (Pipeline.run_batch is faster
# than one document at a time). Each is still stored in its own transaction.
BATCH_SIZE = 64


class _Pending:
    """Documents read but not yet analysed, and the files they came from."""

    def __init__(
        self,
        store: Store,
        pipeline: Pipeline,
        stats: IngestStats,
        report: Reporter,
        file_done: Progress,
        keep_results: bool,
    ) -> None:
        self.store = store
        self.pipeline = pipeline
        self.stats = stats
        self.report = report
        self.file_done = file_done
        self.keep_results = keep_results
        self.items: list[Loaded] = []
        self.files: list[str] = []

    def add(self, item: Loaded) -> None:
        """Queues a document; a full batch is analysed and stored at once."""
        self.items.append(item)
        if len(self.items) >= BATCH_SIZE:
            self.flush()

    def file_read(self, path: str) -> None:
        """Reports a file as done once all its documents are stored."""
        self.files.append(path)
        if not self.items:
            self.flush()

    def flush(self) -> None:
        """Analyses and stores the queued documents, then reports their files done."""
        results = self.pipeline.run_batch([item.document for item in self.items])
        for item, result in zip(self.items, results, strict=True):
            self._store(item, result)
        self.items = []
        for path in self.files:
            self.file_done(path)
        self.files = []

    def _store(self, item: Loaded, analysis: Analysis | LagebildError) -> None:
        stats = self.stats
        if isinstance(analysis, LagebildError):
            stats.rejected[analysis.reason] += 1
            analysis.path = item.origin
            self.report(str(analysis))
            return
        result = analysis.to_result()
        if not self.store.save(result):
            stats.duplicates += 1
            return
        if result.status == "rejected":
            reason = result.rejection or "rejected"
            stats.rejected[reason.split(": ", 1)[-1]] += 1
            self.report(f"{item.origin}: {reason} (stored as rejected)")
            return
        stats.ingested += 1
        if self.keep_results:
            stats.stored.append(result)
