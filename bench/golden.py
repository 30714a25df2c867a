"""Golden output of the full pipeline, to show a speed change altered nothing.

Runs every configured stage over the first German news articles (10kGNAD test
split in ../shared, read for measurement only) and over the English gold
sentences (tests/gold/events-en.jsonl), and writes one canonical JSON line per
AnalysisResult (sorted keys). Record it before an optimisation, run it again
after, and compare the two files byte for byte:

    python bench/golden.py --out /tmp/golden-before.jsonl
    python bench/golden.py --out /tmp/golden-after.jsonl
    cmp /tmp/golden-before.jsonl /tmp/golden-after.jsonl

The news articles go through ``Pipeline.run_many`` (batches, as ingest runs
them) and the English sentences through ``Pipeline.run`` (one by one, as the
API runs them), so both paths are covered. The reference date is pinned so the
dump does not depend on the day it is made. The output file holds text from
../shared: write it outside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from news import NEWS_CSV, read_news

from lagebild.pipeline import Analysis, Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from lagebild.settings import load_settings

EN_GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "events-en.jsonl"


def canonical(analysis: Analysis) -> str:
    """One JSON line for an analysis: its public record, keys sorted."""
    record = analysis.to_result().model_dump(mode="json")
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where the dump goes")
    parser.add_argument("--data", type=Path, default=NEWS_CSV)
    parser.add_argument("--limit", type=int, default=300, help="German articles to run")
    parser.add_argument("--reference-date", default="2026-01-01",
                        help="pinned [time] reference_date")
    args = parser.parse_args()
    settings = load_settings().with_overrides(
        {"time": {"reference_date": args.reference_date}}
    )
    pipeline = Pipeline(resources=Resources(settings))
    lines: list[str] = []
    if args.data.exists():
        documents = (make_document(text) for text in read_news(args.data, args.limit))
        lines.extend(canonical(a) for a in pipeline.run_many(documents))
    else:
        print(f"German news skipped: {args.data} is absent (../shared/data/news-de)")
    with EN_GOLD.open(encoding="utf-8") as handle:
        for row in (json.loads(line) for line in handle if line.strip()):
            document = make_document(row["text"], language=row.get("lang"),
                                     published=row.get("dct"))
            lines.append(canonical(pipeline.run(document)))
    data = "\n".join(lines) + "\n"
    args.out.write_text(data, encoding="utf-8")
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]
    print(f"{len(lines)} analyses -> {args.out} (sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
