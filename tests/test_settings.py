"""Packaged defaults and user overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import SettingsError
from lagebild.settings import load_settings


def test_defaults_ship_with_the_package() -> None:
    settings = load_settings(None)
    assert settings.get("language", "supported") == ["de", "en"]
    assert settings.get("ingest", "max_bytes") == 5_000_000


def test_user_file_overrides_only_what_it_names(tmp_path: Path) -> None:
    user = tmp_path / "lagebild.toml"
    user.write_text("[ingest]\nmax_bytes = 1000\n", encoding="utf-8")
    settings = load_settings(user)
    assert settings.get("ingest", "max_bytes") == 1000
    assert settings.get("ingest", "min_chars") == 1
    assert settings.get("language", "supported") == ["de", "en"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[ingest]\nmax_byte = 1\n", "unknown setting 'ingest.max_byte'"),
        ("[nosuch]\nx = 1\n", "unknown setting 'nosuch'"),
        ("ingest = 3\n", "'ingest' must be a table"),
        ("[ingest\n", "invalid TOML"),
    ],
)
def test_bad_user_file_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    user = tmp_path / "bad.toml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_settings(user)
    assert message in str(info.value)
    assert str(user) in str(info.value)
    assert "\n" not in str(info.value)
