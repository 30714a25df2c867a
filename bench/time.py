"""Speed of the ``time`` stage on German news (10kGNAD test split), one core.

Prepares every article up to the time stage (language given, tokens,
sentences), then times the time stage alone, and separately the recognizer
alone, and prints sentences per second. Publication dates are not given, so
publication-date inference runs on every article.

    .venv/bin/python bench/time.py [--data PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from news import NEWS_CSV, read_news

from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from lagebild.stages.time import tag_times
from lagebild.timex.recognize import load_recognizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=NEWS_CSV)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} is absent")
        return
    texts = read_news(args.data, args.limit)
    resources = Resources()
    prefix = Pipeline.through("tokens", resources=resources)
    analyses = [prefix.run(make_document(t, language="de")) for t in texts]
    sentences = sum(len(a.sentences) for a in analyses)
    recognizer = resources.load(load_recognizer, "de")
    tag_times(analyses[0], resources)  # warm-up: builds the grammar

    began = time.perf_counter()
    found = sum(len(recognizer.find(a.text)) for a in analyses)
    recognize_s = time.perf_counter() - began

    began = time.perf_counter()
    results = [tag_times(a, resources) for a in analyses]
    stage_s = time.perf_counter() - began

    times = sum(len(r.times) for r in results)
    inferred = sum(1 for r in results if r.published_source == "inferred")
    print(f"articles: {len(texts)}  sentences: {sentences}  expressions: {times} "
          f"(recognizer: {found})  publication dates inferred: {inferred}")
    print(f"recognizer alone: {recognize_s:.2f} s = {sentences / recognize_s:,.0f} sentences/s")
    print(f"time stage:       {stage_s:.2f} s = {sentences / stage_s:,.0f} sentences/s")


if __name__ == "__main__":
    main()
