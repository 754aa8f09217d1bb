"""The words around names: forms of address, bare titles, and words that end a body's name.

Shared by :mod:`~diplograph.extract.names` (which cleans the model's names) and
:mod:`~diplograph.extract.missed_names` (which finds the names the model misses).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = [
    "AFFAIR_AFTER",
    "AFTER_HONORIFIC",
    "BARE_TITLES",
    "BODY_WORDS",
    "HONORIFICS",
    "SHORT_WORDS",
    "WEEKDAYS",
    "is_initial",
]

HONORIFICS = (
    *("H.E.", "HE", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Excellency"),
    *("H.H.", "HH", "H.R.H.", "HRH", "H.M.", "HM"),  # His/Her (Royal) Highness, Majesty
    "K.H.",  # Kyai Haji, an Indonesian cleric's title: "K.H. Ma'ruf Amin"
    # Forms of address of the Gulf, Iran, South Asia, Malaysia and Nigeria, and military
    # ranks: "Sayyid Badr Albusaidi", "Shri Narendra Modi", "Dato' Seri Anwar Ibrahim".
    *("Sayyid", "Sayed", "Seyyed", "Seyed", "Shri", "Smt.", "Smt", "Shrimati"),
    *("Datuk", "Dato'", "Dato’", "Tun", "Sir", "Dame", "Malam", "Alhaji", "Engr."),
    *("Mawlawi", "Maulvi", "Maulana", "Mullah", "Hajji", "Haji", "Sardar", "Nawabzada"),
    *("Gen.", "Lt.", "Maj.", "Col.", "Adm.", "Brig.", "Gen", "Lt", "Amb.", "Prof.", "Prof"),
    *("Admiral", "Marshal"),  # "Admiral Sir Tony Radakin", "Field Marshal Asim Munir"
    *("Sen.", "Gov."),
    # "the Prime Minister of Samoa, the Hon Fiamē Naomi Mataʻafa"; "the Chief of Army Staff,
    # General Waker-Uz-Zaman"
    *("Hon", "Hon.", "Honourable", "Honorable", "Rt", "Rt.", "General"),
    *("Majesty", "Highness", "Royal"),  # "His Majesty King Abdullah II" (Petra, KUNA)
)
# "where on Wednesday Lammy and his counterpart": a capitalised day before a name is no
# part of it.
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
# Title words the model leaves on a name ("Secretary Rubio", "Minister Lavrov") that the
# title list only knows inside longer titles.
BARE_TITLES = frozenset(
    {
        "Secretary",
        "Minister",
        "Ambassador",
        "Envoy",
        "Senator",
        "Commissioner",
        "Director",
        "Chairman",
        "Chairperson",
        "Chair",
        "Premier",
        "Counsellor",
        "Adviser",
        "Advisor",
        "Spokesperson",
        "Spokesman",
        "Chief",  # "its Bangladesh Mission Chief Chris Papageorgiou"
        "Mission",
        "Host",  # "Host Vladimir Putin met Iranian President Masoud Pezeshkian"
    }
)
# "Seri"/"Sri" is an honorific after "Dato'" but a given name on its own ("Sri Mulyani").
AFTER_HONORIFIC = ("Seri", "Sri", "Paduka", "Gen.", "Gen")


BODY_WORDS = frozenset(
    {
        "Member",  # "Minister of State and Cabinet Member Dr. Musaed Al-Aiban"
        "Members",
        "Regiment",
        "Council",
        "Committee",
        "Commission",
        "Office",
        "Ministry",
        "Guard",
        "Guards",
        "Bank",
        "Fund",
        "Agency",
        "Party",
        "Assembly",
        "Forces",
        "Army",
        "Navy",
        "Corps",
        "Secretariat",
        "Palace",
        "House",
        "Division",
        "Department",
        "Bureau",
        "Authority",
        "Corporation",  # "the State Atomic Energy Corporation Rosatom"
        # "Head of the United Nations Support Mission in Libya", "Assistant Secretary
        # General for Political Affairs": a body or a portfolio, not a person
        "Mission",
        "Affairs",
        "Front",  # "Tigray People's Liberation Front (TPLF) spokesman Getachew Reda"
        "Movement",
        "Institute",
        "Centre",
        "Center",
        "Board",
        "Airport",
        "Hotel",
        "Hall",
        "University",
        "Stadium",
        "Gate",  # "Berlin's Brandenburg Gate"
        "Square",
        # "the prime minister's residence at 7, Lok Kalyan Marg": a street
        "Street",
        "Avenue",
        "Road",
        "Marg",
        "Court",
        "Parliament",
        "Senate",
        "Summit",
        "Summits",
        "State",
        "States",
        "Organization",
        "Organisation",
        "Province",
        "Region",
        # "Special Envoy to the Middle East": a region, not the envoy's name
        "East",
        "West",
        "Gulf",
        "Sea",
        "Pacific",
        "Atlantic",
        "Mediterranean",
        "Caribbean",
        "Diwan",  # "the Ministry's General Diwan"
        "Asia",
        "Africa",
        "Europe",
        "Americas",
        # "the Johor-Singapore Special Economic Zone": a place or a scheme
        "Zone",
        "Corridor",
        "Triangle",  # "the so-called Weimar Triangle": a group of states
        "Headquarters",  # "General Headquarters" (GHQ), the army's seat
        "Agreement",
        "Treaty",
        "Initiative",
        "Partnership",
        "Retreat",
    }
)


def is_initial(token: Token) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", token.text))


# What follows a company's or a case's name, not a person's: "Japan's Line Yahoo affair".
AFFAIR_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:affair|scandal|saga|controversy|case|probe|leak|hack|company|"
    r"corporation|platform|app|conglomerate)\b"
)


# Two-letter words a capital starts a sentence with, which are no one's surname ("He", "In").
SHORT_WORDS = frozenset(
    {"He", "An", "As", "At", "By", "Do", "Go", "If", "In", "Is", "It", "Me", "My", "No"}
    | {"Of", "Oh", "On", "Or", "So", "To", "Up", "Us", "We"}
)
