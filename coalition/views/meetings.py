from django.db.models import Prefetch
from django.shortcuts import render
from django.views.decorators.http import require_GET

from articles.models import Article
from coalition.models import Attendance, Meeting, Nation, Pledge


@require_GET
def meeting_list(request):
    """The summits, latest first, with who came at which level, the hosts, outcomes and sources."""
    meetings = Meeting.objects.prefetch_related(
        Prefetch("hosts", queryset=Nation.objects.order_by("name")),
        Prefetch("attendances", queryset=Attendance.objects.select_related("nation").order_by("nation__name")),
        Prefetch("sources", queryset=Article.objects.order_by("-published_on", "title")),
        Prefetch(
            "pledges",
            queryset=Pledge.objects.confirmed().select_related("nation").order_by("nation__name", "category"),
            to_attr="confirmed_pledges",
        ),
    ).order_by("-date", "title")
    for meeting in meetings:
        by_level = {level: [] for level in Attendance.Level}
        for attendance in meeting.attendances.all():
            by_level[attendance.level].append(attendance.nation)
        meeting.levels = [(level.label, nations) for level, nations in by_level.items() if nations]
    return render(request, "coalition/meeting_list.html", {"meetings": meetings})
