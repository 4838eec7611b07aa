from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import RequestDataTooBig
from django.core.paginator import Paginator
from django.db.models import F, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from articles import ingest, search
from articles.forms import UploadForm
from articles.highlight import highlight
from articles.models import Article, Evidence
from articles.search import ArticleSearchForm
from articles.sources import UnusableSource
from coalition.models import Pledge

RECENT_UPLOADS = 20
ARTICLES_PER_PAGE = 20


@require_GET
def article_list(request):
    """Processed articles, newest first: searched, about a nation, published in a date range; paginated."""
    form = ArticleSearchForm(request.GET)
    form.is_valid()
    filters = {name: value for name, value in form.cleaned_data.items() if value}
    articles = Article.objects.filter(state=Article.State.DONE).order_by(
        F("published_on").desc(nulls_last=True), "-created_at", "-pk"
    )
    if "since" in filters:
        articles = articles.filter(published_on__gte=filters["since"])
    if "until" in filters:
        articles = articles.filter(published_on__lte=filters["until"])
    if "nation" in filters:
        articles = search.about(articles, filters["nation"])
    if "q" in filters:
        articles = search.search(articles, filters["q"])
    evidence = Evidence.objects.select_related("nation", "pledge__nation")
    page = Paginator(articles.prefetch_related(Prefetch("evidence", queryset=evidence)), ARTICLES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    for article in page:
        article.nations = sorted(
            {item.nation or item.pledge.nation for item in article.evidence.all() if item.nation or item.pledge},
            key=lambda nation: nation.name,
        )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "articles/article_list.html",
        {"form": form, "page": page, "filtered": bool(filters), "query": query.urlencode()},
    )


@require_GET
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    # Public: what curators confirmed, and what extraction suggested (shown as such); never the rejected.
    evidence = list(
        article.evidence.select_related("pledge__nation", "nation", "meeting")
        .filter(Q(pledge__isnull=True) | Q(pledge__review__in=[Pledge.Review.CONFIRMED, Pledge.Review.SUGGESTED]))
        .order_by("start", "pk")
    )
    for item in evidence:
        item.link, item.label = _supports(item)
    body = highlight(article.body, evidence) if article.body else ""
    return render(request, "articles/article_detail.html", {"article": article, "evidence": evidence, "body": body})


def _supports(item):
    """Where an evidence sentence leads, and what to call it."""
    if item.pledge:
        pledge = item.pledge
        label = f"{pledge.nation.name}: {pledge.get_category_display().lower()} ({pledge.get_status_display().lower()})"
        if pledge.review == Pledge.Review.CONFIRMED:
            return f"{pledge.nation.get_absolute_url()}#pledge-{pledge.pk}", label
        return pledge.nation.get_absolute_url(), f"{label}, suggested and not yet confirmed"
    if item.nation:
        return item.nation.get_absolute_url(), f"{item.nation.name}: part in the coalition"
    return f"{reverse('meeting_list')}#meeting-{item.meeting.pk}", item.meeting.title


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("articles.add_article", raise_exception=True)
@vary_on_headers("HX-Request")
def upload(request):
    form = UploadForm()
    status = 200
    if request.method == "POST":
        try:
            form = UploadForm(request.POST, request.FILES)
            valid = form.is_valid()
        except RequestDataTooBig:
            form, valid, status = UploadForm(), False, 413
            messages.error(request, "The upload is larger than the site accepts.")
        if valid:
            _save_uploads(request, form)
            if not request.htmx:
                return redirect("upload")
            form = UploadForm()
    uploads = list(Article.objects.filter(uploaded_by=request.user).order_by("-created_at")[:RECENT_UPLOADS])
    busy = any(a.state in (Article.State.PENDING, Article.State.PROCESSING) for a in uploads)
    template = "articles/upload.html"
    if request.htmx:
        template += "#results" if request.method == "POST" else "#uploads"
    return render(request, template, {"form": form, "uploads": uploads, "busy": busy}, status=status)


def _save_uploads(request, form):
    for name, source in form.sources():
        if isinstance(source, UnusableSource):
            messages.error(request, str(source))
            continue
        try:
            article = ingest.submit(source, user=request.user)
        except ingest.DuplicateArticle as duplicate:
            messages.warning(
                request,
                format_html(
                    '{}: already here as <a href="{}">{}</a>.',
                    name,
                    duplicate.existing.get_absolute_url(),
                    duplicate.existing.title,
                ),
            )
            continue
        messages.success(
            request,
            format_html('Saved <a href="{}">{}</a>; reading it now.', article.get_absolute_url(), article.title),
        )


@require_POST
@login_required
@permission_required("articles.add_article", raise_exception=True)
def retry(request, pk):
    article = get_object_or_404(Article, pk=pk)
    if ingest.retry(article):
        messages.success(request, "The article is queued again.")
    else:
        messages.info(request, "Only a failed article can be retried.")
    return redirect("article_detail", pk=pk)
