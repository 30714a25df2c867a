"""The stage registry: pipeline stages registered by name.

A stage declares what it ``requires`` (fields of :class:`~lagebild.pipeline.Analysis`
that earlier stages must have filled) and what it ``assigns`` (the fields it
fills). The pipeline checks the order at start-up and checks after every call
that a stage changed nothing it did not declare. Modelled on spaCy's
``Language.component`` with ``requires``/``assigns``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from lagebild.errors import Code, LagebildError, PipelineConfigError

if TYPE_CHECKING:
    from lagebild.pipeline import Analysis
    from lagebild.resources import Resources

StageFunc = Callable[["Analysis", "Resources"], "Analysis"]


@dataclass(frozen=True)
class StageSpec:
    """A registered stage."""

    name: str
    func: StageFunc
    requires: frozenset[str]
    assigns: frozenset[str]
    doc: str


class Registry:
    """Maps stage names to stage functions."""

    def __init__(self) -> None:
        self._stages: dict[str, StageSpec] = {}

    def stage(
        self,
        name: str,
        *,
        requires: Iterable[str] = (),
        assigns: Iterable[str],
    ) -> Callable[[StageFunc], StageFunc]:
        """Registers a stage function under ``name``.

        Args:
            name: The name used in settings and error messages.
            requires: Analysis fields the stage reads that earlier stages fill.
            assigns: Analysis fields the stage fills.

        Returns:
            A decorator that registers the function and returns it unchanged.

        Raises:
            PipelineConfigError: When the name is taken by another function.
        """

        def register(func: StageFunc) -> StageFunc:
            existing = self._stages.get(name)
            if existing is not None and existing.func.__qualname__ != func.__qualname__:
                raise PipelineConfigError(
                    Code.PIPELINE_ORDER, f"stage name '{name}' is registered twice"
                )
            self._stages[name] = StageSpec(
                name=name,
                func=func,
                requires=frozenset(requires),
                assigns=frozenset(assigns),
                doc=(func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else "",
            )
            return func

        return register

    def get(self, name: str) -> StageSpec:
        """Returns the stage registered under ``name``.

        Raises:
            PipelineConfigError: Naming the known stages when ``name`` is unknown.
        """
        try:
            return self._stages[name]
        except KeyError:
            known = ", ".join(sorted(self._stages))
            raise PipelineConfigError(
                Code.UNKNOWN_STAGE, f"unknown stage '{name}'; known stages: {known}"
            ) from None

    def names(self) -> list[str]:
        """Returns the names of all registered stages, sorted."""
        return sorted(self._stages)


REGISTRY = Registry()
stage = REGISTRY.stage


F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class Entry(Generic[F]):
    """A named, documented function in a :class:`Catalog`."""

    name: str
    func: F
    help: str


class Catalog(Generic[F]):
    """Named functions registered by decorator (evaluation tasks, trainers).

    The modules that register the built-in entries are imported on the first
    lookup, so that `lagebild --help` does not pay for them.
    """

    def __init__(self, kind: str, modules: Sequence[str]) -> None:
        self.kind = kind
        self.modules = tuple(modules)
        self.entries: dict[str, Entry[F]] = {}

    def register(self, name: str, help: str) -> Callable[[F], F]:
        """Returns a decorator registering a function under ``name``."""

        def decorate(func: F) -> F:
            self.entries[name] = Entry(name, func, help)
            return func

        return decorate

    def get(self, name: str) -> Entry[F]:
        """Returns the entry registered under ``name``.

        Raises:
            LagebildError: Naming the known entries when ``name`` is unknown.
        """
        for module in self.modules:
            importlib.import_module(module)
        if name not in self.entries:
            known = ", ".join(sorted(self.entries)) or "none"
            raise LagebildError(Code.USAGE, f"unknown {self.kind} '{name}'; known: {known}")
        return self.entries[name]
