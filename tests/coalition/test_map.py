"""The home page's map, its filters and its accessible alternative, the table of nations."""

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coalition import geography
from coalition.models import Nation, Pledge
from coalition.reference.load import read_data
from tests.factories import EvidenceFactory, NationFactory, PledgeFactory
from tests.html import htmx_links, map_links, parse

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
CODES = ["FR", "GB", "DE", "PL", "IT", "ES", "NL", "SE", "FI", "EE", "LU", "MT", "US", "JP", "CA"]


def make_data(count):
    """``count`` confirmed pledges, with evidence, spread over nations and categories."""
    for i in range(count):
        nation = NationFactory(code=CODES[i % len(CODES)], role=Nation.Role.PARTICIPANT)
        category = list(Pledge.Category)[i % len(Pledge.Category)]
        status = list(Pledge.Status)[i % len(Pledge.Status)]
        EvidenceFactory(pledge=PledgeFactory(nation=nation, category=category, status=status))


def set_recorded(pledge, day):
    Pledge.objects.filter(pk=pledge.pk).update(created_at=dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC))


# ------------------------------------------------------------------ the built map data


def tiny_topology():
    """Two unit squares side by side, sharing their middle edge (arc 1), around (10°E, 50°N)."""
    return {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [9, 49]},
        "arcs": [
            [[1, 0], [-1, 0], [0, 1], [1, 0]],  # west square: bottom, left, top
            [[1, 1], [0, -1]],  # the shared edge, north to south
            [[1, 0], [1, 0], [0, 1], [-1, 0]],  # east square: bottom, right, top
        ],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "id": "250", "arcs": [[0, 1]], "properties": {"name": "France"}},
                    {"type": "Polygon", "id": "276", "arcs": [[2, ~1]], "properties": {"name": "Germany"}},
                ],
            }
        },
    }


def test_build_decodes_topojson_and_projects_each_country_into_the_panel():
    panel = geography.Panel("test", "Test", centre=(10, 50), window=(8, 48, 12, 52), frame=("FR", "DE"), width=200)
    data = geography.build(tiny_topology(), panels=[panel])
    [built] = data["panels"]
    assert set(built["countries"]) == {"FR", "DE"}
    # 2° of longitude at 50°N are about 143 km, 1° of latitude 111 km.
    assert built["width"] == 200 and 145 < built["height"] < 165
    for shape in built["countries"].values():
        assert shape["d"].startswith("M") and shape["d"].endswith("z")
    france, germany = (points(built["countries"][code]["d"]) for code in ("FR", "DE"))
    # France lies west of Germany, and they share the border at the middle.
    assert max(x for x, _ in france) == min(x for x, _ in germany)
    assert min(x for x, _ in france) < min(x for x, _ in germany)
    assert {p for p in france} & {p for p in germany}


def points(d):
    """The absolute points of path data made of "M x y l dx dy … z" pieces."""
    found = []
    for piece in d.split("M")[1:]:
        numbers = [int(n) for n in re.findall(r"-?\d+", piece)]
        x, y = numbers[0], numbers[1]
        found.append((x, y))
        for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
            x, y = x + dx, y + dy
            found.append((x, y))
    return found


def test_build_keeps_only_the_named_countries_as_links_in_an_inset():
    panel = geography.Panel(
        "inset", "Inset", centre=(10, 50), window=(8, 48, 12, 52), frame=("FR", "DE"), width=200, countries=("DE",)
    )
    [built] = geography.build(tiny_topology(), panels=[panel])["panels"]
    assert set(built["countries"]) == {"DE"}
    assert built["land"].startswith("M")


def test_numeric_codes_become_alpha_2():
    assert geography.alpha_2("250") == "FR"
    assert geography.alpha_2("036") == "AU"
    assert geography.alpha_2(None) is None


def test_committed_map_is_small_and_draws_every_participant_state():
    size = geography.MAP_FILE.stat().st_size
    assert size < 400_000
    drawn = {code for panel in geography.load()["panels"] for code in panel["countries"]}
    participants = {code for role in read_data()["roles"] for code in role["nations"]} - {"EU", "NATO"}
    assert participants <= drawn
    assert {"CA", "US", "JP", "AU", "NZ", "UA", "IS", "LU", "MT", "CY"} <= drawn


def test_small_states_get_markers():
    europe = geography.load()["panels"][0]
    marked = {code for code, shape in europe["countries"].items() if "marker" in shape}
    assert {"LU", "MT", "AD", "MC", "SM", "VA", "LI", "CY"} <= marked
    assert not marked & {"FR", "DE", "EE", "IS"}


@pytest.mark.skipif(not geography.SOURCE.exists(), reason="world-atlas is not installed (npm ci)")
def test_committed_map_is_what_build_map_makes(tmp_path):
    from django.core.management import call_command

    output = tmp_path / "map.json"
    call_command("build_map", output=output, stdout=io.StringIO())
    assert json.loads(output.read_text()) == json.loads(Path(geography.MAP_FILE).read_text())


# ------------------------------------------------------------------ the map page


def test_each_country_is_a_link_coloured_by_its_status(client):
    PledgeFactory(nation=NationFactory(code="LT", name="Lithuania"), category="troops", status="pledged")
    PledgeFactory(nation=NationFactory(code="CZ", name="Czechia"), category="troops", status="declined")
    PledgeFactory(nation=NationFactory(code="US", name="United States"), category="security_guarantee")
    # A suggestion is not yet a fact.
    PledgeFactory(nation=NationFactory(code="ES", name="Spain"), review=Pledge.Review.SUGGESTED)
    links = map_links(parse(client.get("/")))
    assert "status-troops" in links["LT"]["class"]
    assert "status-declined" in links["CZ"]["class"]
    assert "status-backstop" in links["US"]["class"]
    assert "status-none" in links["ES"]["class"]
    assert links["LT"]["title"] == "Lithuania: troops pledged"
    assert links["LT"]["data-status"] == "troops pledged"


def test_country_links_load_the_panel_with_htmx_and_open_the_page_without(client):
    NationFactory(code="LT", name="Lithuania")
    link = map_links(parse(client.get("/")))["LT"]
    assert link["href"] == link["hx-get"] == "/nations/LT/"
    assert link["hx-target"] == "#panel" and link["hx-push-url"] == "true"
    # Its accessible name is the country's name alone.
    assert link["aria-label"] == "Lithuania"


def test_every_htmx_link_on_the_map_page_has_an_href(client):
    make_data(15)
    doc = parse(client.get("/"))
    elements = htmx_links(doc)
    assert len(elements) >= 10
    for element in elements:
        if element.tag == "form":
            assert element.get("method") == "get" and element.get("action") == element.get("hx-get")
        else:
            assert element.get("href") == element.get("hx-get")


def test_small_states_are_drawn_last_with_a_marker(client):
    for code, name in [("LU", "Luxembourg"), ("MT", "Malta"), ("FR", "France"), ("DE", "Germany")]:
        NationFactory(code=code, name=name)
    doc = parse(client.get("/"))
    links = map_links(doc)
    assert links["LU"]["marker"] and links["MT"]["marker"] and not links["FR"]["marker"]
    order = [a.get("aria-label") for a in doc.xpath("//figure[contains(@class, 'map-europe')]//a")]
    assert order.index("Luxembourg") > order.index("Germany")


def test_territories_and_unlisted_areas_are_plain_land(client):
    NationFactory(code="DK", name="Denmark")
    links = map_links(parse(client.get("/")))
    assert "DK" in links
    assert "FO" not in links  # the Faroe Islands: a territory, not a nation here


def test_participants_beyond_europe_are_drawn_in_insets(client):
    for code in ["CA", "US", "JP", "AU", "NZ"]:
        NationFactory(code=code)
    doc = parse(client.get("/"))
    inset_links = doc.xpath("//div[@class='insets']//a/@href")
    assert sorted(inset_links) == sorted(f"/nations/{c}/" for c in ["CA", "US", "JP", "AU", "NZ"])


def test_legend_counts_nations_by_status(client):
    PledgeFactory(nation=NationFactory(code="LT"), category="troops")
    PledgeFactory(nation=NationFactory(code="EE"), category="troops")
    PledgeFactory(nation=NationFactory(code="PL"), category="logistics")
    NationFactory(code="HU")
    legend = [" ".join(li.text_content().split()) for li in parse(client.get("/")).xpath("//ul[@class='legend']/li")]
    assert "Troops pledged 2" in legend
    assert "Support without troops 1" in legend
    assert "No known pledge 1" in legend


def test_organisations_are_listed_beside_the_map(client):
    NationFactory(code="EU", name="European Union", kind=Nation.Kind.ORGANISATION, role=Nation.Role.PARTICIPANT)
    doc = parse(client.get("/"))
    assert doc.xpath("//ul[@class='elsewhere']//a[@href='/nations/EU/']")
    assert "EU" not in map_links(doc)


def test_category_filter_derives_status_from_that_category_only(client):
    poland = NationFactory(code="PL", name="Poland")
    PledgeFactory(nation=poland, category="troops", status="declined")
    PledgeFactory(nation=poland, category="logistics", status="pledged")
    assert "status-support" in map_links(parse(client.get("/")))["PL"]["class"]
    doc = parse(client.get("/", {"category": "troops"}))
    assert "status-declined" in map_links(doc)["PL"]["class"]
    assert doc.xpath("string(//h2[@id='map-heading'])") == "Troops only"
    assert "status-none" in map_links(parse(client.get("/", {"category": "air_defense"})))["PL"]["class"]


def test_as_of_shows_the_map_as_it_stood_that_day(client):
    estonia = NationFactory(code="EE", name="Estonia")
    PledgeFactory(nation=estonia, category="troops", announced_on=dt.date(2025, 5, 1))
    undated = PledgeFactory(nation=NationFactory(code="LT", name="Lithuania"), category="troops")
    set_recorded(undated, dt.date(2025, 7, 1))

    def status(code, day):
        return map_links(parse(client.get("/", {"as_of": day})))[code]["class"].split()[-1]

    assert status("EE", "2025-04-30") == "status-none"
    assert status("EE", "2025-05-01") == "status-troops"
    # Without an announced date, a pledge counts from the day it was recorded.
    assert status("LT", "2025-06-30") == "status-none"
    assert status("LT", "2025-07-01") == "status-troops"


def test_as_of_counts_membership_from_the_day_a_nation_joined(client):
    canada = NationFactory(code="CA", role=Nation.Role.PARTICIPANT, role_since=dt.date(2025, 3, 2))
    PledgeFactory(nation=canada, category="security_guarantee", announced_on=dt.date(2025, 1, 10))
    assert map_links(parse(client.get("/", {"as_of": "2025-02-01"})))["CA"]["class"].endswith("status-backstop")
    assert map_links(parse(client.get("/")))["CA"]["class"].endswith("status-support")


def test_an_invalid_filter_is_reported_and_ignored(client):
    PledgeFactory(nation=NationFactory(code="LT"), category="troops")
    response = client.get("/", {"as_of": "yesterday", "category": "troops"})
    doc = parse(response)
    assert "Enter a valid date" in doc.xpath("string(//div[@class='errors'])")
    assert doc.xpath("string(//h2[@id='map-heading'])") == "Troops only"
    assert map_links(doc)["LT"]["class"].endswith("status-troops")


def test_filter_form_submits_with_get_and_keeps_its_values(client):
    doc = parse(client.get("/", {"category": "air", "as_of": "2025-09-04"}))
    [form] = doc.xpath("//form[contains(@class, 'filters')]")
    assert form.get("method") == "get" and form.get("action") == "/"
    assert form.get("hx-target") == "#map" and form.get("hx-push-url") == "true"
    assert form.xpath("string(.//select[@name='category']/option[@selected]/@value)") == "air"
    assert form.xpath("string(.//input[@name='as_of']/@value)") == "2025-09-04"


def test_htmx_filter_gets_only_the_map_and_pushes_a_clean_url(client):
    PledgeFactory(nation=NationFactory(code="LT"), category="troops")
    response = client.get("/", {"category": "troops", "as_of": ""}, **HX)
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="map"')
    assert "<html" not in html and "<form" not in html
    assert response["HX-Push-Url"] == "/?category=troops"
    assert "HX-Request" in response["Vary"]


def test_a_history_restore_gets_the_whole_page(client):
    response = client.get("/", {"category": "troops"}, HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HX)
    assert "<html" in response.content.decode()


def test_map_page_runs_the_same_queries_with_little_and_much_data(client, django_assert_num_queries):
    make_data(10)
    with CaptureQueriesContext(connection) as small:
        parse(client.get("/", {"category": "troops", "as_of": "2026-01-01"}))
    make_data(150)
    with django_assert_num_queries(len(small)):
        client.get("/", {"category": "troops", "as_of": "2026-01-01"})


def test_map_fragment_runs_the_same_queries_with_little_and_much_data(client, django_assert_num_queries):
    make_data(10)
    with CaptureQueriesContext(connection) as small:
        client.get("/", {"category": "air"}, **HX)
    make_data(150)
    with django_assert_num_queries(len(small)):
        client.get("/", {"category": "air"}, **HX)


def test_nav_links_to_every_public_page(client):
    doc = parse(client.get("/"))
    nav = {a.text_content(): a.get("href") for a in doc.xpath("//nav[@aria-label='Main']//a")}
    assert {"Map": "/", "Table": "/table/", "Meetings": "/meetings/", "Articles": "/articles/"}.items() <= nav.items()
    assert doc.xpath("//nav//a[@aria-current='page']/text()") == ["Map"]


# ------------------------------------------------------------------ the table


def table(doc):
    """Header labels, and rows as {column label: cell text}, as a screen reader reads them."""
    for hidden in doc.xpath("//table//*[@aria-hidden='true']"):
        hidden.drop_tree()
    headers = [" ".join(th.text_content().split()) for th in doc.xpath("//thead//th")]
    rows = []
    for tr in doc.xpath("//tbody/tr"):
        cells = [" ".join(cell.text_content().split()) for cell in tr.xpath("th|td")]
        rows.append(dict(zip(headers, cells, strict=True)))
    return headers, rows


def test_table_shows_each_nations_status_by_category(client):
    poland = NationFactory(code="PL", name="Poland", role=Nation.Role.PARTICIPANT)
    PledgeFactory(nation=poland, category="troops", status="declined")
    PledgeFactory(nation=poland, category="logistics", status="pledged")
    PledgeFactory(nation=NationFactory(code="US", name="United States"), category="security_guarantee")
    NationFactory(code="HU", name="Hungary")  # neither a participant nor a pledger
    headers, rows = table(parse(client.get("/table/")))
    assert headers[:4] == ["Nation", "On the map", "Troops", "Air"]
    by_name = {row["Nation"]: row for row in rows}
    assert set(by_name) == {"Poland", "United States"}
    assert by_name["Poland"]["Troops"] == "declined"
    assert by_name["Poland"]["Logistics"] == "pledged"
    assert by_name["Poland"]["On the map"] == "support without troops"
    assert by_name["Poland"]["Air"] == "none"
    assert by_name["United States"]["Security guarantee"] == "pledged"


def test_table_sorts_on_the_server_with_aria_sort(client):
    for code, name, category, status in [
        ("PL", "Poland", "logistics", "pledged"),
        ("LT", "Lithuania", "troops", "pledged"),
        ("CZ", "Czechia", "troops", "declined"),
    ]:
        PledgeFactory(nation=NationFactory(code=code, name=name), category=category, status=status)

    def names(**params):
        doc = parse(client.get("/table/", params))
        return [row["Nation"] for row in table(doc)[1]], doc

    by_status, doc = names()
    assert by_status == ["Lithuania", "Poland", "Czechia"]
    assert doc.xpath("//th[@aria-sort]/@aria-sort") == ["ascending"]
    assert doc.xpath("string(//th[@aria-sort]//a/@href)") == "?sort=-status"
    by_name, doc = names(sort="name")
    assert by_name == ["Czechia", "Lithuania", "Poland"]
    assert names(sort="-name")[0] == ["Poland", "Lithuania", "Czechia"]
    assert names(sort="troops")[0] == ["Lithuania", "Czechia", "Poland"]
    desc, doc = names(sort="-troops")
    assert desc[0] == "Poland"
    assert doc.xpath("//th[@aria-sort]/@aria-sort") == ["descending"]
    # Unknown columns fall back to the default order.
    assert names(sort="bogus")[0] == by_status


def test_table_as_of_keeps_to_that_day(client):
    PledgeFactory(nation=NationFactory(code="EE", name="Estonia"), announced_on=dt.date(2025, 5, 1))
    rows = table(parse(client.get("/table/", {"as_of": "2025-04-01", "sort": "name"})))[1]
    assert rows[0]["Troops"] == "none"
    doc = parse(client.get("/table/", {"as_of": "2025-06-01"}))
    assert table(doc)[1][0]["Troops"] == "pledged"
    assert "as_of=2025-06-01" in doc.xpath("string(//thead//th[1]//a/@href)")


def test_table_runs_the_same_queries_with_little_and_much_data(client, django_assert_num_queries):
    make_data(10)
    with CaptureQueriesContext(connection) as small:
        parse(client.get("/table/", {"sort": "-troops"}))
    make_data(150)
    with django_assert_num_queries(len(small)):
        client.get("/table/", {"sort": "-troops"})


def test_known_on_is_the_announced_date_or_the_day_recorded():
    pledge = PledgeFactory(announced_on=dt.date(2025, 3, 2))
    assert pledge.known_on == dt.date(2025, 3, 2)
    undated = PledgeFactory(nation=NationFactory(code="LT"))
    assert undated.known_on == timezone.localdate()


def test_the_map_as_of_a_day_follows_the_recorded_history(client, curator):
    import datetime as dt

    from coalition import history
    from tests.factories import NationFactory, PledgeFactory

    pledge = PledgeFactory(
        nation=NationFactory(code="ES", name="Spain"), status="considering", announced_on=dt.date(2025, 3, 1)
    )
    before = history.snapshot(pledge)
    pledge.status = "pledged"
    history.track(pledge, before, user=curator, on=dt.date(2026, 1, 8))

    def spain_status(as_of):
        html = client.get("/", {"as_of": as_of}).content.decode()
        title = html[html.index('aria-label="Spain"') :]
        return title[: title.index("</title>")]

    assert "considering" in spain_status("2025-06-01")
    assert "troops pledged" in spain_status("2026-02-01")
