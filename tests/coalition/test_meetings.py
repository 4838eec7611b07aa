"""The meetings page: a timeline of summits with participants, levels, hosts, outcomes and sources."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coalition.models import Attendance, Meeting
from coalition.reference.load import load_reference
from tests.factories import ArticleFactory, MeetingFactory, NationFactory, PledgeFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


def text(element):
    return " ".join(element.text_content().split())


def facts(item):
    dl = item.xpath(".//dl")[0]
    return dict(zip((text(term) for term in dl.xpath("dt")), (text(dd) for dd in dl.xpath("dd")), strict=True))


def make_meetings(count):
    nations = [NationFactory(code=code) for code in ["FR", "GB", "DE", "PL"]]
    for i in range(count):
        meeting = MeetingFactory()
        meeting.hosts.add(nations[i % 4])
        meeting.sources.add(ArticleFactory())
        for j, nation in enumerate(nations):
            Attendance.objects.create(meeting=meeting, nation=nation, level=list(Attendance.Level)[(i + j) % 4])
        PledgeFactory(nation=nations[i % 4], meeting=meeting)


def test_meetings_are_listed_latest_first_with_their_facts(client):
    france, britain, turkey = (
        NationFactory(code="FR", name="France"),
        NationFactory(code="GB", name="United Kingdom"),
        NationFactory(code="TR", name="Türkiye"),
    )
    london = MeetingFactory(title="London summit", date=dt.date(2025, 3, 2), city="London", outcome="A coalition.")
    london.hosts.add(britain)
    Attendance.objects.create(meeting=london, nation=britain, level=Attendance.Level.HEAD)
    Attendance.objects.create(meeting=london, nation=france, level=Attendance.Level.HEAD)
    Attendance.objects.create(meeting=london, nation=turkey, level=Attendance.Level.MINISTER)
    source = ArticleFactory(title="Leaders gather in London", url="https://news.example/london")
    london.sources.add(source)
    pledge = PledgeFactory(nation=france, meeting=london)
    MeetingFactory(title="Video call", date=dt.date(2025, 3, 15), city="", format=Meeting.Format.VIRTUAL)

    doc = parse(client.get("/meetings/"))
    items = doc.xpath("//ol[@class='meetings-timeline']/li")
    assert [text(li.xpath(".//h2")[0]) for li in items] == ["Video call", "London summit"]
    assert text(items[0].xpath(".//p[@class='meeting-when']")[0]) == "15 March 2025 · virtual"
    london_item = items[1]
    assert london_item.get("id") == f"meeting-{london.pk}"
    assert facts(london_item) == {
        "Host": "United Kingdom",
        "Head of state or government (2)": "France, United Kingdom",
        "Minister (1)": "Türkiye",
        "Outcome": "A coalition.",
        "Pledges made there": "France: troops (pledged)",
        "Sources": "Leaders gather in London, Example News · original",
    }
    assert london_item.xpath(f".//a[@href='/articles/{source.pk}/']") and london_item.xpath(
        ".//a[@href='https://news.example/london']"
    )
    assert london_item.xpath(f".//a[@href='/nations/FR/#pledge-{pledge.pk}']")
    assert facts(items[0])["Participants"] == "Not recorded."


def test_reference_meetings_show_participants_by_level(client):
    load_reference()
    doc = parse(client.get("/meetings/"))
    london = Meeting.objects.get(date="2025-03-02", city="London")
    [item] = doc.xpath(f"//li[@id='meeting-{london.pk}']")
    assert facts(item)["Head of state or government (17)"].startswith("Canada, Czechia, Denmark")
    assert facts(item)["Minister (1)"] == "Türkiye"


def test_meetings_page_runs_the_same_queries_with_little_and_much_data(client, django_assert_num_queries):
    make_meetings(3)
    with CaptureQueriesContext(connection) as small:
        parse(client.get("/meetings/"))
    make_meetings(30)
    with django_assert_num_queries(len(small)):
        client.get("/meetings/")
