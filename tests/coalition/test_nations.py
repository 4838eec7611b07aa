"""A nation's page, and the same content as the panel beside the map."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coalition.models import Attendance, Nation, Pledge
from tests.factories import ArticleFactory, EvidenceFactory, MeetingFactory, NationFactory, PledgeFactory
from tests.html import htmx_links, parse

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def lithuania():
    return NationFactory(code="LT", name="Lithuania", role=Nation.Role.PARTICIPANT, role_since=dt.date(2025, 3, 15))


def make_data(nation, count):
    for i in range(count):
        meeting = MeetingFactory()
        Attendance.objects.create(meeting=meeting, nation=nation, level=list(Attendance.Level)[i % 4])
        meeting.hosts.add(nation)
        pledge = PledgeFactory(nation=nation, category=list(Pledge.Category)[i % 10], meeting=meeting)
        EvidenceFactory(pledge=pledge)
        EvidenceFactory(pledge=pledge, sentence="")


def text(element):
    return " ".join(element.text_content().split())


def test_page_shows_status_part_and_each_pledge_with_its_facts(client, lithuania):
    meeting = MeetingFactory(title="Paris summit", date=dt.date(2025, 9, 4), city="Paris")
    PledgeFactory(
        nation=lithuania,
        category="troops",
        quantity=200,
        unit="troops",
        conditions="Only after a ceasefire holds.",
        needs_parliament=True,
        announced_on=dt.date(2025, 9, 4),
        meeting=meeting,
    )
    PledgeFactory(nation=lithuania, category="funding", status="pledged", amount=Decimal("1500000"), currency="EUR")
    doc = parse(client.get("/nations/LT/"))
    assert text(doc.xpath("//h1")[0]) == "Lithuania"
    assert text(doc.xpath("//p[@class='status']")[0]) == "Troops pledged"
    assert "Participant, since 15 Mar 2025" in text(doc.xpath("//dl[@class='facts']")[0])
    troops, funding = doc.xpath("//section[@class='pledge']")
    assert text(troops.xpath("h3")[0]) == "Troops: pledged"
    assert facts(troops) == {
        "Quantity": "200 troops",
        "Conditions": "Only after a ceasefire holds. Needs parliament",
        "Announced": "4 Sep 2025",
        "Meeting": "Paris summit, 4 Sep 2025",
    }
    assert troops.xpath(f".//a[@href='/meetings/#meeting-{meeting.pk}'][text()='Paris summit']")
    assert facts(funding)["Money"] == "1,500,000 EUR"
    assert facts(funding)["Recorded"].endswith("(no announced date)")


def facts(pledge):
    dl = pledge.xpath("dl")[0]
    return dict(zip((text(term) for term in dl.xpath("dt")), (text(dd) for dd in dl.xpath("dd")), strict=True))


def test_evidence_quotes_link_to_the_article_and_the_original(client, lithuania):
    evidence = EvidenceFactory(
        pledge=PledgeFactory(nation=lithuania),
        sentence="Lithuania is ready to send about 200 soldiers.",
        start=0,
        end=46,
    )
    doc = parse(client.get("/nations/LT/"))
    [quote] = doc.xpath("//ul[@class='evidence']//blockquote/a")
    assert quote.get("href") == f"/articles/{evidence.article.pk}/#evidence-{evidence.pk}"
    assert text(quote) == "“Lithuania is ready to send about 200 soldiers.”"
    assert doc.xpath(f"//ul[@class='evidence']//a[@href='{evidence.article.url}'][text()='original']")


def test_page_lists_the_meetings_attended_with_level_and_hosting(client, lithuania):
    hosted = MeetingFactory(title="Vilnius talks", date=dt.date(2025, 6, 1), city="Vilnius")
    hosted.hosts.add(lithuania)
    Attendance.objects.create(meeting=hosted, nation=lithuania, level=Attendance.Level.HEAD)
    Attendance.objects.create(
        meeting=MeetingFactory(title="Call", date=dt.date(2025, 8, 1), city="", format="virtual"),
        nation=lithuania,
        level=Attendance.Level.MINISTER,
    )
    items = [text(li) for li in parse(client.get("/nations/LT/")).xpath("//ul[@class='attended']/li")]
    assert items == [
        "1 Aug 2025: Call (virtual), minister",
        "1 Jun 2025: Vilnius talks (Vilnius), head of state or government, host",
    ]


def test_timeline_lists_pledges_by_the_day_they_became_known(client, lithuania):
    later = PledgeFactory(nation=lithuania, category="troops", announced_on=dt.date(2025, 9, 4))
    undated = PledgeFactory(nation=lithuania, category="air", status="considering")
    Pledge.objects.filter(pk=undated.pk).update(created_at=dt.datetime(2025, 10, 1, 9, tzinfo=dt.UTC))
    PledgeFactory(nation=lithuania, category="sea", announced_on=dt.date(2025, 3, 15))
    items = [text(li) for li in parse(client.get("/nations/LT/")).xpath("//ol[@class='timeline']/li")]
    assert items == [
        "15 Mar 2025: Sea: pledged",
        "4 Sep 2025: Troops: pledged",
        "1 Oct 2025 (recorded): Air: considering",
    ]
    assert parse(client.get("/nations/LT/")).xpath(f"//ol[@class='timeline']//a[@href='#pledge-{later.pk}']")


def test_suggested_pledges_are_not_shown(client, lithuania):
    PledgeFactory(nation=lithuania, summary="Not yet a fact.", review=Pledge.Review.SUGGESTED)
    html = client.get("/nations/LT/").content.decode()
    assert "Not yet a fact." not in html and "No confirmed pledge." in html


def test_htmx_request_gets_only_the_panel_with_its_title(client, lithuania):
    PledgeFactory(nation=lithuania)
    response = client.get("/nations/LT/", **HX)
    html = response.content.decode()
    assert "<html" not in html and "site-header" not in html
    assert html.lstrip().startswith("<title>Lithuania · Coalition Tracker</title>")
    doc = parse(response)
    # Under the map page's h1, the panel starts at h2.
    assert text(doc.xpath("//h2[@id='nation-name']")[0]) == "Lithuania"
    assert doc.xpath("//h4[text()='Troops: pledged']")
    assert doc.xpath("//a[@href='/nations/LT/']")  # the full page, to print or share
    assert "HX-Request" in response["Vary"]


def test_full_page_varies_on_htmx_and_is_a_whole_page(client, lithuania):
    response = client.get("/nations/LT/")
    assert "<html" in response.content.decode()
    assert "HX-Request" in response["Vary"]
    restore = client.get("/nations/LT/", HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HX)
    assert "<html" in restore.content.decode()


def test_nation_pages_have_no_htmx_link_without_href(client, lithuania):
    make_data(lithuania, 3)
    for response in (client.get("/nations/LT/"), client.get("/nations/LT/", **HX)):
        for element in htmx_links(parse(response)):
            assert element.get("href") == element.get("hx-get")


def test_page_is_print_friendly(client, lithuania):
    doc = parse(client.get("/nations/LT/"))
    assert "no-print" in doc.xpath("string(//p[a[@href='/']]/@class)")
    # The print stylesheet hides it; tests/browser/test_map.py prints the page.


def test_codes_are_case_insensitive_and_unknown_ones_404(client, lithuania):
    assert client.get("/nations/lt/").status_code == 200
    assert client.get("/nations/XX/").status_code == 404
    assert client.get("/nations/XX/", **HX).status_code == 404


@pytest.mark.parametrize("headers", [{}, HX], ids=["page", "panel"])
def test_nation_page_and_panel_run_the_same_queries_with_little_and_much_data(
    client, django_assert_num_queries, lithuania, headers
):
    make_data(lithuania, 3)
    with CaptureQueriesContext(connection) as small:
        client.get("/nations/LT/", **headers)
    make_data(lithuania, 40)
    ArticleFactory.create_batch(5)
    with django_assert_num_queries(len(small)):
        client.get("/nations/LT/", **headers)
