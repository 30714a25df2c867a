"""Lemmas (stage ``lemmas``) from simplemma's dictionaries.

Lookups are memoised per language and keyed by spaCy's hash of the word
form, because news vocabulary is highly repetitive: most tokens of a new
document have been seen before, and a hash lookup avoids building a Python
token object per word.
"""

from __future__ import annotations

from simplemma import lemmatize
from spacy.attrs import ORTH
from spacy.tokens import Doc

from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources

_CACHE_SIZE = 500_000


class LemmaLookup:
    """Memoised simplemma lemmatizer for one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._by_orth: dict[int, str] = {}

    def lemma(self, form: str) -> str:
        """Returns the lemma of one word form (the form itself for non-words)."""
        if not any(ch.isalpha() for ch in form):
            return form
        result: str = lemmatize(form, lang=self.language)
        return result

    def lemmas(self, doc: Doc) -> tuple[str, ...]:
        """Returns the lemma of every token of ``doc``."""
        cache = self._by_orth
        if len(cache) > _CACHE_SIZE:
            cache.clear()
        strings = doc.vocab.strings
        out = []
        for orth in doc.to_array([ORTH]).tolist():
            lemma = cache.get(orth)
            if lemma is None:
                lemma = cache[orth] = self.lemma(strings[orth])
            out.append(lemma)
        return tuple(out)


def load_lemmatizer(resources: Resources, language: str) -> LemmaLookup:
    """Returns the memoised lemmatizer for ``language``."""
    return LemmaLookup(language)


@stage("lemmas", requires=("tokens", "language"), assigns=("lemmas",))
def lemmatize_tokens(analysis: Analysis, resources: Resources) -> Analysis:
    """Assigns a lemma to every token (aligned with ``tokens``)."""
    assert analysis.tokens is not None and analysis.language is not None
    lookup = resources.load(load_lemmatizer, analysis.language)
    return analysis.replace(lemmas=lookup.lemmas(analysis.tokens))
