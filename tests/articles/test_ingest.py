"""The ingestion work itself, called directly (no task queue), with the real extractor."""

import pytest

from articles import ingest
from articles.models import Article, Evidence
from articles.sources import Source
from coalition.models import Alias, Meeting, Nation, Pledge
from coalition.reference.load import load_reference
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

BODY = "\n".join(
    [
        "Allies detail Ukraine force",
        "French President Emmanuel Macron hosted the summit in Paris on Thursday.",
        "Lithuania is ready to send about 200 soldiers to the reassurance force in Ukraine, its defence minister said.",
        "Poland ruled out sending troops to Ukraine.",
    ]
)


@pytest.fixture(autouse=True)
def reference():
    load_reference()


def pending_article(body=BODY, published="2025-09-05"):
    return ArticleFactory(body=body, published_on=published, state=Article.State.PENDING)


def machine_rows(article):
    evidence = Evidence.objects.filter(article=article).order_by("start", "pledge_id", "nation_id", "meeting_id")
    return [(e.start, e.end, e.nation_id, e.meeting_id, e.pledge and e.pledge.get_category_display()) for e in evidence]


def test_ingest_records_mentions_pledges_and_meetings_with_their_sentences():
    article = pending_article()
    assert ingest.ingest(article.pk) is True
    article.refresh_from_db()
    assert article.state == Article.State.DONE and article.started_at and article.finished_at

    suggestions = Pledge.objects.suggested().filter(evidence__article=article).distinct()
    found = set(suggestions.values_list("nation__code", "category", "status"))
    assert {("LT", "troops", "pledged"), ("PL", "troops", "declined")} <= found
    lithuania = suggestions.get(nation__code="LT")
    assert lithuania.quantity == 200 and lithuania.announced_on == article.published_on

    for evidence in Evidence.objects.filter(article=article):
        assert article.body[evidence.start : evidence.end] == evidence.sentence
        assert evidence.extractor_version
    mentioned = set(
        Evidence.objects.filter(article=article, nation__isnull=False).values_list("nation__code", flat=True)
    )
    assert {"FR", "LT", "PL", "UA"} <= mentioned
    # "on Thursday" before 5 September 2025 is the 4th: the reference Paris summit.
    assert Evidence.objects.get(article=article, meeting__isnull=False).meeting == Meeting.objects.get(
        date="2025-09-04"
    )


def test_a_second_delivery_of_the_task_does_nothing():
    article = pending_article()
    ingest.ingest(article.pk)
    before = machine_rows(article)
    assert ingest.ingest(article.pk) is False
    assert machine_rows(article) == before


def test_ingesting_again_gives_the_same_result():
    article = pending_article()
    ingest.ingest(article.pk)
    before, pledges = machine_rows(article), Pledge.objects.count()
    assert ingest.reingest(article)
    ingest.ingest(article.pk)
    assert machine_rows(article) == before
    assert Pledge.objects.count() == pledges


def test_reingesting_keeps_confirmed_pledges_and_their_evidence_and_never_reproposes_a_rejection():
    article = pending_article()
    ingest.ingest(article.pk)
    lithuania = Pledge.objects.get(nation__code="LT", review=Pledge.Review.SUGGESTED)
    poland = Pledge.objects.get(nation__code="PL", review=Pledge.Review.SUGGESTED)
    Pledge.objects.filter(pk=lithuania.pk).update(review=Pledge.Review.CONFIRMED, summary="Curated.")
    Pledge.objects.filter(pk=poland.pk).update(review=Pledge.Review.REJECTED)

    ingest.reingest(article)
    ingest.ingest(article.pk)

    lithuania.refresh_from_db()
    assert lithuania.review == Pledge.Review.CONFIRMED and lithuania.summary == "Curated."
    assert lithuania.evidence.filter(article=article).exists()
    assert Pledge.objects.get(pk=poland.pk).review == Pledge.Review.REJECTED
    assert not Pledge.objects.suggested().filter(nation__code__in=["LT", "PL"], category="troops").exists()


def test_a_suggestion_other_articles_support_survives_reingestion_of_one_of_them():
    first, second = pending_article(), pending_article(body=BODY + "\nMore reporting.")
    ingest.ingest(first.pk)
    ingest.ingest(second.pk)
    shared = Pledge.objects.suggested().filter(nation__code="LT").first()
    Evidence.objects.filter(article=second, pledge__nation__code="LT").update(pledge=shared)
    ingest.reingest(first)
    ingest.ingest(first.pk)
    assert Pledge.objects.filter(pk=shared.pk).exists()
    assert shared.evidence.filter(article=second).exists()


def test_an_error_marks_the_article_failed_with_a_readable_message(monkeypatch):
    article = pending_article()

    def broken(*args):
        raise ValueError("the extractor choked")

    monkeypatch.setattr(ingest, "extract", broken)
    with pytest.raises(ValueError):
        ingest.ingest(article.pk)
    article.refresh_from_db()
    assert article.state == Article.State.FAILED
    assert article.error == "ValueError: the extractor choked"
    assert not Evidence.objects.filter(article=article).exists()

    monkeypatch.undo()
    assert ingest.retry(article)
    assert ingest.ingest(article.pk)
    assert Article.objects.get(pk=article.pk).state == Article.State.DONE


def test_aliases_curators_add_are_used_by_the_next_ingestion():
    text = "Zog Halloran, the new envoy, promised air defence systems for Ukraine."
    Alias.objects.create(nation=Nation.objects.get(code="AL"), text="Zog Halloran", kind=Alias.Kind.PERSON)
    article = pending_article(body=text)
    ingest.ingest(article.pk)
    assert Evidence.objects.filter(article=article, nation__code="AL").exists()


def test_submit_refuses_a_duplicate_and_links_the_existing_article():
    first = ingest.submit(Source(body=BODY, title="One"))
    with pytest.raises(ingest.DuplicateArticle) as refusal:
        ingest.submit(Source(body=BODY + "\n", title="Two"))
    assert refusal.value.existing == first
    assert Article.objects.count() == Article.objects.filter(body="").count() + 1
