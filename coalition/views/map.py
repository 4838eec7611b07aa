from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from coalition import geography
from coalition.forms import MapFilterForm
from coalition.models import Nation, Pledge
from coalition.status import MapStatus, nation_status, with_confirmed_pledges
from coalition.views import wants_fragment


@require_GET
@vary_on_headers("HX-Request")
def home(request):
    """The pledge map; an htmx request (the filter form) gets only the map, to swap in place."""
    form = MapFilterForm(request.GET)
    filters = form.filters()
    nations = with_confirmed_pledges(Nation.objects.order_by("name"), filters.get("as_of"))
    statuses = {nation.code: (nation, nation_status(nation, **filters)) for nation in nations}
    panels = _panels(statuses)
    drawn = {country["code"] for panel in panels for country in panel["countries"]}
    context = {
        "form": form,
        "category": Pledge.Category(filters["category"]) if "category" in filters else None,
        "as_of": filters.get("as_of"),
        # The valid filters, for links to the same view as a table or a download.
        "query": urlencode({name: str(value) for name, value in filters.items()}),
        "panels": panels,
        "legend": _legend(statuses.values()),
        # Shown beside the map: the organisations, and states outside its panels that have a say.
        "elsewhere": [
            (nation, status)
            for code, (nation, status) in statuses.items()
            if code not in drawn
            and (nation.kind == Nation.Kind.ORGANISATION or nation.role or status != MapStatus.NONE)
        ],
    }
    if not wants_fragment(request):
        return render(request, "coalition/home.html", context)
    # The address bar gets the view's own URL, without empty or invalid parameters.
    return push_url(
        render(request, "coalition/home.html#map", context),
        f"{reverse('home')}?{context['query']}" if context["query"] else reverse("home"),
    )


def _legend(statuses):
    counts = dict.fromkeys(MapStatus, 0)
    for _, status in statuses:
        counts[status] += 1
    return list(counts.items())


def _panels(statuses):
    """The built map's panels, each country joined to its nation and status. Outlines of places
    that are not nations here (territories, areas without an ISO code) are drawn as plain land."""
    panels = []
    for panel in geography.load()["panels"]:
        land, countries = [panel["land"]], []
        for code, shape in panel["countries"].items():
            if code not in statuses:
                land.append(shape["d"])
                continue
            nation, status = statuses[code]
            countries.append({"code": code, "nation": nation, "status": status, **shape})
        # Marked small states come last, so that their markers are painted over their neighbours.
        countries.sort(key=lambda c: ("marker" in c, c["nation"].name))
        panels.append({**panel, "land": "".join(land), "countries": countries})
    return panels
