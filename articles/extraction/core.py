"""extract(): an article's text in, its nations, pledges and meetings out.

Every finding keeps its sentence and the sentence's offsets in the text, so a reviewer can
check it against the article (``text[start:end] == sentence``).
"""

import datetime as dt
from dataclasses import dataclass, field

from . import lexicon, meetings
from .gazetteer import STATE, Gazetteer, Mention
from .meetings import Meeting, find_meetings
from .pledges import Pledge, find_pledges
from .scan import CueSet
from .text import Tokens

# Bump when a rule or the alias data changes what is found, so stored results can be redone.
EXTRACTOR_VERSION = "rules-7"

ORGANIZATIONS = ("EU", "NATO")

# The lexicons that are looked for in every article, scanned together in one pass.
CUES = CueSet(
    {
        "category": lexicon.CATEGORIES,
        "systems": lexicon.AIR_DEFENSE_SYSTEMS,
        "status": lexicon.STATUS,
        "coalition": lexicon.COALITION_CONTEXT,
        "theatres": lexicon.OTHER_THEATRES,
        "domestic": lexicon.DOMESTIC,
        "meeting": meetings.MEETING_WORDS,
    }
)


@dataclass(frozen=True)
class Extraction:
    mentions: list[Mention] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    published: dt.date | None = None
    version: str = EXTRACTOR_VERSION

    def nations(self) -> list[str]:
        """ISO codes of the states mentioned, sorted."""
        return sorted({m.code for m in self.mentions if m.nation_kind == STATE})

    def organizations(self) -> list[str]:
        found = {m.code for m in self.mentions if m.nation_kind != STATE}
        return [code for code in ORGANIZATIONS if code in found]

    def guide_pledges(self) -> list[dict]:
        """Pledges once per (nation, category, status), in order of first appearance."""
        seen = {}
        for p in self.pledges:
            seen.setdefault((p.nation, p.category, p.status), p)
        return [{"nation": n, "category": c, "status": s} for n, c, s in seen]

    def guide_meetings(self) -> list[dict]:
        """Meetings once per city and date, an undated one only if its city has no dated one."""
        dated = {(m.city, m.date) for m in self.meetings if m.date}
        cities_with_date = {city for city, _ in dated}
        result, seen = [], set()
        for m in self.meetings:
            key = (m.city, m.date)
            if key in seen or (m.date is None and m.city in cities_with_date):
                continue
            if m.date and _next_to_seen(m, seen):
                continue
            seen.add(key)
            result.append({"date": m.date, "city": m.city})
        return result

    def to_guide_json(self, url: str | None = None, published: dt.date | None = None) -> dict:
        """The GUIDE's JSON object for this article."""
        published = published or self.published
        return {
            "url": url,
            "published": published.isoformat() if published else None,
            "nations": self.nations(),
            "organizations": self.organizations(),
            "pledges": self.guide_pledges(),
            "meetings": self.guide_meetings(),
        }


def _next_to_seen(meeting: Meeting, seen: set) -> bool:
    """A meeting reported on two consecutive days ("Thursday", "4 September") is one meeting."""
    day = dt.date.fromisoformat(meeting.date)
    for city, date in seen:
        if city == meeting.city and date and abs((dt.date.fromisoformat(date) - day).days) <= 1:
            return True
    return False


def extract(text: str, published: dt.date | None, gazetteer: Gazetteer) -> Extraction:
    """Find the nations, organisations, pledges and meetings in one article's plain text."""
    tokens = Tokens(text)
    cues = CUES.scan(text, tokens.lowered, tokens.starts)
    mentions = gazetteer.find(tokens, published)
    pledges = find_pledges(tokens, mentions, cues)
    found_meetings, venues = find_meetings(tokens, mentions, gazetteer, published, cues["meeting"])
    for venue in venues:
        sentence = tokens.sentences[tokens.sentence_of[tokens.token_at(venue.start)]]
        mentions.append(
            Mention(
                code=venue.code,
                kind="place",
                nation_kind=gazetteer.nation_kinds.get(venue.code, STATE),
                text=text[venue.start : venue.end],
                start=venue.start,
                end=venue.end,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
            )
        )
    mentions.sort(key=lambda m: (m.start, m.code))
    return Extraction(mentions=mentions, pledges=pledges, meetings=found_meetings, published=published)
