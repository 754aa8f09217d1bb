"""Finding publication dates: datelines near the top of the text, URL paths, metadata.

A wrong date is worse than none, since relative dates in the text ("on Friday") are resolved
against it, so the false-positive cases matter as much as the formats that must be read.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplograph import articles
from diplograph.pubdate import date_from_url, find_published_date, parse_published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\nDecember 28, 2023\nBody", date(2023, 12, 28)),
        ("Headline\n28 December 2023\nBody", date(2023, 12, 28)),
        ("Headline\n2023-12-28\nBody", date(2023, 12, 28)),
        ("Headline\nWeb DeskDecember 28, 2023\nBody", date(2023, 12, 28)),
        ("Headline\nPublished: 12/28/2023\nBody", date(2023, 12, 28)),
        ("Headline\nPublished: 01/02/2024\nBody", date(2024, 1, 2)),  # US order when ambiguous
        ("Headline\nPublished: 28/12/2023\nBody", date(2023, 12, 28)),  # day first if it must be
        ("Headline\nDec 28, 2023 10:15 PM\nBody", date(2023, 12, 28)),
        ("Headline\n05.02.2024\nBody", date(2024, 2, 5)),  # dotted: day first
        ("Headline\nBy Staff | Sept. 3rd, 2023\nBody", date(2023, 9, 3)),
        ("Headline\nUPDATED 3 MAR 2024\nBody", date(2024, 3, 3)),
        ("December 28, 2023\nISLAMABAD: story", date(2023, 12, 28)),  # date as first line
        ("\n\nA\nB\nC\nD\nJanuary 1, 2024", date(2024, 1, 1)),  # fifth non-empty line
    ],
)
def test_find_published_date_formats(text: str, expected: date) -> None:
    assert find_published_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 2023 budget was passed\nby 120 votes to 80.",
        "Resolution 2231 adopted\n12 members voted for it in 2023",
        "Headline\nFebruary 30, 2024\nBody",  # no such day
        "Headline\nRemarch 5, 2023",  # month name inside a word
        "Headline\nVersion 10/45/2023",
        "A\nB\nC\nD\nE\nDecember 28, 2023",  # sixth non-empty line: too far down
        "Headline\n" + "A long first paragraph " * 5 + "said on December 28, 2023.",
        "",
    ],
)
def test_find_published_date_no_false_positives(text: str) -> None:
    assert find_published_date(text) is None


def test_find_published_date_prefers_dateline_over_headline() -> None:
    text = "Ministers to meet on January 5, 2024\nDecember 28, 2023\nBody"
    assert find_published_date(text) == date(2023, 12, 28)
    assert find_published_date("Ministers to meet on January 5, 2024\nBody") == date(2024, 1, 5)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/world/2023/12/28/talks", date(2023, 12, 28)),
        ("https://x.example/2023/1/5/talks", date(2023, 1, 5)),
        ("https://x.example/news/2023-12-28/talks", date(2023, 12, 28)),
        ("https://x.example/news/talks-2023-12-28.html", date(2023, 12, 28)),
        ("https://x.example/news/talks-20231228", date(2023, 12, 28)),
        ("https://x.example/news/talks_20231228.html", date(2023, 12, 28)),
        ("https://x.example/story/12345678", None),
        ("https://x.example/story/2023/talks", None),
        ("https://x.example/story/talks-20231399", None),
        ("https://x.example/story/talks?d=2023-12-28", None),  # only the path counts
        ("not a url", None),
    ],
)
def test_date_from_url(url: str, expected: date | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-12-28", date(2023, 12, 28)),
        ("2023-12-28T23:30:00+05:00", date(2023, 12, 28)),  # the date as written, not UTC
        (" 2024-01-06 10:15:00Z ", date(2024, 1, 6)),
        ("December 25, 2023", date(2023, 12, 25)),
        ("not a date", None),
    ],
)
def test_parse_published(value: str, expected: date | None) -> None:
    assert parse_published(value) == expected


def test_articles_still_exports_the_date_finders() -> None:
    assert articles.find_published_date is find_published_date
    assert articles.date_from_url is date_from_url
    assert {"find_published_date", "date_from_url"} <= set(articles.__all__)
