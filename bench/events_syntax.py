"""Syntax for event arguments: a trained spaCy parser versus lagebild's clause reader.

Measures, on one core, how many sentences per CPU second each option handles on
real German news (10kGNAD test split, ../shared/data/news-de; benchmark use
only), given the tokens the pipeline already has:

* ``parser``: a spaCy pipeline (tok2vec + tagger + morphologizer + parser) trained
  on UD German GSD dev + PUD (CC BY-SA) with ``spacy train`` (the config and the
  accuracy on GSD test are printed by spaCy; pass the trained model with --model);
* ``reader``: :class:`lagebild.events.clauses.Reader` (word classes, clauses,
  chunks), i.e. what the events stage does instead of parsing.

    python bench/events_syntax.py --model /tmp/events-syntax/out/model-best
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

from news import NEWS_CSV, read_news

from lagebild.events.clauses import Reader, SentenceView
from lagebild.events.lexicon import read_lexicon
from lagebild.pipeline import Pipeline
from lagebild.service import make_document


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="a trained spaCy pipeline directory")
    parser.add_argument("--limit", type=int, default=200, help="articles to read")
    args = parser.parse_args()
    if not NEWS_CSV.exists():
        print(f"skipped: {NEWS_CSV} is absent")
        return 0
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = read_news(NEWS_CSV, args.limit)
    base = Pipeline(["language", "sentences", "tokens", "lemmas"])
    analyses = [base.run(make_document(t, language="de")) for t in texts]
    sentences = []
    for analysis in analyses:
        assert analysis.tokens is not None
        lemmas = analysis.lemmas
        for sent in analysis.tokens.sents:
            words = [t.text for t in sent]
            sentences.append((words, [lemmas[t.i] for t in sent], [t.idx for t in sent]))
    print(f"sentences:  {len(sentences)} from {len(texts)} articles")

    reader = Reader(read_lexicon("de"))
    started = time.process_time()
    for words, lemmas, starts in sentences:
        view = SentenceView("de", 0, words, [w.lower() for w in words],
                            [lemma.lower() for lemma in lemmas], starts,
                            [s + len(w) for s, w in zip(starts, words, strict=True)],
                            noun_lemma=[lemma[:1].isupper() for lemma in lemmas])
        reader.classify(view)
        for clause in reader.clauses(view):
            reader.chunk(view, clause, set())
    seconds = time.process_time() - started
    print(f"reader:     {len(sentences) / seconds:,.0f} sentences per CPU second "
          "(every sentence; the stage reads only sentences with a trigger word)")

    if args.model is not None:
        import spacy
        from spacy.tokens import Doc

        nlp = spacy.load(args.model)
        docs = [Doc(nlp.vocab, words=words) for words, _, _ in sentences]
        started = time.process_time()
        for doc in nlp.pipe(docs, batch_size=256):
            _ = doc[0].dep_
        seconds = time.process_time() - started
        print(f"parser:     {len(sentences) / seconds:,.0f} sentences per CPU second "
              f"({', '.join(nlp.pipe_names)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
