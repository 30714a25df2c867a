"""Tokenization (stage ``tokens``) with spaCy's blank per-language tokenizers.

Only the tokenizer is used: no statistical component is loaded, so this needs
no model download.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources


def load_blank(resources: Resources, language: str) -> Language:
    """Returns spaCy's blank pipeline (tokenizer and vocabulary) for ``language``."""
    return spacy.blank(language)


@stage("tokens", requires=("language",), assigns=("tokens",))
def tokenize(analysis: Analysis, resources: Resources) -> Analysis:
    """Splits the text into tokens (a spaCy Doc whose tokens keep their offsets)."""
    assert analysis.language is not None
    nlp = resources.load(load_blank, analysis.language)
    return analysis.replace(tokens=nlp.make_doc(analysis.text))
