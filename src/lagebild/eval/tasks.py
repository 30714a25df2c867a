"""Imports every module that registers an evaluation task."""

from lagebild.eval import quantities

__all__ = ["quantities"]
