"""Registry of trainable models: ``lagebild train NAME``.

Each statistical component registers a trainer that reproduces the model we
ship from the data in ``../shared/data`` (or a path the user gives). Trainer
modules are imported on first lookup so that the CLI starts fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.registry import Catalog, Entry


@dataclass(frozen=True)
class TrainOptions:
    """Options every trainer receives."""

    data: Path | None = None
    out: Path | None = None
    seed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


TrainFunc = Callable[[TrainOptions], str]


TrainerSpec = Entry[TrainFunc]

# Trainer functions return a one-paragraph summary of what they built.
CATALOG: Catalog[TrainFunc] = Catalog(
    "model",
    (
        "lagebild.geo.build",
        "lagebild.quotes.training",
    ),
)
TRAINERS = CATALOG.entries
trainer = CATALOG.register
get_trainer = CATALOG.get
