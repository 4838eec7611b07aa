import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import sources
from articles.extraction import extract
from articles.extraction.gazetteer import Gazetteer


class Command(BaseCommand):
    help = (
        "Print what the extractor finds in one article file, as the JSON of the extraction guide. "
        "Writes nothing and reads no database: aliases come from the reference data files."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="Print JSON (the only format).")
        parser.add_argument("--published", type=dt.date.fromisoformat, help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--url", default=None)

    def handle(self, *args, file, published, url, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None
        try:
            source = sources.from_bytes(data, file.name, max(len(data), 1))
        except sources.UnusableSource as error:
            raise CommandError(str(error)) from None
        published = published or source.published_on
        findings = extract(source.body, published, Gazetteer.from_reference())
        json.dump(findings.to_guide_json(url=url or source.url or None, published=published), sys.stdout, indent=1)
        sys.stdout.write("\n")
