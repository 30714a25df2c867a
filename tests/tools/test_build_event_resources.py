"""The event resources in the package are what tools/build_event_resources.py makes.

They are derived from public dictionaries in ../shared/data (conversions with
lagebild's changes, never copies); rebuilding them must give the same bytes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, shared_path

RESOURCES = REPO / "src" / "lagebild" / "resources"


def test_build_is_reproducible(tmp_path: Path) -> None:
    shared = shared_path("data", "dictionaries-en").parents[1]
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "build_event_resources.py"),
         "--shared", str(shared), "--out", str(tmp_path)],
        check=True, capture_output=True,
    )
    for name in ("events/cameo2plover.tsv", "en/cameo_verbs.tsv", "en/event_agents.tsv"):
        assert (tmp_path / name).read_bytes() == (RESOURCES / name).read_bytes(), name
