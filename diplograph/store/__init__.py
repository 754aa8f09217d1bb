"""The one small interface every store implements, and ``open_store`` to pick one.

Callers (ingest, CLI, exports) never branch on the backend: the embedded Oxigraph store
implements this today; a remote SPARQL 1.1 endpoint can implement the same protocol.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, Protocol, TypeAlias

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

__all__ = ["ResultFormat", "Rows", "Store", "Term", "open_store"]

# pyoxigraph has no ``Term`` name (neither at runtime nor in its stubs): this is the set of
# terms a solution can bind and ``substitutions=`` accepts.
Term: TypeAlias = NamedNode | BlankNode | Literal | Triple


class ResultFormat(StrEnum):
    """Serialisations of SELECT results (SPARQL 1.1 results formats)."""

    JSON = "json"
    XML = "xml"
    CSV = "csv"
    TSV = "tsv"


class Rows:
    """The solutions of a SELECT: variable names in projection order and one dict per row.

    Unbound variables are absent from a row's dict.
    """

    __slots__ = ("rows", "variables")

    def __init__(self, variables: Sequence[str], rows: list[dict[str, Term]]) -> None:
        self.variables = list(variables)
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Term]]:
        return iter(self.rows)


class Store(Protocol):
    """A quad store holding one named graph per article plus a queryable union default graph."""

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> int:
        """Atomically replace the named graph ``graph`` by ``quads`` (all in that graph).

        Returns the number of quads written. Either the whole replacement lands or
        nothing changes.
        """
        ...

    def replace_graph_from(self, graph: NamedNode, data: bytes, *, format: str) -> int:
        """Parse ``data`` (``turtle``, ``trig``, ``nquads``, ``ntriples``, ``jsonld``, ``rdfxml``)
        and atomically replace the named graph ``graph`` by its statements.

        Triples (and quads in the default graph) go to ``graph``; quads naming another graph
        are rejected. Used to load the ontology into ``id:graph/ontology``.
        """
        ...

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> Rows:
        """Run a SELECT over the union of all graphs, with ``bindings`` substituted."""
        ...

    def select_serialized(
        self,
        query: str,
        out: BinaryIO,
        *,
        format: ResultFormat,
        bindings: Mapping[str, Term] | None = None,
    ) -> None:
        """Run a SELECT (or ASK) and write its results to ``out`` in ``format``."""
        ...

    def dump(self, out: BinaryIO, *, format: str) -> None:
        """Write every named graph to ``out`` (``turtle``, ``trig``, ``nquads``, ``jsonld``)."""
        ...

    def named_graphs(self) -> list[NamedNode]:
        """Every named graph in the store."""
        ...

    def __len__(self) -> int:
        """Number of quads in named graphs (the union default graph is not counted)."""
        ...

    def close(self) -> None:
        """Flush and release the store."""
        ...


def open_store(location: str | Path) -> Store:
    """Open the store at ``location``: ``"memory:"`` or a folder path (created if missing).

    >>> store = open_store("memory:")
    >>> len(store)
    0
    """
    from diplograph.store.oxigraph import OxigraphStore

    if str(location) == "memory:":
        return OxigraphStore(None)
    return OxigraphStore(Path(location))
