"""Which side each party of a meeting is on, when the sentence itself does not say.

"Al-Shaibani arrived with Defense Minister Abu Qasra" puts the minister on Syria's side;
a Pakistani minister named without his country is Pakistan's in an APP story; "the Saudi
foreign minister" is the named Saudi foreign minister. These rules fill or merge parties
before the meeting finder decides roles.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from diplograph.extract.context import ArticleContext
from diplograph.extract.doctext import text_of
from diplograph.extract.offices import held_by_another, out_of_scope
from diplograph.extract.party import PartyMention, with_affiliation
from diplograph.extract.spans import sentence_spans
from diplograph.extract.subjects import is_subject
from diplograph.model import Place, Role

__all__ = [
    "Resolved",
    "add_other_leader",
    "affiliate_nationals",
    "companions",
    "drop_unnamed_duplicates",
    "is_international",
    "is_source",
]

Resolved = dict[str, tuple[PartyMention, Role | None]]
"""The parties of one meeting, by identity, with the role the text gave them (if any)."""

# "Al-Shaibani, who arrived in Ankara with Defense Minister Abu Qasra and intelligence
# chief Khattab": whoever travels with an official is on that official's side.
_COMPANION = re.compile(
    r"\b(?:accompanied by|along with|together with|flanked by|joined by|"
    # "Mr Wetang'ula, who was joined at the meeting by Majority Leader Kimani Ichung'wah"
    r"joined (?:at|in|for) the (?:[\w-]+ )?(?:meeting|talks|call|session|audience) by|"
    r"(?:arrived|travell?ed|travell?ing|came)(?: in [A-Z][\w-]*(?: [A-Z][\w-]*)?)? with)\b",
)
# "St. Petersburg Governor Alexander Beglov met ... the consuls general": an office of a
# city or a region, met where it sits
_LOCAL_OFFICE = re.compile(r"\b(?:governor|mayor|chief minister)\b", re.IGNORECASE)
_BANK = re.compile(r"\b(?:[Bb]ank|BSP|RBI|SBP|Fed)\b")
_TRAILING_COMPANION = re.compile(r"^[^.;:]*,\s*accompanied by\b")
# "Deputy Prime Minister ... Ishaq Dar, Federal Minister for Commerce Jam Kamal Khan and
# senior officials also attended": officials listed together, one side given for them all.
_PAIRED = re.compile(
    r"^\s*(?:and|,|;|,\s*and|;\s*and)\s+(?!while\b|but\b|whereas\b)"
    # "Foreign Minister Prince Faisal bin Farhan; Minister of State, Member of the Council of
    # Ministers and National Security Adviser Dr. Musaed Al-Aiban": a long title is still
    # one official listed after another
    r"(?:(?:[\w-]+\s+){0,5}|(?:(?:[A-Z][\w.-]*|of|the|and|for),?\s+){0,14})$"
)
# The list goes on; ", while Lavrov was accompanied by ..." starts another.
_LIST_ON = re.compile(
    r"^\s*(?:,|;|and|,\s*and|;\s*and)\s+(?!while\b|but\b|whereas\b)(?:\S+\s+){0,8}$"
)


def companions(doc: Doc, mentions: list[PartyMention], ctx: ArticleContext) -> list[PartyMention]:
    """Mentions with the side of the official they accompany, where the text says so."""
    out: list[PartyMention] = []
    leader: PartyMention | None = None
    for m in mentions:
        named = next((o for o in reversed(out) if o.person), None) or next(
            # ("The Prime Minister was accompanied by ...": the one the title stands for)
            (o for o in reversed(out) if ctx.resolve(o).person),
            None,
        )
        # An envoy of no stated state ("accompanied by the Bank's Country Director, Mr
        # Nathan Belete") is on the side of the one he accompanies, like anyone else.
        if named is not None and m.person and m.represents is None:
            gap = text_of(doc)[named.end : m.start]
            if _TRAILING_COMPANION.search(gap):
                # "Ms Pelosi held talks with Ms Tsai ..., accompanied by members of her
                # delegation including Gregory Meeks": who travels with the subject
                named = next((o for o in out if o.person and is_subject(doc, o)), named)
            if (_COMPANION.search(gap) and (side := ctx.resolve(named)).represents) or (
                # "Saudi Foreign Minister Prince Faisal and national security adviser
                # Mosaad al-Aiban": an official paired with another, of no stated side.
                _PAIRED.match(gap)
                and " by " not in gap
                and m.title
                and named.title
                and ctx.resolve(m).represents is None
                and (side := ctx.resolve(named)).represents
            ):
                leader = side
            elif not (leader is not None and _LIST_ON.match(gap)):
                leader = None
            if leader is not None and ctx.resolve(m).represents is None:
                m = with_affiliation(m, leader.represents)
        elif m.person or m.represents:
            leader = None
        # An unnamed title between ("accompanied by Minister of Defense Murhaf Abu Qasra"
        # reads as the title, then the name) keeps the list going.
        out.append(m)
    return out


def is_source(p: PartyMention) -> bool:
    """A spokesperson reports a meeting; they are not a party to it."""
    return bool(
        p.title and re.search(r"spokes(?:man|woman|person)|press secretary", p.title, re.IGNORECASE)
    )


_BOTH = re.compile(
    r"\b(?:both|the two) (?:leaders|prime ministers|presidents|ministers|foreign ministers)\b",
    re.IGNORECASE,
)


def add_other_leader(resolved: Resolved, ctx: ArticleContext, text: str) -> None:
    """ "Following talks with Prime Minister Ramgoolam, both leaders ...": the other leader
    is the one the story introduced first, on another side."""
    if len(resolved) > 1 or not _BOTH.search(text):
        return
    if not resolved:
        # "In a meeting at the Élysée ..., the two presidents discussed ...": the two the
        # story introduced first, of two sides.
        first = next((p for p in ctx.people.values() if p.person and p.represents), None)
        if first is None:
            return
        first = ctx.resolve(first)
        resolved[ctx.identity(first)] = (first, None)
    ((alone, _),) = resolved.values()
    other = next(
        (
            p
            for p in ctx.people.values()
            if p.person and p.represents and p.represents != alone.represents
        ),
        None,
    )
    if other is not None and alone.represents:
        other = ctx.resolve(other)
        resolved.setdefault(ctx.identity(other), (other, None))


# "Assistant Secretary-General Hossam Zaki attended the meeting": an official of a body's
# secretariat, by the words before the name.
_STAFF = re.compile(
    r"\b(?:Assistant|Deputy|Under)[- ]Secretary[- ]General\b[^.;:]{0,60}$", re.IGNORECASE
)


def _staff_of_host(resolved: Resolved, ctx: ArticleContext) -> None:
    """An assistant or deputy secretary-general who attends a meeting an organisation hosts
    is its own ("Aboul Gheit received ... Bathily. Assistant Secretary-General Hossam Zaki
    attended the meeting": the League's, not the UN's its title first suggests)."""
    hosts = {
        m.represents
        for m, role in resolved.values()
        if role is Role.HOST and (m.represents or "").startswith("org:")
    }
    if len(hosts) != 1:
        return
    (host,) = hosts
    text = text_of(ctx.doc)
    for key, (m, role) in list(resolved.items()):
        if (
            role is None
            and m.person
            and m.represents in (None, "org:UN")
            and (staff := _STAFF.search(text, max(0, m.start - 80), m.start)) is not None
            # (not "UN Assistant Secretary-General ...": the body said)
            and not any(
                s.label_ == "ORG" and staff.start() - 20 <= s.start_char < m.start
                for s in _spans_around(ctx, m)
            )
        ):
            resolved[key] = (with_affiliation(m, host), role)


def _spans_around(ctx: ArticleContext, m: PartyMention) -> list[Span]:
    """The gazetteer spans of the sentence ``m`` is in."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return sentence_spans(ctx.doc, span.sent) if span is not None else []


def affiliate_nationals(
    resolved: Resolved,
    ctx: ArticleContext,
    place: Place | None,
    sideline: bool,
) -> None:
    """Give a national official with no stated country the story's own country.

    "ISLAMABAD – Interim Prime Minister Kakar met the ambassadors of ..." never says
    Kakar is Pakistani; the story does, by naming Pakistan more than any country not
    already represented by someone else in the meeting. (A hosting body's secretariat
    official is the body's.)
    """
    _staff_of_host(resolved, ctx)
    taken = {m.represents for m, _ in resolved.values() if m.represents}
    if place is not None and place.country and sideline:
        # A summit's host country is where leaders met, not whom they represent.
        taken.add(place.country)
    agency = ctx.agency
    envoys_only = {m.represents for m, _ in resolved.values() if m.represents and m.envoy}
    if agency in envoys_only - {m.represents for m, _ in resolved.values() if not m.envoy}:
        # "Kingston (Prensa Latina) The new Cuban ambassador presented his credentials to
        # Governor-General Sir Patrick Allen": the agency's own side is its envoy abroad;
        # whoever received him is the country he is posted to.
        agency = None
    for key, (m, role) in list(resolved.items()):
        # "The Prime Minister welcomed Chancellor Merz to Downing Street": an official
        # named by title alone is the story's own too.
        official = m.person or m.title
        if m.represents is None and official and not m.envoy and not is_international(ctx, m):
            # An agency's story is told from its country's side: officials it does not
            # place are its own ("Also present was Minister Tengku Zafrul", Bernama).
            # At a meeting of several states, the country it is in, if no one at the table
            # has it yet ("President Joko Widodo, who chaired the closed-door plenary" in
            # Jakarta, in a story that names Myanmar most).
            states = {t for t in taken if t.startswith("country:")}
            here = (
                place.country
                if place is not None and len(states) >= 3 and place.country not in taken
                else None
            )
            home = agency or here or ctx.home_for(taken)
            if (
                agency is not None
                and taken == {agency}
                and ctx.home is not None
                and ctx.home not in taken
                and (place is None or place.country == ctx.home)
            ):
                # "Moscow [Russia], December 27 (ANI): ... Jaishankar met Deputy Prime
                # Minister Denis Manturov": the agency's own side is all that is at the
                # table; the official it does not place is of the state it files from.
                home = ctx.home
            hosts = {o.represents for o, _ in resolved.values() if not o.envoy}
            if agency is None and ctx.home is not None and ctx.home in hosts:
                # "BEIJING (AP) — ... Blinken also met Public Security Minister Wang
                # Xiaohong": with the dateline's state at the table, an official the story
                # does not place is its own, not some third state the story names.
                home = ctx.home
            elif (
                place is not None
                and place.country in hosts
                and place.country == ctx.home_for(set())
            ):
                # "President Samia Suluhu Hassan ... met heads of Tanzania's missions. The
                # session was also attended by the Minister for Foreign Affairs, Mr January
                # Makamba": in the story's own country, with its leader at the table, not
                # Korea, named once for a summit to come.
                home = place.country
            national = {
                o.represents
                for o, _ in resolved.values()
                if not o.envoy and (o.represents or "").startswith("country:")
            }
            top = ctx.home_for(set()) or (next(iter(national)) if len(national) == 1 else None)
            if home is None and m.title and top in national:
                # "Finance minister Dr Mwigulu Nchemba also attended the meeting", no other
                # country in sight: the story's own, on its leader's side.
                home = top
            local = bool(m.title and _LOCAL_OFFICE.search(m.title)) and not _BANK.search(
                text_of(ctx.doc),
                max(0, m.start - 40),
                m.end,  # a central bank's governor
            )
            if (
                (home is None or local)
                and not sideline
                and place is not None
                and place.country is not None
                and (place.country not in taken or local)
                and m.title
                and (ctx.is_national_office(m.title) or local)
            ):
                # "paid a courtesy call on Prime Minister Sitiveni Rabuka at his office in
                # Suva": an office of state, met where it sits, of the state it sits in
                home = place.country
            if (
                m.title
                and _LEGISLATOR.search(m.title)
                and place is not None
                and place.country in hosts
            ):
                # "Biden met House Speaker Kevin McCarthy at the White House": a lawmaker
                # at home with his own leader, not one of the dateline's state (Sydney).
                home = place.country
            if (
                place is not None
                and place.country in hosts
                and _functions(ctx, m) & {"security_official", "military"}
            ):
                # "the Nigerian leader ... met behind closed doors with the National Security
                # Adviser, Nuhu Ribadu, and the Chief of Defence Staff ... at the Presidential
                # Villa, Abuja": security chiefs met at home are the leader's own
                home = place.country
            if home and out_of_scope(ctx, m, home):
                home = None  # "standing committee member Amir Khasru": no Bangladeshi emir
            if home and held_by_another(ctx, m, home):
                # "President Sheikh Mohamed" in a story naming Israel most is not Israel's:
                # its president that day was someone else
                home = None
            if home:
                resolved[key] = (with_affiliation(m, home), role)
        elif m.represents is None and m.person and m.envoy and taken:
            # "Dar ... assured Beijing ... as he hosted Ambassador Jiang Zaidong": an envoy
            # the sentence does not place is of the foreign state the story names most,
            # never of the state he is posted to.
            posted = place.country if place is not None else None
            foreign = ctx.most_named(taken | {posted} if posted else taken)
            if foreign:
                resolved[key] = (with_affiliation(m, foreign), role)
        elif m.represents is None and m.person and is_international(ctx, m):
            # "First Deputy Managing Director Gita Gopinath ... also took part": an official
            # of the body the story is about.
            body = ctx.main_organisation()
            if body:
                resolved[key] = (with_affiliation(m, body), role)


_LEGISLATOR = re.compile(
    r"\b(?:Speaker|lawmakers?|legislators?|senators?|congress(?:man|woman|men|women)|"
    r"(?:Majority|Minority) Leader|"
    r"MPs?|parliamentarians?|deputies)\b",
    re.IGNORECASE,
)


def is_international(ctx: ArticleContext, m: PartyMention) -> bool:
    """An official of an international body ("Commissioner for Enlargement Marta Kos"):
    the story's own country is not hers."""
    functions = _functions(ctx, m)
    return bool(functions) and all(f.startswith("io_") for f in functions)


def _functions(ctx: ArticleContext, m: PartyMention) -> set[str]:
    """The functions of the longest title inside the mention's title ("Managing Director"
    of "First Deputy Managing Director"), leftmost first; a modifier alone ("Deputy") says
    nothing."""
    words = (m.title or "").split()
    by_surface = ctx.gaz.titles_by_surface()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            senses = by_surface.get(" ".join(words[i : i + n]).lower())
            if senses and not all(x.is_modifier for x in senses):
                return {x.function for x in senses}
    return set()


def drop_unnamed_duplicates(resolved: Resolved) -> None:
    """ "The Saudi foreign minister" is the named Saudi foreign minister when one is present."""
    named = {(m.represents, (m.title or "").lower()) for m, _ in resolved.values() if m.person}
    named_countries = {m.represents for m, _ in resolved.values() if m.person}
    # "the Ambassadors of the United Kingdom, Chile and Ghana" and then one line per envoy.
    named_envoys = {m.represents for m, _ in resolved.values() if m.person and m.envoy}
    for key, (m, _) in list(resolved.items()):
        if m.person is None and (
            (m.envoy and m.represents in named_envoys)
            or (
                not m.envoy
                and (
                    (m.represents, (m.title or "").lower()) in named
                    or m.represents in named_countries
                )
            )
        ):
            _, dropped_role = resolved.pop(key)
            if dropped_role is Role.HOST:
                # "Oman today hosted the talks ..., under the facilitation of Sayyid Badr":
                # the state hosted, so its named people do.
                for k, (n, role) in list(resolved.items()):
                    if n.person and n.represents == m.represents and role is not Role.HOST:
                        resolved[k] = (n, Role.HOST)
            # "Egypt's Minister of Foreign Affairs, ..., Dr. Badr Abdelatty": the title the
            # name lost to a long portfolio belongs to the one named person of that side.
            same_side = [
                k for k, (n, _) in resolved.items() if n.person and n.represents == m.represents
            ]
            if len(same_side) == 1 and m.title:
                n, role = resolved[same_side[0]]
                if n.title is None:
                    resolved[same_side[0]] = (replace(n, title=m.title), role)
