from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from articles import ingest
from articles.forms import UploadForm
from articles.models import Article
from articles.sources import UnusableSource

RECENT_UPLOADS = 20


@require_GET
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    evidence = article.evidence.select_related("pledge__nation", "nation", "meeting").order_by("start")
    return render(request, "articles/article_detail.html", {"article": article, "evidence": evidence})


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
