import pytest

from articles.models import Evidence
from coalition.models import Alias, Meeting, Nation, Pledge
from coalition.reference.load import load_reference
from coalition.status import confirmed_pledges_prefetch, nation_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    return load_reference()


def test_every_sovereign_state_and_both_organisations_are_loaded(loaded):
    assert Nation.objects.filter(kind=Nation.Kind.STATE).count() >= 193
    assert set(Nation.objects.filter(kind=Nation.Kind.ORGANISATION).values_list("code", flat=True)) == {"EU", "NATO"}
    # Territories are not states.
    assert not Nation.objects.filter(code__in=["GL", "PR", "HK"]).exists()


def test_aliases_name_nations_by_demonym_capital_seat_and_leader(loaded):
    def codes(text):
        return set(Alias.objects.filter(text=text).values_list("nation__code", flat=True))

    assert codes("French") == {"FR"}
    assert codes("Berlin") == {"DE"}
    assert codes("Downing Street") == {"GB"}
    macron = Alias.objects.get(text="Macron")
    assert macron.kind == Alias.Kind.PERSON and macron.valid_from is not None


def test_every_participant_and_pledge_has_a_source_url(loaded):
    members = Nation.objects.exclude(role="")
    assert members.filter(role=Nation.Role.FOUNDER).count() == 2
    assert members.count() >= 30
    assert not members.filter(role_source__isnull=True).exists()
    assert not members.filter(role_source__url="").exists()

    pledges = Pledge.objects.all()
    assert pledges.count() >= 30
    assert not pledges.filter(evidence__isnull=True).exists()
    assert not Evidence.objects.filter(pledge__in=pledges, article__url="").exists()
    assert not Meeting.objects.filter(sources__isnull=True).exists()


def test_reference_meetings_cover_2025_and_2026(loaded):
    years = {d.year for d in Meeting.objects.values_list("date", flat=True)}
    assert {2025, 2026} <= years
    paris = Meeting.objects.get(date="2025-09-04")
    assert paris.city == "Paris" and paris.format == Meeting.Format.HYBRID
    assert set(paris.hosts.values_list("code", flat=True)) == {"FR", "GB"}


def test_loading_twice_changes_nothing(loaded):
    assert loaded["nations"] >= 195
    models = [Nation, Alias, Pledge, Meeting, Evidence]
    before = {m: m.objects.count() for m in models}
    again = load_reference()
    assert set(again.values()) == {0}
    assert {m: m.objects.count() for m in models} == before


def test_reloading_keeps_a_curators_edit(loaded):
    Pledge.objects.filter(reference_key="es-troops").update(status=Pledge.Status.PLEDGED)
    Nation.objects.filter(code="AT").update(role=Nation.Role.PARTICIPANT)
    load_reference()
    assert Pledge.objects.get(reference_key="es-troops").status == Pledge.Status.PLEDGED
    assert Nation.objects.get(code="AT").role == Nation.Role.PARTICIPANT


def test_reference_statuses_span_the_map(loaded):
    nations = Nation.objects.prefetch_related(confirmed_pledges_prefetch())
    statuses = {n.code: nation_status(n) for n in nations}
    assert statuses["GB"] == statuses["FR"] == statuses["LT"] == "troops"
    assert statuses["US"] == "backstop"
    assert statuses["PL"] == "support"
    assert statuses["ES"] == "considering"
    assert statuses["CZ"] == "declined"
    assert statuses["BR"] == "none"
