import pytest
from django.contrib.auth.models import Permission

from tests.factories import UserFactory


@pytest.fixture
def curator(db):
    return UserFactory(username="curator", is_staff=True)


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_staff=True, is_superuser=True)


@pytest.fixture
def uploader(db):
    user = UserFactory(username="uploader")
    user.user_permissions.add(Permission.objects.get(codename="add_article", content_type__app_label="articles"))
    return user


@pytest.fixture
def outsider(db):
    """Logged in, but with no role."""
    return UserFactory(username="outsider")
