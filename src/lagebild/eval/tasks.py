"""Imports every module that registers an evaluation task."""

from lagebild.eval import quotes

__all__ = ["quotes"]
