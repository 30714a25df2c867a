"""Evaluation: shared span matching, P/R/F1 and a registry of tasks.

``lagebild eval TASK --data PATH`` looks TASK up in :data:`TASKS`. Each task
module registers itself with :func:`task`; importing :mod:`lagebild.eval.tasks`
registers the built-in ones.
"""

from lagebild.eval.core import (
    TASKS,
    EvalOptions,
    EvalReport,
    LabeledSpan,
    Metrics,
    ScoreRow,
    get_task,
    score_spans,
    task,
)

__all__ = [
    "TASKS",
    "EvalOptions",
    "EvalReport",
    "LabeledSpan",
    "Metrics",
    "ScoreRow",
    "get_task",
    "score_spans",
    "task",
]
