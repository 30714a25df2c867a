"""Resource file reading: YAML words stay words."""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import pytest

from lagebild.resources import parse_yaml


@pytest.mark.parametrize("word", ["no", "No", "NO", "off", "on", "yes", "Y", "n"])
def test_yaml_1_1_boolean_words_are_strings(word: str) -> None:
    assert parse_yaml(f"codes: [{word}]\nname: {word}\n") == {"codes": [word], "name": word}


@pytest.mark.parametrize(
    ("text", "value"), [("true", True), ("False", False), ("3", 3), ("2.5", 2.5), ("~", None)]
)
def test_other_scalars(text: str, value: Any) -> None:
    assert parse_yaml(f"x: {text}")["x"] == value


def _packaged_yaml() -> list[Path]:
    root = Path(str(importlib_resources.files("lagebild").joinpath("resources")))
    return sorted(root.rglob("*.yaml"))


@pytest.mark.parametrize("path", _packaged_yaml(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_packaged_word_lists_hold_no_accidental_booleans(path: Path) -> None:
    """A boolean inside a list is a word that YAML 1.1 would have eaten."""
    data = parse_yaml(path.read_text(encoding="utf-8"))
    lists = [value for value in _leaves_with_lists(data) if isinstance(value, list)]
    assert not [item for items in lists for item in items if isinstance(item, bool)]


def _leaves_with_lists(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [found for value in node.values() for found in _leaves_with_lists(value)]
    if isinstance(node, list):
        return [node, *(found for value in node for found in _leaves_with_lists(value))]
    return []
