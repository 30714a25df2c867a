"""`lagebild serve`: options, token from the environment, clear errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.store import open_store


def test_serve_passes_host_port_and_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    db = tmp_path / "x.db"
    open_store(str(db)).close()
    seen: dict[str, Any] = {}

    def fake_run(web_app: Any, host: str, port: int, **_: Any) -> None:
        seen.update(app=web_app, host=host, port=port)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8123"],
                                env={"LAGEBILD_WRITE_TOKEN": "t0k"})
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert seen["app"].state.write_token == "t0k"
    result = CliRunner().invoke(app, ["serve", "--db", str(db)],
                                env={"LAGEBILD_WRITE_TOKEN": None})
    assert seen["app"].state.write_token is None


def test_serve_without_database_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no such database" in result.output
    assert not (tmp_path / "none.db").exists()
