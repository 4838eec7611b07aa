import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coalition.curation import disagree, find_conflicts
from coalition.models import Change, ConflictDecision, Pledge
from tests.coalition.test_review import suggest
from tests.factories import EvidenceFactory, NationFactory, PledgeFactory

pytestmark = pytest.mark.django_db


def pledge(code="FR", **fields):
    return EvidenceFactory(
        pledge=PledgeFactory(nation=NationFactory(code=code, name=f"Nation {code}"), **fields)
    ).pledge


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        ([{"status": "pledged"}, {"status": "declined"}], True),
        ([{"status": "pledged"}, {"status": "considering"}], True),
        ([{"status": "pledged"}, {"status": "delivered"}], False),
        ([{"status": "pledged", "quantity": 200}, {"status": "pledged", "quantity": 300}], True),
        ([{"status": "pledged", "quantity": 200}, {"status": "pledged", "quantity": 200}], False),
        ([{"status": "pledged", "quantity": 200}, {"status": "pledged"}], False),
        (
            [
                {"status": "pledged", "amount": 5, "currency": "EUR"},
                {"status": "pledged", "amount": 7, "currency": "EUR"},
            ],
            True,
        ),
        ([{"status": "pledged"}, {"status": "withdrawn"}], False),
    ],
)
def test_what_counts_as_a_disagreement(sides, expected):
    assert disagree([Pledge(category="troops", **side) for side in sides]) is expected


def test_conflicts_are_found_among_confirmed_and_suggested_pledges_of_one_nation_and_category():
    pledged = pledge("FR", status="pledged")
    declined = suggest("FR", "France will not send troops.", status="declined")
    pledge("FR", category="air", status="pledged")
    pledge("DE", status="declined")  # another nation: no conflict with France
    suggest("PL", status="declined", review=Pledge.Review.REJECTED)  # rejected: counts for nothing
    pledge("PL", status="pledged")
    [conflict] = find_conflicts()
    assert (conflict.nation.code, conflict.category) == ("FR", "troops")
    assert {side.pk for side in conflict.sides} == {pledged.pk, declined.pk}


def test_finding_conflicts_takes_two_queries_whatever_the_data(django_assert_num_queries):
    pledge("FR", status="pledged")
    suggest("FR", status="declined")
    with CaptureQueriesContext(connection) as small:
        find_conflicts()
    assert len(small) == 2
    for code in ["DE", "PL", "IT", "ES", "NL"]:
        for category in ["troops", "air", "sea"]:
            pledge(code, category=category, status="pledged", quantity=100, unit="troops")
            suggest(code, category=category, status="pledged", quantity=150, unit="troops")
    with django_assert_num_queries(2):
        assert len(find_conflicts()) == 16


def test_queue_shows_each_side_with_its_sources_and_flags_the_suggestion(client, curator):
    pledged = pledge("FR", status="pledged", announced_on="2025-12-01")
    declined = suggest("FR", "France will not send troops.", status="declined")
    client.force_login(curator)
    html = client.get("/review/").content.decode()
    conflict = html[html.index('id="conflict-FR-troops"') : html.index(f'id="s-{declined.pk}"')]
    assert "sources disagree" in conflict
    assert "<strong>Pledged</strong>" in conflict and "<strong>Declined</strong>" in conflict
    assert "confirmed, 1 Dec 2025" in conflict and "suggested, not yet reviewed, 6 Jan 2026" in conflict
    assert pledged.evidence.get().article.get_absolute_url() in conflict and "France will not send troops." in conflict
    assert f'value="{pledged.pk}"' in conflict and "Keep the chosen one" in conflict
    assert "Disagrees with another source" in html


def test_country_page_shows_the_conflict_and_only_curators_can_settle_it(client, curator):
    pledge("FR", status="pledged")
    suggest("FR", "France will not send troops.", status="declined")
    html = client.get("/nations/FR/").content.decode()
    assert "Sources disagree" in html and "France will not send troops." in html
    assert "Keep the chosen one" not in html
    client.force_login(curator)
    assert "Keep the chosen one" in client.get("/nations/FR/").content.decode()


def test_settling_keeps_the_chosen_side_and_records_the_decision(client, curator):
    confirmed_loser = pledge("FR", status="pledged", quantity=200, unit="troops")
    suggested_loser = suggest("FR", "France will not send troops.", status="declined")
    chosen = suggest("FR", "France will send 300 troops.", status="pledged", quantity=300, unit="troops")
    client.force_login(curator)
    response = client.post(
        "/review/settle/",
        {
            "nation": "FR",
            "category": "troops",
            "chosen": chosen.pk,
            "reason": "Ministry figure",
            "next": "/nations/FR/",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/nations/FR/"
    decision = ConflictDecision.objects.get()
    assert (decision.nation.code, decision.category, decision.chosen, decision.decided_by, decision.reason) == (
        "FR",
        "troops",
        chosen,
        curator,
        "Ministry figure",
    )
    for p in (confirmed_loser, suggested_loser, chosen):
        p.refresh_from_db()
    assert (confirmed_loser.review, confirmed_loser.status) == ("confirmed", "withdrawn")
    assert suggested_loser.review == "rejected"
    assert chosen.review == "confirmed"
    settled = Change.objects.filter(action=Change.Action.SETTLED)
    assert {c.pledge_id for c in settled} == {confirmed_loser.pk, suggested_loser.pk}
    assert all(c.reason == "Ministry figure" and c.user == curator for c in settled)
    assert Change.objects.get(pledge=chosen).action == Change.Action.ACCEPTED
    html = client.get("/nations/FR/").content.decode()
    assert "Sources disagree" not in html
    assert "pledged → withdrawn" in html


def test_settling_sends_a_foreign_next_back_to_the_queue(client, curator):
    chosen = pledge("FR", status="pledged")
    suggest("FR", status="declined")
    client.force_login(curator)
    response = client.post(
        "/review/settle/", {"nation": "FR", "category": "troops", "chosen": chosen.pk, "next": "https://evil.example"}
    )
    assert response["Location"] == "/review/"


def test_settling_for_a_pledge_of_another_nation_is_refused(client, curator):
    other = pledge("DE", status="pledged")
    suggest("FR", status="declined")
    client.force_login(curator)
    response = client.post("/review/settle/", {"nation": "FR", "category": "troops", "chosen": other.pk})
    assert response.status_code == 404
    assert not ConflictDecision.objects.exists() and not Change.objects.exists()
