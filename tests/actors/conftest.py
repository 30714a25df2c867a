"""Fixtures the knowledge-base coverage tests share."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer, load_gazetteer
from lagebild.actors.kb import KnowledgeBase, load_kb
from lagebild.resources import Resources


@pytest.fixture(scope="module")
def kb(resources: Resources) -> KnowledgeBase:
    return resources.load(load_kb, "")


@pytest.fixture(scope="module")
def gazetteers(resources: Resources) -> dict[str, Gazetteer]:
    return {lang: load_gazetteer(resources, lang) for lang in ("de", "en")}
