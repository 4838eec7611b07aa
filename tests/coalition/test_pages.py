import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from coalition.models import Pledge
from tests.factories import EvidenceFactory, NationFactory, PledgeFactory

pytestmark = pytest.mark.django_db

CODES = ["FR", "GB", "DE", "PL", "IT", "ES", "NL", "SE", "FI", "EE"]


def make_pledges(count, code=None):
    for i in range(count):
        nation = NationFactory(code=code or CODES[i % len(CODES)])
        EvidenceFactory(pledge=PledgeFactory(nation=nation, category=list(Pledge.Category)[i % 10]))


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_home_runs_the_same_queries_with_10_and_100_pledges(client, django_assert_num_queries):
    make_pledges(10)
    small = count_queries(client, "/")
    make_pledges(90)
    with django_assert_num_queries(small):
        client.get("/")


def test_nation_page_shows_pledges_with_their_evidence(client):
    evidence = EvidenceFactory(
        pledge=PledgeFactory(nation=NationFactory(code="LT", name="Lithuania"), quantity=200, unit="troops"),
        sentence="Lithuania is ready to send about 200 soldiers.",
    )
    html = client.get("/nations/lt/").content.decode()
    assert "Lithuania is ready to send about 200 soldiers." in html
    assert "200 troops" in html
    assert evidence.article.get_absolute_url() in html and evidence.article.url in html


def test_nation_page_runs_the_same_queries_with_10_and_100_pledges(client, django_assert_num_queries):
    make_pledges(10, code="FR")
    small = count_queries(client, "/nations/FR/")
    make_pledges(90, code="FR")
    with django_assert_num_queries(small):
        client.get("/nations/FR/")


def test_unknown_nation_is_404(client):
    assert client.get("/nations/XX/").status_code == 404


def test_article_page_escapes_uploaded_text(client):
    evidence = EvidenceFactory(article__body="<script>alert(1)</script> France pledged troops.")
    html = client.get(evidence.article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_healthz_answers_when_the_database_does(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200 and response.content == b"ok\n"


def test_pages_load_htmx_from_the_app_not_a_cdn(client):
    html = client.get("/").content.decode()
    assert '<script src="/static/vendor/htmx.min.js"' in html
    assert "https://" not in html.split("<body")[0]
