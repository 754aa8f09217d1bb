"""Reference documentation generated from the project's own files, checked by the tests.

One HTML page per term of the vocabulary (`diplograph.vocabulary` reads the terms from
``ontologies/``, this module renders them), and the Markdown catalogue of the canned
queries. Pages are static, self-contained (inline CSS, no scripts, no external resources),
escaped and deterministic, so that ``tests/test_docs.py`` can regenerate them and compare
bytes. ``make docs`` writes them.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import pyoxigraph as ox

from diplograph.queries import Query
from diplograph.rdf.iri import CONTEXT_IRI, DG, PREFIXES, compact_iri
from diplograph.vocabulary import DECLARING_TYPES, Kind, Term, Value, Vocabulary, ontology_iri

__all__ = ["render_ontology_docs", "render_query_catalogue"]

_RDF, _RDFS, _OWL = PREFIXES["rdf"], PREFIXES["rdfs"], PREFIXES["owl"]
_SKOS, _DCTERMS = PREFIXES["skos"], PREFIXES["dcterms"]
_TYPE, _LABEL, _PREF_LABEL = _RDF + "type", _RDFS + "label", _SKOS + "prefLabel"
_DEFINITION, _EXAMPLE, _COMMENT = _SKOS + "definition", _SKOS + "example", _RDFS + "comment"
_DOMAIN, _RANGE = _RDFS + "domain", _RDFS + "range"
_SUB_CLASS, _SUB_PROPERTY = _RDFS + "subClassOf", _RDFS + "subPropertyOf"
_IN_SCHEME = _SKOS + "inScheme"

_PROPERTY_KINDS = {
    Kind.OBJECT_PROPERTY,
    Kind.DATATYPE_PROPERTY,
    Kind.ANNOTATION_PROPERTY,
    Kind.PROPERTY,
}
# Statements shown in this order, under these headings; any other predicate is still shown,
# after them, under its prefixed name.
_FACTS: dict[str, str] = {
    _TYPE: "Type",
    _SUB_CLASS: "Subclass of",
    _SUB_PROPERTY: "Subproperty of",
    _OWL + "equivalentClass": "Equivalent class",
    _OWL + "equivalentProperty": "Equivalent property",
    _OWL + "inverseOf": "Inverse of",
    _DOMAIN: "Domain",
    _RANGE: "Range",
    _IN_SCHEME: "In scheme",
    _SKOS + "topConceptOf": "Top concept of",
    _SKOS + "hasTopConcept": "Top concepts",
    _SKOS + "broader": "Broader",
    _SKOS + "narrower": "Narrower",
    _SKOS + "notation": "Notation",
    _SKOS + "altLabel": "Also called",
    _SKOS + "exactMatch": "Exact match",
    _SKOS + "closeMatch": "Close match",
    _SKOS + "broadMatch": "Broader match",
    _SKOS + "narrowMatch": "Narrower match",
    _SKOS + "relatedMatch": "Related match",
    _OWL + "sameAs": "Same as",
    _RDFS + "seeAlso": "See also",
    _RDFS + "isDefinedBy": "Defined by",
}
_SHOWN_ELSEWHERE = {_LABEL, _PREF_LABEL, _DEFINITION, _EXAMPLE, _COMMENT}


def render_ontology_docs(vocabulary: Vocabulary, *, context: Mapping[str, Any]) -> dict[str, str]:
    """Every page of ``docs/ontology/`` by file name: ``index.html`` and one per term.

    ``context`` is the JSON-LD ``@context`` whose keys the pages list for each term.

    >>> from diplograph.export import load_context
    >>> from diplograph.vocabulary import load_vocabulary
    >>> pages = render_ontology_docs(load_vocabulary(), context=load_context())
    >>> "<code>participants</code>" in pages["property-participation.html"]
    True
    """
    keys = _json_keys(context)
    pages = {"index.html": _index(vocabulary, keys)}
    for term in vocabulary.terms.values():
        pages[term.page] = _term_page(vocabulary, term, keys)
    return dict(sorted(pages.items()))


def render_query_catalogue(queries: Sequence[Query]) -> str:
    """``docs/queries.md``: every canned query of ``data/queries/`` with its parameters.

    >>> from diplograph.queries import list_queries
    >>> "`countries_met_by`" in render_query_catalogue(list_queries())
    True
    """
    lines = [
        "# Canned queries",
        "",
        "Generated from the headers of `data/queries/*.rq` by `make docs`; do not edit.",
        "Run one with `diplograph query NAME [--param NAME=VALUE ...]`; list them with",
        "`diplograph query --list`.",
        "",
        "| query | title | parameters | description |",
        "| --- | --- | --- | --- |",
    ]
    for q in queries:
        params = ", ".join(f"`{name}` ({kind})" for name, kind in q.params)
        cells = [f"`{q.name}`", q.title, params, q.description]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


# -- pages -----------------------------------------------------------------------------------


def _index(vocabulary: Vocabulary, keys: Mapping[str, list[str]]) -> str:
    e = html.escape
    ontology = ontology_iri(vocabulary)
    title = vocabulary.english(ontology, _DCTERMS + "title") or "diplograph vocabulary"
    body = [f"<h1>{e(title)}</h1>"]
    if description := vocabulary.english(ontology, _DCTERMS + "description"):
        body.append(f"<p>{e(description)}</p>")
    facts = [
        ("Ontology IRI", _code(ontology)),
        ("Namespace", f"{_code(DG)} (prefix <code>dg:</code>)"),
        ("Version", e(vocabulary.english(ontology, _OWL + "versionInfo"))),
    ]
    for predicate, name in (
        (_OWL + "versionIRI", "Version IRI"),
        (_DCTERMS + "license", "Licence"),
    ):
        for v in vocabulary.values(ox.NamedNode(ontology), predicate):
            facts.append((name, _value(vocabulary, v)))
    facts.append(
        (
            "JSON-LD context",
            f"{_code(CONTEXT_IRI)}, published from <code>ontologies/context.jsonld</code>; "
            "the JSON key of each term is on its page. <code>diplograph export -f jsonld</code> "
            "embeds it; <code>--context-url</code> references it instead.",
        )
    )
    body.append(_facts_table(facts))
    for kind in Kind:
        terms = [t for t in vocabulary.terms.values() if t.kind is kind]
        if not terms:
            continue
        body.append(f"<h2>{e(kind.heading)} ({len(terms)})</h2>")
        rows = [
            f'<tr><td><a href="{e(t.page)}"><code>{e(compact_iri(t.iri))}</code></a></td>'
            f"<td>{e(t.label)}</td><td>{_keys_html(keys.get(t.iri, []))}</td>"
            f"<td>{e(t.definition)}</td></tr>"
            for t in terms
        ]
        head = "<tr><th>term</th><th>label</th><th>JSON key</th><th>definition</th></tr>"
        body.append(f"<table>{head}{''.join(rows)}</table>")
    return _page(title, "".join(body), index=True)


def _term_page(vocabulary: Vocabulary, term: Term, keys: Mapping[str, list[str]]) -> str:
    e = html.escape
    subject = ox.NamedNode(term.iri)
    heading = term.label or compact_iri(term.iri)
    body = [
        f"<h1>{e(heading)} <small>{e(term.kind.singular)}</small></h1>",
        f'<p class="iri">{_code(compact_iri(term.iri))} = {_code(term.iri)}</p>',
    ]
    if term.definition:
        body.append(f'<p class="definition">{e(term.definition)}</p>')
    for heading_text, predicate in (("Example", _EXAMPLE), ("Note", _COMMENT)):
        for v in vocabulary.values(subject, predicate):
            text = e(v.value)
            tag = f"<pre>{text}</pre>" if predicate == _EXAMPLE else f"<p>{text}</p>"
            body.append(f"<h2>{heading_text}</h2>{tag}")
    facts = list(_facts(vocabulary, subject, term))
    facts += _usage(vocabulary, term, keys)
    body.append("<h2>Statements</h2>" + _facts_table(facts))
    return _page(f"{heading} ({compact_iri(term.iri)})", "".join(body), index=False)


def _facts(vocabulary: Vocabulary, subject: ox.NamedNode, term: Term) -> Iterator[tuple[str, str]]:
    props = vocabulary.statements[subject]
    declaring = {iri for iri, kind in DECLARING_TYPES.items() if kind is term.kind}
    ordered = [p for p in _FACTS if p in props]
    others = sorted(p for p in props if p not in _FACTS and p not in _SHOWN_ELSEWHERE)
    for predicate in [*ordered, *others]:
        values = [
            v
            for v in vocabulary.values(subject, predicate)
            if not (predicate == _TYPE and v.value in declaring)
        ]
        if values:
            name = _FACTS.get(predicate) or compact_iri(predicate)
            yield name, "<br>".join(_value(vocabulary, v) for v in values)


def _usage(
    vocabulary: Vocabulary, term: Term, keys: Mapping[str, list[str]]
) -> list[tuple[str, str]]:
    """How the term appears in data, derived from the other terms' statements."""

    def links(iris: Iterable[str]) -> str:
        return "<br>".join(
            _value(vocabulary, ox.NamedNode(i))
            + (f" <small>JSON: {_keys_html(keys[i])}</small>" if i in keys else "")
            for i in iris
        )

    rows: list[tuple[str, str]] = []
    derived = {
        "Properties of its instances": (_DOMAIN, Kind.CLASS),
        "Value of": (_RANGE, Kind.CLASS),
        "Subclasses": (_SUB_CLASS, Kind.CLASS),
        "Instances": (_TYPE, Kind.CLASS),
        "Subproperties": (_SUB_PROPERTY, None),
        "Concepts": (_IN_SCHEME, Kind.CONCEPT_SCHEME),
    }
    for name, (predicate, kind) in derived.items():
        applies = term.kind is kind or (kind is None and term.kind in _PROPERTY_KINDS)
        found = vocabulary.subjects_with(predicate, term.iri) if applies else []
        if found:
            rows.append((name, links(found)))
    if term.kind is Kind.INDIVIDUAL:
        classes = [t.value for t in vocabulary.values(ox.NamedNode(term.iri), _TYPE)]
        found = sorted({p for c in classes for p in vocabulary.subjects_with(_RANGE, c)})
        if found:
            rows.append(("Value of", links(found)))
    if term.iri in keys:
        rows.append(("JSON-LD key", _keys_html(keys[term.iri])))
    return rows


# -- HTML pieces -----------------------------------------------------------------------------

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1 small{font-size:.55em;color:#666;font-weight:normal}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}
pre{background:#f5f5f5;padding:.6rem;white-space:pre-wrap}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{width:14rem}
.iri{color:#555}
.definition{font-size:1.1em}
nav{margin-bottom:1rem}
"""


def _page(title: str, body: str, *, index: bool) -> str:
    nav = "" if index else '<nav><a href="index.html">diplograph vocabulary</a></nav>'
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n{nav}\n{_break_lines(body)}\n"
        "<footer><p><small>Generated from <code>ontologies/</code> by "
        "<code>make docs</code>; do not edit.</small></p></footer>\n</body>\n</html>\n"
    )


def _break_lines(body: str) -> str:
    # One block element per line keeps diffs of the generated pages readable.
    return re.sub(r"(</(?:h1|h2|p|pre|table|tr)>)", "\\1\n", body)


def _facts_table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th>{html.escape(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def _code(text: str) -> str:
    return f"<code>{html.escape(text)}</code>"


def _keys_html(keys: Sequence[str]) -> str:
    return ", ".join(f"<code>{html.escape(json_key)}</code>" for json_key in keys)


def _value(vocabulary: Vocabulary, value: Value) -> str:
    """A statement's object as HTML: a link for IRIs, 'A or B' for unions, text for literals."""
    e = html.escape
    if isinstance(value, ox.Literal):
        suffix = f"@{value.language}" if value.language else ""
        return f"{e(value.value)}{e(suffix)}"
    if isinstance(value, ox.BlankNode):
        members = vocabulary.values(value, _OWL + "unionOf")
        if members:
            return " or ".join(_value(vocabulary, m) for m in vocabulary.rdf_list(members[0]))
        return "(anonymous)"
    term = vocabulary.terms.get(value.value)
    href = term.page if term else value.value
    if value.value == ontology_iri(vocabulary):
        href = "index.html"
    return f'<a href="{e(href)}"><code>{e(compact_iri(value.value))}</code></a>'


# -- helpers ---------------------------------------------------------------------------------


def _json_keys(context: Mapping[str, Any]) -> dict[str, list[str]]:
    """IRI → the context's keys for it (terms and prefixes are expanded with its prefixes)."""
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("/", "#"))}
    keys: dict[str, list[str]] = defaultdict(list)
    for key, value in context.items():
        if key.startswith("@") or key in prefixes or value in ("@id", "@type"):
            continue
        compact = value if isinstance(value, str) else value.get("@id", key)
        prefix, _, suffix = compact.partition(":")
        keys[prefixes[prefix] + suffix if prefix in prefixes else compact].append(key)
    return {iri: sorted(names) for iri, names in keys.items()}
