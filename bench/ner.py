"""Speed of the `ner` stage: sentences/s on one core, and peak RSS.

Reads the 10kGNAD test articles (../shared/data/news-de, CC BY-NC-SA: used
here only as benchmark input), runs the stages before `ner` untimed, then
times `ner` alone over every document.
Usage: python bench/ner.py [--limit N]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

from news import NEWS_CSV, read_news

from lagebild.pipeline import Pipeline
from lagebild.registry import REGISTRY
from lagebild.service import make_document


def _rss_mb() -> float:
    """Current resident set size in MB (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--data", type=Path, default=NEWS_CSV)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = read_news(args.data, args.limit)
    before = Pipeline.through("lemmas")
    analyses = [before.run(make_document(t, language="de")) for t in texts]
    ner = REGISTRY.get("ner").func
    resources = before.resources
    before_rss = _rss_mb()
    load_start = time.perf_counter()
    ner(analyses[0], resources)  # loads the model and lexicons
    load_seconds = time.perf_counter() - load_start
    load_rss = _rss_mb()
    sentences = sum(len(a.sentences) for a in analyses)
    tokens = sum(len(a.tokens) for a in analyses if a.tokens is not None)
    start = time.perf_counter()
    cpu_start = time.process_time()
    found = 0
    for analysis in analyses:
        found += len(ner(analysis, resources).ner)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(f"documents {len(analyses)}, sentences {sentences}, tokens {tokens}, "
          f"mentions {found}")
    print(f"ner stage: {seconds:.2f} s wall, {cpu:.2f} s CPU; "
          f"{sentences / seconds:,.0f} sentences/s wall, {sentences / cpu:,.0f} sentences/s CPU, "
          f"{tokens / cpu:,.0f} tokens/s CPU (one core, one pass, caches cold at start)")
    # Steady state: a long-running process has seen earlier news; warm the
    # caches on the first half of the documents (fresh process state above is
    # the cold figure), then time the second half.
    half = len(analyses) // 2
    fresh = Pipeline.through("lemmas")
    ner(analyses[0], fresh.resources)
    for analysis in analyses[:half]:
        ner(analysis, fresh.resources)
    rest = analyses[half:]
    rest_sentences = sum(len(a.sentences) for a in rest)
    cpu_start = time.process_time()
    for analysis in rest:
        ner(analysis, fresh.resources)
    cpu = time.process_time() - cpu_start
    print(f"steady state (second half after the first): "
          f"{rest_sentences / cpu:,.0f} sentences/s CPU")
    print(f"model + lexicons: loaded in {load_seconds:.1f} s, "
          f"+{load_rss - before_rss:,.0f} MB RSS; "
          f"peak RSS of the whole run {_rss_mb():,.0f} MB (it holds all {len(analyses)} "
          f"analysed documents and a second model copy for the steady-state run)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
