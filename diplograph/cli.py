"""The ``diplograph`` command line: thin click commands over the library.

Only this module reads flags, prints and chooses exit codes; heavy packages (spaCy,
pyoxigraph) load inside the commands that need them, so ``--help`` stays instant.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from diplograph import __version__
from diplograph.errors import DiplographError

if TYPE_CHECKING:
    from diplograph.store import Store

__all__ = ["cli"]

DEFAULT_STORE = "./diplograph-store"
QUERY_FORMATS = ("table", "csv", "tsv", "json", "xml")
EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld")


class _Group(click.Group):
    """Maps library errors to one red line on stderr and the error's exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DiplographError as e:
            if ctx.find_root().params.get("debug"):
                raise
            click.secho(f"Error: {e}", err=True, fg="red")
            ctx.exit(e.exit_code)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="diplograph")
@click.option(
    "--store",
    "store_path",
    envvar="DIPLOGRAPH_STORE",
    default=DEFAULT_STORE,
    show_default=True,
    help="Store folder (embedded Oxigraph), or 'memory:'. Env: DIPLOGRAPH_STORE.",
)
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, store_path: str, debug: bool) -> None:
    """diplograph: who met whom, when, where and about what in world diplomacy."""
    ctx.obj = {"store": store_path}


def _open(ctx: click.Context) -> Store:
    from diplograph.store import open_store

    store = open_store(ctx.obj["store"])
    ctx.call_on_close(store.close)
    return store


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.option(
    "--merge/--no-merge",
    default=True,
    show_default=True,
    help="Afterwards, merge reports of the same meeting by several articles (see 'merge').",
)
@click.pass_context
def ingest(ctx: click.Context, paths: Sequence[str], quiet: bool, merge: bool) -> None:
    """Extract meetings from articles and store them.

    PATHS are .txt, .html/.htm or .jsonl files, folders (searched recursively) or '-'
    for standard input. Each article is stored on its own; bad inputs are reported
    one line each and the rest go through. Exit code 3 if any input failed.
    """
    from diplograph.articles import count_inputs, read_articles
    from diplograph.extract.pipeline import build_pipeline
    from diplograph.ingest import ingest_articles

    store = _open(ctx)
    nlp = build_pipeline()
    total = count_inputs(list(paths))
    show_bar = not quiet and sys.stderr.isatty() and (total is None or total > 1)
    with _progress(show_bar, total) as bar:
        report = ingest_articles(
            store,
            read_articles(list(paths)),
            nlp,
            progress=lambda origin: bar.update(origin),
            merge=merge,
        )
    for failure in report.failed:
        click.secho(f"error: {failure}", err=True, fg="red")
    if not quiet:
        merged = f" ({report.merged} merged into other reports)" if report.merged else ""
        click.echo(
            f"Ingested {report.articles} article(s), {report.meetings} meeting(s){merged}, "
            f"{report.quads} quads; {len(report.failed)} failed.",
            err=True,
        )
    if report.failed:
        ctx.exit(3)


@cli.command()
@click.option("--undo", is_flag=True, help="Drop every merge: each report is its own meeting.")
@click.pass_context
def merge(ctx: click.Context, undo: bool) -> None:
    """Merge meetings that several articles report into one meeting.

    Two reports from different articles are one meeting when they are dated at most a
    day apart and share at least two sides (countries, organisations, or named people
    beyond their country). The merge is recomputed from scratch on every run (ingest
    runs it too) and kept apart from the articles' own facts, so --undo restores them.
    """
    from diplograph.merge import merge_meetings, unmerge_meetings

    store = _open(ctx)
    if undo:
        click.echo(f"Unmerged {unmerge_meetings(store)} meeting(s).", err=True)
        return
    report = merge_meetings(store)
    click.echo(f"{report.meetings} meetings merged into {len(report.clusters)}.", err=True)


class _Bar:
    """A tqdm bar that counts files (a JSONL file's lines all count towards that file)."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.bar: Any = None
        self.last = ""
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", file=sys.stderr, leave=False)

    def update(self, origin: str) -> None:
        if self.bar is None:
            return
        path = origin.rsplit(":", 1)[0] if origin.rsplit(":", 1)[-1].isdigit() else origin
        if path != self.last:
            self.bar.update(1)
            self.last = path

    def __enter__(self) -> _Bar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress(enabled: bool, total: int | None) -> _Bar:
    return _Bar(enabled, total)


def _param_pairs(params: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        values[name.lstrip("?")] = value
    return values


@cli.command()
@click.argument("query", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(path_type=Path),
    help="Read the query from a .rq file.",
)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query parameter (repeatable).",
)
@click.option(
    "--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True
)
@click.option("-o", "--output", type=click.File("wb"), default="-", show_default=True)
@click.option("--list", "list_only", is_flag=True, help="List the named queries and exit.")
@click.option("--fail-if-empty", is_flag=True, help="Exit 1 when the query returns no row.")
@click.pass_context
def query(
    ctx: click.Context,
    query: str | None,
    query_file: Path | None,
    params: Sequence[str],
    fmt: str,
    output: BinaryIO,
    list_only: bool,
    fail_if_empty: bool,
) -> None:
    """Run a SPARQL SELECT over all stored graphs.

    QUERY is the name of a canned query (see --list) or inline SPARQL text. Prefixes
    dg:, id:, schema:, sem:, org:, prov:, skos:, wd:, rdfs:, xsd:, owl: are predeclared.
    """
    from diplograph import queries
    from diplograph.errors import ValidationFailed
    from diplograph.results import rows_to_table, serialized_empty

    if list_only:
        for q in queries.list_queries():
            args = " ".join(f"--param {n}=<{t}>" for n, t in q.params)
            click.echo(f"{q.name:24} {q.title}" + (f"  [{args}]" if args else ""))
        return
    if query_file is not None:
        chosen = queries.load_query_file(query_file)
    elif query is None:
        raise click.UsageError("give a query name, inline SPARQL, or -f FILE.rq")
    elif query.replace("_", "").isalnum():
        chosen = queries.get_query(query)
    else:
        chosen = queries.query_from_text("inline", query)
    bindings = queries.bind_params(chosen, _param_pairs(params))
    store = _open(ctx)
    if fmt == "table":
        rows = store.select(chosen.text, bindings)
        output.write(rows_to_table(rows).encode("utf-8"))
        empty = len(rows) == 0
    else:
        from diplograph.store import ResultFormat

        buffer = io.BytesIO()
        store.select_serialized(chosen.text, buffer, format=ResultFormat(fmt), bindings=bindings)
        output.write(buffer.getvalue())
        empty = serialized_empty(buffer.getvalue(), fmt)
    output.flush()
    if fail_if_empty and empty:
        raise ValidationFailed("the query returned no rows")


@cli.command()
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default="out/network.html", show_default=True
)
@click.option(
    "--level", type=click.Choice(["country", "person"]), default="country", show_default=True
)
@click.option("--title", default="diplograph: who met whom", show_default=True)
@click.pass_context
def viz(ctx: click.Context, output: Path, level: str, title: str) -> None:
    """Draw the meetings as an interactive network page that works offline."""
    from diplograph.network import NetworkOptions, render_network
    from diplograph.queries import get_query
    from diplograph.results import term_text

    store = _open(ctx)
    rows = store.select(get_query("network").text)
    plain = [{k: term_text(v) for k, v in row.items()} for row in rows]
    html = render_network(plain, NetworkOptions(level=level, title=title))  # type: ignore[arg-type]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")
    click.echo(f"Wrote {output} ({len(plain)} participation rows).", err=True)


@cli.command()
@click.option(
    "-f", "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="trig", show_default=True
)
@click.option("-o", "--output", type=click.File("wb"), default="-", show_default=True)
@click.option(
    "--context-url",
    metavar="URL",
    help="jsonld only: reference this @context (e.g. the published "
    "https://w3id.org/diplograph/context.jsonld) instead of embedding it.",
)
@click.pass_context
def export(ctx: click.Context, fmt: str, output: BinaryIO, context_url: str | None) -> None:
    """Export every stored graph as Turtle, TriG, N-Quads or JSON-LD.

    Turtle merges the graphs; TriG and N-Quads keep each graph's name. JSON-LD is the
    data (without the ontology graph) compacted with diplograph's @context
    (ontologies/context.jsonld), so it reads like plain JSON: {"id": "meeting/...",
    "date": "2023-12-28", "participants": [{"role": "host", ...}], ...}.
    """
    if context_url is not None and fmt != "jsonld":
        raise click.BadParameter("only applies to -f jsonld", param_hint="--context-url")
    store = _open(ctx)
    if fmt == "jsonld":
        from diplograph.export import export_jsonld, load_context

        export_jsonld(store, output, context=load_context(), context_url=context_url)
    else:
        store.dump(output, format=fmt)
    output.flush()


@cli.command()
@click.pass_context
def stats(ctx: click.Context) -> None:
    """Print counts of articles, meetings, people and countries in the store."""
    from diplograph.queries import get_query
    from diplograph.results import term_text

    store = _open(ctx)
    rows = store.select(get_query("stats").text)
    row = rows.rows[0] if rows.rows else {}
    location = ctx.obj["store"]
    click.echo(f"store: {location if location == 'memory:' else os.path.abspath(location)}")
    for name in rows.variables:
        click.echo(f"{name + ':':16}{term_text(row.get(name)) or '0'}")
    click.echo(f"{'named graphs:':16}{len(store.named_graphs())}")
    click.echo(f"{'quads:':16}{len(store)}")


@cli.command()
@click.option(
    "--gold",
    type=click.Path(path_type=Path, exists=True),
    required=True,
    help="Gold JSONL (docs/evaluation.md).",
)
@click.option(
    "--articles",
    type=click.Path(path_type=Path, exists=True),
    required=True,
    help="Articles JSONL with the same ids.",
)
@click.option(
    "--errors", is_flag=True, help="Also list, per article, what was missed and spurious."
)
@click.option("--title", default=None, help="Title of the report (default: the gold file name).")
def evaluate(gold: Path, articles: Path, errors: bool, title: str | None) -> None:
    """Score extraction against gold annotations: P/R/F1 per slot, and throughput."""
    from diplograph.articles import ArticleError, read_articles
    from diplograph.evaluation import evaluate_articles, format_errors, format_report, load_gold
    from diplograph.extract.pipeline import build_pipeline

    gold_records = load_gold(gold)
    items = list(read_articles([articles]))
    for bad in (i for i in items if isinstance(i, ArticleError)):
        click.secho(f"error: {bad}", err=True, fg="red")
    nlp = build_pipeline()
    ev, count = evaluate_articles(
        nlp, [i for i in items if not isinstance(i, ArticleError)], gold_records
    )
    click.echo(format_report(ev, title=title or gold.name, articles=count), nl=False)
    if errors:
        click.echo(format_errors(ev), nl=False)


@cli.command()
@click.option(
    "--shapes",
    "shapes_file",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="SHACL shapes (Turtle) to use instead of the packaged ontologies/shapes.ttl.",
)
@click.pass_context
def validate(ctx: click.Context, shapes_file: Path | None) -> None:
    """Check every stored graph against the SHACL shapes of the vocabulary.

    Prints each offending node with the path and the rule it breaks. Exit code 0 when
    the store conforms, 1 when it does not, 3 when the shapes file is not valid SHACL.
    """
    from diplograph.errors import ValidationFailed
    from diplograph.validate import format_report, validate_store

    store = _open(ctx)
    shapes = shapes_file.read_bytes() if shapes_file is not None else None
    report = validate_store(store, shapes=shapes)
    click.echo(format_report(report))
    if not report.conforms:
        nodes = len({r.focus for r in report.results})
        raise ValidationFailed(f"the store does not conform to the shapes ({nodes} node(s))")
