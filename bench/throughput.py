"""Pipeline throughput over real German news (10kGNAD test split, ../shared/data/news-de).

Prints documents/s, sentences/s and tokens/s on one core, and peak RSS.
Ingest here means what `lagebild ingest` does before storing: decoding,
normalising and hashing the text into a Document. Resource loading is timed
separately (it happens once per process).

    python bench/throughput.py                 # the stages in settings
    python bench/throughput.py --stages language,sentences,tokens,lemmas
    python bench/throughput.py --store         # also write to a SQLite file
    python bench/throughput.py --batch 1       # document by document, no batches
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from news import NEWS_CSV, read_news

from lagebild.pipeline import Pipeline
from lagebild.service import make_document


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=NEWS_CSV)
    parser.add_argument("--stages", help="comma-separated stage names (default: settings)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the data")
    parser.add_argument("--store", action="store_true", help="also store in a temp SQLite db")
    parser.add_argument("--batch", type=int, default=64,
                        help="documents per batch (1: document by document)")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} is absent (../shared/data/news-de)")
        return 0
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    # UTF-8 bytes, as ingest reads them from files: decoding is part of the timed work.
    raw = [text.encode("utf-8") for text in read_news(args.data, args.limit)]
    stages = args.stages.split(",") if args.stages else None
    started = time.perf_counter()
    pipeline = Pipeline(stages)
    # Warm up: load every resource once, outside the timed loop.
    pipeline.run(make_document(raw[0].decode("utf-8")))
    load_seconds = time.perf_counter() - started
    store = None
    if args.store:
        from lagebild.store import open_store

        store = open_store(str(Path(tempfile.mkdtemp()) / "bench.db"))
    docs = sentences = tokens = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for _ in range(args.repeat):
        documents = (make_document(data.decode("utf-8")) for data in raw)
        # As `lagebild ingest` does: batches of documents, stage by stage.
        for analysis in pipeline.run_many(documents, batch_size=args.batch):
            docs += 1
            sentences += len(analysis.sentences)
            tokens += len(analysis.tokens) if analysis.tokens is not None else 0
            if store is not None:
                store.save(analysis.to_result())
    seconds = time.perf_counter() - started
    # CPU seconds of this (single-threaded) process: the per-core rate even
    # when other processes share the machine.
    cpu = time.process_time() - cpu_started
    print(f"stages:        {', '.join(pipeline.stage_names)}" + ("  + store" if store else ""))
    print(f"data:          {args.data.name}: {docs} documents, {sentences} sentences, "
          f"{tokens} tokens")
    print(f"load:          {load_seconds:.2f} s (once per process)")
    print(f"time:          {seconds:.2f} s wall, {cpu:.2f} s CPU")
    print(f"documents/s:   {docs / cpu:,.0f} per CPU second ({docs / seconds:,.0f} wall)")
    print(f"sentences/s:   {sentences / cpu:,.0f} per CPU second ({sentences / seconds:,.0f} wall)")
    print(f"tokens/s:      {tokens / cpu:,.0f} per CPU second ({tokens / seconds:,.0f} wall)")
    print(f"peak RSS:      {peak_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
