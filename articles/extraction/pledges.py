"""Pledges: who offers what to Ukraine's security, and how firmly.

A sentence yields a pledge when three things meet in one clause: a category cue (troops,
Patriot systems, a security guarantee...), a named nation it can be attributed to, and a
status cue (committed, in talks, ruled out...). Attribution follows the grammar cheaply:

1. the nation that modifies the thing offered ("British troops", "US-made Patriots",
   "Washington's backing", "a commitment from Washington");
2. else the thing continues an attributed phrase without a break ("U.S. intelligence sharing
   and air support");
3. else the clause's subject: the nearest nation or leader before the cue that is not inside a
   prepositional phrase ("in Paris", "with France"), with "he"/"she" standing for the last
   person named.

Group words stop attribution ("26 nations were prepared to contribute troops": the group
pledged, not Macron who said so). Ukraine is the recipient and Russia and its backers are
the adversary, so neither is ever the pledging nation; their own troops ("Ukrainian
troops", "Russian drones") are not contributions at all.

Status cues count only where they can govern the pledge: in the same clause, not across a
group word or another nation, and weak ones ("crucial", "requires") only right beside it.
The strongest class present wins: a refusal over a hedge, a hedge over a promise.
"""

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass

from . import lexicon
from .gazetteer import Mention
from .text import Tokens, is_question

# Never the pledging side: the recipient, the aggressor and the states arming it.
NOT_CONTRIBUTORS = frozenset({"UA", "RU", "BY", "KP", "IR"})

GROUP_NOUNS = frozenset(
    "countries nations states allies partners members europeans governments others coalition "
    "west signatories participants contributors donors capitals neighbours neighbors".split()
)
GROUP_ADJECTIVES = frozenset("european western allied international several many other foreign".split())
PREPOSITIONS = frozenset(
    "in at to with for from against on between among into towards toward across over including "
    "like than via about by under after before during within without alongside besides amid "
    "around through behind".split()
)
# Concessive clauses ("though details remain to be worked out") qualify their sentence: no split.
CLAUSE_WORDS = frozenset("but while whereas however meanwhile".split())
CLAUSE_PUNCTUATION = frozenset(";:")
# "France and Italy, meanwhile, have promised": set off by commas they break nothing.
_ASIDE_ADVERBS = frozenset({"however", "meanwhile"})
BREAKING_PUNCTUATION = frozenset(',;:()".!?\u201c\u201d\u2013\u2014')  # and curly quotes, dashes
POSSESSIVE_TOKENS = frozenset({"'", "s", "-"})
PERSON_PRONOUNS = frozenset({"he", "she", "He", "She"})
SPEAKER_PRONOUNS = frozenset({"we", "We", "I", "our", "Our"})
ASIDE_OPENERS = frozenset("which who whose where as like including a an".split())
SAYING = frozenset("said says told added stressed insisted warned announced declared wrote".split())
STATE_PRONOUNS = frozenset({"it", "It"})
# Nouns after a demonym that name private actors, not the state: "Finnish companies".
PRIVATE_NOUNS = frozenset(
    "companies company firms firm manufacturers manufacturer industry industries businesses banks "
    "investors producers makers contractors".split()
)
# What "its" may own and still act for its state: "its navy will clear mines".
STATE_BODIES = frozenset("navy army military government forces troops soldiers air".split())
AGENT_WORDS = frozenset({"from", "by", "of"})

# "the jets Norway promised to Ukraine" are handed over; "sending jets to Ukraine" deploys them.
_TO_UKRAINE = re.compile(
    r"[^,.;:]{0,40}?\b(?:promised|pledged|given|gave|offered|provided|donated)\b[^,.;:]{0,20}?"
    r"\b(?:to|for) (?:Ukraine|Kyiv|Kiev)\b(?![\u2019']s)"
)
_AIRCRAFT = re.compile(r"jets?|fighter|aircraft|planes|F-\d+|Gripen|Rafale|Mirage|Eurofighter|Typhoon", re.I)
_PARLIAMENT_APPROVAL = re.compile(
    r"\b(?:parliament\w*|Bundestag|Congress|lawmakers)\b.{0,40}\b(?:approv\w*|vote|mandate|consent)\b|"
    r"\b(?:approv\w*|vote|mandate|consent)\b.{0,40}\b(?:parliament\w*|Bundestag|Congress|lawmakers)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Pledge:
    nation: str
    category: str
    status: str  # pledged, considering, declined
    conditions: str
    needs_us_backstop: bool
    needs_parliament: bool
    after_ceasefire: bool
    location: str  # ukraine, neighbouring, sea, air, outside or ""
    quantity: int | None
    unit: str
    amount: int | None
    currency: str
    sentence: str
    start: int
    end: int


@dataclass(slots=True)
class _Cue:
    name: str
    lo: int  # first token
    hi: int  # one past the last token
    start: int  # characters
    end: int


@dataclass(slots=True)
class _Span:
    lo: int
    hi: int
    mentions: list[Mention]  # one per code: a person may hold two offices


class _Sentence:
    """What the rules need to know about one sentence, gathered once."""

    def __init__(self, tokens, index, spans, previous_people, cues: dict[str, list["_Cue"]]):
        self.tokens = tokens
        self.found = cues
        sentence = tokens.sentences[index]
        self.start, self.end = sentence.start, sentence.end
        self.text = tokens.text[self.start : self.end]
        self.range = tokens.sentence_tokens(index)
        self.spans = spans
        self.span_ending = {s.hi - 1: s for s in spans}
        self.span_at = {j: s for s in spans for j in range(s.lo, s.hi)}
        self.previous_people = previous_people
        self.lower = [w.lower() for w in tokens.words[self.range.start : self.range.stop]]
        self.aside_ending = self._asides()
        self.on_topic = True
        self.previous_state: _Span | None = None  # the state the sentence before opened with

    def _asides(self) -> dict[int, int]:
        """Asides set off by commas (", which co-leads the coalition,"): last token -> first."""
        asides = {}
        opened = None
        for j in self.range:
            word = self.word(j)
            if word == "," and j + 1 < self.range.stop and (self.word(j + 1) in ASIDE_OPENERS or self._saying(j + 1)):
                opened = j
            elif word == "," and opened is not None:
                asides[j] = opened
                opened = None
            elif word in CLAUSE_PUNCTUATION:
                opened = None
        return asides

    def _saying(self, j: int) -> bool:
        """ "..., he told reporters, ...": a speaker and a verb of saying open an aside."""
        if self.tokens.words[j] in PERSON_PRONOUNS or self.word(j) == "they":
            k = j + 1
        elif j in self.span_at and self.span_at[j].lo == j:
            k = self.span_at[j].hi
        else:
            return False
        return k < self.range.stop and self.word(k) in SAYING

    def word(self, j: int) -> str:
        return self.lower[j - self.range.start]

    def _next_is_comma(self, j: int) -> bool:
        return j + 1 < self.range.stop and self.word(j + 1) == ","

    def cues(self, name: str) -> list["_Cue"]:
        return self.found.get(name, [])

    def clauses(self) -> list[range]:
        """Token ranges of the clauses: split at ; and : and at but, while, although..."""
        bounds = [self.range.start]
        for j in self.range:
            if j == self.range.start or j in self.span_at:
                continue
            word = self.word(j)
            if word in CLAUSE_PUNCTUATION:
                bounds.append(j + 1)
            elif word in CLAUSE_WORDS and not (word in _ASIDE_ADVERBS and self._next_is_comma(j)):
                bounds.append(j)
        bounds.append(self.range.stop)
        return [range(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def find_pledges(tokens: Tokens, mentions: list[Mention], cues: dict[str, list]) -> list[Pledge]:
    """Pledges in an article, given its mentions and its scanned cues (see core.CUES)."""
    spans_by_sentence = _spans_by_sentence(tokens, mentions)
    by_sentence = _cues_by_sentence(tokens, cues)
    on_topic = {tokens.sentence_of[tokens.token_at(m.start)] for m in mentions if m.code == "UA"}
    on_topic.update(tokens.sentence_of[i] for _, i in cues["coalition"])
    # About Ukraine: said in the headline or lead, or more than once.
    about_ukraine = len(on_topic) >= 2 or min(on_topic, default=99) <= 2
    pledges: list[Pledge] = []
    previous_people: list[_Span] = []
    previous_state: _Span | None = None
    for index, sentence_range in enumerate(tokens.sentences):
        spans = spans_by_sentence.get(index, [])
        found = by_sentence.get(index, {})
        if spans and (found.get("category") or found.get("systems")):
            text = tokens.text[sentence_range.start : sentence_range.end]
            if _relevant(index, on_topic, about_ukraine, found) and not is_question(text):
                sentence = _Sentence(tokens, index, spans, previous_people, found)
                sentence.on_topic = index in on_topic
                sentence.previous_state = previous_state
                pledges.extend(_sentence_pledges(sentence))
        people = [s for s in spans if s.mentions[0].kind == "person"]
        if people:
            previous_people = people
        previous_state = _opening_state(spans, sentence_range.start, tokens)
    return pledges


def _opening_state(spans: list[_Span], first: int, tokens: Tokens) -> _Span | None:
    """The state a sentence opens with, as its subject: "Spain has been a steady supporter."."""
    first_token = tokens.token_at(first)
    for span in spans[:1]:
        if span.lo == first_token and span.mentions[0].kind != "person" and _valid(span):
            return span
    return None


def _relevant(index: int, on_topic: set[int], about_ukraine: bool, found: dict) -> bool:
    """Whether a sentence is about Ukraine's security.

    News paragraphs are often one sentence ("Poland will not send troops."), so in an article
    about Ukraine every sentence is, unless it names another theatre of war.
    """
    return index in on_topic or (about_ukraine and not found.get("theatres"))


def _cues_by_sentence(tokens: Tokens, cues: dict[str, list]) -> dict[int, dict[str, list[_Cue]]]:
    result: dict[int, dict[str, list[_Cue]]] = {}
    for name, matches in cues.items():
        for m, lo in matches:
            hi = max(lo + 1, tokens.token_at(m.end()))
            cue = _Cue(m.lastgroup or name, lo, hi, m.start(), m.end())
            result.setdefault(tokens.sentence_of[lo], {}).setdefault(name, []).append(cue)
    return result


def _spans_by_sentence(tokens: Tokens, mentions: list[Mention]) -> dict[int, list[_Span]]:
    by_start: dict[int, _Span] = {}
    for mention in mentions:
        span = by_start.get(mention.start)
        if span is None:
            lo = tokens.token_at(mention.start)
            hi = max(lo + 1, tokens.token_at(mention.end))
            span = by_start[mention.start] = _Span(lo, hi, [])
        span.mentions.append(mention)
    result: dict[int, list[_Span]] = {}
    for span in sorted(by_start.values(), key=lambda s: s.lo):
        result.setdefault(tokens.sentence_of[span.lo], []).append(span)
    return result


def _sentence_pledges(s: _Sentence) -> list[Pledge]:
    hits = _category_hits(s)
    if hits:
        # "did not say whether troops could be part": an open question, nobody's pledge.
        unsure = _whether_scope(s)
        hits = [h for h in hits if h.lo not in unsure]
    if hits and s.cues("status"):
        # "..., provided Washington is part of the security arrangements": what a condition
        # asks of another nation is not that nation's pledge.
        inside = _condition_scope(s)
        hits = [h for h in hits if h.lo not in inside]
    if not hits:
        return []
    statuses = s.cues("status")
    security_context = bool(lexicon.SECURITY_CONTEXT.search(s.text))
    found: dict[tuple[str, str, str], Pledge] = {}
    previous_categories: list[str] = []
    previous_subject: Attribution | None = None
    previous_keys: list[tuple[str, str, str]] = []
    for clause in s.clauses():
        clause_hits = [h for h in hits if h.lo in clause]
        shared = previous_subject if _starts_without_subject(s, clause) else None
        attributed = _attribute(s, clause, clause_hits, security_context, previous_subject)
        previous_subject = _clause_subject(s, clause) or previous_subject
        if not attributed:
            # "..., but Germany ruled it out": the refusal borrows the category before it.
            attributed = _elliptic(s, clause, statuses, previous_categories, shared)
        if not attributed and previous_keys and _hedges_what_came_before(s, clause):
            for key in previous_keys:  # "..., but both depend on a vote": not yet a promise
                if key[2] == "pledged" and key in found:
                    hedged = (key[0], key[1], "considering")
                    found.setdefault(hedged, found.pop(key))
            previous_keys = []
        keys_before = set(found)
        clause_statuses = [c for c in statuses if c.lo in clause]
        specific = {code for h, spans in attributed for code in _codes(spans) if h.name not in _GENERAL}
        facts = None
        for hit, spans in attributed:
            if _planned(s, hit, spans) or _adversary_speaks(s, clause, hit, spans):
                continue
            category = _category(s, clause, hit)
            status = _status(s, clause_statuses, hit, spans)
            if status is None:
                continue
            for code in _codes(spans):
                if _general(s, hit) and code in specific:
                    continue  # "a naval mission under the guarantees": the mission says more
                if (code, category, status) not in found:
                    facts = facts or _ClauseFacts(s, clause)
                    found[code, category, status] = _pledge(facts, hit, code, category, status)
        if clause_hits:
            previous_categories = [_category(s, clause, h) for h in clause_hits]
        if attributed:
            previous_keys = [key for key in found if key not in keys_before]
    result = []
    for (_, _, status), pledge in found.items():
        if pledge.status != status:
            pledge = dataclasses.replace(pledge, status=status)
        result.append(pledge)
    return result


_ANAPHORS = frozenset("both it they this that each all either neither".split())


def _hedges_what_came_before(s, clause) -> bool:
    """ "..., but both depend on a vote in parliament": a condition on the previous clause's offer.

    Only a clause that opens with a conjunction and refers back (a pronoun, or "the" + noun),
    names no nation and offers nothing of its own.
    """
    j = clause.start
    if s.word(j) not in CLAUSE_WORDS or j + 1 >= clause.stop:
        return False
    if s.word(j + 1) not in _ANAPHORS and s.word(j + 1) != "the":
        return False
    start, end = s.tokens.starts[clause.start], s.tokens.ends[clause.stop - 1]
    condition = lexicon.CONDITION.search(s.tokens.text, start, end)
    if condition is None:
        return False
    return not any(span.lo in clause and s.tokens.starts[span.lo] < condition.start() for span in s.spans)


def _condition_scope(s: _Sentence) -> set[int]:
    """Tokens inside conditions: "If X, ..." up to its comma; "..., provided X" to the clause's end."""
    inside: set[int] = set()
    for cue in s.cues("status"):
        if cue.name != "condition":
            continue
        leading = all(s.word(j) in _OPENERS for j in range(s.range.start, cue.lo))
        j = cue.hi
        while j < s.range.stop:
            word = s.word(j)
            if word == "," and (leading or (j + 1 < s.range.stop and s.word(j + 1) in _AND_BUT)):
                break
            if word == ";" or (word in CLAUSE_WORDS and not leading):
                break
            inside.add(j)
            j += 1
    return inside


_OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "and", "but", "only", "even"})
_AND_BUT = frozenset({"and", "but", "while"})


_GENERAL = frozenset({"support", "security_guarantee", "amount"})


def _general(s: _Sentence, hit: _Cue) -> bool:
    """Whether a cue yields to a more specific one of the same nation in its clause.

    A security guarantee in general yields, a backstop does not. A sum yields when it measures
    something ("$60bn in military aid"), not when it pays for it ("$1.5bn for air defence").
    """
    if hit.name == "amount":
        before = s.tokens.text[max(0, hit.start - 12) : hit.start].lower()
        measured = re.search(r"\bworth\W*(?:[a-z]{1,3}\W*)?$", before)  # "vehicles worth C$200m"
        return bool(measured) or s.tokens.text[hit.end : hit.end + 12].lstrip().lower().startswith(
            ("in ", "of ", "worth")
        )
    return hit.name in _GENERAL and "backstop" not in s.tokens.text[hit.start : hit.end].lower()


def _category_hits(s: _Sentence) -> list[_Cue]:
    hits = [_Cue(c.name, c.lo, c.hi, c.start, c.end) for c in s.cues("category")] + [
        _Cue("air_defense", c.lo, c.hi, c.start, c.end) for c in s.cues("systems")
    ]
    hits.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cue] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            if hit.name == kept[-1].name:
                kept[-1].end = max(kept[-1].end, hit.end)
                kept[-1].hi = max(kept[-1].hi, hit.hi)
            continue
        if _own_forces(s, hit) or _for_the_other_side(s, hit):
            continue
        if hit.name in {"funding", "amount"} and s.cues("domestic") and not s.on_topic:
            continue  # "spend €150bn a year on defence": a nation's own budget
        kept.append(hit)
    return kept


_AGGRESSION = frozenset("war invasion aggression offensive army military".split())


def _for_the_other_side(s: _Sentence, hit: _Cue) -> bool:
    """Money or arms going to the aggressor: "funding Russia's war", "drones for Moscow"."""
    if hit.name not in {"funding", "equipment", "amount"}:
        return False
    j = hit.hi
    while j < s.range.stop and j < hit.hi + 3 and s.word(j) in {"the", "to", "for", "of", "indirectly"}:
        j += 1
    if j >= s.range.stop:
        return False
    span = s.span_at.get(j)
    if span is not None:
        return span.mentions[0].code in NOT_CONTRIBUTORS and span.mentions[0].code != "UA"
    return s.word(j) in _AGGRESSION and s.word(j - 1) == "the"


def _own_forces(s: _Sentence, hit: _Cue) -> bool:
    """Ukraine's own troops, Russia's drones, the West's support: not a nation's pledge."""
    j = _skip_back(s, hit.lo - 1)
    if j < s.range.start:
        return False
    span = s.span_ending.get(j)
    if span is not None:
        return span.mentions[0].code in NOT_CONTRIBUTORS
    if hit.name == "equipment" and (
        s.word(j) in {"using", "employing"} or (s.word(j) == "on" and s.word(j - 1) in {"relying", "rely", "relies"})
    ):
        return True  # "a monitoring mission using drones": the means, not the offer
    if hit.name == "logistics" and _locative(s, hit):
        return True  # "training soldiers at its bases": where, not what is offered
    if s.word(j) in GROUP_NOUNS:
        return True  # "the allies' support"
    # "Western support", "European troops"; but "an international reassurance force" is a force.
    plural = s.tokens.words[hit.hi - 1].endswith("s")
    return s.word(j) in GROUP_ADJECTIVES and (hit.name in {"support", "equipment", "funding"} or plural)


_DETERMINERS = frozenset("its their his her the our own".split())


def _locative(s: _Sentence, hit: _Cue) -> bool:
    j = hit.lo - 1
    while j >= s.range.start and s.word(j) in _DETERMINERS:
        j -= 1
    return j >= s.range.start and s.word(j) in {"at", "in", "from"}


def _skip_back(s: _Sentence, j: int) -> int:
    """The previous token that is not part of a possessive or a hyphen ("US-made")."""
    while j >= s.range.start and (s.word(j) in POSSESSIVE_TOKENS or s.word(j) in {"made", "built", "led"}):
        j -= 1
    return j


Attribution = list[_Span]  # the pledging nations' mentions; [] when a group pledged


def _clause_subject(s, clause) -> Attribution | None:
    """The first nation named in a clause outside a prepositional phrase, if it contributes."""
    for span in s.spans:
        if span.lo in clause and not (_in_phrase(s, span) and not _possessive(s, span)):
            return _coordinated_after(s, clause, span) or None
    return None


def _attribute(s, clause, hits, security_context, previous_subject=None) -> list[tuple[_Cue, Attribution]]:
    result: list[tuple[_Cue, Attribution]] = []
    previous: tuple[_Cue, Attribution] | None = None
    # "Poland will not send troops but will lead on logistics": no subject of its own.
    shared_subject = previous_subject if _starts_without_subject(s, clause) else None
    for hit in hits:
        spans = _agent_after(s, clause, hit)
        if spans is None:
            spans = _modifier(s, clause, hit)
        if spans is None and previous is not None and _continues(s, previous[0], hit):
            spans = previous[1]
        if spans is None and hit.name != "support":
            spans = _subject(s, clause, hit)
        if spans is None and shared_subject and not any(span.lo < hit.lo for span in s.spans if span.lo in clause):
            spans = shared_subject
        if hit.name == "support" and not security_context:
            spans = None
        if spans:
            result.append((hit, spans))
            previous = (hit, spans)
    return result


_AUXILIARIES = frozenset(
    "will would could can may might shall should must is are was were has have had said says did "
    "does do also still then later".split()
)


def _starts_without_subject(s, clause) -> bool:
    """ "but will lead on logistics": a conjunction straight before a verb."""
    j = clause.start
    if s.word(j) not in CLAUSE_WORDS:
        return False
    if j + 1 >= clause.stop:
        return False
    following = s.word(j + 1)
    return following in _AUXILIARIES or (following.endswith("ing") and (j + 1) not in s.span_at)


def _valid(span: _Span) -> list[str]:
    return [m.code for m in span.mentions if m.nation_kind == "state" and m.code not in NOT_CONTRIBUTORS]


def _codes(spans: Attribution) -> list[str]:
    return list(dict.fromkeys(code for span in spans for code in _valid(span)))


def _agent_after(s, clause, hit) -> Attribution | None:
    """ "a commitment from Washington", "the backing of the United States", "the jets that Belgium has promised"."""
    j = hit.hi
    if j >= clause.stop or s.word(j) not in AGENT_WORDS | _RELATIVES:
        return None
    relative = s.word(j) in _RELATIVES
    j += 1
    if j < clause.stop and s.word(j) == "the":
        j += 1
    span = s.span_at.get(j)
    if span is not None and span.lo == j:
        if relative and not _gives_after(s, span):
            return None
        return _coordinated_after(s, clause, span) or None
    if relative:
        return None
    for k in range(j, min(j + 4, clause.stop)):
        if s.word(k) in GROUP_NOUNS:
            return []  # "funded by European partners": a group's, so nobody's
    return None


_RELATIVES = frozenset({"that", "which"})


def _gives_after(s, span: _Span) -> bool:
    """A promise or an offer right after the nation: "that Belgium has promised"."""
    return any(c.name in {"pledged", "reported", "continuing"} and 0 <= c.lo - span.hi <= 2 for c in s.cues("status"))


def _modifier(s, clause, hit) -> Attribution | None:
    """The nation within four words before the thing offered: "U.S. intelligence"."""
    words = 0
    j = hit.lo - 1
    while j >= clause.start and words <= 4:
        word = s.word(j)
        span = s.span_ending.get(j)
        if span is not None:
            if not _valid(span):
                if span.mentions[0].nation_kind != "state" or _object(s, span):
                    return None  # NATO's, the EU's: not a nation's; "supply Ukraine with": the recipient
                j = span.lo - 1
                words += 1
                continue
            if words > 1 and _in_phrase(s, span) and not _possessive(s, span):
                return None  # "assembled by France to provide support"
            if _reports_others(s, span) or s.word(span.hi) in PRIVATE_NOUNS:
                return None  # "that Merz said had committed troops": others committed them
            return _coordinated_before(s, clause, span)
        if word in GROUP_NOUNS:
            return []
        if word in BREAKING_PUNCTUATION:
            return None
        if word not in POSSESSIVE_TOKENS:
            words += 1
        j -= 1
    return None


def _continues(s, previous: _Cue, hit: _Cue) -> bool:
    if hit.lo - previous.hi > 8:
        return False
    return not any(s.word(j) in BREAKING_PUNCTUATION for j in range(previous.hi, hit.lo))


def _subject(s, clause, cue) -> Attribution | None:
    """The nearest nation or leader before the cue that is not in a prepositional phrase."""
    j = cue.lo - 1
    while j >= clause.start:
        aside = s.aside_ending.get(j)
        if aside is not None:
            j = aside - 1  # ", which co-leads the coalition," says nothing about who acts
            continue
        word = s.word(j)
        span = s.span_ending.get(j)
        if span is not None:
            if (_in_phrase(s, span) and not _possessive(s, span)) or _object(s, span):
                j = span.lo - 1  # "with Kyiv", "promised Ukraine a battery": not who gives
                continue
            if span.mentions[0].nation_kind != "state" or not _valid(span):
                return None  # NATO; or "Ukraine is in talks to secure...": the recipient speaks
            if s.word(span.hi) in PRIVATE_NOUNS:
                return None  # "Finnish companies are in talks": business, not the state
            if _reports_others(s, span):
                j = _before_name(s, clause, span.lo - 1)  # "the 26 countries that Macron said had committed"
                continue
            return _coordinated_before(s, clause, span)
        if word in GROUP_NOUNS or _counted_group(s, j) or _other_named_subject(s, clause, j):
            return None
        if word in {"who", "which"} and j - 1 >= clause.start and s.word(j - 1) == ",":
            antecedent = s.span_ending.get(j - 2)  # "the French, who have said they will..."
            if antecedent is not None and _valid(antecedent):
                return _coordinated_before(s, clause, antecedent)
        if s.tokens.words[j] in PERSON_PRONOUNS:
            return _pronoun(s, j)
        if s.tokens.words[j] in SPEAKER_PRONOUNS:
            return _speaker(s, j)
        if s.tokens.words[j] in STATE_PRONOUNS or (word == "its" and s.word(j + 1) in STATE_BODIES):
            return _state_pronoun(s, j)
        j -= 1
    return None


_REPORTED_AUXILIARIES = frozenset("had have has would will were was are is could".split())


def _reports_others(s, span: _Span) -> bool:
    """ "X said had committed": no subject after the saying verb, so X reports what others did."""
    k = span.hi
    return k + 1 < s.range.stop and s.word(k) in SAYING and s.word(k + 1) in _REPORTED_AUXILIARIES


_SUBJECT_AUXILIARIES = frozenset("will would has have had is are was were can could did does".split())


def _other_named_subject(s, clause, j: int) -> bool:
    """ "..., and Korea will not send shells": a proper name no nation list knows is the subject."""
    if s.word(j) not in _SUBJECT_AUXILIARIES or j - 1 <= clause.start:
        return False
    name = s.tokens.words[j - 1]
    return name[:1].isupper() and name not in _CAPITAL_PRONOUNS and s.span_ending.get(j - 1) is None


_CAPITAL_PRONOUNS = frozenset("I We He She It They You This That These Those There Who Which".split())


def _before_name(s, clause, j: int) -> int:
    """The token before a whole name with its titles: "French President Emmanuel Macron"."""
    while j >= clause.start:
        span = s.span_ending.get(j)
        if span is not None:
            j = span.lo - 1
        elif s.tokens.words[j][:1].isupper():
            j -= 1
        else:
            break
    return j


def _counted_group(s, j) -> bool:
    """ "26 of them", "several of those": part of a group, not a named nation."""
    return s.word(j) in {"them", "those", "these"} and j - 1 >= s.range.start and s.word(j - 1) == "of"


def _state_pronoun(s, j) -> Attribution | None:
    """ "it": the last contributing state named before it in the sentence."""
    if _said_by_other_body(s, j):
        return None  # "the party said it would vote against": "it" is the party
    for span in reversed(s.spans):
        if span.hi <= j and span.mentions[0].kind != "person" and _valid(span):
            return [_Span(j, j + 1, span.mentions)]
    if (
        s.previous_state is not None
        and j - s.range.start <= _OPENING_WORDS
        and j + 1 < s.range.stop
        and s.word(j + 1) not in _DUMMY_IT_VERBS  # "It is unclear whether...": no one's act
    ):
        return [_Span(j, j + 1, s.previous_state.mentions)]  # "Spain has... Since 2022 it has sent"
    return None


# How far into a sentence "it" may stand and still be the subject the sentence before opened with.
_OPENING_WORDS = 3
_DUMMY_IT_VERBS = frozenset("is was remains remained seems seemed appears appeared would will could may might".split())


def _said_by_other_body(s, j) -> bool:
    """ "Podemos said it ...": a named body that is no nation, right before the saying verb."""
    k = j - 1
    if k - 1 < s.range.start or s.word(k) not in SAYING:
        return False
    name = s.tokens.words[k - 1]
    return name[:1].isupper() and s.span_ending.get(k - 1) is None and k - 1 > s.range.start


def _speaker(s, j) -> Attribution | None:
    """ "We will not send troops," Merz said: the one who says "we" in a quotation."""
    saying = [k for k in range(j + 1, s.range.stop) if s.word(k) in SAYING]
    if saying:
        k = saying[0]
        near = [span for span in s.spans if abs(span.lo - k) <= 4 and span.lo > j and _valid(span)]
        if near:
            speaker = min(near, key=lambda span: abs(span.lo - k))
            return [_Span(j, j + 1, speaker.mentions)]
        return None
    people = [span for span in s.spans if span.hi <= j and span.mentions[0].kind == "person"]
    people = people[-1:] or s.previous_people[-1:]
    if people and _valid(people[0]) and _quoted(s, j):
        return [_Span(j, j + 1, people[0].mentions)]  # Merz said: "We will..."
    return None  # the writer's "we": "We'll look at the force in detail"


def _quoted(s, j) -> bool:
    """Whether a token stands inside a quotation opened earlier in its paragraph."""
    text = s.tokens.text
    pos = s.tokens.starts[j]
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _pronoun(s, j) -> Attribution | None:
    """ "he"/"she": the last person named, standing where the pronoun stands."""
    people = [span for span in s.spans if span.hi <= j and span.mentions[0].kind == "person"]
    candidates = people[-1:] or s.previous_people[-1:]
    if not candidates or not _valid(candidates[0]):
        return None
    return [_Span(j, j + 1, candidates[0].mentions)]


def _object(s, span: _Span) -> bool:
    """The recipient right after a verb of giving: "have promised Ukraine a battery"."""
    if span.mentions[0].code != "UA":
        return False
    j = span.lo - 1
    if j >= s.range.start and span.hi < s.range.stop and s.word(span.hi) == "with" and _GIVE_WITH.match(s.word(j)):
        return True  # "to supply Ukraine with missiles"
    return j >= s.range.start and any(c.lo <= j < c.hi for c in s.cues("status"))


# Verbs whose recipient comes first and the thing given after "with".
_GIVE_WITH = re.compile(r"(?:suppl|provid|equip|arm|furnish)\w*$")


def _in_phrase(s, span: _Span) -> bool:
    """Whether a nation is in a prepositional phrase, alone or in a list: "with Britain and France"."""
    start = s.range.start
    j = span.lo - 1
    while j >= start:
        if s.word(j) == "the":
            j -= 1
        elif s.word(j) in {"and", "or"} or (s.word(j) == "," and _listed(s, span)):
            k = j - 1
            while k >= start and s.word(k) in {",", "and", "or", "the"}:
                k -= 1
            previous = s.span_ending.get(k)
            if previous is None:
                break
            j = previous.lo - 1
        else:
            break
    return j >= start and s.word(j) in PREPOSITIONS


def _listed(s, span: _Span) -> bool:
    """Whether a nation is followed by more of a list: "Britain, France and Italy"."""
    j = span.hi
    return j + 1 < s.range.stop and s.word(j) in {",", "and", "or"} and (j + 1) in s.span_at


def _possessive(s, span: _Span) -> bool:
    j = span.hi
    return j + 1 < s.range.stop and s.word(j) == "'" and s.word(j + 1) == "s"


def _coordinated_before(s, clause, span: _Span) -> Attribution:
    """The nation found and any listed before it: "Britain, France and Italy will..."."""
    spans = [span]
    j = span.lo - 1
    if j - 1 >= clause.start and s.word(j) == "the":
        j -= 1
    while j - 1 >= clause.start and s.word(j) in {",", "and", "or"}:
        k = j - 1
        if s.word(k) in {",", "and"}:
            k -= 1
        if s.word(k) == "the" and k - 1 >= clause.start:
            k -= 1
        previous = s.span_ending.get(k)
        if previous is None or not _valid(previous):
            break
        spans.insert(0, previous)
        j = previous.lo - 1
        if j - 1 >= clause.start and s.word(j) == "the":
            j -= 1
    return spans


def _coordinated_after(s, clause, span: _Span) -> Attribution:
    spans = [span] if _valid(span) else []
    j = span.hi
    while spans and j + 1 < clause.stop and s.word(j) in {",", "and", "or"}:
        k = j + 1
        if s.word(k) == "and":
            k += 1
        following = s.span_at.get(k)
        if following is None or following.lo != k or not _valid(following):
            break
        spans.append(following)
        j = following.hi
    return spans


def _elliptic(s, clause, statuses, previous_categories, shared=None) -> list[tuple[_Cue, Attribution]]:
    if not previous_categories:
        return []
    refusals = [c for c in statuses if c.lo in clause and c.name == "declined"]
    if shared is not None:  # "..., but have never defined it": no refusal of anything offered
        refusals = [c for c in refusals if s.tokens.text[c.start : c.end].lower() != "never"]
    if not refusals:
        return []
    spans = _subject(s, clause, refusals[0]) or shared  # "..., but would not join the force"
    if not spans:
        return []
    cue = refusals[0]
    return [(_Cue(category, cue.lo, cue.hi, cue.start, cue.end), spans) for category in previous_categories]


_GENERIC_AID = re.compile(r"(?:military|defen[cs]e|security)\s+(?:aid|assistance|support|packages?)$|aid package", re.I)
_MEASURED = re.compile(
    r"(?:\d|billion|million|bn|mn|euros?|dollars?|pounds?|kron\w+)\)?\s+(?:in|of|worth of)\s+"
    r"(?:new\s+|additional\s+|further\s+|fresh\s+)?(?:military\s+|defen[cs]e\s+|security\s+)?$",
    re.I,
)


def _measured_aid(s, clause, hit: _Cue) -> bool:
    """ "€3.5bn in military support", "a €1bn military aid package": money, unless arms are named."""
    text = s.tokens.text
    if hit.name == "support":
        return bool(_MEASURED.search(text, max(0, hit.start - 60), hit.start))
    if hit.name != "equipment" or not _GENERIC_AID.search(text, hit.start, hit.end):
        return False
    clause_text = text[s.tokens.starts[clause.start] : s.tokens.ends[clause.stop - 1]]
    return bool(_MEASURED.search(text, max(0, hit.start - 60), hit.start) or lexicon.MONEY.search(clause_text))


_TO_BUY = re.compile(
    r"\b(?:to (?:buy|purchase|procure|pay for)|for the (?:purchase|procurement) of)\s+(?:[\w-]+\s+){0,3}$", re.I
)


def _bought_with(s, clause, hit: _Cue) -> bool:
    """ "€250m to buy drones": the money is the pledge, the arms are what it pays for."""
    if hit.name not in {"equipment", "air", "air_defense"}:
        return False
    text = s.tokens.text
    before = text[s.tokens.starts[clause.start] : hit.start]
    if _FUND_PURCHASE.search(before):
        return True  # "will fund the purchase of weapons": the money is the pledge
    m = _TO_BUY.search(before)
    return bool(m and lexicon.MONEY.search(before, 0, m.start()))


_FUND_PURCHASE = re.compile(
    r"\b(?:fund\w*|financ\w*|pa(?:y|ys|ying|id) for) (?:the |their |its )?(?:purchases?|procurement|acquisition)"
    r" of\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)


def _category(s, clause, hit: _Cue) -> str:
    if _measured_aid(s, clause, hit) or _bought_with(s, clause, hit):
        return "funding"
    if hit.name == "support":
        return "security_guarantee"
    if hit.name == "amount":
        return "funding"
    if hit.name == "air" and _AIRCRAFT.search(s.tokens.text, hit.start, hit.end):
        clause_text = s.tokens.text[s.tokens.starts[clause.start] : s.tokens.ends[clause.stop - 1]]
        if lexicon.TRANSFER_VERBS.search(clause_text) or _TO_UKRAINE.match(s.tokens.text, hit.end):
            return "equipment"  # handed over, or "the jets promised to Ukraine": Ukraine's own now
    return hit.name


def _status(s, statuses: list[_Cue], hit: _Cue, spans: Attribution) -> str | None:
    present = set()
    for cue in statuses:
        if cue.name in lexicon.NEAR_ONLY:
            limit = lexicon.NEAR_ONLY[cue.name]
            anchors = (hit, *spans)
            if cue.name == "negated":  # ", not troops": what follows is refused
                anchors = (hit,) if cue.hi <= hit.lo else ()
                if anchors and _set_against(s, cue, hit):
                    return None  # "jets rather than a large contingent": the alternative is no offer
            elif cue.name == "none":  # "no Czech soldier": only the forces it names
                anchors = (hit,)
            elif cue.name == "role":  # "will be the logistics hub": the role right after it
                anchors = (hit,) if cue.hi <= hit.lo else ()
            elif cue.name == "needed" and spans and all(s.word(span.lo) in _OWN_WORDS for span in spans):
                anchors = ()  # "our soldiers are needed here": the speaker's own need, not an ask
            if any(_distance(s, cue, anchor) <= limit and not _broken(s, cue, anchor) for anchor in anchors):
                present.add(cue.name)
        elif (
            cue.name in lexicon.FORWARD_ONLY
            and cue.lo > hit.lo
            and not _relative_clause(s, cue, hit, spans)
            and not _subject_of(s, cue, hit)
        ):
            continue
        elif cue.hi <= hit.lo and _shadowed(s, statuses, cue, hit):
            continue  # "rules out troops, floats air support": each verb governs its own object
        elif cue.name == "considering" and _about_details(s, cue):
            continue  # "the exact numbers would be worked out": the offer stands
        elif cue.name == "declined" and _WITHHELD_DETAILS.match(s.tokens.text, cue.end):
            continue  # "though it does not give numbers": details left out, nothing refused
        elif cue.name == "condition" and _ceasefire_only(s, cue):
            continue  # "if there is a ceasefire, troops will go": when, not whether
        elif cue.name == "condition" and hit.name in _SOLD and _PAYMENT_TERMS.match(s.tokens.text, cue.end):
            continue  # "will keep selling arms as long as allies pay": the terms of a sale, not a doubt
        elif cue.name in lexicon.CLAUSE_WIDE or (
            not _blocked(s, cue, hit, spans) and not _someone_elses_act(s, cue, spans)
        ):
            present.add(cue.name)
    for name in lexicon.STATUS_ORDER:
        if name in present:
            return lexicon.STATUS_VALUE[name]
    return None


_OWN_WORDS = frozenset({"we", "i", "our"})
_ALTERNATIVES = frozenset({"rather than", "instead of"})


def _set_against(s, cue, hit) -> bool:
    """ "rather than a large ground force": the thing set aside, a few words on, is not offered."""
    if s.tokens.text[cue.start : cue.end].lower() not in _ALTERNATIVES:
        return False
    return 0 < _distance(s, cue, hit) <= 3 and not _broken(s, cue, hit)


_DETAILS = re.compile(
    r"\b(?:details?|numbers?|specifics|modalities|size|scope|composition|timing|timetable|mandate|shape"
    r"|arrangements)\b(?:\W+\w+){0,4}\W*$",
    re.I,
)
# What a refusal verb may leave out without refusing the offer: "did not give a figure".
_WITHHELD_DETAILS = re.compile(
    r"\s+(?:(?:any|a|the|exact|precise|specific|firm|further)\s+)*"
    r"(?:details?|numbers?|figures?|timelines?|timetables?|specifics|dates?|sizes?)\b",
    re.I,
)
_DETAIL_HEDGES = frozenset({"worked out", "ironed out", "yet to", "not yet", "still being", "still under"})


def _about_details(s, cue) -> bool:
    """A hedge on the details of an offer, not on the offer: "numbers are yet to be set"."""
    if s.tokens.text[cue.start : cue.end].lower() not in _DETAIL_HEDGES:
        return False
    return bool(_DETAILS.search(s.tokens.text, max(s.start, cue.start - 60), cue.start))


def _shadowed(s, statuses, cue, hit) -> bool:
    """A verb before a comma, another status verb after it and before the pledge: the nearer governs."""
    commas = [j for j in range(cue.hi, hit.lo) if s.word(j) == ","]
    if not commas or cue.name in lexicon.CLAUSE_WIDE:
        return False
    last = commas[-1]
    return any(
        other is not cue and last < other.lo and other.hi <= hit.lo and other.name not in lexicon.CLAUSE_WIDE
        for other in statuses
    )


# Drawing up the plans for a force is not offering to take part in it.
_PLANNING = re.compile(
    r"\b(?:draw(?:s|ing|n)? up|drew up|draft(?:s|ed|ing)?|planning|planners?|plans? for|blueprints?"
    r"|design(?:s|ed|ing)?)\b",
    re.I,
)


def _planned(s, hit, spans) -> bool:
    """ "X has taken the lead in drawing up plans for a force ... including troops": X plans, not gives."""
    before = [span for span in spans if span.hi <= hit.lo]
    if not before:
        return False
    lo = s.tokens.ends[max(span.hi for span in before) - 1]
    return bool(_PLANNING.search(s.tokens.text, lo, s.tokens.starts[hit.lo]))


_WHETHER = frozenset({"whether", "how"})


def _adversary_speaks(s, clause, hit, spans) -> bool:
    """ "Moscow would never accept American troops": the other side's word on another's forces.

    The nearest nation before the pledger is its subject; when that is the aggressor or its
    backer, what it accepts or refuses is not the pledger's act.
    """
    first = min([hit.lo, *(span.lo for span in spans)])
    for span in reversed(s.spans):
        if span.hi <= first and span.lo >= clause.start:
            if _in_phrase(s, span) or _possessive(s, span):
                continue
            code = span.mentions[0].code
            return span.mentions[0].nation_kind == "state" and code in NOT_CONTRIBUTORS and code != "UA"
    return False


def _whether_scope(s: _Sentence) -> set[int]:
    """Tokens of a "whether" or "how" clause, up to its comma or the clause's end.

    "did not say whether troops could go", "how the jets would be financed": open questions.
    """
    inside: set[int] = set()
    for j in s.range:
        if s.word(j) not in _WHETHER or _deliberating(s, j):
            continue
        k = j + 1
        while k < s.range.stop and s.word(k) not in {",", ";", ":"} and s.word(k) not in CLAUSE_WORDS:
            inside.add(k)
            k += 1
    return inside


_DELIBERATION = re.compile(r"weigh|consider|mull|debat|decid|ponder|assess|discuss|explor")


def _deliberating(s, j: int) -> bool:
    """ "is weighing whether to send jets": the nation's own deliberation is a hedge, not a question."""
    k = j - 1
    return k >= s.range.start and bool(_DELIBERATION.match(s.word(k)))


def _subject_of(s, cue, hit) -> bool:
    """ "their soldiers will go": the thing offered is the verb's subject, right before it."""
    return cue.lo == hit.hi


_CEASEFIRE_CONDITION = re.compile(
    r"\W*(?:there (?:is|was) )?(?:a |the |any )?(?:ceasefire|cease-fire|truce|peace (?:deal|agreement))"
    r"(?: (?:is|was) (?:reached|agreed|signed|in place|in force))?\s*,",
    re.I,
)


# A condition that only says who pays for arms: the terms of a sale.
_SOLD = frozenset({"equipment", "air_defense"})
_PAYMENT_TERMS = re.compile(
    r"(?:\s+(?:that|the|its|their|other|european|[a-z]+ing))*\s+(?:allies|partners|buyers|they|others|europeans|countries)"
    r"\s+(?:pay|pays|paid|foot|cover|fund|finance)\b",
    re.I,
)


def _ceasefire_only(s, cue) -> bool:
    """A condition that only names the ceasefire: "if there is a ceasefire, ..."."""
    return bool(_CEASEFIRE_CONDITION.match(s.tokens.text, cue.end))


def _relative_clause(s, cue, hit, spans: Attribution) -> bool:
    """ "the F-16s that Belgium has promised": the verb after the thing, in its relative clause."""
    return any(hit.hi <= span.lo and span.hi <= cue.lo and cue.lo - span.hi <= 2 for span in spans)


def _distance(s, a, b) -> int:
    """Words between two token ranges, 0 when they touch or overlap."""
    if a.hi <= b.lo:
        lo, hi = a.hi, b.lo
    elif b.hi <= a.lo:
        lo, hi = b.hi, a.lo
    else:
        return 0
    return sum(1 for j in range(lo, hi) if s.word(j).isalnum() and s.word(j) not in POSSESSIVE_TOKENS)


def _someone_elses_act(s, cue, spans: Attribution) -> bool:
    """A refusal or a promise made by another nation named before it, the pledger after it."""
    if cue.name not in lexicon.SUBJECT_ACTS or not spans or min(span.lo for span in spans) < cue.lo:
        return False
    clause_start = s.range.start
    for span in reversed(s.spans):
        if span.hi <= cue.lo and span.lo >= clause_start and span.mentions[0].nation_kind == "state":
            valid = _valid(span)
            if not valid:
                # "Moscow would not accept American troops": the adversary refuses others' forces.
                return cue.name == "declined" and span.mentions[0].code != "UA"
            return not set(valid) & set(_codes(spans))
    return False


def _broken(s, a, b) -> bool:
    """Whether punctuation separates two token ranges: "are crucial, as the US..."."""
    lo, hi = (a.hi, b.lo) if a.hi <= b.lo else (b.hi, a.lo)
    return any(s.word(j) in BREAKING_PUNCTUATION for j in range(lo, hi))


def _blocked(s, cue, hit, spans: Attribution) -> bool:
    """Whether a group word or another nation stands between a status cue and the pledge."""
    codes = set(_codes(spans))
    nearest = min((hit, *spans), key=lambda a: _distance(s, cue, a))
    if _distance(s, cue, nearest) == 0:
        return False
    lo, hi = (cue.hi, nearest.lo) if cue.hi <= nearest.lo else (nearest.hi, cue.lo)
    # Only a group or nation that could be the cue's own subject blocks; "in Lithuania" cannot.
    for j in range(lo, hi):
        if s.word(j) in GROUP_NOUNS and j not in s.span_at and not _after_preposition(s, j):
            return True
        span = s.span_at.get(j)
        if span is not None and span.lo == j:
            valid = _valid(span)
            if valid and not set(valid) & codes and not (_in_phrase(s, span) and not _possessive(s, span)):
                return True
    return False


def _after_preposition(s, j: int) -> bool:
    """Whether a word closes a short prepositional phrase: "to neighbouring NATO countries"."""
    return any(s.word(k) in PREPOSITIONS for k in range(max(s.range.start, j - 3), j))


_COUNTED = re.compile(r"\d|\b(?:" + "|".join(lexicon.NUMBER_WORDS) + r")\b", re.I)


class _ClauseFacts:
    """Conditions, places, numbers and sums of one clause, looked up once for all its pledges."""

    def __init__(self, s: _Sentence, clause: range):
        tokens = s.tokens
        self.sentence = s
        self.clause = clause
        self.start, self.end = tokens.starts[clause.start], tokens.ends[clause.stop - 1]
        text = tokens.text[self.start : self.end]
        condition = lexicon.CONDITION_PHRASE.search(text)
        self.condition = condition.group().strip(" ,.") if condition else ""
        self.backstop = bool(lexicon.US_BACKSTOP.search(self.condition) or re.search(r"\bbackstop", s.text, re.I))
        self.parliament = bool(lexicon.PARLIAMENT.search(self.condition) or _PARLIAMENT_APPROVAL.search(s.text))
        self.after_ceasefire = bool(lexicon.AFTER_CEASEFIRE.search(s.text))
        self.text = text

    @functools.cached_property
    def places(self) -> list[tuple[str, int, int]]:
        return [
            (name, self.start + m.start(), self.start + m.end())
            for name, pattern in lexicon.LOCATIONS
            for m in pattern.finditer(self.text)
        ]

    @functools.cached_property
    def quantities(self) -> list[tuple[re.Match, int]]:
        if not _COUNTED.search(self.text):  # most clauses have no number
            return []
        found = lexicon.QUANTITY.finditer(self.text)
        return [(m, self.start) for m in found if not _GROUP_IN.search(m.group())]

    @functools.cached_property
    def sums(self) -> list[tuple[re.Match, int]]:
        if not any(c.isdigit() for c in self.text):
            return []
        return [(m, self.start) for m in lexicon.MONEY.finditer(self.text)]


def _pledge(facts: _ClauseFacts, hit, code, category, status) -> Pledge:
    s = facts.sentence
    quantity, unit = _nearest_quantity(facts, hit, category)
    amount, currency = (None, "") if category == "troops" else _nearest_money(facts, hit)
    if currency == "crowns":
        currency = _CROWNS.get(code, "")
    return Pledge(
        nation=code,
        category=category,
        status=status,
        conditions=facts.condition,
        needs_us_backstop=code != "US" and facts.backstop,
        needs_parliament=facts.parliament,
        after_ceasefire=facts.after_ceasefire,
        location=_location(facts, hit, category) if category in _PLACED else "",
        quantity=quantity,
        unit=unit,
        amount=amount,
        currency=currency,
        sentence=s.text,
        start=s.start,
        end=s.end,
    )


# Kroner and kronor are several nations' money: the pledging nation's, if it has crowns.
_CROWNS = {"DK": "DKK", "NO": "NOK", "SE": "SEK", "IS": "ISK", "CZ": "CZK"}

# Categories for which "where" means something: forces and their bases.
_PLACED = frozenset({"troops", "air", "sea", "air_defense", "training", "logistics", "intelligence"})


# Troops stand on land: "planes in the air" beside them is another pledge's place.
_NOT_WHERE = {
    "troops": {"sea", "air"},
    "training": {"sea", "air"},
    "logistics": {"sea", "air"},
    "air": {"sea"},
}


def _location(facts: _ClauseFacts, hit, category) -> str:
    """Where, from the nearest place phrase in the clause: "in neighbouring countries", "at sea"."""
    s, clause, tokens = facts.sentence, facts.clause, facts.sentence.tokens
    excluded = _NOT_WHERE.get(category, ())
    candidates = [
        (_char_distance(start, end, hit), name) for name, start, end in facts.places if name not in excluded
    ]  # (distance, name)
    for span in s.spans:
        # "a brigade in Lithuania": on another state's soil, next to Ukraine or further away;
        # only close to the pledge, or "met in Paris" would place every pledge in the sentence.
        if span.lo in clause and span.lo > clause.start and s.word(span.lo - 1) in _INTO:
            mention = span.mentions[0]
            distance = _char_distance(tokens.starts[span.lo], tokens.ends[span.hi - 1], hit)
            state = mention.nation_kind == "state" and mention.kind != "person"
            if state and mention.code != "UA" and distance <= 40:
                name = "neighbouring" if mention.code in NEIGHBOURS else "outside"
                candidates.append((distance, name))
    return min(candidates)[1] if candidates else ""


_INTO = frozenset({"in", "to", "into"})
# States bordering Ukraine that could host forces (Russia and Belarus are the other side).
NEIGHBOURS = frozenset({"PL", "SK", "HU", "RO", "MD"})


def _char_distance(start: int, end: int, hit) -> int:
    return max(0, start - hit.end, hit.start - end)


def _nearest(matches, hit):
    """The match closest to the pledge's cue; matches are (match, offset of its text)."""
    return min(matches, key=lambda mo: _char_distance(mo[1] + mo[0].start(), mo[1] + mo[0].end(), hit))[0]


def _nearest_quantity(facts: _ClauseFacts, hit, category) -> tuple[int | None, str]:
    units = lexicon.CATEGORY_UNITS.get(category, ())
    matches = [mo for mo in facts.quantities if lexicon.UNITS[mo[0].group("unit").lower()] in units]
    if not matches:
        return None, ""
    m = _nearest(matches, hit)
    value = parse_number(m.group("num"))
    if value is None:
        return None, ""
    if m.group("mult"):
        value *= 1000 if m.group("mult").strip().lower() in {"thousand", "k"} else 100
    return int(value), lexicon.UNITS[m.group("unit").lower()]


_GROUP_IN = re.compile(r"\b(?:" + "|".join(sorted(GROUP_NOUNS)) + r")\b", re.I)


def _nearest_money(facts: _ClauseFacts, hit) -> tuple[int | None, str]:
    if not facts.sums:
        return None, ""
    return parse_money(_nearest(facts.sums, hit))


def parse_number(text: str) -> float | None:
    word = lexicon.NUMBER_WORDS.get(text.lower())
    if word is not None:
        return word
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def parse_money(m: re.Match) -> tuple[int | None, str]:
    number = m.group("n1") or m.group("n2") or m.group("n3")
    multiplier = (m.group("m1") or m.group("m2") or m.group("m3") or "").lower()
    value = parse_number(number)
    if value is None:
        return None, ""
    value *= lexicon.MULTIPLIERS.get(multiplier, 1)
    if m.group("code"):
        currency = m.group("code").upper()
    elif m.group("sym"):
        currency = lexicon.CURRENCY_SYMBOLS.get(m.group("sym").lower(), "")
    else:
        word = m.group("word")
        currency = word.upper() if word.isupper() else lexicon.CURRENCY_WORDS.get(word.lower(), "")
    return round(value), currency
