"""Shared fixtures. Tests mirror the package layout (tests/text, tests/stages, ...)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lagebild.pipeline import Pipeline
from lagebild.resources import Resources

REPO = Path(__file__).resolve().parent.parent
SHARED = (REPO.parent / "shared").resolve()
SEED = SHARED / "seeds" / "000_314be27e401e192b.txt"
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """Returns a path under ../shared, skipping the test (with the reason) when absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared/ holds the public corpora; see README)")
    return path


@pytest.fixture(scope="session")
def resources() -> Resources:
    """One resource cache for the whole test session (models load once)."""
    return Resources()


@pytest.fixture(scope="session")
def pipeline(resources: Resources) -> Pipeline:
    """The default pipeline from the packaged settings."""
    return Pipeline(resources=resources)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The German wire report in ../shared/seeds (skipped when absent)."""
    return shared_path("seeds", SEED.name).read_text(encoding="utf-8")


@pytest.fixture()
def tmp_db(tmp_path: Path) -> Iterator[str]:
    """A fresh SQLite database URL in a temporary folder."""
    yield f"sqlite:///{tmp_path / 'test.db'}"
