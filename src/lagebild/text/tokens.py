"""Tokenization (stage ``tokens``) with spaCy's blank per-language tokenizers.

Only the tokenizer is used: no statistical component is loaded, so this needs
no model download. The sentence boundaries found on the raw text are written
to the tokens (``is_sent_start``). German writes ordinals with a full stop, so
spaCy keeps "2023." or "07.10.2023." whole; where such a token ends a
sentence, the full stop is a sentence end and is split off.
"""

from __future__ import annotations

import re
from typing import Any, cast

import numpy
import spacy
from spacy import attrs
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.model import Sentence
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources

_NUMBER_WITH_STOP = re.compile(r"^\S*\d\.$")
_DIGIT_STOP = re.compile(r"\d\.")


# Lexical attributes spaCy computes for every new word form. The others
# (shape, prefix, suffix, stop word, URL/e-mail tests, ...) are never read by
# lagebild and cost a sixth of the tokenizer's time; they stay unset.
_LEXEME_ATTRIBUTES = frozenset(
    {attrs.LOWER, attrs.NORM, attrs.IS_ALPHA, attrs.IS_DIGIT, attrs.IS_SPACE, attrs.IS_PUNCT,
     attrs.LIKE_NUM}
)


def blank_pipeline(language: str) -> Language:
    """Returns spaCy's blank pipeline (tokenizer and vocabulary) for ``language``.

    Only the lexical attributes lagebild reads are computed (see
    ``_LEXEME_ATTRIBUTES``); ``Token.shape_`` and the like are empty.
    """
    nlp = spacy.blank(language)
    # spaCy's Vocab stub does not declare this (Cython) attribute.
    getters: dict[int, Any] = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    for attribute in [key for key in getters if key not in _LEXEME_ATTRIBUTES]:
        del getters[attribute]
    return nlp


class BoundedTokenizer:
    """spaCy's blank pipeline for one language, renewed when its vocabulary gets too large.

    spaCy keeps every word form it has seen (about 430 bytes each), so a long
    ingest would grow without bound; news brings new names and numbers every
    day. Documents tokenized before a renewal keep the old vocabulary alive
    only as long as they live.
    """

    def __init__(self, language: str, max_forms: int) -> None:
        self.language = language
        self.max_forms = max_forms
        self.renewals = 0
        self._nlp = blank_pipeline(language)

    @property
    def nlp(self) -> Language:
        """The current pipeline; a fresh one once the vocabulary holds ``max_forms`` forms."""
        if len(self._nlp.vocab) >= self.max_forms:
            self._nlp = blank_pipeline(self.language)
            self.renewals += 1
        return self._nlp


def load_tokenizer(resources: Resources, language: str) -> BoundedTokenizer:
    """Returns the tokenizer of ``language``, bounded by ``[tokens] max_forms``."""
    return BoundedTokenizer(language, int(resources.settings.get("tokens", "max_forms")))


def tokenize_text(nlp: Language, text: str, sentences: tuple[Sentence, ...]) -> Doc:
    """Tokenizes ``text`` and marks the sentence starts on the tokens.

    Args:
        nlp: The blank pipeline of the text's language.
        text: The document text.
        sentences: Sentence offsets found on the raw text.

    Returns:
        A spaCy Doc whose tokens keep their character offsets.
    """
    doc = nlp.make_doc(text)
    if not len(doc):
        return doc
    offsets = doc.to_array([IDX])
    final_stops = []
    for sentence in sentences:
        if not _DIGIT_STOP.match(text, max(sentence.end - 2, 0), sentence.end):
            continue
        token = doc[int(numpy.searchsorted(offsets, sentence.end - 1, side="right")) - 1]
        if token.idx + len(token.text) == sentence.end and _NUMBER_WITH_STOP.match(token.text):
            final_stops.append(token)
    if final_stops:
        with doc.retokenize() as retokenizer:
            for token in final_stops:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
        offsets = doc.to_array([IDX])
    starts = numpy.array([sentence.start for sentence in sentences], dtype=offsets.dtype)
    marks = numpy.where(numpy.isin(offsets, starts), 1, -1).astype("uint64")
    marks[0] = 1
    doc.from_array([SENT_START], cast(Any, marks.reshape(-1, 1)))
    return doc


@stage("tokens", requires=("language", "sentences"), assigns=("tokens",))
def tokenize(analysis: Analysis, resources: Resources) -> Analysis:
    """Splits the text into tokens (a spaCy Doc whose tokens keep their offsets)."""
    assert analysis.language is not None
    nlp = resources.load(load_tokenizer, analysis.language).nlp
    return analysis.replace(tokens=tokenize_text(nlp, analysis.text, analysis.sentences))
