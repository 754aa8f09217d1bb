"""Extraction: articles in, plain :class:`~diplograph.model.Meeting` values out (no RDF)."""
