"""Imports every module that registers an evaluation task."""

from lagebild.eval import time

__all__ = ["time"]
