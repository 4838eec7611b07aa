import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse


def content_hash(text):
    """Hash of the text with whitespace collapsed, so a re-pasted copy is still a duplicate."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class Article(models.Model):
    class State(models.TextChoices):
        PENDING = "pending"
        PROCESSING = "processing"
        DONE = "done"
        FAILED = "failed"

    title = models.CharField(max_length=300)
    url = models.URLField("URL", max_length=1000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True, default="en")
    body = models.TextField(blank=True, help_text="Plain text. Reference sources have none.")
    content_hash = models.CharField(max_length=64, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField(max_length=10, choices=State, default=State.PENDING)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_on", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="article_unique_url",
                violation_error_message="An article with this URL is already here.",
            ),
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=~Q(content_hash=""),
                name="article_unique_content",
                violation_error_message="An article with the same text is already here.",
            ),
            models.CheckConstraint(
                name="article_hash_matches_body",
                condition=(Q(body="") & Q(content_hash="")) | (~Q(body="") & ~Q(content_hash="")),
            ),
        ]
        indexes = [
            # The upload page and the worker's queue: articles by state, newest first.
            models.Index(fields=["state", "-created_at"], name="article_state_created"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self._set_hash()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("article_detail", args=[self.pk])

    def clean(self):
        # Forms leave the hash out of their constraint checks (it is not editable), so say it here.
        self._set_hash()
        if self.content_hash and Article.objects.exclude(pk=self.pk).filter(content_hash=self.content_hash).exists():
            raise ValidationError({"body": "An article with the same text is already here."})

    def _set_hash(self):
        self.content_hash = content_hash(self.body) if self.body.strip() else ""
        if not self.content_hash:
            self.body = ""


class Evidence(models.Model):
    """A sentence of an article that supports a pledge, a nation's part or a meeting."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    pledge = models.ForeignKey(
        "coalition.Pledge", null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    nation = models.ForeignKey(
        "coalition.Nation", null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    meeting = models.ForeignKey(
        "coalition.Meeting", null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    sentence = models.TextField(blank=True, help_text="The article's own words; blank for a source without text.")
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Offset of the sentence in the body.")
    end = models.PositiveIntegerField(null=True, blank=True)
    extractor_version = models.CharField(
        max_length=40, blank=True, help_text="Blank when a person added it, not the extractor."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(
                name="evidence_supports_something",
                condition=Q(pledge__isnull=False) | Q(nation__isnull=False) | Q(meeting__isnull=False),
            ),
            models.CheckConstraint(
                name="evidence_offsets_ordered",
                condition=Q(start__isnull=True, end__isnull=True) | Q(start__isnull=False, end__gt=models.F("start")),
            ),
        ]

    def __str__(self):
        return self.sentence[:80] or f"{self.article}"

    @property
    def is_machine_made(self):
        return bool(self.extractor_version)
