"""Pipeline stages. Importing this package registers every built-in stage."""

from lagebild.stages import geo
from lagebild.text import langid, lemmas, sentences, tokens

__all__ = ["geo", "langid", "lemmas", "sentences", "tokens"]
