"""diplograph: who met whom, when, where and about what in world diplomacy.

News articles go in; diplomatic meetings come out as RDF with provenance. The public
API is small; heavy packages (spaCy, pyoxigraph) load only when first used.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Meeting",
    "Participant",
    "__version__",
    "ingest_articles",
    "open_store",
    "read_articles",
]

_LAZY = {
    "Article": "diplograph.model",
    "Meeting": "diplograph.model",
    "Participant": "diplograph.model",
    "open_store": "diplograph.store",
    "read_articles": "diplograph.articles",
    "ingest_articles": "diplograph.ingest",
}


def __getattr__(name: str) -> Any:
    """Import public names on first use, so ``import diplograph`` stays fast."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
