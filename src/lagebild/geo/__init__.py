"""Places: gazetteer, detection, resolution and event location (see stages.geo)."""
