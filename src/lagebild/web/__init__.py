"""Web UI served by the REST API app."""
