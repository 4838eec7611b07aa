"""An article's text as HTML with its evidence sentences marked.

Uploaded text is never trusted: every piece of it goes through ``escape`` or ``format_html``,
and only the joined result of those is marked safe.
"""

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def highlight(body, evidence):
    """``body`` as safe HTML, each evidence span ``[start, end)`` in a ``<mark>`` followed by its link.

    ``evidence`` items need ``pk``, ``start``, ``end``, ``sentence``, and ``link`` (a URL) and
    ``label`` attributes set by the caller. Spans without offsets, beyond the text, overlapping an
    earlier one, or whose text is not the recorded sentence (the body was edited since) are left
    unmarked.
    """
    spans = sorted(
        (item for item in evidence if _fits(item, body)),
        key=lambda item: (item.start, -item.end, item.pk),
    )
    parts, position = [], 0
    for item in spans:
        if item.start < position:
            continue
        parts.append(escape(body[position : item.start]))
        parts.append(
            format_html(
                '<mark id="evidence-{}">{}</mark> <a class="evidence-link" href="{}">{}</a>',
                item.pk,
                body[item.start : item.end],
                item.link,
                item.label,
            )
        )
        position = item.end
    parts.append(escape(body[position:]))
    return mark_safe("".join(parts))  # every part was escaped above


def _fits(item, body):
    if item.start is None or item.end is None or not 0 <= item.start < item.end <= len(body):
        return False
    return not item.sentence or item.sentence.split() == body[item.start : item.end].split()
