from celery import shared_task
from django.db import InterfaceError, OperationalError

from articles import ingest


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_kwargs={"max_retries": 5},
)
def ingest_article(article_id):
    """Ingest one article; a thin wrapper around ``articles.ingest.ingest``."""
    return ingest.ingest(article_id)
