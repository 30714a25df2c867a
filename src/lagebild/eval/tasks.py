"""Imports every module that registers an evaluation task."""

from lagebild.eval import places

__all__ = ["places"]
