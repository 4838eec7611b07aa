"""The review queue: curators accept, edit, reject or merge suggested pledges and settle conflicts."""

from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from articles.models import Article, Evidence
from coalition import curation
from coalition.history import snapshot
from coalition.models import Nation, Pledge
from coalition.review_forms import BulkForm, MergeForm, PledgeEditForm, RejectForm, SettleForm

PERMISSION = "coalition.review_pledge"
FILTERS = ("nation", "category", "article")
# More than a curator works through at once; the filters narrow the rest.
LIMIT = 100
TEMPLATE = "coalition/review.html"


def curator_required(view):
    return login_required(permission_required(PERMISSION, raise_exception=True)(view))


# ------------------------------------------------------------------ helpers


def _filters(request):
    """The queue's filters from the query string; unknown or malformed values are dropped."""
    params = request.GET
    found = {}
    if params.get("nation"):
        found["nation"] = params["nation"].upper()[:4]
    if params.get("category") in Pledge.Category.values:
        found["category"] = params["category"]
    if params.get("article", "").isdigit():
        found["article"] = params["article"]
    return found


def _suffix(request):
    filters = _filters(request)
    return f"?{urlencode(filters)}" if filters else ""


def _queue_url(request, anchor=""):
    return reverse("review") + _suffix(request) + anchor


def _narrow(queryset, filters, *, by_article=True):
    if "nation" in filters:
        queryset = queryset.filter(nation__code=filters["nation"])
    if "category" in filters:
        queryset = queryset.filter(category=filters["category"])
    if by_article and "article" in filters:
        queryset = queryset.filter(pk__in=Evidence.objects.filter(article_id=filters["article"]).values("pledge_id"))
    return queryset


def _with_evidence(queryset):
    evidence = Evidence.objects.select_related("article").order_by("article__published_on", "start")
    return queryset.select_related("nation", "meeting").prefetch_related(Prefetch("evidence", queryset=evidence))


def _annotate(rows, conflicts):
    """Give each suggestion the pledges it may merge into and whether it conflicts (one query)."""
    targets = {}
    nations = {row.nation_id for row in rows}
    for pledge in curation.open_pledges(Pledge.objects.filter(nation__in=nations)).order_by("category", "pk"):
        targets.setdefault(pledge.nation_id, []).append(pledge)
    keys = {conflict.key for conflict in conflicts}
    for row in rows:
        row.merge_targets = [p for p in targets.get(row.nation_id, []) if p.pk != row.pk]
        row.in_conflict = (row.nation_id, row.category) in keys


def _queue_context(request):
    filters = _filters(request)
    suggestions = _narrow(Pledge.objects.suggested(), filters)
    rows = list(_with_evidence(suggestions).order_by("nation__name", "category", "pk")[:LIMIT])
    conflicts = curation.find_conflicts(_narrow(Pledge.objects.all(), filters, by_article=False))
    _annotate(rows, conflicts)
    waiting = Pledge.objects.suggested()
    return {
        "current": "review",
        "filters": filters,
        "suffix": _suffix(request),
        "rows": rows,
        "groups": [(nation, list(items)) for nation, items in groupby(rows, key=lambda p: p.nation)],
        "total": suggestions.count(),
        "conflicts": conflicts,
        "nations": Nation.objects.filter(pk__in=waiting.values("nation_id")).only("code", "name"),
        "categories": Pledge.Category.choices,
        "articles": Article.objects.filter(pk__in=Evidence.objects.filter(pledge__in=waiting).values("article_id"))
        .only("pk", "title")
        .order_by("-created_at"),
    }


def _row_context(request, pledge):
    conflicts = curation.find_conflicts(Pledge.objects.filter(nation=pledge.nation_id, category=pledge.category))
    _annotate([pledge], conflicts)
    return {"pledge": pledge, "suffix": _suffix(request)}


def _suggestion(pk, *, lock=False):
    queryset = Pledge.objects.suggested()
    if lock:
        queryset = queryset.select_for_update()
    return get_object_or_404(queryset, pk=pk)


def _done(request, pledge, outcome):
    """After an action on one suggestion: its row says what happened, or back to the queue."""
    if not request.htmx:
        messages.success(request, f"{outcome}: {pledge}.")
        return redirect(_queue_url(request))
    response = render(request, f"{TEMPLATE}#done", {"pledge": pledge, "outcome": outcome})
    response["HX-Trigger"] = "pledge-reviewed"
    return response


# ------------------------------------------------------------------ pages


@require_GET
@curator_required
def queue(request):
    return render(request, TEMPLATE, _queue_context(request))


@require_GET
@curator_required
@vary_on_headers("HX-Request")
def row(request, pk):
    """One suggestion's row, e.g. when an edit is cancelled."""
    pledge = get_object_or_404(_with_evidence(Pledge.objects.suggested()), pk=pk)
    if not request.htmx:
        return redirect(_queue_url(request, f"#s-{pk}"))
    return render(request, f"{TEMPLATE}#row", _row_context(request, pledge))


@require_POST
@curator_required
def accept(request, pk):
    with transaction.atomic():
        pledge = _suggestion(pk, lock=True)
        curation.accept(pledge, request.user)
    return _done(request, pledge, "Accepted")


@require_http_methods(["GET", "POST"])
@curator_required
@vary_on_headers("HX-Request")
def edit(request, pk):
    """Edit a suggestion, then accept it."""
    pledge = get_object_or_404(_with_evidence(Pledge.objects.suggested()), pk=pk)
    form = PledgeEditForm(instance=pledge)
    if request.method == "POST":
        with transaction.atomic():
            pledge = _suggestion(pk, lock=True)
            before = snapshot(pledge)
            form = PledgeEditForm(request.POST, instance=pledge)
            if form.is_valid():
                curation.accept(form.save(commit=False), request.user, before=before)
                return _done(request, pledge, "Edited and accepted")
        pledge = get_object_or_404(_with_evidence(Pledge.objects.all()), pk=pk)
    template = "coalition/review_edit.html"
    if request.htmx:
        template += "#form"
    return render(request, template, {"pledge": pledge, "form": form, "suffix": _suffix(request)})


@require_POST
@curator_required
def reject(request, pk):
    form = RejectForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("The reason is too long.")
    with transaction.atomic():
        pledge = _suggestion(pk, lock=True)
        curation.reject(pledge, request.user, reason=form.cleaned_data["reason"])
    return _done(request, pledge, "Rejected")


@require_POST
@curator_required
def merge(request, pk):
    with transaction.atomic():
        pledge = _suggestion(pk, lock=True)
        targets = curation.open_pledges(Pledge.objects.filter(nation=pledge.nation_id)).exclude(pk=pk)
        form = MergeForm(request.POST, targets=targets)
        if not form.is_valid():
            return HttpResponseBadRequest("Choose a pledge of the same nation to merge into.")
        data = form.cleaned_data
        curation.merge(pledge, data["into"], request.user, take_status=data["take_status"], reason=data["reason"])
    return _done(request, pledge, f"Merged into {data['into']}")


@require_POST
@curator_required
def bulk(request):
    form = BulkForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Tick at least one suggestion, then accept or reject.")
    else:
        action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
        with transaction.atomic():
            pledges = list(Pledge.objects.suggested().select_for_update().filter(pk__in=form.cleaned_data["ids"]))
            for pledge in pledges:
                if action == "accept":
                    curation.accept(pledge, request.user)
                else:
                    curation.reject(pledge, request.user, reason=reason)
        verb = "Accepted" if action == "accept" else "Rejected"
        messages.success(request, f"{verb} {len(pledges)} suggestion{'' if len(pledges) == 1 else 's'}.")
    if not request.htmx:
        return redirect(_queue_url(request))
    return render(request, f"{TEMPLATE}#queue", _queue_context(request))


@require_POST
@curator_required
def settle(request):
    """Settle a conflict for one pledge; back to the page the form was on."""
    form = SettleForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Choose the pledge to keep.")
    data = form.cleaned_data
    nation = get_object_or_404(Nation, code=data["nation"].upper())
    chosen = get_object_or_404(
        curation.open_pledges(Pledge.objects.filter(nation=nation, category=data["category"])), pk=data["chosen"]
    )
    curation.settle(nation, data["category"], chosen, request.user, reason=data["reason"])
    messages.success(request, f"Settled: {chosen} is kept.")
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = reverse("review")
    return redirect(back)
