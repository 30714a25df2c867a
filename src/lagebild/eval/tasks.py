"""Imports every module that registers an evaluation task."""
from lagebild.eval import ner

__all__ = ["ner"]
