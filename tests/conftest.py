import pytest

from tests.factories import UserFactory


@pytest.fixture
def curator(db):
    return UserFactory(username="curator", is_staff=True)


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_staff=True, is_superuser=True)


@pytest.fixture
def uploader(db):
    return UserFactory(username="uploader", is_staff=True)


@pytest.fixture
def outsider(db):
    """Logged in, but with no role."""
    return UserFactory(username="outsider")
