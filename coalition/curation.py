"""What curators do with suggested pledges: accept, reject, merge, and settle conflicts.

Plain functions that the review views and the admin call; every change goes through
``history.track``.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from articles.models import Evidence
from coalition.history import snapshot, track
from coalition.models import Change, ConflictDecision, Nation, Pledge

Action = Change.Action


def _first_source(pledge):
    """The earliest article behind a pledge (one query)."""
    evidence = pledge.evidence.select_related("article").order_by("article__published_on", "pk").first()
    return evidence.article if evidence else None


def _reviewed(pledge, user, review):
    pledge.review = review
    pledge.reviewed_by = user
    pledge.reviewed_at = timezone.now()


def accept(pledge, user, *, before=None, reason=""):
    """Confirm a suggestion, with any edits already made to it since ``before``."""
    before = before or snapshot(pledge)
    _reviewed(pledge, user, Pledge.Review.CONFIRMED)
    return track(pledge, before, user=user, action=Action.ACCEPTED, reason=reason, source=_first_source(pledge))


def reject(pledge, user, *, reason="", action=Action.REJECTED):
    before = snapshot(pledge)
    _reviewed(pledge, user, Pledge.Review.REJECTED)
    return track(pledge, before, user=user, action=action, reason=reason, source=_first_source(pledge))


def merge(suggestion, into, user, *, take_status=False, reason=""):
    """Move a suggestion's evidence to another pledge of its nation, which gains a source.

    The suggestion is kept, marked merged. With ``take_status`` the other pledge takes the
    suggestion's status, as of the suggestion's date.
    """
    if into.nation_id != suggestion.nation_id or into.pk == suggestion.pk:
        raise ValueError("A suggestion merges only into another pledge of the same nation.")
    source = _first_source(suggestion)
    with transaction.atomic():
        Evidence.objects.filter(pledge=suggestion).update(pledge=into)
        before = snapshot(into)
        on = None
        if take_status and into.status != suggestion.status:
            into.status = suggestion.status
            on = suggestion.announced_on
        track(into, before, user=user, action=Action.MERGED, reason=reason, source=source, on=on)
        before = snapshot(suggestion)
        _reviewed(suggestion, user, Pledge.Review.MERGED)
        suggestion.merged_into = into
        track(suggestion, before, user=user, action=Action.MERGED_INTO, reason=reason, source=source)


# ------------------------------------------------------------------ conflicts

_STANCE = {
    Pledge.Status.PLEDGED: "yes",
    Pledge.Status.DELIVERED: "yes",
    Pledge.Status.CONSIDERING: "maybe",
    Pledge.Status.DECLINED: "no",
}


@dataclass
class Conflict:
    nation: Nation
    category: str
    sides: list

    @property
    def key(self):
        return (self.nation.pk, self.category)

    def get_category_display(self):
        return Pledge.Category(self.category).label


def disagree(pledges):
    """Whether pledges of one nation and category contradict each other (no query)."""
    stances = {_STANCE[p.status] for p in pledges if p.status in _STANCE}
    quantities = {(p.quantity, p.unit) for p in pledges if p.quantity is not None}
    amounts = {(p.amount, p.currency) for p in pledges if p.amount is not None}
    return len(stances) > 1 or len(quantities) > 1 or len(amounts) > 1


def open_pledges(queryset=None):
    """Confirmed and suggested pledges that still count: the ones that can conflict."""
    queryset = queryset if queryset is not None else Pledge.objects.all()
    return queryset.filter(review__in=[Pledge.Review.CONFIRMED, Pledge.Review.SUGGESTED]).exclude(
        status=Pledge.Status.WITHDRAWN
    )


def find_conflicts(queryset=None):
    """Where confirmed and suggested pledges disagree on a nation and category.

    ``queryset`` narrows the pledges looked at (e.g. one nation's). Each side comes with its
    evidence and articles. Two queries, however much data there is.
    """
    evidence = Evidence.objects.select_related("article").order_by("article__published_on", "start")
    pledges = (
        open_pledges(queryset)
        .select_related("nation")
        .prefetch_related(Prefetch("evidence", queryset=evidence))
        .order_by("nation__name", "category", "announced_on", "pk")
    )
    groups = {}
    for pledge in pledges:
        groups.setdefault((pledge.nation_id, pledge.category), []).append(pledge)
    return [Conflict(sides[0].nation, category, sides) for (_, category), sides in groups.items() if disagree(sides)]


def settle(nation, category, chosen, user, *, reason=""):
    """Rule for ``chosen`` among a nation's pledges in a category; the others lose.

    A losing confirmed pledge is withdrawn, a losing suggestion rejected; a chosen
    suggestion is accepted. Returns the ``ConflictDecision``.
    """
    if chosen.nation_id != nation.pk or chosen.category != category:
        raise ValueError("The chosen pledge is not one of this nation's in that category.")
    with transaction.atomic():
        others = list(open_pledges(Pledge.objects.select_for_update()).filter(nation=nation, category=category))
        decision = ConflictDecision.objects.create(
            nation=nation, category=category, chosen=chosen, reason=reason, decided_by=user
        )
        why = reason or "Conflict settled for another source."
        for pledge in others:
            if pledge.pk == chosen.pk:
                continue
            if pledge.review == Pledge.Review.SUGGESTED:
                reject(pledge, user, reason=why, action=Action.SETTLED)
            else:
                before = snapshot(pledge)
                pledge.status = Pledge.Status.WITHDRAWN
                track(pledge, before, user=user, action=Action.SETTLED, reason=why)
        if chosen.review == Pledge.Review.SUGGESTED:
            accept(chosen, user, reason=reason)
    return decision
