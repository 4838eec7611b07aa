from django.contrib import admin
from django.urls import include, path

from coalition.views import health, home, nations

urlpatterns = [
    path("", home.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("nations/<str:code>/", nations.nation_detail, name="nation_detail"),
    path("articles/", include("articles.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
]
