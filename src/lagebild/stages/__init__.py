"""Pipeline stages. Importing this package registers every built-in stage."""

from lagebild.stages import quantities
from lagebild.text import langid, lemmas, sentences, tokens

__all__ = ["langid", "lemmas", "quantities", "sentences", "tokens"]
