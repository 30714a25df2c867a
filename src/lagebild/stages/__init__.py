"""Pipeline stages. Importing this package registers every built-in stage."""

from lagebild.stages import entities, roles
from lagebild.text import langid, lemmas, sentences, tokens

__all__ = ["entities", "langid", "lemmas", "roles", "sentences", "tokens"]
