"""What docker-compose.yml relies on, checked without a Docker engine."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import yaml

from coalition.settings import BASE_DIR

COMPOSE = yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    return {**env, "DEBUG": "false", "SECRET_KEY": "test-only-key", **extra}


def test_compose_describes_web_worker_postgres_and_redis():
    services = COMPOSE["services"]
    assert set(services) == {"web", "worker", "postgres", "redis"}
    for name in ("web", "worker"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://") and "@postgres:5432/" in env["DATABASE_URL"]
        assert env["CELERY_BROKER_URL"] == "redis://redis:6379/0"
        assert env["DEBUG"] == "false"
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert "gunicorn coalition.wsgi" in services["web"]["command"]
    assert services["worker"]["command"].startswith("celery -A coalition worker")


def test_collectstatic_succeeds_with_production_settings(tmp_path):
    done = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=BASE_DIR,
        env=production_env(STATIC_ROOT=str(tmp_path)),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "staticfiles.json").exists()
    assert any(p.name.startswith("htmx.min.") for p in (tmp_path / "vendor").iterdir())


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.django_db(transaction=True)
def test_gunicorn_serves_healthz_with_production_settings(tmp_path):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "coalition.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=BASE_DIR,
        env=production_env(
            ALLOWED_HOSTS="127.0.0.1", DATABASE_URL=os.environ.get("DATABASE_URL", f"sqlite:///{tmp_path}/db.sqlite3")
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    assert response.status == 200 and response.read() == b"ok\n"
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(10)
