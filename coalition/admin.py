from django.contrib import admin
from django.utils import timezone

from articles.models import Evidence
from coalition.models import Alias, Attendance, Meeting, Nation, Pledge


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 0


class PledgeEvidenceInline(admin.TabularInline):
    model = Evidence
    fk_name = "pledge"
    fields = ["article", "sentence", "start", "end", "extractor_version"]
    autocomplete_fields = ["article"]
    extra = 0


class AttendanceInline(admin.TabularInline):
    model = Attendance
    autocomplete_fields = ["nation"]
    extra = 0


@admin.register(Nation)
class NationAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "kind", "role", "role_since"]
    list_filter = ["kind", "role"]
    search_fields = ["name", "official_name", "code", "aliases__text"]
    autocomplete_fields = ["role_source"]
    inlines = [AliasInline]

    def get_search_results(self, request, queryset, search_term):
        # Searching aliases joins many rows per nation.
        queryset, _ = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False


@admin.register(Alias)
class AliasAdmin(admin.ModelAdmin):
    list_display = ["text", "nation", "kind", "role", "valid_from", "valid_to"]
    list_filter = ["kind"]
    list_select_related = ["nation"]
    search_fields = ["text", "nation__name", "role"]
    autocomplete_fields = ["nation"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "place", "format"]
    list_filter = ["format", "date"]
    date_hierarchy = "date"
    search_fields = ["title", "city", "outcome"]
    autocomplete_fields = ["hosts", "sources"]
    inlines = [AttendanceInline]


@admin.register(Pledge)
class PledgeAdmin(admin.ModelAdmin):
    list_display = ["nation", "category", "status", "review", "announced_on", "meeting", "updated_at"]
    list_filter = ["review", "category", "status", "needs_us_backstop", "needs_parliament", "after_ceasefire"]
    list_select_related = ["nation", "meeting"]
    search_fields = ["nation__name", "nation__code", "summary", "conditions"]
    autocomplete_fields = ["nation", "meeting"]
    readonly_fields = ["created_by", "reviewed_by", "reviewed_at", "created_at", "updated_at"]
    date_hierarchy = "announced_on"
    inlines = [PledgeEvidenceInline]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        if "review" in form.changed_data:
            obj.reviewed_by = request.user
            obj.reviewed_at = timezone.now()
        super().save_model(request, obj, form, change)
