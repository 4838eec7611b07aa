import datetime as dt

import pytest

from articles import sources
from articles.sources import UnusableSource

LIMIT = 2 * 1024 * 1024
PARAGRAPH = (
    "French President Emmanuel Macron said on Thursday that 26 countries had formally committed "
    "to deploy troops to Ukraine or to be present on land, at sea or in the air once a ceasefire holds. "
)

PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>Allies commit to force</title>
<meta property="og:url" content="https://news.example.org/allies">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-09-05T08:00:00Z">
<script>window.tracker = 1;</script><style>p {{ color: red }}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Allies commit to force</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>
<p onclick="steal()">The United Kingdom and France lead the coalition.<script>alert(1)</script></p></article>
<footer>Copyright</footer></body></html>"""


def test_plain_text_keeps_its_words_and_takes_the_first_line_as_title():
    source = sources.from_text("Allies meet in Paris\r\n\r\n\r\n\r\nMacron  hosted   leaders.\x07")
    assert source.title == "Allies meet in Paris"
    assert source.body == "Allies meet in Paris\n\nMacron hosted leaders."


def test_html_is_reduced_to_article_text_and_metadata():
    source = sources.from_bytes(PAGE.encode(), "allies.html", LIMIT)
    assert "26 countries had formally committed" in source.body
    assert "The United Kingdom and France lead the coalition." in source.body
    for chrome in ("<", "alert(1)", "window.tracker", "color: red", "Copyright", "World"):
        assert chrome not in source.body
    assert source.title == "Allies commit to force"
    assert source.url == "https://news.example.org/allies"
    assert source.outlet == "Example News"
    assert source.published_on == dt.date(2025, 9, 5)


def test_pasted_html_is_treated_as_a_page():
    source = sources.from_text(PAGE, max_bytes=LIMIT)
    assert "<script>" not in source.body and "alert(1)" not in source.body


def test_html_in_a_declared_legacy_encoding_is_decoded():
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Macron", "Macrón")
    source = sources.from_bytes(page.encode("cp1252"), "legacy.html", LIMIT)
    assert "Macrón" in source.body


def test_utf8_bom_and_utf16_text_files_are_read():
    assert (
        sources.from_bytes("\ufeffKyiv welcomes the pledge.".encode(), "a.txt", LIMIT).body
        == "Kyiv welcomes the pledge."
    )
    assert sources.from_bytes("Kyiv welcomes it.".encode("utf-16"), "b.txt", LIMIT).body == "Kyiv welcomes it."


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.txt", "empty.txt is empty."),
        (b"  \n\t \n", "blank.md", "blank.md is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt", "image.txt is a binary file, not text."),
        ("Cr\u00e8me br\u00fbl\u00e9e".encode("latin-1"), "latin.txt", "latin.txt is not UTF-8 text."),
        (b"%PDF-1.7", "report.pdf", "report.pdf: only .txt, .md and .html files are accepted."),
        (
            b"<html><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav></body></html>",
            "nav.html",
            "nav.html has no article text",
        ),
        (b"<html><body><div><p>Short", "broken.html", "broken.html has no article text"),
    ],
)
def test_unusable_files_are_refused_with_a_clear_message(data, name, message):
    with pytest.raises(UnusableSource) as refusal:
        sources.from_bytes(data, name, LIMIT)
    assert str(refusal.value).startswith(message)


def test_a_file_over_the_size_limit_is_refused():
    with pytest.raises(UnusableSource, match=r"big.txt is 2\.0 MB; the limit is 1\.0 MB"):
        sources.from_bytes(b"a" * (2 * 1024 * 1024), "big.txt", 1024 * 1024)


def test_malformed_html_still_yields_its_text():
    broken = (
        f"<html><body><article><p>{PARAGRAPH}<p>Britain will lead the force with France.{PARAGRAPH}<div><b>unclosed"
    )
    source = sources.from_bytes(broken.encode(), "broken.html", LIMIT)
    assert "formally committed" in source.body and "<" not in source.body


@pytest.mark.parametrize("url", ["javascript:alert(1)", "/relative/path", "https://news.example.org/" + "a" * 1000])
def test_a_page_url_that_is_not_a_usable_web_address_is_dropped(url):
    page = PAGE.replace("https://news.example.org/allies", url)
    assert sources.from_bytes(page.encode(), "page.html", LIMIT).url == ""
