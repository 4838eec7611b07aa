import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.coalition.test_pages import make_pledges
from tests.factories import EvidenceFactory, MeetingFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELISTS = [
    "/admin/coalition/nation/",
    "/admin/coalition/alias/",
    "/admin/coalition/meeting/",
    "/admin/coalition/pledge/",
    "/admin/articles/article/",
    "/admin/articles/evidence/",
]


@pytest.mark.parametrize("url", CHANGELISTS)
def test_changelist_opens_for_a_superuser(client, superuser, url):
    make_pledges(3)
    client.force_login(superuser)
    assert client.get(url).status_code == 200
    assert client.get(url, {"q": "France"}).status_code == 200


@pytest.mark.parametrize("url", CHANGELISTS)
def test_changelist_refuses_anonymous_users(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("url", CHANGELISTS)
def test_changelist_refuses_staff_without_permission(client, url):
    client.force_login(UserFactory(username="staff", is_staff=True))
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", CHANGELISTS)
def test_changelist_runs_the_same_queries_with_10_and_100_pledges(client, superuser, url, django_assert_num_queries):
    client.force_login(superuser)
    make_pledges(10)
    MeetingFactory()
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    make_pledges(90)
    MeetingFactory.create_batch(5)
    with django_assert_num_queries(len(small)):
        client.get(url)


def test_pledge_change_page_shows_its_evidence_inline(client, superuser):
    evidence = EvidenceFactory(sentence="Estonia offered a company-sized unit.")
    client.force_login(superuser)
    html = client.get(f"/admin/coalition/pledge/{evidence.pledge.pk}/change/").content.decode()
    assert "Estonia offered a company-sized unit." in html
