"""The stage registry and the pipeline runner."""

from __future__ import annotations

import gc

import pytest

from lagebild.errors import PipelineConfigError, StageError
from lagebild.pipeline import Analysis, Pipeline
from lagebild.registry import Registry
from lagebild.resources import Resources
from lagebild.service import make_document


def _registry() -> Registry:
    registry = Registry()

    @registry.stage("first", assigns=("language",))
    def first(analysis: Analysis, resources: Resources) -> Analysis:
        return analysis.replace(language="de")

    @registry.stage("needs_language", requires=("language",), assigns=("lemmas",))
    def needs_language(analysis: Analysis, resources: Resources) -> Analysis:
        return analysis.replace(lemmas=("x",))

    @registry.stage("broken", requires=("language",), assigns=("lemmas",))
    def broken(analysis: Analysis, resources: Resources) -> Analysis:
        raise ValueError("boom")

    @registry.stage("sneaky", assigns=("lemmas",))
    def sneaky(analysis: Analysis, resources: Resources) -> Analysis:
        return analysis.replace(lemmas=("x",), language="en")

    @registry.stage("rejecting", assigns=("rejection",))
    def rejecting(analysis: Analysis, resources: Resources) -> Analysis:
        return analysis.replace(rejection="no")

    return registry


def test_order_is_checked_at_start_up(resources: Resources) -> None:
    with pytest.raises(PipelineConfigError, match="'needs_language' requires language"):
        Pipeline(["needs_language", "first"], resources=resources, registry=_registry())


def test_unknown_stage_lists_known_ones(resources: Resources) -> None:
    with pytest.raises(PipelineConfigError, match="unknown stage 'nope'; known stages: broken"):
        Pipeline(["nope"], resources=resources, registry=_registry())


def test_failing_stage_is_named_with_document(resources: Resources) -> None:
    pipeline = Pipeline(["first", "broken"], resources=resources, registry=_registry())
    document = make_document("Ein Text.", source="report.txt")
    with pytest.raises(StageError) as info:
        pipeline.run(document)
    message = str(info.value)
    assert "stage 'broken' failed on document " + document.id in message
    assert message.startswith("report.txt: ")
    assert "ValueError: boom" in message


def test_stage_may_not_change_undeclared_fields(resources: Resources) -> None:
    pipeline = Pipeline(["sneaky"], resources=resources, registry=_registry())
    with pytest.raises(StageError, match="changed undeclared fields: language"):
        pipeline.run(make_document("Text."))


def test_rejection_stops_the_pipeline(resources: Resources) -> None:
    pipeline = Pipeline(["rejecting", "first"], resources=resources, registry=_registry())
    analysis = pipeline.run(make_document("Text."))
    assert analysis.rejection == "no" and analysis.language is None


def test_default_pipeline_runs_the_configured_stages(pipeline: Pipeline) -> None:
    assert pipeline.stage_names[:4] == ["language", "sentences", "tokens", "lemmas"]


def test_resources_load_once(resources: Resources) -> None:
    calls: list[str] = []

    def loader(res: Resources, language: str) -> list[str]:
        calls.append(language)
        return [language]

    first = resources.load(loader, "de")
    assert resources.load(loader, "de") is first
    assert calls == ["de"]


def test_a_batch_gives_what_single_runs_give(pipeline: Pipeline) -> None:
    texts = [
        "Die Polizei nahm am Montag in Leipzig drei Männer fest.",
        "The army said on Tuesday that 12 soldiers were killed near Kharkiv.",
        "Bonjour tout le monde, ceci est un texte en français.",
    ]
    documents = [make_document(text) for text in texts]
    batch = pipeline.run_batch(documents)
    for document, result in zip(documents, batch, strict=True):
        assert isinstance(result, Analysis)
        assert result.to_result() == pipeline.run(document).to_result()
    assert [a.language for a in pipeline.run_many(documents, batch_size=2)] == ["de", "en", "fr"]


def test_an_error_in_a_batch_stops_only_its_document(resources: Resources) -> None:
    registry = Registry()

    @registry.stage("fragile", assigns=("language",))
    def fragile(analysis: Analysis, res: Resources) -> Analysis:
        if "kaputt" in analysis.text:
            raise ValueError("cannot read this")
        return analysis.replace(language="de")

    pipeline = Pipeline(["fragile"], resources=resources, registry=registry)
    results = pipeline.run_batch([make_document("gut"), make_document("kaputt"),
                                  make_document("auch gut")])
    assert isinstance(results[1], StageError) and "fragile" in str(results[1])
    assert [r.language for r in (results[0], results[2]) if isinstance(r, Analysis)] == ["de", "de"]


@pytest.mark.parametrize("enabled_before", [True, False])
@pytest.mark.parametrize("fails", [False, True])
def test_batches_pause_the_collector_and_leave_it_as_found(
    resources: Resources, enabled_before: bool, fails: bool
) -> None:
    registry = Registry()
    seen: list[bool] = []

    @registry.stage("probe", assigns=("language",))
    def probe(analysis: Analysis, res: Resources) -> Analysis:
        seen.append(gc.isenabled())
        if fails:
            raise ValueError("cannot read this")
        return analysis.replace(language="de")

    pipeline = Pipeline(["probe"], resources=resources, registry=registry)
    was = gc.isenabled()
    (gc.enable if enabled_before else gc.disable)()
    try:
        results = pipeline.run_batch([make_document("eins"), make_document("zwei")])
        after = gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False]
    assert all(isinstance(r, StageError) for r in results) is fails
    assert after is enabled_before


def test_single_runs_leave_the_collector_alone(resources: Resources) -> None:
    """Single runs may overlap in the API's threads: the process-wide switch stays untouched."""
    registry = Registry()
    seen: list[bool] = []

    @registry.stage("probe", assigns=("language",))
    def probe(analysis: Analysis, res: Resources) -> Analysis:
        seen.append(gc.isenabled())
        return analysis.replace(language="de")

    assert gc.isenabled()
    Pipeline(["probe"], resources=resources, registry=registry).run(make_document("drei"))
    assert seen == [True]


def test_replace_copies_with_changes_and_rejects_unknown_fields() -> None:
    document = make_document("Hallo Welt.")
    before = Analysis(document=document, language="de", extras={"k": 1})
    after = before.replace(lemmas=("hallo",), rejection="no")
    assert (after.lemmas, after.rejection, after.language) == (("hallo",), "no", "de")
    assert after.extras is before.extras and after.document is document
    assert (before.lemmas, before.rejection) == ((), None)
    assert after == Analysis(document=document, language="de", extras={"k": 1},
                             lemmas=("hallo",), rejection="no")
    with pytest.raises(TypeError, match="speling"):
        before.replace(speling="x")
    with pytest.raises(AttributeError):
        after.language = "en"  # type: ignore[misc]
