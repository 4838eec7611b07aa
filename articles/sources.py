"""Turn an upload (pasted text or a file's bytes) into an article's plain text and metadata.

Plain logic: no HTTP, no Celery, no database. Every refusal is an ``UnusableSource`` whose
message can be shown to the person who uploaded it.
"""

import codecs
import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

import nh3
import trafilatura

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ACCEPTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
# An article needs at least a sentence or two; less from an HTML page means it was all chrome.
MIN_HTML_TEXT_CHARS = 200

_HTML_DOCUMENT = re.compile(r"<(?:!doctype|html|head|body|article|main)\b", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnusableSource(ValueError):
    """The upload cannot become an article; the message says why, for the uploader."""


@dataclass
class Source:
    body: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published_on: dt.date | None = None
    language: str = ""


def from_bytes(data, filename, max_bytes):
    """A file's bytes: .txt/.md as text, .html as a page whose article text is extracted."""
    name = PurePath(filename).name or "the file"
    suffix = PurePath(filename).suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        raise UnusableSource(f"{name}: only .txt, .md and .html files are accepted.")
    _check_size(len(data), max_bytes, name)
    if not data.strip():
        raise UnusableSource(f"{name} is empty.")
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnusableSource(f"{name} is a binary file, not text.")
    text = _decode(data, name, html_page=suffix in HTML_SUFFIXES)
    if suffix in HTML_SUFFIXES:
        return from_html(text, name)
    return from_text(text, name)


def from_text(text, name="The text", max_bytes=None):
    """Pasted or plain-file text; markup in it is reduced to text."""
    if max_bytes is not None:
        _check_size(len(text.encode("utf-8")), max_bytes, name)
    if _HTML_DOCUMENT.search(text):
        return from_html(text, name)
    if _TAG.search(text):
        text = _strip_markup(text)
    body = _tidy(text)
    if not body:
        raise UnusableSource(f"{name} is empty.")
    return Source(body=body, title=_first_line(body))


def from_html(page, name="The page"):
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    text = _tidy(document.text if document and document.text else "")
    if len(text) < MIN_HTML_TEXT_CHARS:
        raise UnusableSource(f"{name} has no article text: the page seems to hold only navigation or markup.")
    text = _strip_markup(text)
    return Source(
        body=text,
        title=_tidy(document.title or "") or _first_line(text),
        url=_usable_url(document.url),
        outlet=document.sitename or "",
        published_on=_parse_date(document.date),
        language=document.language or "",
    )


def _strip_markup(text):
    # nh3 drops tags (and script and style with their content); undoing its entity escaping
    # leaves plain characters, which pages escape when they show them.
    return html.unescape(nh3.clean(text, tags=set()))


def _usable_url(value, limit=1000):
    """A page's own URL when it is a plain web address that fits the database, else none."""
    parts = urlsplit(value or "")
    return value if parts.scheme in ("http", "https") and parts.netloc and len(value) <= limit else ""


def _check_size(size, max_bytes, name):
    if size > max_bytes:
        raise UnusableSource(f"{name} is {size / 1_048_576:.1f} MB; the limit is {max_bytes / 1_048_576:.1f} MB.")


def _decode(data, name, html_page):
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096]) if html_page else None
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    raise UnusableSource(f"{name} is not UTF-8 text. Save it as UTF-8 and upload it again.")


def _tidy(text):
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _first_line(text):
    return text.split("\n", 1)[0][:300]


def _parse_date(value):
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
