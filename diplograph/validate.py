"""SHACL validation of a store against ``ontologies/shapes.ttl``, with pySHACL.

The only module that imports rdflib (pySHACL works on rdflib graphs). The data graph is
the union of every graph of the store: a meeting's participant countries are typed
``dg:Country`` in ``id:graph/reference``, not in the article's own graph, so validating
the graphs one by one would report every country as missing. No inference is run: RDFS
over the ontology's ranges would type every value of ``dg:participantCountry`` as a
``dg:Country`` and make the shapes' class checks vacuous.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

try:
    import pyshacl
    from pyparsing import ParseBaseException
    from pyshacl.errors import ReportableRuntimeError
    from rdflib import RDF, SH, BNode, Graph, Literal, URIRef
    from rdflib.term import Node
except ImportError as e:  # pragma: no cover (the extra is installed in development)
    raise ImportError("validation needs pySHACL: pip install 'diplograph[shacl]'") from e

import pyoxigraph

from diplograph.errors import InputError
from diplograph.rdf.iri import compact_iri
from diplograph.resources import ontology_dir
from diplograph.store import Store

__all__ = ["ValidationReport", "ValidationResult", "format_report", "load_shapes", "validate_store"]


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """One SHACL result: which node broke which rule, through which path and value.

    Nodes are IRIs (or ``_:`` blank node labels), values N-Triples-like text; ``path`` and
    ``value`` are ``None`` for node-level rules such as "at least two participations".
    """

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None
    shape: str | None = None


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating a store: whether it conforms and every result."""

    conforms: bool
    results: tuple[ValidationResult, ...] = ()


def load_shapes() -> bytes:
    """The packaged shapes (``ontologies/shapes.ttl``), as Turtle bytes.

    >>> b"dg:MeetingShape" in load_shapes()
    True
    """
    return (ontology_dir() / "shapes.ttl").read_bytes()


def validate_store(store: Store, *, shapes: bytes | None = None) -> ValidationReport:
    """Validate the union of all graphs of ``store`` against ``shapes`` (Turtle).

    ``shapes`` defaults to the packaged ``ontologies/shapes.ttl``.

    Raises:
        InputError: ``shapes`` is not Turtle, or not valid SHACL.

    >>> from diplograph.store import open_store
    >>> validate_store(open_store("memory:")).conforms
    True
    """
    shapes_graph = _parse_turtle(shapes if shapes is not None else load_shapes(), "the shapes")
    ontology = _parse_turtle((ontology_dir() / "diplograph.ttl").read_bytes(), "the ontology")
    data = _union_graph(store)
    try:
        conforms, results, _text = pyshacl.validate(
            data,
            shacl_graph=shapes_graph,
            ont_graph=ontology,
            inference="none",
            inplace=True,
        )
    except ReportableRuntimeError as e:
        raise InputError(f"the shapes cannot be used: {e.message}") from e
    except ParseBaseException as e:  # the SPARQL of a sh:sparql constraint
        raise InputError(f"the shapes hold a SPARQL query that does not parse: {e}") from e
    return ValidationReport(bool(conforms), tuple(sorted(_results(results), key=_sort_key)))


def _parse_turtle(data: bytes, what: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(data=data, format="turtle")
    except SyntaxError as e:  # rdflib's BadSyntax is a SyntaxError
        raise InputError(f"{what}: not valid Turtle: {e}") from e
    return graph


def _union_graph(store: Store) -> Graph:
    """Every triple of every named graph of the store, in one rdflib graph.

    The graph names are dropped by pyoxigraph (rdflib's ``Dataset`` parser warns about its
    own deprecated API), and duplicates across graphs collapse in the rdflib graph.
    """
    buffer = io.BytesIO()
    store.dump(buffer, format="nquads")
    quads = pyoxigraph.parse(buffer.getvalue(), format=pyoxigraph.RdfFormat.N_QUADS)
    triples = pyoxigraph.serialize((q.triple for q in quads), format=pyoxigraph.RdfFormat.N_TRIPLES)
    union = Graph()
    union.parse(data=triples, format="nt")
    return union


def _results(graph: Graph) -> Iterable[ValidationResult]:
    def show(term: Node | None) -> str | None:
        if term is None:
            return None
        if isinstance(term, URIRef):
            return str(term)
        if isinstance(term, BNode | Literal):
            return term.n3()
        return str(term)

    for result in graph.subjects(RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in graph.objects(result, SH.resultMessage))
        path = graph.value(result, SH.resultPath)
        yield ValidationResult(
            focus=show(graph.value(result, SH.focusNode)) or "",
            path=_show_path(graph, path) if path is not None else None,
            message="; ".join(messages),
            severity=(show(graph.value(result, SH.resultSeverity)) or "").rsplit("#", 1)[-1],
            value=show(graph.value(result, SH.value)),
            shape=show(graph.value(result, SH.sourceShape)),
        )


def _show_path(graph: Graph, path: Node) -> str:
    """A result path as text: an IRI, or ``^iri`` for an inverse path."""
    if isinstance(path, URIRef):
        return str(path)
    inverse = graph.value(path, SH.inversePath)
    if isinstance(inverse, URIRef):
        return "^" + str(inverse)
    return str(path)


def _sort_key(r: ValidationResult) -> tuple[str, str, str, str]:
    return (r.focus, r.path or "", r.message, r.value or "")


def format_report(report: ValidationReport) -> str:
    """The report as text for people: results grouped by focus node, then a summary.

    >>> ok = ValidationReport(True)
    >>> print(format_report(ok))
    Conforms: no SHACL violations.
    >>> bad = ValidationReport(False, (ValidationResult(
    ...     "https://w3id.org/diplograph/id/meeting/1",
    ...     "https://w3id.org/diplograph/ontology#reportedIn",
    ...     "A meeting is reported in at least one article.", "Violation"),))
    >>> print(format_report(bad))
    id:meeting/1
      dg:reportedIn: A meeting is reported in at least one article. [Violation]
    <BLANKLINE>
    Does not conform: 1 result(s) on 1 node(s) (1 violation(s)).
    """
    if not report.results:
        return "Conforms: no SHACL violations." if report.conforms else "Does not conform."
    lines: list[str] = []
    focus: str | None = None
    for r in report.results:
        if r.focus != focus:
            if focus is not None:
                lines.append("")
            focus = r.focus
            lines.append(_short(r.focus))
        where = _short(r.path) if r.path else "(node)"
        shown = r.value is not None and r.value != r.focus
        value = f" (value: {_short(r.value)})" if shown and r.value else ""
        lines.append(f"  {where}: {r.message}{value} [{r.severity}]")
    nodes = len({r.focus for r in report.results})
    counts = _severity_counts(report.results)
    verdict = "Conforms" if report.conforms else "Does not conform"
    lines += ["", f"{verdict}: {len(report.results)} result(s) on {nodes} node(s) ({counts})."]
    return "\n".join(lines)


_BRACKETED_IRI = re.compile(r"<([^<>\s]*)>")


def _short(term: str) -> str:
    """IRIs as prefixed names, also in an inverse path and a literal's datatype."""
    if term.startswith("^"):
        return "^" + compact_iri(term[1:])
    if term.startswith('"'):
        return _BRACKETED_IRI.sub(lambda m: compact_iri(m.group(1)), term)
    return compact_iri(term)


def _severity_counts(results: Iterable[ValidationResult]) -> str:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.severity] = counts.get(r.severity, 0) + 1
    return ", ".join(f"{n} {severity.lower()}(s)" for severity, n in sorted(counts.items()))
