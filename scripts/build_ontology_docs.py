"""Write the generated reference docs: ``docs/ontology/*.html`` and ``docs/queries.md``.

The pages come from ``diplograph.reference_docs`` (which renders the terms that
``diplograph.vocabulary`` reads from ``ontologies/*.ttl``, with the keys of
``ontologies/context.jsonld``); this script only writes them, removing pages of terms that
no longer exist. ``make docs`` runs it; ``tests/test_docs.py`` fails when the committed
pages differ from what it would write.

Usage::

    python scripts/build_ontology_docs.py --out docs
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from diplograph.export import load_context
from diplograph.queries import list_queries
from diplograph.reference_docs import render_ontology_docs, render_query_catalogue
from diplograph.vocabulary import load_vocabulary


def build(out: Path) -> list[Path]:
    """Write every generated file under ``out``; returns the paths written."""
    folder = out / "ontology"
    folder.mkdir(parents=True, exist_ok=True)
    pages = render_ontology_docs(load_vocabulary(), context=load_context())
    for stale in sorted(folder.glob("*.html")):
        if stale.name not in pages:
            stale.unlink()
    written = []
    for name, text in pages.items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    queries = out / "queries.md"
    queries.write_text(render_query_catalogue(list_queries()), encoding="utf-8", newline="\n")
    return [*written, queries]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs"), help="docs folder")
    args = parser.parse_args(argv)
    written = build(args.out)
    print(f"wrote {len(written)} files under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
