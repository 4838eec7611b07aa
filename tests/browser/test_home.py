import pytest
from playwright.sync_api import expect

from coalition.reference.load import load_reference

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_opens_a_country_from_the_home_page(page, screenshot):
    load_reference()
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Who pledged what")
    screenshot("home")
    page.get_by_role("link", name="Lithuania").click()
    expect(page).to_have_url("/nations/LT/")
    expect(page.get_by_role("heading", name="Troops: pledged")).to_be_visible()
    expect(page.get_by_text("About 200 soldiers.")).to_be_visible()
