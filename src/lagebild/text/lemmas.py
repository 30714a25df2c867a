"""Lemmas (stage ``lemmas``) from simplemma's dictionaries.

Lookups are memoised per language because news vocabulary is highly
repetitive: most tokens of a new document have been seen before.
"""

from __future__ import annotations

from functools import lru_cache

from simplemma import lemmatize

from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources

_CACHE_SIZE = 200_000


class LemmaLookup:
    """Memoised simplemma lemmatizer for one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.lemma = lru_cache(maxsize=_CACHE_SIZE)(self._lemma)

    def _lemma(self, form: str) -> str:
        if not any(ch.isalpha() for ch in form):
            return form
        result: str = lemmatize(form, lang=self.language)
        return result


def load_lemmatizer(resources: Resources, language: str) -> LemmaLookup:
    """Returns the memoised lemmatizer for ``language``."""
    return LemmaLookup(language)


@stage("lemmas", requires=("tokens", "language"), assigns=("lemmas",))
def lemmatize_tokens(analysis: Analysis, resources: Resources) -> Analysis:
    """Assigns a lemma to every token (aligned with ``tokens``)."""
    assert analysis.tokens is not None and analysis.language is not None
    lookup = resources.load(load_lemmatizer, analysis.language).lemma
    return analysis.replace(lemmas=tuple(lookup(token.text) for token in analysis.tokens))
