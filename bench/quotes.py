"""Speed of the ``quotes`` stage on real German news (10kGNAD test split).

Usage: .venv/bin/python bench/quotes.py [CSV] [--limit N] [--stages quotes,quantities]

Runs language, sentences, tokens, lemmas and entities first (not timed), then times the
given stages (default: quotes) over every article, one core, and prints
sentences per second (by wall clock, and by the CPU time of this process,
which is what counts on a machine shared with other jobs) and the peak
resident memory of the process.
10kGNAD is CC BY-NC-SA: used here as a benchmark only, never shipped.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from news import NEWS_CSV, read_news

from lagebild.pipeline import Analysis, Pipeline
from lagebild.registry import REGISTRY
from lagebild.service import make_document

PREPARE = ("language", "sentences", "tokens", "lemmas", "entities")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=NEWS_CSV)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--stages", default="quotes")
    args = parser.parse_args()
    if not args.csv.exists():
        sys.exit(f"{args.csv} not found (../shared/data/news-de)")
    timed = [s for s in args.stages.split(",") if s]
    pipeline = Pipeline(list(PREPARE) + timed)
    specs = [REGISTRY.get(name) for name in timed]
    texts = read_news(args.csv, args.limit)
    prepared: list[Analysis] = []
    prepare = Pipeline(list(PREPARE), resources=pipeline.resources)
    for text in texts:
        analysis = prepare.run(make_document(text, language="de"))
        if analysis.rejection is None:
            prepared.append(analysis)
    # Warm up: load lexicons and models outside the timed loop.
    for spec in specs:
        spec.func(prepared[0], pipeline.resources)
    sentences = sum(len(a.sentences) for a in prepared)
    started = time.perf_counter()
    cpu_started = time.process_time()
    counts = {name: 0 for name in ("quotes", "attributions", "quantities")}
    for analysis in prepared:
        for spec in specs:
            analysis = spec.func(analysis, pipeline.resources)
        counts["quotes"] += len(analysis.quotes)
        counts["attributions"] += len(analysis.attributions)
        counts["quantities"] += len(analysis.quantities)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stages: {', '.join(timed)}")
    print(f"articles: {len(prepared)}  sentences: {sentences}")
    print(f"wall: {seconds:.2f} s  cpu: {cpu_seconds:.2f} s (the machine may be shared)")
    print(f"sentences/s (wall): {sentences / seconds:,.0f}")
    print(f"sentences/s (cpu):  {sentences / cpu_seconds:,.0f}")
    print(f"found: {counts}")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
