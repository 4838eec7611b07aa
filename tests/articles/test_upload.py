import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

URL = "/articles/upload/"
TEXT = "Lithuania offers troops\n\nLithuania is ready to send about 200 soldiers to a reassurance force in Ukraine."


def page_text(response):
    return response.content.decode()


@pytest.fixture
def as_uploader(client, uploader):
    client.force_login(uploader)
    return client


def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert client.post(URL, {"text": TEXT}).status_code == 302
    assert not Article.objects.exists()


def test_user_without_upload_permission_is_refused(client, outsider):
    client.force_login(outsider)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"text": TEXT}).status_code == 403
    assert not Article.objects.exists()


def test_pasted_text_is_saved_and_queued_on_commit(as_uploader, uploader, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = as_uploader.post(URL, {"text": TEXT, "url": "https://news.example.org/lt", "outlet": "Example"})
    assert response.status_code == 302 and response["Location"] == URL
    article = Article.objects.get()
    assert (article.title, article.url, article.outlet) == (
        "Lithuania offers troops",
        "https://news.example.org/lt",
        "Example",
    )
    assert article.state == Article.State.PENDING and article.uploaded_by == uploader
    assert len(callbacks) == 1
    assert "Saved" in page_text(as_uploader.get(URL))


def test_empty_submission_saves_nothing(as_uploader):
    response = as_uploader.post(URL, {"text": "   "})
    assert response.status_code == 200
    assert "Paste some text or choose at least one file." in page_text(response)
    assert not Article.objects.exists()


def test_duplicate_text_is_refused_with_a_link_to_the_existing_article(as_uploader):
    existing = ArticleFactory(body=TEXT)
    response = as_uploader.post(URL, {"text": TEXT.replace("\n\n", "\n")}, follow=True)
    html = page_text(response)
    assert "already here as" in html and f'href="{existing.get_absolute_url()}"' in html
    assert Article.objects.count() == 1


def test_duplicate_url_is_refused(as_uploader):
    existing = ArticleFactory(url="https://news.example.org/lt")
    html = page_text(as_uploader.post(URL, {"text": TEXT, "url": existing.url}, follow=True))
    assert f'href="{existing.get_absolute_url()}"' in html
    assert Article.objects.count() == 1


def test_each_file_is_taken_or_refused_on_its_own(as_uploader):
    files = [
        SimpleUploadedFile("good.txt", TEXT.encode()),
        SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        SimpleUploadedFile("latin.md", "Cr\u00e8me".encode("latin-1")),
        SimpleUploadedFile("notes.docx", b"PK\x03\x04"),
    ]
    html = page_text(as_uploader.post(URL, {"files": files}, follow=True))
    assert Article.objects.get().title == "Lithuania offers troops"
    assert "photo.txt is a binary file, not text." in html
    assert "latin.md is not UTF-8 text." in html
    assert "notes.docx: only .txt, .md and .html files are accepted." in html


def test_a_file_over_the_limit_is_refused(as_uploader, settings):
    settings.ARTICLE_MAX_BYTES = 1000
    html = page_text(as_uploader.post(URL, {"files": [SimpleUploadedFile("big.txt", b"word " * 400)]}, follow=True))
    assert "big.txt is 0.0 MB; the limit is 0.0 MB." in html or "the limit is" in html
    assert not Article.objects.exists()


def test_a_request_too_large_for_the_site_gets_a_message(as_uploader, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    response = as_uploader.post(URL, {"text": TEXT * 5})
    assert response.status_code == 413
    assert "larger than the site accepts" in page_text(response)
    assert not Article.objects.exists()


def test_uploaded_markup_is_never_rendered(as_uploader):
    as_uploader.post(
        URL,
        {"text": "<b onmouseover=alert(1)>Bold</b> claim\nNo script here.", "title": "<img src=x onerror=alert(1)>"},
    )
    article = Article.objects.get()
    html = page_text(as_uploader.get(URL)) + page_text(as_uploader.get(article.get_absolute_url()))
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "onmouseover" not in article.body


def test_htmx_post_returns_the_results_and_the_refreshed_list(as_uploader):
    response = as_uploader.post(URL, {"text": TEXT}, headers={"HX-Request": "true"})
    html = page_text(response)
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="results"')
    assert 'id="uploads" hx-swap-oob="true"' in html
    assert "<form" not in html
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_the_list_polls_while_an_article_is_pending_and_stops_when_done(as_uploader, uploader):
    article = ArticleFactory(uploaded_by=uploader)
    html = page_text(as_uploader.get(URL, headers={"HX-Request": "true"}))
    assert html.lstrip().startswith('<div id="uploads"') and 'hx-trigger="every 2s"' in html
    Article.objects.filter(pk=article.pk).update(state=Article.State.DONE)
    html = page_text(as_uploader.get(URL, headers={"HX-Request": "true"}))
    assert "every 2s" not in html and "Done" in html


def test_upload_page_queries_do_not_grow_with_uploads(as_uploader, uploader, django_assert_num_queries):
    ArticleFactory.create_batch(3, uploaded_by=uploader)
    with CaptureQueriesContext(connection) as small:
        as_uploader.get(URL)
    ArticleFactory.create_batch(30, uploaded_by=uploader)
    with django_assert_num_queries(len(small)):
        as_uploader.get(URL)


def test_a_failed_article_can_be_retried_from_its_page(as_uploader, django_capture_on_commit_callbacks):
    article = ArticleFactory(state=Article.State.FAILED, error="RuntimeError: boom")
    assert "Retry" in page_text(as_uploader.get(article.get_absolute_url()))
    with django_capture_on_commit_callbacks() as callbacks:
        as_uploader.post(f"/articles/{article.pk}/retry/")
    article.refresh_from_db()
    assert article.state == Article.State.PENDING and article.error == ""
    assert len(callbacks) == 1


def test_outsider_cannot_retry(client, outsider):
    article = ArticleFactory(state=Article.State.FAILED)
    client.force_login(outsider)
    assert client.post(f"/articles/{article.pk}/retry/").status_code == 403
    article.refresh_from_db()
    assert article.state == Article.State.FAILED
    assert client.get(f"/articles/{article.pk}/retry/").status_code == 405


def test_the_nav_marks_the_upload_page_as_current(as_uploader):
    assert '<a href="/articles/upload/" aria-current="page">Upload</a>' in page_text(as_uploader.get(URL))
