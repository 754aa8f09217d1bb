"""Which sentences report which meeting: grouping an article's sentences into meetings.

One article often reports one meeting over several sentences ("X met the envoys ...",
"The meeting ...", "Ambassadors of A, B and C attended"), or several meetings in a row
("also met", "in a separate meeting", "On 24 March, ..."). The meeting finder
(:mod:`~diplograph.extract.meetings`) turns each group into a meeting draft.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from diplograph.extract import cues, recalled, rules
from diplograph.extract.accounts import (
    Cluster,
    body_officials,
    extend,
    gathering_of,
    is_summit,
    present_at,
    sides,
    splits_off,
)
from diplograph.extract.context import ArticleContext
from diplograph.extract.counterparts import (
    AGAIN,
    introduces_new_counterpart,
    last_pair,
    team_leaders,
    turns_remote,
)
from diplograph.extract.dates import days_before_told, in_an_earlier_year, is_background_time
from diplograph.extract.doctext import text_of
from diplograph.extract.elapsed import is_vague_past
from diplograph.extract.groups import counted_members
from diplograph.extract.layout import is_heading
from diplograph.extract.party import PartyMention
from diplograph.extract.presence import (
    is_presence_statement,
    is_roster_heading,
    presence_scope,
    roster_end,
)
from diplograph.extract.reported import reported_triggers
from diplograph.extract.state_lists import represented_states
from diplograph.extract.stated_days import WEEKDAY, same_kind, stated_day
from diplograph.extract.subjects import (
    is_subject,
    joint_subjects,
    last_official,
    object_pronoun,
    speakers,
    subject_pronoun,
)
from diplograph.extract.syntax import (
    relative_clause,
    state_subjects,
)

__all__ = [
    "group_sentences",
]


# "Leaders of the BRICS group met in Rio": a gathering whose members the next sentences name.
_GATHERING = re.compile(
    r"\b(?:leaders|heads of state|heads of government|foreign ministers|ministers|"
    r"envoys|delegations|summit|(?:member |Central Asian |Gulf |Nordic |Baltic )?(?:countries|"
    r"states|nations))\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[ \t]*(?:(?:\*[ \t]*){3,}|-{3,}|_{3,}|#{3,})[ \t]*$", re.MULTILINE)
_SOME_DAY_WORD = re.compile(r"\d|(?:day|night|morning|evening|afternoon|week|month)\b")
_LIST_MARK = re.compile(r"(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-•*–]|H\.E\.")
_MONTH_ONLY = re.compile(
    r"\bin (?:early |mid-|late )?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?! \d)"
)


def group_sentences(
    sentences: list[Span], parties: dict[int, list[PartyMention]], ctx: ArticleContext
) -> list[Cluster]:
    """The article's meetings as groups of sentences, in order of first mention."""
    clusters: list[Cluster] = []
    current: Cluster | None = None
    leads = {s.start_char for s in sentences[:2]}  # the story's lead (past a split dateline)
    previous: Span | None = None  # the sentence before, when it reported no meeting
    listing = False  # inside a list of parties announced by a trigger sentence's colon
    official: PartyMention | None = None  # the last named official: whom "he" stands for
    listed_until = -1  # where a summit's list of those present ends
    for sent in sentences:
        text = sent.text
        triggers = reported_triggers(sent)
        if (
            current is None
            and triggers
            and _MONTH_ONLY.search(text)
            and (asides := [relative_clause(sent, t) for t in triggers])
            and all(
                clause and _MONTH_ONLY.search(clause) and not WEEKDAY.search(clause)
                for clause in asides
            )
        ):
            # "Rutte, who met Trump at the White House in March, urged allies ...": an
            # aside dated by a month alone, before any meeting is told. "the ambassador,
            # who called on him at the PM House" is the news.
            triggers = []
        mentions = parties[sent.start_char]
        summits = (c for c in reversed(clusters) if is_summit(c, ctx))
        if not triggers and is_roster_heading(text) and (summit := next(summits, None)):
            # "Who was at the summit?" and a line per leader: the summit's roster
            current, listed_until = summit, roster_end(text_of(ctx.doc), sent.end_char)
            continue
        if not triggers and sent.start_char < listed_until:
            if current is not None and mentions:
                extend(current, sent, mentions, [])
            continue
        if not triggers:
            # "India, Brazil and Turkey were also represented": states as the sides present
            states = represented_states(ctx.doc, sent) if current is not None else []
            if (
                current is not None
                and (mentions or states)
                and (
                    listing
                    or (
                        is_presence_statement(text)
                        # "Earlier on Friday, Kakar chaired a meeting of the National
                        # Security Committee": present at another meeting.
                        and not cues.is_new_meeting_cue(text)
                        # "The summit follows last year's gathering, where Assad attended"
                        and not cues.is_other_meeting(cues.without_comparison(text))
                        and not cues.ANOTHER_TIME.match(text)
                        # "Iran's then-President Ebrahim Raisi attended that meeting"
                        and not cues.THAT_TIME.search(text)
                        and not cues.CHAIRED_ANOTHER.search(text)
                        # "an emergency meeting in Jakarta in April 2021 that was attended
                        # by junta leader Min Aung Hlaing": present at another time
                        and not in_an_earlier_year(text[: presence_scope(text)[0]], ctx.published)
                        # "who led a delegation to consultations in Jeddah last week"
                        and not recalled.LAST_TIME_AFTER.match(text, presence_scope(text)[0])
                    )
                )
            ):
                until = sent.start_char + presence_scope(text)[1]
                present = [m for m in mentions if m.start < until]
                present += states
                extend(gathering_of(current, clusters, present, ctx), sent, present, [])
            elif (
                current is not None
                and not text_of(ctx.doc)[current.sentences[-1].end_char : sent.start_char].strip()
                and (joint := joint_subjects(sent, mentions))
            ):
                # "... met in Washington on Tuesday. Jaishankar, Rubio, Iwaya and Wong
                # discussed a free and open Indo-Pacific": the same meeting, named.
                extend(current, sent, joint, [])
            elif (
                current is not None
                and _another_day(current, sent, clusters, ctx)
                and rules.mentions_a_meeting(text)
            ):
                # "The hardest conversation came on Tuesday in Tel Aviv", "Trump said on
                # Saturday he had spoken to both": another day's, not this meeting's account
                pass
            elif current is not None and cues.is_anaphoric_meeting_reference(text):
                # Still part of the meeting's account (dates, places), but names in it are
                # people discussed, not people present, except those who speak in it
                # ("During the meeting, Deputy Prime Minister Ishaq Dar stressed ...").
                spoke = speakers(ctx.doc, sent, mentions)
                if is_summit(current, ctx):
                    # '"The doors of ECOWAS remain open," Mr Touray told journalists at the end
                    # of the session': the summit's own body's officials who speak in it
                    spoke += body_officials(current, sent, mentions, ctx)
                extend(current, sent, spoke, [])
            elif (
                current is not None
                # "leaders of NATO's 31 members gathered", "a two-day summit"
                and is_summit(current, ctx)
                and (there := present_at(current, sent, mentions, ctx))
            ):
                # "Spanish Prime Minister Pedro Sanchez ... told reporters at the summit
                # venue": a leader who speaks at the summit told was at it.
                extend(current, sent, there, [])
                current.roll_call = sent.end_char
            previous = sent
            # "1." or "H.E." on a line of its own does not end a numbered list of envoys.
            listing = listing and (bool(mentions) or bool(_LIST_MARK.fullmatch(text.strip())))
            official = last_official(mentions, ctx) or official
            continue
        # "The following diplomats presented their credentials:" and a line per envoy.
        listing = text.rstrip().endswith(":")
        lead_in = (
            previous
            if previous is not None
            and (
                cues.THEY.match(text)
                # "Dar, Wang Yi and Muttaqi agreed in Beijing on Wednesday ... The informal
                # trilateral meeting, hosted by Mr Wang, ...": the story's lead names them
                or (previous.start_char in leads and cues.THE_MEETING.match(text))
                # "Governor Tessori and British High Commissioner Jane Marriott on Wednesday
                # discussed ... The High Commissioner called on the Governor": the lead
                # names whom the titles stand for
                or (
                    previous.start_char in leads
                    and all(not m.person for m in mentions)
                    and bool(joint_subjects(previous, parties[previous.start_char]))
                )
            )
            and not text_of(ctx.doc)[previous.end_char : sent.start_char].strip()
            and not rules.mentions_a_meeting(previous.text)
            else None
        )
        told_before, previous = previous, None
        if lead_in is not None:
            # "Yunus and Sharif on Thursday agreed to ... They reached the understanding at
            # a bilateral meeting": "they" are the two named just before.
            mentions = [*parties[lead_in.start_char], *mentions]
        if (
            cues.THEY.match(text)
            # ("Earlier in the day, the two leaders joined the heads of government of ...")
            and (current is None or cues.is_new_meeting_cue(text))
            # (and names no one before its verb: the subject is "they")
            and not any(
                ctx.resolve(m).person and m.start < sent.start_char + triggers[0].start
                for m in mentions
            )
        ):
            # "... the President of Brazil, Luiz Inácio Lula da Silva, paid a State Visit to
            # Bogotá ... The visit marks ... The two Presidents met at the Casa de Nariño":
            # the two named last, a sentence or two before.
            mentions = [*last_pair(sentences, sent, parties, ctx), *mentions]
        mentions = [*team_leaders(sentences, sent, parties), *mentions]  # "The team met ..."
        anaphoric = cues.is_anaphoric_meeting_reference(text) and not cues.is_new_meeting_cue(text)
        new_cue = cues.is_new_meeting_cue(text)
        mentions += counted_members(ctx.doc, sent, ctx.gaz)  # "from the six countries"
        if sum(1 for m in mentions if ctx.resolve(m).person or m.represents) < 2:
            mentions = [*mentions, *state_subjects(sent, triggers, ctx.doc)]
        elif cues.HOSTED_TALKS.search(text):
            # "Oman today hosted the first round of talks between Iran and the United
            # States": the state that hosts them is at the table, as their host (its
            # named mediator too, see ``sides.drop_unnamed_duplicates``).
            mentions = [*state_subjects(sent, triggers, ctx.doc), *mentions]
        subject = subject_pronoun(sent, triggers)
        pronoun = subject or object_pronoun(sent, triggers)
        # "Zelensky travelled to Sandringham, where he was received by the King", "the
        # secretary held talks ... before flying to Abu Dhabi, where he was received": "he"
        # is the one the sentence names first
        first = min(mentions, key=lambda m: m.start, default=None)
        if (
            first is not None
            and subject is not None
            and first.start < subject[0]
            and ctx.resolve(first).person
            and is_subject(ctx.doc, first)
        ):
            named = first if first.person else ctx.resolve(first)  # "The Austrian diplomat"
            mentions = [replace(named, start=subject[0], end=subject[1]), *mentions]
        elif (
            pronoun is not None
            and official is not None
            and not new_cue  # "He also met ...": the story's principal, see meetings.py
            and official.represents not in sides(mentions, ctx)
        ):
            # "'I'm aware of it,' he told reporters at a news conference with French Minister
            # Florence Parly": "he" is the official named last.
            mentions = [replace(official, start=pronoun[0], end=pronoun[1]), *mentions]
        official = last_official(mentions, ctx) or official
        # "Ishiba and Prabowo agreed on Saturday ... The two leaders met at the Bogor
        # Palace": the day the lead-in states is the meeting's.
        day = stated_day(sent, ctx) or (stated_day(lead_in, ctx) if lead_in else None)
        counterpart = 0
        split = remote = False
        heading = is_heading(text)
        if current is not None and current.heading and not heading:
            # The first sentence under a readout's heading tells the heading's meeting.
            current.heading = False
        elif (
            current is None
            or new_cue
            # "***" between two readouts: another meeting follows (not "After the conversation")
            or (
                not anaphoric
                and _SEPARATOR.search(
                    text_of(ctx.doc), current.sentences[-1].end_char, sent.start_char
                )
            )
            # "Secretary Rubio's Meeting with Japanese Foreign Minister Iwaya": a readout's
            # heading opens the account of another meeting.
            or heading
            or cues.is_other_meeting(own := cues.without_comparison(text))
            # "Muto held talks in Washington last month": another meeting, of another time.
            or is_background_time(own, ctx.published)
            or (
                not anaphoric
                # "Around the table were the presidents of Bulgaria, ...": more of those
                # at the meeting just told, not a meeting of their own
                and not cues.AT_THE_TABLE.match(text)
                # "The leaders of Kazakhstan ... also took part in the summit"
                and not cues.ALSO_THERE.search(text)
                and (counterpart := introduces_new_counterpart(current.mentions, mentions, ctx)) > 0
            )
            or (split := splits_off(current, sent, mentions, ctx))
            or (remote := turns_remote(current.triggers, current.mentions, triggers, mentions, ctx))
            # "On the eve, the Russian president hosted the Indian prime minister": the
            # same two, another day.
            or days_before_told(text) == 1
            # "On 23 March, EAM held talks with ... On 24 March, EAM called on ...": a
            # meeting on another day is another meeting.
            or (
                day is not None
                and (current_day := current.day or clusters[0].day) is not None
                and same_kind(day, current_day)
                and day != current_day
            )
        ):
            if not mentions and current is None and not _GATHERING.search(text):
                continue
            if (
                current is None
                and lead_in is None
                and told_before is not None
                and cues.THE_MEETING.match(text)
                and rules.mentions_a_meeting(told_before.text)
            ):
                # "... chaired a conference of India's Ambassadors ... The meeting, held at
                # the Sushma Swaraj Bhawan, was also attended by ...": the meeting just
                # set aside, told on.
                continue
            # A bilateral on a summit's margins shares its day and place, like "also met".
            # The visitor again with someone new ("The President also discussed with Luxon")
            # shares the day and place of the meeting told before, like "also met".
            again = counterpart == AGAIN
            if remote and current is not None and cues.THEY.match(text):
                # "During the visit, the two presidents held a video conference with
                # Syria's interim President": the two of the meeting just told, on a call.
                mentions = [*(m for m, _ in current.mentions if ctx.resolve(m).person), *mentions]
            current = Cluster(
                new_cue=(new_cue or split or again or remote) and bool(clusters), heading=heading
            )
            clusters.append(current)
        current.day = current.day or day
        if (
            day is None
            and lead_in is None
            and told_before is not None
            and "\n"
            not in text_of(ctx.doc)[
                told_before.start_char + len(told_before.text.rstrip()) : sent.start_char
            ]
            and (
                is_vague_past(told_before.text)
                # "The hardest conversation came on Tuesday in Tel Aviv. Blinken spent several
                # hours with Netanyahu": the day and place the sentence before gives.
                # (a sentence of its own, naming no one)
                or (
                    cues.is_anaphoric_meeting_reference(told_before.text)
                    and not parties[told_before.start_char]
                    and _another_day(current, told_before, clusters, ctx)
                )
            )
        ):
            # "Then, last month, Beijing stepped in. At an informal trilateral meeting in
            # the Chinese capital, ...": the time the sentence before gives.
            current.lead_ins.append(told_before)
        if lead_in is not None:
            current.sentences.append(lead_in)
            current.lead_ins.append(lead_in)
        extend(current, sent, mentions, triggers)
    return clusters


def _another_day(
    cluster: Cluster, sent: Span, clusters: list[Cluster], ctx: ArticleContext
) -> bool:
    """True when ``sent`` states a day other than the meeting's (or the story's first's)."""
    if not _SOME_DAY_WORD.search(sent.text):
        return False  # (most sentences: no date, day or time of day to read)
    day = stated_day(sent, ctx)
    told = cluster.day or (clusters[0].day if clusters else None)
    return day is not None and told is not None and same_kind(day, told) and day != told
