from django.urls import path

from articles import views

urlpatterns = [
    path("", views.article_list, name="article_list"),
    path("upload/", views.upload, name="upload"),
    path("<int:pk>/", views.article_detail, name="article_detail"),
    path("<int:pk>/retry/", views.retry, name="article_retry"),
]
