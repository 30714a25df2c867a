"""Imports every module that registers an evaluation task."""

from lagebild.eval import segmentation  # noqa: F401
