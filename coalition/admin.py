from django.contrib import admin
from django.utils import timezone

from articles.models import Evidence
from coalition import curation
from coalition.history import snapshot, track
from coalition.models import Alias, Attendance, Change, ConflictDecision, Meeting, Nation, Pledge


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

    def save_model(self, request, obj, form, change):
        # A nation's part in the coalition has a history: record who changed it.
        before = snapshot(Nation.objects.get(pk=obj.pk)) if change else {}
        track(obj, before, user=request.user, source=obj.role_source)


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
    readonly_fields = ["created_by", "reviewed_by", "reviewed_at", "merged_into", "created_at", "updated_at"]
    date_hierarchy = "announced_on"
    inlines = [PledgeEvidenceInline]
    actions = ["accept_suggestions", "reject_suggestions"]

    def save_model(self, request, obj, form, change):
        before = snapshot(Pledge.objects.get(pk=obj.pk)) if change else {}
        action = Change.Action.EDITED if change else Change.Action.CREATED
        if not change:
            obj.created_by = request.user
        if "review" in form.changed_data:
            obj.reviewed_by = request.user
            obj.reviewed_at = timezone.now()
            if change:
                action = {
                    Pledge.Review.CONFIRMED: Change.Action.ACCEPTED,
                    Pledge.Review.REJECTED: Change.Action.REJECTED,
                }.get(obj.review, action)
        track(obj, before, user=request.user, action=action)

    def has_review_permission(self, request):
        return request.user.has_perm("coalition.review_pledge")

    @admin.action(description="Accept selected suggestions", permissions=["review"])
    def accept_suggestions(self, request, queryset):
        self._review(request, queryset, curation.accept, "accepted")

    @admin.action(description="Reject selected suggestions", permissions=["review"])
    def reject_suggestions(self, request, queryset):
        self._review(request, queryset, curation.reject, "rejected")

    def _review(self, request, queryset, decide, done):
        pledges = list(queryset.suggested())
        for pledge in pledges:
            decide(pledge, request.user)
        self.message_user(request, f"{len(pledges)} suggestion(s) {done}.")


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written by the curation code, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Change)
class ChangeAdmin(ReadOnlyAdmin):
    list_display = ["on", "nation", "pledge", "action", "user", "at"]
    list_filter = ["action", "on"]
    list_select_related = ["nation", "pledge__nation", "user"]
    search_fields = ["nation__name", "reason"]
    date_hierarchy = "on"


@admin.register(ConflictDecision)
class ConflictDecisionAdmin(ReadOnlyAdmin):
    list_display = ["nation", "category", "chosen", "decided_by", "decided_at"]
    list_filter = ["category"]
    list_select_related = ["nation", "chosen__nation", "decided_by"]
