import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles import ingest
from articles.models import Article, Evidence
from coalition.models import Change, Pledge
from tests.factories import ArticleFactory, EvidenceFactory, MeetingFactory, NationFactory, PledgeFactory
from tests.findings import findings, pledge_finding

pytestmark = pytest.mark.django_db

URL = "/review/"
HTMX = {"HX-Request": "true"}


def suggest(code="FR", sentence="France pledged troops to the reassurance force.", article=None, **fields):
    """A suggestion with one machine-made sentence of evidence, as extraction leaves it."""
    nation = NationFactory(code=code, name=fields.pop("name", f"Nation {code}"))
    fields.setdefault("announced_on", dt.date(2026, 1, 6))
    fields.setdefault("review", Pledge.Review.SUGGESTED)
    pledge = PledgeFactory(nation=nation, **fields)
    EvidenceFactory(
        pledge=pledge,
        article=article or ArticleFactory(),
        sentence=sentence,
        start=0,
        end=len(sentence),
        extractor_version="test",
    )
    return pledge


@pytest.fixture
def as_curator(client, curator):
    client.force_login(curator)
    return client


def text(response):
    return response.content.decode()


def test_queue_groups_suggestions_by_nation_with_their_sentences(as_curator):
    france = suggest("FR", name="France")
    suggest("PL", "Poland ruled out sending troops.", name="Poland", status="declined")
    PledgeFactory(nation=NationFactory(code="DE", name="Germany"), summary="Already confirmed.")
    html = text(as_curator.get(URL))
    assert html.index('id="nation-FR"') < html.index("France pledged troops") < html.index('id="nation-PL"')
    assert "Poland ruled out sending troops." in html
    assert france.evidence.get().article.get_absolute_url() in html
    # Confirmed pledges are facts already, not suggestions.
    assert 'id="nation-DE"' not in html
    assert "Accept</button>" in html and "Reject</button>" in html and "Accept selected" in html


def test_accepting_confirms_the_pledge_and_it_shows_on_the_country_page(as_curator, curator, client):
    pledge = suggest("FR", name="France")
    response = as_curator.post(f"/review/{pledge.pk}/accept/?nation=FR&category=troops&junk=1")
    assert response.status_code == 302
    assert response["Location"] == "/review/?nation=FR&category=troops"
    assert "Accepted: " in text(as_curator.get(response["Location"]))
    pledge.refresh_from_db()
    assert pledge.review == Pledge.Review.CONFIRMED
    assert pledge.reviewed_by == curator and pledge.reviewed_at is not None
    client.logout()
    html = text(client.get("/nations/FR/"))
    assert "Troops: pledged" in html and "France pledged troops" in html


def test_htmx_accept_swaps_the_row_in_place(as_curator):
    pledge = suggest()
    response = as_curator.post(f"/review/{pledge.pk}/accept/", headers=HTMX)
    html = text(response)
    assert response.status_code == 200
    assert html.lstrip().startswith(f'<div class="suggestion done" id="s-{pledge.pk}"')
    assert "Accepted" in html and "<form" not in html
    assert response["HX-Trigger"] == "pledge-reviewed"


def test_a_reviewed_suggestion_cannot_be_reviewed_again(as_curator):
    pledge = suggest()
    as_curator.post(f"/review/{pledge.pk}/reject/")
    assert as_curator.post(f"/review/{pledge.pk}/accept/").status_code == 404
    pledge.refresh_from_db()
    assert pledge.review == Pledge.Review.REJECTED


def test_edit_then_accept_saves_the_edits_and_records_them(as_curator):
    pledge = suggest()
    meeting = MeetingFactory(title="Paris summit")
    form = text(as_curator.get(f"/review/{pledge.pk}/edit/", headers=HTMX))
    assert form.lstrip().startswith(f'<div class="suggestion editing" id="s-{pledge.pk}"')
    assert 'name="quantity"' in form and "France pledged troops" in form
    response = as_curator.post(
        f"/review/{pledge.pk}/edit/?nation=FR",
        {
            "category": "troops",
            "status": "pledged",
            "quantity": "2000",
            "unit": "troops",
            "location": "ukraine",
            "announced_on": "2026-01-06",
            "meeting": meeting.pk,
            "after_ceasefire": "on",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/review/?nation=FR"
    pledge.refresh_from_db()
    assert (pledge.review, pledge.quantity, pledge.unit, pledge.meeting, pledge.after_ceasefire) == (
        Pledge.Review.CONFIRMED,
        2000,
        "troops",
        meeting,
        True,
    )
    change = Change.objects.get(pledge=pledge)
    assert change.action == Change.Action.ACCEPTED
    assert change.diff["quantity"] == {"old": None, "new": 2000}
    assert change.diff["review"] == {"old": "suggested", "new": "confirmed"}


def test_edit_with_a_unit_but_no_quantity_is_refused_and_changes_nothing(as_curator):
    pledge = suggest()
    response = as_curator.post(
        f"/review/{pledge.pk}/edit/", {"category": "troops", "status": "pledged", "unit": "troops"}, headers=HTMX
    )
    assert response.status_code == 200
    assert 'class="suggestion editing"' in text(response) and "errorlist" in text(response)
    pledge.refresh_from_db()
    assert pledge.review == Pledge.Review.SUGGESTED and pledge.unit == ""
    assert not Change.objects.exists()


def test_edit_page_works_without_javascript(as_curator):
    pledge = suggest()
    html = text(as_curator.get(f"/review/{pledge.pk}/edit/?nation=FR"))
    assert "<h1>Edit, then accept</h1>" in html and 'href="/review/?nation=FR"' in html
    cancel = as_curator.get(f"/review/{pledge.pk}/?nation=FR")
    assert cancel.status_code == 302 and cancel["Location"] == f"/review/?nation=FR#s-{pledge.pk}"
    row = text(as_curator.get(f"/review/{pledge.pk}/", headers=HTMX))
    assert row.lstrip().startswith(f'<div class="suggestion" id="s-{pledge.pk}"')


def test_rejecting_keeps_the_reason_in_the_history(as_curator, curator):
    pledge = suggest()
    as_curator.post(f"/review/{pledge.pk}/reject/", {"reason": "Misread: France pledged air policing."})
    pledge.refresh_from_db()
    assert pledge.review == Pledge.Review.REJECTED and pledge.reviewed_by == curator
    change = Change.objects.get(pledge=pledge)
    assert (change.action, change.reason, change.user) == (
        Change.Action.REJECTED,
        "Misread: France pledged air policing.",
        curator,
    )
    assert f'id="s-{pledge.pk}"' not in text(as_curator.get(URL))


def test_merging_moves_the_evidence_to_the_existing_pledge(as_curator):
    existing = EvidenceFactory(pledge=PledgeFactory(nation=NationFactory(code="FR"), status="considering")).pledge
    suggestion = suggest("FR", "France will send troops after all.", status="pledged")
    html = text(as_curator.get(URL))
    assert f'<option value="{existing.pk}">' in html
    response = as_curator.post(
        f"/review/{suggestion.pk}/merge/", {"into": existing.pk, "take_status": "on"}, headers=HTMX
    )
    assert response.status_code == 200 and "Merged into" in text(response)
    suggestion.refresh_from_db()
    existing.refresh_from_db()
    assert suggestion.review == Pledge.Review.MERGED and suggestion.merged_into == existing
    assert existing.status == "pledged"
    assert {e.sentence for e in existing.evidence.all()} >= {"France will send troops after all."}
    assert existing.evidence.count() == 2 and not suggestion.evidence.exists()
    change = Change.objects.get(pledge=existing)
    assert change.action == Change.Action.MERGED
    assert change.diff["status"] == {"old": "considering", "new": "pledged"}
    assert change.on == dt.date(2026, 1, 6)


def test_merging_into_another_nation_is_refused(as_curator):
    other = PledgeFactory(nation=NationFactory(code="DE"))
    suggestion = suggest("FR")
    assert as_curator.post(f"/review/{suggestion.pk}/merge/", {"into": other.pk}).status_code == 400
    suggestion.refresh_from_db()
    assert suggestion.review == Pledge.Review.SUGGESTED and suggestion.evidence.exists()


def test_bulk_accept_and_reject(as_curator):
    first, second, third = suggest("FR"), suggest("PL"), suggest("DE")
    response = as_curator.post("/review/bulk/?nation=", {"action": "accept", "ids": [first.pk, second.pk]})
    assert response.status_code == 302 and response["Location"] == "/review/"
    response = as_curator.post("/review/bulk/", {"action": "reject", "ids": [third.pk], "reason": "dup"}, headers=HTMX)
    html = text(response)
    assert html.lstrip().startswith('<div id="queue">') and "Rejected 1 suggestion." in html
    reviews = dict(Pledge.objects.values_list("pk", "review"))
    assert reviews == {first.pk: "confirmed", second.pk: "confirmed", third.pk: "rejected"}
    assert Change.objects.get(pledge=third).reason == "dup"


def test_bulk_with_nothing_ticked_says_so(as_curator):
    pledge = suggest()
    html = text(as_curator.post("/review/bulk/", {"action": "accept"}, follow=True))
    assert "Tick at least one suggestion" in html
    pledge.refresh_from_db()
    assert pledge.review == Pledge.Review.SUGGESTED


def test_select_all_is_offered_to_script_users(as_curator):
    suggest()
    html = text(as_curator.get(URL))
    assert "data-select-all" in html and '<script src="/static/js/review.js"' in html


def test_filters_narrow_the_queue_and_stay_in_the_forms(as_curator):
    article = ArticleFactory(title="Warsaw summit report")
    suggest("FR", category="air")
    suggest("PL", "Poland will lead on logistics.", article=article, category="logistics")
    suggest("DE", category="logistics")
    by_nation = text(as_curator.get(URL, {"nation": "pl"}))
    assert 'id="nation-PL"' in by_nation and 'id="nation-FR"' not in by_nation
    assert '<option value="PL" selected>' in by_nation
    assert "/accept/?nation=PL" in by_nation
    by_category = text(as_curator.get(URL, {"category": "logistics"}))
    assert 'id="nation-PL"' in by_category and 'id="nation-DE"' in by_category and 'id="nation-FR"' not in by_category
    by_article = text(as_curator.get(URL, {"article": article.pk}))
    assert 'id="nation-PL"' in by_article and 'id="nation-DE"' not in by_article
    assert 'Suggestions <span class="count">(1)</span>' in by_article


def test_the_queue_is_not_cached_across_htmx_and_plain_requests(as_curator):
    pledge = suggest()
    response = as_curator.get(f"/review/{pledge.pk}/", headers=HTMX)
    assert "HX-Request" in response["Vary"]


def test_posts_need_a_csrf_token(curator):
    pledge = suggest()
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    assert client.post(f"/review/{pledge.pk}/accept/").status_code == 403
    pledge.refresh_from_db()
    assert pledge.review == Pledge.Review.SUGGESTED


def test_queue_queries_do_not_grow_with_suggestions(as_curator, django_assert_num_queries):
    codes = ["FR", "GB", "DE", "PL", "IT", "ES", "NL", "SE", "FI", "EE"]
    for code in codes[:2]:
        suggest(code)
        PledgeFactory(nation=NationFactory(code=code), status="declined")
    with CaptureQueriesContext(connection) as small:
        as_curator.get(URL)
    for i in range(40):
        pledge = suggest(codes[i % 10], category=list(Pledge.Category)[i % 10], quantity=i, unit="troops")
        EvidenceFactory(pledge=pledge)
        PledgeFactory(nation=pledge.nation, category=pledge.category, quantity=i + 1, unit="troops")
    with django_assert_num_queries(len(small)):
        html = text(as_curator.get(URL))
    assert html.count('id="s-') == 42 and "Sources disagree" in html


def test_a_rejected_suggestion_is_not_proposed_again_when_its_article_is_read_again(curator, fake_extraction):
    body = "Poland ruled out sending troops. France pledged troops."
    article = ArticleFactory(body=body, state=Article.State.DONE)
    NationFactory(code="PL")
    NationFactory(code="FR")
    fake_extraction.findings = findings(
        pledge_finding(body, "Poland ruled out sending troops.", "PL", "troops", "declined"),
        pledge_finding(body, "France pledged troops.", "FR", "troops", "pledged"),
    )
    ingest.record(article, fake_extraction.findings)
    poland, france = (Pledge.objects.suggested().get(nation__code=code) for code in ("PL", "FR"))
    client = Client()
    client.force_login(curator)
    client.post(f"/review/{poland.pk}/reject/", {"reason": "Poland said no to troops, not to everything."})
    client.post(f"/review/{france.pk}/accept/")

    assert ingest.reingest(article)
    assert ingest.ingest(article.pk)

    assert not Pledge.objects.suggested().exists()
    assert Pledge.objects.get(nation__code="PL").review == Pledge.Review.REJECTED
    assert Pledge.objects.get(nation__code="FR").review == Pledge.Review.CONFIRMED
    assert Evidence.objects.filter(pledge__nation__code="PL").count() == 1
