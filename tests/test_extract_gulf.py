"""Extraction on the real model: Gulf and Middle Eastern state agencies and papers.

Each test is a short article written for it, in the style where the phrasing was found
(the held-out set CC, spent in session 14: KUNA, Petra, Daily Sabah, Arab News, Gulf
News, the Times of Israel).
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from diplograph.extract.pipeline import extract_articles
from diplograph.model import Article, Meeting, Mode


def _extract(nlp: Language, text: str, published: date | None) -> list[Meeting]:
    return next(iter(extract_articles(nlp, [Article(text, "test", published=published)])))[1]


def _people(meeting: Meeting) -> set[str | None]:
    return {p.person for p in meeting.participants}


def test_an_analysis_label_under_the_headline_and_last_aprils_talks(nlp: Language) -> None:
    text = (
        "Two years after the Beijing deal, the thaw holds\n"
        "ANALYSIS\n"
        "By a staff writer\n"
        "RIYADH: The two foreign ministers, Prince Faisal bin Farhan and Hossein "
        "Amir-Abdollahian, met in Beijing in April, and embassies reopened within months.\n"
    )
    assert _extract(nlp, text, date(2024, 3, 10)) == []
    # Without the label, last April's talks are still recalled, not news.
    assert _extract(nlp, text.replace("ANALYSIS\n", ""), date(2024, 3, 10)) == []


def test_a_summit_announced_and_who_attended_last_years(nlp: Language) -> None:
    text = (
        "Bahrain to host Arab League summit\n\n"
        "Manama: Bahrain will host the 33rd Arab League summit on May 16, the first time the "
        "kingdom hosts the leaders' gathering, the League's Assistant Secretary General Hossam "
        "Zaki announced on Thursday.\n\n"
        "The summit follows last year's gathering in Jeddah, where Syrian President Bashar "
        "Al Assad attended for the first time in a decade, and Ukrainian President Volodymyr "
        "Zelensky addressed the leaders in person.\n"
    )
    assert _extract(nlp, text, date(2024, 4, 18)) == []


def test_phone_calls_received_from_several_leaders_are_one_call_each(nlp: Language) -> None:
    text = (
        "Amir receives Eid calls\n\n"
        "KUWAIT, April 10 (KUNA) -- His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber "
        "Al-Sabah received on Wednesday phone calls from His Majesty King Hamad bin Isa Al "
        "Khalifa of Bahrain and His Majesty Sultan Haitham bin Tarik of Oman, who exchanged "
        "greetings with His Highness on the occasion of Eid Al-Fitr.\n"
    )
    calls = _extract(nlp, text, date(2024, 4, 10))
    assert [m.mode for m in calls] == [Mode.PHONE, Mode.PHONE]
    assert sorted(len(m.participants) for m in calls) == [2, 2]
    assert all("Majesty King" not in _people(m) for m in calls)


def test_a_foreign_speakers_title_and_a_speaker_of_the_lower_house_at_home(
    nlp: Language,
) -> None:
    text = (
        "King receives Iraqi speaker\n\n"
        "Amman, May 14 (Petra) -- His Majesty King Abdullah II received Speaker of Iraq's "
        "Council of Representatives Mohammed Halbousi at Al Husseiniya Palace on Sunday.\n\n"
        "Later on Sunday, Halbousi held talks with Lower House Speaker Ahmad Safadi at the "
        "Parliament.\n"
    )
    meetings = _extract(nlp, text, date(2023, 5, 14))
    assert [
        sorted((str(p.person), str(p.represents)) for p in m.participants) for m in meetings
    ] == [
        [("Abdullah II", "country:JO"), ("Mohamed al-Halbousi", "country:IQ")],
        [("Ahmad Safadi", "country:JO"), ("Mohamed al-Halbousi", "country:IQ")],
    ]


def test_the_forum_venue_where_talks_were_held_is_no_plan(nlp: Language) -> None:
    text = (
        "Erdogan receives Barzani in Antalya\n\n"
        "President Recep Tayyip Erdoğan on Friday received Nechirvan Barzani, president of "
        "the Kurdish Regional Government of Iraq, on the sidelines of the Antalya Diplomacy "
        "Forum. The closed-door meeting, held at the forum venue in Antalya, was also attended "
        "by Foreign Minister Hakan Fidan, the Communications Directorate said.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 3, 2))
    assert "Hakan Fidan" in _people(meeting)


def test_the_president_not_his_wife_and_the_trip_before(nlp: Language) -> None:
    text = (
        "Herzog meets Dubai ruler at Expo\n\n"
        "DUBAI — President Isaac Herzog met on Monday with Sheikh Mohammed bin Rashid Al "
        "Maktoum, the UAE's vice president and ruler of Dubai, at the Expo site.\n\n"
        "On Sunday, Herzog was hosted in Abu Dhabi by Crown Prince Sheikh Mohammed bin Zayed "
        "Al Nahyan. The talks focused on regional security.\n\n"
        "First lady Michal Herzog, who is accompanying the president, visited a school in Abu "
        "Dhabi on Sunday while her husband held his talks.\n\n"
        "Herzog's trip follows Prime Minister Naftali Bennett's visit in December, when he met "
        "Sheikh Mohammed bin Zayed in Abu Dhabi.\n"
    )
    meetings = _extract(nlp, text, date(2022, 1, 31))
    assert [(m.date, _people(m)) for m in meetings] == [
        (date(2022, 1, 31), {"Isaac Herzog", "Mohammed bin Rashid Al Maktoum"}),
        (date(2022, 1, 30), {"Isaac Herzog", "Mohamed bin Zayed Al Nahyan"}),
    ]


def test_the_kingdom_is_no_city(nlp: Language) -> None:
    text = (
        "HRH the Crown Prince and Prime Minister receives US Secretary of Defense\n\n"
        "Manama, Nov. 20 (BNA): His Royal Highness Prince Salman bin Hamad Al Khalifa, the "
        "Crown Prince and Prime Minister, received at Gudaibiya Palace today the United States "
        "Secretary of Defense, Lloyd J. Austin III, who is visiting the Kingdom to take part "
        "in the 17th Manama Dialogue.\n\n"
        "HRH the Crown Prince and Prime Minister welcomed the Secretary, highlighting the "
        "deep-rooted historic relations between the Kingdom of Bahrain and the United States "
        "of America and the strategic partnership that has contributed to regional security "
        "and stability, including through the presence of the US Naval Forces Central Command"
        " and the Fifth Fleet in the Kingdom.\n"
    )
    (meeting,) = _extract(nlp, text, date(2021, 11, 20))
    assert meeting.place is not None and meeting.place.name == "Manama"


def test_a_portfolio_minister_of_a_named_state(nlp: Language) -> None:
    text = (
        "Health minister meets WHO regional director\n\n"
        "RIYADH: Saudi Health Minister Fahad Al-Jalajel met Dr. Ahmed Al-Mandhari, regional "
        "director of the World Health Organization, in Riyadh on Monday.\n"
    )
    (meeting,) = _extract(nlp, text, date(2023, 11, 21))
    assert ("Fahad Al-Jalajel", "country:SA") in {
        (p.person, p.represents) for p in meeting.participants
    }
