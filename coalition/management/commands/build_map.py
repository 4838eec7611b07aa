import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from coalition import geography


class Command(BaseCommand):
    help = (
        "Build coalition/data/map.json, the map's country outlines, from the npm package world-atlas "
        "(run `npm ci` first). The app reads only the built file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", type=Path, default=geography.SOURCE, help="A world-atlas countries TopoJSON.")
        parser.add_argument("--output", type=Path, default=geography.MAP_FILE)

    def handle(self, *args, source, output, **options):
        if not source.exists():
            raise CommandError(f"{source} is missing: run `npm ci` to install world-atlas.")
        data = geography.build(json.loads(source.read_text(encoding="utf-8")))
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        countries = sum(len(panel["countries"]) for panel in data["panels"])
        self.stdout.write(
            f"Wrote {output}: {countries} countries in {len(data['panels'])} panels, "
            f"{output.stat().st_size // 1024} KB."
        )
