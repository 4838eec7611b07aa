"""Reading the pages' HTML in tests, as a browser would see it."""

import lxml.html


def parse(response):
    assert response.status_code == 200, response.status_code
    return lxml.html.fromstring(response.content.decode())


def map_links(doc):
    """The map's country links by code: their attributes and <title> text."""
    links = {}
    for link in doc.xpath("//svg//a[@data-name]"):
        code = link.get("href").rstrip("/").rsplit("/", 1)[-1]
        links[code] = {**link.attrib, "title": link.findtext("title"), "marker": bool(link.xpath("circle"))}
    return links


def htmx_links(doc):
    """Every element that makes an htmx GET request."""
    return doc.xpath("//*[@hx-get]")
