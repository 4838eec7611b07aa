from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from coalition.reference.nations import ORGANISATIONS, iso_codes


class Nation(models.Model):
    class Kind(models.TextChoices):
        STATE = "state"
        ORGANISATION = "organisation"

    class Role(models.TextChoices):
        FOUNDER = "founder"
        PARTICIPANT = "participant"
        OBSERVER = "observer"
        NON_PARTICIPANT = "non_participant", "non-participant"

    code = models.CharField(
        max_length=4, unique=True, help_text="ISO 3166-1 alpha-2 code; EU and NATO for the two organisations."
    )
    name = models.CharField(max_length=100)
    official_name = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=12, choices=Kind, default=Kind.STATE)
    role = models.CharField(
        "part in the coalition", max_length=16, choices=Role, blank=True, help_text="Blank: not known."
    )
    role_since = models.DateField(null=True, blank=True)
    role_source = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                name="nation_code_known",
                condition=Q(kind="state", code__in=iso_codes())
                | Q(kind="organisation", code__in=sorted(ORGANISATIONS)),
            ),
            models.CheckConstraint(
                name="nation_role_since_needs_role", condition=Q(role_since__isnull=True) | ~Q(role="")
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("nation_detail", args=[self.code])

    @property
    def is_member(self):
        return self.role in (self.Role.FOUNDER, self.Role.PARTICIPANT)


class Alias(models.Model):
    """A word or phrase that names a nation in text, possibly only for a time."""

    class Kind(models.TextChoices):
        NAME = "name"
        DEMONYM = "demonym"
        PLACE = "place", "capital or seat"
        PERSON = "person", "leader or official"

    nation = models.ForeignKey(Nation, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=120)
    kind = models.CharField(max_length=8, choices=Kind)
    role = models.CharField(max_length=100, blank=True, help_text="For a person: the office held.")
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "aliases"
        ordering = ["nation__name", "kind", "text"]
        constraints = [
            # Two rules because NULLs are never equal: one undated alias, and one per start date.
            models.UniqueConstraint(
                fields=["nation", "text"], condition=Q(valid_from__isnull=True), name="alias_unique_undated"
            ),
            models.UniqueConstraint(
                fields=["nation", "text", "valid_from"],
                condition=Q(valid_from__isnull=False),
                name="alias_unique_dated",
            ),
            models.CheckConstraint(
                name="alias_dates_ordered",
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
            ),
        ]

    def __str__(self):
        return self.text


class Meeting(models.Model):
    class Format(models.TextChoices):
        IN_PERSON = "in_person", "in person"
        VIRTUAL = "virtual"
        HYBRID = "hybrid"

    title = models.CharField(max_length=200)
    date = models.DateField()
    city = models.CharField(max_length=100, blank=True, help_text="Blank for a virtual meeting.")
    format = models.CharField(max_length=10, choices=Format, default=Format.IN_PERSON)
    hosts = models.ManyToManyField(Nation, blank=True, related_name="hosted_meetings")
    participants = models.ManyToManyField(Nation, through="Attendance", related_name="meetings")
    outcome = models.TextField(blank=True)
    sources = models.ManyToManyField("articles.Article", blank=True, related_name="meetings")

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["date", "city", "format"], name="meeting_unique_date_place"),
            models.CheckConstraint(
                name="meeting_place_matches_format",
                condition=Q(format="virtual", city="") | (~Q(format="virtual") & ~Q(city="")),
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.date:%d %b %Y})"

    @property
    def place(self):
        return self.city or "virtual"


class Attendance(models.Model):
    class Level(models.TextChoices):
        HEAD = "head", "head of state or government"
        MINISTER = "minister"
        OFFICIAL = "official"
        OBSERVER = "observer"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    nation = models.ForeignKey(Nation, on_delete=models.PROTECT, related_name="attendances")
    level = models.CharField(max_length=10, choices=Level, default=Level.HEAD)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "nation"], name="attendance_once")]

    def __str__(self):
        return f"{self.nation} at {self.meeting}"


class PledgeQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(review=Pledge.Review.CONFIRMED)

    def suggested(self):
        return self.filter(review=Pledge.Review.SUGGESTED)

    def for_category(self, category):
        return self.filter(category=category)


class Pledge(models.Model):
    class Category(models.TextChoices):
        TROOPS = "troops"
        AIR = "air"
        SEA = "sea"
        AIR_DEFENSE = "air_defense", "air defence"
        INTELLIGENCE = "intelligence"
        TRAINING = "training"
        LOGISTICS = "logistics"
        FUNDING = "funding"
        EQUIPMENT = "equipment"
        SECURITY_GUARANTEE = "security_guarantee", "security guarantee"

    class Status(models.TextChoices):
        PLEDGED = "pledged"
        CONSIDERING = "considering"
        DECLINED = "declined"
        DELIVERED = "delivered"
        WITHDRAWN = "withdrawn"

    class Location(models.TextChoices):
        UKRAINE = "ukraine", "in Ukraine"
        NEIGHBOURING = "neighbouring", "neighbouring territory"
        SEA = "sea", "at sea"
        AIR = "air", "in the air"
        OUTSIDE = "outside", "outside Ukraine"

    class Review(models.TextChoices):
        SUGGESTED = "suggested", "suggested by extraction"
        CONFIRMED = "confirmed"
        REJECTED = "rejected"
        MERGED = "merged", "merged into another pledge"

    nation = models.ForeignKey(Nation, on_delete=models.PROTECT, related_name="pledges")
    category = models.CharField(max_length=20, choices=Category)
    status = models.CharField(max_length=12, choices=Status)
    summary = models.TextField(blank=True, help_text="What was pledged, in our own words.")
    conditions = models.TextField(blank=True)
    needs_us_backstop = models.BooleanField("needs a US backstop", default=False)
    needs_parliament = models.BooleanField("needs parliament", default=False)
    after_ceasefire = models.BooleanField("only after a ceasefire", default=False)
    location = models.CharField(max_length=12, choices=Location, blank=True)
    quantity = models.PositiveIntegerField(null=True, blank=True)
    unit = models.CharField(max_length=40, blank=True, help_text="troops, systems, aircraft…")
    amount = models.DecimalField(max_digits=18, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True, help_text="ISO 4217 code")
    announced_on = models.DateField(null=True, blank=True)
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="pledges")
    review = models.CharField(max_length=10, choices=Review, default=Review.SUGGESTED)
    reference_key = models.SlugField(
        max_length=60,
        blank=True,
        help_text="Set on pledges from the reference dataset, so loading it again finds them.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
        help_text="For a merged suggestion: the pledge that took its sources.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PledgeQuerySet.as_manager()

    class Meta:
        ordering = ["nation__name", "category"]
        permissions = [("review_pledge", "Can review suggested pledges and settle conflicts")]
        indexes = [
            # The map and country pages: confirmed pledges of each nation.
            models.Index(fields=["review", "nation"], name="pledge_review_nation"),
            # The category filter of the map.
            models.Index(fields=["category", "review"], name="pledge_category_review"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["reference_key"], condition=~Q(reference_key=""), name="pledge_unique_reference_key"
            ),
            models.CheckConstraint(
                name="pledge_money_has_currency",
                condition=Q(amount__isnull=True, currency="") | (Q(amount__isnull=False) & ~Q(currency="")),
            ),
            models.CheckConstraint(name="pledge_unit_has_quantity", condition=Q(unit="") | Q(quantity__isnull=False)),
            models.CheckConstraint(
                name="pledge_amount_not_negative", condition=Q(amount__gte=0) | Q(amount__isnull=True)
            ),
        ]

    def __str__(self):
        return f"{self.nation}: {self.get_category_display()} ({self.get_status_display()})"

    @property
    def known_on(self):
        """The day the pledge became known: its announced date or, without one, the day it was recorded."""
        return self.announced_on or timezone.localdate(self.created_at)

    @property
    def condition_flags(self):
        return [
            label
            for flag, label in (
                (self.needs_us_backstop, "needs a US backstop"),
                (self.needs_parliament, "needs parliament"),
                (self.after_ceasefire, "only after a ceasefire"),
            )
            if flag
        ]


class Change(models.Model):
    """One recorded change to a pledge or to a nation's part in the coalition.

    Written only by ``coalition.history.track``. ``diff`` maps each changed field to
    ``{"old": …, "new": …}`` in JSON terms (dates as ISO strings, related rows as ids).
    """

    class Action(models.TextChoices):
        CREATED = "created"
        EDITED = "edited"
        ACCEPTED = "accepted"
        REJECTED = "rejected"
        MERGED = "merged", "took the sources of a suggestion"
        MERGED_INTO = "merged_into", "merged into another pledge"
        SETTLED = "settled", "conflict settled"

    nation = models.ForeignKey(Nation, on_delete=models.CASCADE, related_name="changes")
    pledge = models.ForeignKey(Pledge, null=True, blank=True, on_delete=models.SET_NULL, related_name="changes")
    action = models.CharField(max_length=12, choices=Action)
    diff = models.JSONField(default=dict, blank=True)
    reason = models.TextField(blank=True)
    source = models.ForeignKey("articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    on = models.DateField(help_text="When the change took effect in the world, e.g. the day a pledge was announced.")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now, help_text="When it was recorded.")

    class Meta:
        ordering = ["on", "at", "id"]
        indexes = [
            # The country page's timeline: a nation's changes in date order.
            models.Index(fields=["nation", "on"], name="change_nation_on"),
        ]

    def __str__(self):
        return f"{self.nation}: {self.get_action_display()} on {self.on:%d %b %Y}"


class ConflictDecision(models.Model):
    """A curator's ruling on sources that disagree about one nation and category."""

    nation = models.ForeignKey(Nation, on_delete=models.CASCADE, related_name="conflict_decisions")
    category = models.CharField(max_length=20, choices=Pledge.Category)
    chosen = models.ForeignKey(Pledge, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-decided_at"]

    def __str__(self):
        return f"{self.nation}: {self.get_category_display()} settled"
