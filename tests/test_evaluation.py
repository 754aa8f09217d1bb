"""Scoring extraction against gold: the numbers docs/accuracy.md reports come from here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import InputError
from diplograph.evaluation import _surname, format_errors, load_gold, score
from diplograph.model import Meeting, Mode, Participant, Place, Role


def _gold_meeting(*parties: tuple[str | None, str], city: str | None = None) -> dict[str, Any]:
    participants = [
        {"person": person, "title": None, "represents": side, "role": "attendee"}
        for person, side in parties
    ]
    return {
        "participants": participants,
        "countries": sorted({s for _, s in parties if s.startswith("country:")}),
        "date": "2024-05-07",
        "city": city,
        "mode": "inPerson",
    }


def _meeting(*parties: tuple[str | None, str], city: str | None = None) -> Meeting:
    return Meeting(
        article_key="a",
        participants=tuple(Participant(Role.ATTENDEE, p, None, s) for p, s in parties),
        evidence="",
        start=0,
        end=0,
        date=None,
        place=Place(city) if city else None,
        mode=Mode.IN_PERSON,
        confidence=0.95,
    )


def test_slots_count_hits_misses_and_false_alarms() -> None:
    gold = {
        "1": {"meetings": [_gold_meeting(("Ishaq Dar", "country:PK"), ("Wang Yi", "country:CN"))]},
        "2": {"meetings": []},
    }
    predicted = {
        # right countries, one right person, a wrong one
        "1": [_meeting(("Mohammad Ishaq Dar", "country:PK"), ("Li Qiang", "country:CN"))],
        # a meeting in a story that reports none
        "2": [_meeting((None, "country:US"), (None, "country:RU"))],
    }
    ev = score(gold, predicted)
    detection = ev.slots["meeting detection"]
    assert (detection.tp, detection.fp, detection.fn) == (1, 1, 0)
    countries = ev.slots["participant countries"]
    assert (countries.tp, countries.fp, countries.fn) == (2, 2, 0)
    persons = ev.slots["named persons"]
    assert (persons.tp, persons.fp, persons.fn) == (1, 1, 1)  # surnames: dar right, yi missed
    assert ev.slots["dyads"].precision == 0.5
    assert (ev.no_meeting_articles, ev.no_meeting_false_alarms) == (1, 1)
    errors = format_errors(ev)
    assert "-- 1\n   missed   named persons: yi\n   spurious named persons: qiang" in errors
    assert "-- 2\n   spurious meeting detection: meeting" in errors


def test_cities_compare_as_the_gazetteer_names_them() -> None:
    gold = {
        "1": {"meetings": [_gold_meeting((None, "country:BR"), (None, "org:UN"), city="New York")]}
    }
    predicted = {"1": [_meeting((None, "country:BR"), (None, "org:UN"), city="New York City")]}
    city = score(gold, predicted).slots["meeting city"]
    assert (city.tp, city.fp, city.fn) == (1, 0, 0)
    # An accent is a spelling choice; another city is another city.
    gold["1"]["meetings"][0]["city"] = "Brasília"
    predicted = {"1": [_meeting((None, "country:BR"), (None, "org:UN"), city="Brasilia")]}
    city = score(gold, predicted).slots["meeting city"]
    assert (city.tp, city.fp, city.fn) == (1, 0, 0)
    predicted = {"1": [_meeting((None, "country:BR"), (None, "org:UN"), city="Belem")]}
    city = score(gold, predicted).slots["meeting city"]
    assert (city.tp, city.fp, city.fn) == (0, 1, 1)


def test_malformed_gold_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "1", "meetings": []}\n{"id": 2\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:2"):
        load_gold(path)


def test_evaluate_command_scores_real_extraction(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        json.dumps(
            {
                "id": "k1",
                "published": "2024-05-07",
                "text": "ISLAMABAD, May 7 (APP): Prime Minister Shehbaz Sharif on Tuesday "
                "received Chinese Foreign Minister Wang Yi at the PM House here.\n",
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "k2",
                "published": "2024-05-07",
                "text": "BEIJING (Xinhua) -- China will host the foreign ministers of ASEAN "
                "next month, a spokesperson said on Tuesday.\n",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    meeting = _gold_meeting(("Shehbaz Sharif", "country:PK"), ("Wang Yi", "country:CN"))
    meeting["city"] = "Islamabad"
    gold.write_text(
        json.dumps({"id": "k1", "meetings": [meeting]})
        + "\n"
        + json.dumps({"id": "k2", "meetings": []})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["evaluate", "--gold", str(gold), "--articles", str(articles), "--errors"]
    )
    assert result.exit_code == 0, result.output
    lines = {
        line.split()[0] + " " + line.split()[1]: line
        for line in result.output.splitlines()
        if len(line.split()) > 4
    }
    assert lines["meeting detection"].split()[-3:] == ["1.000", "1.000", "1.000"]
    assert lines["participant countries"].split()[-1] == "1.000"
    assert lines["meeting city"].split()[-1] == "1.000"
    assert "no-meeting articles with a predicted meeting: 0 / 1" in result.output
    assert "throughput:" in result.output


def test_a_regnal_number_or_suffix_is_not_the_surname() -> None:
    assert _surname("King Charles") == _surname("Charles III") == "charles"
    assert _surname("Gilberto Teodoro Jr.") == "teodoro" != _surname("Ferdinand Marcos Jr.")
