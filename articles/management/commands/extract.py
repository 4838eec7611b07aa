import datetime as dt
import json as _json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import sources
from articles.extraction import extract
from articles.extraction.gazetteer import Gazetteer


class Command(BaseCommand):
    help = (
        "Show what the extractor finds in one article file: with --json, the extraction guide's JSON; "
        "without, each finding with its sentence. Writes nothing and reads no database: aliases come "
        "from the reference data files."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="Print the guide's JSON object.")
        parser.add_argument("--published", type=dt.date.fromisoformat, help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--url", default=None)

    def handle(self, *args, file, published, url, json: bool, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None
        try:
            source = sources.from_bytes(data, file.name, max(len(data), 1))
        except sources.UnusableSource as error:
            raise CommandError(str(error)) from None
        published = published or source.published_on
        found = extract(source.body, published, Gazetteer.from_reference())
        if json:
            _json.dump(found.to_guide_json(url=url or source.url or None, published=published), sys.stdout, indent=1)
            sys.stdout.write("\n")
            return
        for m in found.mentions:
            self.stdout.write(f"mention  {m.code:<5}{m.kind:<9}{m.text!r}")
        for p in found.pledges:
            details = (("conditions", p.conditions), ("location", p.location), ("quantity", p.quantity))
            details += (("unit", p.unit), ("amount", p.amount), ("currency", p.currency))
            extra = ", ".join(f"{k}={v!r}" for k, v in details if v)
            self.stdout.write(f"pledge   {p.nation} {p.category} {p.status} {extra}\n         {p.sentence}")
        for m in found.meetings:
            self.stdout.write(f"meeting  {m.city} {m.date}\n         {m.sentence}")
