import pytest

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_a_failed_article_can_be_retried_from_the_admin(client, superuser, django_capture_on_commit_callbacks):
    failed = ArticleFactory(state=Article.State.FAILED, error="OperationalError: gone")
    done = ArticleFactory(state=Article.State.DONE)
    client.force_login(superuser)
    with django_capture_on_commit_callbacks() as queued:
        response = client.post(
            "/admin/articles/article/",
            {"action": "retry_ingestion", "_selected_action": [failed.pk, done.pk]},
            follow=True,
        )
    assert "1 article(s) queued again." in response.content.decode()
    assert Article.objects.get(pk=failed.pk).state == Article.State.PENDING
    assert Article.objects.get(pk=done.pk).state == Article.State.DONE
    assert len(queued) == 1


def test_an_article_added_in_the_admin_is_queued(client, superuser, django_capture_on_commit_callbacks):
    client.force_login(superuser)
    with django_capture_on_commit_callbacks() as queued:
        client.post(
            "/admin/articles/article/add/",
            {
                "title": "Typed in",
                "body": "Latvia is ready to send troops.",
                "language": "en",
                "evidence-TOTAL_FORMS": "0",
                "evidence-INITIAL_FORMS": "0",
            },
        )
    assert Article.objects.get().uploaded_by == superuser
    assert len(queued) == 1


def test_the_admin_reports_a_duplicate_article_instead_of_failing(client, superuser):
    ArticleFactory(body="Latvia is ready to send troops.")
    client.force_login(superuser)
    response = client.post(
        "/admin/articles/article/add/",
        {
            "title": "Again",
            "body": "Latvia  is ready to send troops.",
            "language": "en",
            "evidence-TOTAL_FORMS": "0",
            "evidence-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "An article with the same text is already here." in response.content.decode()
    assert Article.objects.count() == 1
