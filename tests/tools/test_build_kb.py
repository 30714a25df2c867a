"""The curated-file readers of tools/build_kb.py: names added to existing entries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
from build_kb import GENERIC, NAME, SHORT, Builder


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_additions_extend_a_curated_entry(tmp_path: Path) -> None:
    builder = Builder()
    builder.load_organisations(write(
        tmp_path / "orgs.yaml",
        "- {name: Example Party (Ruritania), type: party, code: RURPTY, aliases_en: [EPR]}\n",
    ))
    builder.load_additions(write(
        tmp_path / "more.yaml",
        "- {name: Example Party (Ruritania), aliases_de: [Beispielpartei],"
        " generic_en: [Examples], short: [Example]}\n",
    ))
    actor = builder.by_name["example party (ruritania)"]
    aliases = {(a.kind, a.lang, a.text) for a in actor.aliases}
    assert (NAME, "de", "Beispielpartei") in aliases
    assert (GENERIC, "en", "Examples") in aliases
    assert (SHORT, "*", "Example") in aliases
    assert (NAME, "en", "EPR") in aliases


def test_additions_for_an_unknown_entry_fail(tmp_path: Path) -> None:
    builder = Builder()
    with pytest.raises(SystemExit, match="no curated entry named 'Nowhere Party'"):
        builder.load_additions(write(tmp_path / "more.yaml",
                                     "- {name: Nowhere Party, aliases: [NP]}\n"))
