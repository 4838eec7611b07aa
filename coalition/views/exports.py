import csv
import json

from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from articles.models import Evidence
from coalition.forms import MapFilterForm
from coalition.history import pledges_as_of
from coalition.models import Pledge

FIELDS = [
    "nation_code",
    "nation",
    "category",
    "status",
    "summary",
    "conditions",
    "quantity",
    "unit",
    "amount",
    "currency",
    "announced_on",
    "recorded_on",
    "meeting",
    "meeting_date",
    "source_urls",
]


@require_GET
def pledges_csv(request):
    """Each confirmed pledge as a CSV row; several source URLs are separated by spaces."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pledges.csv"'
    writer = csv.DictWriter(response, fieldnames=FIELDS)
    writer.writeheader()
    for row in _rows(request):
        writer.writerow({**row, "source_urls": " ".join(row["source_urls"])})
    return response


@require_GET
def pledges_json(request):
    """Each confirmed pledge as a JSON object; amounts are strings, so that no digit is lost."""
    rows = list(_rows(request))
    body = json.dumps({"count": len(rows), "pledges": rows}, indent=1, ensure_ascii=False)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


def _rows(request):
    """Rows for the map's filters (``?category=``, ``?as_of=``); none means every confirmed pledge."""
    filters = MapFilterForm(request.GET).filters()
    evidence = Prefetch("evidence", queryset=Evidence.objects.select_related("article").order_by("pk"))
    if "as_of" in filters:
        # As the pledges stood that day, by their recorded history.
        pledges = pledges_as_of(filters["as_of"])
        prefetch_related_objects(pledges, "meeting", evidence)
    else:
        pledges = (
            Pledge.objects.confirmed()
            .select_related("nation", "meeting")
            .prefetch_related(evidence)
            .order_by("nation__name", "category", "pk")
        )
    for pledge in pledges:
        if "category" in filters and pledge.category != filters["category"]:
            continue
        urls = [item.article.url for item in pledge.evidence.all() if item.article.url]
        yield {
            "nation_code": pledge.nation.code,
            "nation": pledge.nation.name,
            "category": pledge.category,
            "status": pledge.status,
            "summary": pledge.summary,
            "conditions": pledge.conditions,
            "quantity": pledge.quantity,
            "unit": pledge.unit,
            "amount": None if pledge.amount is None else str(pledge.amount),
            "currency": pledge.currency,
            "announced_on": pledge.announced_on and pledge.announced_on.isoformat(),
            "recorded_on": timezone.localdate(pledge.created_at).isoformat(),
            "meeting": pledge.meeting.title if pledge.meeting else None,
            "meeting_date": pledge.meeting.date.isoformat() if pledge.meeting else None,
            "source_urls": list(dict.fromkeys(urls)),
        }
