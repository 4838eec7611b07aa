from django.core.management.base import BaseCommand

from coalition.reference.load import load_reference


class Command(BaseCommand):
    help = "Load the reference dataset (nations, aliases, sources, roles, meetings, pledges). Safe to run again."

    def handle(self, *args, **options):
        created = load_reference()
        summary = ", ".join(f"{count} {name}" for name, count in created.items())
        self.stdout.write(f"Reference data loaded; new: {summary}.")
