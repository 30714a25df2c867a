"""Pipeline stages. Importing this package registers every built-in stage."""

from lagebild.stages import events
from lagebild.text import langid, lemmas, sentences, tokens

__all__ = ["events", "langid", "lemmas", "sentences", "tokens"]
