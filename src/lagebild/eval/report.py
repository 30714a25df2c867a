"""Printing evaluation reports as Rich tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from lagebild.eval.core import EvalReport


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def print_report(report: EvalReport, console: Console) -> None:
    """Prints each table of the report, then its counts and notes."""
    console.print(f"[bold]{report.task}[/bold] on {report.data}")
    for name, rows in report.tables.items():
        table = Table(title=name, title_justify="left")
        has_prf = any(row.f1 is not None for row in rows)
        has_value = any(row.value is not None for row in rows)
        table.add_column("")
        if has_prf:
            for column in ("P", "R", "F1"):
                table.add_column(column, justify="right")
        if has_value:
            table.add_column("value", justify="right")
        table.add_column("support", justify="right")
        for row in rows:
            cells = [row.name]
            if has_prf:
                cells += [_fmt(row.precision), _fmt(row.recall), _fmt(row.f1)]
            if has_value:
                cells.append(_fmt(row.value))
            cells.append("" if row.support is None else str(row.support))
            table.add_row(*cells)
        console.print(table)
    if report.counts:
        console.print("  ".join(f"{k}={v}" for k, v in report.counts.items()))
    for note in report.notes:
        console.print(f"note: {note}")
