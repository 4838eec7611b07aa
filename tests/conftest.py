import types

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from coalition.roles import CURATORS, UPLOADERS, create_roles
from tests.factories import UserFactory


def member_of(user, name):
    # The data migration made the groups, but a transactional test's flush empties them.
    create_roles(apps)
    user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def curator(db):
    """Staff (so the admin opens) and in the Curators group."""
    return member_of(UserFactory(username="curator", is_staff=True), CURATORS)


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_staff=True, is_superuser=True)


@pytest.fixture
def admin(superuser):
    return superuser


@pytest.fixture
def uploader(db):
    return member_of(UserFactory(username="uploader"), UPLOADERS)


@pytest.fixture
def outsider(db):
    """Logged in, but with no role."""
    return UserFactory(username="outsider")


@pytest.fixture
def fake_extraction(monkeypatch):
    """Extraction that finds ``fake_extraction.findings``, whatever the real extractor does.

    Also keeps ``articles.ingest`` from queueing tasks, so tests call ``ingest()`` themselves.
    """
    from articles import ingest

    fake = types.SimpleNamespace(findings=types.SimpleNamespace(mentions=[], meetings=[], pledges=[]))
    monkeypatch.setattr(ingest, "extract", lambda body, published_on, gazetteer: fake.findings)
    monkeypatch.setattr(ingest, "gazetteer", lambda: None)
    monkeypatch.setattr(ingest, "queue", lambda article: None)
    return fake
