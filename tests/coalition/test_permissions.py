"""Who may open each page and do each thing: one table, every role against every action."""

import pytest
from django.contrib.auth.models import Group

from articles.models import Article
from coalition.models import Change, ConflictDecision, Pledge
from coalition.roles import CURATORS, UPLOADERS
from tests.factories import ArticleFactory, EvidenceFactory, NationFactory, PledgeFactory

pytestmark = pytest.mark.django_db

OK, LOGIN, ADMIN_LOGIN, FORBIDDEN = "ok", "login", "admin login", "403"

REVIEW = {"anonymous": LOGIN, "outsider": FORBIDDEN, "uploader": FORBIDDEN, "curator": OK, "superuser": OK}
UPLOAD = {"anonymous": LOGIN, "outsider": FORBIDDEN, "uploader": OK, "curator": FORBIDDEN, "superuser": OK}
ADMIN = {"anonymous": ADMIN_LOGIN, "outsider": ADMIN_LOGIN, "uploader": ADMIN_LOGIN, "curator": OK, "superuser": OK}

# (name, method, path, data, who may); paths and data name objects of the `world` fixture.
ACTIONS = [
    ("review queue", "get", "/review/", {}, REVIEW),
    ("review row", "get", "/review/{suggestion}/", {}, REVIEW),
    ("accept", "post", "/review/{suggestion}/accept/", {}, REVIEW),
    ("edit form", "get", "/review/{suggestion}/edit/", {}, REVIEW),
    ("edit", "post", "/review/{suggestion}/edit/", {"category": "troops", "status": "declined"}, REVIEW),
    ("reject", "post", "/review/{suggestion}/reject/", {"reason": "no"}, REVIEW),
    ("merge", "post", "/review/{suggestion}/merge/", {"into": "{confirmed}"}, REVIEW),
    ("bulk", "post", "/review/bulk/", {"action": "accept", "ids": "{suggestion}"}, REVIEW),
    (
        "settle conflict",
        "post",
        "/review/settle/",
        {"nation": "FR", "category": "troops", "chosen": "{confirmed}"},
        REVIEW,
    ),
    ("upload page", "get", "/articles/upload/", {}, UPLOAD),
    ("upload", "post", "/articles/upload/", {"text": "Title\n\nFrance pledged troops to the force."}, UPLOAD),
    ("retry article", "post", "/articles/{failed}/retry/", {}, UPLOAD),
    ("admin index", "get", "/admin/", {}, ADMIN),
]
USERS = ["anonymous", "outsider", "uploader", "curator", "superuser"]


@pytest.fixture
def world(db):
    confirmed = EvidenceFactory(pledge=PledgeFactory(nation=NationFactory(code="FR"), status="pledged")).pledge
    suggestion = EvidenceFactory(
        pledge=PledgeFactory(nation=confirmed.nation, status="declined", review=Pledge.Review.SUGGESTED)
    ).pledge
    failed = ArticleFactory(state=Article.State.FAILED)
    return {"confirmed": confirmed.pk, "suggestion": suggestion.pk, "failed": failed.pk}


def state():
    """Everything a refused request must leave alone."""
    return (
        sorted(Pledge.objects.values_list("pk", "review", "status")),
        sorted(Article.objects.values_list("pk", "state")),
        Change.objects.count(),
        ConflictDecision.objects.count(),
    )


@pytest.mark.parametrize("who", USERS)
@pytest.mark.parametrize(("name", "method", "path", "data", "allowed"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_each_role_is_allowed_or_refused_as_designed(request, client, world, who, name, method, path, data, allowed):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    url = path.format(**world)
    data = {key: value.format(**world) for key, value in data.items()}
    before = state()
    response = getattr(client, method)(url, data)
    expected = allowed[who]
    if expected == OK:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert "/login/" not in response["Location"]
    elif expected == FORBIDDEN:
        assert response.status_code == 403
    else:
        assert response.status_code == 302
        login = "/admin/login/" if expected == ADMIN_LOGIN else "/accounts/login/"
        assert response["Location"].startswith(login)
    if expected != OK:
        assert state() == before


def test_writes_that_are_allowed_do_change_something(client, curator, world):
    """The table above would pass for views that do nothing; these do."""
    client.force_login(curator)
    client.post(f"/review/{world['suggestion']}/accept/")
    assert Pledge.objects.get(pk=world["suggestion"]).review == Pledge.Review.CONFIRMED


@pytest.mark.parametrize("method", ["put", "delete"])
def test_review_actions_only_answer_post(client, curator, world, method):
    client.force_login(curator)
    assert getattr(client, method)(f"/review/{world['suggestion']}/accept/").status_code == 405


def test_the_migration_made_the_groups_with_their_permissions():
    curators = set(Group.objects.get(name=CURATORS).permissions.values_list("codename", flat=True))
    uploaders = set(Group.objects.get(name=UPLOADERS).permissions.values_list("codename", flat=True))
    assert {"review_pledge", "change_pledge", "change_meeting", "add_attendance", "change_evidence"} <= curators
    assert "add_article" not in curators
    assert "add_article" in uploaders and "review_pledge" not in uploaders


def test_the_review_link_shows_only_to_curators(client, curator, uploader):
    assert 'href="/review/"' not in client.get("/accounts/login/").content.decode()
    client.force_login(uploader)
    assert 'href="/review/"' not in client.get("/accounts/login/").content.decode()
    client.force_login(curator)
    assert 'href="/review/"' in client.get("/accounts/login/").content.decode()
