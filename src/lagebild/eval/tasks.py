"""Imports every module that registers an evaluation task."""
