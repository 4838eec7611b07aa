"""Load the reference dataset into the database.

Loading adds what is missing and leaves what exists alone, so running it twice changes
nothing and a curator's later edits survive a reload.
"""

import tomllib
from pathlib import Path

from django.db import transaction

from articles.models import Article, Evidence
from coalition.models import Alias, Attendance, Meeting, Nation, Pledge
from coalition.reference import nations as reference

DATA_FILE = Path(__file__).with_name("coalition.toml")

_LEVELS = {
    "heads": Attendance.Level.HEAD,
    "ministers": Attendance.Level.MINISTER,
    "officials": Attendance.Level.OFFICIAL,
}
_PLEDGE_FIELDS = (
    "status",
    "summary",
    "conditions",
    "location",
    "quantity",
    "unit",
    "needs_us_backstop",
    "needs_parliament",
    "after_ceasefire",
)


def read_data(path=DATA_FILE):
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))


@transaction.atomic
def load_reference(data=None):
    """Load nations, aliases, sources, roles, meetings and pledges; return what was created."""
    data = data if data is not None else read_data()
    created = {}
    created["nations"] = _load_nations()
    nations = {n.code: n for n in Nation.objects.all()}
    created["aliases"] = _load_aliases(nations)
    sources, created["sources"] = _load_sources(data["sources"])
    created["roles"] = _load_roles(data["roles"], nations, sources)
    meetings, created["meetings"] = _load_meetings(data["meetings"], nations, sources)
    created["pledges"] = _load_pledges(data["pledges"], nations, sources, meetings)
    return created


def _insert_missing(model, rows):
    before = model.objects.count()
    model.objects.bulk_create(rows, ignore_conflicts=True)
    return model.objects.count() - before


def _load_nations():
    rows = [Nation(code=r.code, name=r.name, official_name=r.official_name, kind=r.kind) for r in reference.nations()]
    return _insert_missing(Nation, rows)


def _load_aliases(nations):
    rows = [
        Alias(
            nation=nations[r.code],
            text=r.text,
            kind=r.kind,
            role=r.role,
            valid_from=r.valid_from,
            valid_to=r.valid_to,
        )
        for r in reference.aliases()
    ]
    return _insert_missing(Alias, rows)


def _load_sources(entries):
    sources, count = {}, 0
    for key, entry in entries.items():
        article, created = Article.objects.get_or_create(
            url=entry["url"],
            defaults={
                "title": entry["title"],
                "outlet": entry.get("outlet", ""),
                "published_on": entry.get("published"),
                "language": entry.get("language", "en"),
                # A source without text has nothing to ingest.
                "state": Article.State.DONE,
            },
        )
        sources[key] = article
        count += created
    return sources, count


def _load_roles(entries, nations, sources):
    count = 0
    for entry in entries:
        for code in entry["nations"]:
            count += Nation.objects.filter(pk=nations[code].pk, role="").update(
                role=entry["role"], role_since=entry.get("since"), role_source=sources[entry["source"]]
            )
    return count


def _load_meetings(entries, nations, sources):
    meetings, count = {}, 0
    for entry in entries:
        meeting, created = Meeting.objects.get_or_create(
            date=entry["date"],
            city=entry.get("city", ""),
            format=entry["format"],
            defaults={"title": entry["title"], "outcome": entry.get("outcome", "")},
        )
        meetings[entry["key"]] = meeting
        if not created:
            continue
        count += 1
        meeting.hosts.set([nations[code] for code in entry.get("hosts", ())])
        meeting.sources.set([sources[key] for key in entry["sources"]])
        Attendance.objects.bulk_create(
            Attendance(meeting=meeting, nation=nations[code], level=level)
            for field, level in _LEVELS.items()
            for code in entry.get(field, ())
        )
    return meetings, count


def _load_pledges(entries, nations, sources, meetings):
    count = 0
    for entry in entries:
        pledge, created = Pledge.objects.get_or_create(
            reference_key=entry["key"],
            defaults={
                "nation": nations[entry["nation"]],
                "category": entry["category"],
                "announced_on": entry.get("announced"),
                "meeting": meetings.get(entry.get("meeting")),
                "review": Pledge.Review.CONFIRMED,
                **{field: entry[field] for field in _PLEDGE_FIELDS if field in entry},
            },
        )
        if created:
            count += 1
            Evidence.objects.bulk_create(Evidence(article=sources[key], pledge=pledge) for key in entry["sources"])
    return count
