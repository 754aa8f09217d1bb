"""How a story refers back to someone it named: "Wang" for Wang Yi, "Sheikh Meshal" for
Sheikh Meshal Al Ahmad Al Jaber Al Sabah, "EAM" for External Affairs Minister.

:class:`~diplograph.extract.context.ArticleContext` resolves second references and unnamed
offices with these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from diplograph.extract.doctext import text_of
from diplograph.extract.party import PartyMention

__all__ = [
    "NATIONAL_OFFICES",
    "described_person",
    "other_office",
    "same_office",
    "second_references",
]

_MINOR = {"of", "for", "and", "the", "&"}


# Where the family name comes first ("Wang Yi" is "Wang" on second reference).
_FAMILY_FIRST = {"country:CN", "country:TW", "country:HK", "country:MO", "country:KR", "country:KP"}


def second_references(full: str, p: PartyMention) -> list[str]:
    """How a story refers back to a person: the surname, or the family name first."""
    words = full.split()
    if p.represents in _FAMILY_FIRST and 2 <= len(words) <= 3 and "-" not in words[0]:
        return [words[-1], words[0]]
    arabic = any(w.lower() in _ARABIC_PARTICLES or w[:3] in ("Al-", "al-") for w in words)
    if len(words) >= 3 and arabic:
        # "Sheikh Meshal Al Ahmad Al Jaber Al Sabah" is "Sheikh Meshal" the second time;
        # "Faisal bin Farhan Al Saud" is "bin Farhan" (or, opening a sentence, "Bin Farhan").
        sons = [
            f"{particle} {words[i + 1]}"
            for i, w in enumerate(words[:-1])
            if w.lower() in ("bin", "bint", "ibn") and words[i + 1][:1].isupper()
            for particle in (w.lower(), w.lower().capitalize())
        ]
        return [words[-1], words[0], *sons]
    return [words[-1]]


_ARABIC_PARTICLES = {"bin", "bint", "ibn", "al", "bin-", "el"}


def same_office(short: str, full: str) -> bool:
    """True when ``short`` names the office ``full`` states: same words, part, or initials.

    >>> same_office("EAM", "External Affairs Minister")
    True
    >>> same_office("Crown Prince", "Crown Prince and Prime Minister")
    True
    >>> same_office("Minister", "Foreign Minister")
    False
    """
    words = [w for w in re.split(r"[\s,-]+", full.lower()) if w]
    said = [w for w in re.split(r"[\s,-]+", short.lower()) if w]
    if short.isupper() and len(short) >= 2 and " " not in short:
        initials = "".join(w[0] for w in words if w not in _MINOR)
        return initials == short.lower()
    if said == words:
        return True
    # A leading part of a compound office ("Crown Prince" of "Crown Prince and Prime
    # Minister"), never a bare head word that many offices share ("Minister").
    n = len(said)
    # "High Representative" of "High Representative of the Union for Foreign Affairs ...".
    return n >= 2 and words[:n] == said and (len(words) == n or words[n] in ("and", "of"))


_DESCRIPTORS = frozenset({"diplomat", "veteran diplomat", "career diplomat"})


def described_person(
    m: PartyMention,
    doc: Doc,
    people: Iterable[PartyMention],
    side_of: Callable[[PartyMention], str | None],
) -> PartyMention | None:
    """The person "The Italian-Swedish diplomat" stands for in "UN envoy Staffan de Mistura
    held talks in Algiers ... The Italian-Swedish diplomat began his tour in Rabat": the one
    person the article names who is of that state or of an organisation (a nationality and
    a trade describe someone; they name no office)."""
    if m.person or (m.title or "").lower() not in _DESCRIPTORS or not m.represents:
        return None
    before = text_of(doc)[max(0, m.start - 40) : m.end]
    if not re.search(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}\w+$", before):
        return None  # "a Chinese diplomat": someone else
    named = {
        p.person: p
        for p in people
        if (side := side_of(p)) == m.represents or (side or "").startswith("org:")
    }
    return next(iter(named.values())) if len(named) == 1 else None


_ROYAL = re.compile(r"\b(?:King|Queen|Sultan|Emir|Amir|Crown Prince|Monarch)\b", re.IGNORECASE)


def other_office(m: PartyMention, known: PartyMention) -> bool:
    """ "Malaysia's King, Sultan Ibrahim" is not Prime Minister Anwar Ibrahim: one name
    word, two offices."""
    return bool(
        m.title
        and known.title
        and len((m.person or "").split()) == 1
        # (a royal title against another office; "Senator Wong" is Foreign Minister Wong)
        and bool(_ROYAL.search(m.title)) != bool(_ROYAL.search(known.title))
        and not same_office(m.title, known.title)
        and not same_office(known.title, m.title)
        and m.title.lower() not in known.title.lower()
        and known.title.lower() not in m.title.lower()
    )


# The functions of offices a state holds at home (not envoys, not officials of bodies).
NATIONAL_OFFICES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "deputy_head_of_state",
        "deputy_head_of_government",
        "foreign_minister",
        "minister",
        "royal",
    }
)
