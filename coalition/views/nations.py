from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from articles.models import Evidence
from coalition import history
from coalition.curation import find_conflicts
from coalition.models import Attendance, Nation, Pledge
from coalition.status import nation_status
from coalition.views import wants_fragment


@dataclass(frozen=True)
class Event:
    """One line of a nation's timeline. Pledges make them now; a change history can add more."""

    on: date
    text: str
    pledge: Pledge | None = None
    estimated: bool = False  # the day it was recorded, for want of an announced date


@require_GET
@vary_on_headers("HX-Request")
def nation_detail(request, code):
    """A nation's page; an htmx request (a click on the map) gets only its panel."""
    evidence = Evidence.objects.select_related("article").order_by("article__published_on", "start", "pk")
    pledges = (
        Pledge.objects.confirmed()
        .select_related("meeting")
        .prefetch_related(Prefetch("evidence", queryset=evidence))
        .order_by("announced_on", "pk")
    )
    attendances = Attendance.objects.select_related("meeting").order_by("-meeting__date")
    nation = get_object_or_404(
        Nation.objects.select_related("role_source").prefetch_related(
            Prefetch("pledges", queryset=pledges, to_attr="confirmed_pledges"),
            Prefetch("attendances", queryset=attendances),
            "hosted_meetings",
        ),
        code=code.upper(),
    )
    # Categories in their declared order (troops first), not alphabetically.
    order = {category: index for index, category in enumerate(Pledge.Category.values)}
    nation.confirmed_pledges.sort(key=lambda p: order[p.category])
    hosted = set(nation.hosted_meetings.all())
    meetings = [(a.meeting, a.get_level_display().lower(), a.meeting in hosted) for a in nation.attendances.all()]
    panel = wants_fragment(request)
    return render(
        request,
        "coalition/nation_detail.html#panel" if panel else "coalition/nation_detail.html",
        {
            "nation": nation,
            "status": nation_status(nation),
            "meetings": meetings,
            "timeline": pledge_timeline(nation.confirmed_pledges),
            # Recorded changes (curators also see rejections, who and why) and disagreeing sources.
            "changes": history.timeline(nation, everything=request.user.has_perm("coalition.review_pledge")),
            "conflicts": find_conflicts(Pledge.objects.filter(nation=nation)),
            "panel": panel,
            # The panel sits under the map page's h1; the page is its own.
            "heading": 2 if panel else 1,
        },
    )


def pledge_timeline(pledges):
    """Each pledge on the day it became known, oldest first."""
    events = [
        Event(
            on=p.known_on,
            text=f"{p.get_category_display().capitalize()}: {p.get_status_display().lower()}",
            pledge=p,
            estimated=p.announced_on is None,
        )
        for p in pledges
    ]
    return sorted(events, key=lambda e: (e.on, e.text))
