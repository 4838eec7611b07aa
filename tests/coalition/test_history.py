import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coalition import curation
from coalition.history import pledges_as_of
from coalition.models import Change, Nation, Pledge
from tests.coalition.test_review import suggest
from tests.factories import ArticleFactory, EvidenceFactory, NationFactory, PledgeFactory

pytestmark = pytest.mark.django_db

JAN_6 = dt.date(2026, 1, 6)


def pledge_form(pledge, **changes):
    """The admin's change form for a pledge, as the browser would post it."""
    data = {
        "nation": pledge.nation_id,
        "category": pledge.category,
        "status": pledge.status,
        "summary": pledge.summary,
        "conditions": "",
        "location": "",
        "quantity": "",
        "unit": "",
        "amount": "",
        "currency": "",
        "announced_on": pledge.announced_on.isoformat() if pledge.announced_on else "",
        "meeting": "",
        "review": pledge.review,
        "reference_key": "",
        "merged_into": "",
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": "0",
    }
    return {**data, **changes}


def test_accepting_records_who_when_what_and_the_source(curator):
    pledge = suggest("FR", status="considering")
    article = pledge.evidence.get().article
    curation.accept(pledge, curator)
    change = Change.objects.get()
    assert (change.nation, change.pledge, change.action, change.user) == (
        pledge.nation,
        pledge,
        Change.Action.ACCEPTED,
        curator,
    )
    assert change.source == article and change.on == JAN_6 and change.at is not None
    assert change.diff == {"review": {"old": "suggested", "new": "confirmed"}}


def test_an_edit_in_the_admin_is_recorded(client, superuser):
    pledge = PledgeFactory(nation=NationFactory(code="FR"), status="considering", announced_on=JAN_6)
    client.force_login(superuser)
    response = client.post(
        f"/admin/coalition/pledge/{pledge.pk}/change/",
        pledge_form(pledge, status="pledged", quantity="2000", unit="troops", announced_on="2026-02-01"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    change = Change.objects.get(pledge=pledge)
    assert change.user == superuser and change.action == Change.Action.EDITED
    assert change.diff == {
        "status": {"old": "considering", "new": "pledged"},
        "quantity": {"old": None, "new": 2000},
        "unit": {"old": "", "new": "troops"},
        "announced_on": {"old": "2026-01-06", "new": "2026-02-01"},
    }
    assert change.on == dt.date(2026, 2, 1)


def test_saving_without_changes_records_nothing(client, superuser):
    pledge = PledgeFactory(nation=NationFactory(code="FR"))
    client.force_login(superuser)
    client.post(f"/admin/coalition/pledge/{pledge.pk}/change/", pledge_form(pledge))
    assert not Change.objects.exists()


def test_the_admin_accept_action_goes_through_the_same_path(client, superuser):
    pledge = suggest("FR")
    client.force_login(superuser)
    client.post(
        "/admin/coalition/pledge/", {"action": "accept_suggestions", "_selected_action": [pledge.pk]}, follow=True
    )
    pledge.refresh_from_db()
    assert pledge.review == Pledge.Review.CONFIRMED
    assert Change.objects.get(pledge=pledge).action == Change.Action.ACCEPTED


def test_a_change_of_part_in_the_coalition_is_recorded_and_shown(client, superuser):
    nation = NationFactory(code="FI", name="Finland")
    source = ArticleFactory(title="Finland joins the coalition")
    client.force_login(superuser)
    response = client.post(
        f"/admin/coalition/nation/{nation.pk}/change/",
        {
            "code": "FI",
            "name": "Finland",
            "official_name": "",
            "kind": "state",
            "role": "participant",
            "role_since": "2025-03-15",
            "role_source": source.pk,
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    change = Change.objects.get(nation=nation)
    assert change.pledge is None and change.user == superuser and change.source == source
    assert change.diff["role"] == {"old": "", "new": "participant"} and change.on == dt.date(2025, 3, 15)
    client.logout()
    html = client.get("/nations/FI/").content.decode()
    assert "Part in the coalition</strong>: none → participant" in html
    assert source.get_absolute_url() in html


def test_country_page_shows_the_timeline_with_sources_and_who_only_to_curators(client, curator):
    pledge = suggest("FR", status="considering")
    curation.accept(pledge, curator)
    later = suggest("FR", "France will now send troops.", status="pledged")
    article = later.evidence.get().article
    curation.merge(later, pledge, curator, take_status=True, reason="Same pledge, firmer now")
    html = client.get("/nations/FR/").content.decode()
    assert "considering → pledged" in html
    assert f'per <a href="{article.get_absolute_url()}">{article.title}</a>' in html
    assert 'datetime="2026-01-06"' in html
    assert "by curator" not in html and "Same pledge, firmer now" not in html
    client.force_login(curator)
    html = client.get("/nations/FR/").content.decode()
    assert "by curator" in html and "Same pledge, firmer now" in html
    # The merged suggestion's own entry is bookkeeping for curators.
    assert "merged into another pledge by curator" in html


def test_rejections_show_only_to_curators(client, curator):
    pledge = suggest("FR")
    curation.reject(pledge, curator, reason="Not a pledge")
    assert "Not a pledge" not in client.get("/nations/FR/").content.decode()
    client.force_login(curator)
    assert "Not a pledge" in client.get("/nations/FR/").content.decode()


def test_pledges_as_of_replays_each_pledges_history(curator):
    france = NationFactory(code="FR")
    # Loaded from the reference data: no history, counts from its announced date.
    reference = PledgeFactory(nation=france, category="air", announced_on=dt.date(2025, 6, 1))
    pledge = suggest("FR", status="considering", announced_on=dt.date(2025, 12, 1))
    Pledge.objects.filter(pk=pledge.pk).update(announced_on=dt.date(2025, 12, 1))
    pledge.refresh_from_db()
    curation.accept(pledge, curator)
    later = suggest("FR", "France will send troops.", status="pledged")
    curation.merge(later, pledge, curator, take_status=True)
    dropped = PledgeFactory(nation=france, category="sea", announced_on=dt.date(2025, 1, 1))
    curation.settle(france, "sea", dropped, curator)  # no other side: stays
    rejected = suggest("FR", category="funding")
    curation.reject(rejected, curator)

    def as_of(day):
        return {p.category: p.status for p in pledges_as_of(day)}

    assert as_of(dt.date(2025, 5, 31)) == {"sea": "pledged"}
    assert as_of(dt.date(2025, 11, 30)) == {"air": "pledged", "sea": "pledged"}
    assert as_of(dt.date(2025, 12, 15)) == {"air": "pledged", "sea": "pledged", "troops": "considering"}
    assert as_of(JAN_6) == {"air": "pledged", "sea": "pledged", "troops": "pledged"}
    assert reference in pledges_as_of(JAN_6)


def test_pledges_as_of_sees_a_pledge_withdrawn_later_as_it_was(curator):
    france = NationFactory(code="FR")
    kept = PledgeFactory(nation=france, status="pledged", quantity=100, unit="troops", announced_on=dt.date(2025, 1, 1))
    lost = PledgeFactory(nation=france, status="pledged", quantity=200, unit="troops", announced_on=dt.date(2025, 1, 1))
    curation.settle(france, "troops", kept, curator, reason="The ministry's figure")
    today = dt.date.today()
    statuses = {p.pk: p.status for p in pledges_as_of(today - dt.timedelta(days=1))}
    assert statuses == {kept.pk: "pledged", lost.pk: "pledged"}
    statuses = {p.pk: p.status for p in pledges_as_of(today)}
    assert statuses == {kept.pk: "pledged", lost.pk: "withdrawn"}


def test_pledges_as_of_takes_two_queries_whatever_the_history(curator, django_assert_num_queries):
    for code in ["FR", "DE", "PL"]:
        curation.accept(suggest(code), curator)
    with CaptureQueriesContext(connection) as small:
        pledges_as_of(JAN_6)
    assert len(small) == 2
    for code in ["FR", "DE", "PL", "IT", "ES"]:
        for category in ["air", "sea", "training"]:
            pledge = suggest(code, category=category)
            curation.accept(pledge, curator)
            curation.reject(suggest(code, category="funding"), curator)
    with django_assert_num_queries(2):
        assert len(pledges_as_of(JAN_6)) == 18


def test_country_page_queries_do_not_grow_with_history(client, curator, django_assert_num_queries):
    nation = Nation.objects.get(pk=NationFactory(code="FR").pk)
    curation.accept(suggest("FR"), curator)
    client.force_login(curator)
    with CaptureQueriesContext(connection) as small:
        client.get("/nations/FR/")
    for category in ["air", "sea", "training", "funding", "logistics"]:
        pledge = suggest("FR", category=category, status="considering")
        curation.accept(pledge, curator)
        EvidenceFactory(pledge=PledgeFactory(nation=nation, category=category, status="declined"))
        curation.merge(suggest("FR", category=category, status="pledged"), pledge, curator, take_status=True)
        curation.reject(suggest("FR", category=category), curator)
    with django_assert_num_queries(len(small)):
        html = client.get("/nations/FR/").content.decode()
    assert html.count("considering → pledged") == 5 and "Sources disagree" in html
