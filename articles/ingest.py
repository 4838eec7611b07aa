"""Saving uploaded articles and turning them into evidence and suggested pledges.

``submit`` saves an article and queues its ingestion once the transaction commits;
``ingest`` is the work itself, which the Celery task wraps and tests call directly.
"""

import datetime as dt
import logging
from dataclasses import dataclass

from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from articles.extraction import EXTRACTOR_VERSION, Gazetteer, extract
from articles.models import Article, Evidence, content_hash
from coalition.models import Alias, Meeting, Nation, Pledge
from coalition.reference.nations import AliasRecord, capitals

logger = logging.getLogger(__name__)


class DuplicateArticle(Exception):
    def __init__(self, existing):
        super().__init__(f"This article is already here: {existing.title}")
        self.existing = existing


def find_duplicate(body, url=""):
    """The stored article with the same text or URL, if any (one query)."""
    match = Q(content_hash=content_hash(body))
    if url:
        match |= Q(url=url)
    return Article.objects.filter(match).first()


def submit(source, *, user=None):
    """Save an article from a ``sources.Source`` and queue its ingestion; refuse duplicates."""
    existing = find_duplicate(source.body, source.url)
    if existing:
        raise DuplicateArticle(existing)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=source.title[:300] or "Untitled",
                url=source.url,
                outlet=source.outlet[:200],
                published_on=source.published_on,
                language=(source.language or "en")[:8],
                body=source.body,
                uploaded_by=user,
            )
            queue(article)
    except IntegrityError:
        # Another upload of the same article won the race.
        raise DuplicateArticle(find_duplicate(source.body, source.url)) from None
    return article


def queue(article):
    from articles.tasks import ingest_article

    transaction.on_commit(lambda: ingest_article.delay(article.pk))


def retry(article):
    """Put a failed article back in the queue; returns whether it was failed."""
    with transaction.atomic():
        claimed = Article.objects.filter(pk=article.pk, state=Article.State.FAILED).update(
            state=Article.State.PENDING, error="", started_at=None, finished_at=None
        )
        if claimed:
            queue(article)
    return bool(claimed)


def reingest(article):
    """Queue a done or failed article again, e.g. after its aliases improved."""
    with transaction.atomic():
        claimed = (
            Article.objects.filter(pk=article.pk)
            .exclude(body="")
            .filter(state__in=[Article.State.DONE, Article.State.FAILED])
            .update(state=Article.State.PENDING, error="")
        )
        if claimed:
            queue(article)
    return bool(claimed)


# ------------------------------------------------------------------ the work


def ingest(article_id):
    """Extract an article and record what it says; safe to run again for the same article.

    Claims the article with a conditional update, so a second delivery of the same task
    does nothing. Returns True when this call did the work.
    """
    claimed = Article.objects.filter(pk=article_id, state=Article.State.PENDING).update(
        state=Article.State.PROCESSING, started_at=timezone.now(), error=""
    )
    if claimed != 1:
        return False
    article = Article.objects.get(pk=article_id)
    try:
        findings = extract(article.body, article.published_on, gazetteer())
        with transaction.atomic():
            record(article, findings)
            Article.objects.filter(pk=article.pk).update(state=Article.State.DONE, finished_at=timezone.now())
    except (OperationalError, InterfaceError):
        # The database hiccuped: hand the article back so the task's retry can claim it.
        Article.objects.filter(pk=article.pk).update(state=Article.State.PENDING)
        raise
    except Exception as exc:
        logger.exception("Ingesting article %s failed", article_id)
        Article.objects.filter(pk=article.pk).update(
            state=Article.State.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000], finished_at=timezone.now()
        )
        raise
    return True


def record(article, findings):
    """Replace this article's machine-made evidence and suggestions with ``findings``.

    Confirmed and rejected pledges are never touched, and a suggestion a curator rejected
    for this article is not made again.
    """
    _forget_machine_output(article)
    nations = {n.code: n for n in Nation.objects.filter(code__in=_codes(findings))}
    # What a curator already decided for this article: confirmed, rejected, or merged (whose
    # evidence moved to the pledge it was merged into).
    # Two queries: OR-ing the two joins makes PostgreSQL scan all evidence.
    key = ("nation__code", "category", "status")
    reviewed = set(
        Pledge.objects.filter(evidence__article=article).exclude(review=Pledge.Review.SUGGESTED).values_list(*key)
    )
    reviewed |= set(
        Pledge.objects.filter(review=Pledge.Review.MERGED, merged_into__evidence__article=article).values_list(*key)
    )
    evidence = []
    seen_mentions = set()
    for mention in findings.mentions:
        key = (mention.code, mention.sentence_start)
        if mention.code in nations and key not in seen_mentions:
            seen_mentions.add(key)
            evidence.append(
                _evidence(article, mention.sentence_start, mention.sentence_end, nation=nations[mention.code])
            )

    meetings = _match_meetings(findings.meetings)
    for finding, meeting in meetings:
        evidence.append(_evidence(article, finding.start, finding.end, meeting=meeting))

    suggested = {}
    for finding in findings.pledges:
        key = (finding.nation, finding.category, finding.status)
        if finding.nation not in nations or key in reviewed:
            continue
        if key not in suggested:
            suggested[key] = Pledge.objects.create(
                nation=nations[finding.nation],
                category=finding.category,
                status=finding.status,
                conditions=finding.conditions[:2000],
                needs_us_backstop=finding.needs_us_backstop,
                needs_parliament=finding.needs_parliament,
                after_ceasefire=finding.after_ceasefire,
                location=finding.location,
                quantity=finding.quantity,
                unit=finding.unit[:40] if finding.quantity is not None else "",
                amount=finding.amount,
                currency=finding.currency if finding.amount is not None else "",
                announced_on=article.published_on,
                meeting=_meeting_of(finding, meetings),
                review=Pledge.Review.SUGGESTED,
            )
        evidence.append(_evidence(article, finding.start, finding.end, pledge=suggested[key]))
    Evidence.objects.bulk_create(evidence)


def _forget_machine_output(article):
    machine = Evidence.objects.filter(article=article).exclude(extractor_version="")
    # Suggestions backed only by this article go with its evidence; a suggestion that
    # other articles support too keeps their evidence.
    suggestions = list(Pledge.objects.suggested().filter(evidence__in=machine).values_list("pk", flat=True))
    machine.filter(Q(pledge__isnull=True) | Q(pledge__review=Pledge.Review.SUGGESTED)).delete()
    Pledge.objects.filter(pk__in=suggestions, evidence__isnull=True).delete()


def _evidence(article, start, end, **target):
    return Evidence(
        article=article,
        sentence=article.body[start:end],
        start=start,
        end=end,
        extractor_version=EXTRACTOR_VERSION,
        **target,
    )


def _codes(findings):
    return {m.code for m in findings.mentions} | {p.nation for p in findings.pledges}


def _match_meetings(found):
    """Pair each meeting finding with a known Meeting of the same place within a day."""
    dated = [(m, dt.date.fromisoformat(m.date)) for m in found if m.date]
    if not dated:
        return []
    window = Q()
    for _, day in dated:
        window |= Q(date__range=(day - dt.timedelta(days=1), day + dt.timedelta(days=1)))
    known = list(Meeting.objects.filter(window))
    pairs = []
    for finding, day in dated:
        city = "" if finding.city.casefold() == "virtual" else finding.city.casefold()
        for meeting in known:
            if meeting.city.casefold() == city and abs((meeting.date - day).days) <= 1:
                pairs.append((finding, meeting))
                break
    return pairs


def _meeting_of(pledge, meetings):
    """The known meeting reported in the same sentence as the pledge, if any."""
    for finding, meeting in meetings:
        if finding.start <= pledge.start < finding.end or pledge.start <= finding.start < pledge.end:
            return meeting
    return None


@dataclass(frozen=True)
class _Signature:
    count: int
    last_id: int | None


_cache = {}


def gazetteer():
    """The gazetteer built from the aliases in the database.

    Rebuilt when aliases are added or removed (one aggregate query per call); an alias
    edited in place is picked up when the worker restarts.
    """
    stats = Alias.objects.aggregate(count=Count("id"), last_id=Max("id"))
    signature = _Signature(stats["count"], stats["last_id"])
    if _cache.get("signature") != signature:
        records = [
            AliasRecord(code, text, kind, role, valid_from, valid_to)
            for code, text, kind, role, valid_from, valid_to in Alias.objects.values_list(
                "nation__code", "text", "kind", "role", "valid_from", "valid_to"
            )
        ]
        kinds = dict(Nation.objects.values_list("code", "kind"))
        _cache.update(signature=signature, gazetteer=Gazetteer.from_records(records, kinds, capitals()))
    return _cache["gazetteer"]
