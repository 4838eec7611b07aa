from urllib.parse import urlencode

from django.db.models import Q
from django.shortcuts import render
from django.views.decorators.http import require_GET

from coalition.forms import AsOfForm
from coalition.models import Nation, Pledge
from coalition.status import MapStatus, known_by, nation_status, with_confirmed_pledges

# Legend order: the strongest commitment first.
RANK = {status: rank for rank, status in enumerate(MapStatus)}
COLUMNS = ["name", "status", *Pledge.Category.values]


@require_GET
def nation_table(request):
    """Nations by category, the map's accessible alternative; sorted on the server by ``?sort=``."""
    form = AsOfForm(request.GET)
    as_of = form.filters().get("as_of")
    sort = request.GET.get("sort", "status")
    column, descending = sort.removeprefix("-"), sort.startswith("-")
    if column not in COLUMNS:
        column, descending = "status", False

    nations = (
        Nation.objects.filter(~Q(role="") | Q(pledges__review=Pledge.Review.CONFIRMED)).distinct().order_by("name")
    )
    nations = with_confirmed_pledges(nations, as_of)
    rows = [_row(nation, as_of) for nation in nations]
    if column != "name":
        rows.sort(key=lambda row: row["name"])
        rows.sort(key=lambda row: RANK[row["status"] if column == "status" else row["cells"][column]["status"]])
    if descending:
        rows.reverse()

    keep = {"as_of": as_of.isoformat()} if as_of else {}
    headers = [
        {
            "key": key,
            "label": label,
            "sort": "descending" if key == column and descending else "ascending" if key == column else None,
            "url": "?" + urlencode({**keep, "sort": f"-{key}" if key == column and not descending else key}),
        }
        for key, label in [("name", "Nation"), ("status", "On the map"), *Pledge.Category.choices]
    ]
    return render(
        request,
        "coalition/nation_table.html",
        {"form": form, "as_of": as_of, "headers": headers, "rows": rows},
    )


def _row(nation, as_of):
    pledges = [p for p in nation.confirmed_pledges if not as_of or known_by(p, as_of)]
    cells = {}
    for category in Pledge.Category:
        mine = [p for p in pledges if p.category == category]
        cells[category.value] = {
            "status": nation_status(nation, category=category, as_of=as_of),
            "text": ", ".join(sorted({p.get_status_display().lower() for p in mine})),
        }
    return {
        "nation": nation,
        "name": nation.name,
        "status": nation_status(nation, as_of=as_of),
        "cells": cells,
    }
