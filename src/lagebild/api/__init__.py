"""REST API (FastAPI): ``create_app(db_url, write_token=None)``."""

from lagebild.api.app import create_app

__all__ = ["create_app"]
