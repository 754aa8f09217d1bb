"""Store → JSON-LD that reads like plain JSON, compacted with the published ``@context``.

pyoxigraph writes JSON-LD in expanded form only (full IRIs as keys, every value an object),
so this module compacts it itself against ``ontologies/context.jsonld``, for the shapes our
data has: a flat ``@graph`` of node objects whose keys are the context's short terms
(``"date"``, ``"participants"``, ``"countries"``), whose IRIs are relative to the context's
``@base`` (``"country/PK"`` for ``id:country/PK``) or prefixed (``"wd:Q843"``), and whose
literals are plain JSON strings and numbers wherever the context's type coercion allows.

Nodes that exist only as a part of another node are nested in it: a type is nested when
every node of that type is the object of exactly one triple (participations in their
meeting, posts in their participation, topic evidence in its meeting). Everything else
(meetings, people, countries, places, articles, concepts) is a top-level node referenced by
its id, so every node of a type has the same shape. The result expands, with any JSON-LD
1.1 processor, to exactly the triples of the store (tests/test_export.py checks with two).

What is exported: the triples of every named graph except the ontology graph (the vocabulary
is published on its own), merged as in the Turtle export; graph names are not kept (each
meeting's ``reportedIn`` names its article, whose IRI is also its graph's name). Use TriG or
N-Quads for a lossless dataset dump.
"""

from __future__ import annotations

import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

import pyoxigraph as ox

from diplograph.rdf.iri import GRAPH_ONTOLOGY, PREFIXES
from diplograph.resources import ontology_dir
from diplograph.store import Store

__all__ = ["JsonLdContext", "export_jsonld", "load_context", "triples_to_jsonld"]

RDF_TYPE = PREFIXES["rdf"] + "type"
XSD = PREFIXES["xsd"]
_XSD_STRING, _XSD_INTEGER, _XSD_BOOLEAN = XSD + "string", XSD + "integer", XSD + "boolean"
# A relative reference that resolves against ``@base`` to exactly base + itself: no scheme,
# query, fragment, dot segments or leading slash.
_RELATIVE = re.compile(r"[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*(/[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*)*")
_CANONICAL_INTEGER = re.compile(r"-?[1-9][0-9]*|0")
_GEN_DELIMS = tuple(":/?#[]@")
_TERM_KEYS = {"@id", "@type", "@language", "@container"}

Subject = ox.NamedNode | ox.BlankNode
Object = ox.NamedNode | ox.BlankNode | ox.Literal


def load_context() -> dict[str, Any]:
    """The published JSON-LD context (``ontologies/context.jsonld``), its ``@context`` value.

    >>> load_context()["date"]["@id"]
    'dg:date'
    """
    document = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))
    context: dict[str, Any] = document["@context"]
    return context


@dataclass(frozen=True, slots=True)
class _Term:
    name: str
    iri: str
    type: str | None  # "@id", "@vocab", a datatype IRI, or None
    language: str | None
    is_set: bool


class JsonLdContext:
    """The subset of a JSON-LD 1.1 context this module compacts with, read from its JSON.

    Supported: ``@version``, ``@base``, ``@id``/``@type`` aliases, prefixes, and term
    definitions with ``@id``, ``@type`` (``@id``, ``@vocab`` or a datatype), ``@language``
    and ``@container: @set``. Anything else is refused rather than silently misread.

    >>> ctx = JsonLdContext({"dg": "https://w3id.org/diplograph/ontology#",
    ...                      "date": {"@id": "dg:date"}})
    >>> ctx.terms_for("https://w3id.org/diplograph/ontology#date")[0].name
    'date'

    Raises:
        ValueError: the context uses a feature this compactor does not implement.
    """

    def __init__(self, context: Mapping[str, Any]) -> None:
        self.base: str | None = context.get("@base")
        self.aliases = {"@id": "@id", "@type": "@type"}
        self.prefixes: dict[str, str] = {}
        raw: dict[str, dict[str, Any]] = {}
        for key, value in context.items():
            if key in ("@version", "@base"):
                continue
            if key.startswith("@"):
                raise ValueError(f"context keyword {key!r} is not supported by the compactor")
            if value in ("@id", "@type"):
                self.aliases[value] = key
                continue
            definition = {"@id": value} if isinstance(value, str) else dict(value)
            if set(definition) - _TERM_KEYS:
                raise ValueError(f"term {key!r}: unsupported keys {set(definition) - _TERM_KEYS}")
            if isinstance(value, str) and ":" not in key and value.endswith(_GEN_DELIMS):
                self.prefixes[key] = value
            raw[key] = definition
        self._terms: dict[str, list[_Term]] = defaultdict(list)
        self._vocab: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        for name in sorted(raw, key=lambda n: (len(n), n)):
            term = self._term(name, raw[name])
            self._terms[term.iri].append(term)
            self._vocab.setdefault(term.iri, name)
            self._by_name[name] = term.iri

    def _term(self, name: str, definition: Mapping[str, Any]) -> _Term:
        iri = self.expand(definition.get("@id", name))
        kind = definition.get("@type")
        if kind is not None and kind not in ("@id", "@vocab"):
            kind = self.expand(kind)
        container = definition.get("@container")
        if container not in (None, "@set", ["@set"]):
            raise ValueError(f"term {name!r}: only '@container': '@set' is supported")
        return _Term(name, iri, kind, definition.get("@language"), container is not None)

    def expand(self, value: str) -> str:
        """A compact IRI (``dg:date``) or an absolute IRI, expanded with the prefixes."""
        prefix, sep, suffix = value.partition(":")
        if sep and prefix in self.prefixes and not suffix.startswith("//"):
            return self.prefixes[prefix] + suffix
        if not sep:
            raise ValueError(f"{value!r} is neither a compact nor an absolute IRI")
        return value

    def term_iri(self, name: str) -> str:
        """The IRI the term ``name`` stands for.

        Raises:
            KeyError: ``name`` is not a term of the context (prefixes and aliases are not).
        """
        return self._by_name[name]

    def terms_for(self, iri: str) -> list[_Term]:
        """The terms defined for ``iri``, shortest name first."""
        return self._terms.get(iri, [])

    def compact_id(self, node: Subject) -> str:
        """A node id as it may appear where ``@id`` values are expected (base-relative first)."""
        if isinstance(node, ox.BlankNode):
            return f"_:{node.value}"
        iri = node.value
        if self.base and iri.startswith(self.base) and _RELATIVE.fullmatch(iri[len(self.base) :]):
            rest = iri[len(self.base) :]
            if all(part not in (".", "..") for part in rest.split("/")):
                return rest
        return self._prefixed(iri)

    def compact_vocab(self, iri: str) -> str:
        """An IRI where vocabulary terms are expected (``@type`` values, ``@vocab`` terms)."""
        return self._vocab.get(iri) or self._prefixed(iri)

    def _prefixed(self, iri: str) -> str:
        best = iri
        for name, ns in self.prefixes.items():
            suffix = iri[len(ns) :]
            if iri.startswith(ns) and not suffix.startswith("//"):
                candidate = f"{name}:{suffix}"
                if (len(candidate), candidate) < (len(best), best):
                    best = candidate
        return best


def export_jsonld(
    store: Store,
    out: BinaryIO,
    *,
    context: Mapping[str, Any],
    context_url: str | None = None,
) -> None:
    """Write the store's data (not the ontology graph) to ``out`` as compacted JSON-LD.

    The context is embedded, so the file is self-contained and works offline; with
    ``context_url`` (e.g. the published context) the document references it instead. JSON-LD
    ignores ``@base`` in a remote context, so a referenced context is followed by a local
    ``{"@base": ...}``.

    >>> from diplograph.store import open_store
    >>> out = io.BytesIO()
    >>> export_jsonld(open_store("memory:"), out, context=load_context(), context_url="c.jsonld")
    >>> json.loads(out.getvalue())["@context"][0]
    'c.jsonld'
    """
    buffer = io.BytesIO()
    store.dump(buffer, format="nquads")
    triples = {
        ox.Triple(q.subject, q.predicate, q.object)
        for q in ox.parse(buffer.getvalue(), ox.RdfFormat.N_QUADS)
        if q.graph_name != GRAPH_ONTOLOGY
    }
    document = triples_to_jsonld(triples, context=context)
    if context_url is not None:
        base = context.get("@base")
        document["@context"] = [context_url, {"@base": base}] if base else context_url
    out.write(json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")


def triples_to_jsonld(
    triples: Iterable[ox.Triple], *, context: Mapping[str, Any]
) -> dict[str, Any]:
    """Compact ``triples`` into ``{"@context": context, "@graph": [node objects]}``.

    >>> t = ox.Triple(ox.NamedNode("https://w3id.org/diplograph/id/meeting/1"),
    ...               ox.NamedNode("https://w3id.org/diplograph/ontology#date"),
    ...               ox.Literal("2023-12-28", datatype=ox.NamedNode(XSD + "date")))
    >>> triples_to_jsonld([t], context=load_context())["@graph"]
    [{'id': 'meeting/1', 'date': '2023-12-28'}]
    """
    ctx = JsonLdContext(context)
    graph = _Graph(triples)
    nested = graph.nested_nodes()
    emitted: set[Subject] = set()

    def node_object(subject: Subject, *, top: bool) -> dict[str, Any]:
        emitted.add(subject)
        obj: dict[str, Any] = {}
        if top or isinstance(subject, ox.NamedNode):
            obj[ctx.aliases["@id"]] = ctx.compact_id(subject)
        properties = dict(graph.properties[subject])
        types = sorted(ctx.compact_vocab(t.value) for t in properties.pop(RDF_TYPE, []))
        if types:
            obj[ctx.aliases["@type"]] = types[0] if len(types) == 1 else types
        entries = []
        for predicate, values in properties.items():
            key, term = _choose_term(ctx, predicate, values)
            entries.append((key, [render(v, term) for v in _sorted_terms(values)], term))
        for key, rendered, term in sorted(entries, key=lambda e: e[0]):
            obj[key] = rendered if len(rendered) > 1 or (term and term.is_set) else rendered[0]
        return obj

    def render(value: Object, term: _Term | None) -> Any:
        if isinstance(value, ox.Literal):
            return _literal(ctx, value, term)
        if value in nested and value not in emitted:
            return node_object(value, top=False)
        if term is not None and term.type == "@id":
            return ctx.compact_id(value)
        if term is not None and term.type == "@vocab" and isinstance(value, ox.NamedNode):
            return ctx.compact_vocab(value.value)
        return {ctx.aliases["@id"]: ctx.compact_id(value)}

    roots = [s for s in graph.subjects() if s not in nested]
    nodes = [node_object(s, top=True) for s in roots]
    # A nested node whose referrer is itself nested in a cycle is never reached: list it.
    nodes += [node_object(s, top=True) for s in graph.subjects() if s not in emitted]
    return {"@context": dict(context), "@graph": nodes}


class _Graph:
    """Triples indexed by subject, with the in-degree of every node."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.properties: dict[Subject, dict[str, list[Object]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.referrers: dict[Object, list[Subject]] = defaultdict(list)
        for t in triples:
            subject, obj = t.subject, t.object
            if isinstance(subject, ox.Triple) or isinstance(obj, ox.Triple):
                raise ValueError(f"RDF-star triple terms cannot be exported as JSON-LD: {t}")
            self.properties[subject][t.predicate.value].append(obj)
            if t.predicate.value != RDF_TYPE and not isinstance(obj, ox.Literal):
                self.referrers[obj].append(subject)

    def subjects(self) -> list[Subject]:
        return _sorted_terms(self.properties)

    def nested_nodes(self) -> set[Subject]:
        """Nodes to nest: of a type whose every node has exactly one referrer (not itself);
        untyped blank nodes with exactly one referrer."""
        types: dict[Object, list[Subject]] = defaultdict(list)
        for subject, props in self.properties.items():
            for t in props.get(RDF_TYPE, []):
                types[t].append(subject)
        single = {s for s in self.properties if self._single_referrer(s)}
        nestable_types = {t for t, members in types.items() if all(m in single for m in members)}
        return {
            s
            for s in single
            if all(t in nestable_types for t in self.properties[s].get(RDF_TYPE, []))
            and (RDF_TYPE in self.properties[s] or isinstance(s, ox.BlankNode))
        }

    def _single_referrer(self, node: Subject) -> bool:
        referrers = self.referrers.get(node, [])
        return len(referrers) == 1 and referrers[0] != node


def _choose_term(
    ctx: JsonLdContext, predicate: str, values: list[Object]
) -> tuple[str, _Term | None]:
    terms = ctx.terms_for(predicate)
    if not terms:
        return ctx.compact_vocab(predicate), None
    best = max(terms, key=lambda t: sum(_fits(ctx, v, t) for v in values))
    return best.name, best


def _fits(ctx: JsonLdContext, value: Object, term: _Term) -> bool:
    """Whether ``value`` can be written as a bare JSON scalar under ``term``."""
    if isinstance(value, ox.Literal):
        return not isinstance(_literal(ctx, value, term), dict)
    return term.type in ("@id", "@vocab")


def _literal(ctx: JsonLdContext, literal: ox.Literal, term: _Term | None) -> Any:
    value, datatype, language = literal.value, literal.datatype.value, literal.language
    coerced_type = term.type if term else None
    coerced_language = term.language if term else None
    if language is not None:
        if coerced_type is None and coerced_language == language:
            return value
        return {"@value": value, "@language": language}
    if coerced_type in (None, _XSD_INTEGER) and _is_json_integer(datatype, value):
        return int(value)
    if coerced_type is None and datatype == _XSD_BOOLEAN and value in ("true", "false"):
        return value == "true"
    if coerced_type == datatype:
        return value
    if coerced_type is None and coerced_language is None and datatype == _XSD_STRING:
        return value
    if datatype == _XSD_STRING:
        return {"@value": value}
    return {"@value": value, "@type": ctx.compact_vocab(datatype)}


def _is_json_integer(datatype: str, value: str) -> bool:
    # Only canonical integers that JSON parsers keep exact become JSON numbers.
    return (
        datatype == _XSD_INTEGER
        and _CANONICAL_INTEGER.fullmatch(value) is not None
        and abs(int(value)) < 2**53
    )


def _sorted_terms(terms: Iterable[Any]) -> list[Any]:
    return sorted(terms, key=lambda t: (type(t).__name__, str(t)))
