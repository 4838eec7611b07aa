from django.contrib import admin
from django.db import models

from articles import ingest
from articles.models import Article, Evidence


class ArticleEvidenceInline(admin.TabularInline):
    model = Evidence
    fk_name = "article"
    fields = ["pledge", "nation", "meeting", "sentence", "start", "end", "extractor_version"]
    autocomplete_fields = ["pledge", "nation", "meeting"]
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "state", "created_at"]
    list_filter = ["state", "language", "published_on"]
    search_fields = ["title", "url", "outlet"]
    readonly_fields = ["content_hash", "uploaded_by", "state", "error", "created_at", "started_at", "finished_at"]
    date_hierarchy = "published_on"
    inlines = [ArticleEvidenceInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    actions = ["retry_ingestion", "ingest_again"]

    @admin.action(description="Retry failed ingestion", permissions=["add"])
    def retry_ingestion(self, request, queryset):
        retried = sum(ingest.retry(article) for article in queryset.filter(state=Article.State.FAILED))
        self.message_user(request, f"{retried} article(s) queued again.")

    @admin.action(description="Ingest again (replaces machine-made suggestions)", permissions=["change"])
    def ingest_again(self, request, queryset):
        queued = sum(ingest.reingest(article) for article in queryset)
        self.message_user(request, f"{queued} article(s) queued again.")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)
        if not change and obj.body:
            ingest.queue(obj)


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "pledge", "nation", "meeting", "extractor_version"]
    list_filter = ["extractor_version"]
    list_select_related = ["article", "pledge__nation", "nation", "meeting"]
    search_fields = ["sentence", "article__title"]
    autocomplete_fields = ["article", "pledge", "nation", "meeting"]
