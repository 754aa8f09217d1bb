"""The CLI end to end with CliRunner, on the real pipeline and an on-disk Oxigraph store."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from diplograph.cli import cli


def _run(store: Path, *args: str, input: str | None = None) -> object:
    return CliRunner().invoke(cli, ["--store", str(store), *args], input=input)


def test_cli_help_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from diplograph.cli import cli; import diplograph; "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cli_ingest_bad_file_reported_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        (SAMPLES / "china-envoy-calls-on-dar.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (folder / "bad.jsonl").write_text('{"text": "ok"\nnot json\n', encoding="utf-8")
    store = tmp_path / "store"
    r = _run(store, "ingest", str(folder))
    assert r.exit_code == 3, r.output
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4, r.stderr
    assert any("empty.txt" in e for e in errors) and any("binary.txt" in e for e in errors)
    assert any("bad.jsonl:2" in e for e in errors)
    r = _run(
        store, "query", "SELECT (COUNT(?m) AS ?n) WHERE { ?m a dg:Meeting }", "--format", "csv"
    )
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1].strip() == "1"


def test_cli_reingest_replaces_no_duplicates(tmp_path: Path) -> None:
    store = tmp_path / "store"
    article = str(SAMPLES / "pakistan-mena-envoys.txt")
    assert _run(store, "ingest", article).exit_code == 0
    first = _run(store, "export", "-f", "nquads").stdout_bytes
    assert _run(store, "ingest", article).exit_code == 0
    second = _run(store, "export", "-f", "nquads").stdout_bytes
    assert sorted(first.splitlines()) == sorted(second.splitlines())
    r = _run(store, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a dg:Meeting }", "--format", "csv")
    assert r.stdout.splitlines()[1].strip() == "1"


def test_cli_ingest_stdin(tmp_path: Path) -> None:
    text = (SAMPLES / "china-envoy-calls-on-dar.txt").read_text(encoding="utf-8")
    r = _run(tmp_path / "s", "ingest", "-", input=text)
    assert r.exit_code == 0, r.output
    assert "1 meeting(s)" in r.stderr


def test_cli_query_named_with_param(sample_store_path: Path) -> None:
    r = _run(
        sample_store_path, "query", "countries_met_by", "--param", "country=PK", "--format", "csv"
    )
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    isos = {row["iso2"] for row in rows}
    assert {
        "BH",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "OM",
        "PS",
        "SA",
        "SY",
        "AE",
        "YE",
    } <= isos


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_cli_query_formats(sample_store_path: Path, fmt: str) -> None:
    r = _run(sample_store_path, "query", "dyads", "--format", fmt)
    assert r.exit_code == 0, r.output
    if fmt == "table":
        assert r.stdout.splitlines()[0].split()[:2] == ["iso2A", "iso2B"]
        return
    if fmt == "csv":  # lossy by design (SPARQL 1.1 CSV): check it as CSV
        rows = list(csv.DictReader(io.StringIO(r.stdout)))
        assert rows and {"iso2A", "iso2B", "meetings"} <= set(rows[0])
        return
    results = pyoxigraph.parse_query_results(
        r.stdout_bytes, format=getattr(pyoxigraph.QueryResultsFormat, fmt.upper())
    )
    rows = list(results)
    assert rows and {str(v) for v in results.variables} >= {"?iso2A", "?iso2B", "?meetings"}


def test_cli_query_errors(sample_store_path: Path, tmp_path: Path) -> None:
    r = _run(sample_store_path, "query", "no_such_query")
    assert r.exit_code == 3 and "unknown query" in r.stderr
    r = _run(sample_store_path, "query", "SELECT ?x WHERE { ?x ?y }")
    assert r.exit_code == 3, r.output
    r = _run(sample_store_path, "query", "countries_met_by", "--param", "country=Pakistan!")
    assert r.exit_code == 3 and "2-letter" in r.stderr
    r = _run(sample_store_path, "query", "countries_met_by", "--param", "bogus")
    assert r.exit_code == 2
    r = _run(sample_store_path, "query", "--fail-if-empty", "SELECT ?x WHERE { ?x a dg:Nothing }")
    assert r.exit_code == 1


def test_cli_query_from_file_and_list(sample_store_path: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?m a dg:Meeting }", encoding="utf-8")
    r = _run(sample_store_path, "query", "-f", str(rq), "--format", "json")
    assert r.exit_code == 0, r.output
    assert int(json.loads(r.stdout)["results"]["bindings"][0]["n"]["value"]) >= 10
    r = _run(sample_store_path, "query", "--list")
    assert "countries_met_by" in r.stdout and "--param country=<country>" in r.stdout


@pytest.mark.parametrize(
    ("fmt", "oxformat"),
    [("turtle", "TURTLE"), ("trig", "TRIG"), ("nquads", "N_QUADS"), ("jsonld", "JSON_LD")],
)
def test_cli_export_formats_parse(sample_store_path: Path, fmt: str, oxformat: str) -> None:
    r = _run(sample_store_path, "export", "-f", fmt)
    assert r.exit_code == 0, r.output
    quads = list(pyoxigraph.parse(r.stdout_bytes, format=getattr(pyoxigraph.RdfFormat, oxformat)))
    meetings = [
        q
        for q in quads
        if q.object == pyoxigraph.NamedNode("https://w3id.org/diplograph/ontology#Meeting")
    ]
    assert len(meetings) >= 10


def test_cli_stats_and_viz(sample_store_path: Path, tmp_path: Path) -> None:
    r = _run(sample_store_path, "stats")
    assert r.exit_code == 0, r.output
    counts = dict(line.split(":", 1) for line in r.stdout.splitlines())
    assert int(counts["meetings"]) >= 10 and int(counts["articles"]) >= 12
    out = tmp_path / "net.html"
    r = _run(sample_store_path, "viz", "-o", str(out))
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "Pakistan" in html and "Bahrain" in html


def test_cli_store_locked_or_unusable(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a store", encoding="utf-8")
    r = _run(blocker, "stats")
    assert r.exit_code == 4, r.output
    assert str(blocker) in r.stderr


def test_cli_viz_page_opens_offline_in_chromium(sample_store_path: Path, tmp_path: Path) -> None:
    """The issue's acceptance: network.html from the demo store works with no network."""
    from browser import chromium_path, dump_dom

    chromium_path()  # fails loudly with the install hint when chromium is missing
    out = tmp_path / "network.html"
    assert _run(sample_store_path, "viz", "-o", str(out)).exit_code == 0
    page = dump_dom(out.as_uri() + "#country=Pakistan")
    summary = re.search(r'<span id="dg-summary">([^<]*)</span>', page.dom)
    assert summary is not None, page.dom[-2000:]
    counts = re.fullmatch(r"(\d+) countries, (?:\d+ people, )?(\d+) meetings", summary[1])
    assert counts is not None, summary[1]
    assert int(counts[1]) >= 15 and int(counts[2]) >= 5  # Pakistan and everyone who met it
    assert "<canvas" in page.dom
    assert not [line for line in page.console if "CONSOLE" in line and "rror" in line]


def test_cli_ingest_non_english_and_hostile_text(tmp_path: Path) -> None:
    """Other scripts go through (no meeting, no error); hostile names stay inert data."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "urdu.txt").write_text(
        "وزیر اعظم کی ملاقات\n\nاسلام آباد: وزیر اعظم نے سفیروں سے ملاقات کی۔\n", encoding="utf-8"
    )
    (folder / "hostile.txt").write_text(
        'Envoy calls on minister\n\nISLAMABAD, Jan 9 (APP): Ambassador of Oman Ali "}> <script>'
        "alert(1)</script> \\u0000 O'Brien called on Foreign Minister Ishaq Dar here on "
        "Tuesday.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    r = _run(store, "ingest", str(folder))
    assert r.exit_code == 0, r.output
    dump = _run(store, "export", "-f", "nquads").stdout_bytes
    quads = list(pyoxigraph.parse(dump, format=pyoxigraph.RdfFormat.N_QUADS))
    assert quads  # the dump parses back: literals were escaped, IRIs are slugs
    iris = [
        t.value for q in quads for t in (q.subject, q.object) if isinstance(t, pyoxigraph.NamedNode)
    ]
    assert not any("<" in i or '"' in i or " " in i for i in iris)
    r = _run(store, "validate")
    assert r.exit_code == 0, r.output
