"""Who hosted a meeting and who was the guest.

The text says it by the direction of its verb ("received", "called on") or not at all
("met"); then the country the meeting is in decides. Phone and video calls have no host.
"""

from __future__ import annotations

from collections.abc import Iterable

from diplograph.extract.accounts import Cluster
from diplograph.extract.party import PartyMention
from diplograph.model import Mode, Role

__all__ = ["default_role", "directed_role", "roles_of_sides"]


def directed_role(m: PartyMention, sent_start: int, cluster: Cluster) -> Role | None:
    """The role the trigger of the sentence at ``sent_start`` gives by its direction:
    "X received Y" makes X the host, "X called on Y" the guest; "met" says nothing."""
    for trigger, sent in cluster.triggers:
        if sent.start_char != sent_start or trigger.direction == "none":
            continue
        if not sent.start_char <= m.start < sent.end_char:
            return None  # named in the lead-in before the sentence: no side of its verb
        before = m.start < sent.start_char + trigger.start
        if trigger.direction == "host_first":
            return Role.HOST if before else Role.GUEST
        return Role.GUEST if before else Role.HOST
    return None


def default_role(
    m: PartyMention,
    mode: Mode,
    host_country: str | None,
    resolved: dict[str, tuple[PartyMention, Role | None]],
) -> Role:
    """The role of one the text gives none: in person, whoever acts for the country the
    meeting is in hosts the others; calls and meetings elsewhere have attendees only."""
    if mode is not Mode.IN_PERSON or host_country is None:
        return Role.ATTENDEE
    countries = {p.represents for p, _ in resolved.values() if p.represents}
    if host_country not in countries or len(countries) < 2:
        return Role.ATTENDEE
    if m.represents == host_country and not m.envoy:
        return Role.HOST
    return Role.GUEST


def roles_of_sides(resolved: Iterable[tuple[PartyMention, Role | None]]) -> dict[str, Role]:
    """The one role the text gives each side, for those of it the text gives none: "Rutte
    welcomed the Prime Minister of Montenegro ... The Prime Minister was accompanied by
    Defence Minister Dragan Krapović" makes both guests."""
    given: dict[str, set[Role]] = {}
    for m, role in resolved:
        if role is not None and m.represents:
            given.setdefault(m.represents, set()).add(role)
    return {side: next(iter(roles)) for side, roles in given.items() if len(roles) == 1}
