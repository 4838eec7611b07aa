"""What changed, who changed it and when: pledges and nations' parts in the coalition.

``track`` is the one way changes are recorded (review queue, admin); ``pledges_as_of`` and
``timeline`` read them back.
"""

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone

from coalition.models import Change, Nation, Pledge

# What a curator edits on a pledge (the review queue's edit form), and what history tracks.
EDITABLE_PLEDGE_FIELDS = [
    "category",
    "status",
    "summary",
    "conditions",
    "needs_us_backstop",
    "needs_parliament",
    "after_ceasefire",
    "location",
    "quantity",
    "unit",
    "amount",
    "currency",
    "announced_on",
    "meeting",
]
PLEDGE_FIELDS = [*EDITABLE_PLEDGE_FIELDS, "review", "merged_into"]
NATION_FIELDS = ["role", "role_since", "role_source"]
# Bookkeeping that the timeline does not spell out.
_QUIET = {"review", "merged_into", "summary"}


def _fields(obj):
    return NATION_FIELDS if isinstance(obj, Nation) else PLEDGE_FIELDS


def _plain(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


def snapshot(obj):
    """The tracked fields of a pledge or nation in JSON terms (no query)."""
    return {name: _plain(getattr(obj, obj._meta.get_field(name).attname)) for name in _fields(obj)}


def track(obj, before, *, user, action=Change.Action.EDITED, reason="", source=None, on=None):
    """Save a pledge or nation and record how it differs from ``before``.

    ``before`` is a ``snapshot`` taken before the change, or ``{}`` for a new row. ``on`` is
    when the change took effect; by default the new announced date (or ``role_since``) when
    that changed or the pledge is new or accepted, else today. Returns the ``Change``, or
    None for an edit that changed nothing tracked.
    """
    with transaction.atomic():
        obj.save()
        after = snapshot(obj)
        diff = {name: {"old": before.get(name), "new": new} for name, new in after.items() if before.get(name) != new}
        if not before:
            diff = {name: values for name, values in diff.items() if values["new"] not in (None, "", False)}
        if not diff and action == Change.Action.EDITED:
            return None
        is_nation = isinstance(obj, Nation)
        return Change.objects.create(
            nation_id=obj.pk if is_nation else obj.nation_id,
            pledge=None if is_nation else obj,
            action=action,
            diff=diff,
            reason=reason,
            source=source,
            user=user if user is not None and user.is_authenticated else None,
            on=on or _effective_date(obj, diff, action),
        )


def _effective_date(obj, diff, action):
    if isinstance(obj, Nation):
        day = obj.role_since if "role_since" in diff else None
    elif "announced_on" in diff or action in (Change.Action.CREATED, Change.Action.ACCEPTED):
        day = obj.announced_on
    else:
        day = None
    return day or timezone.localdate()


_MISSING = object()


def pledges_as_of(day):
    """The pledges that were confirmed on ``day``, each with the fields it had then.

    A field's value is the new value of the pledge's last change on or before ``day``, else
    the old value of its first change after it, else its value now. Pledges without any
    recorded change (the reference data) count from their ``known_on`` date. The pledges
    come with their ``nation``. Two queries, however many pledges and changes there are.
    """
    candidates = (
        Pledge.objects.filter(Q(review=Pledge.Review.CONFIRMED) | Q(pk__in=Change.objects.values("pledge_id")))
        .select_related("nation")
        .prefetch_related(Prefetch("changes", queryset=Change.objects.order_by("on", "at", "id"), to_attr="history"))
        .order_by("nation__name", "category", "pk")
    )
    result = []
    for pledge in candidates:
        past = [c for c in pledge.history if c.on <= day]
        future = [c for c in pledge.history if c.on > day]
        for name in {name for change in pledge.history for name in change.diff}:
            value = next((c.diff[name]["new"] for c in reversed(past) if name in c.diff), _MISSING)
            if value is _MISSING:
                value = next((c.diff[name]["old"] for c in future if name in c.diff), _MISSING)
            if value is not _MISSING and name in PLEDGE_FIELDS:
                field = Pledge._meta.get_field(name)
                setattr(pledge, field.attname, None if value is None else field.to_python(value))
        if pledge.review == Pledge.Review.CONFIRMED and (past or pledge.known_on <= day):
            result.append(pledge)
    return result


def timeline(nation, *, everything=False):
    """A nation's changes, oldest first, each with ``subject`` and ``lines`` to show (one query).

    The public sees changes to confirmed pledges and to the nation's part in the coalition;
    with ``everything`` (curators), rejections and merged suggestions too.
    """
    changes = Change.objects.filter(nation=nation).select_related("pledge", "source", "user").order_by("on", "at", "id")
    if not everything:
        changes = changes.filter(Q(pledge__isnull=True) | Q(pledge__review=Pledge.Review.CONFIRMED)).exclude(
            action__in=[Change.Action.REJECTED, Change.Action.MERGED_INTO]
        )
    changes = list(changes)
    for change in changes:
        change.subject, change.lines = _describe(change)
    return changes


def _describe(change):
    model = Nation if set(change.diff) & set(NATION_FIELDS) else Pledge
    if model is Nation:
        subject = "Part in the coalition"
    elif change.pledge:
        subject = change.pledge.get_category_display().capitalize()
    else:
        subject = "A pledge since deleted"
    lines = []
    quiet = set(_QUIET)
    if change.action in (Change.Action.ACCEPTED, Change.Action.CREATED) and model is Pledge:
        status = change.diff.get("status", {}).get("new") or (change.pledge and change.pledge.status)
        lines.append(f"confirmed as {_display(Pledge, 'status', status)}")
        quiet.add("status")
    for name, values in change.diff.items():
        if name in quiet:
            continue
        field = model._meta.get_field(name)
        label = "" if name in ("status", "role") else f"{field.verbose_name} "
        if field.is_relation:
            lines.append(f"{label}changed")
        else:
            lines.append(f"{label}{_display(model, name, values['old'])} → {_display(model, name, values['new'])}")
    if not lines:
        lines.append(change.get_action_display())
    return subject, lines


def _display(model, name, value):
    if value in (None, ""):
        return "none"
    field = model._meta.get_field(name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value)).lower()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field.get_internal_type() == "DateField":
        day = field.to_python(value)
        return f"{day.day} {day:%b %Y}"
    return str(value)
