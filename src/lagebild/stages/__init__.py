"""Pipeline stages. Importing this package registers every built-in stage."""

from lagebild.stages import ner
from lagebild.text import langid, lemmas, sentences, tokens

__all__ = ["langid", "lemmas", "ner", "sentences", "tokens"]
