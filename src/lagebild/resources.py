"""Heavy resources (tokenizers, lexicons, models), loaded once per process.

Stages receive a :class:`Resources` object and ask it for what they need
through a loader function. The first request runs the loader; later requests
return the same object, so a resource is built once per process, never per
document. Language-specific resources are keyed by ISO 639-1 code.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from importlib import resources as importlib_resources
from importlib.abc import Traversable
from typing import Any, TypeVar

import yaml

from lagebild.errors import UnsupportedLanguageError
from lagebild.settings import Settings, load_settings

T = TypeVar("T")

Loader = Callable[["Resources", str], T]


class Resources:
    """A per-process cache of loaded resources."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else load_settings()
        self._cache: dict[tuple[Callable[..., Any], str], Any] = {}
        # Re-entrant: a loader may itself load another resource.
        self._lock = threading.RLock()

    @property
    def supported_languages(self) -> tuple[str, ...]:
        """The languages the pipeline has resources for."""
        return tuple(self.settings.get("language", "supported"))

    def check_language(self, language: str) -> None:
        """Raises UnsupportedLanguageError unless ``language`` is supported."""
        if language not in self.supported_languages:
            raise UnsupportedLanguageError(language, self.supported_languages)

    def load(self, loader: Loader[T], language: str = "") -> T:
        """Returns the resource built by ``loader`` for ``language``, building it once.

        Args:
            loader: A function ``(resources, language) -> resource``.
            language: ISO 639-1 code, or "" for language-independent resources.

        Raises:
            UnsupportedLanguageError: When ``language`` is given and unsupported.
        """
        key = (loader, language)
        try:
            return self._cache[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        if language:
            self.check_language(language)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = loader(self, language)
            return self._cache[key]  # type: ignore[no-any-return]


def data_path(*parts: str) -> Traversable:
    """Returns a path inside the package's ``resources/`` folder."""
    return importlib_resources.files("lagebild").joinpath("resources", *parts)


def read_lines(*parts: str) -> list[str]:
    """Reads a packaged word list: one entry per line, ``#`` comments and blanks skipped."""
    text = data_path(*parts).read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.startswith("#") else ""
        if line:
            out.append(line)
    return out


class _WordsStayWords(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false are booleans.

    YAML 1.1, which PyYAML follows, reads the words "no", "off", "on", "yes",
    "y" and "n" as booleans: Norway's code NO or the particle "off" in a word
    list would silently turn into False.
    """


_WordsStayWords.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordsStayWords.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def parse_yaml(text: str) -> Any:
    """Parses a resource file's YAML, where only true/false are booleans (YAML 1.2).

    Args:
        text: The YAML document.

    Returns:
        The parsed data (dicts, lists, strings, numbers, booleans, None).
    """
    return yaml.load(text, Loader=_WordsStayWords)
