"""Whether a state can be the one an official acts for, by what the title and the people
list say of the office: an emir is Qatar's or Kuwait's, and a state has one president at a
time (but many governors).

:mod:`~diplograph.extract.sides` asks before it gives an official the story's own state.
"""

from __future__ import annotations

from diplograph.extract.context import ArticleContext
from diplograph.extract.party import PartyMention

__all__ = ["held_by_another", "out_of_scope"]


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
