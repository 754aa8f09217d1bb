"""What one article says about itself: who is who, where it was filed, which country it is about.

A meeting's sentences rarely say everything: "Rubio" is the "Secretary of State Marco
Rubio" named three paragraphs up, and a Pakistani minister's country is the one the
story is filed from or names most. This module gathers that article-wide context once,
so the meeting finder can read each sentence against it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from diplograph.extract.datelines import find_dateline
from diplograph.extract.dates import resolve_date
from diplograph.extract.doctext import text_of
from diplograph.extract.groups import MINISTRIES
from diplograph.extract.namewords import SHORT_WORDS
from diplograph.extract.party import PartyMention
from diplograph.extract.places import city_place, unlisted_city
from diplograph.extract.references import (
    NATIONAL_OFFICES,
    described_person,
    other_office,
    same_office,
    second_references,
)
from diplograph.gazetteer import Gazetteer
from diplograph.model import Place
from diplograph.people import People

__all__ = ["ArticleContext"]


class ArticleContext:
    """Article-wide context: who is who, and the dateline."""

    def __init__(
        self,
        doc: Doc,
        gaz: Gazetteer,
        body_start: int,
        people: People,
        agency: str | None = None,
        published: date | None = None,
    ) -> None:
        self.doc = doc
        self.agency = agency
        self.published = published
        """The story's publication date, when the caller knows it."""
        """The country of the national news agency that filed the story, if any."""
        self.gaz = gaz
        self.kb = people
        self.dateline = find_dateline(text_of(doc), body_start)
        self.home: str | None = None
        self.home_city: Place | None = None
        if self.dateline:
            self.home_city = city_place(gaz, self.dateline.city)
            country = gaz.country_by_name(self.dateline.country) if self.dateline.country else None
            if country:
                self.home = country.key
            elif self.home_city:
                self.home = self.home_city.country
            if self.home_city is None:
                # A city outside the gazetteer ("ANTALYA, Türkiye –"): keep its name.
                self.home_city = unlisted_city(gaz, self.dateline.city, self.home)
        self._org_counts: dict[str, int] | None = None
        self.visited: Place | None = None
        """Where the story's visitor is ("paid an official visit to Singapore"), if said."""
        self.people: dict[str, PartyMention] = {}
        self.envoys: dict[str, PartyMention] = {}
        """Envoys the article names, with the state each acts for."""
        self.salience: dict[str, int] = {}
        # A date line above the body ("14 January, 2025 - 16:05"): a dated release.
        head = text_of(doc)[:body_start]
        self.dated_lead = resolve_date(head, None)[0] is not None
        self.lead_date = head.strip() if self.dated_lead else ""
        """The text above the body when it dates the release ("Kyiv, 01.12.2024")."""

    def learn(self, mention: PartyMention) -> None:
        """Remember the fullest form of a person: name, title and affiliation."""
        if mention.envoy and mention.represents:
            self.envoys[self.identity(mention)] = mention
        if not mention.person:
            return
        known = self.resolve_name(mention.person)
        words = mention.person.split()
        if known is None and len(words) > 1 and words[-1] in self.people:
            # "Mr Wong" learned before "Prime Minister Lawrence Wong (left)": one person
            # (whose state the full name's own words or the people list tell)
            known = replace(self.people[words[-1]], represents=None)
        if known is None or len(mention.person) > len(known.person or ""):
            merged = mention
            if known is not None:
                merged = mention.filled_from(known)
                self.people.pop(known.person or "", None)
            self.people[mention.person] = merged
        else:
            self.people[known.person or ""] = known.filled_from(mention)

    def known_names(self) -> list[str]:
        """Full names, and surnames that belong to exactly one known person."""
        names = [n for n in self.people if len(n.split()) > 1]
        surnames = [s for n in names for s in self._second_references(n)]
        # "Li and Kishida also met": a two-letter family name counts, unless it is also
        # an English word ("He" of He Lifeng would match every "He said").
        unique = [
            s
            for s in surnames
            if surnames.count(s) == 1 and (len(s) > 2 or (len(s) == 2 and s not in SHORT_WORDS))
        ]
        return [*names, *unique]

    def set_salience(self, counts: dict[str, int]) -> None:
        """Country mention counts; the dateline's country gets one more."""
        self.salience = dict(counts)
        if self.home:
            self.salience[self.home] = self.salience.get(self.home, 0) + 1

    def home_for(self, taken: set[str]) -> str | None:
        """The story's own country, if not already represented by another party.

        The most-named free country (the dateline's country counts once more) when it is
        named at least twice and more often than any other; else the dateline's country.
        A story filed from Washington by a Pakistani paper about a Pakistani minister
        names Pakistan most. International news with no such country gets no guess: a
        wrong affiliation is worse than none.
        """
        return self.most_named(taken) or (self.home if self.home not in taken else None)

    def most_named(self, taken: set[str]) -> str | None:
        """The country named at least twice and more often than any other not taken."""
        free = [
            (n, k) for k, n in self.salience.items() if k not in taken and k.startswith("country:")
        ]
        ranked = sorted(free, key=lambda x: (-x[0], x[1]))
        if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return ranked[0][1]
        return None

    def resolve_name(self, name: str) -> PartyMention | None:
        """The known person a name refers to: the same name, or its surname."""
        if name in self.people:
            return self.people[name]
        surname = name.split()[-1].lower()
        given = name.split()[0].lower() if len(name.split()) > 1 else None
        matches = [
            p
            for full, p in self.people.items()
            if name in (refs := self._second_references(full))  # "bin Farhan"
            or (
                surname in (r.lower() for r in refs)
                # "Mohammed bin Abdulrahman Al Thani" is not "Tamim bin Hamad Al Thani": a full
                # name with another given name is another member of the family.
                and (given is None or full.split()[0].lower() == given or full.endswith(name))
            )
        ]
        if len(matches) > 1 and given is None:  # "Herzog": President Isaac, not his wife
            matches = [p for p in matches if p.title or self.kb.find(p.person or "")] or matches
        if len(matches) == 1:
            return matches[0]
        if not matches and given is None and len(name) > 2:
            # "Sir Keir" (the model drops the "Sir") is Keir Starmer: a knight's second
            # reference is the given name. Only one known person may have it.
            firsts = [
                p
                for full, p in self.people.items()
                if len(full.split()) > 1 and full.split()[0] == name
            ]
            if len(firsts) == 1:
                return firsts[0]
        if not matches and (known := self.kb.by_surname(name)):
            # "Rubio told reporters": a second reference to a well-known office holder
            # whose full name this article never gives.
            return PartyMention(0, 0, known.name, None, known.represents_on(self.published) or None)
        return None

    def by_title(self, m: PartyMention) -> PartyMention | None:
        """The one named person of the article an unnamed official's title denotes.

        "HRH the Crown Prince and Prime Minister" is the "Prince Salman bin Hamad Al
        Khalifa, the Crown Prince and Prime Minister" of the lead; "EAM" is the "External
        Affairs Minister Dr. S. Jaishankar" named above.
        """
        if m.person or not m.title or m.envoy:
            return None
        matches = [
            p
            for p in self.people.values()
            if p.title
            and same_office(m.title, p.title)
            and (m.represents is None or self._side_of(p) in (None, m.represents))
        ]
        if not matches and len(m.title.split()) == 1 and m.title[0].isupper():
            # "Earlier in the day, the Minister received ...": the one minister the
            # article names, when it names only one.
            head = m.title.lower()
            matches = [
                p
                for p in self.people.values()
                if p.title
                and head in p.title.lower().replace("-", " ").split()
                and (m.represents is None or self._side_of(p) in (None, m.represents))
            ]
        if not matches and m.represents and m.title.lower() in ("counterpart", "opposite number"):
            # "Xi met his Vietnamese counterpart ... Vietnamese President Luong Cuong was on a
            # state visit": the one person of that side the article names.
            named = {p.person: p for p in self.people.values() if self._side_of(p) == m.represents}
            matches = list(named.values()) if len(named) == 1 else []
        # "David Lammy has used a two-day tour of the Gulf ... The foreign secretary arrived
        # in Abu Dhabi": the one person the article names who held the office that day, as
        # the people list says, when the article never gives his title. ("Foreign
        # Secretary" is Britain's foreign minister only: a title's scope.)
        holders = [p for p in self._holders(m) if p not in matches]
        untitled = [p for p in holders if not p.title]
        if matches and untitled and not m.title[0].isupper():
            # "Sir Keir Starmer" (no title given) and "Canadian Prime Minister Justin Trudeau":
            # "the prime minister" of a British story is the one of the most-named state
            both = sorted(
                [*matches, *untitled],
                key=lambda p: -self.salience.get(self._side_of(p) or "", 0),
            )
            top = [self.salience.get(self._side_of(p) or "", 0) for p in both[:2]]
            return both[0] if len(both) == 1 or top[0] > top[1] else None
        if not matches:
            matches = holders
        if (
            len(matches) > 1
            and m.title[0].isupper()
            and min(p.start for p in self.people.values()) > m.start
        ):
            # "The Prime Minister brought together international leaders ..." heading a
            # Downing Street release that names Starmer first, then Carney and Albanese:
            # an office named before any holder of it is the story's own, named first.
            return min(matches, key=lambda p: p.start)
        return matches[0] if len(matches) == 1 else None

    def _head_by_office(self, m: PartyMention) -> PartyMention | None:
        """ "The same day, the High Commissioner also held talks" after "The UN High
        Commissioner for Refugees, Filippo Grandi": the one person of the article who acts
        for a body named by that office (no envoy of a state)."""
        if m.represents or not (m.title or " ")[0].isupper():
            return None
        heads = {
            p.person: p
            for p in self.people.values()
            if (side := self._side_of(p) or "").startswith("org:")
            and (body := self.gaz.organizations.get(side[4:])) is not None
            and (m.title or "").lower() in body.name.lower()
        }
        return next(iter(heads.values())) if len(heads) == 1 else None

    def _holders(self, m: PartyMention) -> list[PartyMention]:
        """The article's people who held the office ``m`` names on the day, by the people list."""
        senses = self.gaz.titles_by_surface().get((m.title or "").lower(), [])
        return [
            p
            for p in self.people.values()
            if p.person
            and (listed := self.kb.find(p.person)) is not None
            and (side := self._side_of(p)) is not None
            and any(
                listed.held_on(t.role_key, self.published)
                and (not t.country_scope or side.removeprefix("country:") in t.country_scope)
                for t in senses
            )
            and m.represents in (None, side)
        ]

    def _second_references(self, full: str) -> list[str]:
        """How the story may refer back to a person it named in full: "Dong" for Dong Jun,
        whose side (China, family name first) the people list gives when the text does not."""
        p = self.people[full]
        if p.represents is None and (side := self._side_of(p)) is not None:
            p = replace(p, represents=side)
        return second_references(full, p)

    def _side_of(self, p: PartyMention) -> str | None:
        """Whom a person of the article acts for: as stated, else as the people list says
        ("the Russian president" is not President Zelensky, whose country goes unsaid)."""
        if p.represents or not p.person:
            return p.represents
        listed = self.kb.find(p.person)
        return (listed.represents_on(self.published) or None) if listed else None

    def body_of(self, m: PartyMention) -> str | None:
        """The organisation an unnamed international official heads.

        "The Secretary-General met today with ..." in a UN readout: the body the article
        names most, or the United Nations for a Secretary-General when it names none.
        """
        if m.person or m.represents or not m.title:
            return None
        if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text_of(self.doc)[m.end : m.end + 12]):
            return None  # "the secretary-general of the National Security Council": its own
        senses = self.gaz.titles_by_surface().get(m.title.lower(), [])
        if not senses or any(x.function != "io_head" for x in senses):
            return None
        body = self.main_organisation()
        if any(x.role_key == "secretary_general" for x in senses):
            # The General Assembly has no secretary-general: the UN, whose organ it is.
            return self.gaz.parent_body(body) if body in _UN_ORGANS else body or "org:UN"
        return body

    def main_organisation(self) -> str | None:
        """The organisation the article names most, if it names any."""
        counts = self._organisations()
        return max(sorted(counts), key=lambda k: counts[k]) if counts else None

    def _organisations(self) -> dict[str, int]:
        """How often each organisation is named in the parsed text, counted once."""
        if self._org_counts is None:
            self._org_counts = {}
            for span in self.doc.spans["dg"]:
                if span.label_ == "ORG":
                    self._org_counts[span.id_] = self._org_counts.get(span.id_, 0) + 1
        return self._org_counts

    def resolve(self, m: PartyMention) -> PartyMention:
        """A mention with the fullest name, title and affiliation known for its person."""
        if described := described_person(m, self.doc, self.people.values(), self._side_of):
            # (the Austrian is the UN's: the person's title and side, not the descriptor's)
            m = replace(m, title=None, represents=None).filled_from(
                described, person=described.person
            )
        elif m.person is None and m.envoy and m.represents is None:
            # "the ambassador" of a story about one envoy is that envoy.
            if len(self.envoys) == 1:
                (envoy,) = self.envoys.values()
                m = m.filled_from(envoy, person=envoy.person)
            elif head := self._head_by_office(m):
                m = m.filled_from(head, person=head.person)
        elif m.person is None and (known_official := self.by_title(m)) is not None:
            m = m.filled_from(known_official, person=known_official.person)
        elif (body := self.body_of(m)) is not None:
            m = replace(m, represents=body)
        if m.person:
            known = self.resolve_name(m.person)
            if known is not None and not other_office(m, known):
                m = m.filled_from(known, person=known.person)
            listed = self.kb.find(m.person or "")
            if listed is None and m.title and len((m.person or "").split()) == 1:
                # "received by King Charles": a monarch goes by title and regnal name.
                listed = self.kb.find(f"{m.title} {m.person}")
            if listed is not None:
                # One person, one name across articles. A state the article seems to give
                # an office holder the list has in office that month is more often a misread
                # ("Narendra Modi, Prime Minister of the Republic of India" under an Abu
                # Dhabi dateline) than news, so the list wins; a body the article gives wins
                # (the list's dates are years), but for the Union's institutions ("EU chief
                # von der Leyen" is the Commission's) and a body's organ ("AU Commission
                # Chairperson Moussa Faki" is the AU Commission's), where the list is exact.
                dated = listed.represents_on(self.published) or None
                loose = (
                    (m.represents in _EU and dated in _EU)
                    or (m.represents is not None and self.gaz.parent_body(dated) == m.represents)
                    or (
                        self.published is not None
                        and listed.in_office_on(self.published)
                        and not (m.represents or "").startswith("org:")
                    )
                )
                m = replace(
                    m,
                    person=listed.name,
                    represents=dated if loose or not m.represents else m.represents,
                )
            elif m.person and len(m.person.split()) == 1 and not m.title:
                # A lone word with no title, that the article never gives in full and the
                # people list does not know ("Readout", "Chairperson", "Ladakh"), is no
                # one's name; "Prime Minister Ramgoolam" is.
                m = replace(m, person=None)
        return m

    def is_national_office(self, title: str | None) -> bool:
        """An office one state has one holder of ("The Prime Minister welcomed Chancellor Merz
        to Downing Street"): the story's country is not stated because it goes without saying.
        A state's foreign ministry ("the Foreign Office summoned ...") is one too."""
        if not title or title[0].islower():
            return False
        if title in MINISTRIES:
            return True
        senses = self.gaz.titles_by_surface().get(title.lower(), [])
        return bool(senses) and all(x.function in NATIONAL_OFFICES for x in senses)

    def identity(self, p: PartyMention) -> str:
        """The key under which mentions of one party are merged: the person, else title and side."""
        if p.person:
            known = self.resolve_name(p.person)
            return "person:" + (known.person if known and known.person else p.person)
        return f"{p.title}|{p.represents}"


_EU = frozenset({"org:EU", "org:EC", "org:EUCO", "org:EP"})
_UN_ORGANS = frozenset({"org:UNGA", "org:UNSC", "org:ECOSOC", "org:ICJ", "org:UN-SECRETARIAT"})
