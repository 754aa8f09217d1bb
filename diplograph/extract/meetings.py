"""From sentences to meetings: detection, grouping of sentences, roles and places.

One article often reports one meeting over several sentences ("X met the envoys ...",
"The meeting ...", "Ambassadors of A, B and C attended"), or several meetings in a row
("also met", "in a separate meeting"). This module groups sentences into meeting drafts
and decides who hosted; dates are resolved later against the article's metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from diplograph.extract import rules
from diplograph.extract.mentions import PartyMention, find_parties, with_affiliation
from diplograph.gazetteer import Gazetteer
from diplograph.model import Mode, Place, Role
from diplograph.people import People

__all__ = ["MeetingDraft", "PartyDraft", "find_body_start", "find_meeting_drafts"]


@dataclass(frozen=True, slots=True)
class PartyDraft:
    """A resolved party of a meeting draft: canonical name, title, affiliation and role."""

    role: Role
    person: str | None
    title: str | None
    represents: str | None


@dataclass(slots=True)
class MeetingDraft:
    """A meeting as read from a document, before its date is resolved."""

    sentences: list[tuple[int, int]]
    parties: list[PartyDraft]
    triggers: set[str]
    mode: Mode
    place: Place | None
    date_text: str
    dateline_date: str
    kind: str
    confidence: float
    topics_span: tuple[int, int] = (0, 0)
    inherited_from: int | None = None
    datelined: bool = False
    """Filed under a dateline: wire copy that reports the day's (or yesterday's) events."""


@dataclass(slots=True)
class _Cluster:
    sentences: list[Span] = field(default_factory=list)
    mentions: list[tuple[PartyMention, int]] = field(default_factory=list)
    triggers: list[tuple[rules.TriggerMatch, Span]] = field(default_factory=list)
    new_cue: bool = False


_LEAD_LINE = re.compile(r"[^\n]*\n")


def find_body_start(text: str) -> int:
    """Offset of the first body line: after the headline, byline and date lines.

    Those lines never end a sentence with a full stop; the body does.

    >>> find_body_start("Kakar meets envoys\\n\\nDecember 28, 2023\\nIslamabad – Kakar met envoys.")
    38
    """
    offset = 0
    for _ in range(6):
        m = _LEAD_LINE.match(text, offset)
        if not m:
            break
        line = m.group(0).strip()
        if line and (line.endswith((".", '"', "”", ":")) and len(line.split()) > 6):
            break
        if line and len(line.split()) > 40:
            break
        offset = m.end()
    return offset


def _in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


class _Article:
    """Article-wide context: who is who, and the dateline."""

    def __init__(self, doc: Doc, gaz: Gazetteer, body_start: int, people: People) -> None:
        self.doc = doc
        self.gaz = gaz
        self.kb = people
        self.dateline = rules.find_dateline(doc.text, body_start)
        self.home: str | None = None
        self.home_city: Place | None = None
        if self.dateline:
            self.home_city = _city_place(gaz, self.dateline.city)
            country = gaz.country_by_name(self.dateline.country) if self.dateline.country else None
            if country:
                self.home = country.key
            elif self.home_city:
                self.home = self.home_city.country
            if self.home_city is None and _looks_like_city(gaz, self.dateline.city):
                # A city outside the gazetteer ("ANTALYA, Türkiye –"): keep its name.
                self.home_city = Place(_title_case(self.dateline.city), self.home)
        self.people: dict[str, PartyMention] = {}
        self.salience: dict[str, int] = {}
        # A date line above the body ("14 January, 2025 - 16:05"): a dated release.
        self.dated_lead = rules.resolve_date(doc.text[:body_start], None)[0] is not None

    def learn(self, mention: PartyMention) -> None:
        """Remember the fullest form of a person: name, title and affiliation."""
        if not mention.person:
            return
        known = self.resolve_name(mention.person)
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
        surnames = [n.split()[-1] for n in names]
        unique = [s for s in surnames if surnames.count(s) == 1 and len(s) > 2]
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
        ranked = sorted(
            (
                (n, k)
                for k, n in self.salience.items()
                if k not in taken and k.startswith("country:")
            ),
            key=lambda x: (-x[0], x[1]),
        )
        if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return ranked[0][1]
        if self.home and self.home not in taken:
            return self.home
        return None

    def resolve_name(self, name: str) -> PartyMention | None:
        """The known person a name refers to: the same name, or its surname."""
        if name in self.people:
            return self.people[name]
        surname = name.split()[-1]
        matches = [p for full, p in self.people.items() if full.split()[-1] == surname]
        if len(matches) == 1:
            return matches[0]
        if not matches and (known := self.kb.by_surname(name)):
            # "Rubio told reporters": a second reference to a well-known office holder
            # whose full name this article never gives.
            return PartyMention(0, 0, known.name, None, known.represents or None)
        return None


def _title_case(name: str) -> str:
    return name.title() if name.isupper() else name


def _looks_like_city(gaz: Gazetteer, name: str) -> bool:
    label = _title_case(name)
    return gaz.country_by_name(label) is None and gaz.organization_by_name(label) is None


def _city_place(gaz: Gazetteer, name: str) -> Place | None:
    label = _title_case(name)
    country = gaz.country_by_name(label)
    if country is not None and gaz.city(label) is None:
        # "KUWAIT, Oct 15 (KUNA)": a city-state or a capital named after its country.
        label = country.capital
    city = gaz.city(label)
    if city is None:
        return None
    return Place(city.name, f"country:{city.iso2}", city.geonames_id or None)


def count_countries(doc: Doc, body_start: int, skip: list[tuple[int, int]]) -> dict[str, int]:
    """How often each country is named in the body: the story's own country is named most."""
    counts: dict[str, int] = {}
    for span in doc.spans["dg"]:
        if (
            span.label_ in ("COUNTRY", "DEMONYM")
            and span.start_char >= body_start
            and not _in_spans(span.start_char, span.end_char, skip)
        ):
            counts[span.id_] = counts.get(span.id_, 0) + 1
    return counts


def find_meeting_drafts(
    doc: Doc,
    gaz: Gazetteer,
    *,
    salience: dict[str, int] | None = None,
    people: People | None = None,
) -> list[MeetingDraft]:
    """The meetings that ``doc`` reports, as drafts in order of first mention.

    ``salience`` counts country mentions over the whole article when ``doc`` was parsed
    with paragraphs masked out (see :func:`diplograph.extract.rules.mask_unlikely`).
    """
    body_start = find_body_start(doc.text)
    skip = rules.boilerplate_spans(doc.text)
    ctx = _Article(doc, gaz, body_start, people or People(()))
    sentences = [
        s
        for s in doc.sents
        if s.end_char > body_start
        and not _in_spans(s.start_char, s.end_char, skip)
        and s.text.strip()
    ]
    for s in sentences:
        for p in find_parties(doc, s, gaz):
            ctx.learn(p)
    known = ctx.known_names()
    parties_by_sentence = {s.start_char: find_parties(doc, s, gaz, known) for s in sentences}
    for s in sentences:
        for p in parties_by_sentence[s.start_char]:
            ctx.learn(p)
    if salience is None:
        salience = count_countries(doc, body_start, skip)
    ctx.set_salience(salience)
    clusters = _cluster(sentences, parties_by_sentence, ctx)
    drafts: list[MeetingDraft] = []
    principal = _principal(clusters, ctx)
    for i, cluster in enumerate(clusters):
        end = clusters[i + 1].sentences[0].start_char if i + 1 < len(clusters) else len(doc.text)
        inherit = principal if cluster.new_cue else None
        draft = _draft(cluster, ctx, (cluster.sentences[0].start_char, end), inherit)
        if draft is None:
            continue
        if cluster.new_cue and drafts:
            draft.inherited_from = len(drafts) - 1
            previous = drafts[-1]
            if draft.place is None and draft.mode is Mode.IN_PERSON:
                draft.place = previous.place
        drafts.append(draft)
    return drafts


def _principal(clusters: list[_Cluster], ctx: _Article) -> PartyMention | None:
    """The first named person of the first meeting: whom an "also met" leaves unsaid."""
    for cluster in clusters[:1]:
        for m, _ in cluster.mentions:
            if m.person:
                return _resolve(m, ctx)
    return None


def _cluster(
    sentences: list[Span], parties: dict[int, list[PartyMention]], ctx: _Article
) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    current: _Cluster | None = None
    for sent in sentences:
        text = sent.text
        triggers = [
            t
            for t in rules.find_triggers(text)
            if not _irrealis(sent, t) and not _nominal_only(sent, t)
        ]
        mentions = parties[sent.start_char]
        if not triggers:
            if current is not None and mentions and rules.is_presence_statement(text):
                _extend(current, sent, mentions, [])
            elif current is not None and rules.is_anaphoric_meeting_reference(text):
                # Still part of the meeting's account (dates, places), but names in it are
                # people discussed, not people present.
                _extend(current, sent, [], [])
            continue
        anaphoric = rules.is_anaphoric_meeting_reference(text) and not rules.is_new_meeting_cue(
            text
        )
        new_cue = rules.is_new_meeting_cue(text)
        if len(mentions) < 2:
            mentions = [*mentions, *_state_subjects(sent, triggers, ctx.doc)]
        if (
            current is None
            or new_cue
            or (not anaphoric and _introduces_new_counterpart(current, mentions, ctx))
        ):
            if not mentions and current is None:
                continue
            current = _Cluster(new_cue=new_cue and bool(clusters))
            clusters.append(current)
        _extend(current, sent, mentions, triggers)
    return clusters


_MODALS = frozenset(
    {"will", "shall", "would", "'ll", "may", "might", "could", "should", "must", "can", "ca"}
)
_PLANNING = frozenset(
    {
        "expect",
        "schedule",
        "plan",
        "due",
        "set",
        "intend",
        "hope",
        "want",
        "agree",
        "invite",
        "likely",
        "propose",
        "seek",
        "aim",
        "prepare",
    }
)


_NOMINAL_TRIGGER = re.compile(r"^(?:talks|discussions|consultations|dialogue)\b", re.IGNORECASE)


def _nominal_only(sent: Span, trigger: rules.TriggerMatch) -> bool:
    """ "a role in talks with Ukraine", "hopes for talks with Iran" name talks, not a meeting.

    "During talks with ..." and "held talks with ..." do report one.
    """
    if not _NOMINAL_TRIGGER.match(sent.text[trigger.start : trigger.end]):
        return False
    start = sent.start_char + trigger.start
    token = next((t for t in sent if t.idx >= start), None)
    if token is None or token.dep_ != "pobj":
        return False
    return token.head.lower_ in ("in", "for", "on", "about", "to", "toward", "towards", "into")


# Verbs whose object (talks, a meeting, consultations) did not take place.
_NOT_HELD = frozenset(
    {
        "request",
        "seek",
        "propose",
        "offer",
        "reject",
        "demand",
        "urge",
        "want",
        "refuse",
        "push",
        "suggest",
        "postpone",
        "cancel",
        "delay",
        "scrap",
        "rule",
        "decline",
        "boycott",
        "call",
        "plan",
        "schedule",
        "prepare",
    }
)


_IRREGULAR = {"sought": "seek", "seeks": "seek", "set": "set", "due": "due"}


def _stem(word: str) -> set[str]:
    """Candidate base forms of an English verb (the lemmatizer is not loaded, for speed)."""
    if word in _IRREGULAR:
        return {_IRREGULAR[word]}
    forms = {word}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            forms |= {base, base + "e"}
            if len(base) > 2 and base[-1] == base[-2]:
                forms.add(base[:-1])  # "planned" -> "plan"
    return forms


def _irrealis(sent: Span, trigger: rules.TriggerMatch) -> bool:
    """True when the parse puts the trigger under a modal or a plan.

    "the prime minister will meet Xi and hold talks with Li": "hold" has no auxiliary
    of its own, but it is coordinated with "meet", which has "will".
    """
    start = sent.start_char + trigger.start
    tokens = [t for t in sent if t.idx >= start]
    if not tokens:
        return False
    verb = tokens[0]
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if tokens[0] is not verb and _stem(verb.lower_) & _NOT_HELD:
        return True  # "requested consultations with", "postponed talks with"
    chain = [verb]
    while chain[-1].dep_ in ("conj", "xcomp") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    for v in chain:
        for child in v.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _MODALS:
                return True
            if child.dep_ == "aux" and child.lower_ == "to":
                return True
        if v is not verb and _stem(v.lower_) & _PLANNING:
            return True
    return False


def _identity(p: PartyMention, ctx: _Article) -> str:
    if p.person:
        known = ctx.resolve_name(p.person)
        return "person:" + (known.person if known and known.person else p.person)
    return f"{p.title}|{p.represents}"


def _introduces_new_counterpart(
    cluster: _Cluster, mentions: list[PartyMention], ctx: _Article
) -> bool:
    """A new meeting starts when a trigger sentence names only people not yet in the meeting."""
    named = [m for m in mentions if m.person or m.represents]
    if not named:
        return False
    seen = {_identity(m, ctx) for m, _ in cluster.mentions}
    fresh = [m for m in named if _identity(m, ctx) not in seen]
    return len(fresh) > 0 and len(fresh) == len(named) and len(seen) >= 2


def _state_subjects(sent: Span, triggers: list[rules.TriggerMatch], doc: Doc) -> list[PartyMention]:
    """States that are themselves the subject of a meeting verb.

    "Pakistan and Kazakhstan on Tuesday held the fifth round of political consultations".
    """
    verbs = set()
    for trigger in triggers:
        start = sent.start_char + trigger.start
        token = next((t for t in sent if t.idx >= start), None)
        while token is not None and token.pos_ not in ("VERB", "AUX") and token.head is not token:
            token = token.head
        if token is not None:
            verbs.add(token.i)
    found = []
    for span in doc.spans["dg"]:
        if span.label_ != "COUNTRY" or not (sent.start_char <= span.start_char < sent.end_char):
            continue
        root = span.root
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.i in verbs
        if subject or _just_before_verb(doc, span, verbs):
            found.append(
                PartyMention(span.start_char, span.end_char, None, None, span.id_, False, True)
            )
    return found


def _just_before_verb(doc: Doc, span: Span, verbs: set[int]) -> bool:
    """ "Pakistan and Kazakhstan on Tuesday held ...": states listed right before the verb,
    which the parser may misattach after a dateline."""
    for verb in verbs:
        if span.end > verb or verb - span.end > 8:
            continue
        between = doc[span.end : verb]
        words = [t for t in between if not t.is_punct]
        if all(t.pos_ not in ("VERB", "AUX") for t in words) and all(
            t.lower_ in ("and", "the", "on", "in", "at", "today", "yesterday")
            or t.ent_type_ in ("DATE", "GPE", "TIME")
            or any(s.start <= t.i < s.end for s in doc.spans["dg"] if s.label_ == "COUNTRY")
            for t in words
        ):
            return True
    return False


def _extend(
    cluster: _Cluster,
    sent: Span,
    mentions: list[PartyMention],
    triggers: list[rules.TriggerMatch],
) -> None:
    cluster.sentences.append(sent)
    for m in mentions:
        cluster.mentions.append((m, sent.start_char))
    for t in triggers:
        cluster.triggers.append((t, sent))


def _resolve(m: PartyMention, ctx: _Article) -> PartyMention:
    if m.person:
        known = ctx.resolve_name(m.person)
        if known is not None:
            m = m.filled_from(known, person=known.person)
        listed = ctx.kb.find(m.person or "")
        if listed is not None:
            # One person, one name across articles; the article's own affiliation wins.
            m = replace(m, person=listed.name, represents=m.represents or listed.represents or None)
    return m


def _draft(
    cluster: _Cluster,
    ctx: _Article,
    segment: tuple[int, int],
    principal: PartyMention | None = None,
) -> MeetingDraft | None:
    text = " ".join(s.text for s in cluster.sentences)
    mode = rules.meeting_mode(" ".join(s.text for _, s in cluster.triggers) or text)
    place = _place(cluster, ctx, mode)
    resolved: dict[str, tuple[PartyMention, Role | None]] = {}
    for m, sent_start in cluster.mentions:
        r = _resolve(m, ctx)
        if r.person is None and r.represents is None:
            continue
        role = _directed_role(r, sent_start, cluster)
        key = _identity(r, ctx)
        if key in resolved:
            old, old_role = resolved[key]
            r = old.filled_from(r)
            role = old_role or role
        resolved[key] = (r, role)
    if principal is not None and len(resolved) == 1:
        # "Later, the Ambassador of Uzbekistan also called on the Senate chairman": the
        # other side of an "also" meeting is the story's protagonist.
        first_trigger = cluster.triggers[0] if cluster.triggers else None
        role = None
        if first_trigger is not None and first_trigger[0].direction != "none":
            (only,) = resolved.values()
            before = only[0].start < first_trigger[1].start_char + first_trigger[0].start
            role = (
                Role.GUEST if (first_trigger[0].direction == "guest_first") != before else Role.HOST
            )
        resolved.setdefault(_identity(principal, ctx), (principal, role))
    sideline = bool(re.search(r"\b(?:sidelines?|margins?)\b", text))
    _affiliate_nationals(resolved, ctx, place, sideline)
    _drop_unnamed_duplicates(resolved)
    if len(resolved) < 2:
        return None
    sides = {m.represents for m, _ in resolved.values()}
    if len(sides) == 1 and None not in sides and str(next(iter(sides))).startswith("country:"):
        # Everyone acts for one state: a domestic meeting, not a diplomatic one.
        return None
    host_country = place.country if place else ctx.home if mode is Mode.IN_PERSON else None
    parties = [
        PartyDraft(
            role or _default_role(m, mode, host_country, resolved), m.person, m.title, m.represents
        )
        for m, role in resolved.values()
    ]
    names = {t.name for t, _ in cluster.triggers}
    kind = rules.meeting_kind(names, text, mode)
    sides_taking_part = {p.represents for p in parties if p.represents}
    if kind == "bilateral-talks" and len(sides_taking_part) > 2:
        kind = "multilateral-meeting"
    return MeetingDraft(
        sentences=[_trimmed(s) for s in cluster.sentences],
        parties=parties,
        triggers=names,
        mode=mode,
        place=place,
        date_text=_without_dateline(
            " ".join(s.text for _, s in cluster.triggers) or text, ctx.dateline
        ),
        dateline_date=ctx.dateline.date_text if ctx.dateline else "",
        kind=kind,
        confidence=_confidence(cluster, parties, names),
        topics_span=segment,
        datelined=ctx.dateline is not None or ctx.dated_lead,
    )


def _affiliate_nationals(
    resolved: dict[str, tuple[PartyMention, Role | None]],
    ctx: _Article,
    place: Place | None,
    sideline: bool,
) -> None:
    """Give a national official with no stated country the story's own country.

    "ISLAMABAD – Interim Prime Minister Kakar met the ambassadors of ..." never says
    Kakar is Pakistani; the story does, by naming Pakistan more than any country not
    already represented by someone else in the meeting.
    """
    taken = {m.represents for m, _ in resolved.values() if m.represents}
    if place is not None and place.country and sideline:
        # A summit's host country is where leaders met, not whom they represent.
        taken.add(place.country)
    for key, (m, role) in list(resolved.items()):
        if m.represents is None and m.person and not m.envoy:
            home = ctx.home_for(taken)
            if home:
                resolved[key] = (with_affiliation(m, home), role)


def _without_dateline(text: str, dateline: rules.Dateline | None) -> str:
    """The dateline's date is when the story was filed, not when the meeting was."""
    if dateline is None:
        return text
    return text.replace(dateline.text, " ", 1)


def _trimmed(sent: Span) -> tuple[int, int]:
    """A sentence's character span without the blank (masked) text around it."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return sent.start_char, sent.start_char
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _drop_unnamed_duplicates(resolved: dict[str, tuple[PartyMention, Role | None]]) -> None:
    """ "The Saudi foreign minister" is the named Saudi foreign minister when one is present."""
    named = {(m.represents, (m.title or "").lower()) for m, _ in resolved.values() if m.person}
    named_countries = {m.represents for m, _ in resolved.values() if m.person}
    for key, (m, _) in list(resolved.items()):
        if (
            m.person is None
            and not m.envoy
            and (
                (m.represents, (m.title or "").lower()) in named or m.represents in named_countries
            )
        ):
            del resolved[key]


def _directed_role(m: PartyMention, sent_start: int, cluster: _Cluster) -> Role | None:
    for trigger, sent in cluster.triggers:
        if sent.start_char != sent_start or trigger.direction == "none":
            continue
        before = m.start < sent.start_char + trigger.start
        if trigger.direction == "host_first":
            return Role.HOST if before else Role.GUEST
        return Role.GUEST if before else Role.HOST
    return None


def _default_role(
    m: PartyMention,
    mode: Mode,
    host_country: str | None,
    resolved: dict[str, tuple[PartyMention, Role | None]],
) -> Role:
    if mode is not Mode.IN_PERSON or host_country is None:
        return Role.ATTENDEE
    countries = {p.represents for p, _ in resolved.values() if p.represents}
    if host_country not in countries or len(countries) < 2:
        return Role.ATTENDEE
    if m.represents == host_country and not m.envoy:
        return Role.HOST
    return Role.GUEST


# "in Jeddah", "at the Kremlin in Moscow", "in the Red Sea port city of Jeddah".
_IN_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}(?:city|capital|town|resort|port)\s+of\s+)?$"
)


def _place(cluster: _Cluster, ctx: _Article, mode: Mode) -> Place | None:
    if mode is not Mode.IN_PERSON:
        return None
    doc = ctx.doc
    # Where the meeting was is said where the meeting is reported, not in the sentences
    # about what was discussed ("... the situation in Gaza").
    reporting = list({id(s): s for _, s in cluster.triggers}.values()) or cluster.sentences
    for sent in reporting:
        for span in doc.spans["dg"]:
            if not (sent.start_char <= span.start_char < sent.end_char):
                continue
            before = doc.text[sent.start_char : span.start_char]
            if span.label_ == "CITY" and _IN_PLACE.search(before):
                return _city_place(ctx.gaz, span.text)
            if span.label_ == "METONYM" and _IN_PLACE.search(before):
                # "hosted Erdogan at the White House": the seat of government's city.
                country = ctx.gaz.countries.get(span.id_.partition(":")[2])
                if country is not None and country.capital:
                    return _city_place(ctx.gaz, country.capital)
        for ent in sent.ents:
            before = doc.text[sent.start_char : ent.start_char]
            if (
                ent.label_ == "GPE"
                and _IN_PLACE.search(before)
                and ctx.gaz.country_by_name(ent.text) is None
            ):
                return _city_place(ctx.gaz, ent.text) or Place(ent.text)
    if ctx.home_city is not None and any(re.search(r"\bhere\b", s.text) for s in reporting):
        return ctx.home_city  # "called on the minister here": the dateline's city
    return ctx.home_city


def _confidence(cluster: _Cluster, parties: list[PartyDraft], triggers: set[str]) -> float:
    score = 0.45
    if triggers & {
        "meet",
        "talks",
        "call_on",
        "receive",
        "phone",
        "video",
        "credentials",
        "courtesy_call",
    }:
        score += 0.2
    named = sum(1 for p in parties if p.person)
    if named >= 1:
        score += 0.1
    if len({p.represents for p in parties if p.represents}) >= 2:
        score += 0.15
    if len(cluster.sentences) > 1:
        score += 0.05
    return round(min(score, 0.95), 2)
