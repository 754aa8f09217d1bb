"""SELECT results on their way out: plain text for a terminal, and whether any row came back.

The store hands back `Rows` of pyoxigraph terms, or writes the results serialized in a
SPARQL results format. Showing them to a person (a table with IRIs shortened to prefixed
names, a term as a plain string) and telling an empty serialized result from a full one are
questions about results, not about the command that asked the query, so they are answered
here and the CLI stays wiring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diplograph.rdf.iri import compact_iri

if TYPE_CHECKING:
    from diplograph.store import Rows

__all__ = ["rows_to_table", "serialized_empty", "term_text"]


def serialized_empty(data: bytes, fmt: str) -> bool:
    """True when ``data``, SELECT results serialized as ``fmt``, holds no row.

    >>> serialized_empty(b"country\\r\\n", "csv")
    True
    """
    if fmt in ("csv", "tsv"):
        return len(data.strip().splitlines()) <= 1
    if fmt == "json":
        return b'"bindings":[]' in data.replace(b" ", b"")
    return b"<result>" not in data


def term_text(term: Any) -> str:
    """A bound term as plain text (its value), or ``""`` when the variable is unbound."""
    if term is None:
        return ""
    return str(getattr(term, "value", term))


def rows_to_table(rows: Rows, max_width: int = 60) -> str:
    """A plain-text table: readable in a terminal (IRIs shortened to prefixed names).

    >>> from pyoxigraph import Literal
    >>> from diplograph.store import Rows
    >>> print(rows_to_table(Rows(["name"], [{"name": Literal("Kakar")}])), end="")
    name
    -----
    Kakar
    (1 row)
    """

    def show(term: Any) -> str:
        text = term_text(term)
        return compact_iri(text) if type(term).__name__ == "NamedNode" else text

    header = list(rows.variables)
    body = [[show(row.get(v)) for v in header] for row in rows]
    body = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in body]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    rule = "  ".join("-" * w for w in widths)
    out = [line.rstrip(), rule]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    out.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(out) + "\n"
