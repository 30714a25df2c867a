"""Benchmark: entity detection and linking over German news (one core).

Usage: python bench/entities.py [--data ../shared/data/news-de/10kgnad-test.csv] [--limit N]

Runs the text stages (language given, tokens, sentences, lemmas) and then
times the ``entities`` and ``roles`` stages on their own; prints sentences
per second for entities + linking, for entities + roles, for the whole run,
the one-off load time of the knowledge base and gazetteers (with one
warm-up document), and peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from news import NEWS_CSV, read_news

from lagebild.actors.gazetteer import load_gazetteer
from lagebild.actors.lexicon import load_lexicon
from lagebild.pipeline import Pipeline
from lagebild.service import make_document
from lagebild.settings import load_settings
from lagebild.stages.entities import find_entities, text_stages
from lagebild.stages.roles import find_roles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=NEWS_CSV)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    texts = read_news(args.data, args.limit)
    pipeline = Pipeline(stages=text_stages(load_settings()))
    resources = pipeline.resources
    started = time.perf_counter()
    resources.load(load_gazetteer, "de")
    resources.load(load_lexicon, "de")
    # Linking consults the place gazetteer lazily; one warm-up document keeps
    # that one-off load out of the per-sentence figures.
    if texts:
        find_roles(find_entities(pipeline.run(make_document(texts[0], language="de")), resources),
                   resources)
    load_seconds = time.perf_counter() - started

    sentences = mentions = roles = 0
    entity_seconds = role_seconds = text_seconds = 0.0
    for text in texts:
        t0 = time.perf_counter()
        analysis = pipeline.run(make_document(text, language="de"))
        t1 = time.perf_counter()
        analysis = find_entities(analysis, resources)
        t2 = time.perf_counter()
        analysis = find_roles(analysis, resources)
        t3 = time.perf_counter()
        text_seconds += t1 - t0
        entity_seconds += t2 - t1
        role_seconds += t3 - t2
        sentences += len(analysis.sentences)
        mentions += len(analysis.entities)
        roles += len(analysis.roles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(texts)}  sentences: {sentences}  mentions: {mentions}  roles: {roles}")
    print(f"knowledge base, gazetteers and matchers load (once per process): {load_seconds:.2f} s")
    print(f"entities + linking: {sentences / entity_seconds:,.0f} sentences/s")
    print(f"entities + linking + roles: {sentences / (entity_seconds + role_seconds):,.0f} "
          "sentences/s")
    total = text_seconds + entity_seconds + role_seconds
    print(f"with tokens, sentences, lemmas: {sentences / total:,.0f} sentences/s")
    print(f"peak RSS: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
