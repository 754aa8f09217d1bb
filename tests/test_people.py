"""The list of known office holders: one key per person, unambiguous look-ups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.gazetteer import load_gazetteer
from diplograph.model import slugify
from diplograph.people import load_people


def test_people_keys_are_slugs_of_names_and_affiliations_exist() -> None:
    people = load_people().people
    gaz = load_gazetteer()
    assert len(people) > 500
    for p in people:
        assert p.key == slugify(p.name), p
        assert p.affiliations and p.represents == p.affiliations[-1][0]
        for key, first, last in p.affiliations:
            kind, _, code = key.partition(":")
            assert (kind == "country" and code in gaz.countries) or (
                kind == "org" and code in gaz.organizations
            ), p
            assert first is None or last is None or first <= last, p


def test_an_office_holder_acts_for_whom_they_served_that_year() -> None:
    kallas = load_people().find("Kaja Kallas")
    assert kallas is not None
    assert kallas.represents_on(date(2022, 6, 1)) == "country:EE"
    assert kallas.represents_on(date(2025, 2, 1)) == "org:EU"
    assert kallas.represents_on(None) == "org:EU"


def test_a_malformed_affiliation_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "people.tsv"
    bad.write_text(
        "key\tname\taliases\tsurname_forms\trepresents\troles\twikidata\n"
        "x\tX\t\t\tcountry:NL from 2010\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"people.tsv:2: bad affiliation"):
        load_people(bad)


@pytest.mark.parametrize(
    ("form", "name", "represents"),
    [
        ("Muhammad Shehbaz Sharif", "Shehbaz Sharif", "country:PK"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "country:TR"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "country:UA"),
        # the whole patronymic chain of Gulf agencies, and a middle initial
        ("Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman", "country:SA"),
        ("Ferdinand R. Marcos Jr.", "Ferdinand Marcos Jr.", "country:PH"),
    ],
)
def test_people_find_variants(form: str, name: str, represents: str) -> None:
    found = load_people().find(form)
    assert found is not None and (found.name, found.represents) == (name, represents)


def test_people_second_reference_forms_are_unique() -> None:
    people = load_people()
    assert people.by_surname("Erdogan") is not None
    assert people.by_surname("Khan") is None  # shared by many: never guessed


def test_people_malformed_file_names_line(tmp_path: Path) -> None:
    bad = tmp_path / "people.tsv"
    bad.write_text(
        "key\tname\taliases\tsurname_forms\trepresents\troles\twikidata\nx\tX\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"people.tsv:2: expected 7 fields"):
        load_people(bad)


def test_people_variants_do_not_invent_matches() -> None:
    people = load_people()
    # a different son of the same father is not the crown prince
    assert people.find("Khalid bin Salman bin Abdulaziz Al Saud").name == "Khalid bin Salman"
    assert people.find("Faisal bin Nobody bin Abdulaziz Al Saud") is None


def test_affiliations_change_in_the_month_of_the_change() -> None:
    people = load_people()
    rutte = people.find("Mark Rutte")
    assert rutte is not None
    assert rutte.represents_on(date(2024, 6, 30)) == "country:NL"
    assert rutte.represents_on(date(2024, 11, 5)) == "org:NATO"
    stoltenberg = people.find("Jens Stoltenberg")
    assert stoltenberg is not None
    # between posts: the one he had just left, not the one still to come
    assert stoltenberg.represents_on(date(2024, 11, 22)) == "org:NATO"
    assert stoltenberg.represents_on(date(2025, 3, 1)) == "country:NO"
