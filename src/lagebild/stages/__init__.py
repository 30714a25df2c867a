"""Pipeline stages. Importing this package registers every built-in stage."""

from lagebild.stages import quotes
from lagebild.text import langid, lemmas, sentences, tokens

__all__ = ["langid", "lemmas", "quotes", "sentences", "tokens"]
