"""National news agencies: the country whose side a story is told from."""

from __future__ import annotations

import pytest

from diplograph.agencies import agency_country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ISLAMABAD, Dec 27 (APP): Prime Minister Kakar met the envoys.", "country:PK"),
        ("LIMA, Nov 15 (Bernama) -- Prime Minister Anwar met President Boluarte.", "country:MY"),
        ("Muscat, IRNA - Iran's foreign minister met his Omani counterpart.", "country:IR"),
        ("Riyadh, Oct 19, 2023, SPA -- The Crown Prince received a call.", "country:SA"),
        ("Manama, Dec. 7 (BNA): His Royal Highness received the minister.", "country:BH"),
        # international agencies take no country's side
        ("WASHINGTON (AP) — Secretary of State Blinken met his counterpart.", None),
        ("PARIS (Reuters) - The two presidents met on Monday.", None),
        # an agency's short name inside a sentence is only a word
        ("The MAP of the region and a SPA resort were discussed at length.", None),
    ],
)
def test_agency_country_from_the_credit(text: str, country: str | None) -> None:
    assert agency_country(text) == country


def test_agency_credit_at_the_end_counts() -> None:
    body = "Prime Minister Anwar Ibrahim met the Peruvian President today. " * 10
    assert agency_country(body + "\n-- BERNAMA\n") == "country:MY"
    assert agency_country(body) is None
