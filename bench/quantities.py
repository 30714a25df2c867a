"""Speed of the quantities stage (and quotes, when registered) on one core.

Usage: python bench/quantities.py [CSV] [--limit N] [--stages quantities,quotes]

Reads the 10kGNAD test split (``label;'text'`` rows; column 2 is the text),
runs every configured stage before the first measured one once to prepare
(language given as German), then times the measured stages alone over the
prepared documents, best of three passes, in CPU seconds. Prints
sentences/s, documents/s, the number of quantities found and the peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from news import NEWS_CSV, read_news

from lagebild.pipeline import Analysis, Pipeline
from lagebild.registry import REGISTRY
from lagebild.service import make_document


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv", nargs="?", type=Path, default=NEWS_CSV)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--stages", default="quantities,quotes")
    args = parser.parse_args()
    import lagebild.stages  # noqa: F401  (registers the stages)

    wanted = set(args.stages.split(","))
    configured = Pipeline().stage_names
    measured = [name for name in configured if name in wanted]
    texts = read_news(args.csv, args.limit)
    # What the measured stages read comes from the configured stages before them.
    prepare = Pipeline.through(measured[0], include_last=False)
    pipeline = prepare
    start = time.perf_counter()
    prepared = [prepare.run(make_document(text, language="de")) for text in texts]
    prepare_seconds = time.perf_counter() - start
    sentences = sum(len(a.sentences) for a in prepared)
    specs = [REGISTRY.get(name) for name in measured]
    # Warm up (lexicons load once per process).
    for spec in specs:
        spec.func(prepared[0], pipeline.resources)
    best = float("inf")
    found = 0
    # CPU time of this process, so that other jobs on a shared machine do
    # not count; the pipeline is single-threaded.
    for _ in range(3):
        start = time.process_time()
        found = 0
        for analysis in prepared:
            result: Analysis = analysis
            for spec in specs:
                result = spec.func(result, pipeline.resources)
            found += len(result.quantities)
        best = min(best, time.process_time() - start)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(prepared)}  sentences: {sentences}  quantities: {found}")
    print(f"preparing ({', '.join(prepare.stage_names)}): "
          f"{sentences / prepare_seconds:,.0f} sentences/s")
    print(
        f"{' + '.join(measured)}: {best:.3f} s = {sentences / best:,.0f} sentences/s, "
        f"{len(prepared) / best:,.1f} documents/s (one core, CPU time, best of 3)"
    )
    print(f"peak RSS: {rss_mb:,.0f} MB")


if __name__ == "__main__":
    main()
