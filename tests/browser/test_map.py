"""The map in a real browser: panels, filters, history, evidence links, and the same without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article, Evidence
from coalition.models import Pledge
from coalition.reference.load import load_reference

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def country(page, name):
    return page.locator("#map").get_by_role("link", name=name, exact=True)


def path(page):
    return re.sub(r"^https?://[^/]+", "", page.url)


def test_clicking_a_country_loads_its_panel_beside_the_map(page, screenshot):
    load_reference()
    page.goto("/")
    expect(country(page, "Lithuania")).to_have_attribute("class", re.compile("status-troops"))
    country(page, "Lithuania").click()
    expect(page).to_have_url(re.compile(r"/nations/LT/$"))
    panel = page.locator("#panel")
    expect(panel.get_by_role("heading", level=2, name="Lithuania")).to_be_visible()
    expect(panel.get_by_text("About 200 soldiers.")).to_be_visible()
    expect(page).to_have_title("Lithuania · Coalition Tracker")
    # The map stays: it is the same page.
    expect(page.locator("#map")).to_be_visible()
    screenshot("map-panel")


def test_small_states_and_insets_are_clickable(page):
    load_reference()
    page.goto("/")
    for name, code in [("Luxembourg", "LU"), ("Malta", "MT"), ("Cyprus", "CY"), ("Estonia", "EE"), ("Australia", "AU")]:
        country(page, name).click()
        expect(page).to_have_url(re.compile(f"/nations/{code}/$"))
        expect(page.locator("#panel h2")).to_have_text(name)


def test_keyboard_focus_shows_the_tooltip_and_enter_loads_the_panel(page):
    load_reference()
    page.goto("/")
    estonia = country(page, "Estonia")
    estonia.focus()
    tip = page.locator(".map-europe .map-tip")
    expect(tip).to_be_visible()
    expect(tip).to_have_text("Estonia: troops pledged")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/nations/EE/$"))
    # Focus moves to the panel's heading, as it would on a new page.
    expect(page.locator("#panel h2")).to_be_focused()


def test_hover_names_the_country_and_its_status(page):
    load_reference()
    page.goto("/")
    country(page, "France").hover()
    expect(page.locator(".map-europe .map-tip")).to_have_text("France: troops pledged")
    expect(page.locator(".map-europe .map-outline")).to_have_attribute("d", re.compile("^M"))
    page.mouse.move(5, 5)
    expect(page.locator(".map-europe .map-tip")).to_be_hidden()


def test_filters_redraw_the_map_in_place_and_back_restores_it(page, screenshot):
    load_reference()
    page.goto("/")
    poland = country(page, "Poland")
    expect(poland).to_have_attribute("class", re.compile("status-support"))
    country(page, "Spain").click()
    expect(page.locator("#panel h2")).to_have_text("Spain")

    page.get_by_label("Pledges", exact=True).select_option("troops")
    expect(page).to_have_url(re.compile(r"/\?category=troops$"))
    expect(page.locator("#map-heading")).to_have_text("Troops only")
    expect(poland).to_have_attribute("class", re.compile("status-declined"))
    # The panel is left alone: only the map was swapped.
    expect(page.locator("#panel h2")).to_have_text("Spain")

    page.get_by_label("As of", exact=True).fill("2025-06-01")
    expect(page).to_have_url(re.compile(r"/\?category=troops&as_of=2025-06-01$"))
    expect(page.locator("#map-heading")).to_have_text("Troops only, as of 1 June 2025")
    # Only pledges announced by then count; Lithuania's has no date and was recorded today.
    expect(country(page, "Lithuania")).to_have_attribute("class", re.compile("status-none"))
    screenshot("map-filtered")

    page.go_back()
    expect(page).to_have_url(re.compile(r"/\?category=troops$"))
    expect(page.locator("#map-heading")).to_have_text("Troops only")
    expect(country(page, "Lithuania")).to_have_attribute("class", re.compile("status-troops"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/nations/ES/$"))
    expect(page.locator("#map-heading")).to_have_text("All pledges")
    expect(poland).to_have_attribute("class", re.compile("status-support"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.locator("#panel h2")).to_have_text("Choose a nation")
    page.go_forward()
    expect(page).to_have_url(re.compile(r"/nations/ES/$"))
    expect(page.locator("#panel h2")).to_have_text("Spain")


def test_an_evidence_link_opens_the_article_at_its_marked_sentence(page, screenshot):
    load_reference()
    pledge = Pledge.objects.get(reference_key="lt-troops")
    sentence = "Lithuania is ready to send about 200 soldiers."
    article = Article.objects.create(
        title="Vilnius offers troops",
        body=f"Vilnius, Tuesday.\n{sentence} The Seimas will vote.",
        state=Article.State.DONE,
    )
    start = article.body.index(sentence)
    evidence = Evidence.objects.create(
        article=article, pledge=pledge, sentence=sentence, start=start, end=start + len(sentence)
    )
    page.goto("/")
    country(page, "Lithuania").click()
    page.locator("#panel").get_by_role("link", name=sentence).click()
    expect(page).to_have_url(re.compile(f"/articles/{article.pk}/#evidence-{evidence.pk}$"))
    mark = page.locator(f"mark#evidence-{evidence.pk}")
    expect(mark).to_have_text(sentence)
    expect(mark).to_be_in_viewport()
    page.get_by_role("link", name="Lithuania: troops (pledged)").last.click()
    expect(page).to_have_url(re.compile(f"/nations/LT/#pledge-{pledge.pk}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Lithuania")
    page.go_back()
    screenshot("article-marked")
    # A reference source has no text: its link opens the article page with the original's URL.
    page.goto("/nations/LT/")
    page.get_by_role("link", name=re.compile("Lithuania and Estonia join")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Lithuania and Estonia join")
    expect(page.get_by_role("link", name="original article")).to_have_attribute("href", re.compile("^https://"))


def test_everything_works_without_javascript(browser, live_server):
    load_reference()
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/")
        country(page, "Lithuania").click()
        expect(page).to_have_url(re.compile(r"/nations/LT/$"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Lithuania")
        page.goto("/")
        page.get_by_label("Pledges", exact=True).select_option("troops")
        page.get_by_role("button", name="Show").click()
        expect(page).to_have_url(re.compile(r"/\?category=troops&as_of=$"))
        expect(page.locator("#map-heading")).to_have_text("Troops only")
        page.get_by_role("link", name="Table", exact=True).click()
        page.get_by_role("link", name="Nation", exact=True).click()
        expect(page).to_have_url(re.compile(r"/table/\?sort=name$"))
        expect(page.locator("th[aria-sort]")).to_have_attribute("aria-sort", "ascending")
    finally:
        context.close()


def test_country_page_prints_without_navigation_or_map(page, screenshot):
    load_reference()
    page.goto("/nations/EE/")
    page.emulate_media(media="print")
    expect(page.locator(".site-header nav")).to_be_hidden()
    expect(page.locator(".back")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_have_text("Estonia")
    screenshot("nation-print")


def test_phone_layout_puts_the_panel_under_the_map(page, screenshot):
    load_reference()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    map_box = page.locator("#map").bounding_box()
    panel_box = page.locator("#panel").bounding_box()
    assert panel_box["y"] >= map_box["y"] + map_box["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    country(page, "Malta").click()
    expect(page.locator("#panel h2")).to_have_text("Malta")
    expect(page.locator("#panel h2")).to_be_in_viewport()
    screenshot("home-phone")


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/table/?sort=troops", "Nations by category"),
        ("/meetings/", "Meetings"),
        ("/articles/?nation=FR", "Articles"),
        ("/nations/GB/", "United Kingdom"),
    ],
    ids=["table", "meetings", "articles", "nation"],
)
def test_each_page_loads_only_from_the_app(page, screenshot, url, heading):
    load_reference()
    page.goto(url)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    # The page fixture fails the test if anything was requested from outside the app.
    screenshot(f"page-{url.strip('/').split('/')[0]}")
