"""Registry of trainable models: ``lagebild train NAME``.

Each statistical component registers a trainer that reproduces the model we
ship from the data in ``../shared/data`` (or a path the user gives). Trainer
modules are imported on first lookup so that the CLI starts fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.errors import Code, LagebildError


@dataclass(frozen=True)
class TrainOptions:
    """Options every trainer receives."""

    data: Path | None = None
    out: Path | None = None
    seed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


TrainFunc = Callable[[TrainOptions], str]


@dataclass(frozen=True)
class TrainerSpec:
    """A registered trainer; ``func`` returns a one-paragraph summary."""

    name: str
    func: TrainFunc
    help: str


TRAINERS: dict[str, TrainerSpec] = {}

TRAINER_MODULES: Sequence[str] = ("lagebild.geo.build",)


def trainer(name: str, help: str) -> Callable[[TrainFunc], TrainFunc]:
    """Registers a trainer under ``name``."""

    def register(func: TrainFunc) -> TrainFunc:
        TRAINERS[name] = TrainerSpec(name, func, help)
        return func

    return register


def get_trainer(name: str) -> TrainerSpec:
    """Returns the trainer registered under ``name``.

    Raises:
        LagebildError: Naming the known trainers when ``name`` is unknown.
    """
    for module in TRAINER_MODULES:
        importlib.import_module(module)
    if name not in TRAINERS:
        known = ", ".join(sorted(TRAINERS)) or "none"
        raise LagebildError(Code.USAGE, f"unknown model '{name}'; known: {known}")
    return TRAINERS[name]
