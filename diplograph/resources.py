"""Locating the packaged ontologies, gazetteers and queries.

The folders live at the top of the repository (users and other tools look for them
there) and are mapped into the wheel as ``diplograph/_resources/``; in a source
checkout ``_resources`` holds symlinks to them, so the same lookup works both ways.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

__all__ = ["gazetteer_dir", "ontology_dir", "query_dir", "template"]


def _resource(name: str) -> Traversable:
    return files("diplograph") / "_resources" / name


def ontology_dir() -> Traversable:
    """Folder of the OWL ontology, SHACL shapes and SKOS schemes.

    >>> (ontology_dir() / "diplograph.ttl").is_file()
    True
    """
    return _resource("ontologies")


def gazetteer_dir() -> Traversable:
    """Folder of the generated gazetteer TSV files."""
    return _resource("gazetteers")


def query_dir() -> Traversable:
    """Folder of the canned SPARQL ``.rq`` files."""
    return _resource("queries")


def template(name: str) -> Traversable:
    """A page template shipped inside the package (``diplograph/templates/``)."""
    return files("diplograph") / "templates" / name
