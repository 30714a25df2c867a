"""Speed of the ``places`` stage and memory of the gazetteer.

Usage: python bench/geo.py [--limit N] [--data PATH]

Reads German news articles from 10kGNAD (``../shared/data/news-de``, CC BY-NC-SA:
used here as benchmark text only), runs the stages before ``places`` outside
the timer, then times the ``places`` stage alone on one core and reports
sentences per second. Memory is the growth of the resident set size when the
gazetteer is built in a fresh process (target: at most 150 MB).
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time
from pathlib import Path

from news import NEWS_CSV, read_news

REPO = Path(__file__).resolve().parent.parent

_MEMORY_PROBE = """
import gc
def rss():
    with open('/proc/self/statm') as handle:
        return int(handle.read().split()[1]) * 4096 / 1e6
import lagebild.geo.gazetteer as gazetteer
gc.collect()
before = rss()
gaz = gazetteer.build_gazetteer()
gc.collect()
print(round(rss() - before, 1), len(gaz), len(gaz.index))
"""


def gazetteer_memory() -> tuple[float, int, int]:
    """RSS growth (MB), entries and index keys, measured in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=NEWS_CSV)
    parser.add_argument("--limit", type=int, default=None, help="articles to read")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} is absent (../shared holds the benchmark corpora)")

    memory, entries, keys = gazetteer_memory()
    print(
        f"gazetteer: {entries:,} entries, {keys:,} name keys, "
        f"RSS +{memory:.1f} MB (target <= 150)"
    )

    from lagebild.geo.gazetteer import load_gazetteer
    from lagebild.pipeline import Pipeline
    from lagebild.registry import REGISTRY
    from lagebild.resources import Resources
    from lagebild.service import make_document

    resources = Resources()
    before = Pipeline.through("lemmas", resources=resources)
    places = REGISTRY.get("places").func
    texts = read_news(args.data, args.limit)
    analyses = [before.run(make_document(text, language="de")) for text in texts]
    sentences = sum(len(a.sentences) for a in analyses)
    start = time.perf_counter()
    places(analyses[0], resources)  # loads the gazetteer and cue words outside the timer
    # The romanisation index is built on first use, once per process: also outside the timer.
    resources.load(load_gazetteer).romanised_candidates("warm-up", "de")
    load = time.perf_counter() - start

    gc.collect()
    gc.disable()
    start = time.perf_counter()
    cpu_start = time.process_time()
    found = 0
    for analysis in analyses:
        found += len(places(analysis, resources).places)
    cpu = time.process_time() - cpu_start
    elapsed = time.perf_counter() - start
    gc.enable()
    # CPU time is what one core spends; wall time also counts waiting for a busy machine.
    print(
        f"places stage: {len(analyses):,} articles, {sentences:,} sentences, {found:,} places; "
        f"{sentences / cpu:,.0f} sentences/s of CPU time on one core "
        f"({sentences / elapsed:,.0f}/s wall clock; target >= 5,000); "
        f"first call incl. loading {load:.2f} s"
    )


if __name__ == "__main__":
    main()
