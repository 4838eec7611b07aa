from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.models import Evidence
from coalition.models import Nation, Pledge
from coalition.status import nation_status


@require_GET
def nation_detail(request, code):
    evidence = Evidence.objects.select_related("article").order_by("article__published_on", "start")
    pledges = (
        Pledge.objects.confirmed()
        .select_related("meeting")
        .prefetch_related(Prefetch("evidence", queryset=evidence))
        .order_by("category", "announced_on")
    )
    nation = get_object_or_404(
        Nation.objects.select_related("role_source").prefetch_related(
            Prefetch("pledges", queryset=pledges, to_attr="confirmed_pledges")
        ),
        code=code.upper(),
    )
    return render(
        request,
        "coalition/nation_detail.html",
        {"nation": nation, "status": nation_status(nation)},
    )
