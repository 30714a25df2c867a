"""Exporting stored records as JSON Lines, CSV or Parquet.

Events are exported flat (one row per event, actors joined by "; ") for CSV
and Parquet, and with their full nested record for JSON Lines, always with
the document id and character offsets so every row stays traceable.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from lagebild.errors import Code, LagebildError
from lagebild.store.db import EventFilter, Store

EVENT_COLUMNS = [
    "doc_id", "id", "type", "mode", "cameo", "day", "date_value", "sources", "source_ids",
    "targets", "target_ids", "location_name", "geonames_id", "latitude", "longitude",
    "country_code", "modality", "reported_by", "confidence", "evidence_start", "evidence_end",
    "evidence_text", "title", "source",
]


def _event_rows(store: Store) -> Iterator[dict[str, Any]]:
    texts: dict[str, str] = {}
    for row in store.events(EventFilter()):
        record = row["record"]
        doc_id = row["doc_id"]
        if doc_id not in texts:
            result = store.result(doc_id)
            texts[doc_id] = result.document.text if result else ""
        flat = {k: v for k, v in row.items() if k != "record"}
        flat["sources"] = "; ".join(a["name"] for a in record["sources"])
        flat["source_ids"] = "; ".join(a.get("kb_id") or "" for a in record["sources"])
        flat["targets"] = "; ".join(a["name"] for a in record["targets"])
        flat["target_ids"] = "; ".join(a.get("kb_id") or "" for a in record["targets"])
        flat["evidence_text"] = texts[doc_id][row["evidence_start"]:row["evidence_end"]]
        flat["record"] = record
        yield flat


def _rows(store: Store, what: str) -> Iterator[Mapping[str, Any]]:
    if what == "events":
        return _event_rows(store)
    return store.table_rows(what)


@contextmanager
def _open_output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise LagebildError(Code.USAGE, f"cannot write: {exc.strerror}", path=str(path)) from exc
    with handle:
        yield handle


def export_records(store: Store, what: str, fmt: str, output: Path | None) -> int:
    """Writes records of one kind to ``output`` (stdout when None).

    Args:
        store: The database.
        what: "events", "documents" (full analyses, JSON Lines only) or a
            record table name (entities, times, quantities, quotes, roles, sentences).
        fmt: "jsonl", "csv" or "parquet".
        output: The file; required for Parquet.

    Returns:
        The number of rows written.
    """
    if what == "documents":
        if fmt != "jsonl":
            raise LagebildError(Code.USAGE, "documents export only as --format jsonl")
        count = 0
        with _open_output(output) as handle:
            for result in store.iter_results():
                handle.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
                count += 1
        return count
    rows = list(_rows(store, what))
    if fmt == "jsonl":
        with _open_output(output) as handle:
            for row in rows:
                handle.write(json.dumps(dict(row), ensure_ascii=False, default=str) + "\n")
        return len(rows)
    columns = EVENT_COLUMNS if what == "events" else (list(rows[0].keys()) if rows else [])
    flat = [{c: row.get(c) for c in columns} for row in rows]
    if fmt == "csv":
        with _open_output(output) as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(flat)
        return len(flat)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert output is not None
        table = pa.Table.from_pylist(flat) if flat else pa.table({c: [] for c in columns})
        pq.write_table(table, output)
        return len(flat)
    raise LagebildError(Code.USAGE, f"unknown export format '{fmt}'")
