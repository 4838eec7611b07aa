"""A nation's status on the map, derived from its confirmed pledges: the one place it is decided."""

from django.db import models

from coalition.models import Pledge


class MapStatus(models.TextChoices):
    # Declared in the order the map's legend shows them.
    TROOPS = "troops", "troops pledged"
    BACKSTOP = "backstop", "backstop"
    SUPPORT = "support", "support without troops"
    CONSIDERING = "considering", "considering"
    DECLINED = "declined", "declined troops"
    NONE = "none", "no known pledge"


_ACTIVE = {Pledge.Status.PLEDGED, Pledge.Status.DELIVERED}


def derive_status(pledges, *, is_member):
    """The map status for one nation.

    ``pledges`` are that nation's confirmed pledges (objects with ``category`` and
    ``status``); ``is_member`` says whether the nation founded or joined the coalition.
    A non-member that guarantees Ukraine's security stands behind the force: a backstop.
    Withdrawn pledges count for nothing.
    """
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


def nation_status(nation):
    """Status of a nation whose ``pledges`` were prefetched as its confirmed ones (no query)."""
    return derive_status(nation.confirmed_pledges, is_member=nation.is_member)


def confirmed_pledges_prefetch(queryset=None):
    """Prefetch for ``Nation`` querysets that ``nation_status`` reads."""
    return models.Prefetch(
        "pledges",
        queryset=(queryset if queryset is not None else Pledge.objects.all()).confirmed(),
        to_attr="confirmed_pledges",
    )
