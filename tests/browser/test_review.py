import pytest
from playwright.sync_api import expect

from articles import ingest
from articles.models import Article
from coalition.models import Change, Pledge
from tests.factories import ArticleFactory, NationFactory
from tests.findings import findings, pledge_finding

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = "France pledged troops to the reassurance force. Poland ruled out sending troops to Ukraine."


def on_map(page, name, status):
    """The nation drawn (or, off the map, listed) under a status."""
    return page.locator(
        f'a.nation.status-{status}[aria-label="{name}"], .elsewhere li:has(.status-{status}):has-text("{name}")'
    )


def test_curator_accepts_one_suggestion_and_rejects_another_for_good(page, screenshot, curator, fake_extraction):
    NationFactory(code="FR", name="France")
    NationFactory(code="PL", name="Poland")
    article = ArticleFactory(title="Coalition meets in Paris", body=BODY, state=Article.State.DONE)
    fake_extraction.findings = findings(
        pledge_finding(BODY, "France pledged troops to the reassurance force.", "FR", "troops", "pledged"),
        pledge_finding(BODY, "Poland ruled out sending troops to Ukraine.", "PL", "troops", "declined"),
    )
    ingest.record(article, fake_extraction.findings)

    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("curator")
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Review").click()
    expect(page).to_have_url("/review/")
    expect(page.get_by_role("heading", name="France")).to_be_visible()
    screenshot("review-queue")

    # Accept from the keyboard: the row changes in place, without a reload.
    france = page.locator(".suggestion", has_text="France pledged troops")
    france.get_by_role("button", name="Accept").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".suggestion.done")).to_contain_text("Accepted: France, troops pledged.")
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()

    poland = page.locator(".suggestion", has_text="Poland ruled out")
    poland.get_by_label("Reason").fill("Poland ruled out troops in Ukraine only; see the summit text.")
    poland.get_by_role("button", name="Reject").click()
    expect(page.locator(".suggestion.done", has_text="Rejected")).to_be_visible()
    screenshot("review-done")

    page.goto("/")
    expect(on_map(page, "France", "troops")).to_have_count(1)
    expect(on_map(page, "Poland", "none")).to_have_count(1)

    # The article is read again: what the curator rejected is not proposed again.
    assert ingest.reingest(article)
    assert ingest.ingest(article.pk)
    page.goto("/review/")
    expect(page.get_by_text("Nothing to review")).to_be_visible()
    assert not Pledge.objects.suggested().exists()
    assert Change.objects.filter(action=Change.Action.REJECTED, pledge__nation__code="PL").exists()


def test_curator_edits_then_accepts_and_bulk_rejects(page, curator, fake_extraction):
    NationFactory(code="FR", name="France")
    NationFactory(code="PL", name="Poland")
    article = ArticleFactory(title="Coalition meets in Paris", body=BODY, state=Article.State.DONE)
    ingest.record(
        article,
        findings(
            pledge_finding(BODY, "France pledged troops to the reassurance force.", "FR", "troops", "pledged"),
            pledge_finding(BODY, "Poland ruled out sending troops to Ukraine.", "PL", "troops", "declined"),
            pledge_finding(BODY, "Poland ruled out sending troops to Ukraine.", "PL", "air", "declined"),
        ),
    )
    page.goto("/accounts/login/?next=/review/")
    page.get_by_label("Username").fill("curator")
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url("/review/")

    page.locator(".suggestion", has_text="France").get_by_role("link", name="Edit, then accept").click()
    form = page.locator(".suggestion.editing")
    form.get_by_label("Quantity").fill("2000")
    form.get_by_label("Unit").fill("troops")
    form.get_by_role("button", name="Save and accept").click()
    expect(page.locator(".suggestion.done")).to_contain_text("Edited and accepted")
    assert Pledge.objects.get(nation__code="FR").quantity == 2000

    page.get_by_label("Select all shown").check()
    page.get_by_role("button", name="Reject selected").click()
    expect(page.get_by_text("Rejected 2 suggestions.")).to_be_visible()
    assert set(Pledge.objects.filter(nation__code="PL").values_list("review", flat=True)) == {"rejected"}
