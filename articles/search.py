"""Finding articles: full-text search on PostgreSQL, a plain substring match elsewhere."""

from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q

from articles.models import Evidence
from coalition.models import Nation

# Must stay the expression of the GIN index that migration 0003_article_search builds, so that
# PostgreSQL can answer a search from the index.
SEARCH_VECTOR = SearchVector("title", "body", config="english")


# A date picker needs ISO dates, whatever the site's locale.
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ArticleSearchForm(forms.Form):
    q = forms.CharField(label="Search", required=False, max_length=200)
    nation = forms.ModelChoiceField(
        label="About",
        queryset=Nation.objects.none(),
        to_field_name="code",
        required=False,
        empty_label="any nation",
    )
    since = forms.DateField(label="Published from", required=False, widget=DATE)
    until = forms.DateField(label="to", required=False, widget=DATE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only nations some evidence is about, so that no choice leads to an empty list.
        about = Evidence.objects.filter(Q(nation=OuterRef("pk")) | Q(pledge__nation=OuterRef("pk")))
        self.fields["nation"].queryset = Nation.objects.filter(Exists(about)).order_by("name")

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", "The end of the range comes before its start.")
        return data


def search(articles, text):
    """Articles matching ``text``: ranked full-text search on PostgreSQL (websearch syntax:
    "quoted phrases", or, -word), a case-insensitive substring of title or body elsewhere."""
    if connection.vendor == "postgresql":
        query = SearchQuery(text, config="english", search_type="websearch")
        return (
            articles.annotate(search=SEARCH_VECTOR, rank=SearchRank(SEARCH_VECTOR, query))
            .filter(search=query)
            .order_by("-rank", F("published_on").desc(nulls_last=True), "-pk")
        )
    return articles.filter(Q(title__icontains=text) | Q(body__icontains=text))


def about(articles, nation):
    """Articles with evidence about ``nation``: of its part in the coalition or of one of its pledges."""
    evidence = Evidence.objects.filter(Q(nation=nation) | Q(pledge__nation=nation), article=OuterRef("pk"))
    return articles.filter(Exists(evidence))
