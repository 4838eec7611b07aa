"""End-to-end ingestion throughput: web-side submit, Redis, a real Celery worker, PostgreSQL.

    createdb coalition_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/coalition_bench \
    CELERY_BROKER_URL=redis://127.0.0.1:6379/14 .venv/bin/python bench/pipeline.py [--articles 400]

Prints articles per second from the first submit until the last article is done. The
articles are ~6 KB each, made from the seed articles in ../shared/seeds when present,
else from a few sentences of our own, each made unique so none is a duplicate.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from articles import ingest  # noqa: E402
from articles.models import Article  # noqa: E402
from articles.sources import Source  # noqa: E402
from coalition.celery import app, worker_command  # noqa: E402
from coalition.models import Pledge  # noqa: E402

OWN_TEXT = (
    "Lithuania is ready to send about 200 soldiers to a reassurance force in Ukraine, its minister said on Tuesday. "
    "Poland ruled out sending troops but will lead on logistics. "
    "French President Emmanuel Macron hosted the summit in Paris, where Britain pledged jets for air policing. "
    "Germany would consider placing forces in a neighbouring NATO state if the Bundestag approves. "
)


def texts(count, size=6000):
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    bases = [p.read_text(encoding="utf-8") for p in seeds] or [OWN_TEXT * 20]
    for i in range(count):
        base = bases[i % len(bases)]
        body = (base * (size // len(base) + 1))[:size]
        yield f"Bench article {i}\n{body}\nReference {i}-{time.time_ns()}."


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 2)
    options = parser.parse_args()
    if connection.vendor != "postgresql" or not settings.CELERY_BROKER_URL:
        sys.exit("Set DATABASE_URL to PostgreSQL and CELERY_BROKER_URL to Redis (see the docstring).")

    call_command("migrate", verbosity=0)
    call_command("load_reference", verbosity=0)
    Pledge.objects.suggested().delete()
    Article.objects.filter(title__startswith="Bench article").delete()
    app.control.purge()

    worker = subprocess.Popen(
        worker_command("--loglevel=WARNING", f"--concurrency={options.concurrency}", "-O", "fair"),
        cwd=ROOT,
    )
    try:
        while not app.control.ping(timeout=0.5):
            time.sleep(0.2)
        bodies = list(texts(options.articles))
        started = time.perf_counter()
        ids = [ingest.submit(Source(body=body, title=body.split("\n", 1)[0])).pk for body in bodies]
        submitted = time.perf_counter() - started
        pending = Article.objects.filter(pk__in=ids).exclude(state__in=[Article.State.DONE, Article.State.FAILED])
        while pending.exists():
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(30)

    failed = Article.objects.filter(pk__in=ids, state=Article.State.FAILED).count()
    kb = sum(len(b.encode()) for b in bodies) / 1024
    print(f"articles: {len(ids)} ({kb / len(ids):.1f} KB each), failed: {failed}")
    print(f"submit: {len(ids) / submitted:.1f} articles/s")
    print(f"end to end: {len(ids) / elapsed:.1f} articles/s ({elapsed:.2f} s, {options.concurrency} worker processes)")
    suggestions = Pledge.objects.suggested().filter(evidence__article__in=ids).distinct().count()
    print(f"suggested pledges: {suggestions}")


if __name__ == "__main__":
    main()
