"""The ``lagebild`` command line (Typer + Rich).

Errors a user can cause print one line naming the file (and line) and the
reason, and exit non-zero; tracebacks are for bugs only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from lagebild import __version__
from lagebild.errors import Code, LagebildError
from lagebild.model import AnalysisResult

app = typer.Typer(
    name="lagebild",
    help="Turn German and English news reports into verifiable event records.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DEFAULT_DB = "lagebild.db"
F = TypeVar("F", bound=Callable[..., Any])


class OutputFormat(StrEnum):
    """Formats for listings."""

    table = "table"
    csv = "csv"
    json = "json"


class AnalyzeFormat(StrEnum):
    """Formats for `lagebild analyze`."""

    json = "json"
    table = "table"


class ExportFormat(StrEnum):
    """Formats for `lagebild export`."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Genre(StrEnum):
    """How relative dates are anchored."""

    auto = "auto"
    news = "news"
    narrative = "narrative"


DbOption = Annotated[
    str,
    typer.Option("--db", help="Database: a SQLite file path or an SQLAlchemy URL."),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file overriding the packaged defaults."),
]


def fail(message: str, code: int = 2) -> None:
    """Prints one error line to stderr and exits."""
    err.print(f"lagebild: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def run_guarded(action: Callable[[], None]) -> None:
    """Runs a command body, turning lagebild errors into one-line messages."""
    try:
        action()
    except LagebildError as exc:
        fail(str(exc))
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly.
        sys.stderr.close()
        raise typer.Exit(0) from None


def _settings(config: Path | None, genre: Genre | None = None) -> Any:
    from lagebild.settings import load_settings

    settings = load_settings(config)
    if genre is not None and genre is not Genre.auto and "time" in settings.data:
        settings = settings.with_overrides({"time": {"genre": genre.value}})
    return settings


def _pipeline(config: Path | None, genre: Genre | None = None) -> Any:
    from lagebild.pipeline import Pipeline

    return Pipeline(settings=_settings(config, genre))


def _parse_day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"error {Code.USAGE.value}: {option} must be a date YYYY-MM-DD, got {value!r}")
    return None


def version_callback(value: bool) -> None:
    """Prints the version and exits."""
    if value:
        out.print(f"lagebild {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Turn German and English news reports into verifiable event records."""


# analyze ---------------------------------------------------------------------


@app.command()
def analyze(
    file: Annotated[
        str, typer.Argument(help="A text, HTML or JSONL file, or - for standard input.")
    ],
    output_format: Annotated[
        AnalyzeFormat, typer.Option("--format", "-f", help="json (default) or a readable table.")
    ] = AnalyzeFormat.json,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language (de, en) instead of detecting it.")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="Publication date YYYY-MM-DD (anchors 'gestern' etc.)."),
    ] = None,
    genre: Annotated[
        Genre, typer.Option("--genre", help="Anchor relative dates as news or narrative.")
    ] = Genre.auto,
    config: ConfigOption = None,
) -> None:
    """Analyse one report and print its records (JSON by default)."""

    def body() -> None:
        from lagebild.ingest import Loaded, read_path

        published = _parse_day(date, "--date")
        pipeline = _pipeline(config, genre)
        results = []
        for item in read_path(file, pipeline.settings, language=lang, published=published):
            if not isinstance(item, Loaded):
                raise item.error
            results.append(pipeline.run(item.document).to_result())
        if output_format is AnalyzeFormat.json:
            payload: Any = results[0].model_dump(mode="json") if len(results) == 1 else [
                r.model_dump(mode="json") for r in results
            ]
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        else:
            for result in results:
                print_result_tables(result)

    run_guarded(body)


def print_result_tables(result: AnalysisResult) -> None:
    """Prints one analysis as readable tables."""
    doc = result.document
    out.print(
        f"[bold]{doc.title or doc.source or doc.id}[/bold]  language={doc.language} "
        f"published={doc.published} ({doc.published_source})  sentences={len(result.sentences)}"
    )
    if result.status == "rejected":
        out.print(f"[red]rejected:[/red] {result.rejection}")
        return
    sections: list[tuple[str, list[str], Iterable[list[str]]]] = [
        ("Entities", ["text", "label", "kb_id", "name", "at"],
         ([e.text, e.label, e.kb_id or "", e.name or "", f"{e.start}-{e.end}"]
          for e in result.entities)),
        ("Roles", ["person", "role", "organization", "at"],
         ([r.person, r.role, r.organization or "", f"{r.start}-{r.end}"] for r in result.roles)),
        ("Times", ["text", "value", "type", "at"],
         ([t.text, t.value or "", t.type, f"{t.start}-{t.end}"] for t in result.times)),
        ("Quantities", ["text", "value", "low", "high", "bound", "category", "thing"],
         ([q.text, _num(q.value), _num(q.low), _num(q.high), q.bound or "", q.category or "",
           q.thing or ""] for q in result.quantities)),
        ("Quotes", ["kind", "speaker", "cue", "text"],
         ([q.kind, q.speaker.text if q.speaker else "", q.cue.text if q.cue else "",
           q.text[:80]] for q in result.quotes)),
        ("Events", ["type", "mode", "sources", "targets", "date", "modality", "evidence"],
         ([e.type, e.mode or "", ", ".join(a.name for a in e.sources),
           ", ".join(a.name for a in e.targets), e.date.value or "" if e.date else "",
           e.modality, doc.text[e.evidence.start:e.evidence.end][:60]] for e in result.events)),
    ]
    for title, columns, rows in sections:
        materialised = list(rows)
        if not materialised:
            continue
        table = Table(title=title, title_justify="left")
        for column in columns:
            table.add_column(column)
        for row in materialised:
            table.add_row(*row)
        out.print(table)


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


# ingest ----------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs or -.")],
    db: DbOption = DEFAULT_DB,
    lang: Annotated[str | None, typer.Option("--lang", help="Assume this language.")] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Assume this publication date YYYY-MM-DD.")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit non-zero when any item is rejected.")
    ] = False,
    summary: Annotated[
        bool, typer.Option("--summary/--no-summary", help="Print a table of what was found.")
    ] = True,
    config: ConfigOption = None,
) -> None:
    """Read reports into the database (idempotent: the same content is stored once)."""

    def body() -> None:
        from lagebild.ingest.runner import ingest_paths
        from lagebild.ingest.sources import expand_paths
        from lagebild.store import open_store

        published = _parse_day(date, "--date")
        store = open_store(db)
        pipeline = _pipeline(config)
        files = [p for p in expand_paths(paths) if isinstance(p, str)]
        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("ingesting", total=len(files))
            stats = ingest_paths(
                paths,
                store,
                pipeline,
                language=lang,
                published=published,
                report=lambda line: progress.console.print(line, markup=False, highlight=False),
                file_done=lambda path: progress.advance(task),
                keep_results=summary,
            )
        if summary and stats.stored:
            print_ingest_summary(stats.stored)
        counts = Table(title="Ingest", title_justify="left", show_header=False)
        counts.add_row("ingested", str(stats.ingested))
        counts.add_row("duplicates", str(stats.duplicates))
        for reason, n in sorted(stats.rejected.items()):
            counts.add_row(f"rejected: {reason}", str(n))
        counts.add_row("database", store.url)
        err.print(counts)
        if stats.nothing_read:
            fail(f"error {Code.EMPTY.value}: nothing could be read from {' '.join(paths)}", 1)
        if strict and stats.rejected_total:
            raise typer.Exit(1)

    run_guarded(body)


def print_ingest_summary(results: list[AnalysisResult]) -> None:
    """Prints what was found per document (and totals)."""
    table = Table(title="What was found", title_justify="left")
    table.add_column("document", overflow="ellipsis", no_wrap=True, max_width=22)
    table.add_column("lang", no_wrap=True, min_width=4)
    table.add_column("published", no_wrap=True, min_width=10)
    for column in ("sent", "entities", "times", "counts", "quotes", "events"):
        table.add_column(column, justify="right", no_wrap=True, min_width=len(column))
    totals = [0] * 6
    for result in results:
        doc = result.document
        numbers = [len(result.sentences), len(result.entities), len(result.times),
                   len(result.quantities), len(result.quotes), len(result.events)]
        totals = [a + b for a, b in zip(totals, numbers, strict=True)]
        if len(results) <= 50:
            name = Path(doc.source).name if doc.source else doc.id[:12]
            table.add_row(name, doc.language or "", str(doc.published or ""),
                          *[str(n) for n in numbers])
    table.add_row("[bold]total[/bold]", "", "", *[f"[bold]{n}[/bold]" for n in totals])
    out.print(table)


# listings --------------------------------------------------------------------


def _emit_rows(rows: Sequence[Mapping[str, Any]], columns: list[str], fmt: OutputFormat,
               title: str) -> None:
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps([dict(r) for r in rows], ensure_ascii=False, indent=2,
                                    default=str) + "\n")
    elif fmt is OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c)) for c in columns})
        sys.stdout.write(buffer.getvalue())
    else:
        table = Table(title=title, title_justify="left")
        for column in columns:
            table.add_column(column)
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in columns])
        out.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@app.command()
def documents(
    db: DbOption = DEFAULT_DB,
    status: Annotated[
        str | None, typer.Option("--status", help="Only 'ok' or 'rejected' documents.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """List stored documents."""

    def body() -> None:
        from lagebild.store import open_store

        rows = open_store(db, create=False).documents(status=status, limit=limit)
        columns = ["id", "language", "published", "published_source", "status", "title",
                   "source", "chars"]
        if status == "rejected" or any(r["status"] == "rejected" for r in rows):
            columns.append("rejection")
        _emit_rows(rows, columns, output_format, f"Documents ({len(rows)})")

    run_guarded(body)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor knowledge-base id or name.")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this day YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this day YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """List stored events, filtered by type, actor and date."""

    def body() -> None:
        from lagebild.store import open_store
        from lagebild.store.db import EventFilter

        start = _parse_day(since, "--since")
        end = _parse_day(until, "--until")
        rows = open_store(db, create=False).events(
            EventFilter(
                type=event_type,
                actor=actor,
                since=start.isoformat() if start else None,
                until=end.isoformat() if end else None,
                limit=limit,
            )
        )
        flat = [_flatten_event(r) for r in rows]
        columns = ["day", "type", "mode", "sources", "targets", "location_name", "modality",
                   "reported_by", "confidence", "doc_id"]
        if output_format is OutputFormat.json:
            columns = list(flat[0].keys()) if flat else columns
        _emit_rows(flat, columns, output_format, f"Events ({len(flat)})")

    run_guarded(body)


def _flatten_event(row: Mapping[str, Any]) -> dict[str, Any]:
    record = row["record"]
    flat = {k: v for k, v in row.items() if k != "record"}
    flat["sources"] = "; ".join(a["name"] for a in record.get("sources", []))
    flat["targets"] = "; ".join(a["name"] for a in record.get("targets", []))
    return flat


@app.command()
def export(
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    db: DbOption = DEFAULT_DB,
    what: Annotated[
        str,
        typer.Option("--what", help="events, documents (full records, jsonl only), entities, "
                     "times, quantities, quotes, roles, sentences."),
    ] = "events",
    output: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (default: standard output).")
    ] = None,
) -> None:
    """Export stored records as JSON Lines, CSV or Parquet."""

    def body() -> None:
        from lagebild.export import export_records
        from lagebild.store import open_store

        store = open_store(db, create=False)
        if output_format is ExportFormat.parquet and output is None:
            fail(f"error {Code.USAGE.value}: --format parquet needs --out FILE")
        written = export_records(store, what, output_format.value, output)
        if output is not None:
            err.print(f"wrote {written} {what} to {output}")

    run_guarded(body)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the `lagebild analyze` output."""
    from lagebild.model import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


# serve -------------------------------------------------------------------------


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (only this machine by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    write_token: Annotated[
        str | None,
        typer.Option("--write-token", envvar="LAGEBILD_WRITE_TOKEN", show_default=False,
                     help="Allow storing through POST /api/v1/analyze with this Bearer token "
                     "(read-only without)."),
    ] = None,
) -> None:
    """Serve the REST API (/api/v1) and the web UI (/) over a database."""

    def body() -> None:
        import uvicorn

        from lagebild.api import create_app

        web_app = create_app(db, write_token=write_token, create=False)
        mode = "read-write (token)" if write_token else "read-only"
        err.print(f"lagebild: serving {db} ({mode}) at http://{host}:{port}/", markup=False,
                  highlight=False)
        uvicorn.run(web_app, host=host, port=port, log_level="warning")

    run_guarded(body)


# eval and train ----------------------------------------------------------------


@app.command(name="eval")
def evaluate(
    task: Annotated[str, typer.Argument(help="What to evaluate, e.g. sentences, ner, time.")],
    data: Annotated[Path, typer.Option("--data", help="Gold data (file or folder).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="Write predictions here (if supported).")
    ] = None,
    genre: Annotated[
        Genre | None, typer.Option("--genre", help="Force news or narrative anchoring.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Evaluate the first N.")
    ] = None,
    settings: Annotated[
        list[str] | None,
        typer.Option("--set", help="Task option KEY=VALUE, e.g. negatives=FILE (repeatable)."),
    ] = None,
) -> None:
    """Score a component against gold data (P/R/F1, accuracy)."""

    def body() -> None:
        from lagebild.eval import EvalOptions, get_task
        from lagebild.eval.report import print_report

        spec = get_task(task)
        extra: dict[str, str] = {}
        for item in settings or []:
            key, sep, value = item.partition("=")
            if not sep or not key:
                fail(f"error {Code.USAGE.value}: --set takes KEY=VALUE, got {item!r}")
            extra[key.strip()] = value.strip()
        report = spec.func(
            EvalOptions(
                data=data,
                predictions=predictions,
                genre=genre.value if genre is not None else None,
                limit=limit,
                extra=extra,
            )
        )
        if as_json:
            sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
        else:
            print_report(report, out)

    run_guarded(body)


@app.command()
def train(
    name: Annotated[str, typer.Argument(help="Which model to train, e.g. ner.")],
    data: Annotated[Path | None, typer.Option("--data", help="Training data folder.")] = None,
    output: Annotated[Path | None, typer.Option("--out", help="Where to write the model.")] = None,
    seed: Annotated[int, typer.Option("--seed")] = 0,
) -> None:
    """Train a statistical component from the data it ships with."""

    def body() -> None:
        from lagebild.training import TrainOptions, get_trainer

        summary = get_trainer(name).func(TrainOptions(data=data, out=output, seed=seed))
        out.print(summary)

    run_guarded(body)


def main() -> None:
    """Entry point of the `lagebild` console script."""
    app()


if __name__ == "__main__":
    main()
