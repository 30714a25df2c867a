"""Distributed processing with PySpark."""
