from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.models import Article


@require_GET
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    evidence = article.evidence.select_related("pledge__nation", "nation", "meeting").order_by("start")
    return render(request, "articles/article_detail.html", {"article": article, "evidence": evidence})
