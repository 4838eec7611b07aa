from django.contrib import admin
from django.urls import include, path

from coalition.views import exports, health, map, meetings, nations, review, table

urlpatterns = [
    path("", map.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("nations/<str:code>/", nations.nation_detail, name="nation_detail"),
    path("table/", table.nation_table, name="nation_table"),
    path("meetings/", meetings.meeting_list, name="meeting_list"),
    path("export/pledges.csv", exports.pledges_csv, name="export_pledges_csv"),
    path("export/pledges.json", exports.pledges_json, name="export_pledges_json"),
    path("review/", review.queue, name="review"),
    path("review/bulk/", review.bulk, name="review_bulk"),
    path("review/settle/", review.settle, name="review_settle"),
    path("review/<int:pk>/", review.row, name="review_row"),
    path("review/<int:pk>/accept/", review.accept, name="review_accept"),
    path("review/<int:pk>/edit/", review.edit, name="review_edit"),
    path("review/<int:pk>/reject/", review.reject, name="review_reject"),
    path("review/<int:pk>/merge/", review.merge, name="review_merge"),
    path("articles/", include("articles.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
]
