"""The public article pages: the list with search and filters, and an article with its evidence marked."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from coalition.models import Pledge
from tests.factories import ArticleFactory, EvidenceFactory, MeetingFactory, NationFactory, PledgeFactory
from tests.html import parse

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="full-text search needs PostgreSQL")


def done(**fields):
    return ArticleFactory(state=Article.State.DONE, **fields)


def titles(client, **params):
    doc = parse(client.get("/articles/", params))
    return [a.text_content() for a in doc.xpath("//ol[@class='articles']//a[@class='article-title']")]


# ------------------------------------------------------------------ the list


def test_list_shows_processed_articles_newest_first(client):
    done(title="Older", published_on=dt.date(2025, 3, 1))
    done(title="Newer", published_on=dt.date(2025, 9, 1))
    done(title="Undated", published_on=None)
    ArticleFactory(title="Still processing", state=Article.State.PENDING)
    ArticleFactory(title="Failed upload", state=Article.State.FAILED)
    assert titles(client) == ["Newer", "Older", "Undated"]


def test_list_shows_which_nations_an_article_is_about(client):
    article = done(title="Paris summit")
    EvidenceFactory(article=article, pledge=PledgeFactory(nation=NationFactory(code="FR", name="France")))
    EvidenceFactory(article=article, pledge=None, nation=NationFactory(code="EE", name="Estonia"))
    doc = parse(client.get("/articles/"))
    assert doc.xpath("//p[@class='about']/a/text()") == ["Estonia", "France"]


def test_search_finds_words_in_title_or_body(client):
    done(title="Estonia sends a company", body="The Riigikogu must approve the deployment of troops.")
    done(title="Italy says no", body="Meloni ruled out troops in Ukraine.")
    assert titles(client, q="riigikogu") == ["Estonia sends a company"]
    assert titles(client, q="Italy") == ["Italy says no"]
    assert titles(client, q="nothing like this") == []


@postgres_only
def test_postgres_search_matches_word_forms_and_ranks(client):
    done(title="Troops", body="France pledged troops. France pledges more troops. France is pledging.")
    done(title="Other", body="Sweden offers air surveillance, and maybe a pledge later.")
    # "pledges" finds "pledged", "pledging" and "pledge": the English stemmer, not a substring.
    assert titles(client, q="pledges") == ["Troops", "Other"]
    assert titles(client, q='"air surveillance"') == ["Other"]
    assert titles(client, q="pledge -sweden") == ["Troops"]


@postgres_only
def test_postgres_search_uses_the_gin_index():
    from django.contrib.postgres.search import SearchQuery

    from articles.search import SEARCH_VECTOR

    query = SearchQuery("troops", config="english")
    sql, params = Article.objects.annotate(search=SEARCH_VECTOR).filter(search=query).only("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "article_search" in plan


def test_filter_by_nation_finds_evidence_about_it_or_its_pledges(client):
    france, estonia = NationFactory(code="FR", name="France"), NationFactory(code="EE", name="Estonia")
    EvidenceFactory(article=done(title="On France's pledge"), pledge=PledgeFactory(nation=france))
    EvidenceFactory(article=done(title="On Estonia's part"), pledge=None, nation=estonia)
    done(title="About nobody")
    assert titles(client, nation="FR") == ["On France's pledge"]
    assert titles(client, nation="EE") == ["On Estonia's part"]
    doc = parse(client.get("/articles/"))
    # Only nations that some evidence is about are offered.
    assert doc.xpath("//select[@name='nation']/option/@value") == ["", "EE", "FR"]


def test_filter_by_date_range(client):
    done(title="March", published_on=dt.date(2025, 3, 2))
    done(title="September", published_on=dt.date(2025, 9, 4))
    done(title="January", published_on=dt.date(2026, 1, 6))
    assert titles(client, since="2025-03-03") == ["January", "September"]
    assert titles(client, until="2025-09-04") == ["September", "March"]
    assert titles(client, since="2025-04-01", until="2025-12-31") == ["September"]
    doc = parse(client.get("/articles/", {"since": "2026-01-01", "until": "2025-01-01"}))
    assert "before its start" in doc.xpath("string(//div[@class='errors'])")


def test_list_is_paginated_and_page_links_keep_the_filters(client):
    for day in range(1, 26):
        done(title=f"Report {day:02}", body=f"Troops for the force, day {day}.", published_on=dt.date(2025, 5, day))
    doc = parse(client.get("/articles/", {"q": "troops"}))
    assert len(doc.xpath("//ol[@class='articles']/li")) == 20
    next_link = doc.xpath("string(//a[@rel='next']/@href)")
    assert next_link == "?q=troops&page=2"
    assert titles(client, q="troops", page=2) == [f"Report {day:02}" for day in range(5, 0, -1)]
    assert "25 articles found, page 1 of 2" in doc.xpath("string(//p[@class='count'])")


def test_search_form_submits_with_get(client):
    [form] = parse(client.get("/articles/")).xpath("//form[@role='search']")
    assert form.get("method") == "get" and form.get("action") == "/articles/"
    assert {"q", "nation", "since", "until"} <= set(form.xpath(".//*[@name]/@name"))


def test_list_runs_the_same_queries_with_little_and_much_data(client, django_assert_num_queries):
    def make(count):
        nation = NationFactory(code="FR")
        for _ in range(count):
            article = done(body=f"France pledged troops. {ArticleFactory.build().title}")
            EvidenceFactory(article=article, pledge=PledgeFactory(nation=nation))
            EvidenceFactory(article=article, pledge=None, nation=nation)

    make(3)
    params = {"q": "troops", "nation": "FR", "since": "2000-01-01"}
    with CaptureQueriesContext(connection) as small:
        parse(client.get("/articles/", params))
    make(45)
    with django_assert_num_queries(len(small)):
        client.get("/articles/", params)


# ------------------------------------------------------------------ one article


BODY = "Leaders met in Paris.\nFrance pledged troops to the force. Estonia offered a company.\nTalks go on."


def evidence_for(article, sentence, **fields):
    start = article.body.index(sentence)
    return EvidenceFactory(article=article, sentence=sentence, start=start, end=start + len(sentence), **fields)


def test_article_marks_each_evidence_sentence_and_links_it_to_its_pledge(client):
    article = done(body=BODY)
    france = PledgeFactory(nation=NationFactory(code="FR", name="France"), category="troops")
    first = evidence_for(article, "France pledged troops to the force.", pledge=france)
    second = evidence_for(
        article, "Estonia offered a company.", pledge=None, nation=NationFactory(code="EE", name="Estonia")
    )
    doc = parse(client.get(article.get_absolute_url()))
    [body] = doc.xpath("//div[@class='body']")
    marks = body.xpath("mark")
    assert [(m.get("id"), m.text) for m in marks] == [
        (f"evidence-{first.pk}", "France pledged troops to the force."),
        (f"evidence-{second.pk}", "Estonia offered a company."),
    ]
    assert body.text_content().startswith("Leaders met in Paris.\nFrance pledged troops")
    links = body.xpath("a[@class='evidence-link']")
    assert links[0].get("href") == f"/nations/FR/#pledge-{france.pk}"
    assert links[0].text == "France: troops (pledged)"
    assert links[1].get("href") == "/nations/EE/"
    # The list above the text links each quote to its mark.
    assert doc.xpath(f"//ul[@class='evidence']//a[@href='#evidence-{first.pk}']")


def test_uploaded_text_is_escaped_inside_and_outside_marks(client):
    article = done(body="<script>alert(1)</script> France <b>pledged</b> troops. <img src=x onerror=alert(2)>")
    evidence_for(article, "France <b>pledged</b> troops.", pledge=PledgeFactory(nation=NationFactory(code="FR")))
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html and "<b>pledged</b>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "France &lt;b&gt;pledged&lt;/b&gt; troops.</mark>" in html


def test_offsets_that_do_not_fit_the_text_are_not_marked(client):
    article = done(body=BODY)
    pledge = PledgeFactory(nation=NationFactory(code="FR"))
    kept = evidence_for(article, "France pledged troops to the force.", pledge=pledge)
    # Overlapping the first, beyond the end, and no longer the recorded sentence (the text was edited).
    EvidenceFactory(article=article, pledge=pledge, sentence="", start=kept.start + 3, end=kept.end + 5)
    EvidenceFactory(article=article, pledge=pledge, sentence="", start=len(BODY) - 2, end=len(BODY) + 10)
    EvidenceFactory(article=article, pledge=pledge, sentence="Something else entirely.", start=0, end=21)
    doc = parse(client.get(article.get_absolute_url()))
    assert doc.xpath("//div[@class='body']/mark/@id") == [f"evidence-{kept.pk}"]


def test_rejected_pledges_are_not_shown_and_suggestions_say_so(client):
    article = done(body=BODY)
    nation = NationFactory(code="FR", name="France")
    evidence_for(article, "Leaders met in Paris.", pledge=PledgeFactory(nation=nation, review=Pledge.Review.REJECTED))
    evidence_for(article, "Talks go on.", pledge=PledgeFactory(nation=nation, review=Pledge.Review.SUGGESTED))
    doc = parse(client.get(article.get_absolute_url()))
    [link] = doc.xpath("//div[@class='body']/a[@class='evidence-link']")
    assert link.text.endswith("suggested and not yet confirmed") and link.get("href") == "/nations/FR/"


def test_meeting_evidence_links_to_the_meeting(client):
    article = done(body=BODY)
    meeting = MeetingFactory(title="Paris summit")
    evidence_for(article, "Leaders met in Paris.", pledge=None, meeting=meeting)
    doc = parse(client.get(article.get_absolute_url()))
    assert doc.xpath("string(//div[@class='body']/a/@href)") == f"/meetings/#meeting-{meeting.pk}"


def test_article_page_runs_the_same_queries_with_little_and_much_evidence(client, django_assert_num_queries):
    article = done(body=BODY * 40)
    nation = NationFactory(code="FR")

    def make(count):
        for i in range(count):
            start = i * len(BODY)
            EvidenceFactory(
                article=article, pledge=PledgeFactory(nation=nation), sentence="", start=start, end=start + 5
            )

    make(2)
    with CaptureQueriesContext(connection) as small:
        parse(client.get(article.get_absolute_url()))
    make(30)
    with django_assert_num_queries(len(small)):
        client.get(article.get_absolute_url())


def test_date_filters_keep_their_values_for_the_date_picker(client):
    doc = parse(client.get("/articles/", {"since": "2025-03-02", "until": "2025-09-04"}))
    assert doc.xpath("//input[@name='since']/@value") == ["2025-03-02"]
    assert doc.xpath("//input[@name='until']/@value") == ["2025-09-04"]
