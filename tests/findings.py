"""What the extractor reports, made by hand for tests (see the ``fake_extraction`` fixture)."""

import types


def pledge_finding(body, sentence, nation, category, status, **fields):
    """A pledge as the extractor reports it, for ``fake_extraction.findings``."""
    start = body.index(sentence)
    defaults = dict(
        conditions="",
        needs_us_backstop=False,
        needs_parliament=False,
        after_ceasefire=False,
        location="",
        quantity=None,
        unit="",
        amount=None,
        currency="",
    )
    return types.SimpleNamespace(
        nation=nation,
        category=category,
        status=status,
        start=start,
        end=start + len(sentence),
        **{**defaults, **fields},
    )


def findings(*pledges):
    return types.SimpleNamespace(mentions=[], meetings=[], pledges=list(pledges))
