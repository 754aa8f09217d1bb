"""The embedded store: pyoxigraph, in memory or in a folder on disk.

Why this module does more than wrap ``pyoxigraph.Store``: queries must see the union of all
graphs as the default graph, and the contract forbids relying on Oxigraph's per-query
``use_default_graph_as_union=True`` (reported slow for joins; with pyoxigraph 0.5.13 we
measured the two within about 1.5x, see ``docs/performance.md``). So the default graph is a
*maintained* union: every triple is written to its article graph and to the default graph, and
replacing an article removes from the default graph only the triples no other named graph
still holds (``docs/decisions/0001-maintained-union-default-graph.md``). Backend exceptions
are translated to diplograph errors here and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad

from diplograph.errors import InputError, StoreUnavailable
from diplograph.rdf.iri import PREFIXES
from diplograph.store import ResultFormat, Rows, Term

__all__ = ["OxigraphStore"]

log = logging.getLogger(__name__)

# ``dump`` formats. Turtle has no graphs, so it gets the default graph (= every named graph
# merged); the dataset formats get the named graphs only, never the union copy, so that loading
# a dump back does not duplicate every triple into a named "default" graph.
_DUMP_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_PARSE_FORMATS: dict[str, ox.RdfFormat] = {
    **_DUMP_FORMATS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_RESULT_FORMATS: dict[ResultFormat, ox.QueryResultsFormat] = {
    ResultFormat.JSON: ox.QueryResultsFormat.JSON,
    ResultFormat.XML: ox.QueryResultsFormat.XML,
    ResultFormat.CSV: ox.QueryResultsFormat.CSV,
    ResultFormat.TSV: ox.QueryResultsFormat.TSV,
}

# Step (1) of a replacement: a triple of the old graph leaves the default graph unless another
# named graph still holds it. ``{g}`` is an N-Triples IRI, the only thing formatted in.
_UNLINK_OLD_TRIPLES = """\
DELETE {{ ?s ?p ?o }}
WHERE {{
  GRAPH {g} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {g}) }}
}} ;
DROP SILENT GRAPH {g}"""


class OxigraphStore:
    """An embedded Oxigraph store; ``path=None`` keeps everything in memory.

    >>> from pyoxigraph import Literal, NamedNode, Quad
    >>> store = OxigraphStore(None)
    >>> g = NamedNode("https://w3id.org/diplograph/id/article/0123456789abcdef")
    >>> s = NamedNode("https://w3id.org/diplograph/id/country/PK")
    >>> label = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    >>> store.replace_graph(g, [Quad(s, label, Literal("Pakistan", language="en"), g)])
    1
    >>> [row["l"].value for row in store.select("SELECT ?l WHERE { ?c rdfs:label ?l }")]
    ['Pakistan']
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._db: ox.Store | None = _open(path)

    # -- writing ---------------------------------------------------------------------------

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> int:
        """Atomically replace the named graph ``graph`` by ``quads`` and keep the union in step.

        One SPARQL UPDATE request does it all, and Oxigraph runs a request in one transaction:
        (1) delete from the default graph the old triples no other named graph holds,
        (2) drop ``graph``, (3) insert the quads into ``graph`` and their triples into the
        default graph. ``quads`` is consumed before anything is written, so an iterator that
        raises half-way leaves the store untouched.

        Blank nodes are accepted (the ontology has some) but, as SPARQL ``INSERT DATA``
        requires, they are stored as fresh blank nodes: their labels are not kept.

        Returns:
            The number of distinct quads written.

        Raises:
            ValueError: a quad is not in ``graph``.
        """
        unique = list(dict.fromkeys(quads))
        for quad in unique:
            if quad.graph_name != graph:
                raise ValueError(f"quad {quad} is not in graph {graph}; expected only {graph}")
        self._store.update(_replacement_update(graph, unique))
        log.debug("replaced %s with %d quads", graph.value, len(unique))
        return len(unique)

    def replace_graph_from(self, graph: NamedNode, data: bytes, *, format: str) -> int:
        """Parse ``data`` and atomically replace ``graph`` by its statements.

        ``format`` is one of ``turtle``, ``trig``, ``nquads``, ``ntriples``, ``jsonld`` or
        ``rdfxml``. Triples land in ``graph``; quads naming another graph are an error.

        >>> from pyoxigraph import NamedNode
        >>> store = OxigraphStore(None)
        >>> g = NamedNode("https://w3id.org/diplograph/id/graph/ontology")
        >>> store.replace_graph_from(g, b"<http://a/s> <http://a/p> 'o' .", format="turtle")
        1

        Raises:
            InputError: ``data`` is not valid ``format``.
            ValueError: unknown ``format``, or a quad in another named graph.
        """
        rdf_format = _choose(format, _PARSE_FORMATS)
        try:
            parsed = list(ox.parse(data, rdf_format))
        except SyntaxError as e:
            raise InputError(f"cannot parse {format} data for graph {graph}: {e}") from e
        quads = (
            Quad(q.subject, q.predicate, q.object, graph)
            if isinstance(q.graph_name, ox.DefaultGraph)
            else q
            for q in parsed
        )
        return self.replace_graph(graph, quads)

    # -- reading ---------------------------------------------------------------------------

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> Rows:
        """Run a SELECT over the union default graph; ``bindings`` fix variables to terms.

        Standard prefixes (``dg:``, ``id:``, ``schema:``, ... ``owl:``, see
        ``diplograph.rdf.iri.PREFIXES``) may be used without declaring them; a ``PREFIX``
        the query declares itself wins. ``GRAPH ?g { ... }`` still sees each named graph.

        >>> from pyoxigraph import NamedNode
        >>> store = OxigraphStore(None)
        >>> rows = store.select("SELECT ?x WHERE {}", {"x": NamedNode("http://a/b")})
        >>> rows.variables, rows.rows
        (['x'], [{'x': <NamedNode value=http://a/b>}])

        Raises:
            InputError: the query is not valid SPARQL or not a SELECT.
        """
        with _translated_errors():
            result = self._query(query, bindings)
            if not isinstance(result, ox.QuerySolutions):
                raise InputError("expected a SELECT query, got an ASK/CONSTRUCT/DESCRIBE query")
            variables = [v.value for v in result.variables]
            rows = [_solution_to_row(solution, variables) for solution in result]
        return Rows(variables, rows)

    def select_serialized(
        self,
        query: str,
        out: BinaryIO,
        *,
        format: ResultFormat,
        bindings: Mapping[str, Term] | None = None,
    ) -> None:
        """Run a SELECT or ASK and write its results to ``out`` as SPARQL 1.1 results.

        ``json``, ``xml`` and ``tsv`` keep every term exactly; ``csv`` is lossy by design
        (plain strings: no datatypes, languages or IRI/literal distinction).

        >>> import io
        >>> out = io.BytesIO()
        >>> OxigraphStore(None).select_serialized("ASK {}", out, format=ResultFormat.JSON)
        >>> out.getvalue()
        b'{"head":{},"boolean":true}'

        Raises:
            InputError: the query is not valid SPARQL or is a CONSTRUCT/DESCRIBE.
        """
        results_format = _RESULT_FORMATS[ResultFormat(format)]
        with _translated_errors():
            result = self._query(query, bindings)
            if isinstance(result, ox.QueryTriples):
                raise InputError("expected a SELECT or ASK query, got a CONSTRUCT/DESCRIBE")
            result.serialize(out, results_format)

    def dump(self, out: BinaryIO, *, format: str) -> None:
        """Write the store to ``out`` as ``turtle``, ``trig``, ``nquads`` or ``jsonld``.

        - ``turtle``: the triples of every named graph merged (the union default graph),
          without graph names, with the standard prefixes.
        - ``trig`` and ``nquads``: every named graph with its name. The union copy in the
          default graph is left out, so loading the dump elsewhere gives back the same quads.
        - ``jsonld``: the same named graphs as expanded JSON-LD, one ``@graph`` per graph.

        Raises:
            ValueError: unknown ``format``.
        """
        rdf_format = _choose(format, _DUMP_FORMATS)
        if rdf_format is ox.RdfFormat.TURTLE:
            self._store.dump(out, rdf_format, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
            return
        prefixes = PREFIXES if rdf_format is ox.RdfFormat.TRIG else None
        ox.serialize(self._named_quads(), out, rdf_format, prefixes=prefixes)

    def named_graphs(self) -> list[NamedNode]:
        """Every named graph in the store, sorted by IRI."""
        graphs = (g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(graphs, key=lambda g: g.value)

    def __len__(self) -> int:
        """Number of quads in named graphs (the union copy in the default graph is excluded)."""
        result = self._store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, ox.QuerySolutions)
        count = next(result)[0]
        return int(count.value)

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Flush to disk and release the folder's lock; the object is unusable afterwards."""
        if self._db is not None:
            if self.path is not None:
                self._db.flush()
            # pyoxigraph has no close(): RocksDB releases its lock when the last reference goes.
            self._db = None

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"OxigraphStore({self.path!r})"

    # -- internals -------------------------------------------------------------------------

    @property
    def _store(self) -> ox.Store:
        if self._db is None:
            raise ValueError(f"{self!r} is closed")
        return self._db

    def _query(
        self, query: str, bindings: Mapping[str, Term] | None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        substitutions = {
            ox.Variable(name.lstrip("?$")): term for name, term in (bindings or {}).items()
        }
        # Standard prefixes go through ``prefixes=`` rather than being pasted into the text: a
        # PREFIX the query declares overrides them, nothing is sniffed out of comments or
        # strings, and error positions still match the user's own lines.
        return self._store.query(query, prefixes=PREFIXES, substitutions=substitutions)

    def _named_quads(self) -> Iterator[Quad]:
        for graph in self.named_graphs():
            yield from self._store.quads_for_pattern(None, None, None, graph)


def _open(path: Path | None) -> ox.Store:
    if path is None:
        return ox.Store()
    try:
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as e:
        reason = _one_line(e)
        if "lock" in reason.lower():
            hint = "another diplograph process (e.g. `serve`) has it open; stop it and retry"
        else:
            hint = "check that it is a diplograph store folder you may write to"
        raise StoreUnavailable(f"{path}: cannot open the store ({reason}); {hint}") from e


@contextmanager
def _translated_errors() -> Iterator[None]:
    # The one place pyoxigraph's query errors become ours. RuntimeError is how pyoxigraph
    # reports a query that parses but cannot run, e.g. a binding for a variable missing from
    # the SELECT projection (SEP-0007 substitution requires it there).
    try:
        yield
    except (SyntaxError, ValueError) as e:
        raise InputError(f"invalid SPARQL query: {_one_line(e)}") from e
    except RuntimeError as e:
        raise InputError(f"cannot run SPARQL query: {_one_line(e)}") from e


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _replacement_update(graph: NamedNode, quads: list[Quad]) -> str:
    # ``str(term)`` is N-Triples, which is valid SPARQL term syntax with every quote, newline,
    # brace and control character escaped, so data can never break out of INSERT DATA.
    parts = [_UNLINK_OLD_TRIPLES.format(g=graph)]
    if quads:
        triples = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
        body = "\n".join(triples)
        parts.append(f"INSERT DATA {{\nGRAPH {graph} {{\n{body}\n}}\n{body}\n}}")
    return " ;\n".join(parts)


def _solution_to_row(solution: ox.QuerySolution, variables: list[str]) -> dict[str, Term]:
    row: dict[str, Term] = {}
    for name in variables:
        value = solution[name]
        if value is not None:
            row[name] = value
    return row


def _choose(format: str, formats: Mapping[str, ox.RdfFormat]) -> ox.RdfFormat:
    try:
        return formats[format]
    except KeyError:
        raise ValueError(
            f"unknown RDF format {format!r}; use one of {', '.join(formats)}"
        ) from None
