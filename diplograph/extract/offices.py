"""Whether a state can be the one an official acts for, by what the title and the people
list say of the office: an emir is Qatar's or Kuwait's, and a state has one president at a
time (but many governors).

:mod:`~diplograph.extract.sides` asks before it gives an official the story's own state;
:mod:`~diplograph.extract.meetings` asks whether the bodies at a meeting are one body's
organs (the UN's chief and the General Assembly's president), which is no diplomacy.
"""

from __future__ import annotations

from diplograph.extract.context import ArticleContext
from diplograph.extract.party import PartyMention
from diplograph.gazetteer import Gazetteer

__all__ = ["held_by_another", "one_body", "out_of_scope"]


def out_of_scope(ctx: ArticleContext, m: PartyMention, side: str) -> bool:
    """True when every sense of ``m``'s title exists only in other states (an emir is
    Qatar's or Kuwait's)."""
    senses = ctx.gaz.titles_by_surface().get((m.title or "").lower(), [])
    iso2 = side.removeprefix("country:")
    return bool(senses) and all(t.country_scope and iso2 not in t.country_scope for t in senses)


def held_by_another(ctx: ArticleContext, m: PartyMention, side: str) -> bool:
    """True when the people list names someone else as holding ``m``'s office for
    ``side`` on the story's day."""
    if not m.person or not m.title:
        return False
    senses = ctx.gaz.titles_by_surface().get(m.title.lower(), [])
    if any(t.function in ("subnational_head", "consular") for t in senses):
        return False  # a state has many governors: a central bank's is not the city's
    holders = {p for t in senses for p in ctx.kb.holders(t.role_key, side, ctx.published)}
    if not holders:
        return False
    words = {w.lower() for w in m.person.split()}
    # ("Abdullah" is "Abdullah II", "Mohamed" "Mohamed bin Zayed Al Nahyan")
    return not any(
        words & {w.lower() for form in (p.name, *p.aliases) for w in form.split()} for p in holders
    )


# Organs of a body, not bodies of their own: the General Assembly is the UN's, the
# Commission the EU's (a specialised agency such as the IMF is a body of its own).
_ORGANS = frozenset({"un_principal_organ", "un_secretariat_office", "eu_institution"})


def one_body(sides: set[str | None], gaz: Gazetteer) -> bool:
    """True when every side is one organisation or its organs: the Secretary-General with
    the President of the General Assembly is the UN's own business, not diplomacy."""
    roots = set()
    for side in sides:
        if side is None or not side.startswith("org:"):
            return False
        org = gaz.organizations.get(side[4:])
        roots.add(gaz.parent_body(side) if org is not None and org.type in _ORGANS else side)
    return len(sides) >= 2 and len(roots) == 1
