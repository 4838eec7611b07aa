import os
import sys

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings")

app = Celery("coalition")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def worker_command(*options):
    """The command that starts a worker for this app (benchmarks and tests start real ones)."""
    worker = [sys.executable, "-m", "celery", "-A", "coalition", "worker"]
    return [*worker, "--without-gossip", "--without-mingle", *options]
