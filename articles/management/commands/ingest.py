import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles import ingest, sources


class Command(BaseCommand):
    help = "Upload article files (.txt, .md, .html) and folders of them, as the upload page does."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--no-progress", action="store_true", help="Do not draw a progress bar.")

    def handle(self, *args, paths, no_progress, **options):
        files = sorted(self._files(paths))
        if not files:
            raise CommandError("No .txt, .md or .html files found.")
        saved = duplicates = refused = 0
        for path in tqdm(files, unit="file", disable=no_progress or None, file=sys.stderr):
            try:
                source = sources.from_bytes(path.read_bytes(), path.name, settings.ARTICLE_MAX_BYTES)
                ingest.submit(source)
                saved += 1
            except sources.UnusableSource as error:
                refused += 1
                tqdm.write(f"refused {path}: {error}", file=sys.stderr)
            except ingest.DuplicateArticle as duplicate:
                duplicates += 1
                tqdm.write(f"duplicate {path}: already article {duplicate.existing.pk}", file=sys.stderr)
        self.stdout.write(f"{saved} saved and queued, {duplicates} duplicates, {refused} refused.")

    def _files(self, paths):
        for path in paths:
            if path.is_dir():
                yield from (
                    p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in sources.ACCEPTED_SUFFIXES - {""}
                )
            elif path.is_file():
                yield path
            else:
                raise CommandError(f"{path} does not exist.")
