"""Runs registered stages in order over documents.

The state passed from stage to stage is an immutable :class:`Analysis`. A
stage returns a new Analysis with the fields it declared in ``assigns``
filled; the runner checks that it touched nothing else, and when a stage
raises, re-raises naming the stage and the document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from lagebild.errors import Code, LagebildError, PipelineConfigError, StageError
from lagebild.model import (
    AnalysisResult,
    Attribution,
    Document,
    EntityMention,
    Event,
    Place,
    PublishedSource,
    Quantity,
    Quote,
    Role,
    Sentence,
    Span,
    TimeExpr,
)
from lagebild.registry import REGISTRY, Registry, StageSpec
from lagebild.resources import Resources
from lagebild.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Analysis:
    """The state of one document as it moves through the pipeline.

    Fields other than ``document`` start empty and are filled by the stages
    that declare them in ``assigns``. ``rejection`` set by a stage stops the
    pipeline for this document (e.g. an unsupported language).
    """

    document: Document
    language: str | None = None
    rejection: str | None = None
    # Publication date as the pipeline resolved it: given or from metadata
    # (copied from the document), or inferred from the text by a stage.
    published: dt.date | None = None
    published_source: PublishedSource | None = None
    published_evidence: tuple[Span, ...] = ()
    # Probability of an inferred ``published`` (None when given or unknown).
    published_confidence: float | None = None
    tokens: Doc | None = None
    lemmas: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    ner: tuple[EntityMention, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    roles: tuple[Role, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    # Who each reported sentence or clause is attributed to (stage "quotes").
    attributions: tuple[Attribution, ...] = ()
    # Stage outputs that are not part of the public record shape (e.g.
    # attribution spans an events stage reads), keyed by the stage's name.
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The document text."""
        return self.document.text

    def replace(self, **changes: Any) -> Analysis:
        """Returns a copy with ``changes`` applied.

        Raises:
            TypeError: When a change names no field (as ``dataclasses.replace``).
        """
        unknown = changes.keys() - ANALYSIS_FIELDS
        if unknown:
            raise TypeError(f"Analysis has no field(s) {', '.join(sorted(unknown))}")
        # A shallow copy of the fields, as dataclasses.replace makes, without
        # re-running __init__ over all twenty fields (a tenth of the time).
        copy = object.__new__(Analysis)
        fields = copy.__dict__
        fields.update(self.__dict__)
        fields.update(changes)
        return copy

    def to_result(self) -> AnalysisResult:
        """Returns the public record shape (the JSON of `lagebild analyze`)."""
        document = self.document
        updates: dict[str, Any] = {}
        if self.language is not None and document.language != self.language:
            updates["language"] = self.language
        if document.published is None and self.published is not None:
            updates["published"] = self.published
            updates["published_source"] = self.published_source
            if self.published_source == "inferred":
                updates["published_confidence"] = self.published_confidence
                updates["published_evidence"] = list(self.published_evidence)
        if updates:
            document = document.model_copy(update=updates)
        return AnalysisResult(
            document=document,
            status="rejected" if self.rejection else "ok",
            rejection=self.rejection,
            sentences=list(self.sentences),
            entities=list(self.entities),
            roles=list(self.roles),
            times=list(self.times),
            quantities=list(self.quantities),
            quotes=list(self.quotes),
            events=list(self.events),
            places=list(self.places),
            attributions=list(self.attributions),
        )


ANALYSIS_FIELDS = frozenset(f.name for f in dataclasses.fields(Analysis))
# Available before any stage runs.
INITIAL_FIELDS = frozenset({"document", "published", "published_source"})


def _check_order(specs: Sequence[StageSpec]) -> None:
    available = set(INITIAL_FIELDS)
    for spec in specs:
        unknown = spec.assigns - ANALYSIS_FIELDS
        if unknown:
            raise PipelineConfigError(
                Code.PIPELINE_ORDER,
                f"stage '{spec.name}' assigns unknown fields: {', '.join(sorted(unknown))}",
            )
        missing = spec.requires - available
        if missing:
            raise PipelineConfigError(
                Code.PIPELINE_ORDER,
                f"stage '{spec.name}' requires {', '.join(sorted(missing))}, "
                "which no earlier stage assigns",
            )
        available |= spec.assigns


def _changed_fields(before: Analysis, after: Analysis) -> set[str]:
    return {
        name
        for name in ANALYSIS_FIELDS
        if getattr(before, name) is not getattr(after, name)
    }


class Pipeline:
    """An ordered, validated list of stages plus the resources they share."""

    def __init__(
        self,
        stages: Sequence[str] | None = None,
        *,
        settings: Settings | None = None,
        resources: Resources | None = None,
        registry: Registry = REGISTRY,
    ) -> None:
        """Builds a pipeline and checks its stage order.

        Args:
            stages: Stage names in order; defaults to ``[pipeline] stages`` in settings.
            settings: Settings; defaults to the packaged defaults plus the user file.
            resources: A shared resource cache; a new one is made when None.
            registry: Where stage names are looked up.

        Raises:
            PipelineConfigError: When a stage is unknown or its requirements are
                not met by the stages before it.
        """
        # Importing the package registers every built-in stage.
        import lagebild.stages  # noqa: F401

        if resources is None:
            resources = Resources(settings)
        self.resources = resources
        self.settings = resources.settings
        names = list(stages) if stages is not None else list(
            self.settings.get("pipeline", "stages")
        )
        self.specs = [registry.get(name) for name in names]
        _check_order(self.specs)

    @classmethod
    def through(
        cls,
        last: str,
        *,
        settings: Settings | None = None,
        resources: Resources | None = None,
        include_last: bool = True,
    ) -> Pipeline:
        """Returns the configured pipeline cut after (or before) one stage.

        Evaluations and benchmarks use it to run only what a component needs,
        in the configured order, without repeating the stage list.

        Args:
            last: The name of the last stage to keep.
            settings: As for the constructor.
            resources: As for the constructor.
            include_last: When False, ``last`` itself is left out.

        Raises:
            PipelineConfigError: When ``last`` is not in the configured stages.
        """
        if resources is None:
            resources = Resources(settings)
        names = list(resources.settings.get("pipeline", "stages"))
        if last not in names:
            raise PipelineConfigError(
                Code.UNKNOWN_STAGE,
                f"stage '{last}' is not in the configured stages: {', '.join(names)}",
            )
        cut = names.index(last) + (1 if include_last else 0)
        return cls(names[:cut], resources=resources)

    @property
    def stage_names(self) -> list[str]:
        """The names of the stages, in order."""
        return [spec.name for spec in self.specs]

    def run(self, document: Document) -> Analysis:
        """Runs every stage over one document.

        Args:
            document: The document to analyse.

        Returns:
            The final Analysis; ``rejection`` is set when a stage rejected the
            document, in which case later stages did not run.

        Raises:
            StageError: When a stage raises an unexpected exception; it names
                the stage and the document.
        """
        analysis = _start(document)
        for spec in self.specs:
            analysis = self._step(spec, analysis)
            if analysis.rejection is not None:
                break
        return analysis

    def run_batch(self, documents: Sequence[Document]) -> list[Analysis | LagebildError]:
        """Runs every stage over a batch of documents, stage by stage.

        Each stage runs over the whole batch before the next one starts. A
        stage's lexicons and models then stay in the processor's caches,
        which makes a corpus about a tenth faster than document by document
        (bench/throughput.py). The analyses are the same as :meth:`run`'s.

        Args:
            documents: The documents, in order.

        Returns:
            One entry per document, in order: its final Analysis, or the
            error that stopped it (other documents are not affected).
        """
        results: list[Analysis | LagebildError] = [_start(d) for d in documents]
        with collector_paused():
            for spec in self.specs:
                for index, analysis in enumerate(results):
                    if isinstance(analysis, LagebildError) or analysis.rejection is not None:
                        continue
                    try:
                        results[index] = self._step(spec, analysis)
                    except LagebildError as exc:
                        results[index] = exc
        return results

    def run_many(self, documents: Iterable[Document], batch_size: int = 64) -> Iterator[Analysis]:
        """Runs the pipeline over many documents in batches (see :meth:`run_batch`).

        Raises:
            LagebildError: The first error of a document, as :meth:`run` would.
        """
        for batch in _batches(documents, batch_size):
            for result in self.run_batch(batch):
                if isinstance(result, LagebildError):
                    raise result
                yield result

    def _step(self, spec: StageSpec, analysis: Analysis) -> Analysis:
        """Runs one stage; errors name the stage and the document."""
        document = analysis.document
        try:
            result = spec.func(analysis, self.resources)
        except LagebildError as exc:
            if exc.path is None:
                exc.path = document.source
            raise
        except Exception as exc:
            raise StageError(spec.name, document.id, exc, path=document.source) from exc
        stray = _changed_fields(analysis, result) - spec.assigns
        if stray:
            raise StageError(
                spec.name,
                document.id,
                RuntimeError(f"changed undeclared fields: {', '.join(sorted(stray))}"),
                path=document.source,
            )
        return result


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pauses Python's cyclic garbage collector while the stages run.

    The stages allocate many short-lived objects and hardly any reference
    cycles (about 40 cyclic objects per document), yet the collector's
    generational passes, which also walk the long-lived lexicons and models,
    took a tenth of the pipeline's CPU time (bench/throughput.py). Memory is
    still freed by reference counting during the pause; the few cycles are
    collected after it. The collector is switched back on only if it was on,
    so nested runs leave it as they found it.

    The switch is process-wide, and two threads pausing at once could leave it
    off for good (one reads "off" while the other has paused, then pauses
    after the other resumed). Only :meth:`Pipeline.run_batch` pauses: bulk
    work (ingest, Spark workers, benchmarks) runs it in one thread, while
    :meth:`Pipeline.run`, which ``analyze()`` and the API's worker threads
    call concurrently, leaves the collector alone.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def _start(document: Document) -> Analysis:
    return Analysis(
        document=document,
        published=document.published,
        published_source=document.published_source,
    )
