"""End to end: the web form, a real Celery worker process, Redis and PostgreSQL."""

import os
import subprocess
import time

import pytest
from django.conf import settings
from django.db import connection

from articles.models import Article
from coalition.celery import app, worker_command
from coalition.models import Pledge
from coalition.reference.load import load_reference

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ARTICLE = "\n".join(
    [
        "Baltic states line up troops for Ukraine force",
        "VILNIUS, Lithuania (AP) — Lithuania is ready to send about 200 soldiers to a multinational"
        " reassurance force in Ukraine once a ceasefire is agreed, its defence minister said on Tuesday.",
        "Estonia has also offered a company-sized unit, subject to approval by its parliament.",
        "Poland ruled out sending troops to Ukraine but said it would lead on logistics.",
    ]
)


@pytest.fixture
def worker():
    if connection.vendor != "postgresql" or not settings.CELERY_BROKER_URL:
        if os.environ.get("REQUIRE_SERVICES"):
            pytest.fail("REQUIRE_SERVICES is set but DATABASE_URL is not PostgreSQL or CELERY_BROKER_URL is unset")
        pytest.skip("needs DATABASE_URL on PostgreSQL and CELERY_BROKER_URL on Redis")
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
    }
    app.control.purge()
    process = subprocess.Popen(
        worker_command("--pool=solo", "--loglevel=INFO", "--without-heartbeat"),
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield process
    process.terminate()
    output, _ = process.communicate(timeout=30)
    print(output)


def wait_for(predicate, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_an_uploaded_article_is_ingested_by_a_worker(worker, client, uploader):
    load_reference()
    client.force_login(uploader)
    response = client.post("/articles/upload/", {"text": ARTICLE, "published_on": "2025-09-09"})
    assert response.status_code == 302
    article = Article.objects.get(title__startswith="Baltic states")

    assert wait_for(lambda: Article.objects.get(pk=article.pk).state == Article.State.DONE), (
        f"article stayed {Article.objects.get(pk=article.pk).state}"
    )
    suggestions = Pledge.objects.suggested().filter(evidence__article=article).distinct()
    found = set(suggestions.values_list("nation__code", "category", "status"))
    assert ("LT", "troops", "pledged") in found
    lithuania = suggestions.get(nation__code="LT", category="troops")
    assert lithuania.quantity == 200
    sentence = lithuania.evidence.get(article=article)
    assert article.body[sentence.start : sentence.end] == sentence.sentence
    assert "about 200 soldiers" in sentence.sentence
