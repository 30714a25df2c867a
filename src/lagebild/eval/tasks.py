"""Imports every module that registers an evaluation task."""

from lagebild.eval import events, segmentation  # noqa: F401
