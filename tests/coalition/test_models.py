import pytest
from django.db import IntegrityError, transaction

from articles.models import Article, content_hash
from coalition.models import Alias, Meeting, Nation, Pledge
from tests.factories import ArticleFactory, NationFactory, PledgeFactory

pytestmark = pytest.mark.django_db


def test_duplicate_article_text_is_refused_by_the_database():
    ArticleFactory(body="France pledged troops.\n\nBritain too.", url="https://a.example.org/1")
    with pytest.raises(IntegrityError), transaction.atomic():
        # Same words, other spacing and another URL: still the same article.
        ArticleFactory(body="France pledged  troops. Britain too.", url="https://b.example.org/2")
    assert Article.objects.count() == 1


def test_duplicate_article_url_is_refused_by_the_database():
    ArticleFactory(url="https://a.example.org/same")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(url="https://a.example.org/same")


def test_articles_without_url_or_body_may_coexist():
    Article.objects.create(title="One", url="https://a.example.org/x")
    Article.objects.create(title="Two", url="https://a.example.org/y")
    ArticleFactory(url="")
    ArticleFactory(url="")
    assert Article.objects.count() == 4
    assert Article.objects.filter(content_hash="").count() == 2


def test_content_hash_ignores_whitespace_only():
    assert content_hash("a  b\nc") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")


def test_blank_body_is_stored_as_no_body():
    article = Article.objects.create(title="Empty", body="   \n ")
    assert article.body == "" and article.content_hash == ""


def test_unknown_iso_code_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Nation.objects.create(code="XX", name="Nowhere")


def test_organisation_codes_are_limited_to_eu_and_nato():
    Nation.objects.create(code="NATO", name="NATO", kind=Nation.Kind.ORGANISATION)
    with pytest.raises(IntegrityError), transaction.atomic():
        Nation.objects.create(code="UN", name="United Nations", kind=Nation.Kind.ORGANISATION)
    with pytest.raises(IntegrityError), transaction.atomic():
        Nation.objects.create(code="NATO", name="NATO state", kind=Nation.Kind.STATE)


def test_money_needs_a_currency():
    with pytest.raises(IntegrityError), transaction.atomic():
        PledgeFactory(category=Pledge.Category.FUNDING, amount=1000)
    PledgeFactory(category=Pledge.Category.FUNDING, amount=1000, currency="EUR")


def test_unit_needs_a_quantity():
    with pytest.raises(IntegrityError), transaction.atomic():
        PledgeFactory(unit="troops")
    PledgeFactory(unit="troops", quantity=200)


def test_virtual_meeting_has_no_city_and_others_have_one():
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(title="Call", date="2025-03-15", format=Meeting.Format.VIRTUAL, city="London")
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(title="Summit", date="2025-03-02", format=Meeting.Format.IN_PERSON)


def test_alias_dates_must_be_ordered_and_unique():
    nation = NationFactory(code="FR")
    Alias.objects.create(nation=nation, text="Macron", kind="person", valid_from="2017-05-14")
    with pytest.raises(IntegrityError), transaction.atomic():
        Alias.objects.create(nation=nation, text="Macron", kind="person", valid_from="2017-05-14")
    with pytest.raises(IntegrityError), transaction.atomic():
        Alias.objects.create(
            nation=nation, text="Hollande", kind="person", valid_from="2017-01-01", valid_to="2012-01-01"
        )
    Alias.objects.create(nation=nation, text="Paris", kind="place")
    with pytest.raises(IntegrityError), transaction.atomic():
        Alias.objects.create(nation=nation, text="Paris", kind="place")
