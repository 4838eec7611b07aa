import pytest
from playwright.sync_api import expect

from articles.models import Article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "Lithuania offers troops\nLithuania is ready to send about 200 soldiers to a reassurance force in Ukraine."


def log_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Log in").click()


def test_uploader_pastes_an_article_and_sees_it_listed_in_place(page, screenshot, uploader):
    log_in(page, "uploader")
    page.get_by_role("link", name="Upload", exact=True).click()
    expect(page).to_have_url("/articles/upload/")
    page.get_by_label("Paste an article").fill(TEXT)
    page.get_by_role("button", name="Upload", exact=True).click()

    results = page.locator("#results")
    expect(results).to_contain_text("Saved Lithuania offers troops; reading it now.")
    expect(page.locator("#uploads")).to_contain_text("Lithuania offers troops")
    # htmx swapped the results in place and emptied the form for the next article.
    expect(page.get_by_label("Paste an article")).to_have_value("")
    assert Article.objects.get().uploaded_by == uploader
    screenshot("upload")

    page.get_by_label("Paste an article").fill(TEXT)
    page.get_by_role("button", name="Upload", exact=True).click()
    expect(results).to_contain_text("already here as")
    expect(results.get_by_role("link", name="Lithuania offers troops")).to_be_visible()
    assert Article.objects.count() == 1


def test_upload_works_without_javascript(browser, live_server, uploader):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    log_in(page, "uploader")
    page.goto("/articles/upload/")
    page.get_by_label("Paste an article").fill(TEXT)
    page.get_by_role("button", name="Upload", exact=True).click()
    expect(page).to_have_url("/articles/upload/")
    expect(page.locator(".messages")).to_contain_text("Saved Lithuania offers troops")
    expect(page.locator("#uploads")).to_contain_text("Lithuania offers troops")
    context.close()
