"""The confirmed pledges as CSV and JSON, parsed back and compared with the database."""

import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coalition.models import Pledge
from coalition.reference.load import load_reference
from tests.factories import ArticleFactory, EvidenceFactory, MeetingFactory, NationFactory, PledgeFactory

pytestmark = pytest.mark.django_db


def read_csv(client, params=None):
    response = client.get("/export/pledges.csv", params or {})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="pledges.csv"'
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def read_json(client, params=None):
    response = client.get("/export/pledges.json", params or {})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(response.content)
    assert data["count"] == len(data["pledges"])
    return data["pledges"]


@pytest.fixture
def pledge():
    meeting = MeetingFactory(title="Paris summit", date=dt.date(2025, 9, 4), city="Paris")
    pledge = PledgeFactory(
        nation=NationFactory(code="FR", name="France"),
        category="funding",
        status="pledged",
        quantity=3,
        unit="systems",
        amount=Decimal("1250000.50"),
        currency="EUR",
        conditions="Only after a ceasefire, with a vote in parliament.",
        announced_on=dt.date(2025, 9, 4),
        meeting=meeting,
    )
    first, second = ArticleFactory(url="https://a.example/1"), ArticleFactory(url="https://b.example/2")
    EvidenceFactory(pledge=pledge, article=first)
    EvidenceFactory(pledge=pledge, article=second)
    EvidenceFactory(pledge=pledge, article=first)  # a second sentence of the same article
    EvidenceFactory(pledge=pledge, article=ArticleFactory(url=""))  # a source without a URL
    return pledge


def test_csv_row_holds_every_fact_of_a_confirmed_pledge(client, pledge):
    [row] = read_csv(client)
    assert row == {
        "nation_code": "FR",
        "nation": "France",
        "category": "funding",
        "status": "pledged",
        "summary": pledge.summary,
        "conditions": "Only after a ceasefire, with a vote in parliament.",
        "quantity": "3",
        "unit": "systems",
        "amount": "1250000.50",
        "currency": "EUR",
        "announced_on": "2025-09-04",
        "recorded_on": timezone.localdate(pledge.created_at).isoformat(),
        "meeting": "Paris summit",
        "meeting_date": "2025-09-04",
        "source_urls": "https://a.example/1 https://b.example/2",
    }


def test_json_row_holds_every_fact_of_a_confirmed_pledge(client, pledge):
    [row] = read_json(client)
    assert Decimal(row["amount"]) == pledge.amount
    assert row["quantity"] == 3
    assert row["source_urls"] == ["https://a.example/1", "https://b.example/2"]
    assert row["meeting"] == "Paris summit" and row["announced_on"] == "2025-09-04"


def test_empty_values_are_empty_in_csv_and_null_in_json(client):
    PledgeFactory(nation=NationFactory(code="LT", name="Lithuania"))
    [row] = read_csv(client)
    assert row["amount"] == row["quantity"] == row["meeting"] == row["announced_on"] == ""
    [item] = read_json(client)
    assert item["amount"] is item["quantity"] is item["meeting"] is item["announced_on"] is None


def test_exports_match_the_reference_data(client):
    load_reference()
    confirmed = Pledge.objects.confirmed().select_related("nation")
    PledgeFactory(nation=NationFactory(code="ES"), review=Pledge.Review.SUGGESTED, summary="Only a suggestion.")
    expected = {(p.nation.code, p.category, p.status, p.summary) for p in confirmed}
    for rows in (read_csv(client), read_json(client)):
        assert len(rows) == confirmed.count()
        assert {(r["nation_code"], r["category"], r["status"], r["summary"]) for r in rows} == expected
    by_key = {(r["nation_code"], r["category"], r["status"]): r for r in read_json(client)}
    lithuania = by_key[("LT", "troops", "pledged")]
    assert lithuania["quantity"] == 200 and lithuania["unit"] == "troops"
    assert lithuania["source_urls"] == [Pledge.objects.get(reference_key="lt-troops").evidence.get().article.url]


def test_exports_take_the_maps_filters(client):
    france = NationFactory(code="FR")
    PledgeFactory(nation=france, category="troops", announced_on=dt.date(2025, 3, 1))
    PledgeFactory(nation=france, category="air", announced_on=dt.date(2025, 9, 1))
    assert [r["category"] for r in read_csv(client, {"category": "air"})] == ["air"]
    assert [r["category"] for r in read_json(client, {"as_of": "2025-06-01"})] == ["troops"]
    # Invalid filters are ignored.
    assert len(read_json(client, {"as_of": "soon", "category": "everything"})) == 2


@pytest.mark.parametrize("url", ["/export/pledges.csv", "/export/pledges.json"])
def test_exports_run_the_same_queries_with_little_and_much_data(client, django_assert_num_queries, url):
    from tests.coalition.test_map import make_data

    make_data(10)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    make_data(150)
    with django_assert_num_queries(len(small)):
        client.get(url)
