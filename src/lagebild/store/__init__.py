"""Storage of documents and their records (SQLAlchemy; SQLite by default)."""

from lagebild.store.db import Store, open_store

__all__ = ["Store", "open_store"]
