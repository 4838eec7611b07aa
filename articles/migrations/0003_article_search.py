"""A GIN index for the article list's full-text search, on PostgreSQL only.

The index is built from the same expression as ``articles.search.SEARCH_VECTOR``, so that
PostgreSQL answers ``to_tsvector(...) @@ query`` from it. SQLite has neither GIN nor
``to_tsvector`` (it searches with a plain substring match instead), so the index lives outside
the models' state: ``Meta.indexes`` would make SQLite try to build it.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX = GinIndex(SearchVector("title", "body", config="english"), name="article_search")


def add_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("articles", "Article"), INDEX)


def remove_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("articles", "Article"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_initial")]

    operations = [migrations.RunPython(add_search_index, remove_search_index)]
