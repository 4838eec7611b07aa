"""Meetings of leaders or ministers: where (a city, or "virtual") and, when it can be told, when.

A meeting needs a meeting word (summit, meeting, talks, videoconference...) or verb (met,
hosted, convened) and a venue tied to it: "the Paris summit", "a summit in Paris", "met at
the White House", or a host ("Macron is hosting a summit" -> the host's capital). A seat of
government stands for its city ("the Elysée" -> Paris). Meetings only wished for ("a possible
summit", "would meet") are not reported as held or scheduled, and are left out.

A sentence may report several meetings ("held a video call on Sunday before the Washington
talks"); each date goes to the meeting word nearest it. A meeting is "virtual" when it is held
online ("a video call", "met by video"), not when one leader joins from afar.

Weekday words are resolved against the publication date: in the past for a meeting reported
as held, ahead for one announced, as the tense word nearest the date says ("after Tuesday's
summit" against "will meet on Tuesday"); "Wednesday last week", "yesterday", "today" and
"tomorrow" likewise. Without a publication date such words give no date. A meeting whose
sentence gives no date takes the one the article gives elsewhere: from a meeting named with a
date but no place ("at Monday's meeting"), else from the lead.
"""

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, Mention
from .pledges import PREPOSITIONS
from .text import Tokens, is_question

_I = re.IGNORECASE

MEETING_NOUN = re.compile(
    r"\b(?:summit|meeting|talks|gathering|conference|video[\s-]?conference|video[\s-]call|"
    r"virtual (?:meeting|summit|session|call|conference|gathering)|session|huddle)\b",
    _I,
)
MEETING_VERB = re.compile(
    r"\b(?:met|meet|meets|hosted|hosts|host|hosting|convened|convenes|convene|gathered|gather|gathers|"
    r"huddled|organi[sz]ed|reconvened?|reconvenes)\b(?! (?:countr|nation|state|cit|government)\w*)"
    # "travelled to Kyiv with a group of European leaders": the leaders meet where they go.
    r"|\b(?:travel(?:l?ed|s)|flew|went)(?= to [A-Z][\w-]+,? (?:together )?with (?:a (?:group|delegation) of )?"
    r"(?:[\w-]+ ){0,2}(?:leaders|counterparts|ministers|heads of))",
    _I,
)
# Either kind of word: which sentences are worth a closer look.
MEETING_WORDS = re.compile(f"{MEETING_NOUN.pattern}|{MEETING_VERB.pattern}", _I)
HOST_VERB = re.compile(
    r"\b(?:hosted|hosts|host|hosting|organi[sz]ed|organi[sz]es|organi[sz]ing|convened)\b"
    r"(?! (?:countr|nation|state|cit|government)\w*)",
    _I,
)
NOT_A_MEETING = re.compile(
    r"\b(?:press|news|phone|telephone|board|annual|regular|trade|tariff|peace)\s+$|\b(?:virtual|previous|past|"
    r"several|many|regular)\s+$",
    _I,
)
VIRTUAL = re.compile(
    r"\b(?:virtual(?:ly)?|video[\s-]?(?:conference|call|link)|videoconference|online|by video)\b",
    _I,
)
WISHED_FOR = re.compile(
    r"\b(?:possible|potential|proposed|propos(?:e|es|ing)|prospective|hypothetical|eventual|would"
    r"|could|might|hopes? to|hoping to|wants? to|calls? for|called for|push(?:es|ed|ing)? for|if"
    r"|no plans|necessity|ready to meet|willing to meet|offer(?:ed|s)? to|working towards"
    r"|any format|every|regularly|routinely"
    r"|usually|(?:happy|glad|like|love|prepared) to meet|(?:ready|willing|prepared|happy|keen|offer\w*) to host)\b",
    _I,
)
# A meeting called off is neither held nor scheduled, whatever date it had.
CANCELLED = re.compile(
    r"\b(?:cancel\w*|call(?:s|ed|ing)? off|called-off|postpone\w*|scrap\w*|shelv\w*|put on hold|on ice"
    r"|(?:is|was|are|were) (?:now )?off|fad(?:es|ed|ing)|f[ae]ll(?:s|en)? through|collaps(?:es|ed))\b",
    _I,
)
# Who meets: military chiefs, officials or advisers are not leaders or ministers.
NOT_LEADERS = re.compile(
    r"\b(?:(?:military|defen[cs]e|army|navy|naval|air force|service|intelligence) chiefs|chiefs of (?:staff|defen[cs]e)"
    r"|commanders|generals|(?:military )?planners|officials|experts|technical teams?|sherpas|negotiators"
    r"|(?:security )?advis[eo]rs|diplomats)\b",
    _I,
)
# Some there in person, others by video: one meeting, in its city.
HYBRID = re.compile(
    r"\bin person\b|\b(?:join\w*|attend\w*|took part|tak\w* part|participat\w*|connect\w*|dial\w* in)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:by|via|over|through) (?:a )?video|\bremotely\b",
    _I,
)
LEADERS = re.compile(
    r"\b(?:leaders?|ministers?|heads? of (?:state|government)|presidents?|prime minister"
    r"|chancellor|coalition|allies|counterparts?|envoys?|delegations?)\b",
    _I,
)

# Venues that are not capitals, by English name; each counts for its state as a host.
MEETING_CITIES = {
    "Geneva": "CH", "Davos": "CH", "Bürgenstock": "CH", "Burgenstock": "CH", "Istanbul": "TR",
    "Antalya": "TR", "Munich": "DE", "Ramstein": "DE", "Wiesbaden": "DE", "Aachen": "DE",
    "New York": "US", "Anchorage": "US", "Alaska": "US", "Miami": "US", "Palm Beach": "US",
    "Mar-a-Lago": "US", "Camp David": "US", "Jeddah": "SA", "Dubai": "AE", "Nice": "FR",
    "Versailles": "FR", "Strasbourg": "FR", "The Hague": "NL", "Granada": "ES", "Lviv": "UA",
    "Odesa": "UA", "Odessa": "UA", "Kharkiv": "UA", "Sochi": "RU", "St Petersburg": "RU",
    "Saint Petersburg": "RU", "Kananaskis": "CA", "Hiroshima": "JP", "Chequers": "GB",
    "Lancaster House": "GB", "Blenheim Palace": "GB", "Rzeszow": "PL", "Rzeszów": "PL",
}  # fmt: skip
# Venue names as the GUIDE wants them written.
CITY_NAMES = {
    "Odessa": "Odesa", "Alaska": "Anchorage", "Mar-a-Lago": "Palm Beach",
    "Burgenstock": "Bürgenstock",
    "Saint Petersburg": "St Petersburg", "Rzeszów": "Rzeszow", "Camp David": "Camp David",
    "Chequers": "Chequers", "Lancaster House": "London", "Blenheim Palace": "Woodstock",
}  # fmt: skip
_CITY_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(MEETING_CITIES, key=len, reverse=True)) + r")\b")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE = re.compile(
    r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
    r"|\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format("m1") + r"(?:,?\s+(?P<y1>\d{4}))?\b"
    r"|\b" + _MONTH.format("m2") + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{4}))?"
    r"|\b(?P<rel>(?:last|next|this|on|from|until|by)\s+)?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:\s+(?P<week>last|next|this)\s+week\b)?"
    r"|\b(?P<word>yesterday|today|tonight|tomorrow|last night"
    r"|this (?:morning|afternoon|evening))\b"
    r"|\b(?P<days>one|two|three|four|five|six|a|\d) days? (?P<side>after|before)\b",
    _I,
)
_COUNTS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# What may come before a sentence's opening words: a dateline ("ATHENS, 8 January 2026 - ", with an en dash).
_OPENING = re.compile(r"\s*|[^\n]*[\u2013\u2014]\s*|[^\n]*\s-\s+")
FUTURE = re.compile(
    r"\b(?:will|'ll|to be held|(?:is|are) due|scheduled|set to|upcoming|forthcoming|next|later|"
    r"expected to|plans? to|shall|(?:is|are) to|going to|ahead of)\b",
    _I,
)


# A time the sentence gives that is no day: the meeting is not the article's day either.
VAGUE_DATE = re.compile(
    r"\b(?:(?:later|earlier|next|last|this|that) (?:this |that )?(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|(?:in|by|until) (?:the )?(?:spring|summer|autumn|fall|winter|coming (?:weeks|months))"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" (?:19|20)\d\d|in (?:19|20)\d\d"
    r"|(?:early|mid|late)[\s-](?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December))\b",
    _I,
)

PAST = re.compile(
    r"\b(?:met|held|took place|was|were|had|did|attended|attending|after|since|ago|earlier|gathered"
    r"|hosted|convened|said|told|announced|joined|ended|began|signed|agreed)\b",
    _I,
)


@dataclass(frozen=True, slots=True)
class Meeting:
    date: str | None  # ISO
    city: str  # English name, or "virtual"
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Venue:
    """A non-capital venue city, which counts as a mention of its host state."""

    code: str
    start: int
    end: int


def find_meetings(
    tokens: Tokens,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    published: dt.date | None,
    cues: list[tuple[re.Match, int]],
) -> tuple[list[Meeting], list[Venue]]:
    """Meetings, and the venue cities that count as mentions; ``cues`` are MEETING_WORDS hits."""
    text = tokens.text
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(tokens.sentence_of[tokens.token_at(mention.start)], []).append(mention)
    meetings, venues = [], []
    unplaced: list[tuple[int, str]] = []  # (sentence, date) of dated meetings with no venue
    for index in sorted({tokens.sentence_of[i] for _, i in cues}):
        sentence = tokens.sentences[index]
        s_text = text[sentence.start : sentence.end]
        all_nouns = [m for m in MEETING_NOUN.finditer(s_text) if not _generic(s_text, m)]
        nouns = [m for m in all_nouns if not _below_rank(s_text, m)]
        lower = [m for m in all_nouns if m not in nouns]
        # "hosted talks between negotiators": the host verb's own meeting is below rank too.
        verbs = [
            m
            for m in MEETING_VERB.finditer(s_text)
            if not _below_rank(s_text, m) and not any(0 <= n.start() - m.end() <= 30 for n in lower)
        ]
        if (not nouns and not verbs) or is_question(s_text):
            continue
        if (_wished_for(s_text) or CANCELLED.search(s_text)) and not DATE.search(s_text):
            continue
        places = _places(s_text, sentence.start, by_sentence.get(index, []), gazetteer)
        where: dict[int, _At] = {}
        found = _venues(s_text, nouns, verbs, places, where)
        online = [] if found else _virtual_meetings(s_text, nouns, verbs, found)
        host = "" if found or online else _host_capital(s_text, sentence.start, by_sentence.get(index, []), gazetteer)
        if host:
            found = [(host, None, min((*nouns, *verbs), key=lambda m: m.start()))]
        else:
            found += _virtual_meetings(s_text, nouns, verbs, found)
        if any(city == "virtual" for city, _, _ in found) and not (LEADERS.search(s_text) or by_sentence.get(index)):
            found = [f for f in found if f[0] != "virtual"]
        found = [f for f in found if not _called_off(s_text, f[2], where.get(id(f[2])))]
        dates = _dates(s_text, published)
        if not found:
            # "at Monday's meeting": a date for a meeting whose venue another sentence names.
            date = _owned_date(dates, nouns, nouns)
            if date:
                unplaced.append((index, date))
            continue
        anchors = [cue for _, _, cue in found]
        anchors += where.values()
        for city, venue, cue in found:
            # "a summit followed at the Elysée on 27 March": the date beside the venue is its own.
            date = _owned_date(dates, [cue, where[id(cue)]] if id(cue) in where else [cue], anchors)
            meetings.append(Meeting(date, city, s_text, sentence.start, sentence.end))
            if venue:
                venues.append(venue)
    return _without_hybrid(_fill_dates(meetings, unplaced, tokens, published)), venues


def _below_rank(s_text: str, cue: re.Match) -> bool:
    """ "military chiefs will meet", "a meeting of defence officials": not leaders or ministers."""
    before = s_text[max(0, cue.start() - 70) : cue.start()]
    before = re.split(r"[,;:()\u2013\u2014]", before)[-1]
    after = ""
    if cue.re is MEETING_NOUN:
        m = re.match(r"\s+(?:of|among|between|for)\s+(?:[\w'-]+\b\s*){0,4}", s_text[cue.end() :])
        after = m.group() if m else ""
    for window in (before, after):
        rank = NOT_LEADERS.search(window)
        if rank and not LEADERS.search(window):
            return True
    return False


def _called_off(s_text: str, cue: re.Match, venue) -> bool:
    """ "the Budapest summit is off", "a meeting in Geneva was postponed": within the cue's own phrase."""
    lo = min(cue.start(), venue.start()) if venue else cue.start()
    hi = max(cue.end(), venue.end()) if venue else cue.end()
    for m in CANCELLED.finditer(s_text):
        between = s_text[m.end() : lo] if m.end() <= lo else s_text[hi : m.start()]
        if len(between) <= 60 and not re.search(r"[,;:]", between):
            return True
    return False


def _without_hybrid(meetings: list[Meeting]) -> list[Meeting]:
    """A virtual meeting on the day of a city meeting some joined by video is that city meeting."""
    hybrid_days = {m.date for m in meetings if m.date and m.city != "virtual" and HYBRID.search(m.sentence)}
    if not hybrid_days:
        return meetings
    return [m for m in meetings if not (m.city == "virtual" and m.date in hybrid_days)]


def _wished_for(s_text: str) -> bool:
    """ "a possible summit", "would meet"; but "said leaders would reconvene" is scheduled."""
    for m in WISHED_FOR.finditer(s_text):
        reported = m.group().lower() == "would" and _REPORTED_WOULD.search(s_text, max(0, m.start() - 60), m.start())
        if reported and MEETING_VERB.match(s_text, m.end() + 1):
            continue
        if m.group().lower() in _MODALS and _RELATIVE_BEFORE.search(s_text, max(0, m.start() - 8), m.start()):
            continue  # "a force that would deploy": the modal is the force's, not the meeting's
        return True
    return False


_MODALS = frozenset({"would", "could", "might"})
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$", _I)
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|announced|confirmed|agreed)\b(?:\s+that)?\s+(?:[\w'\u2019.-]+\s+){0,3}$", _I
)


def _owned_date(dates, cues, anchors) -> str | None:
    """The nearest date to one of ``cues`` among the dates nearer to it than to other ``anchors``."""
    if not cues or not anchors:
        # "host allied exercises": a meeting verb without a meeting noun owns no date.
        return None
    best = None
    for lo, hi, value in dates:
        distance = min(_gap(lo, hi, a) for a in cues)
        if distance > min(_gap(lo, hi, a) for a in anchors):
            continue
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1].isoformat() if best else None


def _gap(lo: int, hi: int, m: re.Match) -> int:
    return max(0, lo - m.end(), m.start() - hi)


def _fill_dates(meetings: list[Meeting], unplaced, tokens: Tokens, published) -> list[Meeting]:
    """An undated meeting in a city with no dated one takes the date the article gives elsewhere.

    News names a meeting's day once ("at Tuesday's summit", or in the lead) and its place
    in another sentence ("the leaders gathered at the Elysée"). The date is taken from the
    nearest meeting mentioned with a date but no venue, else from the lead's first date.
    """
    dated_cities = {m.city for m in meetings if m.date}
    if all(m.date or m.city in dated_cities for m in meetings):
        return meetings
    lead = _lead_date(tokens, published)
    result = []
    for m in meetings:
        if m.date is None and m.city not in dated_cities and not VAGUE_DATE.search(m.sentence):
            index = tokens.sentence_of[tokens.token_at(m.start)]
            near = min(unplaced, key=lambda u: (abs(u[0] - index), u[0] > index), default=None)
            date = near[1] if near else lead
            if date:
                m = dataclasses.replace(m, date=date)
        result.append(m)
    return result


def _lead_date(tokens: Tokens, published) -> str | None:
    """The first date in the article's first lines after the title: the day of the news."""
    text = tokens.text
    body = text.find("\n")
    if body < 0 or published is None:
        return None
    for sentence in tokens.sentences[1:4]:
        if sentence.start < body:
            continue
        dates = _dates(text[sentence.start : sentence.end], published)
        if dates:
            return dates[0][2].isoformat()
    return None


def _generic(s_text: str, m: re.Match) -> bool:
    """Press conferences, phone calls, "virtual meetings" in the plural: not one meeting."""
    return bool(NOT_A_MEETING.search(s_text, max(0, m.start() - 20), m.start()))


@dataclass(frozen=True, slots=True)
class _Place:
    city: str
    start: int  # offsets within the sentence
    end: int
    venue: Venue | None


def _places(s_text, offset, mentions, gazetteer) -> list[_Place]:
    places = []
    for mention in mentions:
        city = gazetteer.city_of(mention)
        if city:
            places.append(_Place(city, mention.start - offset, mention.end - offset, None))
    for m in _CITY_RE.finditer(s_text):
        name = m.group()
        venue = Venue(MEETING_CITIES[name], offset + m.start(), offset + m.end())
        places.append(_Place(CITY_NAMES.get(name, name), m.start(), m.end(), venue))
    return sorted(places, key=lambda p: p.start)


# Between a city and its meeting word: a possessive, "-hosted", and at most two describing words.
_BEFORE_NOUN = re.compile(r"^(?:['\u2019]s)?(?:[\s-]+(?:hosted|based|led))?\s+(?P<words>(?:[\w-]+\s+){0,2})$")
_FUNCTION_WORDS = PREPOSITIONS | frozenset(
    "a an the and or but this that these those is are was were be been will would after before "
    "previously later earlier then when while where which who as also still not own".split()
)
_IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", _I)
# "travelled to Washington to meet Trump", "visited Kyiv and met Zelenskyy"
_TRAVEL_TO = re.compile(
    r"\b(?:(?:travel\w*|fl(?:y|ies|ew|ying)|head\w*|arriv\w*|trip|visit) to|visit\w*)"
    r"\s+(?:the\s+)?$",
    _I,
)


@dataclass(frozen=True, slots=True)
class _At:
    """Offsets of a venue, looked at like a match: ``start()``, ``end()``."""

    lo: int
    hi: int

    def start(self) -> int:
        return self.lo

    def end(self) -> int:
        return self.hi


def _venues(s_text, nouns, verbs, places, where: dict) -> list[tuple[str, Venue | None, re.Match]]:
    """Each place tied to a meeting word, as (city, venue, meeting word); a city once.

    ``where`` gets each meeting word's venue offsets, keyed by the word's id.
    """
    found: list[tuple[str, Venue | None, re.Match]] = []
    for place in places:
        cue = _tied_cue(s_text, nouns, verbs, place)
        if cue is None or any(city == place.city or used is cue for city, _, used in found):
            continue
        found.append((place.city, place.venue, cue))
        where[id(cue)] = _At(place.start, place.end)
    return found


def _tied_cue(s_text, nouns, verbs, place) -> re.Match | None:
    for noun in nouns:
        # "the Paris summit", "the Washington talks", "the Kremlin meeting"
        between = _BEFORE_NOUN.match(s_text[place.end : noun.start()]) if noun.start() >= place.end else None
        if between and not _FUNCTION_WORDS.intersection(between.group("words").lower().split()):
            return noun
    travelled = _TRAVEL_TO.search(s_text, max(0, place.start - 24), place.start)
    if travelled:
        went = [v for v in verbs if s_text[v.end() : place.start].strip() == "to"]
        if went:
            return went[0]  # "travelled to Kyiv with other leaders"
        following = [m for m in (*nouns, *verbs) if m.start() > place.end]
        if following:
            return min(following, key=lambda m: m.start())
    if not _IN_AT.search(s_text, max(0, place.start - 12), place.start):
        return None
    # "a summit in Paris", "met at the White House", "In London, leaders gathered..."
    best = None
    for cue in (*nouns, *verbs):
        before = cue.end() <= place.start
        between = s_text[cue.end() : place.start] if before else s_text[place.end : cue.start()]
        # A verb reaches further to its place, across its object: "hosted X and Y at the Elysée".
        near = len(between) <= 60 and not re.search(r"[;:]", between)
        far = before and cue.re is MEETING_VERB and len(between) <= 90 and not re.search(r"[,;:]", between)
        if (near or far) and (best is None or len(between) < best[0]):
            best = (len(between), cue)
    return best[1] if best else None


def _host_capital(s_text, offset, mentions, gazetteer) -> str:
    """ "Macron is hosting a summit" -> Paris; more than one host gives no single city."""
    host = HOST_VERB.search(s_text)
    if not host:
        return ""
    following = s_text[host.end() : host.end() + 40]
    preceding = s_text[max(0, host.start() - 40) : host.start()]
    if not (MEETING_NOUN.search(following) or re.search(r"\b(?:summit|meeting|talks)\b[^,;]*$", preceding, _I)):
        return ""
    codes = set()
    for mention in mentions:
        if mention.nation_kind != "state":
            continue
        start = mention.start - offset
        if start < host.start():
            before = [w.lower() for w in s_text[:start].split()[-2:]]
            if before and before[-1] == "the":
                before.pop()
            if not (before and before[-1] in PREPOSITIONS):  # "after talks with Trump, Macron hosted"
                codes.add(mention.code)
        elif re.match(r"\s+by\s+(?:\w+\s+){0,3}$", s_text[host.end() : start]):
            codes.add(mention.code)  # "a summit hosted by Macron"
    if len(codes) != 1:
        return ""
    return gazetteer.capitals.get(codes.pop(), "")


# "met online", "reconvene by video link": the verb's own manner, not one participant's.
_VIRTUAL_AFTER_VERB = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:by|via|over)\s+(?:a\s+)?video[\w-]*(?:[\s-](?:link|call|conference))?"
    r"|online|virtually|remotely)\b",
    _I,
)
_VIRTUAL_BEFORE_NOUN = re.compile(r"\b(?:virtual|online|video|remote)\s+$", _I)


def _virtual_meetings(s_text, nouns, verbs, found) -> list[tuple[str, None, re.Match]]:
    """Meetings held online: "a video call", "an online summit", "leaders met by video".

    Someone who "followed the meeting online" or "joined by video link" took part from afar;
    that does not make the meeting virtual.
    """
    used = {id(cue) for _, _, cue in found}
    result = []
    for noun in nouns:
        if id(noun) in used:
            continue
        if VIRTUAL.search(noun.group()) or _VIRTUAL_BEFORE_NOUN.search(s_text, max(0, noun.start() - 10), noun.start()):
            result.append(("virtual", None, noun))
    if not result and not found:
        for verb in verbs:
            if HOST_VERB.fullmatch(verb.group()):
                continue
            if _VIRTUAL_AFTER_VERB.match(s_text, verb.end()):
                result.append(("virtual", None, verb))
                break
    return result


def _dates(s_text: str, published: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """Every date in a sentence that can be resolved, with its offsets."""
    found = []
    for m in DATE.finditer(s_text):
        value = _resolve(m, s_text, published)
        if value is not None:
            found.append((m.start(), m.end(), value))
    return found


def _resolve(m: re.Match, s_text: str, published: dt.date | None) -> dt.date | None:
    if m.group("iso"):
        try:
            return dt.date.fromisoformat(m.group("iso"))
        except ValueError:
            return None
    if m.group("m1") or m.group("m2"):
        month = _MONTHS[_month_key(m)]
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        return _with_year(day, month, int(year) if year else None, published, _future(s_text, m))
    if published is None:
        return None
    if m.group("days"):
        # "Two days after the allies met in Paris, ...": counted back from the day of writing,
        # only when the sentence opens with it; "came two days after" counts from another event.
        if not _OPENING.fullmatch(s_text[: m.start()]):
            return None
        word = m.group("days").lower()
        count = _COUNTS.get(word) or int(word)
        sign = -1 if m.group("side").lower() == "after" else 1
        return published + dt.timedelta(days=sign * count)
    if m.group("word"):
        word = m.group("word").lower()
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return published + dt.timedelta(days=shift)
    weekday = _WEEKDAYS.index(m.group("weekday").lower())
    relation = (m.group("rel") or "").strip().lower()
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    week = (m.group("week") or "").lower()
    if week:  # "Wednesday last week": that day of the calendar week before
        monday = published - dt.timedelta(days=published.weekday())
        return monday + dt.timedelta(days=weekday + {"last": -7, "next": 7}.get(week, 0))
    if relation == "last":
        return published - dt.timedelta(days=back or 7)
    if relation == "next":
        return published + dt.timedelta(days=ahead or 7)
    if _future(s_text, m):
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def _future(s_text: str, m: re.Match) -> bool:
    """Whether a date is ahead: the tense word nearest it says so ("will meet", not "met").

    A sentence may hold both ("said after Tuesday's summit that Spain will help"), so the
    nearest word decides; with none, news reports what happened.
    """
    nearest = None
    for pattern, future in ((FUTURE, True), (PAST, False)):
        for word in pattern.finditer(s_text):
            distance = max(0, m.start() - word.end(), word.start() - m.end())
            if word.start() >= m.end() and "," in s_text[m.end() : word.start()]:
                distance += 1000  # "... on Monday, their offices said": the saying is not the meeting's tense
            if nearest is None or distance < nearest[0]:
                nearest = (distance, future)
    return bool(nearest and nearest[1])


def _month_key(m: re.Match) -> str:
    name = (m.group("m1") or m.group("m2")).lower()
    return "sept" if name.startswith("sept") else name[:3]


def _with_year(day: int, month: int, year: int | None, published: dt.date | None, future: bool) -> dt.date | None:
    if year is None:
        if published is None:
            return None
        # News reports what happened unless it says what will: the last such day before
        # publication, or the next one after it.
        options = []
        for y in (published.year - 1, published.year, published.year + 1):
            try:
                options.append(dt.date(y, month, day))
            except ValueError:
                continue
        if future:
            later = [d for d in options if d >= published - dt.timedelta(days=1)]
            return min(later) if later else None
        earlier = [d for d in options if d <= published + dt.timedelta(days=1)]
        return max(earlier) if earlier else None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
