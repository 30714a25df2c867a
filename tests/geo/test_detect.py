"""Place detection details that the pipeline tests cannot pin (entity spans from a model)."""

from __future__ import annotations

import pytest

from lagebild.geo.detect import Mention, _mark_entities
from lagebild.model import EntityMention

TEXT = "Gefechte nahe Deir ez-Zor."
LOCATIVES = frozenset({"in", "nahe"})


def mention() -> Mention:
    start = TEXT.index("Deir")
    end = start + len("Deir ez-Zor")
    return Mention(start=start, end=end, text=TEXT[start:end], sentence=0, first_word=2,
                   last_word=4, candidates=())


@pytest.mark.parametrize(
    ("entity_text", "source", "label"),
    [
        ("nahe Deir ez-Zor", "model", None),  # the model swallowed the preposition
        ("Deir ez-Zor", "model", "OTH"),
        ("nahe Deir ez-Zor", "rule", "OTH"),  # a rule's span is deliberate
        # a model span running over a locative is two things, not one name
        ("Gefechte nahe Deir ez-Zor", "model", None),
        ("Gefechte nahe Deir ez-Zor", "rule", "OTH"),
    ],
)
def test_a_model_span_opening_with_a_lowercase_word_is_ignored(
    entity_text: str, source: str, label: str | None
) -> None:
    start = TEXT.index(entity_text)
    entity = EntityMention(doc_id="d", text=entity_text, start=start,
                           end=start + len(entity_text), label="OTH", source=source)
    m = mention()
    _mark_entities([m], [entity], LOCATIVES)
    assert m.entity_label == label
