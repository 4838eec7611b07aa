from django.shortcuts import render
from django.views.decorators.http import require_GET

from coalition.models import Nation
from coalition.status import MapStatus, confirmed_pledges_prefetch, nation_status


@require_GET
def home(request):
    nations = Nation.objects.prefetch_related(confirmed_pledges_prefetch()).order_by("name")
    groups = {status: [] for status in MapStatus}
    for nation in nations:
        groups[nation_status(nation)].append(nation)
    return render(
        request,
        "coalition/home.html",
        {"groups": [(status, groups[status]) for status in MapStatus]},
    )
