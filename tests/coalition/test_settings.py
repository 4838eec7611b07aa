import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from coalition.settings import BASE_DIR, env_bool


def import_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}}
    return subprocess.run(
        [sys.executable, "-c", "import coalition.settings as s; print(s.DATABASES['default']['ENGINE'], s.DEBUG)"],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_booleans_parse_strictly(monkeypatch):
    monkeypatch.setenv("FLAG", "Yes")
    assert env_bool("FLAG", False) is True
    monkeypatch.setenv("FLAG", "0")
    assert env_bool("FLAG", True) is False
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("FLAG", False)


def test_defaults_run_on_sqlite_in_debug():
    done = import_settings()
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_production_refuses_the_development_secret_key():
    done = import_settings(DEBUG="false")
    assert done.returncode != 0
    assert "Set SECRET_KEY" in done.stderr


def test_production_starts_with_its_own_key_and_database():
    done = import_settings(DEBUG="false", SECRET_KEY="s3cret-for-test", DATABASE_URL="postgres://u@db:5432/x")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["django.db.backends.postgresql", "False"]


def test_a_bad_boolean_stops_the_app():
    done = import_settings(DEBUG="sometimes")
    assert done.returncode != 0 and "DEBUG must be one of" in done.stderr
