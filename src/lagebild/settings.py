"""Settings: defaults shipped in the package, overridden by a user file.

The defaults live in ``settings.toml`` next to this module. A user file
overrides only the keys it names; an unknown key is an error rather than a
silent no-op, so typos are caught.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lagebild.errors import Code, SettingsError

ENV_VAR = "LAGEBILD_CONFIG"
USER_FILE = "lagebild.toml"


def _defaults() -> dict[str, Any]:
    text = resources.files("lagebild").joinpath("settings.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], override: dict[str, Any], path: str, where: str) -> None:
    for key, value in override.items():
        dotted = f"{where}.{key}" if where else key
        if key not in base:
            raise SettingsError(Code.SETTINGS, f"unknown setting '{dotted}'", path=path)
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise SettingsError(Code.SETTINGS, f"'{dotted}' must be a table", path=path)
            _merge(base[key], value, path, dotted)
        else:
            base[key] = value


@dataclass(frozen=True)
class Settings:
    """Resolved settings: the packaged defaults plus the user's overrides."""

    data: dict[str, Any]
    source: str | None = None

    def section(self, name: str) -> dict[str, Any]:
        """Returns one section (a TOML table) of the settings.

        Args:
            name: The section name, e.g. ``"pipeline"``.

        Raises:
            SettingsError: When the section does not exist.
        """
        value = self.data.get(name)
        if not isinstance(value, dict):
            raise SettingsError(Code.SETTINGS, f"no settings section '{name}'")
        return value

    def get(self, section: str, key: str) -> Any:
        """Returns one value, e.g. ``settings.get("ingest", "max_bytes")``."""
        return self.section(section)[key]

    def with_overrides(self, overrides: dict[str, Any]) -> Settings:
        """Returns a copy with ``overrides`` (same nesting as the file) applied."""
        data = _deep_copy(self.data)
        _merge(data, overrides, "<overrides>", "")
        return Settings(data, self.source)


def _deep_copy(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _deep_copy(v) if isinstance(v, dict) else v for k, v in data.items()}


def load_settings(path: str | Path | None = None) -> Settings:
    """Loads the packaged defaults and applies a user file over them.

    Args:
        path: The user file. When None, ``$LAGEBILD_CONFIG`` is used, else
            ``lagebild.toml`` in the working directory if it exists.

    Returns:
        The resolved settings.

    Raises:
        SettingsError: When the user file cannot be read or names unknown keys.
    """
    data = _defaults()
    chosen: Path | None = None
    if path is not None:
        chosen = Path(path)
    elif os.environ.get(ENV_VAR):
        chosen = Path(os.environ[ENV_VAR])
    elif Path(USER_FILE).is_file():
        chosen = Path(USER_FILE)
    if chosen is None:
        return Settings(data)
    try:
        override = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(
            Code.SETTINGS, f"cannot read settings: {exc.strerror}", path=str(chosen)
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(Code.SETTINGS, f"invalid TOML: {exc}", path=str(chosen)) from exc
    _merge(data, override, str(chosen), "")
    return Settings(data, str(chosen))
