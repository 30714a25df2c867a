"""Imports every module that registers an evaluation task."""

from lagebild.eval import linking

__all__ = ["linking"]
