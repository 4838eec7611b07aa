"""A nation's status on the map, derived from its confirmed pledges: the one place it is decided."""

from collections import defaultdict

from django.db import models

from coalition.history import pledges_as_of
from coalition.models import Pledge


class MapStatus(models.TextChoices):
    # Declared in the order the map's legend shows them.
    TROOPS = "troops", "troops pledged"
    BACKSTOP = "backstop", "backstop"
    SUPPORT = "support", "support without troops"
    CONSIDERING = "considering", "considering"
    DECLINED = "declined", "declined troops"
    NONE = "none", "no known pledge"
    RECIPIENT = "recipient", "Ukraine, whose security is pledged"


# The nation the pledges are for: shown as itself, whatever it pledges to others.
RECIPIENT = "UA"


_ACTIVE = {Pledge.Status.PLEDGED, Pledge.Status.DELIVERED}


def known_by(pledge, day):
    """Whether a pledge counts on ``day``: announced on or before it or, without an announced
    date, recorded on or before it."""
    return pledge.known_on <= day


def derive_status(pledges, *, is_member, category=None, as_of=None):
    """The map status for one nation.

    ``pledges`` are that nation's confirmed pledges (objects with ``category`` and
    ``status``, and ``known_on`` when ``as_of`` is given); ``is_member`` says whether the
    nation founded or joined the coalition. With a ``category``, only that category's
    pledges count; with ``as_of`` (a date), only those known by that day.
    A non-member that guarantees Ukraine's security stands behind the force: a backstop.
    Withdrawn pledges count for nothing.
    """
    if category:
        pledges = [p for p in pledges if p.category == category]
    if as_of:
        pledges = [p for p in pledges if known_by(p, as_of)]
    active = {p.category for p in pledges if p.status in _ACTIVE}
    considering = any(p.status == Pledge.Status.CONSIDERING for p in pledges)
    declined = any(p.status == Pledge.Status.DECLINED for p in pledges)

    if Pledge.Category.TROOPS in active:
        return MapStatus.TROOPS
    if not is_member and Pledge.Category.SECURITY_GUARANTEE in active:
        return MapStatus.BACKSTOP
    if active:
        return MapStatus.SUPPORT
    if considering:
        return MapStatus.CONSIDERING
    if declined:
        return MapStatus.DECLINED
    return MapStatus.NONE


def is_member_on(nation, day=None):
    """Whether the nation was in the coalition on ``day`` (today without one); an unknown start counts as always."""
    return nation.is_member and (day is None or nation.role_since is None or nation.role_since <= day)


def nation_status(nation, *, category=None, as_of=None):
    """Status of a nation whose ``pledges`` were prefetched as its confirmed ones (no query)."""
    if nation.code == RECIPIENT:
        return MapStatus.RECIPIENT
    return derive_status(
        nation.confirmed_pledges, is_member=is_member_on(nation, as_of), category=category, as_of=as_of
    )


def confirmed_pledges_prefetch(queryset=None):
    """Prefetch for ``Nation`` querysets that ``nation_status`` reads."""
    return models.Prefetch(
        "pledges",
        queryset=(queryset if queryset is not None else Pledge.objects.all()).confirmed(),
        to_attr="confirmed_pledges",
    )


def with_confirmed_pledges(nations, as_of=None):
    """The nations of a queryset, each with ``confirmed_pledges`` for ``nation_status``.

    Without ``as_of``, today's confirmed pledges; with it, the pledges as they stood that day
    according to their recorded history. Two or three queries, whatever the data.
    """
    if as_of is None:
        return list(nations.prefetch_related(confirmed_pledges_prefetch()))
    by_nation = defaultdict(list)
    for pledge in pledges_as_of(as_of):
        by_nation[pledge.nation_id].append(pledge)
    nations = list(nations)
    for nation in nations:
        nation.confirmed_pledges = by_nation[nation.pk]
    return nations
