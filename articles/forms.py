from django import forms
from django.conf import settings

from articles import sources


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ",".join(sorted(sources.ACCEPTED_SUFFIXES - {""}))})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class UploadForm(forms.Form):
    text = forms.CharField(
        label="Paste an article",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="Plain text or HTML; the first line is taken as the title unless you give one.",
    )
    files = MultipleFileField(
        label="Or upload files", required=False, help_text="Text, Markdown or HTML files; several at once."
    )
    title = forms.CharField(max_length=300, required=False)
    url = forms.URLField(label="URL", max_length=1000, required=False, assume_scheme="https")
    outlet = forms.CharField(max_length=200, required=False)
    published_on = forms.DateField(
        label="Published", required=False, widget=forms.DateInput(attrs={"type": "date"}), help_text="YYYY-MM-DD"
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("text", "").strip() and not cleaned.get("files"):
            raise forms.ValidationError("Paste some text or choose at least one file.")
        return cleaned

    def sources(self):
        """Yield ``(name, Source or UnusableSource)`` for each pasted text and file."""
        limit = settings.ARTICLE_MAX_BYTES
        metadata = {k: v for k in ("title", "url", "outlet", "published_on") if (v := self.cleaned_data.get(k))}
        items = []
        if self.cleaned_data.get("text", "").strip():
            items.append(
                ("Pasted text", lambda: sources.from_text(self.cleaned_data["text"], "The pasted text", limit))
            )
        for upload in self.cleaned_data.get("files") or ():
            items.append((upload.name, lambda f=upload: sources.from_bytes(_read(f, limit), f.name, limit)))
        for name, build in items:
            try:
                source = build()
            except sources.UnusableSource as error:
                yield name, error
                continue
            # What the person typed wins over the page's own metadata, when there is one article.
            if len(items) == 1:
                for key, value in metadata.items():
                    setattr(source, key, value)
            yield name, source


def _read(upload, limit):
    if upload.size > limit:
        raise sources.UnusableSource(
            f"{upload.name} is {upload.size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.1f} MB."
        )
    return upload.read()
